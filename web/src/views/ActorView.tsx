/**
 * The Actor profile: an actor of the case with its names and aliases in every language and
 * script held, the ids other datasets use, offices and leaders over time, allies and rivals
 * (signed relations over time), talks and mediation, splits and mergers, designations, and its
 * deadliest events; whether English writes "the" before its name, and when it existed or held power.
 * Every relation, designation, period and event opens its evidence in the evidence panel; a
 * link opens the actor's edit form in the Curation view.
 */
import { useState } from 'react';
import type { Actor, Relation } from '../api.ts';
import { actorName, type CaseData } from '../case-data.ts';
import { useDeadliestEvents } from '../event-data.ts';
import { EventList } from '../components/EventList.tsx';
import { ProfilePanel } from '../components/ProfilePanel.tsx';
import { ArticleUsage, PeriodList } from '../components/ArticleAndPeriods.tsx';
import { signColor } from '../lib/colors.ts';
import { scriptOf } from '../lib/scripts.ts';
import { STRINGS } from '../lib/strings.ts';
import { spanText } from '../lib/time-window.ts';
import { editHash } from '../lib/view-hash.ts';
import type { Select } from '../selection.ts';

/** Events listed as major: the deadliest, then the latest. */
const MAJOR_EVENTS = 12;
const SPLIT_PREDICATES: readonly string[] = ['splinter-of', 'merged-into'];
/** Talks are neither alliance nor rivalry, whatever their sign. */
const TALK_PREDICATES: readonly string[] = ['negotiates-with', 'mediates-between'];

/** The relations of an actor, with the other party as seen from it. */
function relationsOf(data: CaseData, id: string): { relation: Relation; other: string }[] {
  return data.relations.items
    .filter((r) => r.subjectId === id || r.objectId === id || r.secondObjectId === id)
    .map((relation) => ({
      relation,
      other:
        relation.subjectId === id
          ? [relation.objectId, relation.secondObjectId].filter((x) => x !== undefined).join(', ')
          : relation.subjectId,
    }))
    .sort((a, b) => (a.relation.from ?? '').localeCompare(b.relation.from ?? ''));
}

function RelationTable({
  data,
  rows,
  label,
  select,
}: {
  data: CaseData;
  rows: { relation: Relation; other: string }[];
  label: string;
  select: Select;
}) {
  if (rows.length === 0) return <p className="empty">{STRINGS.profileNone}</p>;
  return (
    <table className="profile-relations" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">{STRINGS.profileCols.relation}</th>
          <th scope="col">{STRINGS.profileCols.period}</th>
          <th scope="col">{STRINGS.profileCols.sign}</th>
          <th scope="col">{STRINGS.profileCols.evidence}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ relation }) => (
          <tr key={relation.id} data-relation-id={relation.id}>
            <td>
              {actorName(data, relation.subjectId)} {relation.predicate} {actorName(data, relation.objectId)}
              {relation.secondObjectId !== undefined && ` and ${actorName(data, relation.secondObjectId)}`}
            </td>
            <td>{spanText(relation.from, relation.to)}</td>
            <td style={{ color: signColor(relation.sign) }}>{relation.sign}</td>
            <td>
              <button type="button" onClick={() => select({ kind: 'relation', id: relation.id })}>
                {STRINGS.sourceCount(relation.evidence.length)}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Names({ actor }: { actor: Actor }) {
  const languages = Object.entries(actor.aliases).filter(([, names]) => names.length > 0);
  const external = Object.entries(actor.externalIds).filter(([, value]) => value !== undefined);
  return (
    <>
      <table className="profile-names">
        <thead>
          <tr>
            <th scope="col">{STRINGS.profileCols.language}</th>
            <th scope="col">{STRINGS.profileCols.script}</th>
            <th scope="col">{STRINGS.profileCols.names}</th>
          </tr>
        </thead>
        <tbody>
          {languages.map(([language, names]) => (
            <tr key={language}>
              <td>{language}</td>
              <td>{[...new Set(names.map(scriptOf))].join(', ')}</td>
              <td>
                {names.map((name) => (
                  <bdi key={name} className="alias">
                    {name}
                  </bdi>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {external.length > 0 && (
        <p className="hint">
          {STRINGS.profileExternalIds}: {external.map(([key, value]) => `${key} ${value}`).join(' · ')}
        </p>
      )}
    </>
  );
}

/** The actor's deadliest events in the case, asked of the server (the case may hold too many to fetch). */
function DeadliestEvents({ data, actorId, select }: { data: CaseData; actorId: string; select: Select }) {
  const events = useDeadliestEvents(data, actorId, MAJOR_EVENTS);
  if (events.state === 'loading') return <p>{STRINGS.loadingEvents}</p>;
  if (events.state === 'error') return <p role="alert">{events.message}</p>;
  if (events.value.items.length === 0) return <p className="empty">{STRINGS.profileNone}</p>;
  return <EventList events={events.value.items} select={select} label={STRINGS.profileEvents} />;
}

export function ActorView({ data, select }: { data: CaseData; select: Select }) {
  const actors = [...data.actors.values()].sort((a, b) => a.name.localeCompare(b.name));
  const [chosen, setChosen] = useState<string>(
    () => data.overview.case.scope.actors.find((id) => data.actors.has(id)) ?? actors[0]?.id ?? '',
  );
  const actor = data.actors.get(chosen);
  if (actor === undefined) return <p className="empty">{STRINGS.profileNoActors}</p>;
  const related = relationsOf(data, actor.id);
  const splits = related.filter(({ relation }) => SPLIT_PREDICATES.includes(relation.predicate));
  const talks = related.filter(({ relation }) => TALK_PREDICATES.includes(relation.predicate));
  const signed = related.filter(
    ({ relation }) =>
      !SPLIT_PREDICATES.includes(relation.predicate) && !TALK_PREDICATES.includes(relation.predicate),
  );
  const allies = signed.filter(({ relation }) => relation.sign > 0.05);
  const rivals = signed.filter(({ relation }) => relation.sign < -0.05);
  const offices = actor.roles;
  const holders = actors.flatMap((other) =>
    other.roles.filter((role) => role.actorId === actor.id).map((role) => ({ holder: other, role })),
  );
  return (
    <section className="view actor-view" aria-labelledby="actor-heading">
      <label className="actor-picker">
        {STRINGS.profileActor}{' '}
        <select value={actor.id} onChange={(e) => setChosen(e.target.value)}>
          {actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </label>
      <h2 id="actor-heading">{actor.name}</h2>
      <a className="edit-actor" href={editHash('actor', actor.id)}>
        {STRINGS.profileEdit(actor.name)}
      </a>
      <ProfilePanel caseId={data.overview.case.id} actorId={actor.id} />
      <p className="hint">
        {actor.kind}
        {actor.country !== null && ` · ${actor.country}`}
        {actor.parentId !== null && ` · ${STRINGS.profilePartOf} ${actorName(data, actor.parentId)}`}
      </p>
      <ArticleUsage actor={actor} />
      <h3>{STRINGS.profileNames}</h3>
      <Names actor={actor} />
      <h3>{STRINGS.profilePeriods}</h3>
      <PeriodList actor={actor} select={select} />
      <h3>{STRINGS.profileOffices}</h3>
      {offices.length + holders.length === 0 ? (
        <p className="empty">{STRINGS.profileNone}</p>
      ) : (
        <ul className="profile-offices">
          {offices.map((role, i) => (
            <li key={`held-${i}`}>
              {role.role}, {actorName(data, role.actorId)} ({spanText(role.from, role.to)})
            </li>
          ))}
          {holders.map(({ holder, role }, i) => (
            <li key={`holder-${i}`}>
              {holder.name}: {role.role} ({spanText(role.from, role.to)})
            </li>
          ))}
        </ul>
      )}
      <h3>{STRINGS.profileAllies}</h3>
      <RelationTable data={data} rows={allies} label={STRINGS.profileAllies} select={select} />
      <h3>{STRINGS.profileRivals}</h3>
      <RelationTable data={data} rows={rivals} label={STRINGS.profileRivals} select={select} />
      {talks.length > 0 && (
        <>
          <h3>{STRINGS.profileTalks}</h3>
          <RelationTable data={data} rows={talks} label={STRINGS.profileTalks} select={select} />
        </>
      )}
      {splits.length > 0 && (
        <>
          <h3>{STRINGS.profileSplits}</h3>
          <RelationTable data={data} rows={splits} label={STRINGS.profileSplits} select={select} />
        </>
      )}
      <h3>{STRINGS.profileDesignations}</h3>
      {actor.designations.length === 0 ? (
        <p className="empty">{STRINGS.profileNone}</p>
      ) : (
        <ul className="profile-designations">
          {actor.designations.map((designation, index) => (
            <li key={index}>
              {actorName(data, designation.by)}: {designation.list} (
              {spanText(designation.from, designation.to)}){' '}
              <button type="button" onClick={() => select({ kind: 'designation', actorId: actor.id, index })}>
                {STRINGS.sourceCount(designation.evidence.length)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>{STRINGS.profileEvents}</h3>
      <DeadliestEvents data={data} actorId={actor.id} select={select} />
    </section>
  );
}
