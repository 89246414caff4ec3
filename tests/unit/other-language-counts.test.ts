import { describe, expect, it } from 'vitest';
import { extractCasualties } from '../../functions/core/classify/extract-casualties.js';

const OPTIONS = { publishedYear: 2026 };

function casualties(sentence: string): { killed: number | null; injured: number | null } {
  return extractCasualties([sentence], OPTIONS);
}

describe('counts written in other languages', () => {
  it.each([
    ['es', 'Tres policías murieron y otros dos resultaron heridos en la emboscada.', 3, 2],
    ['es', 'El ataque dejó al menos cuatro muertos y doce heridos en la vereda.', 4, 12],
    ['es', 'Murieron dos soldados y un civil resultó herido.', 2, 1],
    ['es', 'Ataques aéreos matan a 25 personas en la ciudad pese a la tregua.', 25, null],
    ['es', 'La explosión hirió a tres civiles y mató a un soldado.', 1, 3],
    ['pt', 'Dois soldados foram mortos e três ficaram feridos no ataque.', 2, 3],
    ['fr', 'Au moins six civils ont été tués et huit blessés dans le village.', 6, 8],
    ['fr', 'Le bombardement a fait une dizaine de morts selon la société civile.', 10, null],
    ['it', 'Quattro militari sono rimasti uccisi e altri tre feriti.', 4, 3],
    ['de', 'Bei dem Beschuss wurden zwei Soldaten getötet und fünf verletzt.', 2, 5],
    ['it', 'Un soldato è morto e un altro è rimasto ferito nello scontro.', 1, 1],
    ['it', 'A Kherson un uomo di 50 anni è rimasto ucciso nel cortile.', 1, null],
    ['de', 'Zwei Soldaten bei Gefecht mit MILF-Kämpfern auf Basilan getötet', 2, null],
    ['ru', 'Трое военнослужащих погибли, еще двое получили ранения.', 3, 2],
    ['ru', 'В результате обстрела погибли пять мирных жителей.', 5, null],
    ['uk', 'Внаслідок обстрілу загинули троє цивільних, ще двоє дістали поранення.', 3, 2],
    ['uk', 'У Херсоні загинув 58-річний чоловік, ще двоє людей дістали поранення.', 1, 2],
    ['ru', 'Военнослужащий погиб, еще двое ранены.', 1, 2],
    ['es', 'Murió un soldado y dos resultaron heridos.', 1, 2],
    ['ar', 'أسفر القصف عن مقتل ثلاثة جنود وإصابة خمسة آخرين.', 3, 5],
    ['ar', 'أفادت مصادر طبية باستشهاد ٤ فلسطينيين في غارة على المخيم.', 4, null],
    ['ar', 'وقالت الوزارة إن الغارة خلفت 12 قتيلا و30 جريحا.', 12, 30],
    ['es', 'Se confirmó el asesinato de cuatro menores indígenas.', 4, null],
    ['fa', 'در نتیجه حمله سه نفر به شهادت رسیدند.', 3, null],
    ['fa', 'شهادت پنج فلسطینی در حملات هوایی', 5, null],
    // A noun of killing or wounding before a singular victim counts one.
    ['ar', 'أسفر القصف عن مقتل جندي وإصابة ثلاثة آخرين.', 1, 3],
    // The verb before its plural subject stays singular.
    ['ar', 'استشهد ثلاثة مواطنين بنيران قوات الاحتلال شرقي جباليا.', 3, null],
    // "The forces returned fire and eliminated the three gunmen."
    ['he', 'הכוחות השיבו אש וחיסלו את שלושת המחבלים.', 3, null],
    ['az', 'Təxribat nəticəsində üç hərbi qulluqçu şəhid olub.', 3, null],
    // A named soldier, with no number: one.
    ['az', 'Düşmən atəşi nəticəsində əsgər Elvin Məmmədli şəhid olub.', 1, null],
    // A sentence's first "İki" is two.
    ['az', 'İki əsgər yaralanıb.', 0, 2],
    ['tr', 'İki asker şehit oldu.', 2, null],
    ['az', 'İyirmi əsgər şəhid olub.', 20, null],
    // A wounded civilian and no word of any death: nobody died.
    ['ar', 'أدى القصف إلى إصابة مدني في القرية.', 0, 1],
    // "ب" (of) glued on before the noun of killing: "reported the killing of one person".
    ['ar', 'وأفاد مركز الطوارئ بمقتل شخص وإصابة اثنين.', 1, 2],
    ['ar', 'سقط ما لا يقل عن عشرة قتلى في الاشتباكات.', 10, null],
    ['ar', 'الحديدة: مقتل مدنيين اثنين بقصف على حي سكني.', 2, null],
    ['ar', 'قُتل شخصان في غارة على سيارة عند مدخل البلدة.', 2, null],
    ['ar', 'شهيدان وثلاثة جرحى في قصف على المخيم.', 2, 3],
    // An Arabic comma ends the word before it.
    ['ar', 'أفاد مصدر طبي بوصول أربعة شهداء، بينهم طفل، إلى المستشفى.', 4, null],
    ['fr', 'Au moins cinq personnes ont été tuées, selon un bilan provisoire.', 5, null],
    [
      'fr',
      'Deux civils et un militaire des Forces armées de la RDC (FARDC) ont été tués.',
      3,
      null,
    ],
    ['es', 'Tres militares, dos civiles y un niño murieron en la emboscada.', 6, null],
    // The dead a relative clause tells, not the ambush counted as "una".
    ['es', 'Fue una emboscada en la que murieron tres soldados.', 3, null],
    ['es', 'Un ataque donde murieron dos policías.', 2, null],
    ['de', 'Zwei Soldaten und ein Zivilist wurden getötet.', 3, null],
    ['ru', 'Двое военных и один мирный житель погибли при обстреле.', 3, null],
    ['tr', 'Topçu saldırısında en az 10 sivil hayatını kaybetti, 34 kişi yaralandı.', 10, 34],
    ['tr', 'Sınırdaki çatışmada iki asker öldü.', 2, null],
    ['de', 'Das Ministerium meldete bis zum Abend mindestens 178 Tote.', 178, null],
    ['ar', 'أدت الغارة إلى سقوط شهيد وجريح على الطريق العام.', 1, 1],
    ['pt', 'O ataque contra a patrulha, que matou três marinheiros, foi condenado.', 3, null],
    ['fr', 'Trois civils, dont une femme, ont été tués près du marché.', 3, null],
    ['es', 'Al menos cuatro personas, entre ellas un niño, murieron en el ataque.', 4, null],
    ['fr', 'Liban-Sud : un mort dans une frappe de drone sur une pelleteuse.', 1, null],
    ['fr', 'Un mort et deux blessés dans une frappe de drone près de la frontière.', 1, 2],
    ['fr', 'Le conducteur de l’engin a été tué dans la frappe.', 1, null],
    ['ur', 'فائرنگ سے فرنٹیئر کور کے دو اہلکار شہید اور تین زخمی ہو گئے۔', 2, 3],
    ['ur', 'گولہ باری سے ایک خاتون جاں بحق اور دو بچے زخمی ہو گئے۔', 1, 2],
    ['ur', 'دھماکے میں کم از کم ۵ افراد ہلاک ہو گئے۔', 5, null],
    ['ur', 'چیک پوسٹ پر حملہ، 2 اہلکار شہید 3 زخمی', 2, 3],
    ['hi', 'हमले में दो जवान शहीद हो गए और चार घायल हुए।', 2, 4],
    ['hi', 'गोलाबारी में तीन नागरिक मारे गए।', 3, null],
    ['hi', 'धमाके में कम से कम १२ लोगों की मौत हो गई और २० घायल हुए।', 12, 20],
    ['fa', 'در این حمله نُه کودک و یک زن کشته شده‌اند.', 10, null],
    ['fa', 'در این حمله نه کودک و یک زن کشته شده‌اند.', 10, null],
    ['fa', 'در درگیری دو سرباز کشته و سه تن زخمی شدند.', 2, 3],
    ['fa', 'دست‌کم ۱۲ غیرنظامی کشته و ۲۰ تن دیگر زخمی شدند.', 12, 20],
    ['fa', 'کشته شدن حداقل چهار سرباز در حمله به پاسگاه مرزی', 4, null],
    ['ps', 'پاکستاني الوتکو لس ملکي کسان یې وژلي دي.', 10, null],
    ['ps', 'په پکتیکا کې لس ملکیان ووژل شول.', 10, null],
    ['ps', 'په نښته کې دوه سرتیري ووژل شول او درې ټپیان شول.', 2, 3],
    ['ps', 'لږ تر لږه پنځه کسان ووژل شول.', 5, null],
    ['tl', '2 sundalo patay, 12 sugatan sa sagupaan sa Basilan', 2, 12],
    ['tl', 'Patay ang tatlong sundalo sa pananambang ng NPA.', 3, null],
    ['tl', 'Isang sundalo ang nasawi at dalawa ang sugatan sa pagsabog.', 1, 2],
    ['tl', 'Tatlong sundalo at isang sibilyan ang nasawi sa pananambang.', 4, null],
    ['tl', 'Patay ang hindi bababa sa limang sibilyan sa pambobomba.', 5, null],
    ['he', 'שני חיילים נהרגו ושלושה נפצעו בפיגוע.', 2, 3],
    ['he', 'לפחות 26 הרוגים ו-40 פצועים בתקיפה.', 26, 40],
    ['he', 'בתקיפה נהרג חייל ושניים נפצעו.', 1, 2],
    ['pl', 'Zginęło dwóch żołnierzy, a trzech zostało rannych.', 2, 3],
    ['pl', 'W ataku co najmniej pięć osób zginęło.', 5, null],
    ['pl', 'Dwaj żołnierze zginęli, a jeden został ranny.', 2, 1],
    ['ro', 'Doi militari au fost uciși și trei răniți.', 2, 3],
    ['ro', 'Doi militari au fost ucişi şi trei răniţi.', 2, 3],
    ['ro', 'Bombardamentul a făcut cel puțin cinci morți.', 5, null],
    ['hy', 'Երկու զինծառայող զոհվել է, երեքը վիրավորվել։', 2, 3],
    ['hy', 'Զոհվել է 3 զինծառայող։', 3, null],
    ['ka', 'ორი ჯარისკაცი დაიღუპა და სამი დაიჭრა.', 2, 3],
    ['ka', 'სროლის შედეგად სულ მცირე ხუთი ადამიანი დაიღუპა.', 5, null],
    ['ku', 'Di êrîşê de 7 sivîl hatin kuştin.', 7, null],
    ['ku', 'Du şervan hatin kuştin û sê birîndar bûn.', 2, 3],
    ['ku', 'Herî kêm 12 kes hatin kuştin.', 12, null],
    // An aside between Arabic commas: "at least 10 civilians, among them three children, killed".
    ['fa', 'دست‌کم ۱۰ غیرنظامی، از جمله سه کودک، کشته شده‌اند.', 10, null],
    ['ckb', 'لە تۆپبارانەکەدا چوار سەرباز کوژران و دوو کەس برینداربوون.', 4, 2],
    ['ckb', 'لانیکەم ٥ هاووڵاتی گیانیان لەدەستدا.', 5, null],
    // "ten days later three soldiers were killed": ten counts days.
    ['ckb', 'بەهۆی هێرشەکەوە دە ڕۆژ دواتر سێ سەرباز کوژران.', 3, null],
    ['am', 'በጥቃቱ ሦስት ወታደሮች ተገድለዋል፤ አምስት ሰዎች ቆስለዋል።', 3, 5],
    ['am', 'ቢያንስ 4 ሰላማዊ ሰዎች መገደላቸውን ገልጿል።', 4, null],
    ['ti', 'ኣብቲ መጥቃዕቲ ክልተ ወተሃደራት ተቐቲሎም ሰለስተ ድማ ቆሲሎም።', 2, 3],
    ['so', 'Weerarka saddex askari ayaa ku dhintay, laba kalena ayaa ku dhaawacmay.', 3, 2],
    ['so', 'Ugu yaraan 6 qof ayaa lagu dilay duqeymaha.', 6, null],
    ['th', 'เหตุระเบิดมีผู้เสียชีวิต 1 ราย บาดเจ็บ 3 ราย', 1, 3],
    // Thai words of death are too many to say nobody died where none is found.
    ['th', 'ทหารพรานเจ็บ 2 นาย', null, 2],
    ['th', 'ทหารพราน 2 นายเสียชีวิต', 2, null],
    ['th', 'มีผู้เสียชีวิตอย่างน้อยยี่สิบห้าราย', 25, null],
    ['my', 'အရပ်သား ငါးဦး သေဆုံးပြီး ရှစ်ဦး ဒဏ်ရာရရှိ', 5, 8],
    ['my', 'သေဆုံးသူ ၅ ဦး ဒဏ်ရာရသူ ၁၂ ဦး', 5, 12],
    ['my', 'စစ်သား နှစ်ဆယ့်ငါးဦး ကျဆုံး', 25, null],
    [
      'tr',
      'Aralarında çocukların da bulunduğu en az yirmi beş kişinin öldüğünü açıkladı.',
      25,
      null,
    ],
    ['tr', 'Çatışmada gruptan 3 kişinin öldürüldüğü belirtildi.', 3, null],
    ['fa', 'در این حملات دست‌کم ۳۳۰ نفر به شهادت رسیده‌اند.', 330, null],
    ['fa', 'بر اثر این حمله یک شهروند لبنانی جان باخت.', 1, null],
    ['ur', 'نکیال سیکٹر میں فائرنگ سے خاتون شہید', 1, null],
    ['ur', 'نکیال میں گولہ باری سے بزرگ شہری جاں بحق ہو گیا۔', 1, null],
  ])('%s: %s', (_language, sentence, killed, injured) => {
    expect(casualties(sentence)).toEqual({ killed, injured });
  });

  it('reads a count of days after the verb as no toll, and the one who died as one', () => {
    expect(casualties('El herido murió dos días después en el hospital.').killed).toBe(1);
    expect(casualties('Он скончался через три дня в больнице.').killed).toBe(1);
    expect(casualties('Murieron dos días después en el hospital.').killed).toBeNull();
    expect(casualties('توفي المصاب بعد ثلاثة أيام في المستشفى.').killed).toBeNull();
  });

  it.each([
    'El 12 de marzo murieron tres soldados en Arauca.',
    'Il 12 maggio sono morti tre civili.',
    '12 апреля погибли трое военных.',
  ])('reads the day of a date as no count: %s', (sentence) => {
    expect(casualties(sentence).killed).toBe(3);
  });

  it('sums no list whose parts are a span of time and a count', () => {
    expect(casualties('Il y a deux jours et trois soldats ont été tués.').killed).toBe(3);
  });

  it('reads no count in a Hebrew day of the week, nor Romanian "într-o" as one', () => {
    // "ביום שני" is on Monday: the count is the three after the verb.
    expect(casualties('ביום שני נהרגו שלושה חיילים.').killed).toBe(3);
    expect(casualties('Într-o confruntare armată au fost uciși trei militari.').killed).toBe(3);
  });

  it('reads a Thai or Burmese number only with a classifier of people', () => {
    expect(casualties('เสียชีวิตเมื่อวันที่ 12 มีนาคม').killed).toBeNull();
    // "ဒဏ်ရာ ၃ ချက်": three wounds, not three wounded.
    expect(casualties('ဒဏ်ရာ ၃ ချက်').injured).toBeNull();
  });

  it('does not read a year as a count', () => {
    expect(casualties('En 2019 murieron en la región, según el informe.').killed).toBeNull();
  });

  it('takes no word of another measure into the victims', () => {
    // "murieron" ends the first count's victims: the injured count is "otro", one.
    expect(casualties('Dos soldados murieron y otro resultó herido.')).toEqual({
      killed: 2,
      injured: 1,
    });
  });

  it('reads the words of a language written in the same script as no victims', () => {
    // The Urdu reading of "زخمی" (wounded) stops at the Persian "کشته" (killed): one wounded.
    expect(casualties('دو سرباز کشته و یک زخمی شدند.')).toEqual({ killed: 2, injured: 1 });
  });

  it('reads no count of days or year of the Persian calendar', () => {
    expect(casualties('در سال ۱۴۰۳ سه نفر کشته شدند.').killed).toBe(3);
    expect(casualties('دوه ورځې وروسته درې کسان ټپیان شول.').injured).toBe(3);
    expect(casualties('दो दिन पहले घायल हुए जवान की मौत हो गई।').injured).toBeNull();
  });

  it('finds no death in a Hindi word that holds a word for killed', () => {
    // "मारे" (killed) is in "हमारे" (our): two wounded, and nobody killed.
    expect(casualties('हमारे दो जवान घायल हुए।')).toEqual({ killed: 0, injured: 2 });
  });

  it('reads no running total of a war in Tagalog', () => {
    expect(
      casualties(
        'Tinatayang mahigit 40,000 katao na ang namatay sa rebelyon mula nang magsimula ito.',
      ).killed,
    ).toBeNull();
  });

  it('leaves English words that look alike alone', () => {
    expect(casualties('The shop sold two tote bags and six mugs.')).toEqual({
      killed: null,
      injured: null,
    });
  });
});
