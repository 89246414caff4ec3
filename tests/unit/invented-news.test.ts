// The classifier on the project's own invented news items: realistic reports and hard negatives
// labeled by the definition of a violation report, each set written without looking at the rules
// (tests/fixtures/invented-news*.jsonl). Every label, and on violations the region and the death
// toll, must stay as labeled, except the misses listed here, which must stay misses until a rule
// fixes them (then take them off the list).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDefaultClassifier } from '../../functions/core/classify/default-classifier.js';
import type { Verdict } from '../../functions/core/model.js';

interface LabeledItem {
  id: string;
  title: string | null;
  text: string;
  published: string;
  label: 'violation' | 'other';
  kind: string;
  region: string | null;
  killed: number | null;
}

type Miss = 'label' | 'region' | 'killed';

const SETS: { file: string; misses: Record<string, Miss> }[] = [
  { file: 'invented-news.jsonl', misses: {} },
  {
    file: 'invented-news-2.jsonl',
    misses: {
      // An "understanding" breached, with no ceasefire word: too vague a word to rely on.
      'inw-001': 'label',
      // The truce's end is told a clause after the action placed "after a week-long truce".
      'inw-078': 'label',
      // "led to killing of dozens of citizens": counted; the label takes it for a running total.
      'inw-015': 'killed',
    },
  },
  {
    file: 'invented-news-3.jsonl',
    misses: {
      // An "understanding" breached, with no ceasefire word.
      'inx-024': 'label',
    },
  },
  {
    file: 'invented-news-4.jsonl',
    misses: {},
  },
  {
    file: 'invented-news-5.jsonl',
    misses: {
      // "A 52-year-old man … who was shot … died of his wounds": the man has no count to read.
      'inz-001': 'killed',
    },
  },
  {
    file: 'invented-news-6.jsonl',
    misses: {
      // "the ceasefire is over in every sense", said of a truce that had expired ten days before.
      'ina-077': 'label',
      // "The guns are silent, but our business is dead": a quote read as fighting and a death.
      'ina-017': 'label',
      // The dead of the attack the exchanges "follow", dated six days before: no later than a
      // weekday can reach.
      'ina-006': 'killed',
      // A live page whose latest toll is in an entry the lead does not reach.
      'ina-035': 'killed',
      // "Пострадавших нет" with the dead not named: no toll read.
      'ina-044': 'killed',
    },
  },
  {
    file: 'invented-news-7.jsonl',
    misses: {
      // "Since the ceasefire took effect, more than 340 … have been killed", a running total in
      // a story about a storm, read as killing since the truce.
      'inb-046': 'label',
      // Zangilan lies in both zones; the label takes the border.
      'inb-019': 'region',
      // Tolls given in parts in German, whose sides ("armenische Soldaten") are not read.
      'inb-016': 'killed',
      // "Two fighters" in the headline, then "one of its soldiers" for one side: the whole toll
      // and a part of it, read as two parts.
      'inb-020': 'killed',
    },
  },
  { file: 'invented-news-8.jsonl', misses: {} },
  {
    file: 'invented-news-9.jsonl',
    misses: {
      // A weekly roundup whose lead story is a truce extended; a later section's breach decides.
      'ind-056': 'label',
      // "deux civils, un agriculteur et une femme": two victims and who they were, read as four.
      'ind-002': 'killed',
      // The lead's toll sits in a sentence that names the "separate ceasefires" (plural), read as
      // history.
      'ind-006': 'killed',
      // "lo que eleva a dos el número de policías muertos": a Spanish running toll added to the
      // count before it.
      'ind-078': 'killed',
    },
  },
  {
    file: 'invented-news-10.jsonl',
    misses: {
      // Yearly figures of violations along the line, told to show the truce holding, read as a
      // monitors' count.
      'ine-032': 'label',
      // "declaring the September truce agreed in Minsk dead": "dead" far from its truce.
      'ine-062': 'label',
      // "The truce came after an air strike … killed more than 140": what led to the truce, with
      // no word that makes a truce, read as the incident's toll.
      'ine-021': 'killed',
      // The husband who "dies of wounds" is told in the title's second clause only.
      'ine-055': 'killed',
    },
  },
  {
    file: 'invented-news-11.jsonl',
    misses: {
      // A UN panel's report whose lead sentence tells the offensive before "UN experts said".
      'inf-036': 'label',
      // NPA raid in North Cotabato: the place of the MILF zone outvotes the NPA's names.
      'inf-055': 'region',
      // "A soldier who was grievously injured when … succumbed to his injuries": a clause of
      // more than the patterns reach between the soldier and his death.
      'inf-003': 'killed',
      // The toll sentence speaks of "the two days of fighting", read as history.
      'inf-013': 'killed',
      // Each side's civilian dead, told by each side's officials: one kind, not added.
      'inf-044': 'killed',
      // "serviceman … received a fatal gunshot wound": a death told as a wound.
      'inf-057': 'killed',
    },
  },
  {
    file: 'invented-news-12.jsonl',
    misses: {},
  },
  {
    file: 'invented-news-13.jsonl',
    misses: {
      // A named serviceman "was fatally wounded": a name counts no one.
      'inh-066': 'killed',
    },
  },
  {
    file: 'invented-news-14.jsonl',
    misses: {
      // A look back at a monitoring mission: "over eight years" of violations, in Ukrainian, is
      // not read as history.
      'ini-005': 'label',
      // The shots and the death are told in different sentences: no sentence holds an armed
      // incident with a casualty.
      'ini-034': 'label',
      // Armenian: "a woman and her child" counts no one.
      'ini-029': 'killed',
      // "Tote oder Verletzte wurden … nicht gemeldet": a German "none" is not read.
      'ini-037': 'killed',
      // Each side's dead by each side's officials, in Russian and in French: the parts of a
      // toll are read in English only.
      'ini-045': 'killed',
      'ini-059': 'killed',
      // "askerlerinden birinin … hayatını kaybettiğini" (one of its soldiers died): no number.
      'ini-058': 'killed',
    },
  },
  {
    file: 'invented-news-15.jsonl',
    misses: {
      // Each side's dead by each side's officials, in Russian, German and Arabic: the parts of a
      // toll are read in English only.
      'inj-014': 'killed',
      'inj-019': 'killed',
      'inj-046': 'killed',
      // "снайпер убив нашого бійця" (a sniper killed our fighter): a killing of one, no number.
      'inj-023': 'killed',
      // "مزارعَين" (two farmers): a dual that only its vowel mark tells from the plural.
      'inj-055': 'killed',
    },
  },
  {
    file: 'invented-news-16.jsonl',
    misses: {},
  },
  {
    file: 'invented-news-17.jsonl',
    misses: {
      // Iran's army says the blasts were a planned demolition of munitions, denying a breach that
      // others alleged: the allegation is read as the news.
      'inl-055': 'label',
      // Tolls that rise or are told in parts across a transcript or a live blog, a toll that
      // adds a soldier to a health ministry's count, and an accusation with no armed action
      // ("killed: 0" is said by nothing).
      'inl-010': 'killed',
      'inl-011': 'killed',
      'inl-044': 'killed',
      'inl-065': 'killed',
      'inl-071': 'killed',
    },
  },
  {
    file: 'invented-news-18.jsonl',
    misses: {
      // A revised toll for a strike made the day before the truce began: the strike's date is
      // given in the body, but the regime is judged by the day of publication.
      'inm-008': 'label',
      // A data release of a closed mission's yearly counts, read as a current count.
      'inm-017': 'label',
      // Tolls that rise ("rises to six as rescuers recover two more bodies"), are corrected, or
      // are told per side and in parts; a named victim; a death in a later sentence.
      'inm-013': 'killed',
      'inm-019': 'killed',
      'inm-021': 'killed',
      'inm-039': 'killed',
      'inm-042': 'killed',
      'inm-046': 'killed',
      'inm-050': 'killed',
      'inm-076': 'killed',
    },
  },
  {
    file: 'invented-news-19.jsonl',
    misses: {
      // A ministry denying "reports of shooting": the shooting it denies is read as action.
      'inn-021': 'label',
      // Tolls in parts, per side, or only approximate, and a live blog whose toll grows entry by
      // entry.
      'inn-019': 'killed',
      'inn-034': 'killed',
      'inn-053': 'killed',
      'inn-073': 'killed',
      'inn-076': 'killed',
    },
  },
  {
    file: 'invented-news-20.jsonl',
    misses: {
      // A truce suspended after a landmine blast: the label says 0 where the Q&A gives no toll.
      'ino-001': 'killed',
      // "first reported violation in months", with the fire told in an army's words only.
      'ino-017': 'label',
      // Glide bombs during the energy-strike pause, which the item says does not cover them.
      'ino-023': 'label',
      // The second week of fighting after the July truce broke down: the breakdown is told as
      // the background of the news.
      'ino-057': 'label',
      // A handover of guards "since the Doha ceasefire", its fighting of last month read as
      // action inside the truce.
      'ino-070': 'label',
    },
  },
  { file: 'invented-news-21.jsonl', misses: {} },
  { file: 'invented-news-22.jsonl', misses: {} },
  {
    file: 'invented-news-26.jsonl',
    misses: {
      // A Turkish ministry saying claims of fire "do not reflect reality": the denied breach
      // read as one.
      'inu-047': 'label',
      // A Ukrainian front-line town read as the wider war's; an Armenian–Azerbaijani clash near
      // Lachin placed on the border rather than in Karabakh.
      'inu-034': 'region',
      // Tolls in Arabic, Russian, Turkish, Portuguese and Armenian that the count patterns of
      // those languages do not read.
      'inu-020': 'killed',
      'inu-028': 'killed',
      'inu-049': 'killed',
      'inu-073': 'killed',
    },
  },
  {
    file: 'invented-news-27.jsonl',
    misses: {
      // "in the heaviest fighting since the July war": the sentence with the dead reads as history.
      'inv2-049': 'killed',
    },
  },
  { file: 'invented-news-28.jsonl', misses: {} },
  {
    file: 'invented-news-29.jsonl',
    misses: {
      // Fighters handing over "their rifles and mortars" under a peace agreement: weapons given
      // up read as armed action since the truce.
      'inx2-020': 'label',
      // "the 38-year-old porter was killed": one death told with no number.
      'inx2-016': 'killed',
      // 19 killed in the strikes, and the 2 soldiers of the attack the strikes answered.
      'inx2-064': 'killed',
      // Each side's dead counted by each side's ministry.
      'inx2-070': 'killed',
    },
  },
  {
    file: 'invented-news-30.jsonl',
    misses: {
      // Undated: the strike came "less than two weeks before the first anniversary" of the truce,
      // which puts it in the truce's time only for a reader that counts the anniversary.
      'iny2-008': 'label',
      // "one Thai soldier" and "four civilians", each side's dead by each side's account, and a
      // toll "at one Thai soldier and four Cambodian civilians" read as one count, not summed.
      'iny2-021': 'killed',
    },
  },
  {
    file: 'invented-news-31.jsonl',
    misses: {
      // An "understanding" said to be violated, with no ceasefire word.
      'inz2-005': 'label',
      // "a civilian, man born in 1961, was killed": a victim described between commas.
      'inz2-001': 'killed',
    },
  },
  {
    file: 'invented-news-32.jsonl',
    misses: {
      // Yearly counts of violations that "fall to a handful a year", told to show a truce holding.
      'inq3-023': 'label',
      // "The killings took place despite the truce": "killings" alone is not read as a death, as
      // news uses it of killings long past too.
      'inq3-064': 'label',
      // A pensioner buried at 71, named, "killed two days earlier": the age read as a second count.
      'inq3-002': 'killed',
      // "The town buried eleven people": a sentence with no word of death or wounds is not read
      // for the incident's toll.
      'inq3-040': 'killed',
      // "The remains of two Army soldiers killed in a firefight": remains are not counted, as
      // those handed over long after a death would be counted too.
      'inq3-073': 'killed',
    },
  },
  {
    file: 'invented-news-33.jsonl',
    misses: {
      // A framework signed, with "both sides have since accused each other of breaking the
      // ceasefire" as its background, in a headline that names no ceasefire.
      'inr3-034': 'label',
      // A trial over an attack months before, in a headline whose peace deal "frays".
      'inr3-051': 'label',
      // Tolls revised as the day went on: "at least 330 … a figure it later raised to 404",
      // "twelve … later withdrawn", "revising an earlier report that one soldier had died".
      'inr3-014': 'killed',
      'inr3-054': 'killed',
      'inr3-058': 'killed',
      // "The two men in the car were killed, and so was she": one death told with no number.
      'inr3-046': 'killed',
    },
  },
  {
    file: 'invented-news-25.jsonl',
    misses: {
      // Grievances over "the deadly border fighting of September 2022" aired at peace talks: the
      // past read as news.
      'int-066': 'label',
      // A strike after a rocket, with no casualty and the truce named only as the yellow line's.
      'int-067': 'label',
      // A conscript killed and two more in a later sentence; a monitors' report whose deadly
      // attack is dated months before; breaches that tell of no casualty at all (the label
      // says 0 where the item gives no number).
      'int-001': 'killed',
      'int-059': 'killed',
      'int-055': 'killed',
      'int-027': 'killed',
    },
  },
  {
    file: 'invented-news-23.jsonl',
    misses: {
      // Pokrovsk during the Easter truce of 2025, labeled as the Donbas's: the registry places
      // Donbas towns after Minsk in the wider war, as the other sets' labels do.
      'inr-044': 'region',
      // Strikes on the morning a truce began, before the hour it took effect: the registry
      // knows days, not hours.
      'inr-051': 'label',
      // An energy-strike pause that expires with each side saying the other never kept it.
      'inr-078': 'label',
      // An analysis of "why every attempt at a Sudan ceasefire has failed", read as a collapse.
      'inr-059': 'label',
      // Each side's dead, one count naming a kind ("two soldiers") and one a side ("42
      // Palestinians"); a commander "and four other people".
      'inr-050': 'killed',
      'inr-058': 'killed',
      // Breaches and collapses that give no toll: the label says 0 where the item gives no
      // number, and LABELING.md asks for a number only "if it gives" one.
      'inr-016': 'killed',
      'inr-024': 'killed',
      'inr-026': 'killed',
      'inr-028': 'killed',
      'inr-040': 'killed',
      'inr-048': 'killed',
      'inr-068': 'killed',
    },
  },
  {
    file: 'invented-news-24.jsonl',
    misses: {
      // A blast at a gas station that tells of no casualty: the label says 0.
      'ins-028': 'killed',
    },
  },
  {
    file: 'invented-news-34.jsonl',
    misses: {},
  },
  {
    file: 'invented-news-35.jsonl',
    misses: {
      // A raid in Jenin "two days after a ceasefire took hold in Gaza": the raid the next
      // sentence places outside the truce is read as action since it.
      'int3-041': 'label',
      // A drone strike in south Lebanon during the truce, with no word of it: the label asks
      // the item itself to name the regime; the registry's dates put it under the truce.
      'int3-053': 'label',
      // A ceasefire between India and Pakistan named by its parties alone, with no place.
      'int3-054': 'region',
      // The firing "came amid tension after the attack … in which 26 people were killed": the
      // toll of the attack it followed.
      'int3-019': 'killed',
      // "killing 10-year-old Lina Barbakh": one victim, named, with no count.
      'int3-030': 'killed',
      // Two soldiers the militants killed and 42 the strikes killed: each side's dead in its
      // own sentence.
      'int3-062': 'killed',
    },
  },
  {
    file: 'invented-news-36.jsonl',
    misses: {
      // A feed line with no title: "shots exchanged … despite ceasefire" in an army's words.
      'inu3-024': 'label',
    },
  },
  {
    file: 'invented-news-37.jsonl',
    misses: {
      // An undated item whose only truce word is a call for a full ceasefire.
      'inv3-049': 'label',
      // A drone strike during a repair window the IAEA arranged: a local pause the registry
      // does not hold.
      'inv3-067': 'label',
    },
  },
  {
    file: 'invented-news-38.jsonl',
    misses: {},
  },
  {
    file: 'invented-news-39.jsonl',
    misses: {
      // Undated: a memoir recalling the breaches of 2006. With no date, a year is not known to
      // be past.
      'inx3-022': 'label',
      // A count of "shelling attacks" by a commission on violations, with no ceasefire word.
      'inx3-069': 'label',
      // "Sepoy Muhammad Arshad, aged 23 years, … embraced shahadat": one victim, named, with no
      // count; the headline's "sepoy embraces shahadat" is not read either.
      'inx3-077': 'killed',
    },
  },
  {
    file: 'invented-news-40.jsonl',
    misses: {
      // Undated naval fire off Gaza under "the arrangement brokered by Washington, Egypt, Qatar
      // and Turkey": the truce named only by its brokers.
      'iny3-026': 'label',
      // "two of its soldiers were killed" beside "42 Palestinians dead": a side named with no
      // kind may hold the soldiers too, so they are not added.
      'iny3-025': 'killed',
      'iny3-050': 'killed',
    },
  },
  {
    file: 'invented-news-41.jsonl',
    misses: {
      // A study of a war's dead, whose "deaths from violence" in the truce zone read as an
      // incident; and a war's toll whose one side's dead ("28 people were killed in Israel by
      // Iranian missiles") read as one.
      'inz3-027': 'label',
      'inz3-057': 'label',
      // "a man born in 1961, whom local residents named as …, had died": one victim, named.
      'inz3-005': 'killed',
      // The monitors' one death "in November", two months before the report: the sentence is
      // read as the story's past.
      'inz3-056': 'killed',
    },
  },
  {
    file: 'invented-news-42.jsonl',
    misses: {
      // "Lieutenant Colonel … died on Sunday of wounds": one victim, named, with no count.
      'ioa3-015': 'killed',
      // "overran the garrison … after days of fighting, killing at least 17 soldiers": the days
      // of fighting make the sentence history, and its toll is not read.
      'ioa3-032': 'killed',
    },
  },
  {
    file: 'invented-news-43.jsonl',
    misses: {
      // Undated: a clash "two days after the holiday ceasefire declared by both sides lapsed";
      // the truce's description stands between it and its end.
      'iob3-063': 'label',
    },
  },
  {
    file: 'invented-news-44.jsonl',
    misses: {
      // An IED that militants planted by the fence, the militants told only in sentences after
      // the incident's.
      'ioc3-005': 'label',
      // "There were no reports of casualties": no reports, read as no word of the toll.
      'ioc3-028': 'killed',
    },
  },
  {
    file: 'invented-news-45.jsonl',
    misses: {
      // "One civilian, a labourer who lived near the border fence, was killed": the aside
      // between the count and its verb holds a clause of its own.
      'iod3-036': 'killed',
    },
  },
  {
    file: 'invented-news-46.jsonl',
    misses: {
      // Undated: breaches of years past told in Spanish, Russian and Ukrainian ("En noviembre de
      // 2023", "в последние дни перед началом военной операции", "лише за 2021 рік"); with no
      // date, and in those words, the year is not read as past.
      'ioe3-010': 'label',
      'ioe3-039': 'label',
      'ioe3-054': 'label',
      // Tolls in Spanish, French, Arabic, Russian and Italian that the counts of those
      // languages do not read (a victim named, a toll of the whole offensive).
      'ioe3-021': 'killed',
      'ioe3-033': 'killed',
      'ioe3-048': 'killed',
      'ioe3-059': 'killed',
    },
  },
  {
    file: 'invented-news-47.jsonl',
    misses: {
      // A verification team whose task is to act "whenever either side says the ceasefire has
      // been breached": the condition stands too far before the breach.
      'iof3-056': 'label',
      // A firefight "before joint government-MILF ceasefire monitors intervened": the monitors'
      // arrival read as the truce's start.
      'iof3-073': 'label',
      // The dead of a Khartoum day told past the lead's first paragraphs, and "Two sailors were
      // killed" in a monitors' ruling on "last week's" attack, read as the story's past.
      'iof3-045': 'killed',
      'iof3-077': 'killed',
    },
  },
  {
    file: 'invented-news-48.jsonl',
    misses: {
      // Undated: Hamas denies a clash in which the army said two soldiers were killed, and a
      // killing told as "eliminated" at the yellow line.
      'iog3-037': 'label',
      'iog3-039': 'label',
      // "Hamas's violation of the agreement on returning hostages' remains", in a sentence that
      // names no ceasefire.
      'iog3-072': 'label',
      // A strike on Doha "a month" before the story, whose toll the next sentence tells.
      'iog3-058': 'label',
      // "no reports of injuries": no reports, read as no word of the toll.
      'iog3-025': 'killed',
      // 104 killed by the strikes and the soldier whose death set them off, told apart.
      'iog3-063': 'killed',
      'iog3-069': 'killed',
      // The dead "since the ceasefire took effect" that a media office and the UN count: the
      // running total is the news here.
      'iog3-064': 'killed',
      'iog3-065': 'killed',
    },
  },
  {
    file: 'invented-news-49.jsonl',
    misses: {
      // A clash near Lashio months after the town was handed back under the China-brokered
      // deal, which the item names by the handover alone.
      'ioh3-011': 'label',
      // A mine "laid recently" that the army blames on the other side: read as an accident.
      'ioh3-066': 'label',
      // Singu township, which the gazetteer does not know.
      'ioh3-025': 'region',
      // "this week's deadly clash", whose toll another item told.
      'ioh3-046': 'killed',
    },
  },
  {
    file: 'invented-news-50.jsonl',
    misses: {
      // Strikes on power supply "hours after Putin's energy pledge", and a substation hit
      // "days after the energy pledge": a pledge the registry does not know as the moratorium.
      'ioi3-022': 'label',
      'ioi3-054': 'label',
      // An undated report of the Christmas truce of 2023 placed in the Donbas.
      'ioi3-055': 'region',
      // Tolls told in parts across the sentences of a Donbas day.
      'ioi3-035': 'killed',
    },
  },
  {
    file: 'invented-news-51.jsonl',
    misses: {
      // A ceasefire declared "dead" in a headline that also says what the army launched: read
      // as the truce's framing.
      'ioj3-010': 'label',
      // A clash with a faction "covered by a bilateral ceasefire decree", named only so.
      'ioj3-074': 'label',
      // An attack after the ELN truce "had expired", read as the truce ended and fighting
      // resumed; and "combat deaths had fallen close to zero" since a truce, read as combat.
      'ioj3-034': 'label',
      'ioj3-075': 'label',
      // A research group's count of FARC breaches in Tumaco and Meta, placed by "Meta" and
      // the guerrillas' name elsewhere.
      'ioj3-059': 'region',
      // 26 guerrillas killed in the raid, beside other deaths the story adds up.
      'ioj3-065': 'killed',
    },
  },
  {
    file: 'invented-news-52.jsonl',
    misses: {
      // Houla, a south Lebanon village whose name a Syrian town shares, is left out of the
      // gazetteer.
      'iok3-017': 'label',
      // Bazouriyeh and Haret Hreik, places the gazetteer does not know.
      'iok3-008': 'region',
      'iok3-044': 'region',
      // Two fighters' deaths the label does not count, and a toll that "rose to 22" across
      // villages.
      'iok3-049': 'killed',
      'iok3-073': 'killed',
    },
  },
  {
    file: 'invented-news-53.jsonl',
    misses: {
      // A shooting at the South Ossetian line told in Russian with the EU monitors named, and
      // a one-line clash beside "the joint ceasefire committee": the regimes named in words
      // the registry lacks.
      'iol3-043': 'label',
      'iol3-045': 'label',
      // One-line feed items in Ukrainian and a Donbas item, placed by no name the registry
      // holds or in the wider war.
      'iol3-009': 'region',
      'iol3-025': 'region',
    },
  },
  {
    file: 'invented-news-54.jsonl',
    misses: {
      // "Launched a new assault … four days after their commander declared a unilateral
      // three-month humanitarian truce": the truce stands further from the assault than the
      // rule reaches, and "pound" in the title is no armed word of the rules.
      'iom3-018': 'label',
      // A trial that "resumed", of a vice-president "suspended": words of a truce's status in
      // the headline, which keep the proceedings from framing it.
      'iom3-062': 'label',
    },
  },
  {
    file: 'invented-news-55.jsonl',
    misses: {
      // An accord that fell apart, its dead counted one short.
      'ion3-001': 'killed',
      // An interview whose headline names the truce made; the breaches are told with "it".
      'ion3-078': 'label',
      // A press review summing a flare-up's dead across three papers, and a count of 26 beside
      // two soldiers killed in the clash that set it off.
      'ion3-022': 'killed',
      'ion3-067': 'killed',
    },
  },
  {
    file: 'invented-news-56.jsonl',
    misses: {
      // An envoy's briefing on a calm "real but fragile", whose incidents are told as a
      // count; homes "shelled for years" rebuilt since the truce; and a blast at a flat that
      // officials blame on a gas leak, in the headline after the blast.
      'ioo3-002': 'label',
      'ioo3-023': 'label',
      'ioo3-056': 'label',
      // None hurt, told in words the count does not read.
      'ioo3-020': 'killed',
      'ioo3-025': 'killed',
    },
  },
  {
    file: 'invented-news-57.jsonl',
    misses: {
      // A moratorium the Kremlin declares expired, with breaches of "the agreement" (no
      // ceasefire word), and a French remembrance of fighting "de septembre 2022" that broke
      // out "malgré un cessez-le-feu".
      'iop3-026': 'label',
      'iop3-052': 'label',
      // An undated Donbas report under Minsk told as the wider war, and Zangilan (a district
      // that was Karabakh's) for the border.
      'iop3-037': 'region',
      'iop3-038': 'region',
      // "İtki yoxdur" (no losses) in Azerbaijani, and tolls given in parts by each side.
      'iop3-069': 'killed',
      'iop3-076': 'killed',
    },
  },
  {
    file: 'invented-news-58.jsonl',
    misses: {
      // A Hindi headline whose verb ends the clause far from the ceasefire it broke.
      'ioq3-019': 'label',
      // An Urdu statement that India violated "it", naming Pakistan and India and no place or
      // border of the line.
      'ioq3-011': 'region',
      // "No casualties" in French, and nights of firing with no one hurt, whose toll is taken
      // from the attack "days" before that set them off.
      'ioq3-053': 'killed',
      'ioq3-075': 'killed',
    },
  },
  {
    file: 'invented-news-59.jsonl',
    misses: {
      // An attack "while the suspension of offensive military operations … was in force".
      'ior3-050': 'label',
      // A political "ceasefire" between the president's and the vice-president's camps.
      'ior3-069': 'label',
      // Mamasapano's 44 commandos beside the 18 MILF fighters told in another sentence, and
      // killings told by a noun.
      'ior3-012': 'killed',
      'ior3-015': 'killed',
      'ior3-017': 'killed',
    },
  },
  { file: 'invented-news-60.jsonl', misses: {} },
  {
    file: 'invented-news-61.jsonl',
    misses: {
      // A summit that calls on the parties "to turn a shaky truce … into a permanent ceasefire",
      // and talks that open while "both sides have traded accusations of breaches since a
      // ceasefire took effect": the news is the diplomacy, the breaches its background.
      'iot3-032': 'label',
      'iot3-049': 'label',
      // A UN convoy that "came under fire" in Hodeidah with no one hurt: no casualties, and no
      // breach said.
      'iot3-056': 'label',
      // Seven soldiers and a fighter of the other side killed, told in two sentences.
      'iot3-009': 'killed',
    },
  },
  {
    file: 'invented-news-62.jsonl',
    misses: {
      // Strikes in the hours before a pause that began at 07:00 on the day of publication; and
      // strikes "after the pause expires", labelled a collapse, where an expiry with no breach
      // said reads as no violation.
      'iou3-026': 'label',
      'iou3-036': 'label',
      // Remains handed over called "a clear violation of the ceasefire agreement", with no
      // place of Gaza named.
      'iou3-031': 'region',
      // Three gunmen killed beside "no Israeli casualties", and a toll of 33 that grows to 35
      // further down.
      'iou3-002': 'killed',
    },
  },
  {
    file: 'invented-news-63.jsonl',
    misses: {
      // Assaults near Pokrovsk in 2025, placed in the wider war rather than Donbas.
      'iov3-013': 'region',
    },
  },
  {
    file: 'invented-news-64.jsonl',
    misses: {
      // Two soldiers killed beside "at least 38 Palestinians": a count of a side that names no
      // kind may hold the soldiers' side too, so the parts are not summed.
      'iow3-062': 'killed',
    },
  },
  { file: 'invented-news-65.jsonl', misses: {} },
  { file: 'invented-news-66.jsonl', misses: {} },
  {
    file: 'invented-news-67.jsonl',
    misses: {
      // Two intruders killed in an infiltration bid across the Line of Control: militants, whom
      // the registry counts outside the truce between the two armies.
      'ioz3-028': 'label',
      // A court's verdict on a 2016 attack, whose opening sentence tells how that fighting
      // shattered the deal of the year before: the collapse it recounts reads as news.
      'ioz3-040': 'label',
      // Each side's dead by its own ministry, twelve "servicemen" and 18 "Armenian soldiers": a
      // kind counted for a named side may hold the unnamed count, so the two are not summed.
      'ioz3-012': 'killed',
    },
  },
  {
    file: 'invented-news-68.jsonl',
    misses: {
      // Two soldiers beside 26 Palestinians: a count of a side that names no kind may hold the
      // soldiers' side too, so the parts are not summed.
      'ip03-028': 'killed',
    },
  },
  {
    file: 'invented-news-69.jsonl',
    misses: {
      // "No one was hurt" in Khmer, Thai and Tagalog, which the counts do not read.
      'ip13-022': 'killed',
      'ip13-027': 'killed',
      'ip13-050': 'killed',
      'ip13-059': 'killed',
      // 112 civilians killed in attacks during the truce declared "after the March 28
      // earthquake": the earthquake beside the count reads as what killed them.
      'ip13-035': 'killed',
    },
  },
  {
    file: 'invented-news-70.jsonl',
    misses: {
      // Talks resuming that recall breaches "in August", the month before: too recent to be
      // read as history.
      'ip23-031': 'label',
      // Militia clashes in Tripoli in May 2025, under the 2020 national ceasefire the registry
      // holds, which the item sets aside as no truce at all.
      'ip23-066': 'label',
    },
  },
  {
    file: 'invented-news-71.jsonl',
    misses: {
      // A breach of Moscow's "promise to stop hitting energy targets", the truce named only as
      // a promise and a "30-day pause" far from the breach.
      'ip33-063': 'label',
    },
  },
  {
    file: 'invented-news-72.jsonl',
    misses: {
      // An Armenian anniversary whose sentences end in ":", as Armenian is often typed: the
      // anniversary and the fighting it remembers are read as one sentence of news.
      'ip43-055': 'label',
      // An Azerbaijani report from Lachin, a name both the Karabakh zone and the border hold.
      'ip43-072': 'region',
      // Tolls told by a soldier's name in Azerbaijani, a killing in Georgian, "no casualties" in
      // Azerbaijani, each side's dead told in separate sentences and not summed, and one man shot
      // dead counted as two.
      'ip43-044': 'killed',
      'ip43-059': 'killed',
      'ip43-063': 'killed',
    },
  },
  {
    file: 'invented-news-73.jsonl',
    misses: {
      // A monitor's week without "Russian or Syrian government air strikes": the "no" stands too
      // far before the strikes to deny them.
      'ip53-072': 'label',
      // A colonel who "died … two days after he was hit", and a toll told in an Arabic
      // statement by no count the rules read.
      'ip53-003': 'killed',
      'ip53-009': 'killed',
    },
  },
  {
    file: 'invented-news-74.jsonl',
    misses: {
      // An Urdu statement naming no place of the Line of Control.
      'ip63-009': 'region',
      // "No one was hurt" in Hindi, a couple and their son told in Hindi nouns with no number,
      // and a Pashto toll told side by side in two clauses.
      'ip63-017': 'killed',
      'ip63-029': 'killed',
      'ip63-036': 'killed',
    },
  },
  {
    file: 'invented-news-75.jsonl',
    misses: {
      // A mass grave's story whose history has a truce that "had unravelled … before the
      // government formally pulled out of it in January 2008": the collapse reads as news.
      'ip73-010': 'label',
      // A toll of seven counted twice, and two gunmen killed read as none.
      'ip73-020': 'killed',
      'ip73-030': 'killed',
    },
  },
  { file: 'invented-news-76.jsonl', misses: {} },
  {
    file: 'invented-news-77.jsonl',
    misses: {
      // Elders' truce that ended two days of Tripoli clashes between armed groups the 2020
      // agreement does not bind, whose toll is told in a sentence that names neither group.
      'ip93-041': 'label',
      // A live page whose toll "since the shelling began" stands past the lead; one man killed
      // told again as a "terrorist eliminated"; a roundup's second story summed with its first;
      // a toll that grew over the page.
      'ip93-007': 'killed',
      'ip93-031': 'killed',
      'ip93-072': 'killed',
      'ip93-020': 'killed',
    },
  },
  {
    file: 'invented-news-78.jsonl',
    misses: {
      // A tenth anniversary whose second sentence retells the clash with no time of its own.
      'iq03-054': 'label',
      // A clash with the NPA placed in North Cotabato, a place of the MILF's zone.
      'iq03-041': 'region',
    },
  },
  {
    file: 'invented-news-79.jsonl',
    misses: {
      // A ten-year retrospective whose monitors "logged well over 10,000 ceasefire violations a
      // week" in the truce's busiest months: a habit of the past, told with no word of history.
      'iq13-074': 'label',
    },
  },
  {
    file: 'invented-news-80.jsonl',
    misses: {
      // Two soldiers and 26 Palestinians killed, in two sentences: a count of a side that names
      // no kind of victim may hold the soldiers' count, so the two are not summed.
      'iq23-061': 'killed',
    },
  },
  {
    file: 'invented-news-81.jsonl',
    misses: {
      // A truce that "has kept the port city … out of a full-scale battle since the Stockholm
      // talks has collapsed", its toll told in parts.
      'iq33-003': 'killed',
      // Titles that tell a breach over bodies about today's calm, an archive, a reprinted front
      // page or a quotation from years before: the title is read as the news.
      'iq33-006': 'label',
      'iq33-009': 'label',
      'iq33-041': 'label',
      'iq33-080': 'label',
      // A question headline answered "No, according to the Indian Army."
      'iq33-047': 'label',
      // A soldier killed, told again in a quotation as "a man is dead".
      'iq33-038': 'killed',
    },
  },
  {
    file: 'invented-news-82.jsonl',
    misses: {
      // A German retrospective under a bare "Analyse" line, which labels no headline.
      'iq43-059': 'label',
      // Regions: a Russian item naming Israel and Iran with no place of the registry.
      'iq43-017': 'region',
      // Tolls: earlier incidents told beside today's ("an attack earlier this month, in which
      // dozens …", "October's fighting"), a war's toll told in a sentence of its own, counts a
      // cut text leaves out, and a toll in parts.
      'iq43-010': 'killed',
      'iq43-079': 'killed',
      'iq43-058': 'killed',
      'iq43-031': 'killed',
      'iq43-061': 'killed',
      'iq43-062': 'killed',
      'iq43-072': 'killed',
    },
  },
  {
    file: 'invented-news-83.jsonl',
    misses: {
      // A library named for a fallen conscript, whose breach is told as his story; the remains
      // of soldiers killed "in autumn 2020" recovered, undated.
      'iq53-006': 'label',
      'iq53-071': 'label',
      // Bulletins naming no place of the registry, only the two sides.
      'iq53-003': 'region',
      'iq53-075': 'region',
      // "No casualties" read as no count where the label gives none killed; each side's dead
      // told by each side; a 2016 toll told by side in two sentences.
      'iq53-011': 'killed',
      'iq53-012': 'killed',
      'iq53-039': 'killed',
      'iq53-034': 'killed',
    },
  },
  {
    file: 'invented-news-84.jsonl',
    misses: {
      // An analysis that reports the truce in ruins: its "Analysis:" label outweighs the news.
      'iq63-015': 'label',
      // An Urdu statement that India violated "it", naming no place or border of the line.
      'iq63-023': 'region',
      // A Hindi victim described with a parenthesis; the Pahalgam dead of six days before; an
      // the other side's claim beside "no
      // casualties".
      'iq63-022': 'killed',
      'iq63-058': 'killed',
      'iq63-075': 'killed',
    },
  },
  {
    file: 'invented-news-85.jsonl',
    misses: {
      // Strikes "since the week-long truce in late November", undated, as mediators press for a
      // new pause: the truce's time reads as in force.
      'iq73-013': 'label',
      // Tolls in parts across sides and updates.
      'iq73-028': 'killed',
      'iq73-056': 'killed',
    },
  },
  {
    file: 'invented-news-86.jsonl',
    misses: {
      // Donetsk region in an undated report, labeled as the wider war's, placed in Donbas.
      'iq83-015': 'region',
    },
  },
  {
    file: 'invented-news-87.jsonl',
    misses: {
      // M23 "seized" a town a day into its own truce: "seized" is not read as armed action, as it
      // as often tells what was taken months before.
      'iq93-023': 'label',
      // "two people hit by stray bullets in the Ombada area had died": the count stands too far
      // before its verb.
      'iq93-059': 'killed',
    },
  },
  {
    file: 'invented-news-88.jsonl',
    misses: {
      // An election story whose candidates say the July truce was let "fall apart", and the
      // Arakan Army's truce "ended" in November 2023, undated: both read as news.
      'ir03-051': 'label',
      'ir03-063': 'label',
      // Khmer bulletins naming no place of the registry.
      'ir03-003': 'region',
      'ir03-009': 'region',
      // "No casualties" in Thai read as no count; a UN office's tally; a toll rising to 44
      // beside the other side's 18.
      'ir03-002': 'killed',
      'ir03-012': 'killed',
      'ir03-017': 'killed',
      'ir03-032': 'killed',
    },
  },
  {
    file: 'invented-news-89.jsonl',
    misses: {
      // The Syrian army's announcement that it resumes operations and the truce is over: its
      // "announces" reads as a truce announced.
      'ir13-029': 'label',
      // "No casualties" read as no count; a toll told for the other side.
      'ir13-024': 'killed',
      'ir13-045': 'killed',
      'ir13-051': 'killed',
      'ir13-076': 'killed',
    },
  },
  {
    file: 'invented-news-90.jsonl',
    misses: {
      // Tolls: a Georgian killing told by the verb alone; "no casualties" in Russian and
      // English where the label counts none killed; 19 soldiers and the other side's dead.
      'ir23-005': 'killed',
      'ir23-022': 'killed',
      'ir23-067': 'killed',
    },
  },
  {
    file: 'invented-news-91.jsonl',
    misses: {
      // Tolls: each side's dead (soldiers and Palestinians), a German toll in parts, and a German
      // "erschossen" with no number.
      'ir33-046': 'killed',
      'ir33-062': 'killed',
      'ir33-080': 'killed',
    },
  },
  {
    file: 'invented-news-92.jsonl',
    misses: {
      // A road reopened after nine years, and a ship attacked outside the US–Houthi
      // understanding: read as action under a truce.
      'ir43-016': 'label',
      'ir43-047': 'label',
      // A count of "96 breaches" by "the aggression's forces", with no word of a truce.
      'ir43-043': 'label',
      // One killed told by Arabic nouns with no number, and an officer who "dies after being
      // shot".
      'ir43-012': 'killed',
      'ir43-062': 'killed',
    },
  },
  {
    file: 'invented-news-93.jsonl',
    misses: {
      // An Urdu announcement of the 48-hour truce whose rules for breaches read as a breach, and
      // Urdu blasts "hours after the ceasefire" with the accusation a clause away.
      'ir53-008': 'label',
      'ir53-031': 'label',
      // A Pashto report naming Dand-e-Patan, which the registry does not hold in Pashto.
      'ir53-033': 'region',
      // Each side's dead told by its own officials.
      'ir53-057': 'killed',
    },
  },
  {
    file: 'invented-news-94.jsonl',
    misses: {
      // Hebrew gunmen "eliminated" out of a tunnel, undated.
      'ir63-007': 'label',
      // A senior commander "eliminated", counted by Palestinian reports as five.
      'ir63-001': 'killed',
      'ir63-012': 'killed',
    },
  },
  {
    file: 'invented-news-95.jsonl',
    misses: {
      // Lebanon and Syria agreeing in Jeddah to demarcate their border after deadly clashes:
      // no truce word frames the agreement.
      'ir73-026': 'label',
      // A Lebanese place named only in French.
      'ir73-045': 'region',
      // "No one was hurt" where the label counts none killed, and returnees' tolls in parts.
      'ir73-025': 'killed',
      'ir73-037': 'killed',
      'ir73-053': 'killed',
    },
  },
  {
    file: 'invented-news-96.jsonl',
    misses: {
      // Rebels "entrés" into Uvira despite the truce, with the fire a sentence later; shells
      // on El Obeid, undated; talks whose agenda names
      // ceasefire monitoring and past breaches.
      'ir83-016': 'label',
      'ir83-039': 'label',
      'ir83-050': 'label',
      // North Kivu places named only in French.
      'ir83-009': 'region',
      'ir83-017': 'region',
      'ir83-001': 'killed',
    },
  },
  {
    file: 'invented-news-97.jsonl',
    misses: {
      // Monitors' last reports of March 2022, after the truce's regime had ended.
      'ir93-055': 'label',
      'ir93-010': 'region',
      // A digest's toll told past its lead, a toll in parts, and counts told across updates.
      'ir93-005': 'killed',
      'ir93-014': 'killed',
      'ir93-038': 'killed',
    },
  },
  {
    file: 'invented-news-100.jsonl',
    misses: {
      // Told by hospitals and aid agencies: a man who died of wounds from a 2024 strike, a state
      // funeral for the dead of earlier fighting, malnutrition "despite the truce", a
      // hospital's quiet first hours of a truce, and an Arabic death from old wounds.
      'is23-029': 'label',
      'is23-030': 'label',
      'is23-041': 'label',
      'is23-055': 'label',
      'is23-062': 'label',
      // Tolls a hospital gives in parts or over a day, and a first-day toll past the lead.
      'is23-015': 'killed',
      'is23-020': 'killed',
      'is23-032': 'killed',
      'is23-037': 'killed',
      'is23-075': 'killed',
    },
  },
  {
    file: 'invented-news-122.jsonl',
    misses: {
      // A Hebrew "eliminated" of gunmen who crossed the yellow line, undated; a charge over
      // returned remains with no word of arms; a reservist's death of 2024's wounds beside a
      // running toll of the war.
      'iu73-033': 'label',
      'iu73-049': 'label',
      'iu73-036': 'label',
      // Tolls: each side's dead, a woman killed told by noun, running tolls beside the day's,
      // and none hurt.
      'iu73-008': 'killed',
      'iu73-027': 'killed',
      'iu73-028': 'killed',
      'iu73-042': 'killed',
      'iu73-074': 'killed',
      'iu73-075': 'killed',
      'iu73-077': 'killed',
    },
  },
  {
    file: 'invented-news-124.jsonl',
    misses: {
      // The Houthis declaring their understanding with Washington over after US strikes, in
      // English and Arabic: a truce "declared … over" and "the understanding" with no truce word.
      'iu93-037': 'label',
      'iu93-038': 'label',
      // A study of the truce months' tolls, and a school named for a boy killed during the 2022
      // truce: tolls told of the past, read as news under the truce.
      'iu93-057': 'label',
      'iu93-074': 'label',
      // US–Houthi incidents at sea placed in Hodeidah's zone (Kamaran, the Red Sea coast).
      'iu93-015': 'region',
      'iu93-029': 'region',
    },
  },
  {
    file: 'invented-news-125.jsonl',
    misses: {
      // The army ending the truce and resuming operations, read beside the truce's declaration
      // as news of the truce, in English and Arabic ("after the groups refused to abide").
      'iv03-010': 'label',
      'iv03-011': 'label',
      // A civil defence volunteer killed in Ariha, a town named in Arabic the gazetteer lacks
      // ("أريحا" is Jericho as well).
      'iv03-038': 'label',
      // Talks in Sochi with October's strike as background, and a returns report beside a
      // monitor's count of past breaches: history read as news.
      'iv03-056': 'label',
      'iv03-068': 'label',
      // Tolls: "a mother, a father and their three children" read as four, and eleven dead
      // beside one more told apart.
      'iv03-007': 'killed',
      'iv03-031': 'killed',
    },
  },
  {
    file: 'invented-news-126.jsonl',
    misses: {
      // A war's toll revised after the truce, and a Thai report of a calm week: tolls of the past
      // read as news.
      'iv13-025': 'label',
      'iv13-050': 'label',
      // Tolls: a woman "and her two children" in Arabic, counts in Swahili words, "no one
      // hurt" beside missiles, tolls in parts by side or rising through the item, and
      // a war's or a year's toll beside the incident's.
      'iv13-010': 'killed',
      'iv13-011': 'killed',
      'iv13-019': 'killed',
      'iv13-034': 'killed',
      'iv13-075': 'killed',
    },
  },
  {
    file: 'invented-news-127.jsonl',
    misses: {
      // A patents "truce" between technology firms that "collapses".
      'iv23-051': 'label',
    },
  },
  {
    file: 'invented-news-128.jsonl',
    misses: {
      // An Arabic report of Tripoli's 2022 clashes whose armed groups are named a sentence after
      // the dead; a neutral force's checkpoint under a 2025 Tripoli truce the registry lacks.
      'iv33-019': 'label',
      'iv33-049': 'label',
      // Tolls: an Arabic "no casualties", and a commander's killing counted beside three dead.
      'iv33-026': 'killed',
      'iv33-071': 'killed',
    },
  },
  {
    file: 'invented-news-129.jsonl',
    misses: {
      // Trade talks recalling November's strikes "which Kabul described as a breach"; an Urdu
      // "the ceasefire is no longer effective"; an April accord, a war of February and one of
      // March 2026 that the registry does not hold.
      'iv43-015': 'label',
      'iv43-019': 'label',
      'iv43-023': 'label',
      'iv43-027': 'label',
      // A toll told for each side in parts.
      'iv43-010': 'killed',
    },
  },
  {
    file: 'invented-news-130.jsonl',
    misses: {
      // A memoir's night of broken truce in 2004, undated; monitors leaving as a truce "runs
      // out", eroded by fighting.
      'iv53-018': 'label',
      'iv53-077': 'label',
      // Tolls: both sides' dead beside a larger count.
      'iv53-036': 'killed',
    },
  },
  {
    file: 'invented-news-132.jsonl',
    misses: {
      // A parliament's holiday "truce" said to be violated amid "tirs croisés" and "accrochages"
      // of words; a December strike recalled in French beside municipal elections.
      'iv73-002': 'label',
      'iv73-011': 'label',
      // Tolls: dead "in the first hours of renewed bombardment", and a French "Un soldat …
      // a été tué" (one soldier) with no number.
      'iv73-034': 'killed',
      'iv73-050': 'killed',
    },
  },
  {
    file: 'invented-news-133.jsonl',
    misses: {
      // A data piece on eight years of monitors' reports read as news; a truce that had "largely
      // held … since July 2020" said to collapse nine words on, beside "there is no ceasefire
      // any more".
      'iv83-024': 'label',
      'iv83-080': 'label',
      // Tolls: a driver "not hurt" (none), four soldiers told in one side's claim, "scores"
      // killed earlier in the week, and each side's dead told in turn.
      'iv83-019': 'killed',
      'iv83-070': 'killed',
      'iv83-075': 'killed',
    },
  },
  {
    file: 'invented-news-134.jsonl',
    misses: {
      // A gang truce shattered with war's words: the words of the street do not outnumber those
      // of fighting.
      'iv93-043': 'label',
      // Four dead in the lead, then two and two told by each side: read as two.
      'iv93-056': 'killed',
    },
  },
  {
    file: 'invented-news-135.jsonl',
    misses: {
      // Undated fighting after the seven-day truce, whose end is told eleven words from it; a
      // holiday truce that "ended at midnight" before offensives resumed; strikes while a truce's
      // start was put off, on its first day.
      'iw03-006': 'label',
      'iw03-035': 'label',
      'iw03-045': 'label',
      // Two soldiers killed beside 33 killed by the strikes that answered them.
      'iw03-047': 'killed',
    },
  },
  {
    file: 'invented-news-131.jsonl',
    misses: {
      // One man killed, counted again as the "terrorist" the army says it eliminated.
      'iv63-017': 'killed',
      // "What we know about the first night" of a truce read as an agreement; a "pause" on
      // energy attacks and an "understanding" breached "over the past few hours", far from the
      // words that name it.
      'iv63-022': 'label',
      'iv63-033': 'label',
      'iv63-035': 'label',
      // A debunked clip of 2021 and a scenario "if the ceasefire breaks", read as news.
      'iv63-034': 'label',
      'iv63-059': 'label',
      // Three dead told apart from the count of shells.
      'iv63-016': 'killed',
    },
  },
  {
    file: 'invented-news-123.jsonl',
    misses: {
      // Residents shot returning to villages the gazetteer does not name, undated, in Arabic;
      // a Lebanese–Syrian border deal "after deadly clashes around Hermel", read as fighting
      // under the truce with Israel.
      'iu83-019': 'label',
      'iu83-067': 'label',
      // A Hebrew report on Mount Dov (Shebaa) placed by no name the registry holds.
      'iu83-028': 'region',
      // Tolls: a retaliation's dead beside the rockets', and a Syrian-border toll told in parts.
      'iu83-001': 'killed',
      'iu83-011': 'killed',
    },
  },
  {
    file: 'invented-news-118.jsonl',
    misses: {
      // A Hindi "violated the understanding" (सहमति) with no ceasefire word.
      'iu33-007': 'label',
      // Statements placed by no name the registry holds.
      'iu33-075': 'region',
      'iu33-079': 'region',
      // Tolls told for each side in parts, in Dari, or as none.
      'iu33-011': 'killed',
      'iu33-038': 'killed',
      'iu33-043': 'killed',
    },
  },
  {
    file: 'invented-news-119.jsonl',
    misses: {
      // Tigrinya and Amharic reports placed by villages the gazetteer lacks (Adiyabo, Raya
      // Alamata) or whose truce is named "three years after it was signed"; a faction's
      // takeover of offices and a school strike between the truces, read as action under one.
      'iu43-012': 'label',
      'iu43-060': 'label',
      'iu43-013': 'label',
      'iu43-072': 'label',
      'iu43-076': 'region',
      // Tolls in Tigrinya words.
      'iu43-006': 'killed',
      'iu43-008': 'killed',
      'iu43-057': 'killed',
    },
  },
  {
    file: 'invented-news-120.jsonl',
    misses: {
      // Tolls in Swahili words, and a collapse's dead told after the fighting.
      'iu53-007': 'killed',
      'iu53-028': 'killed',
      'iu53-040': 'killed',
    },
  },
  {
    file: 'invented-news-121.jsonl',
    misses: {
      // Strikes under "the US-brokered end of the twelve-day war", which names no truce; a
      // Persian pledge "not to be the first to violate" the ceasefire (the negation follows
      // the verb); a deterrence analysis whose war's deeds read as action.
      'iu63-025': 'label',
      'iu63-035': 'label',
      'iu63-056': 'label',
      'iu63-060': 'label',
      // Persian reports placed by no name the registry holds.
      'iu63-012': 'region',
      'iu63-016': 'region',
      // Tolls by side, rounded, or none.
      'iu63-002': 'killed',
      'iu63-021': 'killed',
      'iu63-030': 'killed',
      'iu63-031': 'killed',
      'iu63-032': 'killed',
    },
  },
  {
    file: 'invented-news-114.jsonl',
    misses: {
      // Killings near a FARC transition zone the registry does not name; a monitors' count of
      // "incidents"; police killed "despite the ceasefire" told with the Clan del Golfo (no
      // party to the ELN's); an airlines' fare war.
      'it93-029': 'label',
      'it93-039': 'label',
      'it93-042': 'label',
      'it93-071': 'label',
      // Tolls: a governor "killed" told by the ELN's admission, a leader's killing by noun, and
      // none hurt.
      'it93-001': 'killed',
      'it93-020': 'killed',
      'it93-065': 'killed',
    },
  },
  {
    file: 'invented-news-115.jsonl',
    misses: {
      // Arabic tolls by noun ("طفل برصاص قناص"), counts of breaches beside the dead, and none
      // hurt.
      'iu03-002': 'killed',
      'iu03-013': 'killed',
      'iu03-017': 'killed',
      'iu03-021': 'killed',
      'iu03-024': 'killed',
      'iu03-046': 'killed',
      'iu03-051': 'killed',
      'iu03-066': 'killed',
    },
  },
  {
    file: 'invented-news-116.jsonl',
    misses: {
      // "The first deadly encounter since both sides' truces took effect", whose plural truces
      // read as history; a political truce between two camps in the Senate.
      'iu13-030': 'label',
      'iu13-079': 'label',
      // NPA attacks in North Cotabato and Makilala, placed under the MILF's truce.
      'iu13-006': 'region',
      'iu13-067': 'region',
      // Tolls in Tagalog and Bisaya.
      'iu13-012': 'killed',
      'iu13-027': 'killed',
      'iu13-032': 'killed',
      'iu13-042': 'killed',
      'iu13-044': 'killed',
      'iu13-063': 'killed',
      'iu13-078': 'killed',
    },
  },
  {
    file: 'invented-news-117.jsonl',
    misses: {
      // Shelling on the day the Easter truce was announced, hours before it began; Kherson
      // shelled, undated, with no truce in force.
      'iu23-014': 'label',
      'iu23-039': 'label',
      // Mariupol's "regime of silence" of 2022 and the Christmas truce of 2023 told undated:
      // with no date, the towns and directions of Donetsk are the Donbas's.
      'iu23-034': 'region',
      'iu23-055': 'region',
      // No one hurt, read as no count.
      'iu23-016': 'killed',
      'iu23-074': 'killed',
    },
  },
  {
    file: 'invented-news-110.jsonl',
    misses: {
      // Headlines alone: a clash with MILF members beside "ceasefire committee steps in" (a
      // name too common to mark the MILF truce).
      'it43-004': 'label',
      // India's charge that Pakistan broke the "ceasefire understanding", placed nowhere.
      'it43-062': 'region',
    },
  },
  {
    file: 'invented-news-111.jsonl',
    misses: {
      // A Khmer charge that names no place of the registry.
      'it53-054': 'region',
      // Thai and Khmer tolls (most are "no one hurt", which the label counts as none killed).
      'it53-003': 'killed',
      'it53-023': 'killed',
      'it53-029': 'killed',
      'it53-031': 'killed',
      'it53-052': 'killed',
      'it53-058': 'killed',
      'it53-060': 'killed',
      'it53-066': 'killed',
    },
  },
  {
    file: 'invented-news-112.jsonl',
    misses: {
      // Karabakh items placed on the border or nowhere: Ganja, the "trilateral statement"
      // alone, and a humanitarian truce named in Armenian.
      'it63-045': 'region',
      'it63-055': 'region',
      'it63-056': 'region',
      'it63-064': 'region',
      'it63-080': 'region',
      // Tolls told by side, rounded ("nearly 100"), in Georgian and Russian words, or as none.
      'it63-023': 'killed',
      'it63-025': 'killed',
      'it63-041': 'killed',
      'it63-061': 'killed',
      'it63-062': 'killed',
      'it63-071': 'killed',
    },
  },
  {
    file: 'invented-news-113.jsonl',
    misses: {
      // Drivers killed on an aid route the parties agreed, which the registry does not hold.
      'it73-017': 'label',
      // An Arabic toll of shelling, a monitors' count beside the dead, and a general among the
      // crew.
      'it73-013': 'killed',
      'it73-015': 'killed',
      'it73-029': 'killed',
    },
  },
  {
    file: 'invented-news-106.jsonl',
    misses: {
      // A raid in Jenin told as beginning "two days after a ceasefire took effect in the Gaza
      // Strip"; an election feature whose strikes "over the past year" Lebanon calls breaches.
      'is93-057': 'label',
      'is93-070': 'label',
      // Bakhmut and Kramatorsk shelled in the Christmas truce of 2023, undated: with no date,
      // the towns are the Donbas's.
      'is93-019': 'region',
      // A clash's two dead beside a year's tally; an air strike's twelve beside one more told
      // apart.
      'is93-046': 'killed',
      'is93-048': 'killed',
    },
  },
  {
    file: 'invented-news-107.jsonl',
    misses: {
      // A cyber-attack that commentators said broke "the spirit" of the energy moratorium, and
      // missiles test-fired in the first drill "since the ceasefire".
      'it13-020': 'label',
      'it13-024': 'label',
    },
  },
  {
    file: 'invented-news-108.jsonl',
    misses: {
      // The Wa army's truce of 1989, which the registry lacks; an election story whose breaches
      // of "2024" are written in Burmese digits, which no year test reads.
      'it23-045': 'label',
      'it23-052': 'label',
      // A Burmese item placed by no name the registry holds.
      'it23-011': 'region',
      // A base attacked with two dead told in parts; a village burying its twelve dead, told
      // by name and by the one found first.
      'it23-032': 'killed',
    },
  },
  {
    file: 'invented-news-109.jsonl',
    misses: {
      // A farmer shot in a village the gazetteer lacks, under markers of two regions; a mother's
      // memory "when the ceasefire broke down", read as news.
      'it33-005': 'label',
      'it33-068': 'label',
      // Villages the gazetteer lacks.
      'it33-003': 'region',
      'it33-007': 'region',
      // No one hurt, read as no count where the label counts none; a funeral's dead with only
      // the wounded counted; a second brother who "died of his wounds" told by a pronoun.
      'it33-001': 'killed',
      'it33-002': 'killed',
      'it33-010': 'killed',
      'it33-011': 'killed',
      'it33-015': 'killed',
    },
  },
  {
    file: 'invented-news-102.jsonl',
    misses: {
      // Tolls of a war that ended, told beside a truce: bodies recovered "since the truce took
      // effect", a remembrance's estimate for the war's last phase (undated), and a missile
      // toll of a twelve-day war told under "ceasefire holding".
      'is43-032': 'label',
      'is43-042': 'label',
      'is43-080': 'label',
      // "Un soldat blessé" read as no count where the label counts none killed; "between 8 and
      // 10 dead" beside a count of the wounded.
      'is43-029': 'killed',
      'is43-033': 'killed',
    },
  },
  {
    file: 'invented-news-103.jsonl',
    misses: {
      // Breaches cited as an argument: "cites broken Luanda truce" at talks, "cites years of LoC
      // ceasefire breaches" in a debate.
      'is53-012': 'label',
      'is53-026': 'label',
      // An Armenian denial and an Urdu rebuttal that name no place of the registry.
      'is53-039': 'region',
      'is53-045': 'region',
      // No one hurt, read as no count where the label counts none killed.
      'is53-054': 'killed',
      'is53-063': 'killed',
      'is53-065': 'killed',
    },
  },
  {
    file: 'invented-news-104.jsonl',
    misses: {
      // Sri Lanka's 2008 offensive, undated, whose truce's end the lead does not tell; clashes
      // in Tripoli in 2023 under the nationwide ceasefire the registry holds, which the label
      // reads as fought before the local truce.
      'is63-001': 'label',
      'is63-057': 'label',
      // Tolls told in Tagalog, Tamil and Sinhala words, and four dead told after the displaced.
      'is63-052': 'killed',
      'is63-059': 'killed',
      'is63-069': 'killed',
      'is63-070': 'killed',
    },
  },
  {
    file: 'invented-news-105.jsonl',
    misses: {
      // Live pages whose latest toll is in an entry the lead does not reach, and tolls told by
      // side across sentences.
      'is73-024': 'killed',
      'is73-063': 'killed',
    },
  },
  {
    file: 'invented-news-101.jsonl',
    misses: {
      // Machine translation's idiom: a farmer "killed from the shot", a "martyr in an enemy drone
      // strike" and "the agreements of 2008", with no word the rules read as a truce; "the regime
      // of silence was observed, violations were not"; parties' "truce fell" in a municipal
      // battle; a ceremony a year after the war; and "for years under the daily shelling, even
      // after the agreement of cease of fire", read as news since "cease of fire" is a truce.
      'is33-007': 'label',
      'is33-023': 'label',
      'is33-040': 'label',
      'is33-041': 'label',
      'is33-059': 'label',
      'is33-061': 'label',
      // Tolls in translated idiom ("one defender lethally wounded", "martyrdom … happened").
      'is33-001': 'killed',
      'is33-002': 'killed',
      'is33-004': 'killed',
      'is33-005': 'killed',
      'is33-034': 'killed',
    },
  },
  {
    file: 'invented-news-98.jsonl',
    misses: {
      'is03-035': 'region',
      // Tolls told in posts: a killing with no number, "no casualties" counted as none (an
      // Azerbaijani post with no one hurt among them).
      'is03-006': 'killed',
      'is03-019': 'killed',
      'is03-040': 'killed',
      'is03-068': 'killed',
      'is03-075': 'killed',
    },
  },
  {
    file: 'invented-news-99.jsonl',
    misses: {
      // Corrected stories whose correction takes the breach back (a blast of leftover munitions,
      // a missile that hit before the truce began, a strike four days before the ceasefire, an
      // attack after the truce had ended) while the first version's words remain; an archive
      // handed over; a Senate "truce".
      'is13-041': 'label',
      'is13-043': 'label',
      'is13-052': 'label',
      'is13-054': 'label',
      'is13-065': 'label',
      'is13-070': 'label',
      'is13-025': 'killed',
    },
  },
  {
    file: 'invented-news-136.jsonl',
    misses: {
      // A verification mechanism's "presumed violations of the agreed protocol", thirty words
      // from the ceasefire it monitors.
      'iw13-030': 'label',
    },
  },
  {
    file: 'invented-news-137.jsonl',
    misses: {
      // An offensive that ended a truce, told with "since" two years before the air strike.
      'iw23-062': 'label',
      // Tolls: a ministry's count beside "one of the deadliest days since the war began" (read
      // as history), a doctors' committee's count further down, and "did not suffer any
      // casualties" and "no reports of injuries", labeled 0, read as no number.
      'iw23-006': 'killed',
      'iw23-015': 'killed',
      'iw23-047': 'killed',
      'iw23-067': 'killed',
    },
  },
  {
    file: 'invented-news-138.jsonl',
    misses: {
      // Undated: monitors' tallies "in some weeks of 2017 and 2018"; a weekly digest whose other
      // stories (an election, football) outnumber the fighting words of its lead story.
      'iw33-008': 'label',
      'iw33-049': 'label',
    },
  },
  {
    file: 'invented-news-139.jsonl',
    misses: {
      // A truce "between" two forces "in a camp near Harem" that collapsed twenty words on, and a
      // headline's "Truce with foreign fighters near Harem collapses", six words apart.
      'iw43-063': 'label',
      // Shelling near Kostiantynivka under a local truce, placed in the wider war the Donbas
      // belongs to since Minsk ended; "no reports of casualties", labeled 0, read as no number.
      'iw43-023': 'region',
      'iw43-065': 'killed',
    },
  },
  {
    file: 'invented-news-140.jsonl',
    misses: {
      // A Turkish report of two soldiers killed and three attackers in the clash after, told in
      // two sentences with no side named for the three.
      'iw53-008': 'killed',
    },
  },
  {
    file: 'invented-news-141.jsonl',
    misses: {
      // A president's political "truce with Congress" that collapses; a Lebanese truce holding
      // while "Gaza bombing goes on" in its headline.
      'iw63-034': 'label',
      'iw63-041': 'label',
      // Idlib's truce collapsing "on the day Lebanon truce begins": the offensive that began
      // after Lebanon's truce took effect is placed in Lebanon.
      'iw63-075': 'region',
    },
  },
  {
    file: 'invented-news-142.jsonl',
    misses: {
      // "killing the two men inside", the first count of them, read as men counted before.
      'iw73-058': 'killed',
    },
  },
  {
    file: 'invented-news-143.jsonl',
    misses: {
      // Each side's soldiers and civilians, the Pakistani side's given by a military whose side
      // the count does not name; two soldiers and "three of its members" of an armed group
      // already named in the headline.
      'iw83-006': 'killed',
      'iw83-073': 'killed',
    },
  },
  {
    file: 'invented-news-144.jsonl',
    misses: {
      // Bodies of soldiers killed in September returned in October; funerals of those a shelling
      // killed days before the truce, told "three days after" it: follow-ups read as the
      // incident.
      'iw93-014': 'label',
      'iw93-027': 'label',
      // A 2015 attack near Mariupol placed in the Donbas, labeled the wider war; a toll of 15
      // where the incident's own is nine.
      'iw93-003': 'region',
      'iw93-019': 'killed',
    },
  },
  {
    file: 'invented-news-145.jsonl',
    misses: {
      // An ambush where the truce was suspended in three departments only; a strike said to
      // break the grain deal, which names no truce.
      'ix03-037': 'label',
      'ix03-067': 'label',
    },
  },
  {
    file: 'invented-news-146.jsonl',
    misses: {
      // An editorial whose strike is told "this morning" in a sentence with no armed word; a
      // family that "counts the hours of a ceasefire that never arrived".
      'ix13-030': 'label',
      'ix13-042': 'label',
      // Obituaries and explainers whose breach is told by the person's death or by the hours
      // after an agreement, with no armed word; a letter on a "bike lane ceasefire" broken; a
      // medic's profile whose village was bombed where no truce holds.
      'ix13-025': 'label',
      'ix13-029': 'label',
      'ix13-059': 'label',
      'ix13-010': 'label',
      'ix13-058': 'label',
      // A region named by a village in Armenia beside Karabakh's; the deaths of the person a
      // profile is about ("Mahmoud, 38, was hit in the chest and died", "his death came during
      // the truce"), named victims listed with their ages, and "no one was hurt" in a letter.
      'ix13-071': 'region',
      'ix13-004': 'killed',
      'ix13-008': 'killed',
      'ix13-022': 'killed',
      'ix13-045': 'killed',
      'ix13-050': 'killed',
      'ix13-070': 'killed',
      'ix13-079': 'killed',
    },
  },
  {
    file: 'invented-news-147.jsonl',
    misses: {
      // Fighters who crossed the "yellow line" and were "eliminated", with no armed word; a
      // municipal opposition's "ceasefire" in quotes, collapsed.
      'ix23-011': 'label',
      'ix23-013': 'label',
      'ix23-038': 'label',
      // A fisherman shot off Deir al-Balah and a statement over hostages, placed nowhere; tolls
      // in Hebrew and Arabic told by name, by "martyrs", or restated with one more.
      'ix23-032': 'region',
      'ix23-072': 'region',
      'ix23-035': 'killed',
      'ix23-044': 'killed',
      'ix23-048': 'killed',
    },
  },
  {
    file: 'invented-news-148.jsonl',
    misses: {
      // An undated boy killed by drone fire near Jabalia whose item names no truce or regime.
      'ix33-020': 'label',
      // Tolls of a collapse told by two sides, and of a drone strike told by name.
      'ix33-009': 'killed',
      'ix33-018': 'killed',
    },
  },
  {
    file: 'invented-news-149.jsonl',
    misses: {
      // A repair crew hit inside a local truce zone the registry does not know.
      'ix43-030': 'label',
      // A drone strike in occupied Donetsk after 2022 labeled Donbas; a death already counted
      // in another item, told here as "the electrician's death".
      'ix43-014': 'region',
      'ix43-008': 'killed',
    },
  },
  {
    file: 'invented-news-150.jsonl',
    misses: {
      // Shots "near the buffer zone" in Tajoura, in French, with no truce word; a teachers'
      // "trêve sociale" said in its body to be "rompue" if commitments are not kept.
      'ix53-053': 'label',
      'ix53-022': 'label',
      // Tolls of a collapse in French and English told as "une quinzaine" or by side, and a
      // toll of four restated with another count.
      'ix53-017': 'killed',
      'ix53-029': 'killed',
      'ix53-051': 'killed',
    },
  },
  {
    file: 'invented-news-151.jsonl',
    misses: {
      // A coalition's 'ceasefire' in quotes, broken over a budget in war's words; compensation
      // for shelling of the May before.
      'ix63-048': 'label',
      'ix63-070': 'label',
      // Thai marines in a "sector" placed on the Line of Control; a breach named by no place.
      'ix63-012': 'region',
      'ix63-025': 'region',
      // "No one was hurt" read as no number; a collapse's toll told by each side.
      'ix63-003': 'killed',
      'ix63-018': 'killed',
    },
  },
  {
    file: 'invented-news-152.jsonl',
    misses: {
      // North-west Syria after December 2024 (Manbij, the Tishreen dam) that the registry's
      // zone does not name, and a Yemen breach placed in Hodeidah.
      'ix73-038': 'region',
      'ix73-066': 'region',
      'ix73-070': 'region',
      // A toll of twelve for the week beside the four of the incident.
      'ix73-003': 'killed',
    },
  },
  {
    file: 'invented-news-153.jsonl',
    misses: {
      // A truck bomb after the ELN truce lapsed, its lapse told further on; a kidnapping "raised
      // as a breach" in a story of the truce extended; a truce that expired with "neither side
      // reporting fighting".
      'ix83-038': 'label',
      'ix83-050': 'label',
      'ix83-055': 'label',
      // "No one was hurt" in the army's statement read as no number.
      'ix83-042': 'killed',
    },
  },
  {
    file: 'invented-news-154.jsonl',
    misses: {
      // A court hearing evidence of breaches in 2020, undated.
      'ix93-072': 'label',
      // Short alerts placed by no place of the zone, or in the wider war rather than the
      // Donbas; a one-line toll told by name.
      'ix93-001': 'region',
      'ix93-033': 'region',
      'ix93-034': 'region',
    },
  },
  { file: 'invented-news-155.jsonl', misses: {} },
  {
    file: 'invented-news-156.jsonl',
    misses: {
      // "accused Indian forces of violations" six words from the ceasefire it names; calm "a day
      // after deadly clashes".
      'iy13-031': 'label',
      'iy13-059': 'label',
      // Each side's dead, the second side's "reported 50 of its servicemen" after a list of
      // places.
      'iy13-015': 'killed',
    },
  },
  {
    file: 'invented-news-157.jsonl',
    misses: {
      // A corridor of a humanitarian truce the registry does not hold, with no ceasefire word.
      'iy23-017': 'label',
    },
  },
  {
    file: 'invented-news-158.jsonl',
    misses: {
      // Donetsk in 2025 is placed in the wider war, as the Donbas is after Minsk.
      'iy33-010': 'region',
    },
  },
  {
    file: 'invented-news-159.jsonl',
    misses: {
      // The army taking over positions under the truce; strikes "since the truce" told as the
      // cause of a donors' worry.
      'iy43-022': 'label',
      'iy43-051': 'label',
      // "killing two of them" of soldiers no side is named for, beside 42 Palestinians; two
      // strikes of a live blog, four and two dead, read as restating one toll.
      'iy43-017': 'killed',
      'iy43-028': 'killed',
      'iy43-067': 'killed',
    },
  },
  {
    file: 'invented-news-160.jsonl',
    misses: {
      // "a violation of the understanding reached in Doha", with no ceasefire word near it.
      'iy53-055': 'label',
      // A "fragile truce tested" headline over a dozen claimed breaches.
      'iy53-059': 'label',
    },
  },
  {
    file: 'invented-news-161.jsonl',
    misses: {
      // The Black Sea arrangement of 2026 named in Russian and Ukrainian, or by its monitors.
      'iy63-005': 'label',
      'iy63-042': 'label',
      'iy63-044': 'label',
      'iy63-054': 'label',
      'iy63-076': 'label',
      // Deaths in the energy moratorium's time told by the deal's description alone ("the
      // agreement to refrain from strikes on energy"), a count "during the moratorium", and an
      // Easter truce of 2026 in Donetsk, undated.
      'iy63-007': 'label',
      'iy63-074': 'label',
      'iy63-041': 'label',
      'iy63-033': 'label',
      // A price war's "truce" between two marketplaces, in Russian.
      'iy63-012': 'label',
      // "загинуло подружжя" (a married couple died): a couple is two; a guided bomb's toll read
      // beside the region's week.
      'iy63-001': 'killed',
      'iy63-077': 'killed',
    },
  },
  {
    file: 'invented-news-162.jsonl',
    misses: {
      // "in breach of the understanding that has held since May", with no ceasefire word.
      'iy73-027': 'label',
      // The dead named, not counted: "Abdul Rasheed … and his nephew Usman", "the body of Sepoy
      // Harpreet Singh, who was martyred".
      'iy73-008': 'killed',
      'iy73-077': 'killed',
    },
  },
  {
    file: 'invented-news-163.jsonl',
    misses: {
      // A methodology note on how monitors count a "ceasefire violation".
      'iy83-042': 'label',
    },
  },
  {
    file: 'invented-news-164.jsonl',
    misses: {
      // Shells that hurt no one, told in the fourth paragraph of a school story.
      'iy93-038': 'label',
      // The dead named at their funerals, not counted.
      'iy93-026': 'killed',
    },
  },
  {
    file: 'invented-news-165.jsonl',
    misses: {
      // Peacekeepers shot on the day the Karabakh regime ended, read as after it.
      'iz03-028': 'label',
      // Zangilan (a district that was Karabakh's) for the border, twice.
      'iz03-031': 'region',
      'iz03-033': 'region',
      // A soldier killed beside the dead of the retaliation, told by the other side.
      'iz03-012': 'killed',
    },
  },
  {
    file: 'invented-news-166.jsonl',
    misses: {
      // "the understanding Muscat sponsored", in Arabic, with no ceasefire word.
      'iz13-022': 'label',
      // An officer who "died of his wounds" twenty words after "a government officer"; no one
      // hurt told only as "no damage"; one killed in Arabic told by a noun.
      'iz13-004': 'killed',
      'iz13-021': 'killed',
      'iz13-031': 'killed',
    },
  },
  {
    file: 'invented-news-167.jsonl',
    misses: {
      // A night "the guns were meant to stop" told through a family.
      'iz23-036': 'label',
      // Compensation for homes hit since a truce.
      'iz23-069': 'label',
      // Kramatorsk in a Christmas truce of the wider war, placed in the Donbas.
      'iz23-052': 'region',
      // A wounded soldier who died later, an update of two counts, and bodies recovered.
      'iz23-003': 'killed',
      'iz23-044': 'killed',
      'iz23-046': 'killed',
    },
  },
  {
    file: 'invented-news-168.jsonl',
    misses: {
      // "Mamasapano at 10": an anniversary whose clash "in an area covered by the ceasefire" is
      // retold.
      'iz33-019': 'label',
      // The NPA named in a town of the MILF's zone.
      'iz33-041': 'region',
    },
  },
  {
    file: 'invented-news-169.jsonl',
    misses: {
      // Deaths in a nationwide truce of 2026 the registry does not hold, told with no truce word.
      'iz43-039': 'label',
      'iz43-044': 'label',
      'iz43-073': 'label',
    },
  },
  {
    file: 'invented-news-170.jsonl',
    misses: {
      // A ministry recalling breaches "for almost three decades before 2020", undated: the
      // headline's "pre-2020" is read as the news.
      'iz53-009': 'label',
      // Pokrovsk in 2025 placed in the wider war, as the Donbas is after Minsk.
      'iz53-001': 'region',
      // "eliminate two terrorists"; one killed read beside another strike's.
      'iz53-059': 'killed',
      'iz53-074': 'killed',
    },
  },
  {
    file: 'invented-news-171.jsonl',
    misses: {
      // An anniversary of the pager blasts read as deaths in the truce zone; strikes "since the
      // truce" told in a tourism story.
      'iz63-011': 'label',
      'iz63-029': 'label',
      // Blida, a border village the gazetteer does not hold.
      'iz63-049': 'region',
      // No one hurt, told in French and Arabic or as "no injuries among the peacekeepers"; a
      // day's dead beside the week's.
      'iz63-006': 'killed',
      'iz63-008': 'killed',
      'iz63-068': 'killed',
    },
  },
  {
    file: 'invented-news-172.jsonl',
    misses: {
      // "at least 27 soldiers, including the garrison commander, and an unknown number of
      // civilians": the aside keeps the list from its verb.
      'iz73-066': 'killed',
    },
  },
  {
    file: 'invented-news-173.jsonl',
    misses: {
      // A truce "از میان رفت" (gone) and one "violated" in Persian, and a truce told "over" by
      // both governments, with its end far from its name; breaches raised at talks; a refinery
      // fire and a wartime strike's toll raised months later, read as the truce's.
      'iz83-019': 'label',
      'iz83-065': 'label',
      'iz83-062': 'label',
      'iz83-026': 'label',
      'iz83-056': 'label',
      'iz83-064': 'label',
      // Iranian border provinces in Persian the gazetteer does not hold, and Ilam read as the
      // Afghan border.
      'iz83-031': 'region',
      'iz83-061': 'region',
      'iz83-066': 'region',
      // No one hurt, in Persian; a toll of the collapse's first night beside the next.
      'iz83-038': 'killed',
      'iz83-068': 'killed',
    },
  },
  {
    file: 'invented-news-174.jsonl',
    misses: {
      // Banners that "contravene" the 2008 ceasefire, with no armed word; the South Ossetian
      // security service's account in Russian.
      'iz93-006': 'label',
      'iz93-042': 'label',
      // A second man taken away counted as dead, the dead named and not counted, and no one hurt
      // in Georgian.
      'iz93-051': 'killed',
      'iz93-075': 'killed',
      'iz93-078': 'killed',
    },
  },
  {
    file: 'invented-news-175.jsonl',
    misses: {
      // An army that "ends" a truce under an agreement headline; Ariha and the Kabani hills,
      // undated, with no regime named; shelling "last month" told at a UN aid vote.
      'ja03-011': 'label',
      'ja03-020': 'label',
      'ja03-036': 'label',
      'ja03-047': 'label',
      // "dozens" beside the exact count told later; a Turkish "1 asker şehit"; two shepherds
      // beside a week's dead.
      'ja03-003': 'killed',
      'ja03-008': 'killed',
      'ja03-031': 'killed',
    },
  },
  {
    file: 'invented-news-176.jsonl',
    misses: {
      // Features whose fresh incident comes after paragraphs of scene-setting, past the lead; a
      // truce "that never quite arrived" in a headline read as the truce's news.
      'ja13-020': 'label',
      'ja13-062': 'label',
      'ja13-078': 'label',
      // Each side's count given as a claim and a denial, read as two tolls; a garrison's dead in
      // parts; "more than 400" told as "hundreds".
      'ja13-030': 'killed',
      'ja13-039': 'killed',
      'ja13-047': 'killed',
    },
  },
  {
    file: 'invented-news-177.jsonl',
    misses: {
      // Rathedaung and Mogok deaths, undated, under truces the item names only by "the
      // handover" or not at all; Sagaing beside a Shan truce "that leaves central Myanmar
      // untouched"; a siege of Sittwe whose truce's end is its background.
      'ja23-032': 'label',
      'ja23-033': 'label',
      'ja23-054': 'label',
      'ja23-059': 'label',
    },
  },
  {
    file: 'invented-news-178.jsonl',
    misses: {
      // Remains of a hostage returned "in violation of the agreement", the truce named two
      // sentences on; the Qassam Brigades' delay "بسبب خروقات الاحتلال" (over the occupation's
      // breaches) with no truce word; a Jenin raid "two days after a ceasefire took effect in
      // Gaza".
      'ja33-027': 'label',
      'ja33-033': 'label',
      'ja33-064': 'label',
      // A place of Gaza in Arabic the gazetteer does not hold.
      'ja33-023': 'region',
      // A media office's tally of the dead since the truce; each side's dead told apart.
      'ja33-019': 'killed',
      'ja33-032': 'killed',
      'ja33-038': 'killed',
      'ja33-055': 'killed',
    },
  },
  {
    file: 'invented-news-179.jsonl',
    misses: {
      // A deminer under fire in a disengagement area, undated, with no truce word; a farmer's
      // tractor on an old anti-tank mine, told as "struck an anti-tank mine" in the lead.
      'ja43-035': 'label',
      'ja43-064': 'label',
      // The separatists' and the army's Donbas of 2020–21 in Russian and Ukrainian, undated,
      // placed in the wider war.
      'ja43-033': 'region',
      'ja43-048': 'region',
      // A sniper's one victim beside another's; no one hurt in Ukrainian.
      'ja43-040': 'killed',
      'ja43-072': 'killed',
    },
  },
  {
    file: 'invented-news-180.jsonl',
    misses: {
      // A documentary on truce monitors whose scenes are full of war's words; heights near
      // Parukh taken in 2022, undated, with no truce word.
      'ja53-006': 'label',
      'ja53-065': 'label',
      // Tolls told in parts or as "dozens" beside a count.
      'ja53-018': 'killed',
      'ja53-039': 'killed',
      'ja53-057': 'killed',
    },
  },
  {
    file: 'invented-news-181.jsonl',
    misses: {
      // A Basilan clash undated, the truce named only by "the joint ceasefire committee"; an
      // accusation "of violations" seven words from the ceasefire it names.
      'ja63-047': 'label',
      'ja63-067': 'label',
    },
  },
  {
    file: 'invented-news-182.jsonl',
    misses: {
      // A war's toll told on after the sentence that dates it to the war; a strike weeks after
      // a truce whose description stands between it and its expiry, undated; dead of shelling
      // "that preceded the understanding"; monitors' counts "over those eight years"; a truce
      // "signed in 2002" that "broke down in 2006", undated.
      'ja73-013': 'label',
      'ja73-032': 'label',
      'ja73-051': 'label',
      'ja73-055': 'label',
      'ja73-057': 'label',
      // The dead named and not counted; a wounded man who "died in hospital" in the next
      // sentence; bodies recovered; a side's count revised with no side named; "killing the
      // driver and a 70-year-old woman".
      'ja73-021': 'killed',
      'ja73-022': 'killed',
      'ja73-024': 'killed',
      'ja73-030': 'killed',
      'ja73-034': 'killed',
      'ja73-049': 'killed',
      'ja73-065': 'killed',
      'ja73-075': 'killed',
    },
  },
  {
    file: 'invented-news-183.jsonl',
    misses: {
      // Three killed in an attack "earlier this month", the toll of an earlier event.
      'ja83-076': 'killed',
    },
  },
  {
    file: 'invented-news-184.jsonl',
    misses: {
      // A side's dead told by its name and the other side's by a count; militants "sent to hell".
      'ja93-009': 'killed',
      'ja93-033': 'killed',
    },
  },
  {
    file: 'invented-news-185.jsonl',
    misses: {
      // An attack where the truce with the group was suspended months before, told beside it.
      'jb03-008': 'label',
      // Tolls told by each side and summed again, a killing with no number.
      'jb03-003': 'killed',
      'jb03-012': 'killed',
      'jb03-024': 'killed',
    },
  },
  {
    file: 'invented-news-186.jsonl',
    misses: {
      // Headlines that promise a breach over bodies that look back twenty or six years, a
      // town's notebook "for five years", and a fact check asked as "Truce breached?".
      'jb13-013': 'label',
      'jb13-023': 'label',
      'jb13-040': 'label',
      'jb13-056': 'label',
      // A soldier shot dead told by his name; tolls one short.
      'jb13-001': 'killed',
      'jb13-055': 'killed',
      'jb13-077': 'killed',
    },
  },
  {
    file: 'invented-news-187.jsonl',
    misses: {
      // An old mine, and ammunition depots that caught fire, read as armed incidents.
      'jb23-004': 'label',
      'jb23-014': 'label',
      'jb23-025': 'label',
      // A villager shot, told with no count.
      'jb23-027': 'killed',
    },
  },
  {
    file: 'invented-news-188.jsonl',
    misses: {
      // Fighting that "resumed in November 2023", ending a truce, told in French a year on.
      'jb33-016': 'label',
      // Tolls in Portuguese, Spanish and Italian: four dead told around an aside, a victim with
      // no number, each side's dead in its own sentence, and a truce "of seven days" read as
      // seven dead.
      'jb33-004': 'killed',
      'jb33-032': 'killed',
      'jb33-035': 'killed',
      'jb33-036': 'killed',
    },
  },
  {
    file: 'invented-news-189.jsonl',
    misses: {
      // Peacekeepers killed, told through an apology; a peacekeepers' live-fire drill in
      // Russian; "anti-terror measures" announced in Azerbaijani with no armed word read.
      'jb43-036': 'label',
      'jb43-052': 'label',
      'jb43-077': 'label',
      // A Lachin checkpoint placed in Karabakh; Laçın placed on the border; Khojaly in
      // Azerbaijani not placed.
      'jb43-018': 'region',
      'jb43-063': 'region',
      'jb43-071': 'region',
      // A monitor's month of "two deaths" read as three, an Armenian toll one short, and
      // bulletins' "no casualties" (in Russian, "пострадавших … нет") not read as none.
      'jb43-002': 'killed',
      'jb43-009': 'killed',
      'jb43-055': 'killed',
      'jb43-060': 'killed',
    },
  },
  {
    file: 'invented-news-190.jsonl',
    misses: {
      // A correction that moves the strikes before the truce, dated; quarry blasts "not
      // shelling".
      'jb53-008': 'label',
      'jb53-051': 'label',
      // A ranger's death told without a count; a correction's "wounded, not killed" read as one
      // dead.
      'jb53-019': 'killed',
      'jb53-024': 'killed',
    },
  },
  {
    file: 'invented-news-191.jsonl',
    misses: {
      // A live page's breach of "the understanding" under a headline that tells the truce made.
      'jb63-013': 'label',
    },
  },
  {
    file: 'invented-news-192.jsonl',
    misses: {
      // Donors told that strikes "have continued intermittently since the truce".
      'jb73-026': 'label',
      // Items the label counts as no dead where they say none in Arabic and Hebrew or say
      // nothing; a toll one short.
      'jb73-020': 'killed',
      'jb73-025': 'killed',
      'jb73-067': 'killed',
      'jb73-079': 'killed',
    },
  },
  { file: 'invented-news-193.jsonl', misses: {} },
  {
    file: 'invented-news-194.jsonl',
    misses: {
      // Timelines undated, whose breach entries only a date would set in the past; an
      // hour-by-hour log read under its headline's truce; a one-line log not placed.
      'jc13-035': 'label',
      'jc13-069': 'label',
      'jc13-023': 'region',
      // A three-day diary's dead summed across its days.
      'jc13-060': 'killed',
    },
  },
  {
    file: 'invented-news-195.jsonl',
    misses: {
      // A Karabakh villager shot, undated, with no word of the peacekeepers' regime read.
      'jc23-038': 'label',
      // One dead each, told with no count: a defender a sniper "mortally wounded", a serviceman
      // "fatally wounded" or named as a martyr, a guard "assassinated", a death in a translated
      // bulletin.
      'jc23-007': 'killed',
      'jc23-017': 'killed',
      'jc23-034': 'killed',
      'jc23-048': 'killed',
      'jc23-049': 'killed',
    },
  },
  {
    file: 'invented-news-196.jsonl',
    misses: {
      // Truces named only as an "arrangement" ("the Mitiga arrangement", "the overnight
      // arrangement"); a Karabakh shooting, undated; a retrospective on "the January deal" that
      // "fell apart".
      'jc33-023': 'label',
      'jc33-029': 'label',
      'jc33-036': 'label',
      // Each side's dead told by each side.
      'jc33-030': 'killed',
    },
  },
  {
    file: 'invented-news-197.jsonl',
    misses: {
      // A death at a FARC gathering point the registry's markers do not name; the displaced of
      // Catatumbo told beside a truce suspended, undated; monitors' "possible violations".
      'jc43-004': 'label',
      'jc43-022': 'label',
      'jc43-052': 'label',
      // An indigenous guard's killing told with no count.
      'jc43-026': 'killed',
      'jc43-065': 'killed',
    },
  },
  {
    file: 'invented-news-198.jsonl',
    misses: {
      // A political "ceasefire" declared over under an "Analysis:" title; troops and the MILF
      // hunting a group no truce binds; monitors' finding in a ten-year retrospective; a police
      // raid read as crime.
      'jc53-034': 'label',
      'jc53-044': 'label',
      'jc53-047': 'label',
      'jc53-062': 'label',
      // Abra placed in the MILF's zone.
      'jc53-032': 'region',
      // Tolls in Tagalog and Bisaya, a toll of a past operation, and "no casualties".
      'jc53-017': 'killed',
      'jc53-033': 'killed',
      'jc53-050': 'killed',
      'jc53-060': 'killed',
      'jc53-071': 'killed',
    },
  },
  {
    file: 'invented-news-199.jsonl',
    misses: {
      // Partial truces: a repair zone at a power line, a "safe route" window, a polio pause in
      // one part of Gaza; a MILF clash undated; an attack after a truce was suspended there.
      'jc63-001': 'label',
      'jc63-017': 'label',
      'jc63-039': 'label',
      'jc63-042': 'label',
      'jc63-068': 'label',
      // An officer "shot dead" with no count.
      'jc63-007': 'killed',
    },
  },
  {
    file: 'invented-news-200.jsonl',
    misses: {
      // Deaths told with no count, and "no casualties" in Arabic.
      'jc73-067': 'killed',
      'jc73-073': 'killed',
    },
  },
  {
    file: 'invented-news-201.jsonl',
    misses: {
      // A local repair truce "зірвалося" six words from the truce it names.
      'jc83-011': 'label',
      // Kramatorsk and Mariupol in 2022 and 2023 placed in the Donbas of Minsk.
      'jc83-051': 'region',
      'jc83-066': 'region',
    },
  },
  {
    file: 'invented-news-202.jsonl',
    misses: {
      // The calm of 2006 "cracks" or collapses (in English and Arabic); a protester and
      // villagers under the Blue Line's regime, with no truce word; UNIFIL's count of air
      // violations under resolution 1701, too far from its name.
      'jc93-019': 'label',
      'jc93-050': 'label',
      'jc93-059': 'label',
      'jc93-061': 'label',
      'jc93-064': 'label',
      // The dead told with no count, or counted once too often.
      'jc93-003': 'killed',
      'jc93-010': 'killed',
      'jc93-036': 'killed',
      'jc93-058': 'killed',
    },
  },
  {
    file: 'invented-news-203.jsonl',
    misses: {
      // A Jenin raid the item says the Gaza truce does not cover, in Arabic; police at al-Aqsa
      // and in Nuseirat; a clans' truce in Rahat; a probe into a 2014 bombardment; a "media
      // truce" between factions; a farmer shot, undated and untitled.
      'jd03-020': 'label',
      'jd03-024': 'label',
      'jd03-025': 'label',
      'jd03-039': 'label',
      'jd03-043': 'label',
      'jd03-044': 'label',
      'jd03-051': 'label',
      // A youth shot "north of the Strip", in Arabic, not placed.
      'jd03-017': 'region',
      // Items that say no one was hurt, in three languages, read as no count; a toll two short.
      'jd03-029': 'killed',
      'jd03-031': 'killed',
      'jd03-041': 'killed',
      'jd03-053': 'killed',
      'jd03-068': 'killed',
      'jd03-075': 'killed',
    },
  },
  {
    file: 'invented-news-204.jsonl',
    misses: {
      // A denial of a plan to quit the truce; rights "violations" against protesters; a claim
      // of fire "not confirmed and withdrawn".
      'jd13-002': 'label',
      'jd13-023': 'label',
      'jd13-069': 'label',
    },
  },
  {
    file: 'invented-news-205.jsonl',
    misses: {
      // Drivers killed on a road an invented 2026 truce protects, with no truce word.
      'jd23-060': 'label',
      // A death in Arabic told with no count.
      'jd23-012': 'killed',
    },
  },
  {
    file: 'invented-news-206.jsonl',
    misses: {
      // Militias no truce binds fighting the army, read under the M23's truce; a town taken "the
      // day after" the rebels' own ceasefire, with no armed word read.
      'jd33-025': 'label',
      'jd33-077': 'label',
      // Tolls in French and Swahili not read.
      'jd33-011': 'killed',
      'jd33-035': 'killed',
      'jd33-056': 'killed',
      'jd33-057': 'killed',
      'jd33-062': 'killed',
      'jd33-067': 'killed',
    },
  },
  {
    file: 'invented-news-207.jsonl',
    misses: {},
  },
  {
    file: 'invented-news-208.jsonl',
    misses: {
      // A crossing reopened and a UN toll of past fighting read as news; Levies killed in
      // cross-border fire and Kunar shelled in Pashto, with no truce word.
      'jd53-024': 'label',
      'jd53-042': 'label',
      'jd53-059': 'label',
      'jd53-080': 'label',
      // Tolls counted twice across sides or sentences, and one in Pashto not read.
      'jd53-035': 'killed',
      'jd53-067': 'killed',
    },
  },
  {
    file: 'invented-news-209.jsonl',
    misses: {
      // Tripoli's armed groups named as outsiders only in a later sentence; Sabha, named as
      // India's upper house is, for no zone.
      'jd63-012': 'label',
      'jd63-025': 'region',
      // No casualties in monitors' counts read as no word of the toll; a side's dead and the
      // dead of an earlier clash summed.
      'jd63-004': 'killed',
      'jd63-013': 'killed',
      'jd63-022': 'killed',
      'jd63-033': 'killed',
      'jd63-046': 'killed',
    },
  },
  {
    file: 'invented-news-210.jsonl',
    misses: {
      // Firing "despite the understanding … to stop all firing", with no ceasefire word.
      'jd73-053': 'label',
      // A soldier martyred in Hindi, with no count; the Border Security Force and the BSF
      // counted as two sides; tolls of several posts.
      'jd73-013': 'killed',
      'jd73-042': 'killed',
      'jd73-062': 'killed',
      'jd73-068': 'killed',
    },
  },
  {
    file: 'invented-news-211.jsonl',
    misses: {
      // Show notes, a newsletter and a commentary whose headline tells of a truce declared or in
      // force, and the breach in the sentences after.
      'jd83-002': 'label',
      'jd83-005': 'label',
      'jd83-011': 'label',
      // Retrospectives with no date ("remembering", a deployment's bulletins), a truce that
      // "survived its violations", a call for a truce, and a collapse the writer denies in the
      // next sentence ("It is not.").
      'jd83-042': 'label',
      'jd83-051': 'label',
      'jd83-052': 'label',
      'jd83-054': 'label',
      'jd83-058': 'label',
      // "The third serviceman to die this month": the month's toll.
      'jd83-013': 'killed',
    },
  },
  {
    file: 'invented-news-212.jsonl',
    misses: {
      // Rival government-aligned forces, outside the truce with the Houthis.
      'jd93-039': 'label',
      // Each side's dead in Arabic, counted in part.
      'jd93-019': 'killed',
    },
  },
  {
    file: 'invented-news-213.jsonl',
    misses: {
      // A "peace deal in ruins", with no ceasefire word.
      'je03-041': 'label',
      // Tolls given by each side and restated, and one in Arabic told past the lead.
      'je03-003': 'killed',
      'je03-004': 'killed',
      'je03-038': 'killed',
      'je03-071': 'killed',
    },
  },
  {
    file: 'invented-news-214.jsonl',
    misses: {
      // A breach of "the agreement" over hostages' remains, with no truce named; Hamas's
      // executions inside Gaza; bodies recovered since the truce began, in Arabic.
      'je13-042': 'label',
      'je13-059': 'label',
      'je13-061': 'label',
      // A media office's tally, and tolls in parts.
      'je13-028': 'killed',
      'je13-034': 'killed',
      'je13-046': 'killed',
    },
  },
  {
    file: 'invented-news-215.jsonl',
    misses: {
      // An elders' truce in Amharic whose collapse is told five words from it.
      'je23-038': 'label',
      // Twelve civilians killed, told in Tigrinya number words.
      'je23-053': 'killed',
    },
  },
  {
    file: 'invented-news-216.jsonl',
    misses: {
      // An anniversary of a collapse whose night's dead are told as the news.
      'je33-022': 'label',
      // "There were no reports of injuries": no reports, read as no word of the toll.
      'je33-010': 'killed',
    },
  },
  {
    file: 'invented-news-217.jsonl',
    misses: {
      // A truce "that held less than an hour" and one "in fact wrecked" a clause after it, in
      // Russian; a monitor's yearly count read as a year's history.
      'je43-018': 'label',
      'je43-062': 'label',
      // Tegh beside the Lachin road, placed in Karabakh.
      'je43-037': 'region',
      // Each side's dead told apart, and an earlier clash's dead beside them.
      'je43-016': 'killed',
      'je43-045': 'killed',
    },
  },
  {
    file: 'invented-news-218.jsonl',
    misses: {
      // No one hurt, told in Burmese.
      'je53-030': 'killed',
    },
  },
  {
    file: 'invented-news-219.jsonl',
    misses: {
      // A month-old shooting told as the reason for a budget, and a truce announced after clashes
      // whose dead the headline tells.
      'je63-026': 'label',
      'je63-037': 'label',
      // Tolls built across sentences: each side's dead told by its own officials, a wounded
      // victim who died later, a toll revised during the day, victims named one by one, and a
      // total broken down that is read twice.
      'je63-008': 'killed',
      'je63-013': 'killed',
      'je63-016': 'killed',
      'je63-020': 'killed',
      'je63-028': 'killed',
      'je63-034': 'killed',
      'je63-038': 'killed',
      'je63-046': 'killed',
      'je63-051': 'killed',
      'je63-056': 'killed',
      'je63-061': 'killed',
      'je63-062': 'killed',
      'je63-064': 'killed',
      'je63-070': 'killed',
      'je63-071': 'killed',
      'je63-078': 'killed',
    },
  },
  {
    file: 'invented-news-220.jsonl',
    misses: {
      // Talks that recall the army's October accusation, months before.
      'je73-077': 'label',
      // Tolls told in Filipino.
      'je73-053': 'killed',
      'je73-075': 'killed',
    },
  },
  {
    file: 'invented-news-221.jsonl',
    misses: {
      // An "understanding" violated, with no ceasefire word; an undated Arabic post of an
      // "elimination" in south Lebanon; a 2019 video debunked in Ukrainian, read as news.
      'je83-041': 'label',
      'je83-065': 'label',
      'je83-048': 'label',
      // Tolls told with no count, in Armenian and by name.
      'je83-026': 'killed',
      'je83-032': 'killed',
      'je83-037': 'killed',
    },
  },
  {
    file: 'invented-news-222.jsonl',
    misses: {
      // Israel's strikes on Sanaa beside the Houthis that the Yemen truce binds; a shooting the
      // police tie to no politics; a blast heard in Tehran hours into the truce, in Persian.
      'je93-015': 'label',
      'je93-028': 'label',
      'je93-063': 'label',
      // A Persian collapse told of "the Zionist regime", named by no place.
      'je93-035': 'region',
      // Missiles intercepted (none killed) and tolls in Hebrew and Persian; a drone attack's
      // dead of an earlier night.
      'je93-005': 'killed',
      'je93-025': 'killed',
      'je93-027': 'killed',
      'je93-034': 'killed',
      'je93-064': 'killed',
      'je93-077': 'killed',
    },
  },
  {
    file: 'invented-news-223.jsonl',
    misses: {
      // A Black Sea arrangement declared "void", with no other word of its end.
      'jf03-064': 'label',
      // The Donbas under Minsk and the wider war told apart by dates alone.
      'jf03-008': 'region',
      'jf03-010': 'region',
      'jf03-052': 'region',
      'jf03-062': 'region',
      // No one hurt, in Ukrainian.
      'jf03-061': 'killed',
    },
  },
  {
    file: 'invented-news-224.jsonl',
    misses: {
      // Atotsi, a village by the line the gazetteer lacks.
      'jf13-042': 'region',
      // Tolls in Tamil and Sinhala, and a death told in a village's burning.
      'jf13-053': 'killed',
      'jf13-058': 'killed',
      'jf13-071': 'killed',
      'jf13-072': 'killed',
    },
  },
  {
    file: 'invented-news-225.jsonl',
    misses: {
      // A collapse told in an analysis; a truce the Israeli army "declared … over"; an army's
      // positions taken "since the November ceasefire" beside rocket launchers dismantled.
      'jf23-004': 'label',
      'jf23-062': 'label',
      'jf23-059': 'label',
      // An Arabic army statement naming no place of the zone.
      'jf23-053': 'region',
    },
  },
  {
    file: 'invented-news-226.jsonl',
    misses: {
      // A "72-hour window" of an arrangement, with no ceasefire word.
      'jf33-036': 'label',
      // Tolls told in parts, and a collapse's dead past the lead.
      'jf33-048': 'killed',
      'jf33-055': 'killed',
    },
  },
  {
    file: 'invented-news-227.jsonl',
    misses: {
      // Shelling before two armies "agree to halt fire", undated; a school's anniversary whose
      // spring shooting is told as the news.
      'jf43-010': 'label',
      'jf43-026': 'label',
    },
  },
  {
    file: 'invented-news-228.jsonl',
    misses: {
      // An "agreement" (सहमति) broken with no ceasefire word, in Hindi; Angoor Adda's clash,
      // undated, with no regime named; a truce "ended" (ختم) in Urdu with the clashes after it.
      'jf53-025': 'label',
      'jf53-051': 'label',
      'jf53-058': 'label',
      // Hindi reports of the Afghan border placed by no town the gazetteer holds.
      'jf53-004': 'region',
      'jf53-017': 'region',
      // Tolls in Hindi and none hurt.
      'jf53-021': 'killed',
      'jf53-038': 'killed',
      'jf53-054': 'killed',
      'jf53-055': 'killed',
      'jf53-071': 'killed',
    },
  },
  {
    file: 'invented-news-229.jsonl',
    misses: {
      // An old mine stepped on, told in Thai.
      'jf63-027': 'label',
      // Tolls in Khmer and Thai, none hurt among them, and a soldier's death beside a truce
      // said to be over.
      'jf63-008': 'killed',
      'jf63-023': 'killed',
      'jf63-026': 'killed',
      'jf63-055': 'killed',
      'jf63-064': 'killed',
    },
  },
  {
    file: 'invented-news-230.jsonl',
    misses: {
      // A truce that "ends" as a battle resumes, under a headline of its making.
      'jf73-006': 'label',
      // Each side's dead counted again beside the whole.
      'jf73-010': 'killed',
    },
  },
  {
    file: 'invented-news-231.jsonl',
    misses: {
      // Digests whose breach is one item among several under a headline of truces made or talks,
      // and whose truces "after" which a drone struck, or that collapsed months before, are read
      // as the news.
      'jf83-051': 'label',
      'jf83-054': 'label',
      'jf83-074': 'label',
      'jf83-067': 'label',
    },
  },
  {
    file: 'invented-news-232.jsonl',
    misses: {
      // Memoirs, inquiries, hearings and debates that recall breaches of years past with no date
      // of their own: "in the winter of 2019", a truce "shattered in March 2025" in one quote and
      // broken "whenever" in another, towns "shelled for years".
      'jf93-015': 'label',
      'jf93-026': 'label',
      'jf93-031': 'label',
      'jf93-033': 'label',
      'jf93-055': 'label',
      // A year's dead of the suspended truce read as the day's.
      'jf93-023': 'killed',
    },
  },
  {
    file: 'invented-news-233.jsonl',
    misses: {
      // Two armed groups' clash in Zawiya, in Arabic, read under Libya's truce.
      'jg03-073': 'label',
      // Tolls told in Swahili and Arabic number words.
      'jg03-002': 'killed',
      'jg03-005': 'killed',
      'jg03-008': 'killed',
      'jg03-019': 'killed',
    },
  },
  {
    file: 'invented-news-234.jsonl',
    misses: {
      // A statement on Farukh answering Russia's, in Azerbaijani; a repair crew shot, under a
      // crime headline; the situation "sharply escalated" with no word of the truce's end.
      'jg13-014': 'label',
      'jg13-017': 'label',
      'jg13-033': 'label',
      // Lachin and its road, read as the border's, and an Armenian post naming no place.
      'jg13-002': 'region',
      'jg13-025': 'region',
      'jg13-034': 'region',
      // No losses, in Azerbaijani and Armenian.
      'jg13-043': 'killed',
      'jg13-052': 'killed',
      'jg13-068': 'killed',
    },
  },
  {
    file: 'invented-news-235.jsonl',
    misses: {
      // A headline of a "ceasefire panel" probing a clash, with no regime named; fighting
      // resuming "as 24-hour truce ends", which may be an end on schedule or a collapse.
      'jg23-037': 'label',
      'jg23-058': 'label',
      // A headline's one dead, told as "a soldier".
      'jg23-039': 'killed',
    },
  },
  {
    file: 'invented-news-236.jsonl',
    misses: {
      // Spanish: a killing "pese al cese" with the Clan del Golfo, whom the registry names as
      // outsiders; a soldier killed "en medio del cese" of the ELN's; undated clashes under
      // verification mechanisms the registry does not name; a tenth anniversary, and a
      // dissident attack after the truce, read as news.
      'jg33-006': 'label',
      'jg33-009': 'label',
      'jg33-023': 'label',
      'jg33-052': 'label',
      'jg33-004': 'label',
      'jg33-019': 'label',
      'jg33-027': 'region',
      // Tolls in Spanish: one killed, or none.
      'jg33-014': 'killed',
      'jg33-015': 'killed',
      'jg33-025': 'killed',
      'jg33-051': 'killed',
      'jg33-064': 'killed',
      'jg33-072': 'killed',
      'jg33-073': 'killed',
    },
  },
  {
    file: 'invented-news-237.jsonl',
    misses: {
      // A toll told across sentences ("The gunman was also killed").
      'jg43-026': 'killed',
      // An undated explainer whose headline asks why the last truce broke down, its history
      // told under headings of month and year.
      'jg43-071': 'label',
    },
  },
  {
    file: 'invented-news-238.jsonl',
    misses: {
      // Ukrainian front directions the gazetteer does not name; undated, Horlivka's Easter
      // strike placed in the Donbas, whose truces ended before the war that succeeded them.
      'jg53-010': 'region',
      'jg53-016': 'region',
      // A repair zone around the nuclear plant, a local arrangement the registry does not hold.
      'jg53-048': 'label',
    },
  },
  {
    file: 'invented-news-239.jsonl',
    misses: {
      // "violated the arrangement" far from the truce it names; "despite the understanding" the
      // armies reached, with no ceasefire word; a UN report's figures "inconsistent with" the
      // arrangement, under a headline of the arrangement taking effect.
      'jg63-025': 'label',
      'jg63-051': 'label',
      'jg63-064': 'label',
    },
  },
  {
    file: 'invented-news-240.jsonl',
    misses: {
      // No one hurt "on our side" and a monthly count of violations: none read as none killed.
      'jg73-015': 'killed',
      'jg73-052': 'killed',
      // Undated: a villager's quote on the 2003 ceasefire "and its unravelling" read as news.
      'jg73-074': 'label',
    },
  },
  {
    file: 'invented-news-241.jsonl',
    misses: {
      // A commander's death confirmed again in a sentence of its own; each side's dead given by
      // its own services (Lebanon's ministry, Israel's ambulance service), not summed.
      'jg83-028': 'killed',
      'jg83-031': 'killed',
      'jg83-035': 'killed',
    },
  },
  {
    file: 'invented-news-242.jsonl',
    misses: {
      // Undated, a truce the registry does not hold, named only as an "arrangement" (in Arabic
      // "الترتيبات"); an advance "despite" a truce told with no armed word.
      'jg93-007': 'label',
      'jg93-022': 'label',
      'jg93-030': 'label',
      'jg93-035': 'label',
    },
  },
  {
    file: 'invented-news-243.jsonl',
    misses: {
      // Each side's dead given by its own officials, one of them not by a country's name (an
      // ombudsman, a prosecutor's office, the SPLM/A-IO, a "people's militia").
      'jh03-033': 'killed',
      'jh03-059': 'killed',
      'jh03-061': 'killed',
    },
  },
  {
    file: 'invented-news-244.jsonl',
    misses: {},
  },
  {
    file: 'invented-news-245.jsonl',
    misses: {
      // Arabic: the dead "since the agreement was announced" and before it took effect, bodies
      // recovered since the truce began, breaches told with no truce word ("خروقات الاحتلال
      // للاتفاق", the occupation's breaches of the agreement), and a deal Netanyahu "turned
      // against"; Hebrew: a truce "postponed" (נדחתה) and a poll that recalls last October's
      // attack.
      'jh23-001': 'label',
      'jh23-034': 'label',
      'jh23-047': 'label',
      'jh23-051': 'label',
      'jh23-061': 'label',
      'jh23-067': 'label',
      'jh23-074': 'label',
      // Tolls in parts across sentences, a running total beside a fisherman's death, and a
      // rocket that hurt no one.
      'jh23-025': 'killed',
      'jh23-042': 'killed',
      'jh23-060': 'killed',
      'jh23-063': 'killed',
    },
  },
  {
    file: 'invented-news-246.jsonl',
    misses: {
      // An explainer whose breach is told the morning after the truce, with no word tying them;
      // an explainer headed by the truce's terms, its breach "last night".
      'jh33-009': 'label',
      'jh33-042': 'label',
      // Tolls: a count beside "despite the March ceasefire", a teacher's obituary, and a day's
      // toll told in parts.
      'jh33-053': 'killed',
      'jh33-058': 'killed',
      'jh33-063': 'killed',
    },
  },
  {
    file: 'invented-news-247.jsonl',
    misses: {
      // A Khmer charge that names no place of the registry; a Thai villager on an old mine and
      // a Khmer border committee's meeting that recalls past breaches, read as news.
      'jh43-022': 'region',
      'jh43-056': 'label',
      'jh43-067': 'label',
    },
  },
  {
    file: 'invented-news-248.jsonl',
    misses: {
      // Clips called "Iran breaking the truce" filmed before it began, and online claims of a
      // strike and a truce "over" that officials put down to a gas leak; an Indian army
      // sources' charge with no ceasefire word.
      'jh53-045': 'label',
      'jh53-046': 'label',
      'jh53-077': 'label',
    },
  },
  {
    file: 'invented-news-249.jsonl',
    misses: {
      // Rival pro-government forces fighting each other in Shabwa, read as fighting under the
      // truce.
      'jh63-018': 'label',
    },
  },
  {
    file: 'invented-news-250.jsonl',
    misses: {
      // Local truces the registry does not hold (a social council's deal, an elders' agreement,
      // the Presidential Council's separation force), named with no truce word; a political
      // truce over the central bank; militia fighting and drone strikes on smugglers read as
      // fighting under the 2020 ceasefire.
      'jh73-022': 'label',
      'jh73-045': 'label',
      'jh73-055': 'label',
      'jh73-061': 'label',
      'jh73-038': 'label',
      'jh73-042': 'label',
      'jh73-071': 'label',
      // Sabratha, which the gazetteer does not name.
      'jh73-004': 'region',
      // Tolls: "none hurt" beside counts of breaches, Arabic "one of" the gate's members and
      // other Arabic tolls without a number word, and a running total beside one killed.
      'jh73-002': 'killed',
      'jh73-011': 'killed',
      'jh73-014': 'killed',
      'jh73-015': 'killed',
      'jh73-028': 'killed',
      'jh73-029': 'killed',
      'jh73-075': 'killed',
    },
  },
  {
    file: 'invented-news-251.jsonl',
    misses: {
      // An advance, a capture or an entry into a town "despite" a truce, told with no armed
      // word; a French "mettant un terme au" truce by an entry into Bukavu; fighting "malgré la
      // déclaration de principes", whose truce word comes a clause later.
      'jh83-018': 'label',
      'jh83-019': 'label',
      'jh83-024': 'label',
      'jh83-030': 'label',
      // An accusation's toll beside an earlier one.
      'jh83-023': 'killed',
    },
  },
  {
    file: 'invented-news-252.jsonl',
    misses: {
      // A shell in a town reopened "after the Doha agreement … ended October's fighting" (the
      // agreement as the fighting's end, not as the truce in force); a district the gazetteer
      // does not name.
      'jh93-022': 'label',
      'jh93-056': 'label',
      // A "sector" of the Zhob border read as the Line of Control; a count of breaches that
      // names no place.
      'jh93-020': 'region',
      'jh93-063': 'region',
      // Tolls given per side in separate sentences, an air strike's dead in Dari, and a
      // "no civilian casualties" claim beside the other side's count.
      'jh93-008': 'killed',
      'jh93-024': 'killed',
      'jh93-036': 'killed',
      'jh93-067': 'killed',
    },
  },
  {
    file: 'invented-news-253.jsonl',
    misses: {
      // A monitor's tally whose dead are given beside the count of attacks; a drone strike in
      // a township the gazetteer does not name, undated.
      'ji03-003': 'killed',
      'ji03-046': 'label',
    },
  },
  {
    file: 'invented-news-254.jsonl',
    misses: {
      // Undated: zones and truces the registry does not hold (a location zone, a truce agreed in
      // Doha, a decree's suspension of operations), named with no truce word; a feed entry with
      // no title on a truce "ended" by the president.
      'ji13-018': 'label',
      'ji13-035': 'label',
      'ji13-040': 'label',
      'ji13-068': 'label',
      // Tolls: a soldier and a fighter named past a long aside, a unilateral truce's end beside
      // an earlier toll, a death "less than a month before the truce is due to expire", and
      // three wounded with no word of deaths.
      'ji13-005': 'killed',
      'ji13-056': 'killed',
      'ji13-058': 'killed',
      'ji13-065': 'killed',
    },
  },
  {
    file: 'invented-news-255.jsonl',
    misses: {
      // A monitors' yearly count told in its own year; the MILF's own fighters routing the
      // BIFF, no party of the truce against another.
      'ji23-022': 'label',
      'ji23-057': 'label',
      // An ambush of both truces' names (the NPA's and the MILF's) placed under the MILF's.
      'ji23-041': 'region',
      // Tolls in Filipino and Bisaya headlines ("Duha ka sundalo patay", "44 tauhan ng SAF,
      // patay"), which no count pattern of those languages reads.
      'ji23-010': 'killed',
      'ji23-013': 'killed',
      'ji23-052': 'killed',
      'ji23-060': 'killed',
      'ji23-075': 'killed',
      'ji23-080': 'killed',
    },
  },
  {
    file: 'invented-news-256.jsonl',
    misses: {
      // A toll of two, then the same two told one by one.
      'ji33-074': 'killed',
    },
  },
  {
    file: 'invented-news-257.jsonl',
    misses: {
      // A killing "last June" recalled at talks, "called a breach … at the time" a year on, a
      // Georgian memorial of the 2008 bombing, and Russian live-fire drills: the past or no
      // fire at anyone, read as news; a raid from the Abkhaz side on a village the gazetteer
      // does not name.
      'ji43-003': 'label',
      'ji43-018': 'label',
      'ji43-046': 'label',
      'ji43-067': 'label',
      'ji43-024': 'label',
      // Villages of the boundary line the gazetteer does not name.
      'ji43-023': 'region',
      'ji43-077': 'region',
      // Tolls in Georgian and Russian, most "no one hurt", which the label counts as none
      // killed.
      'ji43-004': 'killed',
      'ji43-005': 'killed',
      'ji43-039': 'killed',
      'ji43-068': 'killed',
      'ji43-069': 'killed',
      'ji43-080': 'killed',
    },
  },
  {
    file: 'invented-news-258.jsonl',
    misses: {
      // A car bomb in Karaj no one ties to the truce, read under it.
      'ji53-050': 'label',
      // Iranian provinces and cities the gazetteer does not name (Gilan, Kermanshah), and a
      // Persian statement naming none.
      'ji53-004': 'region',
      'ji53-061': 'region',
      'ji53-075': 'region',
      // Each side's dead told apart.
      'ji53-060': 'killed',
    },
  },
  {
    file: 'invented-news-259.jsonl',
    misses: {
      // A liaison officer "shot dead" told by his post, and a rights office's count of the dead
      // told after its count of attacks.
      'ji63-026': 'killed',
      'ji63-034': 'killed',
    },
  },
  {
    file: 'invented-news-260.jsonl',
    misses: {
      // NAS attacks no one ties to a truce, an ambush of drivers, and the White Army's march on
      // Pibor: violence of holdouts, bandits and youths read under the 2018 agreement.
      'ji73-019': 'label',
      'ji73-048': 'label',
      'ji73-057': 'label',
      // Tolls: rival factions' dead told in parts, monitors' count of a month's dead, and a
      // count of the dead beside the wounded.
      'ji73-012': 'killed',
      'ji73-066': 'killed',
      'ji73-073': 'killed',
    },
  },
];

const classifier = loadDefaultClassifier();

function readItems(file: string): LabeledItem[] {
  return readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabeledItem);
}

/** What the verdict gets wrong, the label first. */
function missOf(item: LabeledItem, verdict: Verdict): Miss | null {
  if (verdict.label !== item.label) return 'label';
  if (item.label !== 'violation') return null;
  if (verdict.region !== item.region) return 'region';
  if (item.killed !== null && verdict.killed !== item.killed) return 'killed';
  return null;
}

describe.each(SETS)('invented news items of $file', ({ file, misses }) => {
  const items = readItems(file);

  it('holds both labels and every kind', () => {
    const kinds = new Set(items.map((item) => `${item.label}/${item.kind}`));
    expect(items.length).toBeGreaterThanOrEqual(80);
    for (const kind of [
      'violation/explicit',
      'violation/implicit',
      'violation/collapse',
      'other/hard-negative',
      'other/negative',
    ]) {
      expect(kinds).toContain(kind);
    }
  });

  it.each(items.map((item) => [`${item.id} (${item.label}, ${item.kind})`, item] as const))(
    '%s',
    (_name, item) => {
      const verdict = classifier.classify({
        title: item.title,
        text: item.text,
        published: item.published,
      });
      const summary = JSON.stringify({
        label: verdict.label,
        region: verdict.region,
        killed: verdict.killed,
        rules: verdict.rules,
        evidence: verdict.evidence,
      });
      expect(missOf(item, verdict), summary).toBe(misses[item.id] ?? null);
    },
  );
});
