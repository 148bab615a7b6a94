/**
 * The dataset actor names imports left unresolved on a case's items, most frequent first, each
 * with why no registry actor was found (`GET /api/dataset-actors/unresolved`), and a field to
 * link one to a registry actor by id or name (`POST /api/dataset-actors/links`, in that name's
 * dataset). After a link the list is read again and the case reloaded, since events changed.
 */
import { useEffect, useState } from 'react';
import { fetchUnresolved, linkDatasetActor, type UnresolvedName } from '../api.ts';
import type { Actor } from '../api.ts';
import { STRINGS } from '../lib/strings.ts';
import { editHash } from '../lib/view-hash.ts';

type Listing =
  { state: 'loading' } | { state: 'ready'; names: UnresolvedName[] } | { state: 'error'; message: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The most frequent names listed at most (a case with thousands lists them all in `jirga unresolved`). */
const LISTED = 200;

export function UnresolvedNames({
  caseId,
  actors,
  refreshKey,
  onLinked,
}: {
  caseId: string;
  /** Registry actors offered as suggestions (any id or name is accepted). */
  actors: readonly Actor[];
  /** Changes when the list should be read again (an import finished). */
  refreshKey: number;
  onLinked: () => void;
}) {
  const [listing, setListing] = useState<Listing>({ state: 'loading' });
  const [targets, setTargets] = useState<Record<string, string>>({});
  /** The last link's outcome; a link made carries the address of its audited history. */
  const [status, setStatus] = useState<{ ok: boolean; text: string; history?: string } | null>(null);
  const [reads, setReads] = useState(0);

  useEffect(() => {
    let current = true;
    fetchUnresolved(caseId, LISTED).then(
      (page) => current && setListing({ state: 'ready', names: page.items }),
      (error: unknown) => current && setListing({ state: 'error', message: messageOf(error) }),
    );
    return () => {
      current = false;
    };
  }, [caseId, refreshKey, reads]);

  const link = (name: UnresolvedName) => {
    const key = `${name.dataset}\u0000${name.name}`;
    const actor = (targets[key] ?? '').trim();
    if (actor === '') return;
    linkDatasetActor(name.name, actor, name.dataset).then(
      (result) => {
        setStatus({
          ok: true,
          text: STRINGS.actorLinked(
            result.name,
            result.actorName,
            result.eventsUpdated,
            result.outsidePeriods,
            result.audit.id,
          ),
          history: editHash(result.audit.kind, result.audit.itemId),
        });
        setReads((n) => n + 1);
        onLinked();
      },
      (error: unknown) => setStatus({ ok: false, text: messageOf(error) }),
    );
  };

  return (
    <section className="unresolved-names" aria-labelledby="unresolved-heading">
      <h3 id="unresolved-heading">{STRINGS.unresolvedHeading}</h3>
      <p className="hint">{STRINGS.unresolvedHint}</p>
      {status !== null && (
        <p role={status.ok ? 'status' : 'alert'}>
          {status.text}
          {status.history !== undefined && (
            <>
              {' '}
              <a href={status.history}>{STRINGS.actorLinkHistory}</a>
            </>
          )}
        </p>
      )}
      {listing.state === 'error' && <p role="alert">{listing.message}</p>}
      {listing.state === 'ready' && listing.names.length === 0 && <p>{STRINGS.unresolvedNone}</p>}
      {listing.state === 'ready' && listing.names.length >= LISTED && (
        <p className="hint">{STRINGS.unresolvedMore(LISTED)}</p>
      )}
      {listing.state === 'ready' && listing.names.length > 0 && (
        <table className="unresolved-table">
          <thead>
            <tr>
              <th scope="col">{STRINGS.unresolvedCols.name}</th>
              <th scope="col">{STRINGS.unresolvedCols.dataset}</th>
              <th scope="col">{STRINGS.unresolvedCols.id}</th>
              <th scope="col">{STRINGS.unresolvedCols.items}</th>
              <th scope="col">{STRINGS.unresolvedCols.why}</th>
              <th scope="col">{STRINGS.unresolvedCols.link}</th>
            </tr>
          </thead>
          <tbody>
            {listing.names.map((name) => {
              const key = `${name.dataset}\u0000${name.name}`;
              return (
                <tr key={key}>
                  <td>{name.name}</td>
                  <td>{name.dataset}</td>
                  <td>{name.externalId ?? ''}</td>
                  <td className="number">{name.items.toLocaleString('en')}</td>
                  <td>{name.why}</td>
                  <td>
                    <form
                      className="link-actor"
                      onSubmit={(e) => {
                        e.preventDefault();
                        link(name);
                      }}
                    >
                      <input
                        list="registry-actors"
                        aria-label={STRINGS.linkActorLabel(name.name)}
                        value={targets[key] ?? ''}
                        onChange={(e) => setTargets({ ...targets, [key]: e.target.value })}
                      />
                      <button type="submit">{STRINGS.linkActor}</button>
                    </form>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <datalist id="registry-actors">
        {actors.map((actor) => (
          <option key={actor.id} value={actor.id}>
            {actor.name}
          </option>
        ))}
      </datalist>
    </section>
  );
}
