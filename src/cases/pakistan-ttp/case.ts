/**
 * The `pakistan-ttp` case: the question the seed analysis asks (can the Afghan Taliban mediate
 * between Pakistan and the TTP, and what would come of it?) and its scope. The period starts in
 * 2004 so that the reference class of Pakistan's earlier deals with militants in the tribal
 * areas and Swat (Shakai 2004 onwards) falls inside it. Written by us.
 */
import type { Case } from '../../model/index.ts';

export const pakistanTtpCase: Case = {
  id: 'pakistan-ttp',
  title: 'Pakistan and the TTP: Afghan Taliban mediation',
  question: 'Can the Afghan Taliban mediate between Pakistan and the TTP, and what would come of it?',
  scope: {
    countries: ['PAK', 'AFG'],
    actors: [
      'pakistan',
      'pakistan-government',
      'pakistan-army',
      'isi',
      'ttp',
      'afghan-taliban',
      'taliban-government',
      'haqqani-network',
      'china',
      'cpec',
      'united-states',
      'qatar',
      'turkey',
      'bla',
      'al-qaeda',
      'iskp',
    ],
    from: '2004-01-01',
    to: null,
  },
  description:
    'After the Taliban returned to power in Kabul in August 2021 they hosted and mediated talks between Pakistan and the Tehrik-i-Taliban Pakistan (TTP): a one-month truce in November–December 2021, then an open-ended ceasefire from June 2022 that the TTP called off on 28 November 2022. Violence in Pakistan rose again, Islamabad blamed Kabul for giving the TTP sanctuary and threatened cross-border action, and in October 2025 the two governments fought on the border before Qatar and Türkiye brokered a ceasefire in Doha. The case gathers the actors, their ties, the earlier deals Pakistan struck with militants since 2004 and how each ended, the rounds of talks, and the events around them, to weigh whether a Taliban-mediated settlement is possible and what it would likely yield. China’s stake in the China–Pakistan Economic Corridor and US counter-terrorism strikes form the background.',
};
