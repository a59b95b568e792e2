"""Wording for draw 4 of the spam corpus (tests/fixtures/spam/draw4.jsonl), written on
2026-11-22 by a writer who had seen neither the spam.link rule, its tables, nor the wording of
draws 1 to 3. Data, not code: scripts/gen_spam_fixtures.py reads it."""

"""Chat-message templates for the "spam.link" rule (wording around a link).

Each dict maps a language code (en, es, pt, fr, de, it, id, tr, ru, ar) to a
list of message templates. Every template holds exactly one "{u}" where the
link will be inserted later.

PHISHING       - should be flagged: account locked / verify / parcel fee /
                 tax refund / prize claim / password expiry wording.
ADULT          - should be flagged: implied adult content promoted with a link.
GAMBLING       - should be flagged: casino, slots, betting tips, free spins,
                 crash/aviator games, lottery promotion.
INVITE_PROMO   - should be flagged: promoted invites to money / signals /
                 followers / leaked-content channels and groups.
PLAIN_INVITE   - must NOT be flagged: ordinary group invites among friends,
                 classmates, teams.
ORDINARY_LINK  - must NOT be flagged: ordinary messages with a link that use
                 tempting words (casino news, "hot" trailer, bank notice
                 discussed by friends, won tickets, sex-ed for class, etc.).
"""

PHISHING = {
    "en": [
        "Your account has been temporarily LOCKED due to unusual sign-in activity. Verify your identity within 24h to avoid permanent suspension: {u}",
        "USPS: your package is on hold because of an unpaid shipping fee of $1.99. Update your delivery details here {u} or it will be returned to sender.",
        "HMRC notice: you are eligible for a tax refund of £326.14. Claim it before the deadline 👉 {u}",
        "Congratulations!! 🎉 You were selected as our weekly winner of an iPhone 15 Pro. Claim your prize now, only 2 left: {u}",
        "{u}\nyour email password expires today. keep the same password by confirming your login at the link above",
        "hey is this you in this video?? 😳 looks like someone posted it, log in to see {u}",
        "Netflix: We couldn't process your last payment. Your membership will be cancelled unless you update your billing info at {u} within 48 hours.",
    ],
    "es": [
        "Estimado cliente, su cuenta bancaria ha sido bloqueada por motivos de seguridad. Verifique sus datos aquí para reactivarla: {u}",
        "Correos: su paquete no pudo ser entregado por falta de pago de tasas de aduana (2,99€). Pague aquí {u}",
        "AGENCIA TRIBUTARIA: tiene pendiente una devolución de 487,50€. Confirme su IBAN en {u} antes de 48h",
        "🎁 Felicidades!! has sido elegido ganador de una tarjeta regalo de 500€ de Mercadona, reclamala ya q caduca hoy {u}",
        "Tu contraseña de Outlook caduca en 24 horas. Para conservarla ingresa a {u} y confirma tu sesión",
        "Bancolombia informa: detectamos un acceso no reconocido a su app. Si no fue usted valide su identidad de inmediato\n{u}",
        "{u} <- amigo entra y pon tu número de WhatsApp para verificar la cuenta, si no te la van a suspender, me pasó a mí ayer",
    ],
    "pt": [
        "Prezado cliente, sua conta foi BLOQUEADA por atividade suspeita. Regularize agora mesmo pelo link {u} para evitar o cancelamento.",
        "Correios: sua encomenda está retida aguardando pagamento da taxa de importação de R$ 24,90. Pague em {u}",
        "Receita Federal: identificamos uma restituição de IR em seu nome no valor de R$ 1.284,00. Consulte e resgate em {u}",
        "Parabéns!!! 🥳 seu número foi sorteado na promoção de aniversário do Magalu, resgate seu prêmio até hoje 23h59 {u}",
        "CTT: A sua encomenda está pendente. Confirme a morada e pague 1,69€ em {u} para agendar nova entrega.",
        "Sua senha do e-mail expira hoje. Para manter a senha atual acesse {u} e confirme seus dados",
        "oi, vc tem um pix pendente de R$ 850,00 pra receber, libera aqui 👉 {u} antes q expire",
    ],
    "fr": [
        "Votre compte Ameli a été suspendu suite à une mise à jour. Veuillez vérifier vos informations pour continuer à être remboursé : {u}",
        "Colissimo : votre colis est en attente, des frais de réexpédition de 1,49€ sont requis. Réglez ici {u}",
        "impots.gouv : vous avez droit à un remboursement de 297,80€. Complétez le formulaire sur {u} avant le 30.",
        "🎉 Bravo ! Vous avez été tiré au sort pour gagner un robot Thermomix. Réclamez votre cadeau ici {u} (offre limitée)",
        "Crédit Agricole : connexion inhabituelle détectée sur votre espace. Votre accès sera bloqué si vous ne confirmez pas votre identité : {u}",
        "{u}\nVotre mot de passe de messagerie expire aujourd'hui, cliquez pour le conserver",
        "slt c toi sur cette photo ?? mdr tout le monde la partage, connecte toi pour voir {u}",
    ],
    "de": [
        "Sehr geehrter Kunde, Ihr Sparkassen-Konto wurde aus Sicherheitsgründen gesperrt. Bitte bestätigen Sie Ihre Daten unter {u}",
        "DHL: Ihr Paket wartet auf Zustellung. Bitte zahlen Sie die ausstehende Zollgebühr von 2,10 € hier: {u}",
        "Bundeszentralamt für Steuern: Sie haben Anspruch auf eine Steuerrückerstattung von 412,60 €. Antrag stellen: {u}",
        "Glückwunsch 🎉 Sie wurden als Gewinner eines Lidl-Gutscheins über 250€ ausgewählt! Jetzt einlösen bevor es zu spät ist {u}",
        "Ihr E-Mail-Passwort läuft heute ab. Um Ihr aktuelles Passwort zu behalten, melden Sie sich hier an: {u}",
        "PayPal: Wir haben eine ungewöhnliche Zahlung festgestellt. Ihr Konto ist eingeschränkt bis Sie Ihre Identität bestätigen {u}",
        "hi, deine Apple-ID wurde gesperrt 🔒 bitte innerhalb von 24 Std verifizieren sonst wird alles gelöscht\n{u}",
    ],
    "it": [
        "Gentile cliente, il suo conto Intesa Sanpaolo è stato sospeso per attività anomala. Verifichi la sua identità qui: {u}",
        "Poste Italiane: il tuo pacco è in giacenza. Paga il contributo di 1,99€ per la riconsegna su {u}",
        "Agenzia delle Entrate: risulta un rimborso IRPEF di 356,00€ a suo favore. Richiedilo entro 48 ore {u}",
        "Complimenti!! 🏆 Sei stato selezionato per vincere uno smartphone Samsung, riscatta il tuo premio subito: {u}",
        "{u} la tua password di posta scade oggi, accedi per mantenerla altrimenti l'account verrà disattivato",
        "INPS: gentile utente, è necessario aggiornare i dati per ricevere il bonus di 550 euro. Compila il modulo: {u}",
        "ciao sei tu nel video?? 😱 l'hanno messo su, fai il login e guarda {u}",
    ],
    "id": [
        "Nasabah Yth, akun BCA Anda telah DIBLOKIR karena aktivitas mencurigakan. Segera verifikasi data Anda di {u}",
        "J&T Express: paket anda tertahan karena alamat tidak lengkap, bayar biaya pengiriman ulang Rp 12.000 di {u}",
        "Selamat! Nomor anda terpilih sebagai pemenang undian Shopee 2024 hadiah Rp 175jt 🎁 klaim sekarang {u}",
        "Info pajak: Anda berhak atas pengembalian kelebihan pajak. Isi formulir pengembalian dana di sini {u}",
        "kata sandi email anda akan kedaluwarsa hari ini, klik {u} untuk mempertahankan kata sandi lama",
        "{u}\nBapak/Ibu, ini undangan pernikahan kami, mohon dibuka ya (file APK) 🙏",
        "Pelanggan BRI yth, mulai bulan ini tarif transfer jadi Rp 150rb/bulan. Jika tidak setuju isi form di {u} sebelum jam 24.00",
    ],
    "tr": [
        "Sayın müşterimiz, hesabınız güvenlik nedeniyle geçici olarak askıya alınmıştır. Kimliğinizi doğrulamak için: {u}",
        "PTT Kargo: gönderiniz gümrük ücreti (14,90 TL) ödenmediği için bekletilmektedir. Ödeme için {u}",
        "e-Devlet: adınıza 1.250 TL vergi iadesi tanımlanmıştır. İadenizi almak için bilgilerinizi güncelleyin {u}",
        "TEBRİKLER 🎉 Trendyol çekilişinde 5000 TL hediye çeki kazandınız! Ödülünüzü hemen alın {u}",
        "E-posta şifrenizin süresi bugün doluyor. Mevcut şifrenizi korumak için giriş yapın: {u}",
        "instagram hesabın telif hakkı ihlali nedeniyle 24 saat içinde kapatılacak, itiraz etmek için formu doldur {u}",
        "{u} kanka buradan giriş yap hesabını doğrula yoksa whatsapp kapatılıyormuş, herkese oluyor",
    ],
    "ru": [
        "Уважаемый клиент, ваша карта заблокирована из-за подозрительной операции. Для разблокировки подтвердите данные: {u}",
        "Почта России: ваше отправление задержано, необходимо оплатить таможенный сбор 149 ₽. Оплата: {u}",
        "Госуслуги: вам положен налоговый вычет 13 800 руб. Оформите возврат до конца недели по ссылке {u}",
        "Поздравляем! 🎁 Вы выиграли подарочный сертификат Wildberries на 10 000₽. Заберите приз сегодня {u}",
        "Срок действия пароля вашей почты истекает сегодня. Чтобы сохранить текущий пароль, войдите: {u}",
        "привет, проголосуй пожалуйста за мою племянницу в конкурсе, там надо через телеграм войти {u} 🙏",
        "{u}\nВаш аккаунт будет удалён через 24 часа за нарушение правил. Подтвердите, что это вы.",
    ],
    "ar": [
        "عميلنا العزيز، تم إيقاف حسابك البنكي مؤقتاً بسبب نشاط غير معتاد. يرجى تحديث بياناتك عبر الرابط {u}",
        "أرامكس: شحنتك معلقة بسبب رسوم جمركية غير مدفوعة قدرها 6 ريال. ادفع الآن {u}",
        "مبروك 🎉 تم اختيار رقمك للفوز بجائزة 10,000 ريال في سحب أبشر! استلم جائزتك من هنا {u}",
        "إشعار: لديك مبلغ مسترد من ضريبة القيمة المضافة، أدخل بيانات البطاقة لاسترداده {u}",
        "كلمة مرور بريدك الإلكتروني تنتهي صلاحيتها اليوم، للاحتفاظ بها سجل الدخول {u}",
        "{u}\nتم تعليق حساب الواتساب الخاص بك، قم بالتحقق خلال 24 ساعة لتجنب الحذف النهائي",
        "السلام عليكم، البريد السعودي: يوجد طرد باسمك لم يتم تسليمه بسبب عنوان ناقص، يرجى التأكيد {u}",
    ],
}

ADULT = {
    "en": [
        "hot singles in your area are waiting to chat 😘🔥 no signup {u}",
        "hey babe, bored tonight? my private pics are here, 18+ only 😈 {u}",
        "{u}\nfull leaked nudes of that tiktok girl, before it gets deleted 🔞",
        "live cam show starting in 10 min 💋 come watch me, it's free for the first 100 👉 {u}",
    ],
    "es": [
        "chicas solteras cerca de ti buscando algo casual esta noche 🔥 {u}",
        "hola guapo 😘 subí mis fotos privadas, solo +18, mira aquí {u}",
        "{u} 🔞 se filtró el pack de la influencer, corre antes q lo borren",
        "hago shows en vivo por cam 💋 entra gratis a mi sala privada {u}",
    ],
    "pt": [
        "mulheres solteiras perto de você querendo conversar agora 🔥😏 {u}",
        "oii amor, vazei meu conteúdo exclusivo +18 aqui ó 😈 {u}",
        "{u}\nvazou os nudes da famosa 😳🔞 vê antes que tirem do ar",
        "minha live na cam começa já já 💋 primeiro acesso grátis {u}",
    ],
    "fr": [
        "des femmes célibataires près de chez toi veulent discuter ce soir 😘 {u}",
        "coucou 😈 mes photos privées sont dispo ici, réservé aux +18 {u}",
        "show webcam en direct maintenant 🔥 entrée gratuite pour les 50 premiers : {u}",
        "{u} 🔞 les nudes de la star ont fuité, regarde avant suppression",
    ],
    "de": [
        "heiße Singles aus deiner Nähe wollen dich kennenlernen 🔥 kostenlos anmelden {u}",
        "na du 😘 meine privaten Bilder findest du hier, nur ab 18 {u}",
        "{u}\n🔞 geleakte Nacktbilder von der Influencerin, schnell bevor es gelöscht wird",
        "bin gleich live vor der cam 💋 komm in meinen privaten Chat {u}",
    ],
    "it": [
        "ragazze single vicino a te cercano compagnia stasera 🔥 {u}",
        "ciao tesoro 😈 ho caricato le mie foto private, solo maggiorenni {u}",
        "{u} 🔞 video privato trapelato della tiktoker, guardalo prima che lo tolgano",
        "sono in diretta in cam ora 💋 entra gratis nella mia stanza {u}",
    ],
    "id": [
        "cewek lajang di sekitarmu lagi cari teman ngobrol malam ini 😘🔥 {u}",
        "hai kak, foto pribadi aku ada di sini ya, khusus 18+ 😈 {u}",
        "{u}\nvideo viral selebgram full tanpa sensor 🔞 buruan sebelum dihapus",
        "live show cam jam 10 malem 💋 gratis buat member baru {u}",
    ],
    "tr": [
        "yakınındaki bekar kadınlar seninle tanışmak istiyor 🔥 {u}",
        "selam yakışıklı 😘 özel fotoğraflarım burada, sadece +18 {u}",
        "{u} 🔞 ünlü fenomenin ifşa videosu sızdı, silinmeden izle",
        "şimdi canlı kamera yayınındayım 💋 ilk giriş ücretsiz {u}",
    ],
    "ru": [
        "одинокие девушки рядом с тобой хотят познакомиться 😘🔥 {u}",
        "привет, мои приватные фото тут, только 18+ 😈 {u}",
        "{u}\n🔞 слили интимки блогерши, смотри пока не удалили",
        "я в эфире на веб-камере прямо сейчас 💋 заходи бесплатно {u}",
    ],
    "ar": [
        "بنات عزاب قريبات منك يبحثن عن تعارف الليلة 🔥😘 {u}",
        "هاي حبيبي، صوري الخاصة هنا للكبار فقط +18 😈 {u}",
        "{u}\n🔞 فضيحة تسريب فيديو المشهورة كامل شوفه قبل الحذف",
        "بث مباشر كام خاص الحين 💋 الدخول مجاني لأول 50 شخص {u}",
    ],
}

GAMBLING = {
    "en": [
        "🎰 200% casino welcome bonus + 100 FREE SPINS, no deposit needed! Play now {u}",
        "guaranteed betting tips today, 5 fixed matches 💰 odds 15+ message me or join {u}",
        "won $2,340 on aviator in 20 mins 🛩️📈 the trick is here {u} use my code for bonus",
        "{u}\nmega jackpot slots paying out NOW, register and get $50 free chips",
    ],
    "es": [
        "🎰 bono de bienvenida del 300% en el casino + 50 giros gratis, regístrate en {u}",
        "pronósticos seguros para hoy, combinada cuota 12 ✅ apuestas ganadas garantizadas {u}",
        "gané 1.800 soles en el avioncito (aviator) 🛩️ les dejo la estrategia acá {u}",
        "{u} tragamonedas pagando full hoy, deposita 10 y juega con 50 💸",
    ],
    "pt": [
        "🐯 Fortune Tiger tá pagando MUITO agora, cadastra e ganha bônus de R$ 20 {u}",
        "{u}\nbanca de R$ 50 virou R$ 1.200 no aviator 🚀 sinais grátis hoje",
        "palpites certeiros pro jogo de hoje, green garantido ✅💰 {u}",
        "casino online com 100 rodadas grátis sem depósito, saque via pix na hora {u}",
    ],
    "fr": [
        "🎰 Bonus casino de 500€ + 200 tours gratuits dès l'inscription ! {u}",
        "pronos foot 100% sûrs ce soir, cote 8.5 💰 inscris toi {u}",
        "{u}\nj'ai gagné 900€ sur aviator en une soirée 🛩️ voici ma méthode",
        "machines à sous qui paient en ce moment, dépôt doublé 🤑 {u}",
    ],
    "de": [
        "🎰 100 Freispiele ohne Einzahlung + 200% Casino Bonus, jetzt spielen: {u}",
        "sichere Wett-Tipps für heute, Kombi Quote 10+ 💶 garantiert Gewinn {u}",
        "{u} Crash-Game Trick: in 1 Stunde 500€ gemacht 🚀 probier es selbst",
        "Lotto-Jackpot 90 Mio 💰 Tipp jetzt online abgeben und Freilos sichern {u}",
    ],
    "it": [
        "🎰 bonus di benvenuto 1000€ + 50 giri gratis alle slot, registrati ora {u}",
        "pronostici sicuri oggi, multipla quota 20 ✅ soldi facili {u}",
        "{u}\nho vinto 700€ ad aviator con questo metodo 🛩️ provalo anche tu",
        "gratta e vinci online: primo gioco gratis e vincite fino a 500.000€ 🤑 {u}",
    ],
    "id": [
        "slot gacor hari ini 🔥 maxwin x5000, depo 10rb bonus 100% {u}",
        "{u}\nsitus judi bola terpercaya, prediksi parlay akurat 💰 daftar skrg",
        "main aviator modal 50rb jadi 2jt 🛩️ link daftar + bonus new member {u}",
        "bocoran togel SGP malam ini angka jitu 🤑 cek di {u}",
    ],
    "tr": [
        "🎰 deneme bonusu 500 TL + 100 freespin, yatırımsız casino {u}",
        "bugünün banko kuponu oran 12 💰 kazanç garantili {u}",
        "{u}\naviator'da 300 TL ile 8000 TL yaptım 🛩️ taktik burada",
        "kaçak iddaa sitesi yüksek oran, canlı bahis ve slot oyunları {u}",
    ],
    "ru": [
        "🎰 бонус 200% на первый депозит + 150 фриспинов в казино {u}",
        "договорные матчи, 100% прогноз на сегодня, коэф 9+ 💰 {u}",
        "{u}\nподнял 40к на авиаторе за вечер 🛩️ схема тут",
        "слоты дают прямо сейчас, заходи и забирай бездеп 500₽ 🤑 {u}",
    ],
    "ar": [
        "🎰 كازينو أونلاين بونص ترحيبي 300% و100 لفة مجانية، سجل الآن {u}",
        "توقعات مضمونة لمباريات اليوم، ربح أكيد 💰 ادخل {u}",
        "{u}\nربحت 5000 جنيه في لعبة الطيارة aviator 🛩️ الطريقة هنا",
        "اربح جوائز يومية في سلوتس والروليت بدون إيداع 🤑 {u}",
    ],
}

INVITE_PROMO = {
    "en": [
        "📈 FREE crypto signals, 90% accuracy! Join our VIP channel now, limited seats 🔥 {u}",
        "make $500/day from your phone 💸 no experience needed, join the group fast before it closes {u}",
        "{u}\nget 10k real followers in 24h 🚀 join the channel for the free trial",
        "all premium courses + leaked onlyfans content for free 👀 join fast {u}",
    ],
    "es": [
        "🚀 señales de trading gratis con 95% de acierto, únete al canal VIP ya, pocos cupos {u}",
        "gana 300 dólares al día desde tu celular 💸 entra al grupo antes q lo cierren {u}",
        "{u}\ncanal con todos los packs filtrados gratis 🔞👀 únete rápido",
        "más seguidores reales para tu insta en 24h, únete al grupo y pide tu prueba {u}",
    ],
    "pt": [
        "📊 sinais de trade gratuitos com 92% de acerto, entra no grupo VIP agora, vagas limitadas {u}",
        "ganhe R$ 400 por dia só pelo celular 💸 entra no grupo rápido antes de fechar {u}",
        "{u}\ngrupo de renda extra, tarefinhas pagas via pix 💰 corre",
        "canal com conteúdo vazado de graça 🔥 só entrar {u}",
    ],
    "fr": [
        "📈 signaux forex gratuits, 90% de réussite ! rejoins le canal VIP, places limitées {u}",
        "gagne 200€ par jour depuis ton téléphone 💸 rejoins le groupe vite avant fermeture {u}",
        "{u}\ncanal avec tous les contenus premium leak gratuitement 👀",
        "boost tes abonnés insta +5000 en 24h, rejoins notre groupe {u}",
    ],
    "de": [
        "📈 kostenlose Krypto-Signale mit 90% Trefferquote, tritt jetzt der VIP-Gruppe bei, nur wenige Plätze {u}",
        "verdiene 300€ am Tag von zu Hause 💸 schnell der Gruppe beitreten bevor sie voll ist {u}",
        "{u}\nKanal mit allen geleakten Premium-Inhalten gratis 👀 schnell rein",
        "echte Follower für Insta & TikTok, tritt unserem Kanal bei und hol dir 1000 gratis {u}",
    ],
    "it": [
        "📈 segnali trading gratis con 90% di successo, entra nel canale VIP, posti limitati {u}",
        "guadagna 250€ al giorno dal telefono 💸 entra nel gruppo veloce prima che chiuda {u}",
        "{u}\ncanale con tutti i contenuti premium trapelati gratis 👀 entra subito",
        "vuoi più follower? entra nel nostro gruppo e ricevi 2000 follower gratis 🚀 {u}",
    ],
    "id": [
        "📈 sinyal trading gratis akurasi 90%, join grup VIP skrg slot terbatas {u}",
        "kerja dari HP gaji 500rb/hari 💸 cuma like & follow, gabung grup cepat sebelum penuh {u}",
        "{u}\nchannel full konten premium bocor gratis 👀 join sebelum di take down",
        "tambah 10rb followers IG real dalam 1 hari 🚀 gabung channel kami {u}",
    ],
    "tr": [
        "📈 ücretsiz kripto sinyalleri %90 isabet, VIP kanala hemen katıl, kontenjan sınırlı {u}",
        "telefondan günde 1000 TL kazan 💸 grup dolmadan hızlı katıl {u}",
        "{u}\ntüm ifşa ve premium içerikler ücretsiz bu kanalda 👀 katıl",
        "instagram takipçi kasmak isteyen gruba gelsin, 5000 takipçi bedava 🚀 {u}",
    ],
    "ru": [
        "📈 бесплатные сигналы по крипте, точность 90%! вступай в VIP канал, мест мало {u}",
        "заработок от 5000₽ в день с телефона 💸 вступай в группу пока открыт набор {u}",
        "{u}\nканал со всеми слитыми курсами и приватками бесплатно 👀 залетай",
        "накрутка подписчиков живыми людьми, вступай в наш канал и получи 1000 бесплатно 🚀 {u}",
    ],
    "ar": [
        "📈 توصيات تداول مجانية بنسبة نجاح 90%، انضم لقناة VIP الآن الأماكن محدودة {u}",
        "اربح 100 دولار يومياً من جوالك 💸 انضم للجروب بسرعة قبل الإغلاق {u}",
        "{u}\nقناة فيها كل المحتوى المسرب والكورسات المدفوعة مجاناً 👀 انضم",
        "زيادة متابعين انستقرام حقيقيين 5000 متابع مجاناً، ادخل القناة {u} 🚀",
    ],
}

PLAIN_INVITE = {
    "en": [
        "made a group chat for the camping trip so we stop spamming the main one lol {u}",
        "hey team, here's the invite for the Sunday league group, add yourselves {u}",
        "{u}\nstudy group for the bio final, join if you want the shared notes",
    ],
    "es": [
        "armé el grupo para el cumple de Lucía, entren y decidan qué le regalamos {u}",
        "chicos este es el grupo del equipo de fútbol del sábado {u}",
        "{u} grupo de la clase de estadística para pasarnos los apuntes 📚",
    ],
    "pt": [
        "criei o grupo da viagem pra praia, entra aí pra gente dividir as contas {u}",
        "link do grupo do vôlei de quinta {u} quem vai confirma lá",
        "{u}\ngrupo do trabalho de história, entrem pra gente dividir as partes",
    ],
    "fr": [
        "j'ai créé le groupe pour l'anniv surprise de Léa, rejoignez et pas un mot 🤫 {u}",
        "voici le lien du groupe de l'équipe de hand pour les horaires d'entraînement {u}",
        "{u}\ngroupe de révision pour le partiel de droit, on se partage les fiches",
    ],
    "de": [
        "hab ne Gruppe für den Grillabend am Samstag gemacht, kommt rein {u}",
        "Einladung zur Gruppe vom Lauftreff, da stehen die Termine drin {u}",
        "{u}\nGruppe für die Lerngruppe Mathe 2, wer mitmachen will einfach beitreten",
    ],
    "it": [
        "ho fatto il gruppo per la cena di classe del 15, entrate {u}",
        "ragazzi ecco il link del gruppo del calcetto del martedì {u}",
        "{u}\ngruppo per il progetto di informatica, così ci organizziamo",
    ],
    "id": [
        "guys ini link grup buat acara reuni SMA, join ya {u}",
        "grup futsal kamis malam, yang mau ikut masuk aja {u}",
        "{u}\ngrup kerja kelompok PKN, biar gampang bagi tugas",
    ],
    "tr": [
        "hafta sonu piknik için grup kurdum, katılın plan yapalım {u}",
        "halı saha grubunun linki bu, maç saatlerini oradan yazıyoruz {u}",
        "{u}\nfizik dersi için çalışma grubu, notları orada paylaşırız",
    ],
    "ru": [
        "создал чат для поездки на дачу, заходите обсудим кто что везёт {u}",
        "ссылка на группу нашей волейбольной команды {u}",
        "{u}\nчат группы по матану, скидываем туда конспекты",
    ],
    "ar": [
        "سويت قروب لرحلة البر يوم الخميس، ادخلوا ننسق {u}",
        "هذا رابط قروب فريق الكورة حق الجمعة {u}",
        "{u}\nقروب مذاكرة مادة الكيمياء، ندخل نتبادل الملخصات",
    ],
}

ORDINARY_LINK = {
    "en": [
        "did you see this? the casino on the waterfront got fined for ignoring problem gamblers {u}",
        "trailer for the new season just dropped and it looks HOT 🔥 {u}",
        "mum got the text from the bank and freaked out, but their official page says they'll never ask for your PIN: {u}",
        "I actually won the tickets from the radio contest!! here's the venue page, you're coming with me {u}",
        "for health class tomorrow Ms Patel said read the consent and contraception section here {u}",
        "this lasagna recipe is to die for, making it again on Sunday {u}",
        "ok I signed us both up for the climbing gym, check your inbox and verify your email, the form is {u} if it didn't send",
    ],
    "es": [
        "mira esto, cerraron el casino de la costa por blanqueo de dinero {u}",
        "el tráiler de la peli nueva está que arde 🔥 {u}",
        "a mi abuela le llegó un sms raro del banco, le mandé el aviso oficial del BBVA sobre estafas {u}",
        "{u} la liga prohíbe publicidad de casas de apuestas en las camisetas desde el año que viene",
        "esta receta de flan está para morirse 😍 {u}",
        "te paso el seguimiento del paquete de mamá, dice que llega el jueves {u}",
        "salieron los resultados del sorteo de navidad, mira si nos tocó algo con el décimo {u}",
    ],
    "pt": [
        "gente olha isso, a polícia fechou um cassino clandestino no centro {u}",
        "o trailer do filme novo tá quente demais 🔥 {u}",
        "{u}\nesse é o comunicado oficial do Nubank sobre o golpe do falso atendente, manda pro seu pai",
        "a professora de biologia pediu pra gente ler esse material de educação sexual antes da aula {u}",
        "saiu o resultado da mega sena, confere teu jogo aí {u}",
        "essa receita de bolo de cenoura é de morrer de boa 😋 {u}",
        "fiz o cadastro da gente no curso de inglês, agora vc tem q verificar seu e-mail, o link de login é {u}",
    ],
    "fr": [
        "t'as vu ? le casino d'Enghien a été condamné à une amende {u}",
        "la bande annonce du nouveau film est trop chaude 🔥 {u}",
        "ma mère a reçu un sms bizarre, je lui ai envoyé la page officielle de la banque sur les arnaques : {u}",
        "j'ai gagné les places pour le concert au jeu de la radio !! voici la salle {u}",
        "{u}\nl'article sur l'interdiction des pubs pour les paris sportifs à la télé",
        "cette recette de tarte tatin est à tomber 🤤 {u}",
        "tuto pour configurer un gestionnaire de mots de passe, franchement ça change la vie {u}",
    ],
    "de": [
        "krass, das Casino in Baden-Baden macht zu, steht hier {u}",
        "der Trailer zur neuen Staffel ist echt heiß 🔥 {u}",
        "{u}\nhier die offizielle Warnung der Sparkasse vor Phishing-SMS, schick das mal deiner Oma",
        "für Bio morgen sollen wir die Seite zur Sexualaufklärung lesen {u}",
        "hab die Lottozahlen vom Samstag gecheckt, leider nix 😅 {u}",
        "dein Paket von Papa ist unterwegs, Sendungsverfolgung hier, soll morgen kommen {u}",
        "gute Anleitung zum Passwortmanager einrichten, hab ich gestern gemacht {u}",
    ],
    "it": [
        "avete letto? chiude il casinò di Campione {u}",
        "il trailer della nuova serie è bollente 🔥 {u}",
        "{u}\nla circolare vera della banca sul nuovo conto, mio padre voleva sapere se era una truffa",
        "ho vinto i biglietti per la partita al concorso della radio!! vieni? {u}",
        "per la lezione di educazione sessuale la prof ha mandato questo {u}",
        "la ricetta del tiramisù da urlo che ti dicevo {u}",
        "stop alle pubblicità delle scommesse nel calcio, ecco l'articolo {u}",
    ],
    "id": [
        "wah kasino ilegal di kota digrebek polisi nih beritanya {u}",
        "trailer film baru ini hot banget sih 🔥 {u}",
        "{u}\nini pengumuman resmi BCA soal penipuan, tolong kasih tau ibu kamu",
        "aku menang tiket konser dari kuis radio!! ayo nonton bareng {u}",
        "resep rendang ini enak banget sampe mau pingsan wkwk {u}",
        "paketnya udah dikirim ya, ini link lacak resmi dari JNE {u}",
        "aku udah daftar kita berdua di kelas yoga, cek email buat verifikasi akunnya, form nya di {u}",
    ],
    "tr": [
        "şu habere bak, yasa dışı bahis çetesi çökertildi {u}",
        "yeni dizinin fragmanı çok sıcak 🔥 {u}",
        "{u}\nbankanın resmi duyurusu bu, annem sahte SMS aldı diye sordu",
        "radyo yarışmasından konser bileti kazandım!! geliyor musun {u}",
        "bu mercimek köftesi tarifi efsane, bayılacaksın {u}",
        "milli piyango sonuçları açıklandı, bileti kontrol et {u}",
        "şifre yöneticisi kullanmaya başladım, anlatan video bu {u}",
    ],
    "ru": [
        "читал? в Сочи закрыли подпольное казино {u}",
        "трейлер нового сезона огонь 🔥 {u}",
        "{u}\nофициальное сообщение Сбера про мошенников, перешли маме",
        "для урока биологии учитель скинул материал про половое воспитание {u}",
        "рецепт борща просто бомба, попробуй {u}",
        "ставки на спорт запретят рекламировать на ТВ, статья тут {u}",
        "проверил результаты тиража лотереи, мимо 😅 {u}",
    ],
    "ar": [
        "شفت الخبر؟ إغلاق كازينو غير مرخص في المدينة {u}",
        "إعلان الفيلم الجديد حماس 🔥 {u}",
        "{u}\nهذا إعلان البنك الرسمي عن رسائل الاحتيال، أرسله لأبوك",
        "فزت بتذاكر مباراة من مسابقة الإذاعة!! تجي معي؟ {u}",
        "وصفة الكنافة هذي تجنن لازم تجربها {u}",
        "سجلتك معي في النادي، افتح إيميلك وأكد الحساب، رابط التسجيل {u}",
        "شرح استخدام مدير كلمات المرور، مفيد جداً {u}",
    ],
}
