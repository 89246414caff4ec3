// The classifier against invented items: every form of LABELING.md's "violation" and "other",
// page boilerplate, broken encodings, and items shaped like the five seed articles.
import { describe, expect, it } from 'vitest';
import type { ClassifyInput } from '../../functions/core/classify/classifier.js';
import { loadDefaultClassifier } from '../../functions/core/classify/default-classifier.js';
import type { Verdict } from '../../functions/core/model.js';

const classifier = loadDefaultClassifier();

function classify(input: Partial<ClassifyInput> & { text: string }): Verdict {
  return classifier.classify({ title: null, ...input });
}

function expectViolation(verdict: Verdict): void {
  expect(verdict.label, JSON.stringify(verdict, null, 1)).toBe('violation');
}

function expectOther(verdict: Verdict): void {
  expect(verdict.label, JSON.stringify(verdict, null, 1)).toBe('other');
}

describe('violation forms', () => {
  it('armed action despite a ceasefire', () => {
    const verdict = classify({
      title: 'Shelling hits frontline town despite truce',
      text: 'Artillery fire struck the town of Horlivka on Tuesday despite the ceasefire agreed last week, local officials said.\nNo one was hurt, they added.',
      published: '2019-05-14',
    });
    expectViolation(verdict);
    expect(verdict.rules).toContain('armed-action-despite-truce');
    expect(verdict.region).toBe('Donbas');
    expect(verdict.incidentDate).toBe('2019-05-14');
  });

  it('armed action in violation of a ceasefire', () => {
    const verdict = classify({
      title: null,
      text: 'Government troops fired mortar rounds at rebel positions near Malakal in violation of the cessation of hostilities, the monitoring body said on Friday.',
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('South Sudan');
  });

  it('an accusation that a party violated the ceasefire', () => {
    const verdict = classify({
      title: 'Army accuses rebels of violating truce',
      text: 'The army on Sunday accused the rebels of violating the holiday ceasefire by attacking a patrol base in Surigao del Sur. One soldier was wounded in the firefight, a spokesman said.',
      published: '2017-12-26T08:00:00Z',
    });
    expectViolation(verdict);
    expect(verdict.rules).toContain('explicit-breach-word');
    expect(verdict.region).toBe('Philippines/NPA');
    expect(verdict.injured).toBe(1);
    expect(verdict.incidentDate).toBe('2017-12-24');
    expect(verdict.evidence[0]).toMatch(/accuse/);
  });

  it('an official statement that a party broke the ceasefire', () => {
    const verdict = classify({
      title: null,
      text: "Russia's defence ministry said on Wednesday that Azerbaijani forces broke the ceasefire near Lachin, killing one soldier of the Karabakh army.",
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('Nagorno-Karabakh');
    expect(verdict.killed).toBe(1);
    expect(verdict.severity).toBe('high');
  });

  it("monitors' counts of violations", () => {
    const verdict = classify({
      title: 'Monitors record 617 ceasefire violations in the east',
      text: 'International monitors recorded 617 ceasefire violations in the Donetsk region over the weekend, including 40 explosions, their daily report said.',
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('Donbas');
    expect(verdict.severity).toBe('low');
  });

  it('a ceasefire collapsing as fighting resumes', () => {
    const verdict = classify({
      title: 'Truce collapses as air strikes hit Gaza City',
      text: 'A two-month ceasefire collapsed early on Tuesday as warplanes carried out dozens of air strikes across Gaza City and Khan Younis, killing at least 90 people, health officials said.',
      published: '2025-03-18',
    });
    expectViolation(verdict);
    expect(verdict.rules).toContain('truce-collapsed');
    expect(verdict.region).toBe('Gaza');
    expect(verdict.killed).toBe(90);
    expect(verdict.severity).toBe('critical');
    expect(verdict.places).toEqual(expect.arrayContaining(['gaza city', 'khan younis']));
  });

  it('a ceasefire declared over because fighting resumed', () => {
    const verdict = classify({
      title: 'Holiday truce ends as fighting resumes around the capital',
      text: 'The three-day holiday truce ended on Monday as fighting resumed on the southern edge of Tripoli, officials of the Tripoli government said.',
      published: '2019-08-13',
    });
    expectViolation(verdict);
    expect(verdict.rules).toContain('truce-ended-fighting-resumed');
    expect(verdict.region).toBe('Libya');
  });

  it('a ceasefire suspended after an attack', () => {
    const verdict = classify({
      title: null,
      text: 'The government suspended the bilateral ceasefire with the dissident faction in Cauca after its fighters killed four teenagers, the president announced on Monday.',
      published: '2023-05-22',
    });
    expectViolation(verdict);
    expect(verdict.rules).toContain('truce-suspended');
    expect(verdict.region).toBe('Colombia');
    expect(verdict.killed).toBe(4);
  });

  it('an armed incident with casualties where the item names the regime, not the word ceasefire', () => {
    const verdict = classify({
      title: 'Two villagers killed in shelling along the Line of Control',
      text: 'Two villagers were killed and five wounded when mortar shells landed in Mendhar sector of Poonch district on Saturday, officials said.',
    });
    expectViolation(verdict);
    expect(verdict.rules).toEqual(['armed-incident-in-truce-zone']);
    expect(verdict.region).toBe('Kashmir LoC');
    expect(verdict.killed).toBe(2);
    expect(verdict.injured).toBe(5);
  });

  it('an undated armed incident where the item names the agreement by where it was signed', () => {
    const verdict = classify({
      title: 'Mortar round kills two boys in Zabid',
      text: 'Two boys were killed when a mortar round hit their street in Zabid on Sunday, a doctor said.\n\nThe UN mission set up to support the agreement signed in Stockholm said it was looking into the report.',
    });
    expectViolation(verdict);
    expect(verdict.rules).toEqual(['armed-incident-in-truce-zone']);
    expect(verdict.region).toBe('Yemen Hodeidah');
    expect(verdict.killed).toBe(2);
  });

  it('an armed incident with casualties in a zone whose regime is in force on the published date', () => {
    const verdict = classify({
      title: 'Sniper kills soldier near Avdiivka',
      text: 'A Ukrainian soldier was killed by sniper fire near Avdiivka on Thursday, the military said.',
      published: '2019-07-12',
    });
    expectViolation(verdict);
    expect(verdict.rules).toContain('armed-incident-in-truce-zone');
    expect(verdict.killed).toBe(1);
  });

  it('a killing despite a truce whose start the headline recalls after the news', () => {
    const verdict = classify({
      title:
        'Army fire killed two herders near Rafah on Monday, despite the truce that took effect in the spring',
      text: 'Relatives said the two men were grazing sheep when they were hit.',
      published: '2026-03-03',
    });
    expectViolation(verdict);
    expect(verdict.rules).toContain('armed-action-despite-truce');
    expect(verdict.rules).not.toContain('agreement-headline');
    expect(verdict.killed).toBe(2);
    expect(verdict.incidentDate).toBe('2026-03-02');
  });

  it('people killed by fire a party is named for, in a zone whose regime is in force', () => {
    const verdict = classify({
      title: null,
      text: 'Three people were killed by Israeli fire in Khan Younis on Friday, the local hospital said.',
      published: '2026-11-20',
    });
    expectViolation(verdict);
    expect(verdict.rules).toContain('armed-incident-in-truce-zone');
    expect(verdict.region).toBe('Gaza');
    expect(verdict.killed).toBe(3);
  });
});

describe('who the truce binds, and where', () => {
  it('does not put a strike outside a one-province truce under it, in the months it held', () => {
    const inShan = classify({
      title: 'Air strike on a village near Lashio kills four',
      text: 'A military jet bombed a village near Lashio on Thursday, killing four civilians, residents said.',
      published: '2024-05-16',
    });
    expectViolation(inShan);
    expect(inShan.region).toBe('Myanmar');
    const elsewhere = classify({
      title: 'Air strike on a village in Magway kills four',
      text: 'A military jet bombed a village in Magway region on Thursday, killing four civilians, residents said.',
      published: '2024-05-16',
    });
    expectOther(elsewhere);
  });

  it('reads the Jammu border’s sectors, the BSF and the Rangers in Hindi', () => {
    const verdict = classify({
      title: null,
      text: 'सांबा जिले के रामगढ़ सेक्टर में बुधवार देर रात पाकिस्तान रेंजर्स की गोलीबारी में बीएसएफ का एक हेड कांस्टेबल शहीद हो गया। बीएसएफ ने कहा कि संघर्षविराम के बावजूद रेंजर्स ने भारतीय चौकियों को निशाना बनाया।',
      published: '2023-11-09',
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('Kashmir LoC');
    expect(verdict.killed).toBe(1);
  });

  it('names the Gaza deal by its yellow line in Arabic, undated', () => {
    const verdict = classify({
      title: null,
      text: 'استشهد ثلاثة مواطنين بنيران قوات الاحتلال قرب الخط الأصفر شرقي جباليا شمال قطاع غزة.',
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('Gaza');
    expect(verdict.killed).toBe(3);
  });

  it('reads an Armenian ministry’s "no violations were recorded", after its full stop, as none', () => {
    expectOther(
      classify({
        title: null,
        text: 'Պաշտպանության նախարարության մամուլի քարտուղարը հայտնել է, որ անցած շաբաթվա ընթացքում հայ-ադրբեջանական սահմանի ողջ երկայնքով հրադադարի ռեժիմի խախտումներ չեն արձանագրվել։',
      }),
    );
  });

  it('reads a soldier’s death the army says no enemy fire caused as no breach', () => {
    expectOther(
      classify({
        title: 'Conscript dies of gunshot wound at border post; ministry rules out enemy fire',
        text: "A conscript was found with a fatal gunshot wound at a combat post in the Tavush province on Friday morning, Armenia's defence ministry said, stressing that the death was not the result of fire from the Azerbaijani side.",
        published: '2024-07-19',
      }),
    );
  });

  it('reads "diplomacy has not yet led to any truce" in Arabic as no truce in force', () => {
    expectOther(
      classify({
        title: null,
        text: 'قُتل 17 فلسطينيًا على الأقل في غارات إسرائيلية على قطاع غزة. وتأتي الغارات في الشهر العاشر من الحرب، في وقت لم يفض فيه الحراك الدبلوماسي بعد إلى أي هدنة.',
        published: '2024-07-16',
      }),
    );
  });

  it('reads a breach of an "open-ended" truce as a breach, not the truce’s end', () => {
    const verdict = classify({
      title: 'Ukraine reports first breach of open-ended Donbas truce',
      text: "Ukraine's military said on Wednesday that Russia-backed forces had broken the new open-ended ceasefire by firing on its positions near Shumy.",
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('Donbas');
  });

  it.each([
    'Путин поручил войскам на Донбассе быть готовыми отразить возможные нарушения перемирия.',
    'Заходи на Донбасі передбачають заборону застосування безпілотників і дисциплінарну відповідальність за порушення режиму тиші.',
  ])('reads violations an order prepares for or a rule punishes as none: %s', (text) => {
    expectOther(classify({ title: null, text }));
  });

  it('reads a death "despite the truce then in force" as history', () => {
    expectOther(
      classify({
        title: 'Memorial plaque unveiled for marine killed near Shumy',
        text: 'Andriy was killed in March 2021 near Shumy in Donetsk region by mortar fire, despite the truce then in force.',
      }),
    );
  });

  it('reads accusations the neighbours "spent years" trading as history', () => {
    expectOther(
      classify({
        text: 'The two armies spent years trading accusations of ceasefire violations along the border, with shelling on both sides.',
      }),
    );
  });

  it('reads what a translated statement "reminds" of as history', () => {
    expectOther(
      classify({
        text: 'We remind that in September 2022 the armed forces violated the ceasefire and attacked positions near the border.',
      }),
    );
  });

  it('reads a breach the government "at the time called" one as history', () => {
    expectOther(
      classify({
        text: 'The clash, which the government at the time called a serious violation of the ceasefire, nearly broke down the talks.',
      }),
    );
  });

  it("reads strikes by a state a zone's truce does not bind as none of its breaches, and only there", () => {
    const published = '2025-07-21T10:00:00Z';
    expectOther(
      classify({
        text: 'Israeli jets struck the port of Hodeidah on Monday, killing three workers, in retaliation for a Houthi missile launch.',
        published,
      }),
    );
    expectViolation(
      classify({
        text: 'An Israeli drone struck a car in Khan Younis on Tuesday, killing two men, in the first Israeli strike since the Egyptian-mediated ceasefire came into force.',
        published,
      }),
    );
  });

  it('reads a notice that withdraws a story as no news', () => {
    expectOther(
      classify({
        title: 'WITHDRAWN-Tank fire kills three in Gaza despite truce',
        text: 'EDITORS: Please withdraw the story headlined "Tank fire kills three in Gaza despite truce". The story wrongly dated an incident of last week, before the ceasefire took effect. There will be no substitute story.',
      }),
    );
    expectOther(
      classify({
        title: 'Tank fire kills three in Gaza despite truce',
        text: 'Please kill this story. Tank fire killed three people in Gaza on Monday despite the truce, the story said; the incident took place before the ceasefire.',
      }),
    );
  });

  it('reads the end of a truce as fighting resumes, in French', () => {
    const verdict = classify({
      title: null,
      text: "L'armée israélienne a repris vendredi matin ses opérations dans la bande de Gaza, mettant fin à une trêve de sept jours ; les bombardements reprennent sur Khan Younès.",
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('Gaza');
  });

  it.each([
    [
      "Un habitant d'un village proche de Martouni a été tué par des tirs alors qu'il travaillait dans ses champs. Le secteur se trouve dans la zone de responsabilité du contingent russe de maintien de la paix déployé en vertu de la déclaration tripartite.",
      'Nagorno-Karabakh',
    ],
    [
      'Ein georgischer Landwirt ist an der Verwaltungsgrenzlinie zu Südossetien erschossen worden. Die EU-Beobachtermission bestätigte den Vorfall.',
      'Georgia / South Ossetia',
    ],
    [
      'დვანთან, ოკუპაციის ხაზის მახლობლად, ადგილობრივი მცხოვრები ცეცხლსასროლი იარაღით მოკლეს.',
      'Georgia / South Ossetia',
    ],
  ])('reads a regime named in French, German or Georgian, undated: %s', (text, region) => {
    const verdict = classify({ title: null, text });
    expectViolation(verdict);
    expect(verdict.region).toBe(region);
  });

  it('reads Dari firing and mortars, and "a ceasefire that" as a ceasefire', () => {
    const despite = classify({
      title: null,
      text: 'مقام‌های محلی در ولایت کندهار می‌گویند که نیروهای پاکستانی روز پنجشنبه با وجود آتش‌بسی که ماه گذشته در دوحه توافق شد، بر اسپین‌بولدک شلیک کردند و چهار غیرنظامی کشته شدند.',
    });
    expectViolation(despite);
    expect(despite.killed).toBe(4);
    const mortars = classify({
      title: null,
      text: 'مقام‌های محلی در ننگرهار می‌گویند که روز دوشنبه چند گلوله خمپاره که از سوی نیروهای پاکستانی از آن سوی خط دیورند شلیک شده بود در گوشته فرود آمد و دو غیرنظامی کشته شدند.',
      published: '2026-01-26',
    });
    expectViolation(mortars);
    expect(mortars.region).toBe('Afghanistan-Pakistan border');
  });

  it('names Lebanon’s 2024 arrangement in French, undated', () => {
    const verdict = classify({
      title: null,
      text: "Un homme a été tué par des tirs israéliens mardi à la périphérie de Mais al-Jabal, au Liban-Sud. Le village se trouve au sud du Litani, dans la zone où l'armée libanaise se déploie en vertu de l'arrangement du 27 novembre 2024.",
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('Lebanon');
  });

  it('reads a wanted man killed in a police raid, in Arabic, as crime', () => {
    expectOther(
      classify({
        title: 'مقتل مطلوب وإصابة عنصرين من قوى الأمن في اشتباك بطرابلس',
        text: 'قتل مطلوب بجرائم عدة وأصيب عنصران من قوى الأمن الداخلي في اشتباك مسلح خلال مداهمة في طرابلس شمال لبنان.',
        published: '2025-05-10',
      }),
    );
  });

  it('reads a shepherd killed by a submunition, in French, as an accident', () => {
    expectOther(
      classify({
        title: null,
        text: "Un berger a été tué mardi par l'explosion d'une sous-munition près de Khiam, au Liban-Sud, selon l'armée libanaise.",
        published: '2025-03-04',
      }),
    );
  });

  it('reads a clash between feuding clans as no breach', () => {
    expectOther(
      classify({
        title: 'Four dead as feuding clans clash in Lanao del Sur town',
        text: 'Four people were killed as two feuding clans exchanged fire in a town in Lanao del Sur on Sunday, police said.',
        published: '2025-03-02',
      }),
    );
  });

  it('reads mediators pressing for a new pause as no truce in force, undated', () => {
    expectOther(
      classify({
        title: null,
        text: 'Israeli air strikes killed at least 30 Palestinians in Rafah and Khan Younis, health officials said, as Egypt and Qatar pressed for a new pause in the fighting.',
      }),
    );
  });

  it('puts a clash the FARC truce’s monitors report under it, in the months it held', () => {
    const text =
      'Two FARC fighters were killed on Wednesday in a clash with army troops in the south of Bolívar, the Monitoring and Verification Mechanism said.';
    const verdict = classify({ title: null, text, published: '2016-11-17' });
    expectViolation(verdict);
    expect(verdict.region).toBe('Colombia');
    expectOther(classify({ title: null, text, published: '2015-11-17' }));
    expectOther(classify({ title: null, text, published: '2019-11-17' }));
  });

  it('still puts a strike anywhere in the country under a nationwide truce', () => {
    const verdict = classify({
      title: 'Air strike on a village in Magway kills four',
      text: 'A military jet bombed a village in Magway region on Thursday, killing four civilians, residents said.',
      published: '2025-04-20',
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('Myanmar');
  });

  it('does not read an encounter with militants as fire between the armies of the Line of Control', () => {
    const verdict = classify({
      title: 'Two militants killed in encounter in Kupwara',
      text: 'Two militants were killed in a gunfight with security forces near the Line of Control in Kupwara on Monday, police said.',
      published: '2025-06-02',
    });
    expectOther(verdict);
  });

  it('does not read infiltrators or militants killed along the Line of Control as fire between the armies', () => {
    for (const text of [
      'Two terrorists were killed as troops foiled an infiltration bid along the Line of Control in the Keran sector of Kupwara on Friday, the Army said.',
      'Five soldiers were killed when militants ambushed an Army truck near the Line of Control in Rajouri on Thursday, officials said.',
    ]) {
      expectOther(classify({ title: null, text, published: '2024-06-14' }));
    }
  });

  it('does not read an operation against militants near the Afghan border as fire between the two states', () => {
    const verdict = classify({
      title: 'Nine terrorists killed in intelligence-based operation in Kurram',
      text: 'Security forces killed nine terrorists in an intelligence-based operation in the upper Kurram district on Tuesday, the military said.',
      published: '2026-02-10',
    });
    expectOther(verdict);
  });

  it('reads the collapse of a local truce in Zawiya as news from Libya', () => {
    const verdict = classify({
      title: 'Zawiya truce collapses as clashes resume; four dead',
      text: 'A truce in the western city of Zawiya collapsed on Monday night when fighting broke out again near the market, killing four people, local officials said.',
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('Libya');
  });

  it('reads a French headline saying the truce did not survive the fighting as its collapse', () => {
    const verdict = classify({
      title: "Soudan : la trêve n'a pas résisté aux combats à Khartoum",
      text: "Les médiateurs ont suspendu les pourparlers jeudi. Des tirs d'artillerie ont visé le sud de la capitale, selon des habitants.",
      published: '2023-06-01',
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('Sudan');
  });

  it('reads deadly clashes near Syrte and Hodeïda, as French spells them, as news from their truce zones', () => {
    const verdict = classify({
      title: 'Accrochage meurtrier près de Syrte',
      text: "Deux combattants ont été tués mercredi lors d'un accrochage entre deux patrouilles rivales au sud de Syrte, selon des sources militaires.",
      published: '2021-09-15',
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('Libya');
    const hodeidah = classify({
      title: 'Hodeïda : deux civils tués dans une embuscade',
      text: "Deux civils ont été tués mardi dans une embuscade sur la route côtière au sud d'Hodeïda, où la mission de l'ONU surveille l'accord de Stockholm.",
      published: '2020-03-10',
    });
    expectViolation(hodeidah);
    expect(hodeidah.region).toBe('Yemen Hodeidah');
  });

  it('reads breaches a Spanish or Italian piece tells of past years as history', () => {
    expectOther(
      classify({
        title: 'Qué fueron los acuerdos de Minsk',
        text: 'Durante siete años, los acuerdos de Minsk fueron la hoja de ruta para el este de Ucrania. A lo largo de los años, los observadores registraron miles de violaciones del alto el fuego.',
      }),
    );
    expectOther(
      classify({
        title: 'Karabakh, completato il ritiro delle forze di pace',
        text: 'Il contingente ha completato il ritiro dalla regione. Negli anni successivi alla guerra si erano susseguiti episodi di violazione della tregua lungo la linea di contatto.',
        published: '2024-06-12',
      }),
    );
    expectOther(
      classify({
        title: 'Dos años de calma en la Línea de Control',
        text: 'El alto el fuego entre India y Pakistán resiste desde hace dos años. En 2020, el ejército registró más de cinco mil violaciones del alto el fuego en la Línea de Control.',
        published: '2023-02-25',
      }),
    );
  });

  it('reads mortar and artillery fire told in Italian as armed action despite a truce', () => {
    const verdict = classify({
      title: 'Tregua di Natale, colpi di mortaio sul villaggio',
      text: 'Nonostante il cessate il fuoco proclamato per le feste, le artiglierie hanno continuato a colpire il villaggio di confine. Un uomo di 60 anni è rimasto ucciso nel cortile di casa.',
      published: '2023-01-07',
    });
    expectViolation(verdict);
    expect(verdict.killed).toBe(1);
  });

  it('reads bursts of gunfire as armed action, and gusts of wind as none, in Spanish and Italian', () => {
    const published = '2025-11-20';
    expectViolation(
      classify({
        title: null,
        text: 'Ráfagas de disparos en Jan Yunis pese a la tregua.',
        published,
      }),
    );
    expectOther(
      classify({
        title: null,
        text: 'Ráfagas de viento de 90 km/h azotan las tiendas de Gaza pese a la tregua.',
        published,
      }),
    );
    expectOther(
      classify({
        title: null,
        text: 'Raffiche di vento a 90 km/h sulle tende di Gaza nonostante la tregua.',
        published,
      }),
    );
  });

  it('reads the Idlib de-escalation zone, the Karabakh peacekeepers and the Stockholm agreement named in Spanish or Italian as their regimes', () => {
    const idlib = classify({
      title: 'Tres muertos por bombardeos en el sur de Idlib',
      text: 'Tres civiles murieron este lunes en bombardeos de artillería contra Kansafra. La zona forma parte del área de desescalada fijada en Moscú.',
    });
    expectViolation(idlib);
    expect(idlib.region).toBe('Idlib');
    const karabakh = classify({
      title: 'Muere un soldado por disparos en Karabaj',
      text: 'Un soldado murió este miércoles por disparos cerca de Martakert. El contingente ruso de mantenimiento de la paz, desplegado en virtud de la declaración trilateral, investiga el incidente.',
    });
    expectViolation(karabakh);
    expect(karabakh.region).toBe('Nagorno-Karabakh');
    const hodeidah = classify({
      title: 'Hodeidah, tre civili uccisi da colpi di mortaio',
      text: "Tre civili sono stati uccisi da colpi di mortaio su un mercato nel distretto di Hays. La missione dell'ONU che sostiene l'accordo di Stoccolma ha chiesto alle parti di fermarsi.",
    });
    expectViolation(hodeidah);
    expect(hodeidah.region).toBe('Yemen Hodeidah');
  });

  it('places Iran and Khartoum as Spanish spells them', () => {
    const iran = classify({
      title: 'Irán niega haber violado el alto el fuego con Israel',
      text: 'Las Fuerzas Armadas iraníes negaron haber disparado misiles contra Israel después de la entrada en vigor del alto el fuego.',
    });
    expectViolation(iran);
    expect(iran.region).toBe('Israel-Iran');
    const sudan = classify({
      title: 'Combates en Jartum pese a la tregua',
      text: 'Vecinos de Jartum informaron de disparos de artillería durante la noche, pese a la entrada en vigor del alto el fuego negociado en Yeda.',
      published: '2023-05-23',
    });
    expectViolation(sudan);
    expect(sudan.region).toBe('Sudan');
  });

  it('reads an accusation of breaching the border understanding as a breach', () => {
    const verdict = classify({
      title: 'India says Pakistan breached border understanding within hours',
      text: 'India on Saturday night accused Pakistan of repeatedly breaching the understanding the two militaries had reached only hours earlier, citing blasts in several districts of Jammu.',
      published: '2025-05-10',
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('Kashmir LoC');
  });

  it('does not read a clash of armed groups backing rival governments in Tripoli as a breach of the truce between east and west', () => {
    const verdict = classify({
      title: 'Rival forces clash in Tripoli; 20 dead',
      text: 'At least 20 people were killed in fighting between forces backing the two rival prime ministers in Tripoli on Saturday, the health ministry said.',
      published: '2022-08-28',
    });
    expectOther(verdict);
  });

  it('still reads a raid by Pakistani regulars with militants, under cover of fire, as fire between the armies', () => {
    const verdict = classify({
      title: null,
      text: 'The Army foiled a Border Action Team raid along the Line of Control in the Keran sector, killing two Pakistani regulars accompanied by terrorists, a spokesman said on Sunday.',
      published: '2018-07-22',
    });
    expectViolation(verdict);
  });

  it('does not read an attack by a group no truce binds as a breach of the truce of its zone', () => {
    const verdict = classify({
      title: 'ADF fighters attack village in North Kivu',
      text: 'Fighters of the Allied Democratic Forces attacked a village near Beni in North Kivu on Sunday, killing nine people, local officials said.',
      published: '2025-08-10',
    });
    expectOther(verdict);
  });

  it('does not read infighting between the armed groups of a city as the truce between east and west', () => {
    const verdict = classify({
      title: 'Three dead as armed groups clash in Tripoli',
      text: 'TRIPOLI - Three people were killed overnight in clashes between two armed groups in the Abu Salim district of Tripoli, the emergency medicine centre said.',
      published: '2024-06-12',
    });
    expectOther(verdict);
  });

  it('still reads the breach of a truce between those armed groups as a breach', () => {
    const verdict = classify({
      title: 'Clashes in Tripoli break day-old truce; three dead',
      text: 'TRIPOLI - Three people were killed overnight when two armed groups broke the truce agreed a day earlier in the Abu Salim district of Tripoli, the emergency medicine centre said.',
      published: '2024-06-12',
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('Libya');
  });

  it('still reads fire between the parties in the same zone as a breach', () => {
    const verdict = classify({
      title: 'M23 and army clash in North Kivu',
      text: 'Four soldiers were killed when M23 fighters attacked an army position near Masisi in North Kivu on Sunday, local officials said.',
      published: '2025-08-10',
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('DR Congo/M23');
  });

  it('with no date, reads a strike told beside calls for a truce as fighting where none is in force', () => {
    const item = {
      title: 'Drone strike kills two in Bint Jbeil as envoys press for a ceasefire',
      text: 'A drone struck a car in Bint Jbeil, killing two men, the health ministry said. Diplomats recalled Resolution 1701 as they pushed for a truce.',
    };
    expectOther(classify(item));
    // With a date, the registry says whether a truce held on it.
    expectViolation(classify({ ...item, published: '2025-03-10' }));
    expectOther(classify({ ...item, published: '2024-10-10' }));
  });

  it('with no date, reads a clash told beside a holiday truce that no one declared as fighting where none is', () => {
    const verdict = classify({
      title: 'Soldiers and rebels clash in Samar',
      text: 'Two New People’s Army rebels were killed in a clash with soldiers in Las Navas, Northern Samar, the army said. Neither side declared a Christmas ceasefire this year.',
    });
    expectOther(verdict);
    const declared = classify({
      title: 'Soldiers and rebels clash in Samar',
      text: 'Two New People’s Army rebels were killed in a clash with soldiers in Las Navas, Northern Samar, the army said, days after both sides declared a Christmas ceasefire.',
    });
    expectViolation(declared);
  });

  it('with no date, reads a strike reported to the committee that oversees the Lebanon truce under the truce', () => {
    const verdict = classify({
      title: 'Drone strike kills man near Khiam',
      text: 'A drone strike on a car near Khiam killed one man on Thursday, Lebanon’s health ministry said. The army said it had informed the five-nation mechanism that oversees the November 2024 arrangement.',
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('Lebanon');
  });

  it('with no date, reads shelling beside "no ceasefire has been in force since" past truces as fighting where none is', () => {
    const verdict = classify({
      title: 'Report: siege of El Fasher starved and shelled civilians',
      text: 'The Rapid Support Forces shelled markets and hospitals in El Fasher, killing hundreds of civilians, the report said. No ceasefire has been in force in Sudan since the short-lived Jeddah truces of mid-2023.',
    });
    expectOther(verdict);
  });
});

describe('deaths and wounds no party to the truce caused', () => {
  it('reads an old shell found in a field as an accident', () => {
    const verdict = classify({
      title: 'Farmer injured as old mortar shell explodes near Poonch',
      text: 'A farmer was injured when an unexploded mortar shell went off while he was ploughing his field near Poonch on Thursday, police said. The shell was a remnant of shelling years ago.',
      published: '2023-06-09',
    });
    expectOther(verdict);
  });

  it('reads "no one was injured" as no casualties', () => {
    const verdict = classify({
      title: 'Army engineers remove unexploded rockets from a Sirte orchard',
      text: 'SIRTE - Army engineers on Wednesday removed four unexploded rockets found by a farmer in an orchard south of Sirte. No one was injured.',
      published: '2022-03-09',
    });
    expectOther(verdict);
  });

  it('reads a family dispute and celebratory gunfire as crime', () => {
    for (const [title, text] of [
      [
        'Two dead as family dispute turns violent in Khan Younis',
        'KHAN YOUNIS - Two men were killed and five wounded on Sunday night in a shootout in the Bani Suheila area, police in Gaza said.',
      ],
      [
        'Boy wounded by celebratory gunfire at wedding in Nabatieh',
        'NABATIEH - A boy was wounded by a stray bullet fired into the air at a wedding in Nabatieh on Saturday, security sources said.',
      ],
    ] as const) {
      const verdict = classify({ title, text, published: '2025-11-10' });
      expectOther(verdict);
      expect(verdict.rules).toContain('crime-headline');
    }
  });

  it('reads a shootout with an armed gang as crime, wherever the headline leads', () => {
    const verdict = classify({
      title: 'Security advisory: Tripoli, November 2021',
      text: "Criminal incidents have increased in Tripoli's western districts.\n\nOn 17 November, two men were killed in a shootout between guards and an armed gang that tried to rob a currency exchange office in Janzour.",
      published: '2021-11-20',
    });
    expectOther(verdict);
  });

  it('reads deaths of a tsunami or an epidemic in a truce zone as no breach, and not as its toll', () => {
    const verdict = classify({
      title: 'Situation Report No. 2: tsunami on the east coast',
      text: 'The tsunami of 26 December struck almost the entire coast, including Batticaloa and Jaffna, where the ceasefire monitors have offices. Government figures put the death toll at more than 21,000.',
      published: '2004-12-28',
    });
    expectOther(verdict);
  });

  it('reads intercommunal violence as no breach of the peace deal', () => {
    const verdict = classify({
      title: 'Flash Update on intercommunal violence in Jonglei',
      text: 'Armed youth from one county attacked cattle camps in a neighbouring area of Jonglei on 9 February, killing at least 27 people, according to local authorities.',
      published: '2024-02-12',
    });
    expectOther(verdict);
  });

  it('reads deaths in an avalanche on a forward post as no breach', () => {
    const verdict = classify({
      title: 'Two porters, one soldier die as avalanche hits forward post in Machil',
      text: 'KUPWARA - A soldier and two civilian porters were killed when an avalanche struck a forward post in the Machil sector along the Line of Control on Thursday night, a defence spokesperson said.',
      published: '2023-01-13',
    });
    expectOther(verdict);
  });

  it('does not read a raid in the West Bank as a breach of a Gaza truce', () => {
    const verdict = classify({
      title: 'Three killed as troops storm Jenin camp',
      text: 'JENIN - Three Palestinians were killed and 20 wounded as Israeli forces raided the Jenin refugee camp with drones and bulldozers on Wednesday, the health ministry said. The Gaza ceasefire agreed in January does not cover the West Bank.',
      published: '2025-02-05',
    });
    expectOther(verdict);
  });

  it('does not read violence since a truce "which does not cover the territory" as action since it', () => {
    const verdict = classify({
      title: 'Two killed in raid on Tulkarm camp',
      text: 'TULKARM - Two Palestinians were killed during an Israeli raid on the Nur Shams camp on Monday, medics said. Raids in the West Bank have gone on since the Gaza ceasefire, which does not cover the territory.',
    });
    expectOther(verdict);
  });

  it('reads police shooting two men at a checkpoint in a truce zone as law enforcement', () => {
    const verdict = classify({
      title: 'Police shoot dead two men at Juba checkpoint',
      text: 'Two men were shot dead by police at a checkpoint in Juba late on Saturday, relatives said. Police said the car had failed to stop.',
      published: '2024-10-13',
    });
    expectOther(verdict);
  });

  it('reads a breach called "the latest in a series of incidents in recent months" as news', () => {
    const verdict = classify({
      title: 'Three killed in shelling of border district',
      text: 'Three civilians were killed by artillery fire on the border district on Thursday, local health officials said. The rebels called the shelling a breach of the truce and said it was the latest in a series of incidents along the border in recent months.',
      published: '2024-03-14',
    });
    expect(verdict.rules).toContain('explicit-breach-word');
    expectViolation(verdict);
  });

  it('reads a memorial "a year to the day after" the shells as remembrance', () => {
    const verdict = classify({
      title: 'A year after the shells: the town remembers its dead',
      text: 'POONCH, May 7 — A year to the day after Pakistani shells killed more than a dozen people in Poonch town, families gathered at a new memorial wall near the district hospital. Relatives lit lamps as the deputy commissioner read out each name.',
      published: '2026-05-07',
    });
    expectOther(verdict);
  });

  it('reads a breach of the truce a sentence names, told as "breaking it"', () => {
    const verdict = classify({
      title: 'Explosions strain the truce hours after it began',
      text: 'A ceasefire between the two countries came under strain within hours of taking effect on Saturday, with each side accusing the other of breaking it as explosions echoed over the valley.',
    });
    expect(verdict.rules).toContain('explicit-breach-word');
  });

  it('reads a wanted man killed in a shootout with police in a truce zone as crime', () => {
    const verdict = classify({
      title: 'Wanted man killed in shootout with police in Cotabato City',
      text: 'A man wanted for murder was killed in a shootout with police serving an arrest warrant in Cotabato City on Monday, police said.',
      published: '2025-07-15',
    });
    expectOther(verdict);
  });

  it('reads a raid on a drug gang in a truce zone as crime', () => {
    const verdict = classify({
      title: 'Two gunmen killed as army raids drug dealer’s hideout in Baalbek',
      text: 'Two gunmen were killed and a soldier wounded on Friday when the Lebanese army raided the hideout of a wanted drug dealer in Baalbek, the army said.',
      published: '2025-08-08',
    });
    expectOther(verdict);
  });

  it('does not read raids told after the name of a place no truce covers as action since the truce', () => {
    const verdict = classify({
      title: 'Three killed as troops storm Jenin camp',
      text: 'JENIN - Three Palestinians were killed as Israeli forces raided the Jenin refugee camp on Wednesday, the health ministry said. The operation comes three days after the Gaza truce took effect; that agreement does not cover the West Bank, where Israeli raids and armed clashes have continued throughout.',
      published: '2025-01-22',
    });
    expectOther(verdict);
  });

  it('does not date fighting by the day a war began ("since Sunday")', () => {
    const verdict = classify({
      title: 'Third day of battles around Martakert',
      text: 'Heavy fighting continued around Martakert on Tuesday. The defence ministry listed dozens of its servicemen killed since Sunday, when the offensive began.',
      published: '2020-09-29',
    });
    expectOther(verdict);
  });

  it('reads a shell fragment as armed action', () => {
    const verdict = classify({
      title: 'Woman killed by shell fragment in Horlivka; OSCE monitors visit scene',
      text: 'A 52-year-old woman died after a shell fragment hit her in the yard of her house in Horlivka, the OSCE monitors said in their daily report.',
      published: '2019-08-07',
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('Donbas');
    expect(verdict.killed).toBe(1);
  });

  it('reads an army truck off the road as an accident, though soldiers died', () => {
    const verdict = classify({
      title: 'Three soldiers killed as Army truck skids into gorge in Mendhar',
      text: 'POONCH - Three soldiers were killed and two injured when their truck skidded off the road and fell into a gorge near the Line of Control in Mendhar on Saturday, officials said.',
      published: '2023-12-02',
    });
    expectOther(verdict);
  });

  it('reads troops killing people as armed action in a truce zone', () => {
    const verdict = classify({
      title: 'Israeli fire kills 22 as Lebanese try to return to border villages',
      text: "TYRE, Lebanon - Israeli troops killed 22 people and wounded more than 120 on Sunday as crowds tried to return to villages in the far south, Lebanon's health ministry said.",
      published: '2025-01-26',
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('Lebanon');
    expect(verdict.killed).toBe(22);
  });

  it('reads an item whose only action is troops killing people, with no armed word at all', () => {
    const verdict = classify({
      title: 'Three killed in Beit Lahia after approaching troops, army says',
      text: 'Israeli troops killed three Palestinians in Beit Lahia on Thursday who the army said had crossed the yellow line and approached soldiers.',
      published: '2025-11-20',
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('Gaza');
    expect(verdict.killed).toBe(3);
  });

  it('reads truce efforts that collapsed as no truce collapsing', () => {
    const verdict = classify({
      title: 'Paramilitaries overrun camp as conference meets on Sudan',
      text: 'Paramilitary fighters overran the camp on Sunday, killing more than 100 people, aid groups said. Past truce efforts collapsed as both sides pursued battlefield gains.',
      published: '2025-04-13',
    });
    expectOther(verdict);
  });

  it('reads a court case over the victims of shelling years ago as history', () => {
    const verdict = classify({
      title: 'Court seeks report on compensation for victims of 2018 Poonch shelling',
      text: 'JAMMU - The High Court directed the government to report within four weeks on a petition by families of civilians killed in ceasefire violations in the Shahpur belt of Poonch in 2018.',
      published: '2022-08-30',
    });
    expectOther(verdict);
  });

  it('reads fire from a side’s positions as armed action', () => {
    const verdict = classify({
      title: 'Soldier killed near Martuni; peacekeepers investigating',
      text: 'A soldier was killed by fire from Azerbaijani positions near Martuni on Sunday, the defence ministry said. The Russian peacekeeping command said it was investigating.',
      published: '2022-02-27',
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('Nagorno-Karabakh');
    expect(verdict.killed).toBe(1);
  });
});

describe('in other words and other languages', () => {
  it('reads a clash with a party as a breach though the troops were pursuing an outsider', () => {
    const verdict = classify({
      title: 'Five killed as army troops and MILF fighters clash in Basilan',
      text: 'ZAMBOANGA CITY - Three soldiers and two members of the Moro Islamic Liberation Front were killed in a firefight in Basilan on Tuesday after an army unit pursuing Abu Sayyaf remnants entered an MILF community, officials said. Joint peace-and-security teams were sent to separate the two sides.',
      published: '2023-11-14',
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('Philippines/MILF');
    expect(verdict.killed).toBe(5);
  });

  it('reads strikes the truce ended, many words after "ended", as no action since it', () => {
    const verdict = classify({
      title: 'Ceasefire holds into third week as airports reopen',
      text: 'Three weeks after the ceasefire that ended 12 days of Israeli and Iranian strikes, no launches have been reported by either side.',
      published: '2025-07-15',
    });
    expectOther(verdict);
  });

  it('reads a methane blast in a coal mine as an accident', () => {
    const verdict = classify({
      title: 'Four miners killed in methane blast at Donetsk region coal mine',
      text: 'Four miners were killed in a methane explosion at a coal mine near Horlivka on Tuesday, officials said.',
      published: '2019-06-11',
    });
    expectOther(verdict);
  });

  it('reads unexploded shells and dismantled ones as accidents in French and Russian', () => {
    for (const [title, text, published] of [
      [
        "Khiam : deux enfants tués par l'explosion d'un obus non explosé",
        "Deux enfants ont été tués samedi à Khiam par l'explosion d'un obus non explosé qu'ils avaient trouvé dans un champ.",
        '2025-03-08',
      ],
      [
        'Под Горловкой погибли двое подростков',
        'Двое подростков погибли на окраине Горловки, когда взорвался артиллерийский снаряд, который они пытались разобрать.',
        '2019-05-11',
      ],
    ] as const) {
      expectOther(classify({ title, text, published }));
    }
  });

  it('reads herders fighting over cattle as crime, in Italian', () => {
    const verdict = classify({
      title: 'Sud Sudan, scontri tra allevatori nel Jonglei per il bestiame: almeno venti morti',
      text: 'Almeno venti persone sono state uccise negli scontri tra allevatori di villaggi rivali nel Jonglei, hanno detto le autorità locali.',
      published: '2024-02-12',
    });
    expectOther(verdict);
  });

  it('with no date, reads the Idlib and Hodeidah agreements named in Turkish and Arabic', () => {
    const idlib = classify({
      title: 'İdlib’de karakola saldırı: 1 asker şehit',
      text: 'İdlib Gerginliği Azaltma Bölgesi’ndeki bir karakola rejim mevzilerinden açılan ateşte 1 asker şehit oldu, 2 asker yaralandı. Saldırı, Moskova Mutabakatı’nın uygulandığı bölgede gerçekleşti.',
    });
    expectViolation(idlib);
    expect(idlib.region).toBe('Idlib');
    const hodeidah = classify({
      title: 'مقتل مدنيين بقذيفة في الحديدة',
      text: 'قُتل مدنيان وأصيب ثلاثة آخرون جراء سقوط قذيفة على حي سكني في مدينة الحديدة، بحسب مصادر طبية. وتقع المدينة ضمن نطاق اتفاق ستوكهولم الذي تشرف على تنفيذه أونمها.',
    });
    expectViolation(hodeidah);
    expect(hodeidah.region).toBe('Yemen Hodeidah');
  });

  it('reads an energy-strike moratorium in Ukrainian and a sniper in Italian', () => {
    expectViolation(
      classify({
        title: 'Міненерго: Росія порушила мораторій на удари по енергетиці',
        text: 'Міністерство енергетики заявило, що російський дрон пошкодив підстанцію, порушивши мораторій на удари по енергетиці.',
        published: '2025-03-28',
      }),
    );
    const sniper = classify({
      title: 'Kashmir, cecchino lungo la Linea di Controllo: ucciso un soldato indiano',
      text: 'Un soldato indiano è stato ucciso da un cecchino pakistano nel settore di Poonch, ha detto l’esercito.',
      published: '2021-06-10',
    });
    expectViolation(sniper);
    expect(sniper.region).toBe('Kashmir LoC');
  });
});

describe('claims about truces that are over, and claims checked', () => {
  it('does not read breaches of a ceasefire that has expired as a breach of one in force', () => {
    const verdict = classify({
      title: 'Negotiators review the record of the bilateral ceasefire',
      text: 'CARACAS - Negotiators for the government and the rebels met on Tuesday to review alleged breaches of the bilateral ceasefire that expired in August, each presenting lists of incidents from the past year.',
      published: '2024-10-08',
    });
    expectOther(verdict);
  });

  it('reads a fact check of an old video as no breach', () => {
    const verdict = classify({
      title: "Fact check: video of 'strike during Gaza ceasefire' is from 2021",
      text: 'A video shared online as showing an Israeli air strike in Khan Younis since the ceasefire took effect was filmed during the 2021 war, a review of the footage found.',
      published: '2025-02-03',
    });
    expectOther(verdict);
  });

  it('reads the end of a truce dated weeks before as the story’s past', () => {
    const verdict = classify({
      title: 'Soldiers and rebels clash in Samar after holiday truce lapses',
      text: 'Government troops and rebels clashed in Northern Samar on Wednesday, the army said. Offensive operations resumed when the truce lapsed on January 7.',
      published: '2020-01-15',
    });
    expectOther(verdict);
  });

  it('reads a truce said to have collapsed "after two days of fighting" as news of the collapse', () => {
    const verdict = classify({
      title: 'Fighting spreads in the hills west of the lake',
      text: 'The rebel movement said on Sunday that the truce agreed with the government last month had collapsed, after three days of fighting in the hills west of the lake.',
      published: '2025-06-08',
    });
    expectViolation(verdict);
  });

  it('reads accusations of breaches "over the summer" that stalled talks as their past', () => {
    const verdict = classify({
      title: 'Talks on the return of the displaced resume in the capital',
      text: 'Negotiators for the government and the rebels resumed talks on Monday on the return of displaced people. The talks had stalled over the summer, when each side accused the other of violating the truce in the hills.',
    });
    expectOther(verdict);
  });

  it('does not read "what was broken" as a truce broken since it began', () => {
    const verdict = classify({
      title: 'The border towns rebuild',
      text: 'Four weeks after the ceasefire, crews on both sides of the border are using the pause to repair what was broken.',
    });
    expect(verdict.rules).not.toContain('armed-action-since-truce');
  });

  it('reads a collapse told as the time since which fighting goes on as no collapse', () => {
    const verdict = classify({
      title: 'Rebels accuse the army of bombing villages as the war spreads south',
      text: 'Rebels accused the army of bombing villages in South Kivu on Wednesday. There has been no ceasefire since the Angolan-brokered truce broke down in January.',
      published: '2025-02-20',
    });
    expectOther(verdict);
  });

  it('reads a collapse dated to an earlier month, past what describes the truce, as the story’s past', () => {
    const verdict = classify({
      title: 'Rebels enter the lakeside city as government troops withdraw',
      text: 'Rebel columns entered the city on Sunday as government troops pulled back, residents said. The ceasefire brokered by Angola in August fell apart in January when the rebels advanced on the provincial capital.',
      published: '2025-02-16',
    });
    expectOther(verdict);
    const news = classify({
      title: 'Rebels enter the lakeside city as government troops withdraw',
      text: 'Rebel columns entered the city on Sunday as government troops pulled back, residents said. The ceasefire brokered by Angola in August fell apart this week when the rebels advanced on the provincial capital.',
      published: '2025-02-16',
    });
    expectViolation(news);
    expect(news.rules).toContain('truce-collapsed');
  });

  it('reads action told as what ended a truce as its collapse, with or without a date', () => {
    for (const published of ['2026-02-26', undefined]) {
      const verdict = classify({
        title: 'Border authority says overnight air strikes have ended the ceasefire',
        text: 'Air strikes hit houses in two border districts overnight, killing nine civilians, officials said.',
        ...(published ? { published } : {}),
      });
      expectViolation(verdict);
      expect(verdict.rules).toContain('truce-ended-by-attack');
    }
  });

  it('reads a truce a party declares void, and one it says the other buried', () => {
    for (const text of [
      'The resistance coalition in Sagaing declared its truce void on Monday, citing junta air strikes on two villages.',
      'Government officials said the rebels had buried the truce by refusing to extend it, after an attack on army positions killed six soldiers.',
    ]) {
      expectViolation(classify({ title: null, text, published: '2025-05-12' }));
    }
  });
});

describe('periodic reports', () => {
  it('reads a breach among the highlights of a flash update whose overview recalls the truce', () => {
    const verdict = classify({
      title: 'Flash Update #4: border provinces (as of 12 August 2025)',
      text: 'Situation overview\nTwo weeks after the ceasefire took effect on 29 July, most displaced families have returned home.\n\nHighlights\n• On 11 August, the defence ministry accused the other side’s troops of violating the ceasefire by firing small arms near a border temple; one soldier was wounded.\n• Schools in 14 districts remain closed.',
      published: '2025-08-12',
    });
    expectViolation(verdict);
    expect(verdict.rules).not.toContain('agreement-headline');
  });

  it('still reads a flash update whose title says the truce holds as the truce holding', () => {
    const verdict = classify({
      title: 'Flash Update #5: ceasefire holds along the border',
      text: 'Situation overview\nThe ceasefire agreed on 29 July held for a third week. Both sides accused each other of violating the truce in its first days.',
      published: '2025-08-19',
    });
    expectOther(verdict);
  });

  it('counts an incident of the month a monthly digest covers', () => {
    const verdict = classify({
      title: 'Monitoring digest – incidents near the boundary line, May 2024',
      text: 'Summary\nA 58-year-old villager was shot dead by Russian border guards on 21 May near the administrative boundary line with South Ossetia, Georgian officials said. The EU monitoring mission said it had raised the incident with the Russian side.',
      published: '2024-05-31',
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('Georgia / South Ossetia');
    expect(verdict.killed).toBe(1);
  });

  it('reads a newsletter title listing several stories by its lead story, not by a trial further on', () => {
    const digest = {
      text: 'BORDER BULLETIN — Tuesday 6 May\n\nFRONT LINE: MONITORS RECORD MORE FIRING\nThe monitoring mission said it recorded 840 ceasefire violations in Donetsk region over the weekend, twice as many as a week before, and that one of its patrols came under fire near Horlivka.\n\nCOURTS: REPORTERS’ TRIAL ADJOURNED\nA court postponed the trial of two reporters, citing a lawyer’s illness.',
      published: '2021-05-06',
    };
    const listed = classify({
      ...digest,
      title:
        'Border Bulletin: monitors count a surge in violations; grain deal signed; reporters’ trial adjourned',
    });
    expectViolation(listed);
    expect(listed.rules).not.toContain('proceedings-headline');
    // A title of one story in two clauses is framed by either.
    const oneStory = classify({
      title: 'Monitors count a surge in violations; reporters’ trial adjourned',
      text: digest.text,
      published: digest.published,
    });
    expect(oneStory.rules).toContain('proceedings-headline');
  });
});

describe('other forms', () => {
  const agreementNews: [string, ClassifyInput][] = [
    [
      'agreed',
      {
        title: 'Armenia and Azerbaijan agree on ceasefire',
        text: 'The two governments agreed on a humanitarian ceasefire starting at noon on Saturday to exchange prisoners and the bodies of the dead. The fighting since late September has killed hundreds of people.',
      },
    ],
    [
      'announced',
      {
        title: 'Mediator announces truce between army and rebels',
        text: 'The mediator announced on Thursday that a truce between the army and the rebels would take effect at midnight. Weeks of clashes in the north have killed dozens.',
      },
    ],
    [
      'proposed',
      {
        title: 'Envoy proposes 30-day ceasefire',
        text: 'The envoy proposed a 30-day ceasefire to the warring parties on Monday, after shelling killed seven people in the city last week.',
      },
    ],
    [
      'negotiated',
      {
        title: 'Negotiators work on Gaza ceasefire text',
        text: 'Negotiators in Cairo worked through the night on the text of a ceasefire for Gaza, officials said. No agreement has been reached yet.',
        published: '2024-05-06',
      },
    ],
    [
      'extended',
      {
        title: 'Warring parties extend truce by two months',
        text: 'The warring parties agreed on Thursday to extend the truce by another two months, the UN envoy said. Both sides have often accused each other of truce violations.',
        published: '2022-06-02',
      },
    ],
    [
      'holding',
      {
        title: 'Ceasefire holds for a third day',
        text: 'The ceasefire between the two armies held for a third day on Wednesday, with no violations reported along the border, officials said.',
      },
    ],
    [
      'called for',
      {
        title: 'Assembly demands immediate ceasefire',
        text: 'The assembly adopted a resolution demanding an immediate humanitarian ceasefire as air strikes continued across the territory, killing dozens.',
        published: '2023-12-12',
      },
    ],
  ];

  it.each(agreementNews)('a ceasefire %s', (_, input) => {
    expectOther(classifier.classify(input));
  });

  it('fighting in a war with no ceasefire in force, not said to break one', () => {
    const verdict = classify({
      title: 'Rocket barrage hits northern Israel',
      text: 'Hezbollah fired dozens of rockets at northern Israel on Sunday, wounding four people, and Israeli jets struck targets in southern Lebanon in response.',
      published: '2024-09-22',
    });
    expectOther(verdict);
  });

  it('an old violation mentioned only as background to other news', () => {
    const verdict = classify({
      title: 'Foreign ministers meet to discuss trade corridor',
      text: [
        'The foreign ministers of the two countries met in Vienna on Tuesday to discuss a new trade corridor and the reopening of rail links.',
        'They agreed to set up a working group on customs rules.',
        'Officials described the talks as constructive.',
        'A joint statement praised the progress made on border demarcation.',
        'The talks will continue next month in Tbilisi.',
        'Business leaders welcomed the move.',
        'The corridor would cut transit times by a third.',
        'Investors expect the first trains next year.',
        'Economists say trade could double within five years.',
        'The ministers also discussed energy prices.',
        'Regional leaders are expected to attend the next round.',
        'In 2021, both sides accused each other of violating the ceasefire on several occasions.',
      ].join('\n'),
      published: '2024-10-01',
    });
    expectOther(verdict);
  });

  const nonMilitary: [string, string][] = [
    [
      'a cease-and-desist letter',
      'The singer sent a cease-and-desist letter to the campaign, saying the use of his song was a copyright violation.',
    ],
    [
      'traffic violations',
      'Police stopped the driver for several traffic violations and a broken tail light before the chase began.',
    ],
    [
      'sport',
      'The club fired its head coach after a losing season, and the new coach promised a truce with the fans.',
    ],
    [
      'business',
      'The two countries extended their tariff truce for 90 days, avoiding an escalation of the trade war.',
    ],
    [
      'a police shooting',
      'Officers shot and killed an armed suspect after a traffic stop on the interstate, police said.',
    ],
    [
      'a wildfire',
      'Firefighters battled the wildfire overnight as the blaze broke out again near the reservoir, killing two hikers.',
    ],
    [
      'firing an employee',
      'The company fired its chief executive after a board meeting on Friday.',
    ],
    [
      'a house fire in a zone under a truce',
      'A fire killed three people in a house in Gaza City on Friday after a gas cylinder exploded, the civil defence said.',
    ],
    [
      'a metaphorical truce',
      'The two rappers declared a truce on stage after years of feuding and promised never to break it.',
    ],
  ];

  it.each(nonMilitary)('a non-military sense: %s', (_, text) => {
    expectOther(classify({ text }));
  });

  it('a truce holding after fighting whose toll the headline recalls after the news', () => {
    const verdict = classify({
      title:
        'Truce between the two armies holds after three days of clashes that killed 40 soldiers',
      text: 'Residents of border villages began returning home on Wednesday as the ceasefire agreed on Sunday held.',
      published: '2026-04-08',
    });
    expectOther(verdict);
  });

  it('a violent sidebar headline after "Top Stories" stays other', () => {
    const verdict = classify({
      title: 'Ministers sign memorandum on water sharing',
      text: [
        'Ministers from the two countries signed a memorandum on sharing river water during the dry season on Monday.',
        'The agreement sets quotas for irrigation and drinking water.',
        'NewsSite Top Stories',
        'Rebels broke the ceasefire overnight, shelling a border village and killing three soldiers.',
        'Local Spotlight',
        'A bakery celebrates its 50th year.',
      ].join('\n'),
    });
    expectOther(verdict);
    expect(verdict.evidence.join(' ')).not.toMatch(/broke the ceasefire/);
    expect(verdict.rules).not.toContain('explicit-breach-word');
  });

  it('a ceasefire taking effect, with the killing before it began', () => {
    const verdict = classify({
      title: 'Ceasefire takes effect in the north-west',
      text: 'A ceasefire brokered by Russia and Turkey took effect at midnight in Idlib province. Shortly before the truce began, shelling killed two soldiers near Saraqib, a monitoring group said.',
      published: '2020-03-06',
    });
    expectOther(verdict);
  });
});

describe('reports in other languages', () => {
  const reports: [string, string, string][] = [
    [
      'Spanish',
      'El grupo armado violó el cese al fuego con un ataque contra una base militar en Arauca.',
      'Colombia',
    ],
    [
      'Hebrew, "struck … despite the ceasefire"',
      'צה"ל תקף היום מתקן מכ"ם באזור טהרן, זאת למרות הפסקת האש עם איראן.',
      'Israel-Iran',
    ],
    [
      'French, "cessation des hostilités"',
      "L'administration intérimaire accuse des milices d'avoir attaqué plusieurs localités, en violation de l'accord de cessation des hostilités signé à Pretoria.",
      'Ethiopia/Tigray',
    ],
    [
      'Arabic, "cessation of hostilities"',
      'اعتبر الجيش اللبناني أن الغارة على كفركلا تشكل خرقا جديدا لاتفاق وقف الأعمال العدائية.',
      'Lebanon',
    ],
    [
      'Russian, "moratorium on strikes"',
      'Министерство обороны обвинило Украину в нарушении моратория на удары по объектам энергетики.',
      '',
    ],
    [
      'machine-translated English, "cease of fire"',
      'JFO: occupiers three times violated the regime of cease of fire near Avdiivka, one defender lethally wounded.',
      'Donbas',
    ],
    [
      'Hebrew, "contrary to the ceasefire agreement"',
      'צה"ל תקף היום רכב במערב העיר עזה. לפי הודעת לשכת ראש הממשלה, הבכיר פעל לשיקום יכולות הייצור של הארגון בניגוד להסכם הפסקת האש.',
      'Gaza',
    ],
    [
      'English, the Abyan front',
      'The government said separatist forces broke the ceasefire in Abyan on Tuesday, killing three soldiers near Shuqra.',
      'Yemen',
    ],
    [
      'Arabic, "the calm" broken',
      'صنعاء: رصد مصدر عسكري 138 خرقاً لقوى العدوان ومرتزقته للتهدئة في الحديدة خلال الـ24 ساعة الماضية.',
      'Yemen Hodeidah',
    ],
    [
      'Arabic, the Sweden agreement',
      'استشهاد مواطنين بقصف للمرتزقة على الدريهمي في خرق جديد لاتفاق السويد.',
      'Yemen Hodeidah',
    ],
    [
      'Arabic, Tehran named',
      'طهران تنفي إطلاق صواريخ بعد سريان وقف إطلاق النار وتتهم إسرائيل بخرقه.',
      'Israel-Iran',
    ],
    [
      'Ukrainian, the energy pause named by its promise',
      'Зеленський: Росія вже порушила власну обіцянку не бити по енергетиці, вночі ракетами атакувавши підстанцію на Донеччині.',
      'Donbas',
    ],
    [
      'Spanish, "romper"',
      'El Ejército acusó a la disidencia de romper el cese al fuego con una emboscada en Guaviare.',
      'Colombia',
    ],
    [
      'Spanish, "incumplimiento"',
      'El mecanismo confirmó cuatro incumplimientos del cese al fuego con el ELN en Arauca.',
      'Colombia',
    ],
    [
      'French',
      "Les deux camps s'accusent mutuellement de violer le cessez-le-feu dans le sud du Liban.",
      'Lebanon',
    ],
    [
      'German',
      'Die Armee wirft den Rebellen vor, die Waffenruhe in der Nacht mehrfach gebrochen zu haben.',
      '',
    ],
    [
      'Russian',
      'Министерство обороны обвинило соседей в нарушении режима прекращения огня на границе.',
      '',
    ],
    [
      'Ukrainian',
      'Спостерігачі зафіксували сотні порушень режиму припинення вогню на Донбасі.',
      'Donbas',
    ],
    [
      'German, as a noun',
      'Das Verteidigungsministerium in Tel Aviv sprach von einem klaren Bruch der Waffenruhe mit dem Iran.',
      '',
    ],
    [
      'Turkish',
      "İdlib'de ateşkes ihlali: topçu saldırısında iki sivil hayatını kaybetti.",
      'Idlib',
    ],
    [
      'Armenian',
      'Ադրբեջանի զինված ուժերը խախտել են հրադադարի ռեժիմը և կրակ են բացել հայ-ադրբեջանական սահմանի արևելյան հատվածում։',
      'Armenia-Azerbaijan border',
    ],
  ];

  it.each(reports)('%s: an accusation of breaking the ceasefire', (_, text, region) => {
    const verdict = classify({ text });
    expectViolation(verdict);
    if (region !== '') expect(verdict.region).toBe(region);
  });
});

describe('texts with broken encodings', () => {
  it('still classifies a text whose quotes were mis-decoded', () => {
    const cp1252 = classify({
      title: null,
      text: 'The army said the rebels had â€œviolated the ceasefireâ€\u009d by shelling a village near Jermuk on Monday.',
    });
    expectViolation(cp1252);
    expect(cp1252.evidence[0]).toContain('“violated the ceasefire”');

    const gbk = classify({
      title: null,
      // UTF-8 quotes read as GBK: “a → 鈥渁, ” + space → 鈥 + U+FFFD.
      text: 'The ministry described the attack as an \u9225\u6e01mbush,\u9225\ufffd saying it \u9225\u6e27iolated the ceasefire\u9225\ufffd near Stepanakert.',
    });
    expectViolation(gbk);
    expect(gbk.region).toBe('Nagorno-Karabakh');
    expect(gbk.evidence[0]).toContain('“violated the ceasefire”');
  });
});

describe('items shaped like the seed articles', () => {
  it('a page with a spam title, a duplicated caption and a sidebar, naming the peacekeeping regime but never "ceasefire"', () => {
    const caption =
      'Soldiers ride in a truck on a mountain road near Shusha, Friday, June 4, 2021. (AP Photo/A. Photographer)';
    const verdict = classify({
      title: 'Moscow urges calm after deadly road clash in Karabakh',
      text: [
        '東方快訊網',
        '',
        'Skip to main content',
        '',
        'Moscow urges calm after deadly road clash in Karabakh',
        '',
        `${caption} ${caption}`,
        'Share',
        'MOSCOW -',
        '',
        'Russia said Tuesday that its troops had stopped a deadly clash on a mountain road in Karabakh and called on both sides to avoid escalation.',
        '',
        'The region has been at the centre of two wars between Armenia and Azerbaijan since the early 1990s.',
        '',
        'On Sunday, a shootout broke out when soldiers tried to stop a truck on a dirt road near Khramort, officials said. The local interior ministry said three police officers were killed in what it called an ambush.',
        '',
        'The Russian defence ministry said its troops serving as peacekeepers under the 2020 trilateral statement moved in to end the shooting. It said three police officers were killed and two soldiers also died.',
        '',
        'NewsSite Top Stories',
        '',
        'A man was shot dead in a parking lot on Saturday night, police said.',
      ].join('\n'),
    });
    expectViolation(verdict);
    expect(verdict.rules).toContain('armed-incident-in-truce-zone');
    expect(verdict.region).toBe('Nagorno-Karabakh');
    expect(verdict.killed).toBe(5);
    expect(verdict.places).toContain('khramort');
    expect(verdict.evidence.join(' ')).not.toMatch(/parking lot/);
  });

  it('a border clash with one soldier killed on each side and the 2020 ceasefire named later', () => {
    const verdict = classify({
      title: 'Two soldiers killed in fresh Armenia-Azerbaijan border clash',
      text: [
        'Troops from Armenia and Azerbaijan traded mortar and drone fire on their shared border on Thursday, killing one soldier from each side days before a round of peace talks.',
        'Armenia said its positions near the village of Tegh came under fire with small arms and mortars.',
        "Azerbaijan's defence ministry said it had repelled a drone attack on its positions and that one of its servicemen was killed.",
        'The two countries fought a war in 2020 that ended with a Russian-brokered truce.',
        'Yerevan called a new checkpoint on the main road a gross violation of the 2020 ceasefire.',
        '(Reporting by A. Reporter; Editing by B. Editor)',
        'NewsSite Top Stories',
      ].join('\n'),
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('Armenia-Azerbaijan border');
    expect(verdict.killed).toBe(2);
  });

  it('an accusation of breaking the ceasefire, with an old war toll and a donation appeal', () => {
    const verdict = classify({
      title: null,
      text: [
        'Moscow on Thursday accused Baku of breaking the ceasefire in Nagorno-Karabakh after three soldiers died in clashes near the Lachin corridor.',
        'Six weeks of fighting over the region in 2020 claimed more than 6,000 lives and ended with a Russian-brokered truce.',
        'The Karabakh army accused Azerbaijan of violating the ceasefire, killing two of its soldiers and wounding nine.',
        'A Message from The Daily Ledger:',
        'Dear readers,',
        'Please support independent reporting on the region.',
      ].join('\n'),
    });
    expectViolation(verdict);
    expect(verdict.rules).toContain('explicit-breach-word');
    expect(verdict.region).toBe('Nagorno-Karabakh');
    expect(verdict.killed).toBe(3);
  });

  it('a report of an incident and its rebuttal, with the toll summed across both sides', () => {
    const verdict = classify({
      title: null,
      text: [
        'Russia said Tuesday its peacekeepers had halted a weekend shootout in the Karabakh region, urging both sides to show restraint.',
        'On Sunday, officials said gunfire broke out when soldiers approached a truck on a back road that links Armenia with Karabakh.',
        'The Russian defence ministry said two Armenian police officers were killed and three Azerbaijani soldiers also died in the shootout.',
        'Baku rejected the Russian account and said its soldiers had come under fire first.',
        'Relations between the two neighbours have been tense since the early 1990s.',
      ].join('\n'),
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('Nagorno-Karabakh');
    expect(verdict.killed).toBe(5);
  });

  it('a call to defuse tensions that cites repeated ceasefire violations, with an agency disclaimer', () => {
    const verdict = classify({
      title: 'Moscow calls on Baku and Yerevan to ease tensions in Karabakh',
      text: [
        'Moscow calls on Baku and Yerevan to ease tensions in Karabakh',
        'ISTANBUL',
        'Russia on Tuesday called on Azerbaijan and Armenia to ease tensions in the Karabakh region after a deadly skirmish.',
        '“In recent days there have been repeated violations of the ceasefire regime, and on Sunday an armed incident caused casualties on both sides,” the foreign ministry spokeswoman said.',
        "Baku's defence ministry said at least two Azerbaijani soldiers were killed on Sunday near Khankendi.",
        'Example Agency website contains only a portion of the news stories offered to subscribers. Please contact us for subscription options.',
      ].join('\n'),
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('Nagorno-Karabakh');
    expect(verdict.killed).toBe(2);
  });
});

describe('the verdict', () => {
  it('fills every field with a score in 0..1 and at most three evidence sentences', () => {
    const verdict = classify({
      title: 'Rebels accused of breaking truce',
      text: 'The army accused the rebels of violating the ceasefire near Goma on Monday. Two soldiers were killed. The rebels denied breaching the truce. They accused the army of shelling their positions in violation of the ceasefire.',
      published: '2022-12-06',
    });
    expectViolation(verdict);
    expect(verdict.score).toBeGreaterThan(0.5);
    expect(verdict.score).toBeLessThanOrEqual(1);
    expect(verdict.evidence.length).toBeGreaterThan(0);
    expect(verdict.evidence.length).toBeLessThanOrEqual(3);
    expect(verdict.region).toBe('DR Congo/M23');
    expect(verdict.incidentDate).toBe('2022-12-05');
    expect(verdict.killed).toBe(2);
  });

  it('leaves an item no positive rule speaks for unplaced, with a full score for "other"', () => {
    expect(
      classify({ text: 'The central bank raised interest rates by a quarter point on Tuesday.' }),
    ).toEqual({
      label: 'other',
      score: 1,
      severity: 'low',
      region: null,
      killed: null,
      injured: null,
      incidentDate: null,
      places: [],
      rules: [],
      evidence: [],
      weapons: [],
      accusations: [],
      denials: [],
    });
  });

  it('handles an empty text', () => {
    expect(classify({ text: '' }).label).toBe('other');
  });
});

describe('what a violation carries', () => {
  it('names the weapons of the incident by canonical name, once each', () => {
    const verdict = classify({
      title: 'Mortar shells and sniper fire hit border posts despite truce',
      text: 'Mortar shells and sniper fire hit two border posts near Poonch on Monday despite the ceasefire, officials said. Troops answered with machine-gun fire and more mortar rounds. One soldier was wounded.',
      published: '2026-11-17',
    });
    expectViolation(verdict);
    expect(verdict.weapons).toEqual(['mortar', 'sniper fire', 'small arms']);
    expect(verdict.severity).toBe('medium');
  });

  it('reads a weapon inside a longer name as that name, and other senses as no weapon', () => {
    const verdict = classify({
      title: null,
      text: 'Rebels fired a rocket-propelled grenade and laid an anti-tank mine on the road near Malakal in violation of the cessation of hostilities, a think tank report said.',
      published: '2018-03-02',
    });
    expectViolation(verdict);
    expect(verdict.weapons).toEqual(['grenade', 'landmine']);
  });

  it('says who accuses whom, and who denies it', () => {
    const verdict = classify({
      title: 'Army accuses rebels of violating truce',
      text: "The army accused the rebels of violating the ceasefire near Goma on Monday. Two soldiers were killed in the attack. The rebels' spokesman denied the charge and said the army had fired first.",
      published: '2022-12-06',
    });
    expectViolation(verdict);
    expect(verdict.accusations).toEqual([{ accuser: 'army', accused: 'rebels' }]);
    expect(verdict.denials).toEqual(["rebels' spokesman"]);
  });

  it('reads an accusation both ways when the sides accuse each other', () => {
    const verdict = classify({
      title: null,
      text: 'Armenia and Azerbaijan on Saturday accused each other of violating the ceasefire in Nagorno-Karabakh minutes after it took effect.',
      published: '2020-10-10',
    });
    expectViolation(verdict);
    expect(verdict.accusations).toEqual([
      { accuser: 'Armenia', accused: 'Azerbaijan' },
      { accuser: 'Azerbaijan', accused: 'Armenia' },
    ]);
  });

  it('reads a statement that a party broke the ceasefire, with the speaker before or after it', () => {
    const before = classify({
      title: null,
      text: "Russia's defence ministry said on Wednesday that Azerbaijani forces broke the ceasefire near Lachin.",
      published: '2022-08-03',
    });
    expect(before.accusations).toEqual([
      { accuser: "Russia's defence ministry", accused: 'Azerbaijani forces' },
    ]);
    const after = classify({
      title: null,
      text: 'Azerbaijani forces violated the truce near Lachin overnight, the Russian defence ministry said.',
      published: '2022-08-03',
    });
    expect(after.accusations).toEqual([
      { accuser: 'Russian defence ministry', accused: 'Azerbaijani forces' },
    ]);
  });

  it('keeps a statement that names no culprit, with the accused left empty', () => {
    const verdict = classify({
      title: null,
      text: 'The monitoring mission said the ceasefire was violated 40 times near Donetsk over the weekend.',
      published: '2019-05-13',
    });
    expectViolation(verdict);
    expect(verdict.accusations).toEqual([{ accuser: 'monitoring mission', accused: null }]);
  });

  it('carries no weapons, accusations or denials on an item that is not a violation', () => {
    const verdict = classify({
      title: 'Warring parties agree to extend truce',
      text: 'The army and the rebels agreed to extend the truce by two months. Each side has accused the other of violating it with mortar fire.',
    });
    expectOther(verdict);
    expect(verdict).toMatchObject({ weapons: [], accusations: [], denials: [] });
  });
});

describe('items with no ceasefire, armed or casualty word in the lead', () => {
  it('are other at once, with nothing extracted', () => {
    const verdict = classifier.classify({
      title: 'City council approves new budget for parks',
      text: 'The council voted 7 to 2 on Tuesday to fund three new parks. The mayor said work starts in spring.',
    });
    expect(verdict).toMatchObject({
      label: 'other',
      rules: [],
      region: null,
      killed: null,
      places: [],
      evidence: [],
    });
  });
});

describe('where the incident was', () => {
  it('takes a place over a country named more often', () => {
    const verdict = classify({
      title: 'Ukrainian troops come under fire',
      text: "Three Ukrainian servicemen were killed on Tuesday when their trench near Avdiivka came under mortar fire, Ukraine's army said. Ukraine reported the attack to the monitoring mission.",
      published: '2019-07-16',
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('Donbas');
    expect(verdict.killed).toBe(3);
  });

  it('does not take the dateline for the place of the incident', () => {
    const verdict = classify({
      title: null,
      text: 'KYIV, July 16 - Three servicemen were killed on Tuesday when their trench near Avdiivka came under mortar fire, the army said.',
      published: '2019-07-16',
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('Donbas');
  });

  it('does not read gas ("газ") for Gaza in Ukrainian, and places a region by its Ukrainian name', () => {
    const verdict = classify({
      title: 'Росіяни вдарили по газовій інфраструктурі на Полтавщині попри мораторій',
      text: "Російські війська атакували дронами об'єкти газовидобування на Полтавщині попри мораторій на удари по енергетиці.",
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('Russia-Ukraine');
  });

  it('places the Minsk years in the Donbas, however often Kyiv is named', () => {
    const verdict = classify({
      title: 'Kyiv says separatists broke the truce near Horlivka; Kyiv wants monitors sent',
      text: 'Separatist forces fired mortars at Ukrainian positions near Horlivka overnight in violation of the ceasefire, officials in Kyiv said on Monday, and Kyiv asked the monitors to visit the site.',
      published: '2019-08-12',
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('Donbas');
  });

  it('reads "Kyiv" as the government beside a front-line town, dated or not', () => {
    const verdict = classify({
      title: 'Kyiv accuses separatists of breaking the truce near Avdiivka',
      text: 'Kyiv said on Monday that separatist forces had fired mortars at Ukrainian positions near Avdiivka in violation of the ceasefire, and Kyiv asked the monitors to visit the site.',
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('Donbas');
    expect(verdict.places).toEqual(['avdiivka']);
  });

  it('still places a strike on Kyiv in the wider war when no other place is named', () => {
    const verdict = classify({
      title: 'Drones hit Kyiv despite the Easter truce',
      text: 'Russian drones struck a residential district of Kyiv overnight despite the Easter truce, killing one man, the city administration said.',
      published: '2025-04-20',
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('Russia-Ukraine');
    expect(verdict.places).toEqual(['kyiv']);
  });

  it('places Donbas towns in the wider war once the Minsk truce has ended', () => {
    const verdict = classify({
      title: 'Shelling hits Horlivka despite the Easter truce',
      text: 'Artillery shells struck a residential street in Horlivka on Sunday despite the Easter truce, killing two people, the town administration said.',
      published: '2025-04-20',
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('Russia-Ukraine');
    expect(verdict.places).toEqual(['horlivka']);
  });

  it('does not read a sponsor ("Iran-backed") as a place', () => {
    const verdict = classify({
      title: 'Warring parties agree to extend the truce',
      text: 'The government and the Iran-backed Houthi rebels agreed to extend the truce in Yemen by two months, the UN envoy said. Both sides have accused each other of truce violations.',
      published: '2022-06-02',
    });
    expectOther(verdict);
    expect(verdict.region).toBe('Yemen');
  });
});

describe('what the headline reports', () => {
  it('reads a label above the body’s first line ("Review:") as the title’s', () => {
    const verdict = classify({
      title: 'The night the truce shattered',
      text: "Review: 'Grey Zone', directed by a first-time director. 104 minutes. In cinemas from Friday.\n\nThe film opens on a night in a frontline village, days before the invasion. A ceasefire is supposedly in force. Then the shelling starts, and the camera never leaves the basement.",
      published: '2023-11-09',
    });
    expectOther(verdict);
    expect(verdict.rules).toContain('commentary-title');
  });

  it('reads "no reports of X or Y" as denying both', () => {
    const verdict = classify({
      title: 'Truce between the two countries holds for a third day',
      text: 'The ceasefire held for a third day on Friday, with no reports of rocket launches or air strikes overnight, as schools reopened in Tehran. Officials said more than 500 people were killed in the strikes on Isfahan.',
      published: '2025-06-27',
    });
    expectOther(verdict);
    expect(verdict.rules).toContain('agreement-headline');
  });

  it('reads a long "after a fresh round of border clashes" as the agreement’s backstory, undated', () => {
    const verdict = classify({
      title: 'Pakistan, Afghanistan agree 48-hour truce after deadly clashes at Spin Boldak',
      text: 'Pakistan and Afghanistan agreed on Wednesday to a 48-hour ceasefire starting at 6 p.m. Pakistan time, after a fresh round of border clashes that both sides said killed dozens of fighters and civilians.',
    });
    expectOther(verdict);
    expect(verdict.rules).toContain('agreement-headline');
  });

  it('reads the fighting that led to a ceasefire as the agreement’s backstory', () => {
    const verdict = classify({
      title: 'Neighbours agree immediate ceasefire after talks in Qatar',
      text: 'Pakistan and Afghanistan agreed to an immediate ceasefire on Sunday following a week of border fighting that killed dozens of soldiers near Chaman. Follow-up talks are planned in Istanbul.',
      published: '2025-10-19',
    });
    expectOther(verdict);
    // The fighting and its dead come before the truce: no rule reads them as an incident in it.
    expect(verdict.rules).not.toContain('armed-incident-in-truce-zone');
  });

  it('still reads fighting reported after the ceasefire as action', () => {
    const verdict = classify({
      title: 'Border clashes erupt hours after ceasefire agreed',
      text: 'Troops exchanged fire near Chaman on Monday, killing two soldiers, a day after Pakistan and Afghanistan agreed to a ceasefire in talks in Qatar.',
      published: '2025-10-20',
    });
    expectViolation(verdict);
  });
});

describe('background and other senses', () => {
  it('reads accusations in a truce’s first days, calm since, as history', () => {
    const verdict = classify({
      title: 'Border markets stay empty months after the fighting',
      text: 'Traders at the border bazaar say sales have fallen by nine tenths. The two sides accused each other of breaching the truce in its first days, but the border has since been calm. Officials expect the crossings to reopen next year.',
      published: '2025-11-03',
    });
    expectOther(verdict);
  });

  it('reads breaches recorded over the decades as history', () => {
    const verdict = classify({
      title: 'Parade marks the anniversary of the armistice',
      text: 'Thousands marched in the capital to mark 70 years since the armistice. Monitors have recorded hundreds of breaches of the armistice over the decades.',
      published: '2023-07-28',
    });
    expectOther(verdict);
  });

  it('reads a price war’s truce as business news', () => {
    const verdict = classify({
      title: 'Ride-hailing apps end their price-war truce',
      text: 'The truce between the two ride-hailing apps collapsed this week when one cut fares by half. Its rival accused it of breaking the ceasefire and said it would match the discounts; investors sold their shares as profit forecasts fell.',
      published: '2024-02-22',
    });
    expectOther(verdict);
  });

  it('takes "a halt to firing" for a ceasefire', () => {
    const verdict = classify({
      title: 'India says Pakistan violated the halt to firing within hours',
      text: 'India said on Saturday that Pakistan had committed repeated violations of the halt to firing agreed that afternoon. Blasts were heard over Srinagar.',
      published: '2025-05-10',
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('Kashmir LoC');
  });
});

describe('what a sentence tells of the past or of other worlds', () => {
  it('reads memories and what "used to" happen as history', () => {
    const verdict = classify({
      title: 'Border villages along the old firing line fill with visitors',
      text: 'Guest houses in Keran, near the Line of Control, are booked through October. We used to lie on the floor when the firing started, one owner said. Residents remember long nights in bunkers and cattle killed in the fields.',
      published: '2023-09-18',
    });
    expectOther(verdict);
  });

  it('reads a sentence opening on a month of an earlier year as history', () => {
    const verdict = classify({
      title: 'Regional vote delayed again as former rebels and the government wrangle',
      text: 'Congress moved the first regional election in Bangsamoro by several months. In January 2023, a firefight between troops and MILF members in Basilan killed five people, and ceasefire monitors separated them.',
      published: '2025-03-05',
    });
    expectOther(verdict);
  });

  it('reads "the ceasefire brokered by … last year" as dating the truce, not the shelling', () => {
    const verdict = classify({
      title: 'Jabal al-Zawiya',
      text: 'IDLIB, Syria — Shelling by government forces killed five people, three of them children, in a village in southern Idlib on Thursday morning, rescuers said, despite the ceasefire brokered by Russia and Turkey in March last year.\n\nTwo more people were wounded and taken to a hospital in Ariha.',
      published: '2021-06-10',
    });
    expectViolation(verdict);
    expect(verdict.killed).toBe(5);
  });

  it('reads a truce given up "a year ago" as history, not news of its end', () => {
    const verdict = classify({
      title: 'Troops take the rebels’ northern headquarters after months of fighting',
      text: 'Government troops captured the town on Friday, the president announced in a televised address. The rebels have retreated toward the jungles of the east, where thousands of civilians are trapped. The government formally pulled out of the Norwegian-brokered 2002 ceasefire a year ago, and no monitors remain in the war zone.',
      published: '2009-01-02',
    });
    expectOther(verdict);
  });

  it('reads an armed incident placed in an earlier year anywhere in the sentence as history', () => {
    const verdict = classify({
      title: 'Last phase of former rebels’ disarmament stalls',
      text: 'The final batch of MILF combatants has yet to hand over weapons. A firefight in Basilan in 2016 that killed seven soldiers nearly derailed the peace process.',
      published: '2024-09-10',
    });
    expectOther(verdict);
  });

  it('reads an attack placed months before publication as history', () => {
    const verdict = classify({
      title: 'Opposition leader appears in court',
      text: 'JUBA — The opposition leader appeared in court on Monday, charged over an attack by a militia on an army base in Nasir in March that killed dozens of soldiers.',
      published: '2025-09-22',
    });
    expectOther(verdict);
  });

  it('reads strikes in the month before publication as news, two months before as history', () => {
    const text =
      'GAZA — Israeli air strikes killed 12 people in Khan Younis in late October, the territory’s health ministry said on Monday.';
    const recent = classify({ title: null, text, published: '2025-11-03' });
    expectViolation(recent);
    expect(recent.killed).toBe(12);
    expectOther(classify({ title: null, text, published: '2026-01-05' }));
  });

  it('does not take a year an aside gives for the time of the news', () => {
    const verdict = classify({
      title: null,
      text: 'Azerbaijan, which took back the districts in 2020, said three of its soldiers were killed when Armenian forces shelled positions on the border on Tuesday, in breach of the ceasefire.',
      published: '2022-09-13',
    });
    expectViolation(verdict);
    expect(verdict.killed).toBe(3);
  });

  it('reads the fighting a ceasefire ended as what came before it', () => {
    const verdict = classify({
      title: 'Neighbours sign declaration to cement their truce',
      text: 'The leaders of Thailand and Cambodia signed a declaration on Sunday aimed at cementing the ceasefire that ended deadly border clashes, in a ceremony at the regional summit.',
      published: '2025-10-26',
    });
    expectOther(verdict);
  });

  it('reads a year that dates the truce, not the strike, as no history', () => {
    const verdict = classify({
      title: 'Drone strike on a house in the south kills two',
      text: 'A drone strike on a house in the southern town of Khiam killed a man and his son on Thursday, in what the army called another breach of the ceasefire that ended last year’s war.',
      published: '2025-06-12',
    });
    expectViolation(verdict);
    expect(verdict.killed).toBe(2);
  });

  it('reads a headline sentence that tells history as no news against a look back', () => {
    const verdict = classify({
      title: 'Ten years after the ambush, families still wait for answers',
      text: 'Relatives of the 44 commandos killed in a clash in this town ten years ago gathered at a memorial on Saturday. The clash was found at the time to have involved violations of the ceasefire.',
      published: '2025-01-25',
    });
    expectOther(verdict);
    expect(verdict.rules).toContain('retrospective-headline');
  });

  it('reads strikes hours before a truce begins as the war before it', () => {
    const verdict = classify({
      title: 'Strikes hit the city overnight, hours before ceasefire is due to begin',
      text: 'Air strikes and artillery hit the city overnight, killing at least 17 people, rescuers said on Friday, hours after the cabinet approved a ceasefire deal.',
      published: '2025-10-10',
    });
    expectOther(verdict);
    expect(verdict.rules).toContain('pre-truce-headline');
  });

  it('reads an inquiry into an old offensive as other news', () => {
    const verdict = classify({
      title: 'UN inquiry finds both sides committed war crimes in Idlib offensive',
      text: 'Government forces and armed groups committed acts that may amount to war crimes during the offensive, the commission of inquiry said. The ceasefire agreed in March was repeatedly violated in its first weeks, the report added.',
      published: '2020-07-07',
    });
    expectOther(verdict);
    expect(verdict.rules).toContain('proceedings-headline');
  });

  it('reads a ceasefire that collapsed years earlier as history', () => {
    const verdict = classify({
      title: 'Thousands gather to mark the end of the war',
      text: 'Families lit lamps for relatives killed in the final months of the war. A ceasefire signed in 2002 had collapsed years earlier.',
      published: '2024-05-18',
    });
    expectOther(verdict);
  });

  it('does not tie a breach to a ceasefire across a clause of contrast', () => {
    const verdict = classify({
      title: 'UN report: arms embargo systematically violated, but the ceasefire holds',
      text: 'A panel of experts said the arms embargo had been violated by several states over the year, but the ceasefire between the two governments has held since it was signed.',
      published: '2023-12-12',
    });
    expectOther(verdict);
  });

  it('reads a sentence opening on "At the time" as history, and a court case on an old ambush as other news', () => {
    const verdict = classify({
      title: 'Court convicts four over 2013 ambush that killed six soldiers',
      text: 'A regional trial court on Monday convicted four men of murder over a 2013 ambush in Cotabato that killed six soldiers. The court sentenced the men to life in prison; a fifth defendant was acquitted. At the time, the joint ceasefire committee called the attack a violation of the ceasefire. Lawyers for the defendants said they would appeal the verdict.',
      published: '2019-10-08',
    });
    expectOther(verdict);
  });

  it('reads an election campaign’s truce as politics', () => {
    const verdict = classify({
      title: "Mayoral rivals' campaign truce ends with attack ad",
      text: 'Days after both candidates signed a pledge to stop negative advertising, one campaign released an attack ad. The rival campaign manager called it a clear violation of the truce. Early voting begins on Monday and a fifth of voters are undecided.',
      published: '2022-10-20',
    });
    expectOther(verdict);
  });

  it('reads a villager shot at a boundary line the monitors watch as an incident in the zone', () => {
    const verdict = classify({
      title: 'Villager shot near boundary line dies in hospital',
      text: 'A man who was shot near the administrative boundary line with the Tskhinvali region on Sunday died of his wounds in a Gori hospital, the security service said. The European Union Monitoring Mission said it had activated its hotline.',
      published: '2019-05-21',
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('Georgia / South Ossetia');
  });

  it('does not count the dead of the fighting a truce was agreed after', () => {
    const verdict = classify({
      title: 'Army accuses neighbour of firing near temple; neighbour denies',
      text: 'The army accused the neighbouring troops on Tuesday of opening fire on its positions near the temple, calling it a violation of the ceasefire. Nobody was hurt. The two countries agreed to stop fighting on July 28 after five days of clashes along their border, which killed more than 40 people.',
      published: '2025-08-12',
    });
    expectViolation(verdict);
    expect(verdict.killed).toBe(0);
  });

  it('reads a street gang’s truce as police news', () => {
    const verdict = classify({
      title: 'Gang truce collapses on west side as shootings return',
      text: 'A truce between two rival street gangs that had held for nearly eight months has collapsed, community leaders said on Monday, after a weekend in which five people were shot, two of them fatally. The informal ceasefire was negotiated last autumn by violence interrupters, who work with young men at risk of being shot or shooting. Homicides fell by half during the truce, according to police data. Police said they were investigating whether the shootings were connected.',
      published: '2024-05-20',
    });
    expectOther(verdict);
  });

  it('reads talks "close to collapse" as no collapse of the ceasefire', () => {
    const verdict = classify({
      title: 'Neighbours agree to keep ceasefire after tense talks',
      text: 'Pakistan and Afghanistan agreed on Thursday to maintain the ceasefire after a week of talks that came close to collapse. The neighbours fought fierce border battles near Chaman last week, in which dozens of soldiers were killed.',
      published: '2025-10-30',
    });
    expectOther(verdict);
  });

  it('reads a union’s truce and its strikes as labour news', () => {
    const verdict = classify({
      title: 'Rail union suspends strikes in truce with operator',
      text: "The train drivers' union said on Thursday it had suspended a planned series of strikes after reaching a truce with the rail operator. The union has held four strikes since October; union officials said members were ready to walk out again if talks fail.",
      published: '2023-12-07',
    });
    expectOther(verdict);
  });

  it('takes an energy moratorium for a ceasefire and blowing a site up for armed action', () => {
    const verdict = classify({
      title: 'Moscow accuses Kyiv over gas station blast',
      text: "Russia's defence ministry said on Friday that Ukrainian forces had blown up a gas station in Kursk in breach of the energy moratorium agreed this week.",
      published: '2025-03-21',
    });
    expectViolation(verdict);
  });

  it('does not count a disaster’s toll as the incident’s', () => {
    const verdict = classify({
      title: 'Junta jets bomb villages days after quake truce',
      text: 'Military aircraft bombed two villages in Sagaing on Thursday, killing at least seven people, despite the temporary ceasefire declared after the earthquake. The quake, which killed more than 3,600 people, destroyed much of Mandalay.',
      published: '2025-04-10',
    });
    expectViolation(verdict);
    expect(verdict.killed).toBe(7);
  });
});

describe('hard calls on what is past, over or only feared', () => {
  it.each([
    [
      'a truce that one side ended',
      {
        title: 'Bomber hits convoy in the tribal district',
        text: 'A suicide bomber rammed a car into a military convoy on Thursday, killing four soldiers. Attacks on security forces have risen since the militants ended their truce with the government two years ago.',
        published: '2024-10-24',
      },
    ],
    [
      'fighting after a truce expired, with no one saying it was broken',
      {
        title: 'Clashes erupt in the capital as truce runs out',
        text: 'Heavy clashes erupted in Khartoum on Wednesday shortly after a 72-hour truce between the army and the paramilitary Rapid Support Forces expired, residents said.',
        published: '2023-06-21',
      },
    ],
    [
      'a warning of what follows a breach',
      {
        title: 'Army chief warns of swift response',
        text: 'The army chief said troops along the border had orders to respond at once if the ceasefire agreed in Kuala Lumpur last week is broken.',
        published: '2025-08-03',
      },
    ],
    [
      'what a monitor said at the time of an old attack',
      {
        title: 'Former fighter jailed over roadside bomb',
        text: 'The High Court sentenced a former fighter to 30 years over a roadside bomb that killed a soldier near Vavuniya. The monitoring mission described it at the time as a violation of the truce.',
        published: '2019-03-21',
      },
    ],
    [
      'shelling months before the news',
      {
        title: 'Border families get new bunkers',
        text: 'Three months after Pakistani shelling tore through Poonch along the Line of Control, the administration handed over compensation to 212 families. Families of the civilians killed in the May shelling have already received relief, officials said.',
        published: '2025-08-09',
      },
    ],
    [
      'a war’s toll after the truce that ended it',
      {
        title: 'Army chief vows to answer any breach',
        text: 'Iran’s army chief said forces would answer any violation of the truce with Israel. Iran says more than 1,000 people were killed in Israeli strikes during the war.',
        published: '2025-07-06',
      },
    ],
    [
      'a headline that says no truce was broken',
      {
        title: 'No ceasefire violation in Poonch, army says',
        text: 'The army on Sunday denied reports on social media that Pakistani troops had violated the ceasefire along the Line of Control overnight, saying there had been no firing of any kind.',
        published: '2025-06-15',
      },
    ],
    [
      'a video game’s truce',
      {
        title: "'Ceasefire Protocol' review: a shooter where holding fire pays off",
        text: "The new multiplayer shooter drops two squads into a ruined town. Break the truce and your squad's reputation drops, the game's central idea. A teammate urged us to violate the ceasefire; the matchmaking was slow and the loot boxes tiresome.",
        published: '2024-10-08',
      },
    ],
    [
      'what a truce ended, set against it',
      {
        title: 'Deportations of migrants rise despite border ceasefire',
        text: 'Deportations have continued despite the ceasefire agreed between the two countries last month, which ended days of border fighting.',
        published: '2025-11-03',
      },
    ],
    [
      'a court case over an attack the year names',
      {
        title: 'Court convicts four rebels over 2016 ambush on militiamen during ceasefire',
        text: 'A regional court on Wednesday sentenced four rebels to life in prison for the ambush. The government described the attack at the time as a violation of the ceasefire.',
        published: '2023-09-14',
      },
    ],
    [
      'a piece its title labels an analysis',
      {
        title: 'Analysis: Why the border ceasefire keeps fraying',
        text: 'Each side accuses the other of violating the ceasefire almost daily, and shelling killed two soldiers last week despite the truce.',
        published: '2025-09-01',
      },
    ],
    [
      'an anniversary feature',
      {
        title: 'Fifteen years after the war, the displaced still wait for the road home',
        text: 'In a settlement of identical cottages beside the highway, families count the years. Hundreds of people were killed when the war began, and the ceasefire left their villages behind the line.',
        published: '2023-08-08',
      },
    ],
  ])('%s is no violation', (_case, input) => {
    expectOther(classify(input));
  });

  it('does not count the dead of an earlier event the item dates', () => {
    const verdict = classify({
      title: 'Shelling across the Line of Control kills five despite ceasefire',
      text: 'Pakistani shelling killed five civilians in Poonch on Wednesday despite the ceasefire, officials said. The exchanges followed strikes launched in response to the killing of 26 people in Pahalgam on April 22.',
      published: '2025-05-07',
    });
    expectViolation(verdict);
    expect(verdict.killed).toBe(5);
  });

  it('places an incident by its own lead, not by the places of history further down', () => {
    const verdict = classify({
      title: 'Two soldiers killed in gunfight with militants in Doda forests',
      text: 'Two soldiers were killed in a gunfight with militants in the forests of Doda district on Monday, officials said. In 2021, militants attacked army posts in the forests of Rajouri and Poonch.',
      published: '2024-08-13',
    });
    expect(verdict.rules).not.toContain('armed-incident-in-truce-zone');
  });
});

describe('official voices and a general feed', () => {
  it.each([
    [
      'a party that declares the truce void, far from the word',
      {
        title: 'Rebel alliance says it is free to act after weeks of air strikes',
        text: 'The rebel alliance said on Monday it considered the ceasefire agreed with the army in the capital last October "null and void" after weeks of air strikes on its villages.',
        published: '2026-05-18',
      },
    ],
    [
      'a party no longer bound by a pause on strikes',
      {
        title: 'Moscow says energy pause is over',
        text: 'The Kremlin said on Friday that the moratorium on strikes against energy facilities had ended and that Russia was no longer bound by it, accusing Kyiv of attacks on its power plants.',
        published: '2025-04-18',
      },
    ],
    [
      'a government leaving the ceasefire, in Arabic, quoted through entities that lost their "&"',
      {
        title: null,
        text: 'قال المتحدث باسم الرئاسة إن مجلس الوزراء قرر الأربعاء quot;الانسحاب من اتفاق وقف اطلاق النارquot; مع المتمردين بعد هجمات متكررة على مواقع الجيش.',
        published: '2008-01-02',
      },
    ],
    [
      'a deadly strike in a truce zone told in an army statement',
      {
        title: 'Army: terrorist eliminated in the area of Bint Jbeil',
        text: 'Earlier today, the army struck and eliminated a terrorist in the area of Bint Jbeil in southern Lebanon, the statement said.',
        published: '2025-08-19',
      },
    ],
  ])('%s is a violation', (_case, input) => {
    expectViolation(classify(input));
  });

  it.each([
    [
      'deaths by accident in a truce zone',
      {
        title: 'Three soldiers killed while dismantling munitions in the south',
        text: 'Three Lebanese soldiers were killed on Thursday while an army engineering unit was dismantling munitions near Naqoura, the army said. "An explosion occurred during the work, resulting in the martyrdom of three soldiers," the army command said in a statement.',
        published: '2025-09-11',
      },
    ],
    [
      'strikes that defy calls for a ceasefire in a war with none',
      {
        title: 'Warring sides defy calls for a ceasefire as shelling hits the capital',
        text: 'Both armies disregarded international calls for a ceasefire on Sunday as shelling hit the capital.',
        published: '2023-05-01',
      },
    ],
    [
      'a ceasefire signed to end fighting, with the earlier truce’s breakdown as background',
      {
        title: 'Neighbours sign ceasefire to end three weeks of border fighting',
        text: 'The two countries signed a ceasefire on Saturday to end nearly three weeks of fighting along their border. Fighting had resumed this month when the ceasefire reached in July broke down.',
        published: '2025-12-27',
      },
    ],
    [
      'a column set off by a bar',
      {
        title: 'Opinion | The border ceasefire is one bad week away from collapse',
        text: 'The danger is a slide: a strike that kills the wrong person near the Litani, a rocket fired by a faction nobody controls.',
        published: '2025-11-05',
      },
    ],
    [
      'a count of violations for a year already closed',
      {
        title: 'Ceasefire committees log fewest incidents in a decade',
        text: 'The ceasefire committees said on Wednesday that only four ceasefire violations were recorded in 2012, none of them involving armed clashes between the army and the rebels in Maguindanao.',
        published: '2013-01-09',
      },
    ],
    [
      'a truce between drug-trafficking groups',
      {
        title: 'Port city truce between drug trafficking groups collapses as nine are shot dead',
        text: "An informal truce between the city's two biggest drug trafficking groups collapsed over the weekend after nine people were shot dead in separate attacks. The groups had agreed in December to divide cocaine routes and extortion rackets; the killings followed a murder inside the penitentiary.",
        published: '2026-03-09',
      },
    ],
  ])('%s is no violation', (_case, input) => {
    expectOther(classify(input));
  });
});

describe('the regional press in its own languages', () => {
  it.each([
    [
      'an Italian truce that collapses',
      {
        title: 'Crolla la tregua nel nord: almeno dodici morti negli scontri',
        text: "La tregua firmata a marzo è crollata domenica dopo tre giorni di combattimenti tra l'esercito e i ribelli, secondo fonti locali.",
        published: '2024-06-10',
      },
    ],
    [
      'a Turkish truce that collapses',
      {
        title: 'Cephede insani ateşkes çöktü: topçu saldırısında 6 sivil hayatını kaybetti',
        text: 'Savunma Bakanlığı, insani ateşkesin yürürlüğe girmesinden saatler sonra cephede çatışmaların yeniden başladığını açıkladı.',
        published: '2020-10-12',
      },
    ],
    [
      'a German truce that ends as fighting resumes',
      {
        title: 'Feuerpause beendet: Armee nimmt Angriffe wieder auf',
        text: 'Nach fünf Tagen ist die Feuerpause zu Ende. Kurz darauf nahm die Armee ihre Angriffe im Süden wieder auf.',
        published: '2023-12-01',
      },
    ],
    [
      'an Arabic mortar strike in the Hodeidah zone, written with its vowel marks',
      {
        title: 'مقتل طفلين بقذيفة هاون في مديرية التحيتا',
        text: 'قُتِلَ طفلان مساء الأحد جراء سقوط قذيفة هاون على منزل أسرتهما في مديرية التحيتا جنوبي محافظة الحديدة.',
        published: '2019-07-14',
      },
    ],
    [
      'a Turkish report of a deadly clash on the Afghan-Pakistani border',
      {
        title: 'Afganistan-Pakistan sınırında çatışma: 4 ölü',
        text: 'Afganistan ile Pakistan sınırında güvenlik güçleri arasında çıkan çatışmada 4 kişi hayatını kaybetti.',
        published: '2025-11-25',
      },
    ],
  ])('%s is a violation', (_case, input) => {
    expectViolation(classify(input));
  });

  it.each([
    [
      'Yemen Hodeidah',
      'مقتل طفلين بقذيفة هاون في الحديدة',
      'قُتِلَ طفلان مساء الأحد جراء قذيفة هاون سقطت على منزلهما في محافظة الحديدة.',
      '2019-07-14',
    ],
    [
      'Sudan',
      'قصف جوي على أم درمان',
      'قُتل خمسة مدنيين في قصف جوي على سوق في أم درمان رغم الهدنة.',
      '2023-05-25',
    ],
    [
      'Nagorno-Karabakh',
      'Karabağ cephesinde ateşkes ihlali',
      'Ermenistan ordusu Ağdam yönünde ateşkesi ihlal ederek topçu ateşi açtı.',
      '2021-03-02',
    ],
  ])(
    'places a report in %s by the names its own language gives',
    (region, title, text, published) => {
      const verdict = classify({ title, text, published });
      expectViolation(verdict);
      expect(verdict.region).toBe(region);
    },
  );

  it.each([
    [
      'a French page whose only violent line is under "À lire aussi"',
      {
        title: 'Liban : les hôtels affichent complet pour l’été',
        text: 'Les professionnels du tourisme tablent sur une saison record à Beyrouth et à Byblos.\n\nÀ lire aussi\nLiban-Sud : deux morts dans une frappe malgré le cessez-le-feu',
        published: '2025-06-10',
      },
    ],
    [
      'a French agreement whose text recalls the war’s dead',
      {
        title: 'Kinshasa et les rebelles signent une déclaration de principes',
        text: 'Les deux parties ont signé samedi une déclaration prévoyant un cessez-le-feu permanent dans l’est du Congo. Les combats de ces derniers mois ont fait des milliers de morts à Goma et dans le Nord-Kivu.',
        published: '2025-07-19',
      },
    ],
  ])('%s is no violation', (_case, input) => {
    expectOther(classify(input));
  });
});

describe('the same press, read again', () => {
  it.each([
    [
      'a Ukrainian report of fire "всупереч" (despite) a truce',
      {
        title: 'Окупанти обстріляли місто всупереч оголошеному «перемир’ю»',
        text: 'Російські війська, всупереч оголошеному Кремлем «перемир’ю», обстріляли місто, загинули двоє цивільних.',
        published: '2023-01-07',
      },
    ],
    [
      'a Portuguese truce that crumbles',
      {
        title: 'Filipinas: cessar-fogo desmorona-se após ataques rebeldes',
        text: 'O cessar-fogo desmoronou-se esta semana, depois de ataques dos rebeldes a várias localidades de Mindanau.',
        published: '2000-03-21',
      },
    ],
    [
      'an Italian headline that the truce "salta"',
      {
        title: "Salta la tregua: l'esercito riprende l'offensiva, dieci civili uccisi",
        text: "L'esercito ha annunciato la ripresa delle operazioni militari dopo appena quattro giorni.",
        published: '2019-08-05',
      },
    ],
    [
      'a Turkish report that an agreement named for Sochi has collapsed',
      {
        title: 'Hava saldırısında 20 asker şehit oldu, Soçi Mutabakatı fiilen çöktü',
        text: 'Hava saldırısı sonucu 20 askerin şehit olduğu açıklandı.',
        published: '2020-02-28',
      },
    ],
    [
      'a Spanish report of deaths in a clash in the MILF zone',
      {
        title: 'Mueren cuatro personas en un enfrentamiento con rebeldes del MILF en Maguindanao',
        text: 'Dos soldados y dos rebeldes murieron ayer en un enfrentamiento en Maguindanao, informaron los militares.',
        published: '2016-03-03',
      },
    ],
  ])('%s is a violation', (_case, input) => {
    expectViolation(classify(input));
  });

  it('reads a Russian "not a single" death as none', () => {
    expectOther(
      classify({
        title: 'Месяц тишины: ни одного погибшего при обстрелах под Донецком',
        text: 'Штаб сообщил, что за месяц число обстрелов сократилось в десятки раз.',
        published: '2020-08-27',
      }),
    );
  });
});

describe('the regional English-language press', () => {
  it.each([
    [
      'an "encounter" in the MILF zone that monitors look into',
      {
        title: 'Ceasefire monitors probe deadly encounter in Maguindanao',
        text: 'Joint ceasefire committees went to the village on Tuesday to look into an encounter between soldiers and MILF members in Maguindanao that left three people dead.',
        published: '2018-02-20',
      },
    ],
    [
      'an attack "ignoring the truce"',
      {
        title: 'Rebels attack army posts at dawn, ignoring the humanitarian truce, government says',
        text: 'The government said the rebels had launched the attack on the eastern front at 5 a.m.',
        published: '2022-08-24',
      },
    ],
    [
      'a truce a party "destroyed"',
      {
        title: 'Rebels say government forces destroyed the truce',
        text: 'A rebel spokesman said government forces had destroyed the truce with an offensive on the southern front.',
        published: '2022-08-24',
      },
    ],
    [
      'a truce called "as good as dead"',
      {
        title: "Rebels say cessation of hostilities 'as good as dead' after army raids",
        text: 'The rebel group said the cessation of hostilities was as good as dead after government troops raided its bases in Central Equatoria.',
        published: '2020-08-11',
      },
    ],
  ])('%s is a violation', (_case, input) => {
    expectViolation(classify(input));
  });

  it('reads fighting after a rejected ceasefire offer as no breach', () => {
    expectOther(
      classify({
        title: 'Three insurgents killed in encounter days after government rejects ceasefire offer',
        text: 'Security forces killed three insurgents in an encounter in the forest on Thursday, days after the government rejected the group’s ceasefire offer.',
        published: '2025-04-10',
      }),
    );
  });
});

describe('what a truce zone does not make a breach', () => {
  it.each([
    [
      'a feud turned deadly in a truce zone',
      {
        title: 'Two brothers shot dead over land dispute near the Line of Control',
        text: 'Police said two brothers were shot dead in Poonch on Sunday in a quarrel over a field near the Line of Control.',
        published: '2024-05-12',
      },
    ],
    [
      'a strike on Hodeidah port by a party the Stockholm agreement never bound',
      {
        title: 'Jets strike Hodeidah port and Ras Isa fuel terminal after missile launches',
        text: 'Israeli jets struck Hodeidah port and the Ras Isa fuel terminal on Monday, killing three port workers, Houthi media said.',
        published: '2025-07-07',
      },
    ],
    [
      'shelling near Idlib after the line the Moscow protocol froze was overrun',
      {
        title: 'Shelling kills two near Maarat al-Numan',
        text: 'Shelling killed two farmers near Maarat al-Numan in Idlib province on Tuesday, residents said.',
        published: '2025-04-14',
      },
    ],
  ])('%s is no violation', (_case, input) => {
    expectOther(classify(input));
  });

  it('reads a blast after an accident word as the accident', () => {
    expectOther(
      classify({
        title: 'Teenager killed by unexploded shell he found near the contact line',
        text: 'A 15-year-old boy was killed on Saturday when an unexploded shell he had found in a field outside Popasna blew up, police said.',
        published: '2019-04-14',
      }),
    );
  });

  it('still reads a strike on Hodeidah as a breach where the item names the agreement', () => {
    expectViolation(
      classify({
        title:
          'Shelling kills two in Hodeidah in breach of the Stockholm agreement, government says',
        text: 'Houthi shelling killed two civilians in Hodeidah on Monday, the government said, calling it a violation of the Hodeidah agreement.',
        published: '2025-07-07',
      }),
    );
  });
});

describe('corrections', () => {
  it('reads nothing into what a correction says an earlier version got wrong', () => {
    const corrected = (correction: string): Verdict =>
      classify({
        title: 'Air strike on a house in the south kills a family of four',
        text: `${correction}\n\nThe strike hit the house at 06:40, twenty minutes before the humanitarian pause took effect on Friday, according to hospital records.`,
        published: '2023-11-24',
      });
    expectOther(
      corrected(
        'Correction: An earlier version of this report said the air strike came after the start of the humanitarian pause.',
      ),
    );
    expectViolation(
      corrected(
        'Residents said a second air strike hit the same street after the start of the humanitarian pause.',
      ),
    );
  });
});

describe('calm, citations and looking back', () => {
  it('reads breaches said to be next to none as calm, unless the calm ended', () => {
    const onTheLine = (sentence: string): Verdict =>
      classify({
        title: 'Apple growers return to the orchards by the line',
        text: `${sentence} Schools in the border villages have reopened, teachers say.`,
        published: '2024-06-01',
      });
    expectOther(
      onTheLine(
        'Officers in the sector say ceasefire violations have been negligible since the two armies renewed their understanding.',
      ),
    );
    expectOther(
      onTheLine(
        'Figures given to parliament show that ceasefire violations along the Line of Control fell from more than 3,000 in 2019 to a handful last year.',
      ),
    );
    expectViolation(
      onTheLine(
        'Ceasefire violations on the Line of Control were rare until Sunday, when shelling killed two villagers near Uri, the army said.',
      ),
    );
  });

  it('does not count the dead of the hostilities a ceasefire ended', () => {
    expectOther(
      classify({
        title: 'A year on, researchers tally the dead of the border war',
        text: 'More than 3,000 people were killed in Lebanon during the hostilities between Israel and Hezbollah that ended with the November 2024 ceasefire, a research group said on Thursday.',
        published: '2025-11-20',
      }),
    );
  });

  it('reads a look back at a truce the registry says ended long ago as its history', () => {
    const verdict = classify({
      title: 'Twenty years on: how the Norway-brokered ceasefire fell apart',
      text: 'COLOMBO — Two decades after the truce was signed, former monitors describe how it collapsed under thousands of complaints from both sides.',
      published: '2022-03-01',
    });
    expectOther(verdict);
    // The collapse that "Twenty years on" dates is not read as a collapse at all.
    expect(verdict.rules).not.toContain('truce-collapsed');
    // A truce still in force is not history, whatever the headline looks back on.
    expectViolation(
      classify({
        title: 'Two years on, the Line of Control ceasefire is violated by shelling in Poonch',
        text: 'Pakistani troops shelled forward posts in Poonch on Sunday in violation of the ceasefire, the Indian army said.',
        published: '2023-02-26',
      }),
    );
  });

  it('reads shelling named by its year, and the dead of a war named by its year, as the past', () => {
    expectOther(
      classify({
        title: 'Five years on, families hit by 2019 shelling still wait for compensation',
        text: 'The shelling, among the heaviest ceasefire violations of that year, destroyed forty houses in the village of Churanda.',
        published: '2024-11-10',
      }),
    );
    expectOther(
      classify({
        title: 'Georgia marks fifteen years since the August war',
        text: 'TBILISI - Mourners laid flowers on Tuesday at the graves of soldiers killed in the 2008 war, fifteen years after artillery shelled Tskhinvali.',
        published: '2023-08-08',
      }),
    );
  });

  it('reads breaches of previous years, cited as an argument, as no news', () => {
    expectOther(
      classify({
        title: 'No holiday truce with the rebels this year, army says',
        text: '"In previous years they violated the truce while we kept ours," the army chief told reporters in Manila.',
        published: '2021-12-15',
      }),
    );
  });

  it('reads a warning to "anyone who breaks" a truce as no breach', () => {
    expectOther(
      classify({
        title:
          'Envoy urges both sides to keep the Gaza ceasefire, says anyone who breaks it will pay',
        text: 'The envoy met mediators in Cairo on Sunday and said the truce was holding.',
      }),
    );
  });

  it('reads a union’s pay truce and its strikes as labour news', () => {
    expectOther(
      classify({
        title: 'Cabin crew union says airline violated pay truce, threatens strikes',
        text: 'The trade union representing cabin crew accused the airline on Monday of violating the pay truce agreed in March, and said members would vote on new strikes.',
        published: '2025-05-12',
      }),
    );
  });

  it('reads an Arabic withdrawal of forces under a new deal as no withdrawal from the truce', () => {
    expectOther(
      classify({
        title: 'اتفاق على وقف إطلاق النار في الحديدة وانسحاب القوات من المدينة',
        text: 'أعلن الوسطاء في ستوكهولم اتفاقا على وقف إطلاق النار في الحديدة.',
        published: '2018-12-13',
      }),
    );
  });

  it('reads Russian breaches "in the years that followed" and "systematic" ones as history', () => {
    expectOther(
      classify({
        title: 'Десять лет Минским соглашениям',
        text: 'Соглашения были подписаны в феврале 2015 года. Режим тишины в последующие годы был нарушен тысячи раз, говорят эксперты.',
        published: '2025-02-12',
      }),
    );
    expectOther(
      classify({
        title: 'Песков о возможном прекращении огня',
        text: 'Песков напомнил, что украинская сторона систематически допускала нарушения режима тишины.',
        published: '2025-03-13',
      }),
    );
  });
});

describe('the less-watched truces in their own languages', () => {
  it.each([
    [
      'a Russian imperfective "violated"',
      {
        title: 'Минобороны: украинские подразделения нарушали пасхальное перемирие',
        text: 'Министерство обороны заявило, что украинские подразделения несколько раз нарушали перемирие на донецком направлении.',
        published: '2025-04-20',
      },
    ],
    [
      'a Russian passive "fire was opened" despite the ceasefire',
      {
        title: 'Минобороны Южной Осетии сообщило об обстреле',
        text: 'Ночью с грузинской стороны был открыт огонь по окраине села под Цхинвалом, несмотря на режим прекращения огня.',
      },
    ],
    [
      'an Amharic ceasefire "violated" with its object ending',
      {
        title: 'መንግሥት ሕወሓት ተኩስ አቁሙን ጥሷል አለ',
        text: 'የመንግሥት ቃል አቀባይ የሕወሓት ታጣቂዎች በትግራይ ድንበር ላይ ተኩስ አቁሙን ጥሰዋል ብለዋል።',
        published: '2022-08-25',
      },
    ],
    [
      'a Tigrinya deadly exchange of fire where the Pretoria monitors went',
      {
        title: 'ኣብ ትግራይ ብዝተኸፈተ ተኹሲ ክልተ ሰባት ሞይቶም',
        text: 'ኣብ ምዕራብ ትግራይን ብዝተኸፈተ ተኹሲ ክልተ ሰባት ሞይቶም። ናይ ፕሪቶርያ ስምምዕ ዝከታተል ጉጅለ ናብቲ ቦታ ከይዱ።',
      },
    ],
    [
      'a Tamil attack "although the ceasefire is in force"',
      {
        title: 'கிளிநொச்சியில் தாக்குதல்: மூன்று படையினர் பலி',
        text: 'போர்நிறுத்த உடன்படிக்கை நடைமுறையில் இருக்கின்ற போதிலும் கிளிநொச்சியில் நடந்த தாக்குதலில் மூன்று படையினர் உயிரிழந்தனர்.',
      },
    ],
    [
      'a Tagalog clash "on the second day of the ceasefire"',
      {
        title: 'Sa ikalawang araw ng tigil-putukan, bakbakan sa Northern Samar',
        text: 'Isang sundalo ang nasawi sa bakbakan sa Las Navas, Northern Samar, ayon sa Army.',
      },
    ],
  ])('%s is a violation', (_case, input) => {
    expectViolation(classify(input));
  });

  it('reads a Sinhala naval clash the truce monitors look into as a violation, and a memoir as no news', () => {
    expectViolation(
      classify({
        title: 'යාපනය මුහුදේ ගැටුමක්',
        text: 'යාපනය අසල මුහුදේදී ඇති වූ ගැටුමකින් නාවිකයින් තිදෙනෙකු මිය ගිය බව නාවික හමුදාව පැවසීය. සටන් විරාම නිරීක්ෂණ කණ්ඩායම වාර්තාවක් ඉල්ලා ඇත.',
      }),
    );
    expectOther(
      classify({
        title: 'සටන් විරාම නිරීක්ෂකයෙකුගේ මතක සටහන්',
        text: 'මතක සටහන් කෘතියේ කතුවරයා යාපනයේ සේවය කළ අතර, සටන් විරාමය උල්ලංඝනය කිරීම් පිළිබඳ පැමිණිලි විමර්ශනය කළේය.',
      }),
    );
  });
});

describe('neighbouring news, voices from the ground, and Myanmar’s partial truces', () => {
  it('reads hackers, test-firing and smugglers as no breach', () => {
    expectOther(
      classify({
        title:
          'Hackers knock a state bank offline; pundits call it a "ceasefire violation by keyboard"',
        text: 'A cyber-attack took the bank offline for most of Tuesday. A hacking group claimed it on Telegram, and commentators on television described the attack as a ceasefire violation by other means.',
        published: '2025-08-12',
      }),
    );
    expectOther(
      classify({
        title: 'Three smugglers killed in shoot-out with border guards near Chaman',
        text: 'Three fuel smugglers were killed in a shoot-out with the Frontier Corps near Chaman on Tuesday night, officials said.',
        published: '2025-11-12',
      }),
    );
  });

  it('reads a raid on an Islamic State cell in Idlib, and clan gunmen in Gaza, as no breach', () => {
    expectOther(
      classify({
        title: 'Three killed as Idlib security forces raid Islamic State hideout',
        text: 'Security forces raided an Islamic State hideout in Sarmada on Wednesday, killing three militants, a local official said.',
        published: '2022-11-03',
      }),
    );
    expectOther(
      classify({
        text: 'At least six people were killed on Sunday in clashes between security forces and clan gunmen in Gaza City, the worst internal violence since the ceasefire took effect.',
      }),
    );
  });

  it('reads soldiers who "fired in their direction" despite the truce as a breach', () => {
    expectViolation(
      classify({
        title: 'Parish letter: olive season under the soldiers’ eyes',
        text: 'On Saturday, while families were picking olives near the hill, soldiers from the position across the border fired in their direction despite the ceasefire. One man was hit in the leg.',
        published: '2025-10-14',
      }),
    );
  });

  it('reads sirens sounding after a truce took effect, with a breach alleged, as news of it', () => {
    expectViolation(
      classify({
        title: 'Residents’ committee: morning sirens, shelters stay open',
        text: 'This morning, a few hours after the ceasefire with Iran came into force, sirens sounded again across the north. The defence minister said Iran violated the ceasefire and ordered a strong response.',
        published: '2025-06-24',
      }),
    );
  });

  it('reads nights "quiet since the ceasefire" as calm, whatever strikes came before', () => {
    expectOther(
      classify({
        title: 'Glaziers still busy weeks after the ceasefire',
        text: 'Residents of the district, where several buildings were damaged in the strikes in June, say the nights have been quiet since the ceasefire took effect on 24 June.',
        published: '2025-08-11',
      }),
    );
  });

  it('puts a deadly clash in Lashio under the Kunming deal the item names, and nothing outside its towns', () => {
    expectViolation(
      classify({
        title: 'Three dead in checkpoint gunfight on Lashio outskirts',
        text: 'LASHIO - Three people were killed in an exchange of fire at a checkpoint outside Lashio on Tuesday night, in an area handed back to the military under the Kunming-brokered deal, residents said.',
        published: '2025-06-18',
      }),
    );
    expectOther(
      classify({
        title: 'Junta air strike kills nine in Sagaing as Kunming talks go on',
        text: 'A military air strike killed nine people in a village in Sagaing Region on Sunday, residents said, as delegations met in Kunming.',
        published: '2025-06-18',
      }),
    );
    // Kyaukme came under the deal with the TNLA only in October 2025.
    expectOther(
      classify({
        title: 'Junta bombs Kyaukme as China presses rebels toward a deal in Kunming',
        text: 'Air strikes on Kyaukme killed eleven civilians on Monday, residents said.',
        published: '2025-08-04',
      }),
    );
  });

  it.each([
    [
      'Burmese air strikes "amid" the truce held',
      {
        title: 'နမ့်ဆန်တွင် အပစ်ရပ်ထားသည့်ကြားမှ လေယာဉ်ဗုံးကြဲ၍ အရပ်သား ၂ ဦး သေဆုံး',
        text: 'စစ်ကောင်စီ လေယာဉ်က ရွာတစ်ရွာကို ဗုံးကြဲခဲ့သည်။',
      },
    ],
    [
      'Burmese artillery "within the period" of the earthquake truce',
      {
        title: 'ငလျင်အပစ်ရပ်ကာလအတွင်း လက်နက်ကြီးကျ၍ ဒေသခံ ၃ ဦး သေဆုံး',
        text: 'စစ်ကိုင်းတိုင်းရှိ ရွာတစ်ရွာသို့ လက်နက်ကြီး ကျရောက်ခဲ့သည်။',
      },
    ],
    [
      'a Burmese truce that "broke apart"',
      {
        title: 'ကူမင်းအပစ်ရပ် ပြိုကွဲပြီဟု TNLA ကြေညာ',
        text: 'နမ့်ဆန်ဘက်တွင် တိုက်ပွဲပြင်းထန်နေသည်။',
        published: '2026-03-09',
      },
    ],
  ])('%s is a violation', (_case, input) => {
    expectViolation(classify(input));
  });
});

describe('headlines alone, the Thai–Cambodian border, and Sudan’s truces in Arabic and French', () => {
  it.each([
    [
      'jets that "pound" a town despite a truce, under a one-word kicker',
      {
        title: 'Russian jets pound Idlib countryside despite Moscow-Ankara truce',
        text: 'Syria',
        published: '2021-06-10',
      },
    ],
    [
      'a truce "in" a named place that collapses',
      {
        title: 'China-brokered truce in Myanmar’s northern Shan State collapses as fighting flares',
        text: '',
        published: '2024-06-26',
      },
    ],
    [
      'a Thai clash "even though" the truce still holds',
      {
        title: 'ปะทะใกล้ด่านชายแดน ทหารเจ็บ 2 ทั้งที่ยังอยู่ในช่วงหยุดยิง',
        text: 'ทหารพรานลาดตระเวนถูกยิงใกล้ชายแดน',
      },
    ],
    [
      'a Thai truce that "fell apart"',
      {
        title: 'หยุดยิงพังครืน! กองทัพโจมตีเป้าหมายทางทหาร หลังทหารไทยเสียชีวิต',
        text: 'ทหารไทยเสียชีวิต 1 นาย',
      },
    ],
    [
      'Khmer soldiers who fired on farmers despite the truce',
      {
        title: 'ទាហានបាញ់លើកសិករ ទោះបីបទឈប់បាញ់នៅជាធរមាន',
        text: 'កសិករពីរនាក់បានរងរបួស',
        published: '2026-04-05',
      },
    ],
    [
      'a Khmer breach of the peace declaration',
      {
        title: 'កម្ពុជាថាទាហានថៃបាញ់ចូលភូមិ គឺជាការរំលោភសេចក្តីប្រកាសសន្តិភាព',
        text: 'ពលរដ្ឋម្នាក់ស្លាប់',
        published: '2025-11-12',
      },
    ],
    [
      'an Arabic clash despite "a ceasefire" in the indefinite',
      {
        title: 'اشتباكات جنوبي الخرطوم رغم إعلان الطرفين وقفاً لإطلاق النار',
        text: 'أفاد سكان بوقوع اشتباكات وقصف مدفعي.',
        published: '2023-06-28',
      },
    ],
    [
      'an Arabic breach of the cessation of hostilities',
      {
        title: 'الحركة تتهم القوات الحكومية بخرق وقف العدائيات في جنوب كردفان',
        text: 'وقالت الحركة إن الجيش هاجم مواقعها.',
        published: '2021-06-08',
      },
    ],
    [
      'French artillery "on the second day of the truce"',
      {
        title: 'Soudan : des tirs d’artillerie à Omdourman au deuxième jour de la trêve',
        text: 'Des tirs ont été entendus lundi matin.',
        published: '2023-06-19',
      },
    ],
  ])('%s is a violation', (_case, input) => {
    expectViolation(classify(input));
  });

  it.each([
    [
      'a look back at a war "that shattered" a truce, named by its year',
      {
        title: 'Ten years on, veterans recall the April 2016 war that shattered the Karabakh truce',
        text: 'Features',
        published: '2026-04-02',
      },
    ],
    [
      'a book that revisits logs of old breaches',
      { title: 'New book revisits monitors’ logs of truce breaches in Jaffna', text: 'Books' },
    ],
    [
      'a Thai anniversary whose breaches were "at that time"',
      {
        title: 'ครบรอบ 15 ปีศึกชายแดน ชาวบ้านจัดงานรำลึกผู้เสียชีวิต',
        text: 'ในครั้งนั้น ทหารสองฝ่ายปะทะกัน และกล่าวหากันว่าละเมิดข้อตกลงหยุดยิง',
      },
    ],
    [
      'mobile operators’ price truce that breaks down',
      {
        title: 'Telecom ‘truce’ breaks down as operator cuts data prices',
        text: 'The six-month truce between Sudan’s two largest mobile operators collapsed this week over data bundles.',
      },
    ],
  ])('%s is other news', (_case, input) => {
    expectOther(classify(input));
  });

  it.each([
    [
      'a Georgian "despite" written after the truce it sets the fire against',
      {
        title: 'საზღვარზე სროლა ცეცხლის შეწყვეტის შეთანხმების მიუხედავად გაგრძელდა',
        text: 'სროლა დილით განახლდა.',
        published: '2022-09-14',
      },
    ],
    [
      'an Azerbaijani missile strike despite the humanitarian truce',
      {
        title: 'Humanitar atəşkəsə baxmayaraq Gəncə yenidən raket zərbəsinə məruz qalıb',
        text: 'Gəncə şəhərinə raket zərbəsi endirilib.',
      },
    ],
    [
      'an Azerbaijani "gross violation" of the ceasefire, told by its noun',
      {
        title: 'MN: sərhəddə təxribat törədilib',
        text: 'Ermənistan silahlı qüvvələri mövqelərimizi atəşə tutub. Bu, atəşkəs rejiminin kobud pozulmasıdır, nazirlik bildirib.',
        published: '2022-09-13',
      },
    ],
    [
      'an Armenian ceasefire that "was not kept"',
      { title: 'Հրադադարը չպահպանվեց, մարտերը շարունակվում են', text: 'Կրակը չի դադարել։' },
    ],
  ])('%s is a violation', (_case, input) => {
    expectViolation(classify(input));
  });

  it('reads an Azerbaijani "no violation recorded" as no breach, and a police standoff as crime', () => {
    expectOther(
      classify({
        title: 'MN: sərhəddə son sutka ərzində atəşkəs pozuntusu qeydə alınmayıb',
        text: 'Vəziyyət sabitdir.',
        published: '2021-03-02',
      }),
    );
    expectOther(
      classify({
        title: 'Police shoot armed man in Gori after hours-long standoff',
        text: 'Police shot and wounded a man who had barricaded himself in an apartment and fired a rifle at officers, the interior ministry said.',
        published: '2023-02-09',
      }),
    );
  });
});

describe('Colombia in Spanish, the Arabic press, Bisaya, and Russian and Ukrainian verbs', () => {
  it.each([
    [
      'a Spanish attack "in the middle of" the ceasefire',
      {
        title: 'ELN ataca estación de Policía en medio de su cese al fuego electoral',
        text: 'Un policía murió en el ataque.',
        published: '2022-03-12',
      },
    ],
    [
      'a Spanish ceasefire "lifted" after an attack',
      {
        title: 'El Gobierno levanta el cese al fuego con la guerrilla tras el ataque',
        text: 'El presidente ordenó reanudar las operaciones militares.',
        published: '2023-03-19',
      },
    ],
    [
      'armed actions "during" a unilateral Spanish ceasefire',
      {
        title: 'Defensoría documenta cuatro acciones armadas del ELN durante su cese unilateral',
        text: 'Las acciones ocurrieron en Arauca.',
      },
    ],
    [
      'a monitors’ count of "possible breaches"',
      {
        title: 'Monitors log 14 possible breaches of Colombia’s ceasefire with the dissidents',
        text: 'The mechanism said it was verifying each case.',
        published: '2023-12-15',
      },
    ],
    [
      'an Arabic breach "of Resolution 1701", written with its prefix',
      {
        title: 'اليونيفيل: دبابة إسرائيلية أطلقت النار قرب جنود حفظ السلام في انتهاك للقرار 1701',
        text: 'قالت القوة إن أحدا لم يصب.',
        published: '2025-10-26',
      },
    ],
    [
      'an Arabic shooting at a joint observation post in Hodeidah',
      {
        title: 'إصابة ضابط ارتباط بطلق ناري في نقطة مراقبة مشتركة بمدينة الحديدة',
        text: 'نقل الضابط إلى المستشفى.',
        published: '2020-03-11',
      },
    ],
    [
      'a Bisaya breach with its dead',
      {
        title: 'CPP: Army milapas sa ceasefire sa Negros Oriental; 2 ka NPA patay',
        text: 'Gisaway sa CPP ang militar.',
      },
    ],
    [
      'a Bisaya attack "despite" the ceasefire',
      {
        title: '2 ka sundalo namatay sa pag-atake sa NPA bisan pa sa ceasefire',
        text: 'Giatake ang detachment sa kabukiran.',
      },
    ],
    [
      'Ukrainian troops that "do not observe" the silence regime',
      {
        title: 'Евакуацію відкладено: російські війська не дотримуються режиму тиші',
        text: 'Евакуація мала розпочатися об 11:00.',
        published: '2022-03-05',
      },
    ],
    [
      'the Minsk agreements "torn up" in Russian',
      {
        title: 'Минские договорённости фактически сорваны: в ЛНР заявили о массированных обстрелах',
        text: 'Режим прекращения огня фактически перестал действовать.',
      },
    ],
    [
      'a Ukrainian truce that "failed" within hours',
      {
        title: 'Різдвяне перемир’я Кремля провалилося в перші ж години',
        text: 'Обстріли тривали всю ніч.',
      },
    ],
  ])('%s is a violation', (_case, input) => {
    expectViolation(classify(input));
  });

  it.each([
    [
      'an Arabic attack "weeks after the end of the truce"',
      {
        title: 'مسيّرات حوثية تستهدف ميناء نفطيا في حضرموت',
        text: 'ويأتي الهجوم بعد نحو ثلاثة أسابيع من انتهاء الهدنة الأممية دون تجديد.',
        published: '2022-10-21',
      },
    ],
    [
      'Arabic breaches told "at that time"',
      {
        title: 'مجلس الأمن يمدد ولاية البعثة في الحديدة',
        text: 'واتهمت الحكومة الحوثيين آنذاك بارتكاب آلاف الخروقات لوقف إطلاق النار.',
      },
    ],
    [
      'a patrol under an Arabic calm "since" the agreement',
      {
        title: 'دورية مشتركة جديدة على طريق M4',
        text: 'وشاركت في الدورية عربات مدرعة ترافقها طائرات مسيرة، فيما يسود الهدوء المنطقة منذ سريان اتفاق موسكو.',
      },
    ],
    [
      'a truce that expired, with fighting resumed after it',
      {
        title: 'Easter truce expires, Russian forces resume offensive',
        text: 'The Easter truce expired at midnight. After that, Russian troops resumed combat operations.',
        published: '2025-04-21',
      },
    ],
    [
      'a Russian truce that ended "as announced"',
      {
        title: 'Пасхальное перемирие завершилось',
        text: 'Перемирие завершилось в 00:00, как и было заявлено. После этого войска возобновили боевые действия. Напомним, во время перемирия стороны обвиняли друг друга в нарушениях режима.',
        published: '2025-04-21',
      },
    ],
    [
      'fighting "since March 2023, when the government lifted the ceasefire"',
      {
        title: 'Army and gang clash in Ituango, three dead',
        text: 'Operations against the group have continued since March 2023, when the government lifted the ceasefire it had decreed with it.',
      },
    ],
    [
      'the quiet hours of a Ukrainian noise law',
      {
        title: 'Порушення режиму тиші: за тиждень столична поліція склала 46 протоколів',
        text: 'Мешканці Києва скаржилися на шум після 22:00, штрафи сплатили тридцять людей.',
      },
    ],
    [
      'a clash "of January 2015" recalled in an analysis',
      {
        title: 'Bangsamoro polls moved again; analysts warn of peace fatigue',
        text: 'Analysts said the delays risked eroding faith in a peace process that survived the Mamasapano clash of January 2015, which killed 44 police commandos in a firefight with MILF fighters and was condemned as a ceasefire breach, and the long wait for the new region.',
        published: '2025-10-02',
      },
    ],
  ])('%s is other news', (_case, input) => {
    expectOther(classify(input));
  });
});

describe('Swahili and French in Congo, South Asia’s understandings, and the Ethiopian languages', () => {
  it.each([
    [
      'Swahili fighting "despite" the humanitarian truce',
      {
        title: 'Mapigano mapya Masisi licha ya usitishaji mapigano wa kibinadamu',
        text: 'Waasi wa M23 na wanajeshi walipigana Jumamosi.',
        published: '2023-12-16',
      },
    ],
    [
      'a Swahili charge that the rebels "violated" the agreement to stop fighting',
      {
        title: 'Serikali yasema waasi wamekiuka makubaliano ya kusitisha mapigano',
        text: 'Waasi waliingia mjini Goma.',
        published: '2025-01-28',
      },
    ],
    [
      'a French truce that "will not have held" a day',
      {
        title: 'Le cessez-le-feu annoncé par Luanda n’aura pas tenu une journée',
        text: 'Les combats ont repris dans l’après-midi près de Goma.',
        published: '2023-03-08',
      },
    ],
    [
      'rebels who "seize" a town despite their own ceasefire',
      {
        title: 'Kalehe : le M23 s’empare de Nyabibwe en dépit de son propre cessez-le-feu',
        text: 'Les rebelles contrôlent la cité minière.',
      },
    ],
    [
      'a headline that one state "violated the ceasefire understanding"',
      {
        title: 'Kabul violated ceasefire understanding twice this week, says Foreign Office',
        text: '',
        published: '2025-11-14',
      },
    ],
    [
      'an Amharic exchange of fire "although" the Pretoria ceasefire is in force',
      {
        title: 'ኮረም አቅራቢያ በተከሰተ የተኩስ ልውውጥ አራት ሰዎች ሞቱ',
        text: 'የፕሪቶሪያው የተኩስ አቁም ስምምነት በሥራ ላይ ቢሆንም፣ በትግራይ የተኩስ ልውውጥ ተከስቷል።',
      },
    ],
    [
      'an Afaan Oromoo truce that "broke"',
      {
        title: 'Dhaabbiin lolaa Kaaba Itoophiyaa cabe: lolli naannoo Kobbootti deebi’e',
        text: 'Lolli haaraan Tigraay keessatti jalqabe.',
        published: '2022-08-25',
      },
    ],
  ])('%s is a violation', (_case, input) => {
    expectViolation(classify(input));
  });

  it.each([
    [
      'a Pashto statement that "no violation" was committed',
      {
        title: 'مجاهد: اوربند ټینګ دی، زموږ له خوا هېڅ سرغړونه نه ده شوې',
        text: 'د افغانستان او پاکستان پر پوله، تورخم او چمن کې حالات آرام دي.',
        published: '2025-11-02',
      },
    ],
    [
      'a flag meeting "since the understanding on stopping firing"',
      {
        title: 'Brigade commanders hold flag meeting, agree to keep LoC calm',
        text: 'It was the first such meeting in the sector since the understanding on stopping firing was reached in May.',
        published: '2025-08-19',
      },
    ],
    [
      'Urdu shelling "in past years"',
      {
        title: 'پاکستان اور بھارت کا ایل او سی پر جنگ بندی کی پاسداری پر اتفاق',
        text: 'گزشتہ برسوں میں فائرنگ اور گولہ باری سے کوٹلی میں درجنوں شہری جاں بحق ہوئے تھے۔',
      },
    ],
    [
      'a Hebrew memorial "during the war"',
      {
        title: 'טקס ממלכתי לזכר האזרחים שנהרגו במלחמה מול איראן',
        text: 'הטקס יתקיים לזכר האזרחים שנהרגו מפגיעות טילים במהלך המלחמה.',
        published: '2026-06-13',
      },
    ],
  ])('%s is other news', (_case, input) => {
    expectOther(classify(input));
  });
});

describe('Lebanon and Gaza since their truces', () => {
  it.each([
    [
      'a strike "last spring" recalled at a reconstruction launch',
      {
        title: 'Lebanon launches fund to rebuild southern villages',
        text: 'The minister spoke of his village, where an Israeli drone strike in breach of the truce killed two of his cousins last spring.',
        published: '2026-02-25',
      },
    ],
    [
      'attacks "halted" after the ceasefire took effect',
      {
        title: 'Houthis say they will resume attacks if the truce collapses',
        text: 'The Houthis halted their attacks on shipping after the ceasefire took effect on October 10.',
        published: '2025-11-03',
      },
    ],
    [
      'a wanted trafficker killed in an army raid, in French',
      {
        title: 'Baalbek : un trafiquant recherché tué lors d’un raid de l’armée',
        text: 'L’armée libanaise a mené un raid à l’aube dans la Bekaa.',
        published: '2025-10-05',
      },
    ],
  ])('%s is other news', (_case, input) => {
    expectOther(classify(input));
  });
});

describe('two zones in one item, broadcast scripts, and the Turkish, Persian and Urdu press', () => {
  it.each([
    [
      'an undated item whose worst fighting came in an earlier year than the latest it names',
      {
        title: 'Border posts quiet as the two governments initial a peace text',
        text: 'Both delegations said the border had been calm for months.\n\nThe worst fighting came in September 2022, when hundreds of soldiers died in two days despite a ceasefire announced by Moscow.\n\nRussian peacekeepers left the region in 2024.',
      },
    ],
    [
      'a truce of an agreement over for years, broken in its own time',
      {
        title: 'Missiles hit Kyiv overnight; president rejects a quick truce',
        text: 'The president said the Minsk agreements of 2014-2015 had given Moscow years to rearm while its forces broke the truce in Donbas almost daily.',
        published: '2025-08-28',
      },
    ],
    [
      'a monitor who "recalled how" a truce unravelled',
      {
        title: 'Former monitors compare notes in Oslo',
        text: 'A veteran of the Nordic monitoring mission recalled how the truce unravelled in Sri Lanka before its formal end.',
      },
    ],
    [
      'a page of violations logged before the full-scale invasion',
      {
        title: 'Archivists move the monitors’ logs out of Kramatorsk',
        text: 'One page records nearly 2,000 ceasefire violations in a single day, days before Russia’s full-scale invasion.',
      },
    ],
    [
      'a fuel depot that blew up, its toll rising',
      {
        title: 'Fuel depot blast near Stepanakert: toll rises to 200',
        text: 'The number of people killed in the explosion at a fuel depot has risen to 200, days after a ceasefire ended the offensive. Officials described it as an accident.',
        published: '2023-09-28',
      },
    ],
    [
      'the border fighting of an earlier year named as the worst breach, beside a peace text',
      {
        title: 'Explained: a peace deal on paper',
        text: 'The two leaders initialled a peace text on Friday, nearly three years after the September 2022 border fighting, when shelling hit towns in one of the worst breaches of the 2020 truce.',
        published: '2025-08-11',
      },
    ],
    [
      'a Turkish report that no breach has been reported since the truce began',
      {
        title: "Gazze'de ateşkesin ikinci günü: binlerce kişi kuzeye dönüyor",
        text: 'İsrail ordusu, anlaşmada belirlenen hatta çekildiğini duyurdu. Ateşkesin başlamasından bu yana herhangi bir ihlal bildirilmedi.',
      },
    ],
    [
      'a Turkish look back at sides that "often" accused each other',
      {
        title: 'Azerbaycan ile Ermenistan barış metnini parafe etti',
        text: "İki ülkenin liderleri metni Beyaz Saray'da parafe etti. 2020'deki savaşın ardından sınırda, özellikle Eylül 2022'de çok sayıda askerin hayatını kaybettiği çatışmalar yaşanmış, taraflar birbirini sık sık ateşkesi ihlal etmekle suçlamıştı.",
        published: '2025-08-08',
      },
    ],
  ])('%s is other news', (_case, input) => {
    expectOther(classify(input));
  });

  it('reads Urdu clashes despite a truce as a breach, and clashes recalled ("be it remembered") as the past', () => {
    expectViolation(
      classify({
        title: 'جنگ بندی کے باوجود انگور اڈہ میں سرحد پر جھڑپیں',
        text: '',
        published: '2025-10-17',
      }),
    );
    expectOther(
      classify({
        title: 'دوحہ مذاکرات: پاکستان اور افغانستان فوری جنگ بندی پر متفق',
        text: 'دونوں ممالک نے فوری جنگ بندی پر اتفاق کر لیا ہے۔ یاد رہے کہ اس ماہ کے آغاز میں سرحد پر ہونے والی شدید جھڑپوں میں دونوں جانب درجنوں افراد جان سے گئے تھے، جس کے بعد عارضی جنگ بندی کی گئی تھی۔',
        published: '2025-10-19',
      }),
    );
  });

  it.each([
    [
      'a Turkish air strike "despite" the Moscow memorandum',
      {
        title: 'Rus savaş uçakları Moskova mutabakatına rağmen İdlib kırsalını bombaladı',
        text: 'Yerel kaynaklar 3 kişinin öldüğünü bildirdi.',
      },
      'Idlib',
    ],
    [
      'Turkish fire opened on people in Rafah despite the truce',
      {
        title: null,
        text: 'Refah kentinde yürürlükte olan ateşkese rağmen İsrail askerlerinin açtığı ateş sonucu 2 Filistinli hayatını kaybetti.',
      },
      'Gaza',
    ],
    [
      'an Urdu truce that "breathed its last" in clashes',
      {
        title: 'انگور اڈہ میں شدید جھڑپیں، پاک افغان عارضی جنگ بندی دم توڑ گئی',
        text: 'سرحد پار سے حملے میں 2 اہلکار شہید ہو گئے۔',
      },
      'Afghanistan-Pakistan border',
    ],
    [
      'an Urdu "violation of it", far from the truce it names',
      {
        title: null,
        text: 'دفتر خارجہ نے کہا ہے کہ پاکستان جنگ بندی پر مخلصانہ عمل درآمد کے لیے پرعزم ہے، تاہم بھارت کی جانب سے لائن آف کنٹرول پر بعض علاقوں میں اس کی خلاف ورزیاں کی گئی ہیں۔',
        published: '2025-05-10',
      },
      'Kashmir LoC',
    ],
    [
      'a Persian drone strike near UNIFIL in Naqoura',
      {
        title: 'حمله پهپادی در نزدیکی مقر یونیفل در ناقوره؛ یک شهروند لبنانی جان باخت',
        text: 'این منطقه بر اساس قطعنامه ۱۷۰۱ تحت نظارت یونیفل است.',
      },
      'Lebanon',
    ],
    [
      'a Portuguese report that Israel and Iran both broke the truce',
      {
        title: 'Trump diz que Israel e Irã violaram cessar-fogo',
        text: 'O presidente afirmou que tanto Israel quanto o Irã violaram o cessar-fogo anunciado na noite anterior.',
        published: '2025-06-24',
      },
      'Israel-Iran',
    ],
    [
      'a truce ended "with a wave of strikes"',
      {
        title: 'Israel ends Gaza ceasefire with wave of strikes',
        text: 'Gaza’s health ministry said more than 200 people had been killed.',
      },
      'Gaza',
    ],
  ])('%s is a violation', (_case, input, region) => {
    const verdict = classify(input);
    expectViolation(verdict);
    expect(verdict.region).toBe(region);
  });

  it('reads the tolls the Turkish, Persian and Urdu reports give', () => {
    expect(
      classify({
        title: 'انگور اڈہ میں شدید جھڑپیں، پاک افغان عارضی جنگ بندی دم توڑ گئی',
        text: 'سرحد پار سے حملے میں 2 سیکیورٹی اہلکار شہید ہو گئے۔\n\nمارٹر گولوں سے 4 شہری بھی جاں بحق ہوئے۔',
      }).killed,
    ).toBe(6);
    expect(
      classify({
        title: 'پایان آتش‌بس غزه؛ رژیم صهیونیستی حملات گسترده را از سر گرفت',
        text: 'وزارت بهداشت غزه اعلام کرد در این حملات دست‌کم ۳۳۰ نفر به شهادت رسیده و صدها نفر زخمی شده‌اند.',
        published: '2025-03-18',
      }).killed,
    ).toBe(330);
    expect(
      classify({
        title: 'Junta de Mianmar bombardeia aldeia apesar de trégua anunciada após terremoto',
        text: 'Um bombardeio aéreo da junta militar matou cinco pessoas numa aldeia de Sagaing, apesar do cessar-fogo temporário anunciado pelo regime.\n\nEntre os mortos há dois adolescentes.',
        published: '2025-04-03',
      }).killed,
    ).toBe(5);
  });
});

describe('when it happened, local truces, pieces that are not news, and the Hebrew and Arabic press', () => {
  it.each([
    [
      'gunfire that halted repairs despite a "window of silence"',
      {
        title: "Repairs at a water station halted by gunfire despite 'window of silence'",
        text: 'Monitors heard bursts of small-arms fire near the station, the mission said.',
      },
    ],
    [
      'fire on a crowd during a daily "tactical pause"',
      {
        title: "Seven killed near aid trucks in central Gaza during daily 'tactical pause'",
        text: 'Seven people were killed when troops opened fire near aid trucks east of Nuseirat, the civil defence agency said.',
        published: '2025-07-29',
      },
    ],
    [
      'a Hebrew pause that ended as the army resumed fighting',
      {
        title: 'ההפוגה הסתיימה: צה"ל חידש את הלחימה אחרי ירי לעבר העוטף',
        text: 'צה"ל חידש הבוקר את הלחימה נגד חמאס ברצועת עזה.',
      },
    ],
    [
      'an Arabic report that both sides violated the truce',
      {
        title: 'ترامب: إسرائيل وإيران انتهكتا وقف إطلاق النار',
        text: 'قال الرئيس الأمريكي إن كلا من إسرائيل وإيران انتهكتا وقف إطلاق النار.',
        published: '2025-06-24',
      },
    ],
    [
      'an Arabic killing near the Blue Line, under Resolution 1701',
      {
        title: 'مقتل راعٍ برصاص إسرائيلي قرب الخط الأزرق في خراج شبعا',
        text: 'ويقع المكان ضمن منطقة عمليات اليونيفيل المحددة بموجب القرار ١٧٠١.',
      },
    ],
    [
      'an Arabic drone strike where the arrangements of 27 November hold',
      {
        title: 'شهيد في غارة مسيّرة إسرائيلية على سيارة عند مدخل كفررمان',
        text: 'استشهد مواطن صباح اليوم جراء غارة نفذتها مسيرة إسرائيلية على سيارة. وتأتي الغارة في منطقة تخضع لترتيبات ٢٧ تشرين الثاني.',
      },
    ],
  ])('%s is a violation', (_case, input) => {
    expectViolation(classify(input));
  });

  it('reads a truce "from midnight" and one that "nears its end" as truces in force', () => {
    expectViolation(
      classify({
        title: 'Shelling continued despite ceasefire from midnight',
        text: 'Shelling continued on Tuesday despite a ceasefire from midnight, officials said.',
        published: '2020-03-07',
      }),
    );
    expectViolation(
      classify({
        title: 'Shelling kills two in Idlib villages as truce nears its end',
        text: 'Shelling killed two civilians in Idlib villages on Tuesday as the truce nears its end, rescuers said.',
        published: '2020-03-10',
      }),
    );
    // A truce a party accepts "from midnight" is still ahead of the day's clashes.
    expectOther(
      classify({
        title: 'Clashes south of Tripoli as Haftar accepts truce from midnight',
        text: 'Forces loyal to the eastern commander said they would observe a ceasefire from midnight, after clashes with heavy weapons in southern Tripoli in which three fighters were killed.',
      }),
    );
  });

  it.each([
    [
      'strikes after a truce deal was announced, days before it begins',
      {
        title: 'Dozens killed in Gaza after ceasefire deal announced, days before it begins',
        text: 'Israeli strikes killed dozens of people across the territory on Thursday.',
        published: '2025-01-16',
      },
    ],
    [
      'a battle that went on after a truce that ended years before',
      {
        title: 'Veterans gather at a memorial in the capital',
        text: 'The battle continued for three days after the Minsk II ceasefire took effect at midnight, as Russian-backed forces pressed on to encircle the town.',
        published: '2025-02-18',
      },
    ],
    [
      'a clash a joint panel looks into months later',
      {
        title: 'Panel reports on the Basilan clash',
        text: 'Three months after the clash in Tipo-Tipo that killed two soldiers and a rebel despite the ceasefire, the joint panel said the families would be compensated.',
      },
    ],
    [
      'an offensive resumed the day after a short truce ran out',
      {
        title: 'Glide bombs hit Zaporizhzhia suburbs a day after the 30-hour truce runs out',
        text: 'Russian units resumed offensive operations across the front on Monday morning, wounding nine people in the suburbs, the governor said.',
        published: '2025-04-22',
      },
    ],
    [
      'an undated drone attack as a truce nears',
      {
        title: "Overnight drone attack wounds 12 in Kharkiv as Kremlin's May truce nears",
        text: "Russian drones struck apartment blocks and a tram depot in Kharkiv overnight, wounding 12 people, the city's mayor said. Moscow has declared a unilateral Victory Day truce from May 8 to May 10.",
      },
    ],
    [
      'a truce suspended in an earlier month, told as the background of an ambush',
      {
        title: 'Government keeps its offensive going in the south-west',
        text: 'The government suspended the ceasefire with the rebels in three provinces in March after the killing of a community leader, and the army has since resumed operations there.',
        published: '2024-04-15',
      },
    ],
    [
      'casualty figures of the UN’s human rights monitors',
      {
        title: 'Drones hit residential blocks in Kharkiv',
        text: 'Russian drones struck two apartment blocks overnight, wounding 12 people, the mayor said. No energy facilities were hit. The UN’s monitoring mission said civilian casualties in Ukraine had risen in March.',
      },
    ],
    [
      'a liaison officer shot dead in an earlier year than the latest the item names',
      {
        title: 'Security Council extends the port mission for another year',
        text: 'Members questioned the mission’s usefulness after the Stockholm Agreement, noting that joint posts set up in 2019 were abandoned after a liaison officer was shot dead at one of them in 2020. The front lines have been static since the truce of 2022.',
      },
    ],
    [
      'an exhibition review of photographs of a stalemate',
      {
        title: "Exhibition review: 'Between Two Strikes', photographs from Idlib",
        text: 'The period is the long stalemate after the Moscow ceasefire, when the front lines froze but the shelling never entirely stopped.',
      },
    ],
    [
      'a policeman killed in an anti-drug operation',
      {
        title: 'Policeman, 34: killed in anti-drug operation in Cotabato City',
        text: 'He was killed when a drug suspect opened fire during a police raid in Cotabato City early on Saturday.',
        published: '2022-06-20',
      },
    ],
    [
      'a monitor’s week of violations logged in an earlier year',
      {
        title: 'He counted explosions so the world would know',
        text: 'In one week in early 2017, during the fighting around Avdiivka, his team logged more than ten thousand ceasefire violations.',
        published: '2024-03-09',
      },
    ],
    [
      'an Arabic anniversary of an attack before the truce',
      {
        title: 'في الذكرى الأولى لتفجيرات البيجر: جرحى ما زالوا ينتظرون العلاج',
        text: 'يستعيد اللبنانيون اليوم ذكرى يومي 17 و18 أيلول 2024، حين انفجرت آلاف أجهزة النداء في هجوم نسب إلى إسرائيل أدى إلى مقتل العشرات. وكان ذلك الهجوم فاتحة لحرب استمرت قبل التوصل إلى اتفاق وقف إطلاق النار في 27 تشرين الثاني.',
        published: '2025-09-17',
      },
    ],
  ])('%s is other news', (_case, input) => {
    expectOther(classify(input));
  });
});

describe('the truces of 2025 and 2026, in English and French', () => {
  it.each([
    [
      'a French accusation over a humanitarian pause',
      {
        title: "Soudan : l'armée accuse les FSR d'avoir violé la pause humanitaire à Dilling",
        text: "L'armée a accusé lundi les FSR d'avoir violé la pause humanitaire en vigueur autour de la ville en lançant une attaque.",
      },
    ],
    [
      'a truce said to have ended "after" air strikes',
      {
        title: null,
        text: 'The Taliban government said on Friday its ceasefire with Pakistan had ended after Pakistani air strikes in Kandahar, as fighting broke out at several border points.',
      },
    ],
    [
      'a broken promise to halt energy strikes',
      {
        title: 'Drones hit power plants hours after the Kremlin’s pledge',
        text: 'Russian drones struck energy facilities in central Ukraine overnight, the president said, accusing Moscow of breaking its promise to halt energy strikes almost as soon as it had been made.',
        published: '2025-03-19',
      },
    ],
    [
      'a party no longer bound by a moratorium',
      {
        title: 'Moscow says the energy-strike pause no longer binds it',
        text: 'Russia no longer considers itself bound by the moratorium on strikes against energy infrastructure because Ukraine kept attacking its power plants, the Kremlin said on Wednesday.',
        published: '2025-04-16',
      },
    ],
  ])('%s is a violation', (_case, input) => {
    expectViolation(classify(input));
  });

  it.each([
    [
      'a French truce announced after two days of clashes',
      {
        title: 'Libye : le Conseil présidentiel annonce une trêve à Tripoli',
        text: "Le Conseil présidentiel a annoncé mercredi soir un cessez-le-feu dans la capitale, après deux jours d'affrontements entre groupes armés qui ont fait plusieurs morts et provoqué la fermeture de l'aéroport. Un comité sera chargé de surveiller l'application de la trêve.",
        published: '2025-05-14',
      },
    ],
    [
      'police opening fire on protesters',
      {
        title: 'Police fire on fuel price protesters in Juba, two killed',
        text: 'Police opened fire on demonstrators protesting against a rise in fuel prices in Juba on Tuesday, killing two young men, witnesses said.',
        published: '2026-07-14',
      },
    ],
    [
      'wanted men killed in an army raid',
      {
        title: 'Three wanted men killed in army raid in the Hermel district',
        text: 'Three men wanted on drug-trafficking charges were killed on Monday in an army raid in the Bekaa Valley, the army said.',
        published: '2026-08-10',
      },
    ],
    [
      'violence in the West Bank since the Gaza truce',
      {
        title: 'Two Palestinians killed in raid on Jenin, ministry says',
        text: 'Two Palestinians were killed by Israeli forces during a raid on Jenin early on Tuesday, the health ministry said. Violence in the occupied West Bank has not abated since the Gaza ceasefire in October.',
        published: '2026-06-09',
      },
    ],
    [
      'Easter services as no truce is offered',
      {
        title: 'Easter under air-raid sirens as no truce is offered this year',
        text: 'Worshippers in Kyiv marked Orthodox Easter with services interrupted by alerts, as neither side proposed a holiday truce.',
      },
    ],
  ])('%s is other news', (_case, input) => {
    expectOther(classify(input));
  });
});

describe('wire alerts and short feed items', () => {
  it.each([
    [
      'a "BREAKING:" alert of a truce agreed',
      {
        title:
          'BREAKING: Pakistan and Afghanistan agree to immediate ceasefire in Doha, Qatar says',
        text: "DOHA - Pakistan and Afghanistan have agreed to an immediate ceasefire and to set up mechanisms to consolidate it, Qatar's foreign ministry said early on Sunday after talks mediated by Qatar and Turkey.",
        published: '2025-10-19',
      },
    ],
    [
      'an uppercase alert of a truce ordered',
      {
        title: 'BREAKING: Putin orders Easter ceasefire in Ukraine from 6 p.m. Saturday',
        text: 'BREAKING — MOSCOW - President Putin ordered Russian forces to halt all military action from 1800 Moscow time on Saturday until midnight on Sunday, the Kremlin said.',
        published: '2025-04-19',
      },
    ],
    [
      'talks that collapse while the truce holds',
      {
        title: 'Pakistan-Afghanistan talks collapse in Istanbul, but truce holds, Turkey says',
        text: "ISTANBUL — A third round of talks between Pakistan and Afghanistan's Taliban government ended without agreement on Friday, though Turkish officials said the ceasefire reached last month remained in place and no new border clashes had been reported.",
        published: '2025-11-07',
      },
    ],
    [
      'committees that adopt rules weeks after a deadly clash',
      {
        title: 'Ceasefire panels agree new coordination rules after Basilan clash',
        text: 'Government and MILF ceasefire committees on Thursday adopted tighter rules requiring troops to notify the other side before moving near MILF communities, weeks after a deadly clash in Basilan prompted both sides to review the security protocols of the 2014 peace agreement.',
        published: '2025-02-27',
      },
    ],
  ])('%s is other news', (_case, input) => {
    expectOther(classify(input));
  });

  it('reads what a province "was once" as its past', () => {
    expectOther(
      classify({
        title: 'Idlib governorate votes in first local elections since 2011',
        text: 'IDLIB — Residents of Idlib voted in municipal elections on Saturday. The province was once the last rebel enclave, the target of years of bombardment and of a 2020 Russia-Turkey ceasefire frequently breached.',
        published: '2026-06-06',
      }),
    );
  });

  it('reads accusations of a stalled last round of talks as their history', () => {
    expectOther(
      classify({
        title: 'Yemen prisoner talks resume in Muscat',
        text: 'Delegations of the government and the Houthis met in Muscat on Monday. The last round stalled in 2024 amid mutual accusations, including government claims that the Houthis had repeatedly violated the truce in Taiz.',
        published: '2025-06-10',
      }),
    );
  });

  it('reads an alert of a breach as a breach', () => {
    expectViolation(
      classify({
        title: 'URGENT: Army says Pakistani troops violated ceasefire along LoC in Kupwara',
        text: '',
        published: '2025-05-11',
      }),
    );
  });
});

describe('Colombia and the Philippines, 2023 to 2026', () => {
  it.each([
    [
      'a breach of a holiday truce the registry does not date',
      {
        title: "Army: NPA harassment of Quezon detachment violated CPP's Christmas ceasefire",
        text: 'The Philippine Army said on Wednesday that suspected rebels fired on a patrol base in Quezon on the night of Dec. 25, in violation of the holiday ceasefire the party had announced.',
        published: '2023-12-27',
      },
    ],
    [
      'a camp entered "without coordination in violation of" the ceasefire',
      {
        title: null,
        text: 'The Moro Islamic Liberation Front has filed a formal protest with the International Monitoring Team, saying an Army unit entered an MILF camp in Basilan without coordination in violation of the ceasefire protocols.',
      },
    ],
    [
      'a Spanish cessation of operations lifted after an ambush',
      {
        title:
          'Gobierno levanta el cese de operaciones con la guerrilla en Putumayo tras emboscada',
        text: 'El Ministerio de Defensa anunció que levanta el cese de operaciones ofensivas, tres días después de la emboscada en la que murieron dos soldados.',
        published: '2026-04-16',
      },
    ],
    [
      'a command that "would no longer observe" the holiday truce',
      {
        title: 'NPA command ends holiday ceasefire early, citing military attacks',
        text: 'The command announced on Tuesday that its units would no longer observe the holiday ceasefire, accusing the military of operations that led to two clashes.',
        published: '2025-12-30',
      },
    ],
  ])('%s is a violation', (_case, input) => {
    expectViolation(classify(input));
  });
});

describe('civil wars, aggregator feeds, live blogs and borders, 2025 and 2026', () => {
  it.each([
    [
      'a truce its declarer says "is void" after an offensive',
      {
        title: 'Rebels say their unilateral truce is void after army offensive',
        text: 'The rebel group said on Saturday that the humanitarian truce it declared last month was void, citing an army offensive and air strikes on towns it holds.',
        published: '2025-12-20',
      },
    ],
    [
      'a breach of "the agreement" right after a sentence that names the truce',
      {
        title: null,
        text: 'The Gaza ceasefire took effect last week. The Israeli military accused the group of violating the agreement, saying militants killed two soldiers.',
      },
    ],
    [
      'a deadly shooting at the withdrawal line, undated',
      {
        title: 'Two men shot dead near withdrawal line east of Khan Younis',
        text: 'Two men were shot dead by Israeli troops on Saturday near the line east of Khan Younis, hospital staff said.',
      },
    ],
    [
      'deadly mortar fire on a line drawn under a China-mediated arrangement, undated',
      {
        title: 'Mortar rounds kill two at checkpoint on Lashio road',
        text: 'Two people were killed when mortar rounds landed near a checkpoint on the road out of Lashio on Friday, residents said, on the demarcation line drawn up under a China-mediated arrangement.',
      },
    ],
  ])('%s is a violation', (_case, input) => {
    expectViolation(classify(input));
  });

  it.each([
    [
      'a deal a leader warns "risked unravelling"',
      {
        title: "Tigray leader warns Pretoria peace deal 'at risk' amid troop build-up",
        text: "The head of Tigray's interim administration warned on Tuesday that the 2022 Pretoria agreement risked unravelling as troops massed near the region's borders.",
        published: '2026-03-03',
      },
    ],
    [
      'talks three months after a truce fell apart',
      {
        title: "Sudan's warring sides return to Jeddah for new round of talks",
        text: 'JEDDAH — Delegations from the army and the Rapid Support Forces arrived in Jeddah on Sunday for a new round of talks, three months after a humanitarian truce between the two sides fell apart.',
        published: '2026-07-19',
      },
    ],
    [
      'a "truce" that ends a transporters\' three-day strike',
      {
        title: "Transporters, customs agree 'truce' over Chaman parking fees",
        text: 'Goods transporters in Chaman called off a three-day strike on Saturday after agreeing a truce with customs officials over new parking fees at the border terminal.',
      },
    ],
    [
      'children killed by a mortar shell they found, months after border fighting',
      {
        title: 'Two children killed by unexploded shell in Kurram months after border fighting',
        text: 'PARACHINAR — Two boys were killed in upper Kurram on Saturday when a mortar shell they found in a field exploded, police said. Police said the shell was left over from the fighting along the border earlier in the year.',
        published: '2026-08-17',
      },
    ],
    [
      'a deadly bombing where the armed group says it has no ceasefire with the army, undated',
      {
        title: 'Arakan Army presses assault on Kyaukphyu',
        text: 'At least four civilians were killed when a bomb hit a house north of Kyaukphyu on Tuesday, a rescue group said. The AA has no ceasefire with the military in Rakhine. It is not part of the Chinese-mediated talks that produced truces in northern Shan State.',
      },
    ],
  ])('%s is not a violation', (_case, input) => {
    expectOther(classify(input));
  });

  it('counts the dead of a collapse since Sunday, a total its parts add up to', () => {
    const verdict = classify({
      title: 'Trump says he will call Thai, Cambodian leaders as ceasefire crumbles',
      text: 'The ceasefire crumbled under three days of renewed fighting along the border. At least 14 people have been killed since Sunday, according to tallies from both governments: Thailand says four of its soldiers have died, while Cambodia reports ten deaths.',
      published: '2025-12-10',
    });
    expectViolation(verdict);
    expect(verdict.killed).toBe(14);
  });

  it('counts the dead "since the morning" as the day\'s, as it does those since a weekday', () => {
    const verdict = classify({
      title: 'Fighting erupts along Karabakh front as ceasefire collapses',
      text: 'Heavy fighting broke out along the line of contact on Sunday. The defence army said 16 of its servicemen have been killed and more than 100 wounded since the morning.',
      published: '2020-09-27',
    });
    expectViolation(verdict);
    expect(verdict.killed).toBe(16);
  });

  it('counts no dead of the fighting a collapsed truce was once brokered after', () => {
    const verdict = classify({
      title: 'Thailand launches air strikes as Cambodia peace deal falls apart',
      text: 'Thai jets struck Cambodian positions on Monday as the peace deal collapsed. The army said one of its soldiers was killed in clashes in Sisaket. The accord, signed in Kuala Lumpur in late October, had built on a ceasefire brokered in July after five days of fighting killed more than 40 people.',
      published: '2025-12-08',
    });
    expectViolation(verdict);
    expect(verdict.killed).toBe(1);
  });

  it('places Jisr al-Shughour in Idlib', () => {
    const verdict = classify({
      title: 'Clashes in Jisr al-Shughour countryside leave four dead despite local truce',
      text: 'Four people were killed on Wednesday when fighting broke out west of Jisr al-Shughour, despite a truce mediated by local notables last week.',
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('Idlib');
  });
});

describe('the Line of Control, the Russian and Ukrainian press, monitors and border villages', () => {
  it.each([
    [
      'a breach of the understanding of May 10, named by its date',
      {
        title: 'India lodges strong protest over Krishna Ghati firing in DGMO hotline talks',
        text: 'The Indian side told Pakistan that the firing on the night of February 10 was a clear violation of the understanding of May 10, 2025, an official said.',
        published: '2026-02-17',
      },
    ],
    [
      'a strike a Ukrainian grid operator calls a breach of the moratorium on strikes, declined',
      {
        title: 'Росія вкотре порушила енергетичний мораторій',
        text: 'У ніч проти неділі російські дрони атакували підстанцію на Одещині. Оператор мереж назвав це черговим порушенням мораторію на удари по енергетиці.',
        published: '2025-03-30',
      },
    ],
  ])('%s is a violation', (_case, input) => {
    expectViolation(classify(input));
  });

  it.each([
    [
      'an army that refutes reports of a violation: "no firing took place"',
      {
        title: "Army refutes reports of ceasefire violation in Poonch: 'no firing took place'",
        text: 'The Army on Tuesday dismissed reports on social media of a ceasefire violation along the Line of Control in Poonch, saying no firing had taken place.',
        published: '2025-08-12',
      },
    ],
    [
      'a constable who shoots two colleagues in camp, then himself',
      {
        title:
          'BSF constable shoots two colleagues dead in Rajouri camp, then turns gun on himself',
        text: 'RAJOURI: A BSF constable shot dead two of his colleagues with his service rifle at a battalion camp in Rajouri district late on Monday before killing himself, officials said.',
        published: '2024-06-04',
      },
    ],
    [
      'villagers betting on a calm "the guns have been silent here since" the truce',
      {
        title: 'On the LoC, bunkers and bumper crops',
        text: 'KARNAH - The guns have been silent here since the ceasefire, and farmers in Karnah and Tangdhar, who lost houses and livestock to shelling in the spring, are betting that the calm will last.',
        published: '2025-10-20',
      },
    ],
    [
      'Minsk-era counts of violations opened by "С 2015 по 2021 год"',
      {
        title: '«Минский опыт»: почему гарантии перемирия снова в центре переговоров',
        text: '«С 2015 по 2021 год мониторинговая миссия ОБСЕ ежегодно фиксировала сотни тысяч нарушений режима прекращения огня в Донбассе», — говорит политолог.',
      },
    ],
    [
      'shelling "hours before" the Easter truce, in Russian',
      {
        title: 'За несколько часов до перемирия ВСУ обстреляли Шебекино',
        text: 'Утром в субботу, за несколько часов до вступления в силу пасхального перемирия, украинские военные обстреляли Шебекино. Ранены два человека.',
      },
    ],
    [
      'payments to the families of civilians killed in fighting months before',
      {
        title: 'Si Sa Ket homeowners receive first payments for damage from July clashes',
        text: 'The government on Friday began paying compensation to owners of houses damaged in Si Sa Ket province during the border fighting in late July. The families of civilians killed in the fighting have already received payments from a separate fund, the ministry said.',
        published: '2025-09-05',
      },
    ],
  ])('%s is not a violation', (_case, input) => {
    expectOther(classify(input));
  });

  it('counts the dead of "the worst toll anyone could remember" as the news', () => {
    const verdict = classify({
      title: 'In Poonch, the ceasefire ends under a rain of shells',
      text: 'Shells began landing in Poonch town before dawn, hitting houses near the main market. By evening, officials said at least 12 civilians had been killed and more than 40 injured, the worst toll anyone in the town could remember.',
      published: '2025-05-07',
    });
    expectViolation(verdict);
    expect(verdict.killed).toBe(12);
  });

  it('places Gadabay on the Armenia-Azerbaijan border', () => {
    const verdict = classify({
      title: 'Gadabay buries young soldier killed by fire from Armenian positions',
      text: 'The Defence Ministry said the soldier was hit by sniper fire from Armenian positions in the Basarkechar direction, and described the shooting as a violation of the ceasefire.',
      published: '2023-05-16',
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('Armenia-Azerbaijan border');
  });
});

describe('the Caucasus, Yemen and Libya, Colombia and the Philippines, and timing', () => {
  it.each([
    [
      'a mission renewed whose "early years were marked" by accusations of violations',
      {
        title: 'Security Council renews UN Hodeidah mission for another year',
        text: "The UN Security Council voted on Monday to keep the UN's Hodeidah mission in place for another year. Its early years were marked by frequent accusations of ceasefire violations from both sides.",
        published: '2024-07-15',
      },
    ],
    [
      'shelling "hours before guns fell silent"',
      {
        title: 'Hours before guns fell silent, shelling killed five in Poonch and Rajouri',
        text: 'Pakistani shelling killed five civilians in Poonch and Rajouri districts on Saturday morning, officials said. By early evening, residents said the firing had stopped.',
        published: '2025-05-10',
      },
    ],
    [
      'drones "weeks after truce lapse"',
      {
        title: 'Houthi drones target oil terminal weeks after truce lapse',
        text: 'Houthi drones targeted an oil terminal in Hadramawt province on Friday, the government said. No casualties were reported.',
      },
    ],
  ])('%s is not a violation', (_case, input) => {
    expectOther(classify(input));
  });

  it('counts the dead fighting "had killed … since Wednesday" as the news', () => {
    const verdict = classify({
      title: "Yemeni government declares Hodeidah truce 'dead' after Houthi push south",
      text: 'The government said on Saturday that the 2018 ceasefire in Hodeidah had ceased to exist after Houthi forces attacked positions in Hays. Military officials said fighting had killed at least 19 fighters on both sides since Wednesday.',
      published: '2021-11-20',
    });
    expectViolation(verdict);
    expect(verdict.killed).toBe(19);
  });
});

describe('Sudan, official channels, Lebanon in French, and the Horn and Great Lakes', () => {
  it.each([
    [
      'a complaint of a new violation of "l\'accord de novembre 2024", in French',
      {
        title: 'Deux frères tués à Aïtaroun : le Liban saisit le mécanisme',
        text: "Deux frères ont été tués lundi soir par une frappe de drone israélienne contre leur voiture. Le gouvernement a transmis une plainte au mécanisme, dénonçant une nouvelle violation de l'accord de novembre 2024.",
      },
    ],
    [
      'a truce that "a vécu" (has had its day), in French',
      {
        title: 'Le cessez-le-feu de novembre 2024 a vécu',
        text: "Le Hezbollah a tiré des dizaines de roquettes sur la Galilée lundi à l'aube, et Israël a répliqué par une campagne de frappes.",
      },
    ],
  ])('%s is a violation', (_case, input) => {
    expectViolation(classify(input));
  });

  it('counts no war\'s dead in a strike\'s toll: "the fighting that left more than 4,000 people dead"', () => {
    const verdict = classify({
      title: 'A drone strike in Tyre as attacks continue despite truce',
      text: "Lebanon's health ministry said one man was killed in the strike east of Tyre on Monday evening. The strike came more than a year after the ceasefire was meant to end the fighting that left more than 4,000 people dead in Lebanon.",
      published: '2025-12-16',
    });
    expectViolation(verdict);
    expect(verdict.killed).toBe(1);
  });

  it('places Dilling in Sudan', () => {
    const verdict = classify({
      title: 'Five killed on Dilling-Habila road despite newly extended truce',
      text: 'Five people were killed on Thursday in a clash on the road between Dilling and Habila, three days after the local truce was extended.',
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('Sudan');
  });
});

describe('Iran, Georgia and Idlib', () => {
  it('reads shots that "contravene" a ceasefire agreement as its breach', () => {
    expectViolation(
      classify({
        title: null,
        text: 'The ministry said shots fired at the police post near Ergneti on Tuesday contravene the 2008 ceasefire agreement.',
        published: '2025-03-19',
      }),
    );
  });

  it.each([
    [
      "a parliament's 'Christmas truce' between the ruling party and the opposition",
      {
        title:
          "Parliament's 'Christmas truce' collapses as ruling party and opposition trade insults",
        text: 'The short-lived truce between the ruling party and the opposition in parliament collapsed on Wednesday, when a debate on the electoral code descended into shouting and one opposition MP was removed from the chamber. The two sides had agreed before the holidays to suspend personal attacks. "The ceasefire is over - they broke it the moment the cameras came on," an opposition deputy said.',
        published: '2025-01-15',
      },
    ],
    [
      'security forces that fire on a protest in a truce zone',
      {
        title: 'Security forces fire on anti-HTS protest in Idlib city',
        text: 'Security forces fired tear gas and live rounds into the air to disperse hundreds of protesters in Idlib city on Friday, witnesses said. Two protesters were wounded.',
        published: '2024-05-31',
      },
    ],
  ])('%s is not a violation', (_case, input) => {
    expectOther(classify(input));
  });
});

describe('Myanmar, Gaza, the Donbas under Minsk, and a general feed', () => {
  it('reads a group that "will no longer observe" a truce as renouncing it', () => {
    expectViolation(
      classify({
        title:
          'TNLA says it will no longer observe quake truce as fighting spreads along Mandalay-Lashio road',
        text: 'The Ta’ang National Liberation Army said on Thursday that its forces would resume full operations after a week of junta ground attacks.',
      }),
    );
  });

  it.each([
    [
      'a methane blast in a Donbas coal mine, in Ukrainian',
      {
        title: 'Вибух на шахті в Торецьку: загинули двоє гірників',
        text: 'На шахті «Центральна» у Торецьку Донецької області стався вибух метану. Двоє гірників загинули, ще четверо з опіками доставлені до лікарні, повідомили в ДСНС.',
        published: '2021-03-02',
      },
    ],
    [
      "chimpanzees' truces, as a field study tells them",
      {
        title: 'Chimpanzee rivals keep truces — and break them, study finds',
        text: 'Neighbouring groups of wild chimpanzees can settle into long periods of what researchers call "truce" along their shared borders, and sometimes break them with sudden, deadly raids, a study finds. Violations of the truce were most often led by young males after a rival group lost an adult male.',
        published: '2026-04-02',
      },
    ],
  ])('%s is not a violation', (_case, input) => {
    expectOther(classify(input));
  });
});

describe('Gaza in English and Arabic', () => {
  it.each([
    [
      'a breach of "the agreement" right before a sentence that names the truce',
      {
        title: null,
        text: "The prime minister's office accused Hamas of handing over the wrong remains, calling it a clear violation of the agreement. Under the October ceasefire, Hamas was required to return all the deceased hostages.",
      },
    ],
    [
      'a truce Hamas says Israel has "overturned" with overnight strikes',
      {
        title: null,
        text: 'Hamas says Israel has "overturned" the Gaza ceasefire after overnight strikes killed dozens across the enclave. More to follow.',
        published: '2025-03-18',
      },
    ],
  ])('%s is a violation', (_case, input) => {
    expectViolation(classify(input));
  });
});

describe('analysis, and spans of years', () => {
  it.each([
    [
      'violations counted over the years that followed',
      {
        title: 'Eight years of ceasefires, and how they failed',
        text: 'The OSCE monitoring mission, which began publishing daily reports in 2014, recorded hundreds of thousands of ceasefire violations in the Donbas over the following eight years.',
        published: '2022-03-15',
      },
    ],
    [
      'an armistice broken "thousands of times"',
      {
        title: 'Eight years of ceasefires, and how they failed',
        text: "Korea's armistice has been violated thousands of times, yet there has been no war on the peninsula for seventy years.",
        published: '2022-03-15',
      },
    ],
    [
      'accusations in a clause after two earlier years',
      {
        title: 'After the handshake: what the peace text changes',
        text: 'The agreement is a long way from the border clashes of 2021 and 2022, when forces advanced into positions across the border and each side accused the other of violating the ceasefire almost weekly.',
        published: '2025-08-09',
      },
    ],
  ])('%s is not a violation', (_case, input) => {
    expectOther(classify(input));
  });
});

describe("this week's tolls told beside a truce's history", () => {
  it('counts the dead "since Wednesday" as the news', () => {
    const verdict = classify({
      title: 'Truce collapses as fighting spreads along the frontier',
      text: 'The ceasefire between the two countries collapsed on Thursday after a third day of artillery duels. Officials on both sides said the truce was no longer in effect. At least 19 people have been killed since Wednesday, provincial officials said.',
      published: '2026-02-27',
    });
    expectViolation(verdict);
    expect(verdict.killed).toBe(19);
  });

  it('reads the war an agreement ended as what dates the agreement, not the dead', () => {
    const verdict = classify({
      title: 'Deadly clash near Hadrut is first test of Karabakh ceasefire',
      text: 'Azerbaijan said on Saturday that four of its soldiers had been killed in an attack by Armenian forces near Hadrut, the first deadly clash in Nagorno-Karabakh since a Russian-brokered agreement ended six weeks of war last month.',
      published: '2020-12-12',
    });
    expectViolation(verdict);
    expect(verdict.killed).toBe(4);
  });
});

describe('wars no truce of the zone binds, and the dead of a war past', () => {
  it.each([
    [
      'a drone strike in Amhara, where a ceasefire is only urged',
      {
        title: 'UN urges ceasefire in Amhara after drone strike on bus',
        text: "The UN's humanitarian coordinator in Ethiopia called on Wednesday for a ceasefire in the Amhara region after a drone strike hit a minibus near Debre Markos, killing at least eight passengers, local health officials said.",
        published: '2024-09-11',
      },
    ],
    [
      'bodies recovered from houses the bombardment destroyed during the war, in Arabic',
      {
        title: 'الدفاع المدني ينتشل 14 جثماناً من تحت أنقاض منازل',
        text: 'تمكنت طواقم الدفاع المدني في غزة، اليوم، من انتشال جثامين 14 شهيدا من تحت أنقاض منازل دمرها القصف الإسرائيلي خلال الحرب في حي الشيخ رضوان شمال مدينة غزة.',
        published: '2025-11-20',
      },
    ],
  ])('%s is not a violation', (_case, input) => {
    expectOther(classify(input));
  });
});

describe('what the item says of the truce, over what the registry says', () => {
  it.each([
    [
      'air strikes in a state the item says no ceasefire covers',
      {
        title: 'Junta bombs villages near Bhamo as siege drags on',
        text: 'BHAMO, Kachin State — Military jets bombed villages outside Bhamo on Wednesday as the Kachin Independence Army pressed its siege of the town. Residents said at least six people were killed in the air strikes. The China-brokered truces in northern Shan State do not extend to Kachin State, where no ceasefire is in force.',
        published: '2025-07-10',
      },
    ],
    [
      "a candidate's supporters shot dead, police suspecting political rivalry",
      {
        title: 'Gunmen kill 2 supporters of parliamentary candidate in Maguindanao',
        text: 'Two supporters of a candidate for the regional parliament were shot dead by gunmen in Maguindanao del Norte on Thursday night, police said. Police said they were investigating political rivalry as a possible motive.',
        published: '2025-09-25',
      },
    ],
  ])('%s is not a violation', (_case, input) => {
    expectOther(classify(input));
  });

  it('places Nakhchivan named in Russian on the Armenia–Azerbaijan border', () => {
    const verdict = classify({
      title: 'Баку обвинил Ереван в обстреле позиций в Нахчыване',
      text: 'Министерство обороны Азербайджана заявило, что армянские подразделения, нарушив режим прекращения огня, ночью открыли огонь по позициям в Садаракском районе Нахчыванской Автономной Республики.',
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('Armenia-Azerbaijan border');
  });
});

describe('a truce dated by a possessive', () => {
  it('reads "in violation of last year\'s ceasefire" as a breach of this year', () => {
    const verdict = classify({
      title: 'South Ossetia accuses Georgia of mortar fire',
      text: "Georgian forces fired mortars at positions near Tskhinvali overnight, in violation of last year's ceasefire, officials said.",
      published: '2009-08-01',
    });
    expectViolation(verdict);
  });
});

describe("allies' fronts, and battles remembered in other languages", () => {
  it.each([
    [
      'a Houthi missile at Israel, a front the Israel–Iran truce never covered',
      {
        title: 'Houthis fire missile at Israel as Yemen front stays active after Iran truce',
        text: 'The Houthis fired a ballistic missile at central Israel on Sunday, the Israeli military said, two weeks after the ceasefire between Israel and Iran took effect. There were no reports of injuries.',
        published: '2025-07-06',
      },
    ],
    [
      'an Azerbaijani anniversary of the Tovuz battles',
      {
        title: 'Tovuz döyüşlərindən 4 il ötür',
        text: 'Həmin günlərdə Ermənistan silahlı qüvvələrinin bölmələri atəşkəs rejimini kobud şəkildə pozaraq mövqelərimizi atəşə tutmuşdu.',
        published: '2024-07-12',
      },
    ],
  ])('%s is not a violation', (_case, input) => {
    expectOther(classify(input));
  });
});

describe('undated items that name the year of what they recall', () => {
  it.each([
    [
      'a ceremony recalling "the 2015 Mamasapano clash", with no date',
      {
        title: 'Decommissioning ceremony in Maguindanao recalls Mamasapano',
        text: 'Some 1,200 combatants of the Moro Islamic Liberation Front handed in their weapons at a ceremony on Saturday, part of the final phase of decommissioning under the 2014 peace agreement. In his speech, the adviser recalled the 2015 Mamasapano clash, in which 44 police commandos and 18 MILF fighters were killed, as the day the ceasefire almost died.',
      },
    ],
    [
      'a truce "shattered in March 2025", told with no date',
      {
        title: null,
        text: 'A Labour MP said the ceasefire was shattered in March 2025 when the bombardment resumed.',
      },
    ],
  ])('%s is not a violation', (_case, input) => {
    expectOther(classify(input));
  });
});

describe('truces named by their lines, pauses and arrangements', () => {
  it.each([
    [
      'a shooting near the ceasefire line, undated',
      {
        text: 'A fisherman was shot dead by Israeli troops near the ceasefire line east of Khan Younis, medics said.',
      },
    ],
    [
      'a fatal drone strike in Horlivka during the Easter pause (the Donbas judged under the wider war)',
      {
        title: 'Woman killed as drone hits bus stop in Horlivka',
        text: "A woman was killed when a drone struck a bus stop in Horlivka on Sunday, the city's Russian-installed administration said. The strike came during the Easter pause declared by Moscow on Saturday.",
        published: '2025-04-20',
      },
    ],
    [
      'a sniper killing in Syunik, the Moscow-brokered statement named',
      {
        title: 'Soldier killed by sniper fire on the border in Syunik',
        text: 'An Armenian soldier was killed by sniper fire from Azerbaijani positions near Nerkin Hand in Syunik on Tuesday, the defence ministry said. The border has been tense since the Moscow-brokered statement ended the war in 2020.',
      },
    ],
    [
      'a shootout at a cantonment site of the South Sudan agreement',
      {
        title: 'Three killed in shootout at cantonment site',
        text: 'Three soldiers were killed when government troops and opposition fighters exchanged fire at a cantonment site near Yei on Friday, a county official said.',
      },
    ],
    [
      'a guided aerial bomb despite the Victory Day truce',
      {
        text: 'Guided aerial bomb hits Zaporizhzhia suburb despite the Victory Day truce; regional governor says one person wounded.',
        published: '2025-05-09',
      },
    ],
    [
      'a substation struck in breach of the halt on energy strikes',
      {
        title: 'Kursk governor accuses Kyiv over substation strike',
        text: 'A drone hit a substation in the Kursk region on Saturday night, the governor said, accusing Kyiv of breaking the halt on energy strikes.',
      },
    ],
    [
      'volunteers killed during an evacuation pause',
      {
        title: 'Volunteers killed during evacuation pause',
        text: 'Two volunteers were killed when drones struck their car near Kupiansk on Monday during a three-hour evacuation pause agreed by both sides, officials said.',
        published: '2026-03-02',
      },
    ],
    [
      'shelling in breach of the arrangement to halt fire',
      {
        title: 'Yerevan accuses Baku over border shelling',
        text: "Armenia's defence ministry accused Azerbaijan of violating the arrangement to halt fire by shelling positions near Jermuk on Wednesday.",
        published: '2022-09-14',
      },
    ],
    [
      'clashes despite a calm arrangement',
      {
        title: 'Two killed in clashes despite calm arrangement',
        text: 'Two people were killed on Monday when rival armed groups clashed in Zawiya, despite a calm arrangement brokered by tribal elders last week.',
      },
    ],
    [
      'fighting a day after a truce was declared',
      {
        title: 'Rebels seize airport a day after declaring their own truce',
        text: 'Rebel fighters seized the airport outside Bukavu on Friday, a day after declaring a unilateral ceasefire, residents said. At least six people were killed.',
        published: '2025-02-14',
      },
    ],
  ])('%s is a violation', (_case, input) => {
    expectViolation(classify(input));
  });

  it('places the Horlivka strike in the war that succeeded the Donbas', () => {
    expect(
      classify({
        title: 'Woman killed as drone hits bus stop in Horlivka',
        text: "A woman was killed when a drone struck a bus stop in Horlivka on Sunday, the city's Russian-installed administration said. The strike came during the Easter pause declared by Moscow on Saturday.",
        published: '2025-04-20',
      }).region,
    ).toBe('Russia-Ukraine');
  });
});

describe('fighting told as earlier than the news', () => {
  it.each([
    [
      'bodies recovered from a strike "in the winter of 2024"',
      {
        title: 'Rescuers pull nine bodies from ruins in Gaza City',
        text: "Rescuers said on Tuesday they had pulled the bodies of nine people from a flattened house in the Tuffah district of Gaza City, where they had lain since an air strike in the winter of 2024. The war's overall death toll has passed 70,000, the health ministry said.",
        published: '2025-11-18',
      },
    ],
    [
      'shelling "in May" told in a relative aside in August',
      {
        title: 'Parliament debates border compensation',
        text: 'Members from the border districts raised the plight of Uri and Tangdhar, where civilians were killed in Pakistani shelling in May, and asked for more bunkers.',
        published: '2025-08-05',
      },
    ],
    [
      'a strike "days after" a short truce that ended before the item',
      {
        title: 'Drone barrage on Odesa kills five days after Easter truce',
        text: 'A Russian drone attack on Odesa overnight killed five people, the regional governor said on Thursday.',
        published: '2025-04-24',
      },
    ],
  ])('%s is not a violation', (_case, input) => {
    expectOther(classify(input));
  });

  it('reads a raid "in February 2025" told in September 2025, or undated, as history', () => {
    expect(
      classify({
        title: 'SPLM-IO says charges threaten peace deal',
        text: 'Prosecutors charged six men with murder over the raid on the army base at Nasir in February 2025, in which soldiers were killed. The SPLM-IO says the case threatens the revitalized peace agreement.',
        published: '2025-09-30',
      }).rules,
    ).not.toContain('armed-incident-in-truce-zone');
    expect(
      classify({
        title: 'Trial of militia leaders opens in Juba',
        text: 'Prosecutors charged six men with murder over the raid on the army base at Nasir in February 2025, in which soldiers were killed. The SPLM-IO says the case threatens the revitalized peace agreement.',
      }).rules,
    ).not.toContain('armed-incident-in-truce-zone');
  });

  it('places no action "after" a truce another sentence says has expired inside it', () => {
    expect(
      classify({
        title: 'Drone barrage on Odesa kills five days after Easter truce',
        text: 'A Russian drone attack on Odesa overnight killed five people, the regional governor said. The brief Easter truce declared by Moscow expired on Sunday night.',
      }).rules,
    ).not.toContain('armed-action-since-truce');
  });
});

describe('collapses, connectors and denials told at length', () => {
  it.each([
    [
      'a truce that "broke down" after a relative aside describing it',
      {
        title: 'Families flee as fighting returns',
        text: 'The Eid truce, which had brought a fragile calm to the villages around Kadugli since the start of the month, broke down on Saturday as the army and the RSF resumed shelling.',
      },
    ],
    [
      'shelling "on the ninth day of" a truce',
      {
        text: 'Shells struck a market in Omdurman on Friday, the ninth day of the humanitarian truce, medics said; three people were wounded.',
      },
    ],
    [
      'armed men who "stormed" a clinic despite the ceasefire',
      {
        title: 'Armed men storm clinic in Nyala despite ceasefire',
        text: 'Armed men stormed a clinic in Nyala on Monday despite the ceasefire, staff said.',
        published: '2023-05-30',
      },
    ],
  ])('%s is a violation', (_case, input) => {
    expectViolation(classify(input));
  });

  it('reads "not a single villager … has been killed" as no casualty', () => {
    expectOther(
      classify({
        title: 'Two years on, border ceasefire holds and villages rebuild',
        text: 'A year after the two armies recommitted to the ceasefire along the Line of Control, not a single villager in Uri, Keran or Gurez has been killed or injured by cross-border shelling, officials say.',
        published: '2023-02-25',
      }),
    );
  });

  it("reads a coalition's truce that collapses as politics", () => {
    expect(
      classify({
        title: "Coalition's fragile truce collapses over budget bill",
        text: 'The truce between the two largest coalition parties collapsed on Tuesday as lawmakers traded insults over the budget bill, and analysts said the cabinet could be the first casualty.',
      }).rules,
    ).not.toContain('truce-collapsed');
  });

  it('reads the dead "in the previous reporting period" as none of this week', () => {
    expect(
      classify({
        title: 'Monitors log 700 ceasefire violations in a week',
        text: 'The monitoring mission recorded 700 ceasefire violations in Donetsk region last week, and no casualties were reported. In the previous reporting period a soldier was killed by sniper fire near Zolote.',
        published: '2021-03-10',
      }).killed,
    ).toBe(0);
  });
});

describe('claims refuted, lives retold and counts ranked', () => {
  it.each([
    [
      'a monitors\' count "over the weekend" under an explainer\'s label',
      {
        title: 'Explainer: What 900 ceasefire violations in two days say about the truce',
        text: 'Monitors recorded 900 ceasefire violations in Donetsk region over the weekend, the highest tally since the truce was shored up last summer.',
        published: '2021-04-12',
      },
    ],
    [
      'a firefight before the ceasefire committees arrived, undated',
      {
        title: 'Firefight in Basilan leaves three dead',
        text: 'A firefight between army troops and MILF members in Basilan left three people dead on Saturday before ceasefire committees from both sides reached the area and separated the forces. The International Monitoring Team has opened an inquiry.',
      },
    ],
    [
      'a week-long pause that collapses',
      {
        title: 'Week-long pause collapses as strikes resume',
        text: 'A week-long pause in the fighting collapsed on Friday morning as air strikes resumed across the enclave.',
        published: '2023-12-01',
      },
    ],
  ])('%s is a violation', (_case, input) => {
    expectViolation(classify(input));
  });

  it.each([
    [
      'a collapse both armies deny',
      {
        title: 'Both armies deny viral claims that border truce has collapsed',
        text: 'The two armies on Sunday rejected posts circulating online which claimed that fighting had resumed and that the ceasefire had collapsed.',
        published: '2025-08-10',
      },
    ],
    [
      'a mine the army says rules out a breach',
      {
        title: 'Army says mine that wounded a ranger was old',
        text: 'The army said on Saturday that the landmine that wounded a ranger near the border this week was a decades-old device, ruling out a breach of the ceasefire by the other side.',
        published: '2026-03-28',
      },
    ],
    [
      'a strike after a pause that "came to an end", past an aside',
      {
        title: 'Russia pounds power grid in first big strike since pause lapsed',
        text: "Russia launched dozens of missiles at Ukraine's energy system overnight, in the first large-scale attack on power plants since a week-long pause on such strikes, which the Kremlin said ran until February 1, came to an end. At least two people were killed.",
        published: '2026-02-03',
      },
    ],
    [
      'the same, undated',
      {
        title: 'Russia pounds power grid in first big strike since pause lapsed',
        text: "Russia launched dozens of missiles at Ukraine's energy system overnight, in the first large-scale attack on power plants since a week-long pause on such strikes, which the Kremlin said ran until February 1, came to an end. At least two people were killed.",
      },
    ],
    [
      'an explainer whose fighting "over the weekend" is only an end to it, undated',
      {
        title: 'Explainer: How the border truce came about',
        text: 'Leaders spoke by phone over the weekend, linking trade talks to an end to the fighting. Here is what we know about the deal, which took effect at midnight.',
      },
    ],
  ])('%s is not a violation', (_case, input) => {
    expectOther(classify(input));
  });

  it('labels an obituary a comment on the news', () => {
    expect(
      classify({
        title: 'Obituary: Hadji Ali Mastura, MILF commander who became a peacemaker',
        text: 'Hadji Ali Mastura, a Moro Islamic Liberation Front commander who sat for a decade on the Coordinating Committee on the Cessation of Hostilities, died on Monday in Cotabato City. He was 70. He led fighters in the clashes of 2000, and helped calm a firefight in Maguindanao that killed five people.',
      }).rules,
    ).toContain('commentary-title');
  });

  it('reads a shooting ranked as "the most serious incident since" a truce as news, with its toll', () => {
    const verdict = classify({
      title: 'Soldier shot dead near temple in worst incident since July fighting ended',
      text: 'A soldier was shot dead near the Ta Moan Thom temple on Sunday, officials said, in the most serious incident since the arrangement agreed in Putrajaya halted five days of fighting in July.',
      published: '2025-08-25',
    });
    expectViolation(verdict);
    expect(verdict.killed).toBe(1);
  });
});

describe('the Kivus, the Afghan border, and questions asked', () => {
  it.each([
    [
      'a clash near Minova in a zone "couverte par" the Doha truce, undated',
      {
        title: 'Kalehe : quatre morts dans des affrontements à Minova',
        text: "Quatre personnes ont été tuées dans des affrontements entre l'AFC/M23 et des wazalendo près de Minova, dans le territoire de Kalehe, selon des sources locales. La zone est couverte par la cessation des hostilités à laquelle les deux parties se sont engagées à Doha.",
      },
    ],
    [
      'a charge of violating "les accords de Washington"',
      {
        title: "Kinshasa accuse Kigali d'avoir violé les accords de Washington",
        text: "Le gouvernement congolais a accusé le Rwanda d'avoir violé les accords de Washington après l'entrée des rebelles dans Uvira.",
      },
    ],
    [
      'a truce "that had kept the front quiet since the spring" collapsing',
      {
        title: 'Lull ends in Masisi',
        text: 'The uneasy ceasefire that had kept the front lines in North Kivu largely quiet since the spring has collapsed, with M23 rebels and militias fighting for a third day near Kitshanga.',
      },
    ],
    // Pashto: despite the ceasefire, firing in Spin Boldak; two people were killed.
    [
      'Pashto fire "despite the ceasefire"',
      {
        title: 'سره له اوربنده په سپین بولدک کې ډزې، دوه کسان ووژل شول',
        text: 'سره له اوربنده په سپین بولدک کې ډزې وشوې او دوه کسان ووژل شول.',
      },
    ],
    [
      'mortar fire in Bajaur under the Istanbul understanding, undated',
      {
        title: 'Woman and son killed as mortar rounds hit Bajaur village',
        text: 'A woman and her son were killed when two mortar rounds fired from across the border hit their house in Bajaur, police said. The area has been quiet since Pakistan and Afghanistan signed the Istanbul understanding.',
      },
    ],
  ])('%s is a violation', (_case, input) => {
    expectViolation(classify(input));
  });

  it.each([
    [
      "a raid on the Islamic State's branch, which no truce binds",
      {
        title: 'Taliban forces raid ISKP hideout in Nangarhar, kill six',
        text: "Taliban security forces killed six members of the Islamic State's regional branch in a night raid on a house in Nangarhar, police said on Wednesday.",
        published: '2026-06-10',
      },
    ],
    [
      'a spokesperson "asked whether" an attack was a breach',
      {
        title: 'Gunmen kill nine at checkpoint; ministry says truce with Kabul holding',
        text: 'Nine people were killed when militants attacked a checkpoint near Kulachi on Tuesday. At the weekly briefing, the spokesperson was asked whether Pakistan considered the attack a breach of the ceasefire with Afghanistan.',
        published: '2026-09-15',
      },
    ],
    [
      'breaches "enregistrées l\'an dernier" recalled at a forum in a placed zone',
      {
        title: 'Kalehe : forum de paix à Minova',
        text: "Plus de deux cents délégués ont clôturé samedi à Minova un forum de paix. Plusieurs intervenants ont rappelé les violations du cessez-le-feu enregistrées l'an dernier autour de Numbi, qui avaient jeté des milliers de familles sur les routes.",
        published: '2026-03-14',
      },
    ],
  ])('%s is not a violation', (_case, input) => {
    expectOther(classify(input));
  });
});

describe('Filipino truces, polls, factions and months recalled', () => {
  it('reads a Filipino truce that "bumagsak" (collapsed) as a collapse', () => {
    expectViolation(
      classify({
        title: 'Tigil-putukan ng gobyerno at NPA, tuluyang bumagsak',
        text: 'Tuluyang bumagsak ang tigil-putukan matapos ang sunod-sunod na engkwentro sa Samar, ayon sa militar.',
      }),
    );
  });

  it.each([
    [
      'a Filipino report of "walang … anumang paglabag" (no violation at all)',
      {
        title: 'Holiday truce sa Cagayan Valley, naging payapa',
        text: 'Walang naitalang engkwentro o anumang paglabag sa holiday ceasefire sa buong Cagayan Valley mula Disyembre 23 hanggang Enero 7, ayon sa Philippine Army.',
        published: '2020-01-08',
      },
    ],
    [
      'an election-day shooting',
      {
        title: 'Three killed in election-day shooting in Lanao del Sur town',
        text: 'Three people were killed when gunmen opened fire near a polling centre in a Lanao del Sur town on Monday, police said.',
        published: '2022-05-09',
      },
    ],
    [
      'a breach "in July", told in an aside in November',
      {
        title: 'Border trade picks up as gates reopen',
        text: 'Traders said the road had become much safer, although an exchange of fire near Hsenwi in July, which each side blamed on the other as a breach of the truce, briefly halted traffic.',
        published: '2025-11-04',
      },
    ],
  ])('%s is not a violation', (_case, input) => {
    expectOther(classify(input));
  });

  it("reads a party's wings and their congress as politics", () => {
    expect(
      classify({
        title: 'Truce between party wings breaks down over congress',
        text: 'The uneasy truce between the two wings of the front broke down on Tuesday when one faction announced it would hold a party congress, defying the electoral board.',
        published: '2024-08-06',
      }).rules,
    ).toContain('non-military-sense');
  });
});

describe("South Sudan's violence no truce binds", () => {
  it('places fighting on the Sobat in Ulang in South Sudan', () => {
    const verdict = classify({
      title: 'Fresh fighting in Ulang despite ceasefire; five dead',
      text: 'Five people were killed in fresh fighting between the army and opposition forces in Ulang on Sunday, despite the ceasefire, a local official said.',
    });
    expectViolation(verdict);
    expect(verdict.region).toBe('South Sudan');
  });

  it.each([
    [
      'raiders attacking a cattle camp',
      {
        title: '21 killed as raiders attack cattle camp in Jonglei',
        text: 'Twenty-one people were killed when armed raiders attacked a cattle camp in Uror County on Sunday, a county official said.',
        published: '2023-03-12',
      },
    ],
    [
      'ethnic violence in Western Equatoria',
      {
        title: 'Thousands flee ethnic violence in Western Equatoria',
        text: "Thousands of people have fled ethnic violence around Tambura in South Sudan's Western Equatoria, where fighting has killed dozens, local leaders in Juba said.",
        published: '2021-09-24',
      },
    ],
    [
      'clashes of a disarmament campaign',
      {
        title: 'Dozens killed in disarmament clashes in South Sudan',
        text: 'Dozens of people were killed in clashes between SSPDF soldiers and armed youths in Tonj East during the disarmament campaign, officials in Juba said on Tuesday.',
        published: '2020-08-11',
      },
    ],
  ])('%s is not a violation', (_case, input) => {
    expectOther(classify(input));
  });
});
