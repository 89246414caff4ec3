import { describe, expect, it } from 'vitest';
import { extractCasualties, parseCount } from '../../functions/core/classify/extract-casualties.js';

const killed = (...sentences: string[]) => extractCasualties(sentences).killed;
const injured = (...sentences: string[]) => extractCasualties(sentences).injured;

describe('extractCasualties', () => {
  it('reads digits and number words', () => {
    expect(killed('Four soldiers were killed in the mortar attack.')).toBe(4);
    expect(killed('At least 27 people died when the market was shelled.')).toBe(27);
    expect(killed('The strike killed twenty-one civilians, medics said.')).toBe(21);
    expect(killed('Shelling killed 1,204 people over the month.')).toBe(1204);
  });

  it('reads a count at the start of the text or after a space or a bracket, never inside a word', () => {
    expect(killed('Two soldiers were killed.')).toBe(2);
    expect(killed('On Monday (2 soldiers were killed).')).toBe(2);
    expect(injured('Shelling: 3 killed, 4 wounded.')).toBe(4);
    expect(killed('Three were killed. Two soldiers were killed and five civilians died.')).toBe(10);
    expect(killed('Flight A320-2 soldiers were killed.')).toBeNull();
    expect(killed('Unit/2 soldiers were killed.')).toBeNull();
    expect(killed('In Donetsk,2 soldiers were killed.')).toBeNull();
  });

  it('counts "a soldier" as one and ignores "a number of"', () => {
    expect(killed('A border guard was killed and another injured near the post.')).toBe(1);
    expect(injured('A border guard was killed and another injured near the post.')).toBe(1);
    expect(killed('A number of fighters were killed, the group said.')).toBeNull();
  });

  it('never counts "a ceasefire" or "a truce" among the victims', () => {
    expect(
      extractCasualties([
        'Gunfire erupted in the district on Thursday night, breaking a ceasefire announced only a day earlier, and two people were killed.',
      ]).killed,
    ).toBe(2);
  });

  it('takes "at least" and "more than" at their word', () => {
    expect(killed('Air strikes killed more than 300 people, health officials said.')).toBe(300);
  });

  it('reads vague amounts conservatively', () => {
    expect(killed('Intensive shelling killed dozens of people in the old town.')).toBe(12);
    expect(injured('A dozen villagers were wounded by the blast.')).toBe(12);
  });

  it('adds up counts given for different victims in one sentence', () => {
    expect(
      killed(
        'The ministry confirmed that three police officers were killed and said two border guards also died in the shootout.',
      ),
    ).toBe(5);
    expect(
      killed('The clashes have killed one soldier and four civilians on the other side.'),
    ).toBe(5);
  });

  it('ends a description of victims at a number of any form, and reads the number whole', () => {
    expect(killed('Two soldiers and 1,500 civilians were killed.')).toBe(1502);
    expect(killed('Two soldiers five hundred civilians were killed.')).toBe(500);
    expect(killed('Two soldiers a dozen civilians were killed.')).toBe(12);
    expect(killed('Shelling killed two soldiers and twenty-one civilians.')).toBe(23);
    expect(killed('A twenty-year-old soldier and two civilians were killed.')).toBe(3);
  });

  it('doubles a count given for each side', () => {
    expect(killed('The exchange of fire killed one soldier from each side on Friday.')).toBe(2);
  });

  it('keeps the largest toll when sentences restate it', () => {
    expect(
      killed(
        'Two officers were killed in the ambush, the interior ministry said.',
        'The defence ministry later said three officers and two soldiers were killed.',
      ),
    ).toBe(5);
  });

  it('reads the dead "already dead" on arrival, and a side\'s losses as its army puts them', () => {
    expect(
      extractCasualties(['Five people were already dead when they reached the clinic.']).killed,
    ).toBe(5);
    expect(
      extractCasualties(['The ministry put its own losses at a dozen servicemen on Saturday.'])
        .killed,
    ).toBe(12);
    // An army's "eliminated" counts the fighters it names, never a threat.
    expect(
      extractCasualties(['The aircraft eliminated a Hezbollah terrorist near the village.']).killed,
    ).toBe(1);
    expect(
      extractCasualties(['Troops eliminated two militants who crossed the line.']).killed,
    ).toBe(2);
    expect(
      extractCasualties(['The army said it eliminated a threat near the fence.']).killed,
    ).toBeNull();
    // Losses of anything but a side's own people count nobody.
    expect(extractCasualties(['Officials put crop losses at 30 percent.']).killed).toBeNull();
  });

  it('reads a count of the dead "since January" or "since the truce began" as a running total', () => {
    expect(
      extractCasualties([
        'A boy was killed on Saturday.',
        'UNICEF said more than 20 children had been killed or maimed since the truce began.',
      ]).killed,
    ).toBe(1);
    expect(
      extractCasualties([
        'Three farmers were killed on Tuesday.',
        'Drones had killed at least 20 people in the area since January, rescuers said.',
      ]).killed,
    ).toBe(3);
    // Since the fighting began that day, the dead are the incident's.
    expect(
      extractCasualties(['Ten soldiers had been killed since the fighting began on Tuesday.'])
        .killed,
    ).toBe(10);
  });

  it("takes a victim's year of birth for no earlier year", () => {
    const options = { publishedYear: 2019 };
    expect(
      extractCasualties(['В Горловке погиб мирный житель — мужчина 1958 года рождения.'], options)
        .killed,
    ).toBe(1);
    // A toll of an earlier year is still no toll of today.
    expect(
      extractCasualties(['In 2015 two soldiers were killed there.'], options).killed,
    ).toBeNull();
  });

  it('counts each person named as killed once, where no count is told', () => {
    expect(
      killed('Our parishioner Petro Lysenko, 68, who was carrying bread home, was killed.'),
    ).toBe(1);
    expect(
      killed(
        'Karim was killed at once.',
        'The council mourns its son Samir Haddad (41), father of three, who was martyred this morning.',
        'Karim was killed at once, his brother said.',
      ),
    ).toBe(2);
    expect(killed('Valeriia Bondar died on the spot.')).toBe(1);
    // A count told is the toll: the victim it names is one of it.
    expect(killed('Two soldiers were killed. Sergeant Ivan Petrenko died later in hospital.')).toBe(
      2,
    );
    // A place or an agreement before the verb names no one.
    expect(
      killed('Hopes of a settlement under the Stockholm Agreement died on Thursday.'),
    ).toBeNull();
  });

  it('counts one where a pronoun tells the death of the person the story is about', () => {
    expect(killed('She was killed on Wednesday evening when a shell hit her summer kitchen.')).toBe(
      1,
    );
    expect(killed('He was taken to hospital in Mendhar, where he died.')).toBe(1);
    // The one is among a count told elsewhere, not another victim.
    expect(
      killed(
        'A Thai soldier was killed and two Cambodian soldiers died.',
        'He was killed by a sniper.',
      ),
    ).toBe(3);
    // Still two with the relative killed with him.
    expect(
      killed('He was killed on Tuesday, along with his 17-year-old nephew, when shells struck.'),
    ).toBe(2);
    // One who says, not one who died.
    expect(killed('He said the truce had died.')).toBeNull();
  });

  it('reads the first "since" after a toll for its period, not a later one', () => {
    expect(
      killed(
        'At least 63 people have been killed in strikes since late Tuesday, the highest toll since the ceasefire took effect on 10 October.',
      ),
    ).toBe(63);
  });

  it('reads a toll "in February alone" as a month\'s, not the incident\'s', () => {
    expect(
      killed(
        'Two soldiers were killed in a rocket attack on their position on Thursday.',
        'More than 50 soldiers were killed in the region in February alone.',
      ),
    ).toBe(2);
  });

  it("reads a relative's age between commas as no count", () => {
    expect(
      killed(
        'A shell killed a 10-year-old boy on the spot.',
        "The boy's brother, 7, and a cousin, 12, died later in hospital.",
      ),
    ).not.toBe(12);
  });

  it('reads the dead of the fighting a truce ended as no count of the incident', () => {
    expect(
      killed(
        'Three soldiers were killed on Wednesday when mortars hit their positions.',
        'The deaths are the first since the truce that ended two days of fighting in which nearly 300 soldiers died on both sides.',
      ),
    ).toBe(3);
  });

  it('reads an age in Urdu, Hindi and Persian as no count of the dead', () => {
    expect(
      killed('فائرنگ کے نتیجے میں 60 سالہ شہری محمد اسلم شہید اور ایک خاتون زخمی ہو گئی۔'),
    ).not.toBe(60);
    expect(killed('पाकिस्तानी गोलीबारी में 60 वर्षीय नागरिक की मौत हो गई।')).not.toBe(60);
  });

  it('counts the one a headline or "shot dead" names without a count', () => {
    expect(killed('Israeli fire kills man in Rafah')).toBe(1);
    expect(killed('Houthi sniper kills teenage girl in Taiz')).toBe(1);
    expect(killed('A sniper shot dead a 10-year-old girl in the eastern neighbourhood.')).toBe(1);
    expect(killed('Troops shot dead two smugglers at the fence on Sunday.')).toBe(2);
    // "The killing" is the deed named, not a second victim.
    expect(
      killed(
        'Cambodia accused Thai soldiers of killing a farmer, calling the killing a serious breach of the ceasefire.',
      ),
    ).toBe(1);
  });

  it('reads killed and wounded from one sentence', () => {
    const sentence =
      'Shells fell on a residential block, which killed five civilians and wounded 17 others.';
    expect(extractCasualties([sentence])).toEqual({ killed: 5, injured: 17 });
  });

  it('does not count the victims of an aside twice', () => {
    expect(killed('Two civilians – a farmer and his son – were killed by sniper fire.')).toBe(2);
    expect(
      killed('At least two civilians – a woman and a child – have been killed, officials said.'),
    ).toBe(2);
    expect(killed('Three soldiers, a captain and two privates, were killed.')).toBe(3);
  });

  it('does not read the toll of an epidemic or a disaster named after it as the incident’s', () => {
    expect(
      killed('Cholera: 410 suspected cases and 5 deaths were reported during the week.'),
    ).toBeNull();
    expect(
      killed('More than 3,500 people are reported dead from the 28 March earthquake.'),
    ).toBeNull();
    expect(
      killed('Five people were killed in air strikes on villages hit by the earthquake.'),
    ).toBe(5);
    expect(
      killed(
        'A soldier and two rebels were killed, days after the truce to fight the coronavirus.',
      ),
    ).toBe(3);
    expect(
      killed(
        'The truce was declared to fight the coronavirus, after two soldiers were killed in an encounter.',
      ),
    ).toBe(2);
    expect(killed('Two people were killed in the coronavirus outbreak.')).toBeNull();
  });

  it('does not take the year a truce is in force since for the year of the toll', () => {
    const sentence =
      'An attack on a police post, in which one police officer was killed, was a violation of the ceasefire in force since August 2023.';
    expect(extractCasualties([sentence], { publishedYear: 2024 }).killed).toBe(1);
  });

  it('reads a death told as becoming a shahid or a martyr', () => {
    expect(killed('As a result of the fire, a private of the army became a shahid (martyr).')).toBe(
      1,
    );
    expect(
      extractCasualties([
        'Three Palestinians became shahids (martyrs) and at least 20 were injured.',
      ]),
    ).toEqual({ killed: 3, injured: 20 });
  });

  it('reads a count of martyrs as the dead, but not a name that holds the word', () => {
    expect(killed('42 martyrs in a series of raids on the Strip, medical sources said')).toBe(42);
    expect(killed('Drone targets a car near the border, one martyr')).toBe(1);
    expect(killed('The strike led to the fall of one martyr, the ministry said.')).toBe(1);
    expect(
      killed('A nurse at Al-Aqsa Martyrs Hospital said bodies lay in the corridors.'),
    ).toBeNull();
  });

  it('reads the dead a funeral counts, but not bodies handed over or soldiers buried alive', () => {
    expect(killed('Residents buried seven people on Thursday who were killed this week.')).toBe(7);
    expect(
      killed('Crowds gathered for the funeral of five members of one family killed in the strike.'),
    ).toBe(5);
    expect(killed('Hamas is to return the bodies of 28 hostages killed in captivity.')).toBeNull();
    expect(
      killed(
        'Two soldiers were killed when the avalanche struck the post, burying three of their comrades.',
      ),
    ).toBe(2);
  });

  it('reads martyrdom attained, as army statements word a death', () => {
    expect(killed('An army jawan attained martyrdom in the firing on Friday evening.')).toBe(1);
    expect(killed('Pakistan violates ceasefire in Rajouri, jawan attains martyrdom')).toBe(1);
  });

  it('reads a headline clause after a comma that opens on a bare noun', () => {
    expect(killed('Rebels shell border post, soldier killed')).toBe(1);
    expect(killed('In the attack, the soldier died of his wounds.')).toBeNull();
  });

  it('reads an army named by its initials as its country’s side, and armed men as fighters', () => {
    expect(
      killed('Two IDF soldiers killed in Rafah', 'Two Israeli soldiers were killed on Sunday.'),
    ).toBe(2);
    expect(
      killed(
        'IDF kills three gunmen at tunnel shaft',
        'Israeli troops killed three armed men who climbed out of a tunnel shaft.',
      ),
    ).toBe(3);
  });

  it('adds a reservist to the dead of the other side', () => {
    expect(
      killed(
        'The army said one reservist was killed by the gunmen.',
        'Health officials said the strikes that followed killed 12 civilians.',
      ),
    ).toBe(13);
  });

  it('takes the kind of victims from an aside that names some of them', () => {
    expect(
      killed(
        'A soldier was killed by sniper fire on Tuesday.',
        'The strikes that followed killed 30 people, including children, officials said.',
      ),
    ).toBe(31);
    expect(
      killed(
        'Strikes killed 30 people on Tuesday, officials said.',
        'Later, the ministry said 34 people had been killed.',
      ),
    ).toBe(34);
  });

  it('reads "of one family" as describing the victims, not counting them', () => {
    expect(killed('Three members of one family were killed when the shell hit.')).toBe(3);
    expect(killed('Two children of one household died in the blast.')).toBe(2);
  });

  it('reads a life lost, as translated news words it', () => {
    expect(killed('Five civilians lost life and several houses were burnt.')).toBe(5);
    expect(killed('Two soldiers lost lives in the shelling.')).toBe(2);
    expect(killed('Near the village, four servicemen fell.')).toBe(4);
    expect(killed('Three policemen fell in action on Tuesday.')).toBe(3);
    expect(killed('Two shells fell near the post.')).toBeNull();
    expect(killed('Prices fell by four percent as two soldiers were wounded.')).toBe(0);
  });

  it.each([
    'No soldiers were hurt, it said, and troops returned fire.',
    'There were no losses among the personnel.',
  ])('reads "%s" as none killed or injured', (sentence) => {
    expect(extractCasualties([sentence])).toEqual({ killed: 0, injured: 0 });
  });

  it('reads a headline’s bare singular noun as one victim, and not a killer', () => {
    expect(
      killed("Pak violates ceasefire in Poonch's Krishna Ghati sector; Army jawan killed"),
    ).toBe(1);
    expect(killed('Teenage girl killed in strike on Khan Younis')).toBe(1);
    expect(killed('Two soldiers killed; civilian dies of wounds')).toBe(3);
    expect(killed('Road worker killed by sniper fire near the checkpoint')).toBe(1);
    expect(killed('Drone strike on fishing village: man killed')).toBe(1);
    expect(killed('The soldier killed in the ambush was buried on Monday.')).toBeNull();
  });

  it('counts one victim "shot and killed"', () => {
    expect(killed('A 58-year-old shepherd was shot and killed near the dividing line.')).toBe(1);
    expect(killed('A villager from the border hamlet was shot and killed on Friday.')).toBe(1);
  });

  it('counts a victim killed with others as one more than them', () => {
    expect(
      killed('The colonel was killed with three other officers when the convoy was hit.'),
    ).toBe(4);
    expect(
      killed('The group said its deputy leader was killed together with two of his guards.'),
    ).toBe(3);
    // The count before the verb already names who died; the others are not added twice.
    expect(killed('Two soldiers were killed with three others.')).toBe(2);
  });

  it('does not count the toll of an earlier incident the news comes after', () => {
    expect(
      killed(
        'A porter was killed by mortar fire on Friday, officials said.',
        'The attack comes less than two weeks after three soldiers were killed in the same sector.',
      ),
    ).toBe(1);
    expect(
      killed(
        'Two shepherds were killed by sniper fire, officials said.',
        'The shooting came twelve days after 19 villagers were killed in an air strike.',
      ),
    ).toBe(2);
    expect(
      killed(
        'A farmer was killed when a shell hit his field.',
        'Officials say 210 people have been killed in the district over that period.',
        'The province has been torn since March by fighting that has left dozens dead.',
      ),
    ).toBe(1);
  });

  it('does not count livestock killed with the people', () => {
    expect(killed('Two cows were also killed, the sarpanch said.')).toBeNull();
    expect(killed('Four heads of cattle were killed in the shelling.')).toBeNull();
    expect(killed('Two civilians and three goats were killed.')).toBe(2);
  });

  it('reads "no casualties" as zero', () => {
    expect(extractCasualties(['The army said there were no casualties on its side.'])).toEqual({
      killed: 0,
      injured: 0,
    });
    expect(killed('No soldiers were killed in the incident.')).toBe(0);
  });

  it('skips tolls of wars from earlier years when the publication year is known', () => {
    const background = 'The 2020 war claimed more than 6,500 lives before a truce ended it.';
    const news = 'Three soldiers died in the clash on Tuesday.';
    expect(extractCasualties([news, background], { publishedYear: 2023 }).killed).toBe(3);
  });

  it('reads tolls that rise, climb or are brought to a number', () => {
    expect(killed('The death toll rose to 25 on Friday, health officials said.')).toBe(25);
    expect(killed('A wounded porter died overnight, bringing the toll to three.')).toBe(3);
    expect(killed('Toll in the border shelling rises to four as injured farmer dies')).toBe(4);
    expect(killed('By evening the toll had climbed to 12, the ministry said.')).toBe(12);
    expect(killed('Another body was found, raising the number of dead to six.')).toBe(6);
  });

  it('reads no count in a toll that is not a number', () => {
    expect(killed('The toll rose to a record on the motorway bridge this year.')).toBeNull();
    expect(killed('The war has taken a heavy toll on the town.')).toBeNull();
  });

  it('adds up the tolls of two sides given in two sentences', () => {
    expect(
      killed(
        'One Indian soldier was killed in the exchange of fire, the army said.',
        'Two Pakistani soldiers died in the shelling, according to the military.',
      ),
    ).toBe(3);
    expect(
      killed(
        'A soldier was killed on the Armenian side, the ministry said.',
        'Three Azerbaijani servicemen were killed near the village.',
      ),
    ).toBe(4);
  });

  it('does not add restated tolls of one side, named as a country or its adjective', () => {
    expect(
      killed(
        'Three Pakistani soldiers were killed in the firing, officials said.',
        'The military said three Pakistan Army soldiers were killed on Sunday.',
      ),
    ).toBe(3);
  });

  it('adds up the tolls of different kinds of victim given in different sentences', () => {
    expect(
      killed(
        'The rebel group said four of its fighters were killed when troops stormed a camp near the river.',
        'An army spokesman said three government soldiers died in the fighting.',
      ),
    ).toBe(7);
    expect(
      killed(
        'The army said one soldier was killed when its post came under rocket fire.',
        'The provincial governor said two civilians were killed by return fire.',
      ),
    ).toBe(3);
    // A named side and a kind no side is named for.
    expect(
      killed(
        'A Thai ranger was killed in the exchange, the regional command said.',
        'Officials on the other side said three villagers were killed by artillery.',
      ),
    ).toBe(4);
  });

  it('does not add counts of one kind of victim, which may restate each other', () => {
    expect(
      killed(
        'Five civilians were killed when shells hit the market.',
        'Three children died in the strike, a hospital director said.',
      ),
    ).toBe(5);
    // A kind counted for a named side holds the unnamed count of that kind.
    expect(
      killed(
        'Two Indian soldiers were killed along the line on Friday.',
        'The army said two soldiers died after their bunker was hit.',
      ),
    ).toBe(2);
    // A side named with no kind ("Palestinians") may hold any kind.
    expect(
      killed(
        'Six Palestinians were killed in the raid, the health ministry said.',
        'Two teenagers were among them, and one militant.',
        'A militant was killed in the exchange of fire, the army said.',
      ),
    ).toBe(6);
  });

  it('does not take a toll and its parts for parts of a toll', () => {
    // "the two soldiers" refers back.
    expect(
      killed(
        'Four fighters were killed on Monday, the monitor said.',
        'The two soldiers were killed when a drone hit their vehicle.',
      ),
    ).toBe(4);
    // The dead of a fight between two sides are of both.
    expect(
      killed(
        'Three fighters were killed in clashes between the army and a rival brigade near the port.',
        'The brigade said one of its soldiers was among the dead.',
        'A commander said two soldiers were killed.',
      ),
    ).toBe(3);
    // A kind word inside a name tells no kind.
    expect(
      killed(
        'Two militiamen were killed in the raid on the outpost.',
        'Two members of the Civilian Volunteer Armed Forces were killed, the police said.',
      ),
    ).toBe(2);
  });

  it('takes a toll stated whole for the toll, with what it already holds', () => {
    expect(
      killed(
        'A hospital official said 15 people had been killed on Wednesday.',
        'By Friday, eight more had died, bringing the toll to 23, among them 11 children.',
      ),
    ).toBe(23);
    expect(
      killed(
        'Two soldiers were killed during the exchange of fire.',
        'One rebel was also killed.',
        'The encounter caused four deaths in total.',
      ),
    ).toBe(4);
    expect(
      killed(
        'Four civilians were killed in the strike.',
        'One of the injured, a woman, had died, bringing the total number of civilians killed to five.',
      ),
    ).toBe(5);
  });

  it('does not add victims said to have also died to a toll they make up', () => {
    expect(
      killed(
        'Monitors: army attack on rebel position violated the truce; five dead',
        'Three rebel fighters were killed during the fighting.',
        'Two army soldiers were also killed, the commander said.',
      ),
    ).toBe(5);
  });

  it('sums the counts of one group in one sentence before comparing sentences', () => {
    expect(
      killed(
        'Military spokesmen said at least 38 rebels were killed.',
        'Two soldiers were killed on Tuesday, and a third soldier died of his wounds.',
      ),
    ).toBe(41);
  });

  it("adds each side's count of its own dead, given by that side", () => {
    expect(
      killed(
        'The prime minister told parliament that 49 Armenian servicemen had been killed since the fighting began on Tuesday.',
        'Baku said 50 of its soldiers had died.',
      ),
    ).toBe(99);
    expect(
      killed(
        'The Thai army said 14 of its soldiers were killed.',
        "Cambodia's defence ministry said that 13 of its troops died.",
      ),
    ).toBe(27);
    // The same side restating its dead, and a place that names no side, add nothing.
    expect(
      killed(
        'Forty-nine Armenian servicemen were killed.',
        "Armenia's defence ministry said 49 of its soldiers had died.",
      ),
    ).toBe(49);
    expect(
      killed(
        'Officials in Martuni said three of their servicemen had been killed.',
        'Three Karabakh soldiers killed in drone strike',
      ),
    ).toBe(3);
  });

  it('does not read the toll of an earlier clash a sentence looks back to', () => {
    expect(
      killed(
        'Two soldiers were killed on Wednesday when their post came under drone fire.',
        'It was the worst fighting in the area since March, when three soldiers were killed.',
      ),
    ).toBe(2);
  });

  it('reads the one who died last, told by an ordinal, as the toll', () => {
    expect(killed('Second child dies after shelling of the market')).toBe(2);
    expect(
      killed(
        'Shells struck a home, killing five members of one family.',
        "A sixth, the children's grandmother, died later at a field hospital.",
      ),
    ).toBe(6);
    expect(
      killed(
        'Military spokesmen said at least 38 rebels were killed.',
        'Two soldiers were killed on Tuesday, and a third soldier died of his wounds.',
      ),
    ).toBe(41);
    expect(killed('A third of the families fled before the shelling.')).toBeNull();
  });

  it('reads a count "from one family" as the dead of one family', () => {
    expect(killed('Six from one family killed in shelling south of the port')).toBe(6);
  });

  it('reads no count in a range, and a loose figure as the exact one near it', () => {
    expect(
      killed(
        'Early reports gave between nine and 12 dead.',
        'By evening rescuers said they had recovered the bodies of 11 people.',
        'The shelling killed 11 people, the civil defence said.',
      ),
    ).toBe(11);
    expect(
      killed(
        "Residents' first reports spoke of nearly 20 dead.",
        'The doctors’ committee later put the toll at 19.',
      ),
    ).toBe(19);
    // A loose figure far above an exact count of some of the dead stands.
    expect(killed('About 20 people were killed.', 'Two children were among the dead.')).toBe(20);
  });

  it('reads figures that rise through the day as one toll', () => {
    expect(
      killed(
        'The ministry gave rising figures: 32 dead by mid-morning, 109 by the afternoon and 184 killed by the evening.',
      ),
    ).toBe(184);
  });

  it("reads a year's running count, and an earlier strike hours before, as no toll of the incident", () => {
    expect(
      killed(
        'Two villagers were killed on the spot on Monday.',
        'The army said Indian forces had committed more than 2,000 ceasefire violations this year, killing 28 civilians.',
      ),
    ).toBe(2);
    expect(
      killed(
        'By the evening the ministry said the toll had risen to 419.',
        'The war, which began with the attack of October 7, 2023, has killed more than 48,000 people.',
      ),
    ).toBe(419);
    expect(
      killed(
        'No one was killed or hurt, the rescue service said.',
        'The accusation came hours after a missile struck an apartment building before dawn, killing four people.',
      ),
    ).toBe(0);
  });

  it('adds the counts of two sides a truce between them names', () => {
    expect(
      killed(
        'The ceasefire between Thailand and Cambodia collapsed as clashes along the border killed a Thai soldier.',
        "Cambodia's information ministry said four civilians were killed in strikes near the temple.",
      ),
    ).toBe(5);
  });

  it("reads a side's own count when it says so on a given day, or puts its losses at a figure", () => {
    expect(
      killed(
        "Armenia's defence ministry said on Sunday that 18 of its soldiers had been killed.",
        "Azerbaijan's defence ministry said 12 of its servicemen had died.",
      ),
    ).toBe(30);
    expect(
      killed(
        'Baku said 50 of its servicemen had been killed.',
        'Armenia put its military losses at 49 dead.',
      ),
    ).toBe(99);
  });

  it('reads an armed group’s own dead as fighters beside the soldiers killed', () => {
    expect(
      killed(
        'Two soldiers were killed and 12 wounded in a firefight with the rebels, the military said.',
        "The MILF's local command said three of its members had died.",
      ),
    ).toBe(5);
  });

  it('adds victims said to have also died in the other languages', () => {
    expect(
      killed(
        'سرحد پار سے حملے میں 2 سیکیورٹی اہلکار شہید ہو گئے۔',
        'مارٹر گولوں سے 4 شہری بھی جاں بحق ہوئے۔',
      ),
    ).toBe(6);
    expect(killed('Três soldados morreram.', 'Dois civis também morreram no ataque.')).toBe(5);
  });

  it('reads the year of a truce that a subject agreed as no earlier toll', () => {
    expect(
      extractCasualties(
        [
          'Seven people were killed when a house was hit, despite the ceasefire Moscow and Ankara agreed in March 2020.',
        ],
        { publishedYear: 2021 },
      ).killed,
    ).toBe(7);
  });

  it('reads one "of three civilians killed", and one killed along with a relative', () => {
    expect(
      killed('He was one of three civilians killed, according to the health department.'),
    ).toBe(3);
    expect(
      killed('He was killed on Tuesday, along with his 17-year-old nephew, when shells struck.'),
    ).toBe(2);
  });

  it('does not read a figure the item corrects', () => {
    expect(
      killed(
        'The spokesman said four people were killed in the strike.',
        'Correction: An earlier version of this story said five people were killed.',
      ),
    ).toBe(4);
  });

  it('takes the dead of a fight between rival forces for both sides', () => {
    expect(
      killed(
        'Four fighters were killed in a gunfight between rival forces at a checkpoint.',
        'A spokesman for one side said one of its soldiers had been killed.',
      ),
    ).toBe(4);
  });

  it('reads the kind of victims told before a toll', () => {
    expect(
      killed(
        'Monitors said 20 rebels had been killed by nightfall.',
        'They put the toll among government troops and allied militias at 15.',
      ),
    ).toBe(35);
  });

  it('reads victims joined with "and" and no count of their own, and "had died"', () => {
    expect(
      killed('Nine members of the security forces and allied militias were killed overnight.'),
    ).toBe(9);
    expect(killed('A spokesman said 11 soldiers had died over the weekend.')).toBe(11);
    expect(killed('The unit said 11 soldiers had killed the attackers.')).toBeNull();
    expect(killed('A woman and her teenage son were killed when the shell hit.')).toBe(2);
    expect(killed('Three children and their mother were killed in the strike.')).toBe(4);
  });

  it('does not count those an "including" aside names again', () => {
    expect(
      killed('At least nine civilians, including three children, were killed in the shelling.'),
    ).toBe(9);
    expect(
      killed('Shells hit homes, killing four civilians, among them a woman and a child.'),
    ).toBe(4);
    expect(killed('The strike killed four civilians, including a woman and her son.')).toBe(4);
  });

  it('reads a toll beside the year that names an agreement, not the toll', () => {
    const options = { publishedYear: 2026 };
    expect(
      extractCasualties(
        ['Shelling kills 14 as the 2021 ceasefire understanding collapses'],
        options,
      ).killed,
    ).toBe(14);
    expect(
      extractCasualties(
        ['Fighting under the 2019 Moscow-brokered deal killed six soldiers on Monday.'],
        options,
      ).killed,
    ).toBe(6);
    expect(
      extractCasualties(['The 2019 clashes killed six soldiers on the border.'], options).killed,
    ).toBeNull();
  });

  it('does not read the day of a dateline as a count', () => {
    expect(
      extractCasualties(['BOGOTA, Dec 12 - A soldier was killed and two others wounded.']),
    ).toEqual({ killed: 1, injured: 2 });
  });

  it('reads past an aside set off by commas', () => {
    expect(
      extractCasualties([
        'At least a dozen people, among them soldiers and civilians, were killed in the fighting.',
      ]).killed,
    ).toBe(12);
  });

  it('does not take the toll of a war of so many days for the incident’s', () => {
    expect(
      killed(
        'At least two civilians were killed on Tuesday.',
        'Throughout the four-day offensive, 60 soldiers and four civilians were killed.',
      ),
    ).toBe(2);
    expect(
      killed('In the 44-day war, thousands of soldiers were killed.', 'A soldier died on Monday.'),
    ).toBe(1);
  });

  it('does not take a running total for the incident’s toll', () => {
    expect(
      extractCasualties([
        'Two men were shot dead near the line on Wednesday.',
        'Dozens of people have been killed near the line since the agreement took effect.',
        'Monitors counted 500 violations since the beginning of the year, killing dozens of civilians.',
      ]).killed,
    ).toBe(2);
  });

  it.each([
    'More than 13,000 people have been killed in the conflict in the east, according to UN estimates.',
    'Since the ceasefire took effect on October 10, more than 340 people have been killed by gunfire.',
    'The health ministry counted more than 390 people killed since the ceasefire took effect.',
    'Since the cessation of hostilities took effect, strikes have killed more than 330 people.',
    "Dall'entrata in vigore della tregua, oltre 90 palestinesi sono stati uccisi.",
    'З початку року в зоні операції загинули 11 військових.',
    'The health ministry has put the overall death toll at more than 800.',
    'The cumulative toll stands at 212 dead, the monitors said.',
  ])('does not take the total of a war or a period for the incident’s: %s', (total) => {
    expect(killed('A soldier was killed by sniper fire on Tuesday.', total)).toBe(1);
  });

  it('does not read an age between commas after a name as a count', () => {
    // The man named is one; his age is no count.
    expect(killed('The militiaman, identified as Reynaldo Abaño, 42, died on the spot.')).toBe(1);
    expect(killed('In the village, 42 were killed.')).toBe(42);
  });

  it('adds the victims a sentence says also died to those counted before', () => {
    expect(
      killed(
        'At least 27 civilians were killed as armed men went house to house.',
        'Two soldiers also died in clashes as troops moved to retake the towns.',
      ),
    ).toBe(29);
    expect(
      killed(
        'Three police officers were killed and two troops also died in the shootout.',
        'Five people were killed in the shootout, the ministry said.',
      ),
    ).toBe(5);
  });

  it('reads a count of wounded with no word of any death as none killed', () => {
    expect(
      extractCasualties(['A contract serviceman was wounded; his life is not in danger.']),
    ).toEqual({ killed: 0, injured: 1 });
    expect(
      extractCasualties([
        'Two soldiers were wounded in the attack.',
        'Bodies were seen near the burnt-out post.',
      ]).killed,
    ).toBeNull();
    expect(killed('Several soldiers were wounded in the attack.')).toBeNull();
  });

  it('reads "wounding no one" and "nobody was killed" as none killed', () => {
    expect(killed('A drone dropped a grenade near the bunker, wounding no one.')).toBe(0);
    expect(
      extractCasualties([
        'Troops fired on the post, wounding two soldiers.',
        'Nobody was killed in the incident, the ministry said.',
      ]),
    ).toEqual({ killed: 0, injured: 2 });
  });

  it('reads "no one was killed" as none, not one', () => {
    expect(killed('No one was killed in these incidents, according to both sides.')).toBe(0);
  });

  it('does not take a disaster’s toll for the incident’s', () => {
    expect(
      extractCasualties([
        'Jets bombed the village on Thursday, killing seven people, after the earthquake.',
        'The quake, which killed more than 3,600 people, flattened the town.',
      ]).killed,
    ).toBe(7);
  });

  it('counts one person named by relation or role', () => {
    expect(killed('Three children and their mother were killed when shells hit the house.')).toBe(
      4,
    );
    expect(killed('A drone struck a motorcycle near the village, killing its rider.')).toBe(1);
    expect(injured('The blast wounded the driver and set the truck alight.')).toBe(1);
    expect(killed('A drone hit a bulldozer clearing rubble, killing its operator.')).toBe(1);
    expect(killed('The worker was killed when the crane was struck.')).toBe(1);
    expect(killed('His brother was killed by a sniper on the same road.')).toBe(1);
    // A role before an active verb names the killer, not a victim.
    expect(killed('The commander killed no one, the inquiry found.')).toBeNull();
    expect(killed('Their children were killed in the raid.')).toBeNull();
  });

  it('reads a victim described at length', () => {
    expect(
      killed(
        'Two Army soldiers and three members of the Moro Islamic Liberation Front were killed in a firefight.',
      ),
    ).toBe(5);
    // A description does not run on into "to be killed".
    expect(
      killed(
        'Troops fired on a protest against a settlement outpost, the fourth demonstrator to be killed there.',
      ),
    ).toBeNull();
  });

  it('reads "neither side reported casualties" as none killed or injured', () => {
    expect(extractCasualties(['Neither side reported casualties.'])).toEqual({
      killed: 0,
      injured: 0,
    });
  });

  it('does not count the source of a toll named after it', () => {
    expect(
      killed('The army bombed a village, killing seven people, residents and a local group said.'),
    ).toBe(7);
    expect(killed('Strikes hit the city, killing at least 90 people, health officials said.')).toBe(
      90,
    );
  });

  it('does not read the day after a month, or a disaster’s toll, as the incident’s', () => {
    expect(killed('The March 28 quake killed more than 3,700 people, officials said.')).toBeNull();
  });

  it('does not take the toll of a war since it erupted for the incident’s', () => {
    expect(
      killed('Fighting between the two forces erupted on April 15 and has killed hundreds.'),
    ).toBeNull();
  });

  it('reads "nobody was hurt" and "no injuries" as none killed or injured', () => {
    expect(extractCasualties(['Nobody was hurt, the border service said.'])).toEqual({
      killed: 0,
      injured: 0,
    });
    expect(killed('Both missiles were intercepted and no injuries were reported.')).toBe(0);
  });

  it('reads "no Thai soldiers were killed" and "has no losses" as none killed', () => {
    expect(killed('The spokesman added that no Thai soldiers were killed.')).toBe(0);
    expect(extractCasualties(['The Armenian side has no losses.'])).toEqual({
      killed: 0,
      injured: 0,
    });
  });

  it('reads "no casualties" in the other languages read', () => {
    for (const sentence of [
      'В районе зафиксировано одно нарушение, пострадавших нет.',
      'El ataque no dejó víctimas, sin heridos según el ejército.',
      'Les tirs n’ont fait aucune victime.',
      'Le bombardement s’est produit sans faire de victimes.',
      'Es gab keine Verletzten.',
      'سقطت القذائف دون وقوع إصابات.',
    ]) {
      expect(killed(sentence), sentence).toBe(0);
    }
  });

  it('does not skip a sentence for a year given in a relative aside', () => {
    expect(
      extractCasualties(
        [
          'Azerbaijan, which took back the districts in 2020, said three of its soldiers were killed.',
        ],
        { publishedYear: 2022 },
      ).killed,
    ).toBe(3);
    expect(
      extractCasualties(['In 2020, three soldiers were killed.'], { publishedYear: 2022 }).killed,
    ).toBeNull();
  });

  it('does not skip a sentence for the year that dates the truce it names', () => {
    const options = { publishedYear: 2021 };
    expect(
      extractCasualties(
        ['Two farmers were killed by shelling, despite the ceasefire agreed in March 2020.'],
        options,
      ).killed,
    ).toBe(2);
    expect(
      extractCasualties(['Two farmers were killed by shelling in March 2020.'], options).killed,
    ).toBeNull();
  });

  it('reads a bare verb with an object after it as active', () => {
    expect(killed('An air strike on a house killed a father and his two sons.')).toBe(3);
    expect(extractCasualties(['Two soldiers killed, three wounded.'])).toEqual({
      killed: 2,
      injured: 3,
    });
  });

  it('does not take the object of a preposition for the victims', () => {
    expect(
      killed(
        'Two fighters from a unit aligned with the Tripoli-based government were killed on Monday.',
      ),
    ).toBe(2);
    expect(killed('Five people in two villages were killed.')).toBeNull();
  });

  it('reads past an age or a relative clause between the victims and the verb', () => {
    expect(killed('Two of its conscripts, aged 19 and 20, were killed, it said.')).toBe(2);
    expect(killed('Three soldiers and a woman who was selling tea at the base were killed.')).toBe(
      4,
    );
  });

  it('reads "niemand verletzt" as none', () => {
    expect(killed('Verletzt wurde nach Angaben des Rettungsdienstes niemand.')).toBe(0);
  });

  it('gives null when no count is reported', () => {
    expect(extractCasualties(['The ceasefire was violated twice overnight.'])).toEqual({
      killed: null,
      injured: null,
    });
  });

  it('does not read times or years as counts', () => {
    expect(killed('At 5:10 pm the units opened fire; in 2020 the war killed many.')).toBeNull();
  });

  it.each([
    ['A 62-year-old man was killed on Wednesday night.', 1],
    ['A 40-year-old farmer and his 9-year-old grandson were killed in the shelling.', 2],
    ['A 60 years old man and his 19 years old nephew were killed on the spot.', 2],
    ['Two boys aged six and 10 years and a 15-year-old girl were killed by the shells.', 3],
    ['Three men aged 20, 25 and 31 were killed in the strike.', 3],
  ])('reads ages as who the victims are, never as counts: %s', (sentence, count) => {
    expect(killed(sentence)).toBe(count);
  });

  it('reads "N of them" between the victims and the verb as an aside', () => {
    expect(
      killed('Rescuers said at least eight civilians, three of them children, were killed.'),
    ).toBe(8);
  });

  it('reads "mortally wounded" and "succumbed to his injuries" as deaths', () => {
    expect(killed('A contract serviceman was mortally wounded when the units opened fire.')).toBe(
      1,
    );
    expect(killed('A soldier succumbed to his injuries in hospital on Monday.')).toBe(1);
  });

  it('counts the dead "from both sides" once, and "from each side" twice', () => {
    expect(killed('At least 14 fighters from both sides were killed on the first day.')).toBe(14);
    expect(killed('One soldier from each side was killed in the exchange.')).toBe(2);
  });

  it.each([
    ['Soldiers returned fire and killed all three.', 3],
    ['The Mission corroborated the death of a civilian woman in the village.', 1],
    ['The strike hit a tent, killing a man, his wife and three of their children.', 5],
    ['A serviceman was fatally wounded when the units opened fire.', 1],
    ['There were no Thai casualties.', 0],
  ])('reads %s', (sentence, count) => {
    expect(killed(sentence)).toBe(count);
  });

  it('reads "55 years" between commas after a name as an age, and "embraced shahadat" as a death', () => {
    expect(
      killed(
        'Due to unprovoked firing by enemy troops, Ms Rukhsana Begum, 55 years, resident of village Kotli Bala, embraced shahadat, while two civilians sustained injuries.',
      ),
    ).toBeNull();
  });

  it.each([
    ['Three civilians, a man and two of his children, were killed in the strike.', 3],
    ['Four civilians, a woman and three children, died when a shell hit their house.', 4],
    ['Two men from the village, a 51-year-old and his nephew, and a farmhand were killed.', 3],
    ['It said a boy aged about six was killed.', 1],
  ])('does not count again an aside that names who the victims were: %s', (sentence, count) => {
    expect(killed(sentence)).toBe(count);
  });

  it('does not take a day’s total for the incident’s toll', () => {
    expect(
      killed(
        'Two brothers were killed by tank fire on Wednesday.',
        'The health ministry said three people had been killed in the past 24 hours.',
      ),
    ).toBe(2);
  });

  it('takes a day’s toll where nothing else counts the incident', () => {
    const day = 'The army said four soldiers had been killed and 30 wounded in the past 24 hours.';
    expect(extractCasualties([day])).toEqual({ killed: 4, injured: 30 });
    // A quiet day is no toll of the incident: its "no casualties" counts nobody.
    expect(
      extractCasualties([
        'Monitors recorded one violation over the past 24 hours, with no casualties.',
      ]),
    ).toEqual({ killed: null, injured: null });
  });

  it.each([
    'The 1994 truce ended a war in which around 30,000 people were killed.',
    'The conflict has killed more than 800 people, according to the doctors’ union.',
    'The deaths bring to more than 60 the number of soldiers killed in the province since early 2020.',
    'The mission warned of the kind of conflict that killed an estimated 400,000 people between 2013 and 2018.',
    'Nach Angaben der Vereinten Nationen wurden in dem Konflikt seit 2014 rund 13.000 Menschen getötet.',
  ])('does not take a war’s toll, or one since a year, for the incident’s: %s', (total) => {
    expect(killed('Two soldiers were killed by sniper fire on Tuesday.', total)).toBe(2);
  });

  it('still reads a toll in a sentence that compares with a year ("highest since 2015")', () => {
    expect(
      killed(
        'Shelling continued at the highest level since 2015; the military said two soldiers were killed on Monday.',
      ),
    ).toBe(2);
  });

  it('reads how many times a truce was violated as no count of victims', () => {
    expect(
      killed(
        'Russia-backed forces violated the ceasefire six times on Friday, and one Ukrainian serviceman was killed, the monitors said.',
      ),
    ).toBe(1);
  });

  it('takes a count since a time of the same day for the incident’s toll', () => {
    expect(
      killed(
        'At least 109 people have been killed in strikes since the truce ended at 07:00 this morning, the health ministry said.',
      ),
    ).toBe(109);
    expect(
      killed('At least 27 people have been killed since the shelling began this afternoon.'),
    ).toBe(27);
    // Since the war began is the war's toll.
    expect(
      killed(
        'Six civilians were killed in the air strike.',
        'At least 958 civilians have been killed across the country since the fighting began.',
      ),
    ).toBe(6);
  });

  it('reads a year’s dead told after "this year" as a running total', () => {
    expect(
      killed(
        'A woman was killed by cross-border fire, the military said.',
        'It said the other side had committed 1,400 violations this year, in which 15 civilians have been martyred.',
      ),
    ).toBe(1);
  });

  it('reads "embraced shahadat" as a death', () => {
    expect(killed('Two soldiers embraced shahadat in the exchange of fire, ISPR said.')).toBe(2);
  });

  it('reads a wounded serviceman and a mortar as no death', () => {
    expect(
      killed(
        'Azerbaijani units opened fire with a mortar on the positions.',
        'A contract serviceman was wounded.',
      ),
    ).toBe(0);
  });

  it('reads an age between commas after a person as no count', () => {
    expect(
      killed('Doctors said the wounded soldier, 20, died overnight despite two operations.'),
    ).toBeNull();
  });

  it('reads a relief convoy after an earthquake as no disaster of its own', () => {
    expect(
      killed(
        'Fighters attacked a column escorting earthquake relief supplies, killing two members of the security forces.',
      ),
    ).toBe(2);
  });

  it('does not take the dead of the year so far for the incident’s', () => {
    expect(killed('The army says 20 of its soldiers have been killed this year.')).toBeNull();
  });

  it('takes a count the others in its sentence add up to as their total', () => {
    expect(
      killed(
        'At least 14 people have been killed, according to both governments: the army says four of its soldiers died, while the other side reports ten deaths.',
      ),
    ).toBe(14);
    expect(killed('Five civilians and two soldiers and three militiamen were killed.')).toBe(10);
    expect(
      killed('Five civilians were killed, and two soldiers and three militiamen also died.'),
    ).toBe(10);
  });

  it("adds each side's own dead when a ministry named in capitals gives one side's", () => {
    expect(
      killed(
        'The Azerbaijani Defence Ministry said on Wednesday that 50 of its servicemen had been killed in fighting on the border.',
        'Yerevan put its own losses at 105 servicemen killed.',
      ),
    ).toBe(155);
  });

  it('counts a fatal shooting, and the dead beside a truce dated "of 12 August 2008"', () => {
    expect(
      killed(
        'The co-chairs said the fatal shooting of a Georgian man at the crossing constitutes a violation.',
      ),
    ).toBe(1);
    expect(
      extractCasualties(
        [
          'The ministry condemned the killing of a Georgian citizen at the crossing, calling it a blatant violation of the ceasefire agreement of 12 August 2008.',
        ],
        { publishedYear: 2022 },
      ).killed,
    ).toBe(1);
  });

  it('counts the dead beside a truce in force since the start of the month', () => {
    const told =
      'The charity treated 23 people wounded by shelling, and three others died on arrival, despite the truce that has been in force since the start of the month.';
    expect(extractCasualties([told])).toEqual({ killed: 3, injured: 23 });
    expect(
      killed('More than 300 people have been killed since the start of the war, officials said.'),
    ).toBeNull();
  });

  it('reads a toll revised by its figure, and deaths told as martyrdom', () => {
    expect(
      killed(
        'The health ministry said by mid-morning that at least 326 people had been killed.',
        'In an update in the afternoon it raised the figure to 359, saying most of the dead were women and children.',
      ),
    ).toBe(359);
    expect(
      killed(
        'Shelling killed five soldiers and two civilians in the morning.',
        'Officials later raised the figure to nine, saying most of the dead were soldiers.',
      ),
    ).toBe(9);
    expect(
      killed(
        'The firing on Saturday resulted in the martyrdom of two civilians including a woman.',
      ),
    ).toBe(2);
  });

  it('reads the dead "since May" as a running total, not the incident\'s', () => {
    expect(
      killed(
        'Two political workers were shot dead by gunmen on Saturday night.',
        'The killings bring to more than a dozen the number of cadres shot dead in the district since May.',
      ),
    ).toBe(2);
  });

  it('reads "no one had been hurt" and "no peacekeepers were hurt" as none killed', () => {
    expect(
      killed('A drone struck a car near the border. The civil defence said no one had been hurt.'),
    ).toBe(0);
    expect(killed('Tank rounds landed near a patrol. No peacekeepers were hurt.')).toBe(0);
  });

  it('counts no victim in a weapon or what it struck told with an article', () => {
    expect(
      killed(
        'One man was killed when a missile struck a crowd near the market in Rafah, and four others died in shelling further north.',
      ),
    ).toBe(5);
    expect(
      killed('A shell hit the school. Three pupils were killed and two others died later.'),
    ).toBe(5);
  });

  it('reads the dead since a truce took effect, told before the count, as a running total', () => {
    expect(
      killed(
        'Two fishermen were killed by naval fire off Deir al-Balah on Sunday.',
        'The ministry said that since the truce took effect in October, a total of 390 people have been killed.',
      ),
    ).toBe(2);
  });

  it('reads a toll beside "the deadliest day since the truce began" as the day\'s own', () => {
    expect(
      killed(
        'Medics said overnight strikes had killed at least 148 people, the deadliest night in the territory since the ceasefire began in January.',
      ),
    ).toBe(148);
  });

  it('reads the toll of an earlier attack the news "came days after", past an aside', () => {
    expect(
      killed(
        'The shelling, which began shortly after midnight in the Uri sector, came three days after gunmen killed 14 pilgrims near Katra.',
      ),
    ).toBeNull();
  });

  it("counts a side's soldiers its own spokesman gives as that side's, beside the other's", () => {
    expect(
      killed(
        "Armenia's defence ministry said that two soldiers were killed in the shelling.",
        "Azerbaijan's defence ministry said one of its servicemen had died.",
      ),
    ).toBe(3);
  });

  it('reads "a third man, …, had died" past a long aside as the toll', () => {
    expect(
      killed(
        'A drone hit a car near Tyre on Tuesday, killing two men, the health ministry said.',
        'Later the ministry said a third man, a farmer who had been walking past the car when it was struck, had died in hospital.',
      ),
    ).toBe(3);
  });

  it('reads an Arabic teen written as a unit and ten apart', () => {
    // A drone struck a market, killing fourteen civilians, five of them children.
    expect(
      killed('قصفت طائرة مسيرة سوقاً في المدينة، ما أسفر عن مقتل أربعة عشر مدنياً بينهم خمسة أطفال.'),
    ).toBe(14);
  });

  it('reads Khmer counts before and after the verb, and "one person" run together', () => {
    // Thai soldiers fired into the village: one civilian died, three were hurt.
    expect(killed('ទាហានថៃបាញ់ចូលភូមិ ពលរដ្ឋស្លាប់ម្នាក់ របួស៣នាក់')).toBe(1);
    // Four civilians died.
    expect(killed('ថៃបើកការវាយប្រហារ ពលរដ្ឋស៊ីវិលស្លាប់ ៤ នាក់')).toBe(4);
    // Two Cambodian soldiers died after the shooting.
    expect(killed('ទាហានកម្ពុជា ២ នាក់ស្លាប់ ក្រោយការបាញ់ប្រហារ')).toBe(2);
  });

  it('reads the Hebrew dead told as eliminated and as "one dead"', () => {
    // Four gunmen came out of a tunnel shaft in Rafah and were eliminated.
    expect(killed('ארבעה מחבלים יצאו מפיר ברפיח וחוסלו')).toBe(4);
    // The two were eliminated.
    expect(killed('בצה"ל מסרו כי השניים חוסלו.')).toBe(2);
    // The ministry reported one dead and two wounded.
    expect(killed('במשרד הבריאות דיווחו על הרוג אחד ושני פצועים.')).toBe(1);
  });
});

describe('parseCount', () => {
  it('parses the forms news writes numbers in', () => {
    expect(parseCount('three')).toBe(3);
    expect(parseCount('Twenty five')).toBe(25);
    expect(parseCount('ninety-nine')).toBe(99);
    expect(parseCount('two hundred')).toBe(200);
    expect(parseCount('6,500')).toBe(6500);
    expect(parseCount('dozens')).toBe(12);
    expect(parseCount('an')).toBe(1);
    expect(parseCount('2020')).toBeNull();
  });

  it('reads digits alone, with or without spaces around them, as a number unless a year', () => {
    for (let value = 0; value < 2200; value += 1) {
      const year = value >= 1900 && value <= 2099;
      for (const text of [String(value), ` ${value} `, String(value).padStart(5, '0')]) {
        expect(parseCount(text)).toBe(year && text.trim().length === 4 ? null : value);
      }
    }
  });
});
