# ruff: noqa: E501
"""Blind set written 2026-12-07 (twenty-eighth of the day) for issue 16: very short and very messy messages: SMS and WhatsApp from cheap phones and older people, one or two lines, no punctuation or all capitals, heavy abbreviations, typos, Banjar and Kutai words, numbers for letters, voice-to-text mistakes, messages that name an official instead of the matter; a few short careless e-mails and web forms. 15 cases per section; per section 5 sms, 5 whatsapp, 2 telegram, 1 email, 1 web, 1 twitter (60 sms, 60 whatsapp, 24 telegram, 12 each of email, web and twitter). Written by two helper sessions, six sections each, with the same instructions, and joined into this file unread.

Written without reading config.yaml, routing/ or tests/routing/; each case is labelled only from
the mandates in docs/sections.md.

Scored ONCE, blind, with the rules of main 933e418 (this file committed unread in that commit;
after the tuning on 2026-12-07y and z), on 2026-12-07 at 23:50 UTC: 167/180 correct = 92.8%
(Wilson 95% interval 88.0%-95.7%), six fallbacks = 3.3% (#7, #11, #13, #117, #122, #131; the
last two to organisasi, their label, counted as errors). Per channel: email 11/12, sms 57/60,
telegram 21/24, twitter 11/12, web 11/12, whatsapp 56/60. The rules of 5fbef44 (the session's
start) place 166/180 (telegram 20/24), six fallbacks.
The other errors (index in CASES, label -> got): #54 kerjasama -> sda, #92 adpem ->
perekonomian, #100 adpem -> perekonomian, #104 adpem -> sda, #140 umum -> organisasi, #144 umum
-> perekonomian, #154 prokom -> adpem.
"""

from __future__ import annotations

from tests.routing.case import Case

_PEMERINTAHAN = [
    Case(
        "sms",
        "pemerintahan",
        "PAK KADES SUNGAI SELUANG JARANG DI KANTOR SDH 3 MGG KANTOR DESA TUTUP TRUS SURAT2 WARGA KD ADA YG TEKEN",
    ),
    Case(
        "sms",
        "pemerintahan",
        "ulun handak betakun pilkades loa ipuh kpn jd nya kmrn ditunda kada jelas pang",
    ),
    Case(
        "sms",
        "pemerintahan",
        "ketua rt 12 kel melayu sdh 9 thn gk prnh ganti warga mau pilih rt baru caranya gmn",
    ),
    Case(
        "sms",
        "pemerintahan",
        "patok batas desa bhuana jaya sm separi dicabut org kebun s4ya skrg msk desa mn",
    ),
    Case("sms", "pemerintahan", "PLT KADES LIANG ULU SDH 1 THN LEBIH KPN ADA KADES DEFINITIF??"),
    Case(
        "whatsapp",
        "pemerintahan",
        "assalamualaikum pak 🙏 mohon info hsl pilkades jembayan tgl 14 kmrn kok yg menang blm dilantik2 🙏🙏",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "pian tau kah kades sebulu ilir tu kd pernah musdes, dana desa kd jelas, warga kada dibawai rapat",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "Pak kami wrg RT 05 Loa Duri Ulu mau pecah RT krn sdh 180 KK 😅 lapor ke mn ya",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "desa sabintulung sm desa sidomukti rebutan lahan ex ladang 40 ha 😡 sdh dimediasi pak camat muara kaman blm beres tlg pemkab turun",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "selamat siang pak saya mau tanya kenapa kepala desa tani harapan loa janan di berhentikan sementara warga bingung siapa yang ganti titik terima kasi",
    ),
    Case(
        "telegram",
        "pemerintahan",
        "min anggota BPD desa handil baru kok ditunjuk kades aja gk lwt musyawarah. sah kah itu",
    ),
    Case(
        "telegram",
        "pemerintahan",
        "mau nanya kel loa ipuh darat jd dipecah 2 kah? kmrn ada sosialisasi tp gk jelas",
    ),
    Case(
        "email",
        "pemerintahan",
        "Subjek: kades salok api\n\nyth bpk, kades salok api jrg di tmpt sdh 3 bln krj di samarinda\nwarga mohon diperiksa. trm ksh",
    ),
    Case(
        "web",
        "pemerintahan",
        "Judul: kmpg sy msk kec mn\nIsi: dusun rapak lambur tdk jls msk tenggarong seberang ato loa kulu\nktp tetangga beda2 tlg dipastikan",
    ),
    Case(
        "twitter",
        "pemerintahan",
        "@setdakukar pilkades serentak thn ini jd kah? desa kmi dipimpin plt trs dr 2023 😒 #kukar",
    ),
]

_KESRA = [
    Case(
        "sms",
        "kesra",
        "PAK BEASISWA KUKAR IDAMAN ANAK SY BLM CAIR SMP SKRG KULIAH DI UNMUL SMSTR 5 TOLONG DICEK",
    ),
    Case("sms", "kesra", "ulun marbot masjid nurul huda muara kaman ulu insentif kd turun 6 bln"),
    Case(
        "sms", "kesra", "b4ntuan utk langgar al ikhlas desa perian sdh proposal dr maret blm ad kbr"
    ),
    Case("sms", "kesra", "kpn daftar beasiswa s2 pemkab dibuka thn ini ank sy lulus s1 ipk 3,6"),
    Case(
        "sms",
        "kesra",
        "guru ngaji kmi di kel timbau insentif cm dpt 2 triwulan thn kmrn sisanya gmn",
    ),
    Case(
        "whatsapp",
        "kesra",
        "Assalamualaikum bpk🙏 kafilah kec kembang janggut jd juara 2 tilawah di MTQ kab tp uang pembinaan blm dibyr anak2 kecewa",
    ),
    Case(
        "whatsapp",
        "kesra",
        "pak gereja GKII kmi di tabang atapnya bocor sdh ajukan bantuan 2024 smp skrg blm ada kbr 🙏",
    ),
    Case(
        "whatsapp",
        "kesra",
        "selamat pagi pak saya mau tanya keberangkatan haji tahun ini jamaah kukar kumpul di mana ya bis dari tenggarong jam berapa koma ibu saya sudah tua",
    ),
    Case(
        "whatsapp",
        "kesra",
        "majelis taklim ibu2 desa teluk dalam dpt hibah 2023 tp thn ini nama kmi hilang dr daftar 😢 knp ya",
    ),
    Case(
        "whatsapp",
        "kesra",
        "beasiswa prestasi ank sy juara olimpiade tkt prov ditolak krn berkas kurang 1 lbr pdhl sdh upload smua 🙏",
    ),
    Case(
        "telegram",
        "kesra",
        "min pengumuman penerima beasiswa tahap 2 kpn keluar? web nya error trs",
    ),
    Case(
        "telegram",
        "kesra",
        "pura di desa kerta buana rusak, bs dibantu dana renovasi? umat hindu disini sedikit",
    ),
    Case(
        "email",
        "kesra",
        "Subjek: hibah klp lansia\n\nkami kader klp lansia desa jonggon sdh 2x ajukan hibah kegiatan kd ada balasan\nmohon infonya",
    ),
    Case(
        "web",
        "kesra",
        "Judul: insentif guru TPA\nIsi: sy ustadzah tpa di sanga2 dalam nama sy tdk ada di daftar pdhl sdh ngajar 4 thn\ngmn cr daftarnya",
    ),
    Case(
        "twitter",
        "kesra",
        "kuota beasiswa utk mhs kukar yg kuliah di jawa kok dikit bgt, ank sy gk lolos 😭 @setdakukar",
    ),
]

_HUKUM = [
    Case(
        "sms",
        "hukum",
        "PAK ADA KAH PERBUP TTG TARIF PARKIR TEPI JLN DI TENGGARONG SY CARI DI INTERNET GK KETEMU",
    ),
    Case(
        "sms",
        "hukum",
        "ulun handak minta pengacara gratis laki ulun ditahan polsek loa kulu kada mampu byr",
    ),
    Case(
        "sms",
        "hukum",
        "tanah sy di jln patin dipakai pemkab utk jalan skrg sy gugat di pengadilan sy dpt panggilan sidang tgl 12 tp pemkab blm ada yg dtg mediasi gmn",
    ),
    Case(
        "sms", "hukum", "rancangan perda adat kutai kpn dibahas? lembaga adat kmi mau kasih masukan"
    ),
    Case(
        "sms", "hukum", "web kumpulan perda kukar tdk bs dibuka sdh 1 mgg mau dwnld perda retribusi"
    ),
    Case(
        "whatsapp",
        "hukum",
        "pak 🙏 sy wrg miskin desa loh sumber ada sengketa warisan tanah sm saudara, bs kah dpt pendampingan hukum dr pemkab gratis",
    ),
    Case(
        "whatsapp",
        "hukum",
        "assalamualaikum mohon info perbup no brp yg atur jam buka tmpt hiburan malam, di tenggarong seberang buka smp subuh",
    ),
    Case(
        "whatsapp",
        "hukum",
        "pemkab kalah di PTUN soal SK pemberhentian kmi honorer, kpn putusannya dijalankan 😤",
    ),
    Case(
        "whatsapp",
        "hukum",
        "halo pak saya mau konsultasi hukum motor saya ditarik paksa debt collector di samboja apakah pemda bisa dampingi tanda tanya",
    ),
    Case(
        "whatsapp",
        "hukum",
        "perda miras kukar msh berlaku kah? di kmpg sy muara badak dijual bebas 🍺 mohon kejelasan aturannya",
    ),
    Case(
        "telegram",
        "hukum",
        "min draft perbup tunjangan ketua RT bs diminta salinannya? kami mau kritisi sblm diteken",
    ),
    Case(
        "telegram",
        "hukum",
        "kami 6 kk digugat pemkab soal rmh dinas di jl wolter monginsidi, mau damai sblm sidang, hub siapa",
    ),
    Case(
        "email",
        "hukum",
        "Subjek: salinan perda\n\nmohon dikirim salinan perda kukar ttg pajak daerah thn 2023\nutk tugas kuliah. trm ksh",
    ),
    Case(
        "web",
        "hukum",
        "Judul: bantuan hkm\nIsi: ibu sy dilaporin tetangga ke polisi soal patok tanah di anggana\nkmi tdk mampu byr pengacara tlg dibantu",
    ),
    Case(
        "twitter",
        "hukum",
        "@setdakukar min situs produk hukum kukar kok perbup thn 2024 blm diupload smua? 🤔",
    ),
]

_KERJASAMA = [
    Case(
        "sms",
        "kerjasama",
        "CSR PT MAHAKAM SUMBER JAYA UTK DESA SUMBER SARI THN INI KMN? WARGA BLM TRIMA APA2",
    ),
    Case(
        "sms",
        "kerjasama",
        "ulun handak betakun bantuan csr pertamina di muara badak nang dijanjikan kada sampai ke rt kami",
    ),
    Case(
        "sms",
        "kerjasama",
        "kerjasama pemkab sm unmul utk kkn mhs di desa kmi jd kah kades blm dpt surat",
    ),
    Case(
        "sms",
        "kerjasama",
        "tjsl perusahaan sawit di kembang janggut cm dibagi ke klg kades wrg lain kd dpt",
    ),
    Case(
        "sms",
        "kerjasama",
        "ada mou pemkab sm kutai timur soal jln tembus ke tabang kah? wrg nanya trs",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "pak knp bantuan perusahaan cm ke desa dkt kota, desa kmi muara muntai ilir gk prnh diundang forum csr 🙏",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "karang taruna desa sepatin mau ajukan proposal csr ke perusahaan migas, hrs lwt pemkab kah? 🙏",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "assalamualaikum sy dr kampus swasta di tenggarong mau ajukan MoU magang mhs di kantor2 pemkab prosedurnya gmn ya",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "selamat sore pak program bedah rumah dari dana CSR bank kaltimtara di desa tanjung limau sampai sekarang belum jalan padahal sudah didata bulan juni",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "kmrn ada tanda tangan kerjasama kukar sm kab paser ttg pertanian? isinya apa aja 😊 klp kmi mau ikut",
    ),
    Case(
        "telegram",
        "kerjasama",
        "min laporan realisasi csr perusahaan2 di kukar thn 2024 bs dilihat dmn? kami LSM mau pantau",
    ),
    Case(
        "telegram",
        "kerjasama",
        "perusahaan batubara di sanga2 janji bangun sumur bor lwt csr thn lalu smp skrg blm ada. tlg ditagih",
    ),
    Case(
        "email",
        "kerjasama",
        "Subjek: usulan mou\n\nkmi yayasan pendidikan dr balikpapan mau tawarkan kerjasama pelatihan guru utk kukar\nproposal dikirim ke siapa ya",
    ),
    Case(
        "web",
        "kerjasama",
        "Judul: csr tdk merata\nIsi: sembako csr PT di muara jawa cm ke rt 3 dan 4\nrt 7 dan 8 kd dpt mohon dicek",
    ),
    Case(
        "twitter",
        "kerjasama",
        "@setdakukar dana csr perusahaan di kukar itu ke mana aja sih? desa kmi di kota bangun gk prnh kebagian 🙄",
    ),
]

_PEREKONOMIAN = [
    Case("sms", "perekonomian", "GAS MELON DI PANGKALAN LOA IPUH 35RB TABUNG KOSONG TRUS"),
    Case(
        "sms",
        "perekonomian",
        "harga beras di psr tangga arung naik 16rb/kg pdhl bln lalu 13rb tlg operasi pasar",
    ),
    Case(
        "sms",
        "perekonomian",
        "ulun kada dapat gas 3 kilo sdh seminggu di kota bangun pangkalan bilang jatah habis",
    ),
    Case("sms", "perekonomian", "SOLAR DI SPBU MUARA JAWA ANTRI SMP MLM KAPAL KMI KD BS JALAN"),
    Case(
        "sms",
        "perekonomian",
        "minyak goreng di warung2 kembang janggut hilang 2 mgg ini klo ada 25rb/ltr",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "pak cabe rawit di psr mangkurawang 120rb/kg 😱 bs kah pemkab turun tgn",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "pian, usaha kerupuk ikan ulun di anggana handak ikut pameran umkm, daftar di mana 🙏",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "pak saya mau lapor gas elpiji tiga kilo di desa bukit raya dijual ke rumah makan bukan ke warga miskin titik",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "pt tunggang parangan karyawannya blm digaji 3 bln 😩 mohon pemkab cek perusda nya",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "gula pasir di loa janan 20rb sekilo, bln puasa nanti tmbh naik gk? tlg stok diamankan 🙏",
    ),
    Case(
        "telegram",
        "perekonomian",
        "min pangkalan lpg di jl gunung belah buka cm 1 jam trs tutup katanya habis, curiga dijual ke pengecer",
    ),
    Case(
        "telegram",
        "perekonomian",
        "pinjaman modal lunak utk umkm dr pemkab msh ada kah? usaha amplang sy di samboja butuh modal",
    ),
    Case(
        "email",
        "perekonomian",
        "Subjek: harga telur\n\ntelur ayam di muara badak 65rb/rak\npedagang blg pasokan dr samarinda telat. mohon dipantau",
    ),
    Case(
        "web",
        "perekonomian",
        "Judul: bbm eceran\nIsi: pertalite eceran di tabang 20rb/ltr spbu tdk ada\nmohon ada tambahan pasokan",
    ),
    Case(
        "twitter",
        "perekonomian",
        "@setdakukar gas 3kg langka lg di tenggarong 😤 tiap mgg antri panjang kpn normal #kukar",
    ),
]

_SDA = [
    Case(
        "sms",
        "sda",
        "LUBANG BEKAS TAMBANG DI DESA BUKIT PARIAMAN TDK DIPAGAR ANAK2 MANDI DISITU BAHAYA",
    ),
    Case(
        "sms", "sda", "air sungai di loa kulu keruh kuning sdh 1 mgg krn limbah tambang ikan mati"
    ),
    Case(
        "sms",
        "sda",
        "ulun kelompok tani di kota bangun handak betakun bantuan traktor tangan kpn turun nya",
    ),
    Case(
        "sms",
        "sda",
        "kebun sawit PT di kenohan buang limbah ke danau semayang ikan nelayan mati smua",
    ),
    Case("sms", "sda", "hutan di blkg desa kmi muara kaman ditebang liar tiap mlm truk kayu lwt"),
    Case(
        "whatsapp",
        "sda",
        "pak 🙏 rmh kmi di sanga2 retak2 sejak tambang dkt sini beroperasi, siapa yg tanggung",
    ),
    Case(
        "whatsapp",
        "sda",
        "mesin ketinting utk nelayan muara pantuan blm dibagi pdhl sdh nyampe di kecamatan 😠",
    ),
    Case(
        "whatsapp",
        "sda",
        "selamat siang pak debu batu bara dari stockpile di jembayan masuk ke rumah rumah anak anak batuk batuk mohon ditindak",
    ),
    Case(
        "whatsapp",
        "sda",
        "hasil kebun plasma sawit kmi di tabang blm dibagi perusahaan sdh 4 thn 😡",
    ),
    Case(
        "whatsapp",
        "sda",
        "asap kebakaran lahan gambut di muara siran bikin sesak 😷😷 tlg dipadamkan",
    ),
    Case(
        "telegram",
        "sda",
        "min ada tambang ilegal dkt bendungan samboja, alat berat kerja mlm. mohon dicek izinnya",
    ),
    Case(
        "telegram",
        "sda",
        "bibit padi bantuan utk poktan desa sumber sari blm kami terima, musim tanam sdh lewat",
    ),
    Case(
        "email",
        "sda",
        "Subjek: limbah pabrik\n\nlimbah pabrik CPO di muara wis bau bgt masuk sungai\nwarga tdk bs pakai air. mohon ditindak",
    ),
    Case(
        "web",
        "sda",
        "Judul: alat tangkap\nIsi: klp nelayan kmi di desa sungai meriam usulkan jaring dan mesin\nsdh 2 thn blm ada realisasi",
    ),
    Case(
        "twitter",
        "sda",
        "@setdakukar lubang tambang di loa janan makan korban lg 😢 kpn ditutup? #savekukar",
    ),
]

_ADPEM = [
    Case(
        "sms",
        "adpem",
        "jln beton rt 07 bukit raya tgr seberang br 3 bln sdh pecah2 pinggirnya ambles. kontraktornya kmn",
    ),
    Case(
        "sms",
        "adpem",
        "JEMBATAN ULIN DI SUNGAI MERIAM ANGGANA BERHENTI SDH 5 BLN CUMA TIANG2 AJA YG BERDIRI TLG DICEK",
    ),
    Case(
        "sms",
        "adpem",
        "ulun warga loa janan ilir handak betakun galian parit dpn pasar kenapa kada dilanjut, dibiar tebuka bahaya gasan anak2",
    ),
    Case(
        "sms",
        "adpem",
        "gedung serbaguna kec muara kaman yg dibangun thn 2023 blm prnh dipake atap sdh bocor plafon jebol",
    ),
    Case(
        "sms",
        "adpem",
        "s4ya lapor aspal jln poros kota bangun muara muntai tipis bgt km 12 sdh bolong lg pdhl br agustus dikerjain",
    ),
    Case(
        "whatsapp",
        "adpem",
        "Assalamualaikum pak 🙏 turap sungai di mangkurawang yg dikerjain dr thn lalu ambrol sebagian kmrn hujan deras. di papan tulisnya APBD Kukar 2024 nilai 2,3 M. mohon ditinjau",
    ),
    Case(
        "whatsapp",
        "adpem",
        "pian, jalan usaha tani di desa sumber sari loa kulu kada tuntas, baru 400 m dr 1 km nang di papan, tukang sdh bulik smua 😤",
    ),
    Case(
        "whatsapp",
        "adpem",
        "pak kpn pustu di tanjung limau muara badak selesai? dr maret cuma pondasi, rumput sdh setinggi pinggang",
    ),
    Case(
        "whatsapp",
        "adpem",
        "halo pak saya mau lapor pembangunan gorong gorong di jalan pesut tenggarong sudah dua minggu di gali tidak di tutup tutup semalam ada motor masuk lobang titik tolong di tinjau titik",
    ),
    Case(
        "whatsapp",
        "adpem",
        "📸📸 ini lapangan bola desa jahab yg katanya direhab pemkab, tribun retak rumput mati smua pdhl blm setahun. kualitas apa ini",
    ),
    Case(
        "telegram",
        "adpem",
        "min mau tanya peningkatan jln di desa perjiwa, di papan info katanya sdh selesai 100% tp di lapangan blm diaspal sama sekali. cuma ditimbun batu",
    ),
    Case(
        "telegram",
        "adpem",
        "lapor: tiang PJU yg baru dipasang di poros samboja km 38 sdh miring 3 biji, pondasinya cuma ditimbun tanah",
    ),
    Case(
        "email",
        "adpem",
        "Subjek: bangunan pasar kembang janggut mangkrak\nbangunan pasar desa dikerjakan thn 2023 tp smp skrg dinding blm diplester, kontraktor tdk prnh dtg lg.\npedagang msh jualan di pinggir jln, mohon kejelasan kpn dilanjut",
    ),
    Case(
        "web",
        "adpem",
        "Judul: jln rusak lg\nIsi: jln lingkar dkt simpang 3 bangun rejo br diperbaiki juni skrg aspal ngelupas lg\nsy minta kontraktornya disuruh tanggung jwb masa pemeliharaan",
    ),
    Case(
        "twitter",
        "adpem",
        "jembatan gantung di muhuran kok blm nyambung jg ke seberang pak? katanya anggaran 2024, warga msh nyebrang pake ketinting 🙄 #kukar",
    ),
]

_PBJ = [
    Case(
        "sms",
        "pbj",
        "pak sy rekanan CV dr loa kulu, akun lpse sy terkunci tdk bs login sdh 3 hr pdhl mau ikut paket rehab sekolah",
    ),
    Case(
        "sms",
        "pbj",
        "LELANG MEUBEL KANTOR KECAMATAN DIMENANGKAN PT YG SAMA LG TIAP THN. ADA APA INI",
    ),
    Case(
        "sms",
        "pbj",
        "ulun handak mendaftar jadi penyedia katering gasan kantor2 pemkab, kayapa caranya kah, perlu NIB kah",
    ),
    Case(
        "sms",
        "pbj",
        "sdh kirim sanggah tgl 14 lwt aplikasi blm dijwb smp skrg, paket jln desa muara wis. batas waktunya gmn",
    ),
    Case("sms", "pbj", "lpse mati lg 😡 penawaran tutup jam 10 pagi ini"),
    Case(
        "whatsapp",
        "pbj",
        "Pak mohon maaf, sy pemilik toko ATK di tenggarong. produk sy sdh tayang di katalog elektronik lokal tp blm ada satu pun dinas yg pesan. katanya hrs lewat pejabat pembuat komitmen dulu. mohon penjelasan 🙏",
    ),
    Case(
        "whatsapp",
        "pbj",
        "pak kami ikut tender drainase di sanga sanga, harga kami paling rendah tp digugurkan krn sertifikat badan usaha kada valid, padahal berlaku smp 2026. mau protes kmn",
    ),
    Case(
        "whatsapp",
        "pbj",
        "selamat pagi bapak saya mau tanya masalah el pe es e server nya dari tadi malam eror tidak bisa upload dokumen penawaran padahal penutupan jam sepuluh hari ini tolong pak",
    ),
    Case(
        "whatsapp",
        "pbj",
        "😡😡 pokja nya tdk profesional, pengumuman pemenang paket seragam sekolah ditunda 3x tanpa alasan",
    ),
    Case(
        "whatsapp",
        "pbj",
        "kak sy mau tanya pelatihan utk penyedia baru cara pakai SPSE kpn diadakan lg? sy dr muara jawa blm paham cara input harga",
    ),
    Case(
        "telegram",
        "pbj",
        "Ijin bertanya, verifikasi berkas perusahaan kami sdh 2 minggu status msh 'menunggu verifikasi' di LPSE Kukar. Ada kontak admin yg bs dihubungi?",
    ),
    Case(
        "telegram",
        "pbj",
        "paket penunjukan langsung bibit di kec tabang kyknya dipecah2 biar di bawah 200jt, pemenangnya keluarga pejabat. mohon diperiksa prosesnya",
    ),
    Case(
        "email",
        "pbj",
        "Subjek: keberatan hasil evaluasi\nkami CV Mahakam Jaya Teknik keberatan hasil evaluasi paket rehab gedung SD di loa tebu, nilai teknis kami tdk sesuai.\nmohon salinan BA evaluasinya. trims",
    ),
    Case(
        "web",
        "pbj",
        "Judul: lpse tdk bs dibuka\nIsi: dr kmrn sore halaman lpse kukar loading trus\nsy tdk bs download dokumen pemilihan paket jln desa",
    ),
    Case(
        "twitter",
        "pbj",
        "tender2 di kukar kok pemenangnya itu2 aja ya, br daftar sdh tau siapa yg menang 🤔 transparan dong",
    ),
]

_ORGANISASI = [
    Case(
        "sms",
        "organisasi",
        "urus surat pindah di kec loa janan disuruh bayar 150rb sm petugas loket tanpa kwitansi. itu resmi kah",
    ),
    Case(
        "sms",
        "organisasi",
        "SDH 2 BLN URUS IZIN USAHA DI MPP TENGGARONG BLM JADI2 TIAP DTG DISURUH BALIK MINGGU DPN",
    ),
    Case(
        "sms",
        "organisasi",
        "bpk sy tdk tau syarat apa aja utk legalisir ijazah di dinas pendidikan, tdk ada papan info, tiap petugas beda2 jawabnya",
    ),
    Case(
        "sms",
        "organisasi",
        "antri dr jam 7 di puskesmas muara badak petugas loket blm dtg smp jam 9, pasien tua2 nunggu di luar",
    ),
    Case(
        "sms",
        "organisasi",
        "petugas dinkes minta 300rb gasan uang survei izin PIRT ulun, kada ada kuitansi, kada wani menolak",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "Assalamualaikum. sy mau kasih masukan, kuesioner kepuasan di disdukcapil cuma dikasih ke yg kelihatan puas aja, yg ngomel tdk dikasih. jd hasilnya tdk jujur",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "pak 🙏 maaf ganggu, sy sdh 4x bolak balik ke dinas PU soal surat rekomendasi, tiap dtg pejabatnya dinas luar, tdk ada yg bs gantikan. apa tdk ada SOP nya?",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "halo bapak saya mau mengadu pelayanan di kantor kecamatan tenggarong seberang petugas nya main hp terus kami dicuekin jam dua belas sudah tutup padahal jadwal nya sampai jam tiga",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "urus akta lahir anak sy di capil kok disarankan lewat org dalam ya pak, katanya klo lwt dia 3 hr jadi klo sendiri 1 bln 😔",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "pak aduan sy di dinas perizinan sdh 3 bln 'diproses' tdk ada kabar, no registrasi ADU-0412. kmn lg sy hrs tanya",
    ),
    Case(
        "telegram",
        "organisasi",
        "uji KIR di dishub kukar antri dr subuh, loket br buka jam 10, tdk ada nomor antrian, yg kenal petugas didahulukan",
    ),
    Case(
        "telegram",
        "organisasi",
        "brp lama sih harusnya bikin SKU di kecamatan? sy sdh seminggu blm jadi, tdk ada tertulis di mana2",
    ),
    Case(
        "email",
        "organisasi",
        "Subjek: biaya tambahan di loket\nwaktu ambil KTP el di kantor kec muara kaman, petugas minta uang map 25rb per org.\nmohon dicek apa ada aturannya",
    ),
    Case(
        "web",
        "organisasi",
        "Judul: pelayanan lambat\nIsi: urus berkas pensiun almarhum suami di BKPSDM sdh 6 bln blm selesai\ntiap tanya jawabnya 'masih di meja pimpinan'",
    ),
    Case(
        "twitter",
        "organisasi",
        "pungli di kantor2 pelayanan kukar msh ada aja ya, mau ambil dokumen hrs 'ngerti' dulu 🙃 kpn berubah",
    ),
]

_UMUM = [
    Case(
        "sms",
        "umum",
        "parkir motor di kantor bupati penuh trs krn mobil plat merah parkir di jalur motor. tamu jd parkir di pinggir jln",
    ),
    Case(
        "sms",
        "umum",
        "pak sy mau pinjam ruang rapat lt 2 kantor bupati utk pertemuan kelompok tani tgl 20 bln dpn, caranya gmn",
    ),
    Case(
        "sms",
        "umum",
        "SURAT KAMI DR DESA SEBULU ILIR UTK BUPATI SDH DIANTAR TGL 3 TP KATANYA TDK TERCATAT DI SURAT MASUK. TLG DICEK",
    ),
    Case(
        "sms",
        "umum",
        "mobil plat merah KT 1027 B tiap pagi dipakai antar anak sekolah di tenggarong, itu mobil dinas setda kah",
    ),
    Case("sms", "umum", "wc lobi kantor bupati bau air mati tisu tdk ada 🤢"),
    Case(
        "whatsapp",
        "umum",
        "pian, satpam di pos dpn kantor bupati kasar banar wayah ulun handak masuk ngantar berkas, kada ditakuni baik2 langsung disuruh bulik 😤",
    ),
    Case(
        "whatsapp",
        "umum",
        "assalamualaikum, kami karang taruna loa kulu handak pinjam aula kantor bupati gasan seminar tgl 12 desember, surat sdh masuk 2 minggu blm ada jawaban",
    ),
    Case(
        "whatsapp",
        "umum",
        "pak saya lapor ada atap bocor di ruang tunggu kantor bupati lantai satu air netes ke kursi tamu sudah seminggu belum di perbaiki titik",
    ),
    Case(
        "whatsapp",
        "umum",
        "pak ada innova hitam plat merah sdh 2 bln nongkrong di halaman kantor bupati ban kempes penuh debu, kenapa tdk dirawat 🚗",
    ),
    Case(
        "whatsapp",
        "umum",
        "mau tanya no agenda surat kami utk bupati, dikirim lwt pos tgl 2 okt dr koperasi nelayan muara jawa. mau lacak sdh sampai blm",
    ),
    Case(
        "telegram",
        "umum",
        "Min, lampu parkiran belakang kantor bupati mati smua, malam2 gelap. kmrn helm tmn sy raib",
    ),
    Case(
        "telegram",
        "umum",
        "mohon info cara pinjam bus pemkab utk rombongan peserta MTQ dr muara badak ke samarinda tgl 8",
    ),
    Case(
        "email",
        "umum",
        "Subjek: surat permohonan data\nkami kirim surat permohonan data penelitian ke setda lwt email tgl 5 nov, blm ada tanda terima.\nmohon konfirmasi apa sdh diregistrasi",
    ),
    Case(
        "web",
        "umum",
        "Judul: kebersihan halaman\nIsi: sampah daun & botol numpuk di halaman dpn kantor bupati sdh bbrp hr\ngot dpn mushola kantor jg mampet bau",
    ),
    Case(
        "twitter",
        "umum",
        "ke kantor bupati kukar parkiran penuh mobil pribadi pegawai, tamu disuruh parkir di jln raya panas2 😑 #tenggarong",
    ),
]

_PROKOM = [
    Case(
        "sms",
        "prokom",
        "pak sy ketua nelayan muara pantuan mau ketemu pak bupati lgsg, sdh 3x ke kantor blm dpt jadwal",
    ),
    Case(
        "sms",
        "prokom",
        "MOHON BPK BUPATI BS HADIR DI PESTA PANEN DESA BANGUN REJO TGL 27 OKT. UNDANGANNYA SDH KAMI TITIP",
    ),
    Case(
        "sms",
        "prokom",
        "sy wartawan media online mau konfirmasi ucapan pak bupati di acara kmrn, humas tdk angkat tlp",
    ),
    Case(
        "sms",
        "prokom",
        "ulun handak betakun, acara hari jadi kota tenggarong di stadion tu dibuka gasan warga kah atau yg diundang ja",
    ),
    Case(
        "sms",
        "prokom",
        "ig resmi bupati kok komen warga dihapus2, sy cm nanya soal jln rusak. tdk boleh kritik kah",
    ),
    Case(
        "whatsapp",
        "prokom",
        "Assalamualaikum pak 🙏 kami pengurus masjid al ikhlas loa duri ilir handak minta pak bupati meresmikan masjid tgl 15 desember, kayapa cara ngajukannya",
    ),
    Case(
        "whatsapp",
        "prokom",
        "pak di video sambutan bupati yg diupload akun pemkab kmrn nama desa kami salah sebut, Kedang Ipil jd Kendang Ipil, tlg diralat 🙏",
    ),
    Case(
        "whatsapp",
        "prokom",
        "selamat sore bapak kami dari paguyuban mahasiswa kutai di jogja ingin bertemu bapak bupati waktu beliau kunjungan ke jogja bulan depan apakah bisa di jadwalkan tanda tanya",
    ),
    Case(
        "whatsapp",
        "prokom",
        "bang sy dr media lokal, knp kami tdk prnh diundang konpers pemkab? yg diundang itu2 aja 😒",
    ),
    Case(
        "whatsapp",
        "prokom",
        "pak tlg bantu, undangan kami utk pak wabup di wisuda TPA se kec muara kaman tgl 3 blm ada konfirmasi hadir/tdk, acara tinggal 5 hr",
    ),
    Case(
        "telegram",
        "prokom",
        "Min, foto di rilis berita pemkab soal kunjungan ke kenohan itu foto thn lalu, bukan kegiatan kmrn. tlg diperbaiki biar tdk jd hoaks",
    ),
    Case(
        "telegram",
        "prokom",
        "mau tanya jadwal open house bupati pas lebaran thn ini, thn lalu kami rombongan dr tabang dtg tp acaranya sdh bubar",
    ),
    Case(
        "email",
        "prokom",
        "Subjek: mohon wawancara bupati\nsy dr redaksi tabloid Etam Pos minta waktu wawancara 30 menit dgn bpk bupati soal program 2025.\nbisa minggu ke 2 nov? trims",
    ),
    Case(
        "web",
        "prokom",
        "Judul: penataan tamu upacara\nIsi: di upacara HUT RI di stadion rondong demang tokoh adat yg diundang tdk dpt kursi, berdiri 2 jam\nmohon diperhatikan thn dpn",
    ),
    Case(
        "twitter",
        "prokom",
        "min akun resmi pemkab kukar kok diem aja soal banjir kota bangun, infonya telat bgt, warga cari info di grup fb 🙄",
    ),
]

_PERENCANAAN_KEUANGAN = [
    Case(
        "sms",
        "perencanaan_keuangan",
        "pak tagihan katering rapat di setda bln agustus 18jt blm dibyr smp skrg. sy usaha kecil modal habis",
    ),
    Case(
        "sms",
        "perencanaan_keuangan",
        "TPP KAMI STAF SETDA BLN SEPTEMBER BLM MASUK, DINAS LAIN SDH. KENAPA",
    ),
    Case(
        "sms", "perencanaan_keuangan", "pak sekda tlg 🙏 sy honorer di setda, honor 3 bln blm cair"
    ),
    Case(
        "sms",
        "perencanaan_keuangan",
        "uang perjalanan dinas ke jakarta tgl 10-13 juni blm diganti, sdh talangin pake uang pribadi 6jt",
    ),
    Case(
        "sms",
        "perencanaan_keuangan",
        "ulun pemilik percetakan di tenggarong, nota cetak gasan acara setda bulan juli kada dibayar2, disuruh nunggu SPJ",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "pak maaf sy pegawai kontrak di setda, gaji bln ini dipotong 300rb tanpa penjelasan. ke siapa sy tanya ya 🙏",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "Assalamualaikum pak, sy narasumber bimtek di setda tgl 22 agustus, honor blm diterima, katanya nunggu tanda tangan bendahara",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "selamat siang bapak saya mau tanya klaim sppd kami ke samarinda bulan lalu kenapa di kembalikan katanya berkas kurang padahal sudah lengkap semua kwitansi hotel",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "bu bendahara setda susah bgt dihubungi 😭 sewa tenda & sound acara 17 agustus blm lunas, kurang 12,5jt",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "pak mau tanya uang lembur staf setda yg jaga waktu erau kmrn kpn cair? sdh 2 bln",
    ),
    Case(
        "telegram",
        "perencanaan_keuangan",
        "Ijin, laporan pertanggungjawaban kegiatan kami ditolak 2x oleh verifikator setda tanpa catatan jelas. Mohon petunjuk format yg benar",
    ),
    Case(
        "telegram",
        "perencanaan_keuangan",
        "pak invoice kami no INV-0917 utk ATK setda sdh diserahkan 14 okt, barang sdh BAST, kpn ditransfer",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Subjek: tunggakan pembayaran\nCV kami sdh selesai servis AC ruang rapat setda bln juni, tagihan 9.750.000 blm dibayar.\nmohon info jadwal pembayarannya",
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        "Judul: TPP tdk sesuai\nIsi: TPP sy bln oktober cm masuk setengah pdhl absen lengkap\nsy staf setda kukar, mohon dicek hitungannya",
    ),
    Case(
        "twitter",
        "perencanaan_keuangan",
        "setda kukar tlg dong bayar tagihan vendor kecil, kerja dr juli duitnya blm ada, pdhl buat gaji karyawan 😩 #kukar",
    ),
]

CASES = [
    *_PEMERINTAHAN,
    *_KESRA,
    *_HUKUM,
    *_KERJASAMA,
    *_PEREKONOMIAN,
    *_SDA,
    *_ADPEM,
    *_PBJ,
    *_ORGANISASI,
    *_UMUM,
    *_PROKOM,
    *_PERENCANAAN_KEUANGAN,
]
