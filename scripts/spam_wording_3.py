"""Wording for draw 3 of the spam corpus (tests/fixtures/spam/draw3.jsonl), written on
2026-11-21 by a writer who had seen neither the spam.link rule, its tables, nor the wording of
draws 1 and 2. Data, not code: scripts/gen_spam_fixtures.py reads it."""

# -*- coding: utf-8 -*-
"""Held-out chat texts for sendsafe evaluation. Each text has exactly one {u} link slot."""

PHISHING = {
    "en": [
        "hey your paypal acc got limited bc of weird activity, u have 24h to confirm ur info here {u} or its gone for good",
        "{u}\nApple ID locked. sign in within 12 hrs to restore access 🔒",
        "USPS: ur package is on hold at our depot, pay $1.99 redelivery fee asap -> {u}",
        "bro did u see this?? someone logged into ur insta from moscow lol, secure it here {u} before they change the pw",
        "Dear customer, your Chase online banking has been suspended pending verification. Please update your details at {u} to avoid permanent closure.",
        "omg i just got a $500 amazon gift card for free, theyre giving out 1000 today only hurry {u}",
        "HMRC: you're owed a tax refund of £326.40. claim b4 midnight {u}",
        "ur microsoft 365 password expires today. keep current pw: {u}",
        "congrats!! 🎉 u were picked as this weeks winner of an iphone 16 pro, just cover shipping to claim {u}",
        "netflix: we couldnt process ur last payment. update billing within 48h or ur membership will be cancelled {u}",
    ],
    "es": [
        "tu cuenta de BBVA ha sido bloqueada temporalmente x seguridad, verifica tu identidad aqui {u}",
        "Correos: su paquete está retenido en aduana. Abone 2,99€ para liberar el envío {u}",
        "amigaa ganaste una tarjeta de regalo de 300 dolares en walmart!! solo llena la encuesta rapido q se acaban {u} 🎁",
        "Aviso SAT: tienes una devolución de impuestos pendiente por $4,870 MXN. Reclama antes del viernes: {u}",
        "detectamos un inicio de sesion inusual en tu whatsapp desde otro dispositivo. si no fuiste tu entra ya {u}",
        "{u}\nmercado pago: tu cuenta fue limitada. actualiza tus datos en las proximas 24 horas para evitar la suspension",
    ],
    "pt": [
        "Bradesco informa: sua chave pix foi bloqueada. regularize agora em {u} para evitar cancelamento",
        "Correios: sua encomenda está aguardando pagamento da taxa de R$ 8,90. pague em até 2 dias ou será devolvida {u}",
        "mano vc foi sorteado no aniversario do magalu 🎉 ganhou um iphone, so confirmar seus dados {u}",
        "nubank: identificamos uma compra suspeita de R$ 1.249,00. nao reconhece? cancele aqui {u}",
        "oi, sua conta gov.br precisa ser atualizada ate hj senao o CPF fica irregular. acessa {u} rapidinho",
        "{u} <- receita federal liberou restituição pra vc, tem q confirmar a conta bancária até amanhã",
    ],
    "fr": [
        "Ameli : vous avez droit à un remboursement de 178,20€. Veuillez confirmer vos coordonnées bancaires sur {u}",
        "colis en attente 📦 frais de livraison impayés (1,45€). réglez ici sous 24h sinon retour expediteur {u}",
        "slt ton compte insta va etre supprimé pour violation des droits d'auteur, fais l'appel ici vite {u}",
        "Crédit Agricole: votre accès est suspendu suite à une tentative de connexion inhabituelle. réactivez-le: {u}",
        "félicitations !!! t'as gagné une carte cadeau Carrefour de 500€, il reste 3 min pour la récupérer {u}",
        "{u}\nvotre mot de passe expire aujourd'hui, merci de le renouveler pour garder l'accès à votre messagerie",
    ],
    "id": [
        "INFO BRI: tarif transfer anda akan berubah jadi Rp150rb/bulan. jika tidak setuju isi form di {u}",
        "akun dana kamu terblokir sementara krn aktivitas mencurigakan, verifikasi skrg {u}",
        "selamat! nomor anda terpilih sbg pemenang undian shopee hadiah 1 unit motor, klaim di {u} sebelum jam 12 mlm",
        "paket J&T anda tertahan, alamat kurang lengkap. silakan update + bayar ongkir Rp12.000 di {u}",
        "kak akun whatsapp kakak ada yg login dari hp lain, amankan di {u} ya biar ga dibajak",
        "{u} pembaruan data KYC BCA wajib dilakukan hari ini, rekening akan dibekukan jika tidak",
    ],
    "tr": [
        "Sayın müşterimiz, hesabınız güvenlik nedeniyle askıya alınmıştır. kimlik doğrulaması için {u}",
        "e-devlet: adınıza 1.850 TL vergi iadesi tanımlandı, 24 saat içinde başvurun {u}",
        "kargonuz teslim edilemedi 📦 gümrük ücreti 34,90 TL ödenmesi gerekiyor {u}",
        "tebrikler! migros çekilişinden 1000 TL hediye çeki kazandın, hemen al {u}",
        "instagram hesabın telif ihlali yüzünden 48 saat içinde kapatılacak, itiraz etmek için buraya gir {u}",
        "{u}\nziraat: kartınızda şüpheli işlem tespit edildi, bilgilerinizi güncellemezseniz kart bloke olacak",
    ],
    "ru": [
        "Сбербанк: ваша карта заблокирована из-за подозрительной операции. подтвердите данные {u}",
        "госуслуги: вам положена компенсация 12 400 ₽. оформите до конца дня {u}",
        "привет, тут раздают подарочные карты озон на 5000 бесплатно, я уже получил 😱 {u}",
        "ваша посылка задержана на таможне, оплатите пошлину 199 руб иначе возврат отправителю: {u}",
        "В ваш аккаунт Telegram выполнен вход с нового устройства. если это были не вы, срочно перейдите {u}",
        "{u}\nпароль от почты истекает сегодня, обнови чтоб не потерять доступ",
    ],
    "ar": [
        "عميلنا العزيز تم ايقاف حسابك البنكي مؤقتا، يرجى تحديث بياناتك عبر الرابط {u}",
        "مبروك 🎉 ربحت بطاقة هدايا بقيمة 1000 ريال من نون، استلمها قبل انتهاء العرض {u}",
        "أرامكس: شحنتك معلقة بسبب رسوم توصيل 6 ريال، ادفع الآن {u}",
        "habibi el account bta3ak 3la facebook hay2fel ba3d 24 sa3a, lazem te3mel verify hena {u}",
        "تنبيه: تسجيل دخول غير معتاد لحساب ابشر الخاص بك. اذا لم تكن انت ادخل فورا {u}",
        "{u}\nاسترداد ضريبي بقيمة 850 درهم بانتظارك، أكد معلومات البطاقة اليوم",
    ],
    "hi": [
        "aapka SBI YONO account aaj band ho jayega, turant PAN card update karein {u}",
        "bhai tera paytm KYC expire ho gaya hai, wallet block hone se pehle {u} pe jaake complete kar",
        "badhai ho! aapne KBC lottery me 25 lakh jeete hain, claim karne ke liye {u} pe details bhejo",
        "India Post: aapka parcel address galat hone ki wajah se ruka hai, ₹25 fee pay karke update karein {u}",
        "आपका बिजली कनेक्शन आज रात 9:30 बजे काट दिया जाएगा, बिल अपडेट करने के लिए {u}",
        "{u}\nincome tax refund ₹15,490 approved hai, 24 ghante me account verify karo warna cancel",
    ],
}

ADULT = {
    "en": [
        "hey cutie 😘 im bored n alone tonight, my private pics r here {u}",
        "{u}\nfull leaked onlyfans of that tiktok girl, no blur 🔞",
        "lonely wives in ur area wanna hook up tonight, no strings, sign up free {u}",
        "18+ only 🔥 live cam girls rn, free to watch {u}",
    ],
    "es": [
        "hola guapo 😏 estoy sola esta noche, mira mis fotos privadas {u}",
        "se filtró el pack de la streamer esa, todo sin censura 🔞 {u}",
        "chicas +18 en vivo por cam, entra gratis {u}",
        "{u} citas para adultos sin compromiso, mujeres cerca de ti buscan encuentros hoy",
    ],
    "pt": [
        "vazou o privacy dela kkkk conteúdo completo aqui 🔞 {u}",
        "oi amor, to carente hj 🥵 minhas fotos sem censura {u}",
        "{u}\nencontros casuais perto de vc, sem compromisso, cadastro gratis",
        "cam ao vivo +18 agora, milhares de garotas online {u}",
    ],
    "fr": [
        "coucou 😘 je m'ennuie ce soir, mes photos perso sont ici {u}",
        "plan cul près de chez toi ce soir, inscription gratuite {u}",
        "{u}\nles vidéos leak de son onlyfans, tout est là 🔞",
        "webcam 18+ en direct, des filles chaudes t'attendent {u}",
    ],
    "id": [
        "video viral terbaru full durasi no sensor 🔞 {u}",
        "hai kak, aku lagi sendiri nih 😘 mau liat foto pribadiku? {u}",
        "{u} cewek open BO area kamu, chat langsung aja",
        "live streaming 18+ gratis, ribuan host cantik online skrg {u}",
    ],
    "tr": [
        "selam yakışıklı 😘 bu gece yalnızım, özel fotoğraflarım burada {u}",
        "+18 ifşa videoları sansürsüz 🔞 {u}",
        "{u}\nyakınındaki kadınlarla gizli buluşmalar, ücretsiz üye ol",
        "canlı kamera 18+ şimdi online, hemen gir {u}",
    ],
    "ru": [
        "привет 😘 скучаю одна, мои откровенные фото тут {u}",
        "слили приватку той блогерши, всё без цензуры 🔞 {u}",
        "{u}\nзнакомства для взрослых в твоем городе, без обязательств",
        "вебкам 18+ онлайн прямо сейчас бесплатно {u}",
    ],
    "ar": [
        "هاي حبيبي 😘 انا وحيدة الليلة، شوف صوري الخاصة {u}",
        "فيديوهات +18 مسربة بدون حذف 🔞 {u}",
        "{u}\nbanat fe mantaqtak 3ayzeen ta3aruf lel kbar bas, sign up free",
        "بث مباشر للكبار فقط، بنات اونلاين الحين {u}",
    ],
    "hi": [
        "hii jaan 😘 aaj raat akeli hu, meri private pics yaha dekho {u}",
        "{u}\nviral MMS full video leak 🔞 delete hone se pehle dekh lo",
        "bhabhi live cam 18+ abhi online hai, free dekho {u}",
        "aapke sheher me ladkiyan milne ko ready hain, no strings, abhi join karo {u}",
    ],
}

GAMBLING = {
    "en": [
        "200% first deposit bonus + 100 free spins 🎰 sign up now {u}",
        "ngl i made 3k on aviator yesterday, cash out at 10x every time, this site pays fast {u}",
        "{u}\nfixed match tonight, 100% sure odds 25.0, vip tips after joining",
        "new online casino just launched, $50 no deposit bonus, withdraw anytime {u}",
    ],
    "es": [
        "apuestas deportivas con bono del 150% en tu primer depósito ⚽ {u}",
        "bro en este casino las tragamonedas están pagando muchisimo hoy, registrate {u}",
        "{u} pronósticos seguros para la jornada, 9 de 10 acertados la semana pasada",
        "gira la ruleta gratis y gana hasta 5000 pesos, sin deposito 🎰 {u}",
    ],
    "pt": [
        "jogo do tigrinho ta pagando mt hj 🐯 deposita 20 e ganha 50 {u}",
        "bet nova com bônus de 300% no primeiro depósito + rodadas grátis {u}",
        "{u}\nsinais do aviator 98% de acerto, entra na plataforma e lucra",
        "palpites certeiros pro brasileirão, green todo dia ✅ {u}",
    ],
    "fr": [
        "casino en ligne 🎰 100 tours gratuits sans dépôt, inscris-toi vite {u}",
        "pronos foot du jour cote 12, validé à 95% 🔥 {u}",
        "{u}\nbonus de bienvenue 500€ sur ton premier dépôt, paris sportifs et machines à sous",
        "j'ai retiré 800€ hier sur ce site de paris, franchement ça paye direct {u}",
    ],
    "id": [
        "slot gacor hari ini maxwin terus 🔥 depo 10rb bonus 100% {u}",
        "{u} link alternatif situs toto terpercaya, wd pasti dibayar",
        "bocoran pola gacor olympus jam 20.00 - 22.00, langsung main di {u}",
        "prediksi togel sgp hari ini akurat, daftar skrg dapet freebet {u}",
    ],
    "tr": [
        "deneme bonusu veren siteler 🎰 500 TL yatırımsız bonus {u}",
        "{u}\nbugünün banko kuponu, oran 8.50, kaçırma",
        "canlı casino ve slot oyunlarında %200 hoşgeldin bonusu {u}",
        "kanka aviatorda 50x yakaladım, bu site çekimi hemen yapıyor {u}",
    ],
    "ru": [
        "онлайн казино 🎰 200 фриспинов за регистрацию без депозита {u}",
        "{u}\nдоговорной матч сегодня, кэф 15, 100% заход",
        "ставки на спорт с бонусом 10000₽ на первый депозит {u}",
        "слоты сегодня дают, я поднял 40к за вечер, заходи {u}",
    ],
    "ar": [
        "كازينو اونلاين 🎰 بونص 200% على اول ايداع + لفات مجانية {u}",
        "{u}\nتوقعات مباريات اليوم مضمونة 100%، اربح معنا",
        "ya gama3a el aviator da bey2ba3 awi, ana kasabt 5000 geneh, el link {u}",
        "راهن على مباراة الكلاسيكو واحصل على رهان مجاني {u}",
    ],
    "hi": [
        "satta king result aaj ka fast, sabse pehle yaha dekho {u}",
        "{u}\nteen patti khelo aur ₹500 bonus pao, turant withdrawal",
        "aaj ka IPL match fix hai bhai, 100% sure prediction ke liye join karo {u}",
        "online casino me 100 free spins, pehle deposit pe 200% bonus 🎰 {u}",
    ],
}

INVITE_PROMO = {
    "en": [
        "join our crypto signals server 🚀 we hit 40x on the last call, free VIP for the first 100 {u}",
        "{u}\nfree discord nitro giveaway, just join and react to claim 🎁",
        "earn $300 daily from ur phone, no experience needed, join the telegram {u}",
        "leaks server 🔥 all the paid courses and premium accounts for free, get in before it gets banned {u}",
    ],
    "es": [
        "únete a nuestro grupo de telegram y gana dinero diario con trading, señales gratis 📈 {u}",
        "{u} grupo vip de seguidores gratis para insta y tiktok, entra ya",
        "robux gratis en este server de discord, ya me dieron 10k 😱 {u}",
        "gana 500 dólares por semana desde casa, solo entra al grupo de whatsapp y te explico {u}",
    ],
    "pt": [
        "grupo vip de sinais cripto 🚀 lucro garantido todo dia, entra no telegram {u}",
        "ganhe dinheiro assistindo videos, paga no pix na hora! entra no grupo {u}",
        "{u}\ndiamantes grátis free fire, sorteio no grupo do zap hj às 20h",
        "server de discord com nitro de graça e contas premium, corre {u}",
    ],
    "fr": [
        "rejoins le groupe telegram, signaux crypto gratuits +300% ce mois-ci 📈 {u}",
        "{u} gagne 200€ par jour depuis ton tel, groupe whatsapp privé, places limitées",
        "serveur discord avec nitro gratuit pour tous les nouveaux membres 🎁 {u}",
        "abonnés gratuits insta/tiktok, rejoins le canal et reçois 1000 followers {u}",
    ],
    "id": [
        "join grup wa kerja online dapet 500rb/hari, cuma like & follow 👍 {u}",
        "{u}\ngrup sinyal trading vip gratis hari ini aja, profit konsisten",
        "bagi bagi diamond ML gratis di channel telegram ini, buruan gabung {u}",
        "server discord robux gratis + akun premium, join skrg sblm penuh {u}",
    ],
    "tr": [
        "telegram kanalımıza katıl, günlük %20 kripto sinyalleri VIP ücretsiz 🚀 {u}",
        "{u} evden günde 1000 TL kazan, whatsapp grubuna gel anlatayım",
        "ücretsiz takipçi ve beğeni için discord sunucumuza katıl {u}",
        "bedava pubg uc dağıtıyoruz, gruba gir çekilişe katıl 🎁 {u}",
    ],
    "ru": [
        "вступай в наш телеграм канал, сигналы по крипте, +200% за неделю 🚀 {u}",
        "{u}\nзаработок от 5000 ₽ в день без вложений, пиши в группе",
        "бесплатный дискорд нитро всем кто зайдет на сервер 🎁 {u}",
        "слив платных курсов и приватных каналов, заходи пока не снесли {u}",
    ],
    "ar": [
        "انضم لقناة التلغرام، توصيات تداول مجانية وارباح يومية 📈 {u}",
        "{u}\nاربح 100 دولار يوميا من جوالك، ادخل القروب ويجيك الشرح",
        "متابعين مجانا لانستقرام وتيك توك، ادخل القروب بسرعة {u}",
        "server discord fih nitro free w accounts premium, odkhol abl ma yetmela {u}",
    ],
    "hi": [
        "ghar baithe ₹2000 roz kamao, bas whatsapp group join karo {u}",
        "{u}\ncrypto signals VIP group free me, 100% profit guarantee 🚀",
        "free fire diamonds free me mil rahe hai, telegram channel join karo jaldi {u}",
        "instagram pe free followers chahiye? is group me aao bhai {u}",
    ],
}

PLAIN_INVITE = {
    "en": [
        "made a group chat for the chem 101 study group, join here {u} so we can plan before the midterm",
        "{u}\nboard game night server for saturday, bring snacks lol",
        "hey neighbours, heres the link to the maple street chat for the block party stuff {u}",
    ],
    "es": [
        "les paso el link del grupo de la familia para organizar la cena de navidad {u}",
        "{u} grupo del club de lectura, este mes toca cien años de soledad 📚",
        "armé un server pa jugar minecraft los viernes con los del trabajo, entren {u}",
    ],
    "pt": [
        "galera, grupo da turma de cálculo pra gente trocar as listas {u}",
        "{u}\nesse é o grupo do condomínio, avisos de manutenção e portaria",
        "criei um grupo pro churrasco de domingo, entra ai pra gente combinar quem leva o que {u}",
    ],
    "fr": [
        "voilà le groupe des parents de la classe de CE2 pour la sortie au musée {u}",
        "on a fait un serveur discord pour le club de foot du mardi, rejoins-nous {u}",
        "{u}\ngroupe pour le covoiturage vers la fac, on s'organise là-dedans",
    ],
    "id": [
        "ini link grup wa arisan RT 05 ya bu, biar infonya gampang {u}",
        "{u} grup kelompok tugas bahasa inggris, deadline kamis",
        "gaes gabung server discord buat mabar valo tiap jumat malem {u}",
    ],
    "tr": [
        "apartman yönetim grubunun linki bu, aidat duyuruları burdan {u}",
        "{u}\nyoga kursu grubu, ders saatlerini buraya yazacağım",
        "kuzenler grubunu kurdum, bayram planı için girin {u}",
    ],
    "ru": [
        "вот ссылка на чат нашей группы по матанализу, туда кидаем конспекты {u}",
        "{u}\nчат родителей 3Б, там расписание и объявления",
        "сделал сервер для наших вечерних каток в доту, залетайте {u}",
    ],
    "ar": [
        "هذا رابط قروب العائلة عشان ننظم عزيمة العيد {u}",
        "{u}\nقروب دفعة هندسة ٢٠٢٧ للمحاضرات والواجبات",
        "3amalna server discord lel shella 3ashan nel3ab fifa youm el gom3a {u}",
    ],
    "hi": [
        "society ka whatsapp group ka link ye raha, paani ki timing ka update yaha aata hai {u}",
        "{u}\nclass 12 physics ke notes share karne ke liye group bana diya",
        "मम्मी ने family group बनाया है शादी की तैयारी के लिए, सब join कर लो {u}",
    ],
}

ORDINARY_LINK = {
    "en": [
        "i won tickets to the concert on friday!! 😭 details here {u}",
        "my account got hacked last year and this guide actually helped me get it back {u}",
        "the casino scene in this movie is so good, skip to 1:20 {u}",
        "{u}\nnews says the bank is closing 200 branches next year, wild",
        "my order from ikea finally shipped, tracking says thursday {u}",
        "our school robotics team won first prize at regionals 🏆 article: {u}",
    ],
    "es": [
        "esta es la receta de la abuela para la tortilla, la encontré igualita {u}",
        "me gané una beca para el verano!! aquí está la convocatoria por si alguien más quiere aplicar {u}",
        "{u}\nel formulario de inscripción del colegio hay q entregarlo antes del lunes",
        "leí que van a prohibir la publicidad de apuestas en el fútbol, buena noticia la vdd {u}",
        "mi pedido de zara ya salió, aquí el seguimiento {u}",
        "para la clase de biología, este artículo de salud sexual explica bien lo de los anticonceptivos {u}",
    ],
    "pt": [
        "o banco central subiu a selic de novo, matéria aqui {u}",
        "ganhei o sorteio de ingressos da rádio kkk vou no show sábado {u}",
        "{u}\nreceita de bolo de cenoura com cobertura de chocolate, ficou top",
        "minha conta do insta foi suspensa por engano ano passado, esse tutorial da central de ajuda resolveu {u}",
        "a escola da minha filha ganhou prêmio de melhor horta escolar 🌱 {u}",
        "pedido da amazon chegou no centro de distribuição, rastreio {u}",
    ],
    "fr": [
        "la banque de france prévoit une baisse des taux, article du monde {u}",
        "{u}\nformulaire pour l'inscription à la cantine, à rendre vendredi",
        "on a gagné le concours de chorale régional avec l'école 🎶 {u}",
        "recette de la blanquette de ma grand-mère, testée et approuvée {u}",
        "t'as vu le doc sur l'addiction aux paris sportifs chez les jeunes ? {u}",
        "ma commande fnac est en cours de livraison, suivi ici {u}",
    ],
    "id": [
        "kak ini resep rendang yg kemarin aku bilang {u}",
        "{u}\nberita soal pemblokiran situs judi online sama kominfo",
        "sekolah adikku juara 1 lomba cerdas cermat se-provinsi 🥳 {u}",
        "paket dari tokopedia udah sampe gudang jakarta, cek resi {u}",
        "formulir pendaftaran ulang kampus ya, isi sebelum tgl 30 {u}",
        "akun ig aku pernah dihack, ini panduan resmi buat amanin akun, berguna bgt {u}",
    ],
    "tr": [
        "konserin biletlerini çekilişte kazandım yaa 😍 detaylar {u}",
        "{u}\nmerkez bankası faiz kararı açıklandı",
        "annemin mercimek çorbası tarifi bu, aynısı {u}",
        "okulun veli toplantısı formu, doldurup yollarsınız {u}",
        "yasa dışı bahis operasyonu haberi, 40 kişi gözaltında {u}",
        "trendyol siparişim kargoya verilmiş, takip linki {u}",
    ],
    "ru": [
        "выиграл билеты на матч в розыгрыше от универа 😄 вот инфа {u}",
        "{u}\nстатья про то, как ЦБ отозвал лицензию у банка",
        "рецепт борща как у бабушки, проверено {u}",
        "сайт минздрава про половое воспитание подростков, нормально написано {u}",
        "мой заказ с вайлдберриз уже в пункте выдачи, трек {u}",
        "в этом фильме сцена в казино просто шикарная, с 1:05:00 {u}",
    ],
    "ar": [
        "فزت بتذاكر مباراة الهلال في سحب الجامعة 😍 التفاصيل {u}",
        "{u}\nخبر عن البنك المركزي وتخفيض الفائدة",
        "وصفة الكبسة اللي سألتي عنها {u}",
        "مدرسة أخوي فازت بجائزة أفضل مشروع علمي 🏆 {u}",
        "طلبي من نون وصل المستودع، رابط التتبع {u}",
        "حسابي انسرق السنة اللي فاتت وهذا الشرح من مركز مساعدة انستقرام رجعه لي {u}",
    ],
    "hi": [
        "maine quiz me concert ke passes jeete yaar 🥳 details {u}",
        "{u}\nRBI ne repo rate change kiya, news padh lo",
        "mummy wali dal makhani ki recipe ye hai {u}",
        "school admission form ka link, last date 15 tak hai {u}",
        "online betting apps pe ban ki khabar aayi hai, ye dekho {u}",
        "mera flipkart order ship ho gaya, tracking {u}",
    ],
}
