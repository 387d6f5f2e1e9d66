# ruff: noqa: E501
"""Second blind set for issue 16, written 2026-12-06: harder, in the voice of Kukar citizens.

Written on 2026-12-06 by a writer who had NOT read the rules: not config.yaml, not routing/, not
tests/routing/ (except blind_2026_12_06.py, for its file format only), not docs/routing.md, and
who never ran the router. Worktree commit at the time of writing: 5aeba30 (branch s3/blind).
Each case is labelled only from the mandates in /work/shared/SECTIONS.md: the section whose
mandate covers what the writer ASKS FOR, not the section whose words appear.

Different in style from the first blind set: informal Indonesian mixed with Kutai, Banjar and
Javanese words (ulun, pian, nyawa, kada, mun, gin, bubuhan, wan, lawas, handak, kawa), typos,
missing spaces, ALL CAPS, emoji, English code-mixing; and deliberately the error kinds issue 16
lists: words out of context (Simpang Pasar, Jalan Masjid, Gang Kantor Pos, Perumahan Korpri,
"gaskeun", "kaya lelang"), paraphrase without the keyword ("tabung melon", "si hijau 3 kilo",
"batu hitam", "bantuan perusahaan ke kampung", "duit kuliah dari pemkab", "langgar"), topic
competition (a Secretariat vendor's unpaid invoice naming a project, CSR naming a mine, wages of
Perusda staff, neighbourhood dues, a Perda about markets, a Perbup about TPP), letters addressed
to the Bupati about something else, negation and contrast ("bukan soal tender, tapi ...",
"sudah lunas", "tidak ada hubungannya dengan ...").

180 cases, 15 per section (pemerintahan, kesra, hukum, kerjasama, perekonomian, sda, adpem,
pbj, organisasi, umum, prokom, perencanaan_keuangan). Per channel: email 48 (4 per section),
whatsapp 36 (3 per section), sms 24, telegram 24, twitter 24, web 24 (2 per section each).
Places are real Kukar districts and villages; people, numbers and companies are fictional.

Scored ONCE, blind, on 2026-12-06 at 21:20 UTC with the rules of main 8b7353b (this file
committed as 1e608c8), `aduan rules check --dataset` on its cases: 172/180 correct = 95.6%
(Wilson 95% interval 91.5%-97.7%), 0 fallbacks. Per channel: email 43/48 (89.6%, below the
issue's 90% bar for email), sms 23/24, telegram 24/24, twitter 23/24, web 24/24, whatsapp 35/36.
The eight errors (expected -> got):
- email, "dapat duit kuliah dari pemkab ... kadada masuk ke rekening": kesra -> kerjasama
  (no scholarship word; "kerja sama" read from the text);
- twitter, "bantuan dana pendidikan mahasiswa ... blm cair2": kesra -> perencanaan_keuangan
  ("belum dibayar" read as a bill);
- email, "tidak ada hubungannya dengan izin tambang ... program CSR ... sumur bor": kerjasama ->
  sda (the negated mine counted);
- email, "pasar baru ... tidak ada masalah dengan proyeknya ... pembagian kios dan lapak":
  perekonomian -> adpem (the negated project counted);
- whatsapp, "gas melon ... kaya lelang aja": perekonomian -> pbj ("lelang" as a simile);
- email, "Kelompok Tani ... bantuan hand traktor ... bukan bantuan sosial atau hibah": sda ->
  kesra (the negated "bantuan sosial" counted);
- sms, "smenisasi jln masjid rt 9 ... brenti stgh jln": adpem -> kesra (the street's name read
  as religion; "smenisasi" is a typo of semenisasi);
- email, "bukan soal lelangnya; tender ... sudah selesai ... pembayaran termin kedua":
  perencanaan_keuangan -> pbj (the negation covers "lelang", not the "tender" after it).
Since this score it is a TUNING set; the next unbiased estimate needs a new blind set.
"""

from __future__ import annotations

from tests.routing.case import Case

_PEMERINTAHAN = [
    Case(
        "email",
        "pemerintahan",
        "Nomor     : 07/TIM-CKD2/XI/2026\nLampiran  : 1 (satu) berkas\nPerihal   : Keberatan atas penghitungan suara Pilkades Desa Sebelimbingan\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\ndi -\nTENGGARONG\n\nAssalamualaikum wr. wb.\n\nDengan hormat,\nKami tim pemenangan calon kepala desa nomor urut 2 Desa Sebelimbingan, Kec. Kota Bangun, menyampaikan keberatan atas hasil penghitungan suara tgl 22 Nov 2026. Di TPS 3 ada 41 surat suara coblos tembus yang dinyatakan tidak sah tanpa rapat pleno, dan kotak suara TPS 1 sempat dibawa pulang oleh panitia malam itu. Kami mohon panitia tingkat kabupaten memeriksa ulang sebelum calon terpilih dilantik.\n\nDemikian surat keberatan ini kami sampaikan, atas perhatian Bapak diucapkan terima kasih.\n\nWassalamualaikum wr. wb.\n\nSebelimbingan, 25 November 2026\nKetua Tim,\n\nttd\n\nRUSDIANSYAH\n\nTembusan:\n1. Camat Kota Bangun\n2. Ketua BPD Desa Sebelimbingan\n3. Arsip",
    ),
    Case(
        "email",
        "pemerintahan",
        "Kepada Yth. Bapak Bupati Kukar\ndi Tenggarong\n\nAssalamualaikum pak,\nsebelumnya ulun ucapkan terima kasih jalan semenisasi di RT kami sudah selesai bagus, bubuhan warga senang. Pengajian akbar bulan kemarin juga ramai. Tapi ada satu hal yang bikin warga RT 31 bingung lawas sudah: kami ini masuk Kelurahan Loa Ipuh atau Desa Bukit Biru? KTP sebagian ikut kelurahan, sebagian ikut desa, waktu pemilu kemarin gin ada yang kada dapat undangan nyoblos. Mohon pemkab tetapkan batasnya yang sah dan pasang patok.\n\nDemikian pak, terima kasih.\n\nHormat ulun,\nAbdul Gani\nKetua RT 31 (sementara)\nHP 0812-55xx-xx31",
    ),
    Case(
        "email",
        "pemerintahan",
        "---------- Forwarded message ---------\nDari: Sekretaris Desa Muara Kaman Ulu <sekdes.mkulu@gmail.com>\nDate: Sen, 16 Nov 2026 09.12\nSubject: PAW anggota BPD\nTo: kantor camat muara kaman\n\nSelamat pagi pak camat, usulan pergantian antar waktu dua anggota BPD kami (satu meninggal, satu pindah ke Samarinda) sudah kami kirim dari bulan Juli. Sampai sekarang SK peresmiannya belum terbit sehingga BPD tidak kuorum dan APBDes 2027 tidak bisa dibahas.\n---------- \n\nYth. admin pengaduan Kukar, kami teruskan email ini karena dari kecamatan katanya sudah diteruskan ke kabupaten. Mohon dibantu SK peresmian PAW BPD nya. Trims.\n\nSekdes Muara Kaman Ulu",
    ),
    Case(
        "email",
        "pemerintahan",
        "Subject: Re: Re: pj kades jonggon\n\nmaaf pak balas lagi. desa kami (Jonggon Jaya, Loa Kulu) sudah 2 tahun lebih dipimpin PJ kades dari kecamatan yang datang seminggu sekali. kapan pilkades antar waktu dilaksanakan? warga mau pilih kades definitif sendiri.\n\nsalam\nWagiman\n\n> Pada 2 Nov 2026, Admin Pengaduan menulis:\n> Terima kasih, aduan Bapak sudah kami terima dengan nomor tiket ADU-2026-11-0441.\n> Mohon kesediaannya menunggu tindak lanjut.",
    ),
    Case(
        "sms",
        "pemerintahan",
        "kades muara wis kd prnh ngantor lawas sdh,surat pindah ulun kd kawa diteken.tlg tegur sidin",
    ),
    # Village-boundary land, not a private inheritance case (negated "tanah warisan").
    Case(
        "sms",
        "pemerintahan",
        "BKN soal tanah warisan pak.patok batas desa sungai meriam wan desa anggana hilang,kebun warga jd rebutan 2 desa",
    ),
    # Gang Kantor Pos is a street name; the request is the RT election.
    Case(
        "whatsapp",
        "pemerintahan",
        "assalamualaikum pian. ulun warga RT 12 Gang Kantor Pos Tenggarong. ketua RT kami meninggal 3 bulan lalu 🙏 sampai wayah ini kada ada pemilihan RT baru, lurah bilang tunggu aja. kaya apa aturannya?",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "Pak ketua RT 05 Simpang Pasar Loa Kulu kada mau tanda tangan surat pengantar ulun gara2 beda pilihan waktu pileg 😡 padahal ulun sudah bayar iuran. mohon lurah/kades tegur RTnya",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "min mau nanya dong, syarat jadi calon kades tuh umur minimal brp? trs harus tinggal di desa itu brp tahun? aku di desa Tani Aman Loa Janan, tahun depan kan pilkades 🙏🙏",
    ),
    # Neighbourhood dues: the ask is supervision of the RT by the kelurahan, not a counter levy.
    Case(
        "telegram",
        "pemerintahan",
        "iuran RT di perumahan kami 25rb/bln sdh 3 thn kada pernah dibuka laporannya. ketua RT kd mau rapat warga. kami minta kelurahan panggil ketua RT dan adakan pemilihan ulang",
    ),
    Case(
        "telegram",
        "pemerintahan",
        "Dusun Sumber Rejeki handak mekar jadi desa sendiri, KK sdh 400an. syaratnya apa aja dan proposalnya dikirim kemana? camat suruh tanya kabupaten",
    ),
    Case(
        "twitter",
        "pemerintahan",
        "@kukarkab warga km 13 loa janan ni ikut kukar apa samarinda sih?? ktp tetangga kukar, ktp aku samarinda, rumah sebelahan 🙃 tolong tegasin batas wilayahnya",
    ),
    Case(
        "twitter",
        "pemerintahan",
        "pilkades serentak kukar diundur LAGI?? udh 2x ditunda, desa kami di kembang janggut kosong kades definitif hampir 2 thn #pilkades #kukar",
    ),
    Case(
        "web",
        "pemerintahan",
        "sy kaur keuangan desa di kec. tabang diberhentikan kades sepihak tanpa rekomendasi camat, penggantinya ponakan beliau. mohon dicek prosedur pemberhentian perangkat desa",
    ),
    Case(
        "web",
        "pemerintahan",
        "APBDes desa kami (Desa Bukit Pariaman, Tenggarong Seberang) kd pernah dipasang di papan informasi. waktu ditanya kades malah marah2. minta kabupaten bina kades kami",
    ),
]

_KESRA = [
    Case(
        "email",
        "kesra",
        "Nomor    : 021/TKM-AT/X/2026\nLampiran : 1 (satu) bundel proposal + RAB\nPerihal  : Permohonan bantuan rehabilitasi masjid\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\ndi -\nTenggarong\n\nAssalamualaikum warahmatullahi wabarakatuh,\n\nDengan hormat, kami pengurus Takmir Masjid At-Taqwa RT 04 Kelurahan Muara Jawa Ulu menyampaikan bahwa kubah dan atap masjid kami rusak berat sejak angin kencang Agustus lalu, air hujan masuk sampai ke tempat imam. Swadaya jamaah baru terkumpul Rp 38 juta dari kebutuhan Rp 215 juta. Bersama ini kami mohon kiranya Bapak berkenan memberikan bantuan rumah ibadah dari Pemkab tahun 2027.\n\nDemikian permohonan ini, atas perhatian dan bantuannya kami ucapkan terima kasih. Jazakumullah khairan katsiran.\n\nKetua Takmir,            Sekretaris,\n\nH. Syahrani              M. Noor\n\nMengetahui,\nLurah Muara Jawa Ulu",
    ),
    # "duit kuliah dari pemkab" paraphrases the regency scholarship.
    Case(
        "email",
        "kesra",
        "Yth bapak ibu di pemkab,\n\nanak ulun kuliah semester 5 di Unmul, tahun lalu dapat duit kuliah dari pemkab 6 juta per semester. semester ini sudah setor berkas lengkap di bulan Agustus tapi sampai Desember kadada masuk ke rekening, padahal kawan2nya sekampus dari kukar sudah ada yang terima. apakah nama anak ulun dicoret? mohon dicek.\n\nNIM 2107xxxx11, atas nama Nur Aisyah, asal Desa Loa Lepu, Tenggarong Seberang.\n\nterima kasih\nSitti Rahmah (ibunya)",
    ),
    # Contrast: not a road project, the ask is a grant for a church.
    Case(
        "email",
        "kesra",
        "Kepada Yth. Bapak Bupati Kutai Kartanegara\n\nSalam sejahtera,\nKami majelis jemaat GPdI Tabang. Kami bukan minta proyek jalan atau jembatan, itu sudah sering diusulkan lewat musrenbang. Yang kami mohon adalah bantuan untuk gedung gereja kami yang dindingnya lapuk dimakan rayap dan atapnya bocor; tiap Minggu jemaat 120 orang beribadah dengan ember di lantai. Proposal sudah kami antar bulan Mei tapi belum ada kabar.\n\nDemikian, terima kasih. Tuhan memberkati.\n\nPdt. Yohanes L.\nKetua Majelis",
    ),
    # Religious teachers' incentives, not pay of Secretariat staff.
    Case(
        "email",
        "kesra",
        "Fwd: insentif guru TPA\n\n----- Pesan terusan -----\nDari: Kantor Desa Loa Kulu Kota\n'Untuk insentif guru ngaji/TPA silakan ditanyakan langsung ke kabupaten karena bukan dari dana desa.'\n-----\n\nAssalamualaikum. Kami 14 guru TPA se-Kelurahan Loa Kulu Kota belum menerima insentif guru ngaji dari kabupaten sejak Januari 2026, jadi sudah 11 bulan. Dari desa bilang bukan urusan desa, dari kecamatan bilang tunggu. Kami mohon kejelasan kapan insentif tahun 2026 dibayarkan dan apakah nama kami masih terdaftar.\n\nWassalam,\nUstadzah Mardiana\nKoordinator TPA Al-Hidayah",
    ),
    Case(
        "sms",
        "kesra",
        "insentif marbot wan guru ngaji kec kenohan thn 2026 blm cair kah?ulun marbot mesjid desa teluk muda",
    ),
    Case(
        "sms",
        "kesra",
        "jadwal manasik haji kab kukar utk jemaah brgkt 2027 kpn y?ortu sy dr muara badak blm dpt info",
    ),
    Case(
        "whatsapp",
        "kesra",
        "assalamualaikum, kafilah MTQ kec. muara kaman yg juara 2 tilawah remaja di MTQ kabupaten kemarin sampai skrg blm terima uang pembinaan yg dijanjikan 🙏 sudah 4 bulan pak",
    ),
    Case(
        "whatsapp",
        "kesra",
        "pian, proposal hibah majelis taklim Nurul Iman kami ditolak, alasannya kd jelas. padahal sdh terdaftar di kemenag dan ada akta. bisa kah diajukan ulang thn depan?",
    ),
    # "langgar" is a small prayer house: a house-of-worship grant.
    Case(
        "whatsapp",
        "kesra",
        "langgar kami di RT 4 Sebulu Ulu atapnya ambruk kena pohon tumbang 😢 bubuhan warga kd kawa bangun sorangan. handak minta bantuan pemkab kaya apa caranya?",
    ),
    Case(
        "telegram",
        "kesra",
        "daftar penerima bantuan biaya pendidikan mahasiswa S1 dari pemkab tahap 2 diumumkan di mana? link yg di grup katanya hoax",
    ),
    Case(
        "telegram",
        "kesra",
        "kelompok kesenian tingkilan kami di Kota Bangun handak mengajukan hibah alat musik gambus wan ketipung. proposal hibah kelompok masyarakat tu dibuka bulan apa?",
    ),
    Case(
        "twitter",
        "kesra",
        "tiap tahun masjid di kota dpt bantuan rumah ibadah, gereja kami di desa kd pernah 1x pun. adil kah @kukarkab 🙏 #kukar",
    ),
    Case(
        "twitter",
        "kesra",
        "bantuan dana pendidikan mahasiswa kukar semester ganjil blm cair2 min, UKT udh jatuh tempo 😭😭 #kukaridaman",
    ),
    Case(
        "web",
        "kesra",
        "Om Swastyastu. Kami pengurus Pura Giri Jaya Desa Kerta Buana, Kec. Tenggarong Seberang, mohon info syarat bantuan renovasi pura dari pemkab. Candi bentar kami retak.",
    ),
    Case(
        "web",
        "kesra",
        "yayasan panti asuhan kami di loa janan sdh tanda tangan NPHD hibah bulan juni tp dana hibah blm ditransfer sampai desember. anak2 panti 37 orang",
    ),
]

_HUKUM = [
    # Legal aid to citizens; the plantation is the other party, not the request.
    Case(
        "email",
        "hukum",
        "Kepada Yth.\nBapak Bupati Kutai Kartanegara\nJl. Wolter Monginsidi No. 1, Tenggarong\n\nPerihal: Permohonan bantuan hukum bagi warga tidak mampu\n\nDengan hormat,\nKami 9 KK warga Dusun Tanjung Harapan, Desa Sungai Seluang, Kec. Samboja, menerima somasi dari sebuah perusahaan perkebunan yang mengklaim tanah rumah kami sebagai HGU dan meminta kami membongkar rumah dalam 14 hari. Kami petani kecil dan tidak sanggup membayar pengacara. Kami memohon bantuan hukum cuma-cuma dari Pemerintah Kabupaten untuk mendampingi kami menghadapi somasi dan kemungkinan gugatan.\n\nDemikian, terima kasih.\n\nHormat kami,\nJumadi (perwakilan warga)\nLampiran: fotokopi somasi, SKT, KTP",
    ),
    Case(
        "email",
        "hukum",
        "Yth. Setda Kukar,\n\nDinas kami digugat oleh mantan tenaga kontrak ke PTUN Samarinda atas keputusan pemutusan kontrak. Sidang pertama tanggal 14 Desember 2026. Kami mohon pendampingan dan telaah hukum dari Setda, termasuk penunjukan kuasa hukum untuk mewakili Kepala Dinas.\n\nTerima kasih atas kerja samanya.\n\nSubbag Umum dan Kepegawaian\nDinas Ketahanan Pangan Kab. Kukar",
    ),
    # Comment on a Perda draft; markets are only its subject.
    Case(
        "email",
        "hukum",
        "Kepada Yth. Bapak Bupati Kukar\n\nSalam, kami paguyuban pedagang Pasar Tangga Arung. Kami dengar Raperda Pengelolaan Pasar Rakyat sedang dibahas dengan DPRD. Kami mohon naskah rancangannya dibagikan dan pedagang diundang uji publik, karena pasal tentang pencabutan hak pakai kios kami nilai terlalu berat (tiga kali telat bayar langsung dicabut). Usulan perubahan pasal kami lampirkan.\n\nDemikian dan terima kasih.\nKetua Paguyuban,\nH. Bakri",
    ),
    # Asks for the text of a Perbup; its subject (TPP) is only the topic.
    Case(
        "email",
        "hukum",
        "Subject: Perbup TPP 2026 tidak ada di JDIH\n\nSelamat siang. Saya mencari Peraturan Bupati tentang pemberian tambahan penghasilan pegawai tahun 2026 di website JDIH Kukar, tapi yang tampil masih Perbup 2023 dan file PDF-nya gagal diunduh. Mohon salinan Perbup terbaru diunggah atau dikirim ke email ini, untuk keperluan skripsi saya.\n\nTerima kasih,\nDimas (mahasiswa hukum)\n\n> On Tue, 24 Nov 2026 jdih-bot wrote:\n> Dokumen tidak ditemukan.",
    ),
    Case(
        "sms",
        "hukum",
        "ulun kena tipu jual beli tanah,duit 80jt hilang.ada kah bantuan pengacara gratis dr pemkab kukar utk org kd mampu",
    ),
    Case(
        "sms",
        "hukum",
        "perbup jam malam pelajar tu sdh berlaku kah?isinya apa aja,mau ulun tunjukkan ke anak2",
    ),
    Case(
        "whatsapp",
        "hukum",
        "pian, tanah kakek ulun dipakai bangun SD negeri sejak 1998 kada pernah diganti rugi, ada surat segelnya. handak menggugat pemkab kaya apa caranya? atau ada jalur damai dulu kah?",
    ),
    Case(
        "whatsapp",
        "hukum",
        "Perda kawasan tanpa rokok kukar udh disahkan belum sih? mau kutempel di sekolah tp cari di google ga nemu 🙏",
    ),
    Case(
        "whatsapp",
        "hukum",
        "min, rancangan perda ttg pengendalian minuman beralkohol kapan uji publiknya? ormas kami mau kasih masukan pasal2nya 📝",
    ),
    Case(
        "telegram",
        "hukum",
        "website jdih kukar sdh seminggu error 503, kami notaris perlu cek perbup ttg BPHTB. ada salinan lain kah?",
    ),
    # A lawsuit the regency lost; "pasar" is only where the land is.
    Case(
        "telegram",
        "hukum",
        "pemkab kan kalah di PN tenggarong soal lahan bangunan pasar di desa kami thn lalu, putusan sdh inkracht. kapan ganti ruginya dieksekusi? pengacara kami sdh kirim surat",
    ),
    Case(
        "twitter",
        "hukum",
        "JDIH kukar down trs, mau cari perbup doang susahnya minta ampun 😤 @kukarkab",
    ),
    Case(
        "twitter",
        "hukum",
        "perda RTRW kukar yg baru kpn diupload sih? mau cek lahan kami di muara jawa masuk zona apa #RTRW",
    ),
    Case(
        "web",
        "hukum",
        "Kami UPT Puskesmas Sebulu menerima somasi dari keluarga pasien yang menuntut ganti rugi Rp 500 juta. Mohon konsultasi hukum dan pendampingan dari Pemkab.",
    ),
    Case(
        "web",
        "hukum",
        "usul utk raperda pengakuan masyarakat hukum adat: mohon komunitas adat Dayak Kenyah di Tabang dilibatkan dlm penyusunan naskah akademiknya",
    ),
]

_KERJASAMA = [
    Case(
        "email",
        "kerjasama",
        "Nomor    : 118/UN-KT/LPPM/XI/2026\nLampiran : 1 (satu) draf naskah\nPerihal  : Perpanjangan Nota Kesepahaman\n\nKepada Yth.\nBupati Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nNota Kesepahaman antara Pemerintah Kabupaten Kutai Kartanegara dan universitas kami tentang penelitian, KKN tematik dan pengabdian masyarakat berakhir 31 Desember 2026. Bersama ini kami sampaikan draf perpanjangan untuk lima tahun ke depan dan mohon dapat dijadwalkan pembahasannya.\n\nDemikian, atas perhatian Bapak kami sampaikan terima kasih.\n\nKetua LPPM,\n\nDr. Ir. Hendra S., M.Si.",
    ),
    # Company aid to the village (paraphrase of CSR); not a fisheries aid request.
    Case(
        "email",
        "kerjasama",
        "Yth Bapak Bupati\n\nkami nelayan Desa Tanjung Limau, Muara Badak. tiap tahun perusahaan migas di sini bilang ada bantuan perusahaan ke kampung, tahun ini katanya 40 unit mesin ketinting wan jaring. tapi yang dapat cuma keluarga perangkat desa wan orang yang kenal humas perusahaan, bubuhan nelayan di RT 06 RT 07 kadada sama sekali. mohon pemkab yang mengatur supaya pembagian bantuan perusahaan itu adil dan daftarnya dibuka.\n\nterima kasih\nAmbo Dalle\nketua kelompok nelayan Bina Laut",
    ),
    # CSR promised by a mining company; explicitly not about the permit.
    Case(
        "email",
        "kerjasama",
        "Kepada Yth. Bapak Bupati Kutai Kartanegara\nc/q instansi terkait\n\nDengan hormat,\nSurat ini tidak ada hubungannya dengan izin tambang atau debu batubara, itu sudah kami laporkan terpisah ke dinas. Yang kami tanyakan: tahun 2024 perusahaan tambang di Desa Kertabuana menandatangani berita acara dengan desa untuk membangun sumur bor dan tandon air bersih sebagai program CSR. Sampai sekarang baru tandonnya yang datang, sumurnya tidak dibor. Mohon pemkab menagih janji program tanggung jawab sosial tersebut.\n\nDemikian, terima kasih.\nBPD Desa Kertabuana",
    ),
    Case(
        "email",
        "kerjasama",
        "Dear Sir/Madam,\n\nPT Surya Terang Nusantara (solar lighting company, Balikpapan) would like to propose a partnership with Pemkab Kukar: kami ingin menyalurkan program TJSL berupa 300 titik lampu jalan tenaga surya untuk desa-desa di pesisir Anggana dan Muara Jawa, dengan skema perjanjian kerja sama tiga tahun. Mohon info unit yang menangani dan format perjanjiannya.\n\nBest regards,\nRina Kartika\nCSR Manager",
    ),
    Case(
        "sms",
        "kerjasama",
        "dana csr tmbang utk desa kami thn ini dibagi kmn sj?kd sampai ke rt kmi,pdhl kmi ring 1",
    ),
    Case(
        "sms",
        "kerjasama",
        "mou pemkab kukar dgn unikarta soal magang mhs msh berlaku kah?kmpus blg tunggu perpanjangan",
    ),
    # Oil-palm company's community programme: CSR distribution, not plantation impact.
    Case(
        "whatsapp",
        "kerjasama",
        "perusahaan sawit di desa kami janji bangun posyandu wan lapangan voli buat kampung sebagai program CSR, tanda tangan di balai desa 2025. sampai wayah ini kadada 😑 siapa di pemkab yg bisa nagih?",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "bubuhan nelayan sepatin (anggana) kd dpt bantuan dari program CSR perusahaan tahun ini, yg dpt malah org darat 🙄 minta datanya dibuka",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "perjanjian kerja sama kukar wan samarinda soal pembuangan sampah ke TPA di wilayah kukar tu sdh diperpanjang blm? katanya habis thn ini, isinya bisa dilihat warga kah",
    ),
    Case(
        "telegram",
        "kerjasama",
        "forum CSR kabupaten kapan rapat lg? perusahaan kami baru beroperasi di sebulu dan mau menyalurkan TJSL sesuai arahan pemkab",
    ),
    Case(
        "telegram",
        "kerjasama",
        "kampus kami (politeknik swasta di Samarinda) mau ajukan perjanjian kerja sama penelitian dgn pemkab kukar. alurnya gimana ya, naskahnya diajukan ke siapa?",
    ),
    Case(
        "twitter",
        "kerjasama",
        "CSR perusahaan batu bara cuma buat pasang baliho doang, kampung ring 1 ga kebagian apa2. pemkab pernah audit ga? #CSR #kukar",
    ),
    Case(
        "twitter",
        "kerjasama",
        "katanya pemkab kukar teken MoU sama kampus di luar negeri, isinya apa? bisa dibaca publik ga min @kukarkab",
    ),
    Case(
        "web",
        "kerjasama",
        "Desa kami (Desa Bakungan, Loa Janan) berada di sekitar 3 perusahaan tetapi tidak pernah masuk daftar penerima program TJSL. Mohon desa kami dimasukkan dalam pemetaan penerima CSR tahun 2027.",
    ),
    # The ask is how company aid is distributed, not the village head's conduct.
    Case(
        "web",
        "kerjasama",
        "bantuan dari perusahaan batubara untuk kampung dibagi kades tanpa musyawarah, sebagian warga kd dapat. mohon pemkab atur ulang penyaluran bantuan perusahaan ke masyarakat supaya terbuka",
    ),
]

_PEREKONOMIAN = [
    Case(
        "email",
        "perekonomian",
        "Nomor    : 012/RT.05/XI/2026\nLampiran : -\nPerihal  : Kelangkaan tabung melon\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\ndi -\nTenggarong\n\nDengan hormat,\nKami sampaikan bahwa di Desa Kembang Janggut sudah tiga minggu gas melon tidak masuk ke pangkalan. Kalau ada di pengecer harganya Rp 50.000 sampai Rp 60.000 per tabung, padahal HET jauh di bawah itu. Ibu-ibu kembali memasak pakai kayu. Mohon Bapak memerintahkan agar pasokan ke kecamatan kami ditambah dan pengecer ditertibkan.\n\nDemikian disampaikan, terima kasih.\n\nKetua RT 05\n\nSyamsul B.",
    ),
    # Wages of a regional enterprise's staff, not Secretariat staff.
    Case(
        "email",
        "perekonomian",
        "Yth. Bapak Bupati dan Sekda Kukar,\n\nKami 23 karyawan Perusda milik Kabupaten Kutai Kartanegara sudah 4 bulan (Agustus s.d. November 2026) belum menerima gaji. Direksi bilang kas perusahaan kosong karena piutang belum tertagih. Kami mohon pemkab sebagai pemilik turun tangan membenahi manajemen perusda dan memastikan hak karyawan dibayar.\n\nHormat kami,\nPerwakilan karyawan\n(nama dirahasiakan)",
    ),
    Case(
        "email",
        "perekonomian",
        "---------- Forwarded message ---------\nFrom: Kelompok UMKM Amplang Bahari <amplangbahari@yahoo.co.id>\nSubject: pameran produk\n\nBu, kami 12 pelaku usaha amplang wan kerupuk ikan di Muara Badak ingin ikut pameran produk UMKM tingkat provinsi tapi tidak ada yang memfasilitasi stan dan kemasan. Tahun lalu katanya ada pendampingan UMKM dari kabupaten tapi kami tidak dapat info.\n----------\n\nYth admin, ini kami teruskan pesan kelompok binaan kami. Mohon infonya program pendampingan UMKM tahun 2027.\n\nSalam,\nPendamping desa Muara Badak Ulu",
    ),
    # Contrast: the building project is fine; the ask is stall allocation in the market.
    Case(
        "email",
        "perekonomian",
        "Kepada Yth. Bapak Bupati Kukar\n\nAssalamualaikum. Bangunan pasar baru di Loa Kulu sudah bagus, kami tidak ada masalah dengan proyeknya. Masalahnya pembagian kios dan lapak: pedagang lama yang 20 tahun jualan di pasar lama malah dapat lapak paling belakang dekat parit, sedangkan kios depan dikuasai orang yang tidak pernah berjualan dan sekarang disewakan lagi. Mohon pembagian kios dan lapak di pasar dievaluasi ulang.\n\nWassalam,\nperwakilan pedagang pasar lama Loa Kulu",
    ),
    Case(
        "sms",
        "perekonomian",
        "si hijau 3 kilo di sebulu hilang 2mgg,ada pun 45rb.tlg pemkab cek pangkalan",
    ),
    # Fuel distribution; the fishermen are only the ones affected.
    Case(
        "sms",
        "perekonomian",
        "SOLAR SUBSIDI DI APMS MUARA MUNTAI HABIS TRS,NELAYAN KD KAWA TURUN.YG ADA DIJUAL KE TONGKANG",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "harga cabe rawit di pasar tangga arung 120rb/kg 😱😱 bawang merah gin naik. pemkab ada operasi pasar kah sebelum natal wan tahun baru?",
    ),
    # "sudah lunas" is paid to the gas outlet; the ask is the missing LPG.
    Case(
        "whatsapp",
        "perekonomian",
        "ulun sdh lunas bayar 2 tabung melon ke pangkalan di Simpang Pasar Anggana dari minggu lalu, tabungnya kd datang2. pangkalan bilang jatah dikurangi. ada kah tambahan kuota gas buat anggana?",
    ),
    # "kaya lelang" is a figure of speech about gas prices.
    Case(
        "whatsapp",
        "perekonomian",
        "beli gas melon di muara kaman kaya lelang aja, siapa bayar paling tinggi itu yg dapat 🤦 60rb pun laku. mohon ditertibkan",
    ),
    Case(
        "telegram",
        "perekonomian",
        "beras SPHP di tenggarong seberang kosong di semua toko, yg ada beras premium 18rb/kg. kapan ada pasokan lagi?",
    ),
    Case(
        "telegram",
        "perekonomian",
        "perusda kukar rugi terus tiap tahun tp direksinya tetap, kapan dievaluasi? mending dibubarkan aja kalau kd menghasilkan PAD",
    ),
    Case(
        "twitter",
        "perekonomian",
        "GAS MELON LANGKA LAGI DI SAMBOJA!!! 🔥🔥 antri dr subuh dapetnya nol @kukarkab",
    ),
    Case(
        "twitter",
        "perekonomian",
        "minyakita di kota bangun 22rb seliter, HET nya brp sih? kok beda jauh #inflasi #kukar",
    ),
    Case(
        "web",
        "perekonomian",
        "mohon pelatihan kemasan wan pendampingan buat bubuhan UMKM keripik pisang di Loa Janan, produk kami kd kawa masuk minimarket krn kemasan",
    ),
    Case(
        "web",
        "perekonomian",
        "pangkalan elpiji 3 kg di RT 14 Sangasanga Dalam menjual semua tabung ke pengecer sebelum jam 8, warga yg antre kd kebagian. mohon diawasi",
    ),
]

_SDA = [
    Case(
        "email",
        "sda",
        "Nomor    : 140/45/DS-BTH/XI/2026\nLampiran : foto 24 lembar\nPerihal  : Dampak peledakan tambang terhadap rumah warga\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nBersama ini kami laporkan bahwa sejak Oktober 2026 kegiatan peledakan di lokasi tambang batubara yang berjarak kurang dari 500 m dari permukiman RT 09 dan RT 10 Desa Batuah, Kec. Loa Janan, menyebabkan 31 rumah retak dinding dan lantainya serta sumur warga keruh. Kami mohon Pemkab meninjau lokasi dan meminta perusahaan menghentikan peledakan dekat permukiman.\n\nDemikian laporan ini kami sampaikan, atas perhatiannya diucapkan terima kasih.\n\nKepala Desa Batuah\n\nttd/cap\n\nH. Marwan",
    ),
    Case(
        "email",
        "sda",
        "Subject: IKAN MATI DI SUNGAI KEDANG KEPALA\n\nassalamualaikum pak bu,\nsejak minggu kemarin air sungai kedang kepala di muara kaman ilir berubah hitam wan bau busuk, ikan2 mati mengapung, bubuhan keramba rugi jutaan. warga curiga limbah pabrik kelapa sawit di hulu jebol kolamnya pas hujan deras. mohon diambil sampel air dan pabriknya diperiksa, warga masih mandi di sungai.\n\nterima kasih\nfoto & video ada di lampiran\nIrwansyah, Muara Kaman Ilir",
    ),
    # Farm equipment aid, explicitly not a social grant.
    Case(
        "email",
        "sda",
        "Kepada Yth. Bapak Bupati Kukar\n\nDengan hormat, kami Kelompok Tani Sri Rejeki, Desa Sumber Sari, Kec. Loa Kulu. Pertama kami ucapkan terima kasih atas perbaikan jalan usaha tani tahun ini. Kedua, kami sudah dua kali mengajukan bantuan hand traktor dan pompa air untuk sawah 35 ha kami. Ini bukan bantuan sosial atau hibah uang, kami cuma perlu alat pertaniannya karena musim tanam sudah dekat dan sewa traktor Rp 1 juta per hektare. Mohon usulan kami diprioritaskan.\n\nDemikian, terima kasih.\nKetua Poktan,\nSuparno",
    ),
    Case(
        "email",
        "sda",
        "-----Original Message-----\nFrom: Dahlan <dahlan.tbg@gmail.com>\nSent: Sunday, November 29, 2026 8:14 PM\nSubject: kayu ulin keluar malam2\n\nBang, tolong teruskan ke pemkab. tiap malam 3-4 truk kayu ulin wan meranti keluar dari hutan di hulu Tabang lewat jalan logging lama, kayaknya tanpa izin. hutan di belakang kampung sudah gundul.\n-----\n\nYth admin, saya teruskan laporan keluarga saya di Tabang tentang pembalakan liar. Mohon ditindaklanjuti.\n\nSalam, Rizal",
    ),
    # "batu hitam" = coal: coal hauling is a mine's local impact.
    Case(
        "sms",
        "sda",
        "truk batu hitam lwt jln desa tiap mlm,debu sampai ke dlm rumah,anak2 batuk.tlg stop hauling lwt kampung",
    ),
    Case(
        "sms",
        "sda",
        "KEBAKARAN LAHAN DI MARANGKAYU 3 HR BLM PADAM,ASAP MASUK SEKOLAH.TOLONG",
    ),
    # Negated CSR: the ask is closing a mine pit.
    Case(
        "whatsapp",
        "sda",
        "bukan soal CSR pak, kami kd minta bantuan apa2. kami cuma minta lubang bekas tambang di belakang SD 012 Loa Kulu ditutup atau dipagar 🙏 airnya dalam, anak2 sering berenang situ",
    ),
    Case(
        "whatsapp",
        "sda",
        "bubuhan nelayan danau di muara muntai ilir handak mengajukan bantuan jaring wan mesin ketinting, mesin lama sdh rusak semua. proposalnya ke dinas mana pian?",
    ),
    Case(
        "whatsapp",
        "sda",
        "kebun sawit perusahaan masuk ke lahan warga di kenohan, patok kami dicabut 😡 sdh 20 ha. perusahaan bilang masuk HGU. tolong pemkab turun cek di lapangan",
    ),
    Case(
        "telegram",
        "sda",
        "petani di kenohan blm dapat bantuan benih padi wan pupuk utk musim tanam ini, padahal usulan kelompok tani sdh masuk dr juli",
    ),
    Case(
        "telegram",
        "sda",
        "air mahakam di loa janan ilir hitam berminyak dekat stockpile batubara, tiap hujan limpasannya masuk sungai. warga masih pakai air sungai buat nyuci",
    ),
    Case(
        "twitter",
        "sda",
        "lubang tambang di sangasanga makan korban LAGI 😭 anak 12 thn tenggelam. kapan ditutup?? #lubangtambang #kukar",
    ),
    Case(
        "twitter",
        "sda",
        "mangrove di muara badak dibabat buat tambak sm orang luar, abrasi makin parah. @kukarkab ada yg ngawasin ga sih",
    ),
    # "gaskeun" is slang for go ahead, not gas.
    Case(
        "web",
        "sda",
        "tambang koridor ilegal di Tenggarong Seberang makin gaskeun aja, siang malam ngeruk di samping sawah warga. sawah kami tertimbun lumpur, mohon ditindak",
    ),
    Case(
        "web",
        "sda",
        "Kelompok tani kami di Desa Kupang Baru, Muara Badak, mohon bantuan alsintan berupa mesin perontok padi dan cultivator untuk 28 anggota.",
    ),
]

_ADPEM = [
    Case(
        "email",
        "adpem",
        "Nomor    : 09/BPD-LB/XI/2026\nLampiran : 6 foto\nPerihal  : Jembatan penghubung yang tidak selesai\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\ndi -\nTenggarong\n\nDengan hormat,\nJembatan penghubung Desa Lamin Telihan ke Desa Lamin Pulut, Kec. Kenohan, yang dibangun dengan APBD Kabupaten tahun 2025 sampai sekarang baru berdiri tiangnya. Kontraktor sudah meninggalkan lokasi sejak Maret, besi-besi mulai berkarat dan anak sekolah masih menyeberang naik ketinting. Kami mohon Pemkab memeriksa progres pekerjaan dan memastikan jembatan diselesaikan.\n\nDemikian kami sampaikan, terima kasih.\n\nKetua BPD,\n\nAbdul Rahim",
    ),
    # Gang Kantor Pos is the street; the ask is the quality of a drainage project.
    Case(
        "email",
        "adpem",
        "Subject: Re: drainase gang kantor pos\n\nselamat sore,\nsaya balas lagi karena belum ada tindak lanjut. drainase baru di Gang Kantor Pos, Kel. Panji, Tenggarong yang dikerjakan bulan Agustus malah lebih tinggi dari jalan, jadi air hujan sekarang masuk ke rumah warga, sebelumnya tidak pernah banjir. beton salurannya juga sudah retak dan ada yang ambrol. mohon proyeknya diperiksa dan diperbaiki oleh kontraktor sebelum masa pemeliharaan habis.\n\nterima kasih\nLilis\n\n> Pada 12 Okt 2026 Admin menulis:\n> Laporan Ibu sudah diteruskan ke unit terkait.",
    ),
    # Contrast: not the tender, the finished road's quality.
    Case(
        "email",
        "adpem",
        "Kepada Yth. Bapak Bupati Kutai Kartanegara\n\nDengan hormat,\nIni bukan masalah tender, siapa pemenangnya kami tidak peduli. Masalahnya jalan poros Sebulu - Senoni yang baru diaspal bulan Agustus sudah retak memanjang dan berlubang di 7 titik, tebal aspalnya juga kelihatan tidak sampai 5 cm. Kami minta hasil pekerjaan diperiksa dan kontraktor disuruh memperbaiki.\n\nDemikian, terima kasih.\nForum Warga Sebulu Peduli",
    ),
    Case(
        "email",
        "adpem",
        "Yth. Pemkab Kukar,\n\nKami dari LSM Pemantau Pembangunan Kukar meminta data realisasi fisik dan keuangan proyek-proyek APBD Kabupaten tahun 2026 di Kecamatan Sebulu dan Muara Kaman untuk keperluan pemantauan. Di dashboard yang ada, data progres terakhir masih bulan Juni.\n\nHormat kami,\nKoordinator, M. Yusuf",
    ),
    # Jalan Masjid is a street; the ask is the stalled paving.
    Case(
        "sms",
        "adpem",
        "smenisasi jln masjid rt 9 loa kulu brenti stgh jln udh 3 bln,material ditinggal di pinggir jln",
    ),
    Case(
        "sms",
        "adpem",
        "JLN BARU DIASPAL BLN LALU DI KOTA BANGUN SDH RETAK2 BELAH,KONTRAKTOR KMN?",
    ),
    Case(
        "whatsapp",
        "adpem",
        "gedung puskesmas pembantu baru di muara wis mangkrak pak, rumput sdh setinggi pinggang, jendela kd dipasang 😔 padahal anggaran 2024",
    ),
    Case(
        "whatsapp",
        "adpem",
        "proyek turap tepian mahakam di tenggarong kok ambrol lagi padahal baru setahun 🤔 siapa yg ngawasin kualitasnya?",
    ),
    # Simpang Pasar is a place; the ask is the road-widening project.
    Case(
        "whatsapp",
        "adpem",
        "proyek pelebaran jalan di Simpang Pasar Sebulu ditinggal kontraktor, galian dibiarkan terbuka sdh 2 motor jatuh 😡",
    ),
    Case(
        "telegram",
        "adpem",
        "gedung baru SMPN di tenggarong seberang baru serah terima bulan lalu, atapnya udh bocor di 4 kelas. mohon dicek kualitas bangunannya",
    ),
    Case(
        "telegram",
        "adpem",
        "proyek jalan di desa kami kd ada papan proyeknya, kd tau nilainya brp wan selesai kapan. mohon dipantau progresnya",
    ),
    Case(
        "twitter",
        "adpem",
        "jembatan di muara kaman udh 2 thn cuma tiang doang 🙄 #proyekmangkrak #kukar",
    ),
    Case(
        "twitter",
        "adpem",
        "@kukarkab jalan poros loa kulu dikerjain asal2an, aspal tipis kaya kulit lumpia 😤 baru 1 bulan udh ngelupas",
    ),
    Case(
        "web",
        "adpem",
        "laporan capaian program pembangunan di web pemkab kd diupdate sejak juni. masyarakat kd tau progres proyek apa aja yg sdh selesai tahun ini",
    ),
    # Perumahan Korpri is a housing estate, not about civil servants.
    Case(
        "web",
        "adpem",
        "drainase Perumahan Korpri Loa Ipuh dikerjakan cuma separuh, sisanya ditinggal. air tergenang tiap hujan, nyamuk banyak. proyek APBD kabupaten 2026",
    ),
]

_PBJ = [
    Case(
        "email",
        "pbj",
        "Nomor    : 017/CV-BK/XI/2026\nLampiran : 1 (satu) berkas\nPerihal  : Sanggahan atas hasil evaluasi tender\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\nu.p. Pokja Pemilihan\ndi Tenggarong\n\nDengan hormat,\nKami CV Bumi Kenohan, peserta tender paket Rehabilitasi Gedung Serbaguna Kecamatan Kenohan, menyampaikan sanggahan atas hasil evaluasi. Penawaran kami digugurkan karena dianggap tidak melampirkan SKK, padahal dokumen tersebut telah kami unggah di LPSE (bukti terlampir). Kami mohon evaluasi ulang.\n\nDemikian sanggahan ini kami sampaikan, terima kasih.\n\nHormat kami,\nDirektur\n\nttd/cap\n\nHasanuddin",
    ),
    Case(
        "email",
        "pbj",
        "Subject: LPSE KUKAR TIDAK BISA DIAKSES - BATAS UPLOAD HARI INI\n\nYth. pengelola LPSE,\nsejak pukul 10.00 WITA aplikasi SPSE tidak bisa diakses (error 502), sedangkan batas pemasukan penawaran paket Peningkatan Jalan Desa Loa Raya pukul 15.00 hari ini. Mohon jadwal diperpanjang atau ada adendum.\n\nTerima kasih,\nPT Mahakam Karya Abadi\n\n> Auto-reply: Terima kasih telah menghubungi helpdesk. Pesan Anda akan dibalas pada jam kerja.",
    ),
    # Negated payment: the ask is vendor verification in the e-procurement system.
    Case(
        "email",
        "pbj",
        "Yth. Bapak/Ibu,\n\nini bukan soal pembayaran. akun penyedia CV kami di LPSE Kukar sudah didaftarkan sejak 2 Oktober tapi status verifikasinya masih 'menunggu' sampai sekarang, jadi kami belum bisa ikut tender apapun. berkas asli sudah kami bawa ke kantor untuk verifikasi bulan Oktober.\n\nterima kasih\nCV Anggana Jaya\nJl. Poros Anggana RT 03",
    ),
    # E-catalogue listing; the writer is an MSME but asks about the catalogue.
    Case(
        "email",
        "pbj",
        "Kepada Yth. Bapak Bupati Kukar\n\nsalam pak. kami pengrajin mebel kayu UMKM di Sangasanga. produk meja kursi sekolah kami sudah diajukan ke e-katalog lokal Kukar sejak Juli tapi belum tayang, statusnya 'menunggu persetujuan'. padahal sekolah-sekolah mau beli lewat e-katalog. mohon dibantu supaya produk kami bisa tayang.\n\nterima kasih\nUD Ulin Sangasanga",
    ),
    Case(
        "sms",
        "pbj",
        "lpse kukar eror dr pagi,batas upload penawaran jam 15.00.mhn diperpanjang",
    ),
    # Rigged tender; the road is the package, the ask is the tender.
    Case(
        "sms",
        "pbj",
        "pemenang tender jln desa di tabang sdh diatur,pt yg menang kd punya alat berat wan kd punya pengalaman.tlg tender diulang",
    ),
    Case(
        "whatsapp",
        "pbj",
        "bkn soal pembayaran termin pak, sanggahan kami atas tender drainase Muara Jawa kada dijawab pokja sdh 10 hari kerja 🙏 pdhl batasnya cuma 5 hari",
    ),
    Case(
        "whatsapp",
        "pbj",
        "gmn cara daftar jd penyedia di LPSE kukar? ulun baru buka CV, handak ikut pengadaan 🙏",
    ),
    Case(
        "whatsapp",
        "pbj",
        "paket lelang rehab kantor kecamatan yg kami menangkan minggu lalu kok tiba2 dibatalkan dan lelang ulang?? alasan apa? 😤",
    ),
    Case(
        "telegram",
        "pbj",
        "paket pengadaan langsung di dinas kami tiap tahun dikasih ke CV yg sama, penyedia lain kd pernah diundang. mohon pengadaan dibuka dan diawasi",
    ),
    Case(
        "telegram",
        "pbj",
        "produk kami sdh tayang di katalog elektronik lokal tp pas dinas mau e-purchasing, produk kami kd muncul di pencarian. mohon dicek admin katalognya",
    ),
    Case(
        "twitter",
        "pbj",
        "#LPSEKukar down lg pas jam2 krusial penawaran, tiap tahun sama aja 🙄 @kukarkab",
    ),
    Case(
        "twitter",
        "pbj",
        "tender seragam sekolah gratis kukar pemenangnya itu2 aja tiap tahun, pokja main mata? #pengadaan",
    ),
    Case(
        "web",
        "pbj",
        "dokumen pemilihan tender pengadaan perahu ambulans di LPSE tidak mencantumkan spesifikasi teknis lengkap, peserta kd kawa hitung penawaran. mohon adendum",
    ),
    Case(
        "web",
        "pbj",
        "rencana umum pengadaan 2027 kapan diumumkan di SiRUP? kami penyedia lokal mau siapkan dokumen dari awal",
    ),
]

_ORGANISASI = [
    Case(
        "email",
        "organisasi",
        "Kepada Yth.\nBapak Bupati Kutai Kartanegara\ndi Tenggarong\n\nPerihal: Pungutan tanpa kwitansi di loket Disdukcapil\n\nDengan hormat,\nSaya mengurus akta kelahiran anak kedua saya di loket Disdukcapil Tenggarong tanggal 18 November. Petugas di loket meminta 'biaya administrasi' Rp 150.000 tanpa kwitansi, dan bilang kalau tidak bayar aktanya baru jadi sebulan. Setahu saya layanan ini gratis. Mohon praktik ini ditertibkan dan petugasnya diperiksa.\n\nDemikian, terima kasih.\n\nHormat saya,\nNorhayati\nKel. Timbau, Tenggarong",
    ),
    # Slow permit service; the writer's business is the context, not the ask.
    Case(
        "email",
        "organisasi",
        "Subject: izin usaha 3 bulan belum terbit\n\nYth. Bapak/Ibu,\n\nsaya pelaku usaha kecil (warung makan) di Tenggarong. permohonan izin saya di kantor perizinan sudah masuk 3 bulan, padahal di standar pelayanan yang ditempel tertulis 14 hari kerja. tiap saya tanya jawabannya 'masih di meja atasan'. saya tidak minta bantuan modal atau pelatihan, saya cuma minta pelayanan sesuai janji.\n\nterima kasih\nMarlina",
    ),
    Case(
        "email",
        "organisasi",
        "Yth. Bapak Bupati Kukar,\n\nsaya mau menyampaikan beberapa hal dari pengalaman mengantar ibu saya berobat di RSUD A.M. Parikesit. parkirannya penuh, itu biasa. kantinnya mahal, juga biasa. yang tidak bisa kami terima: di loket pendaftaran tidak ada papan standar pelayanan dan alur, petugas membentak lansia yang salah antre, dan nomor antrean bisa 'dibeli' lewat satpam. mohon pelayanan loket RSUD dibenahi.\n\nhormat saya,\nFirman\n\n> Pada 20 Nov 2026 Humas RSUD menulis:\n> Terima kasih atas masukannya, akan kami evaluasi.",
    ),
    Case(
        "email",
        "organisasi",
        "Selamat pagi,\n\nkami mau melaporkan bahwa survei kepuasan masyarakat di kantor pelayanan tempat kami mengurus izin tidak diisi oleh masyarakat. petugas menyuruh kami tanda tangan lembar kosong, lalu petugas sendiri yang mencentang 'sangat puas'. hasil SKM seperti itu tidak jujur. mohon diperiksa.\n\nsalam,\nwarga Loa Janan",
    ),
    Case(
        "sms",
        "organisasi",
        "urus KTP di capil tenggarong dimintai uang rokok 50rb sm org dlm kantor biar cpt.kl kd bayar disuruh dtg minggu dpn",
    ),
    Case(
        "sms",
        "organisasi",
        "legalisir ijazah di disdik kukar 2 mgg blm jd,pdhl kt petugas 1 hr.bolak balik dr muara muntai",
    ),
    # Negated gas price: the ask is a bribe at a service counter.
    Case(
        "whatsapp",
        "organisasi",
        "bukan mau lapor harga gas pak 😅 ulun mau lapor petugas perpanjangan izin trayek di Dishub minta uang pelicin 300rb, kd ada kwitansi",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "antrian di MPP tenggarong dr jam 7 sampe jam 2 blm dipanggil 😩 nomor antrian katanya dijual calo di luar. ini pelayanan publik kah?",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "petugas loket BPJS di RSUD main HP terus, pasien lansia nunggu 2 jam kd dilayani 😤 mohon dibina",
    ),
    Case(
        "telegram",
        "organisasi",
        "standar pelayanan di kantor capil kd ditempel, syarat pindah domisili beda2 tiap petugas. warga jd bolak balik",
    ),
    Case(
        "telegram",
        "organisasi",
        "permohonan izin reklame ulun ditolak dinas perizinan tanpa alasan tertulis, waktu ditanya malah disuruh pakai 'jasa' orang dalam. ini maladministrasi",
    ),
    Case(
        "twitter",
        "organisasi",
        "link survei kepuasan masyarakat kukar error mulu, gmn mau ngisi coba #reformasibirokrasi @kukarkab",
    ),
    Case(
        "twitter",
        "organisasi",
        "ngurus KK di capil kukar kaya main game level dewa, bolak balik 5x beda syarat tiap loket 😩 #pelayananpublik",
    ),
    Case(
        "web",
        "organisasi",
        "petugas di dinas perizinan minta 'biaya percepatan' 1 juta untuk izin bangunan ruko kami, katanya kalau lewat jalur biasa bisa 6 bulan",
    ),
    Case(
        "web",
        "organisasi",
        "jam buka puskesmas muara jawa tertulis 08.00 tapi petugas baru datang jam 10, pasien sudah antre dari subuh. mohon ditegur",
    ),
]

_UMUM = [
    Case(
        "email",
        "umum",
        "Nomor    : 033/BEM-UNK/XI/2026\nLampiran : 1 (satu) lembar\nPerihal  : Permohonan peminjaman ruang rapat\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\nc.q. pengelola gedung Kantor Bupati\ndi Tenggarong\n\nDengan hormat,\nSehubungan dengan kegiatan Seminar Kepemudaan yang akan kami laksanakan pada Sabtu, 19 Desember 2026 pukul 08.00-13.00 WITA, kami bermaksud meminjam ruang rapat lantai 2 Kantor Bupati untuk 80 peserta beserta pengeras suara dan proyektor.\n\nDemikian permohonan ini kami sampaikan, atas perhatian dan izinnya kami ucapkan terima kasih.\n\nKetua BEM,\n\nRaihan A.",
    ),
    # The letter's own subject does not matter; the ask is mail administration.
    Case(
        "email",
        "umum",
        "Yth. Bapak/Ibu,\n\nTanggal 3 November kami mengantar surat resmi ke bagian penerimaan surat di Kantor Bupati Kukar (surat dari kelompok tani kami). Sampai sekarang kami tidak pernah diberi tanda terima atau nomor agenda, dan waktu kami telepon katanya surat tersebut tidak tercatat masuk. Kami mohon dicek di buku agenda surat masuk atau kami harus antar ulang.\n\nTerima kasih,\nSugiyanto\nKel. Maluhu",
    ),
    Case(
        "email",
        "umum",
        "Subject: parkir kantor bupati\n\nselamat siang, setiap pagi parkiran depan kantor bupati sudah penuh mobil pribadi pegawai sejak jam 7. warga atau tamu yang datang urusan terpaksa parkir di bahu jalan dan kemarin motor saya ditilang di situ. mohon ada parkir khusus tamu di kantor bupati.\n\nsalam,\nEko\n\n> On Mon, Nov 30, 2026 Eko wrote:\n> (foto terlampir)",
    ),
    Case(
        "email",
        "umum",
        "----- Forwarded -----\nDari: Joko (tamu)\n'toilet umum lantai 1 kantor bupati airnya mati, kotor dan bau, tisu kadada'\n-----\n\nYth. pengelola kantor, saya teruskan keluhan tamu kami tadi siang. Mohon kebersihan toilet di gedung kantor bupati diperhatikan, karena banyak tamu dari kecamatan.\n\nTerima kasih,\nResepsionis lantai 1",
    ),
    # An official vehicle used privately; "pasar" is where it was seen.
    Case(
        "sms",
        "umum",
        "mobil dinas plat merah KT 1xxx dipake ke pasar pagi2 hr minggu,isinya ibu2 blanja.mobil dinas kantor bupati kah",
    ),
    Case(
        "sms",
        "umum",
        "helm ulun hilang di parkiran kantor bupati td siang,cctv kawa dicek kah sm satpam",
    ),
    Case(
        "whatsapp",
        "umum",
        "AC ruang tunggu di lobby kantor bupati mati dr minggu lalu 🥵 tamu2 kepanasan nunggu, sdh lapor satpam kd ada perbaikan",
    ),
    Case(
        "whatsapp",
        "umum",
        "mobil dinas setda ugal2an di jln wolter monginsidi td sore, hampir nabrak anak sekolah 😡 plat merah KT 1xxx",
    ),
    Case(
        "whatsapp",
        "umum",
        "assalamualaikum, karang taruna kami handak pinjam aula kantor bupati utk rapat koordinasi se-kecamatan, gmn prosedurnya? bayar kah?",
    ),
    Case(
        "telegram",
        "umum",
        "kotak surat di pos satpam kantor bupati penuh dan surat2 basah kena hujan, tolong diambil tiap hari",
    ),
    Case(
        "telegram",
        "umum",
        "lampu parkiran belakang kantor bupati mati semua, malam gelap bnr. sdh 2 motor hilang bulan ini",
    ),
    Case(
        "twitter",
        "umum",
        "parkiran kantor bupati kukar jam 9 udh penuh mobil pegawai, warga mau urusan parkir di bahu jalan 🙃",
    ),
    Case(
        "twitter",
        "umum",
        "mobil plat merah parkir di trotoar depan kantor bupati tiap pagi, pejalan kaki turun ke jalan. ga malu min? @kukarkab",
    ),
    Case(
        "web",
        "umum",
        "plafon ruang tunggu tamu di gedung kantor bupati bocor, ember ditaruh di tengah ruangan berhari-hari",
    ),
    Case(
        "web",
        "umum",
        "sampah menumpuk di belakang gedung kantor bupati dekat parkiran motor, bau sampai ke ruang tamu",
    ),
]

_PROKOM = [
    # The mining issue is the subject of the audience, the ask is the audience.
    Case(
        "email",
        "prokom",
        "Nomor    : 05/FWLK/XI/2026\nLampiran : -\nPerihal  : Permohonan audiensi\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nKami Forum Warga Lingkar Tambang Loa Kulu bermaksud menghadap Bapak Bupati secara langsung untuk menyampaikan aspirasi warga tentang dampak tambang. Kami mohon dapat diberikan jadwal audiensi pada minggu kedua atau ketiga Desember 2026, dengan peserta sekitar 10 orang perwakilan desa.\n\nDemikian permohonan ini, atas perkenan Bapak kami ucapkan terima kasih.\n\nKoordinator,\n\nSaprudin",
    ),
    Case(
        "email",
        "prokom",
        "Nomor    : 11/PANPEL-FTM/XI/2026\nLampiran : 1 (satu) lembar susunan acara\nPerihal  : Undangan\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\ndi -\nTenggarong\n\nDengan hormat,\nMengharap kehadiran Bapak untuk membuka secara resmi Festival Danau Semayang 2026 yang akan dilaksanakan pada:\nhari/tanggal : Sabtu, 12 Desember 2026\npukul        : 08.30 WITA\ntempat       : Dermaga Desa Semayang, Kec. Kenohan\nsekaligus memberikan sambutan.\n\nDemikian undangan ini, atas kehadiran Bapak kami ucapkan terima kasih.\n\nKetua Panitia,\n\nIrawan",
    ),
    Case(
        "email",
        "prokom",
        "Subject: Permohonan wawancara Bupati\n\nSelamat siang,\nkami dari redaksi media daring Kaltim, ingin mewawancarai Bapak Bupati tentang program 2027 untuk liputan akhir tahun. Mohon info jadwal doorstop atau konferensi pers terdekat dan kontak humas pimpinan.\n\nSalam,\nNadia, jurnalis\n\n> Pada Kam, 26 Nov 2026, Nadia menulis:\n> Apakah ada rilis resmi kegiatan Bupati pekan ini?",
    ),
    Case(
        "email",
        "prokom",
        "Yth. admin,\n\nakun Instagram resmi Bupati Kukar kemarin mengunggah infografis bantuan banjir dengan angka korban yang salah (tertulis 3.000 KK, data desa kami 300 KK) dan menandai desa yang keliru, Desa Muara Siran padahal yang banjir Desa Sedulang. Warga jadi ribut di kolom komentar. Mohon postingan dikoreksi dan diberi klarifikasi.\n\nTerima kasih,\nRahmat\nMuara Kaman",
    ),
    Case(
        "sms",
        "prokom",
        "mhn jadwal ketemu lgsg pak bupati,kmi bubuhan nelayan anggana handak sampaikan aspirasi.10 org",
    ),
    Case(
        "sms",
        "prokom",
        "kmi handak undang pak bupati buka turnamen voli antar desa di sebulu tgl 20,surat undangan diantar ke siapa",
    ),
    Case(
        "whatsapp",
        "prokom",
        "admin IG bupati kok hapus komentar warga yg kritik 🙄 itu akun resmi pimpinan lho, bukan akun pribadi",
    ),
    Case(
        "whatsapp",
        "prokom",
        "upacara HUT kukar kemarin tamu undangan dr kecamatan disuruh berdiri di belakang tenda, kursinya diisi org yg kd diundang 😑 protokolnya kaya apa",
    ),
    # An invitation to speak at a religious event: the ask is the regent's attendance.
    Case(
        "whatsapp",
        "prokom",
        "assalamualaikum, panitia peringatan maulid di masjid jami desa kami handak mengundang pak bupati memberi sambutan tgl 15 jan. apakah bisa dan suratnya ke mana?",
    ),
    Case(
        "telegram",
        "prokom",
        "wartawan lokal di sini minta rilis resmi pemkab soal kunjungan bupati ke kota bangun kemarin, humasnya kd respon",
    ),
    Case(
        "telegram",
        "prokom",
        "sambutan bupati di acara peresmian kemarin dibacakan wakil dan isinya menyebut nama desa yg salah. boleh kah minta teks pidato aslinya buat arsip desa?",
    ),
    Case(
        "twitter",
        "prokom",
        "@kukarkab min gimana caranya ngajuin audiensi sama pak bupati? komunitas kami mau ketemu langsung 🙏",
    ),
    Case(
        "twitter",
        "prokom",
        "akun resmi bupati salah tag foto, itu bukan desa kami 😂 mohon diralat min",
    ),
    Case(
        "web",
        "prokom",
        "Kami mahasiswa KKN di Desa Loa Raya mengundang Bapak Bupati pada acara penutupan dan pameran hasil KKN tanggal 18 Desember 2026.",
    ),
    Case(
        "web",
        "prokom",
        "siaran pers pemkab soal jumlah rumah terendam di tenggarong beda jauh dengan data di lapangan, media jadi salah kutip. mohon rilis ralat",
    ),
]

_KEUANGAN = [
    Case(
        "email",
        "perencanaan_keuangan",
        "Nomor    : 044/CV-SRI/XI/2026\nLampiran : 3 (tiga) lembar invoice + BAST\nPerihal  : Penagihan\n\nKepada Yth.\nBendahara Pengeluaran Sekretariat Daerah Kab. Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nBersama ini kami sampaikan bahwa tagihan penyediaan makan minum rapat Sekretariat Daerah bulan Juli, Agustus dan September 2026 senilai Rp 87.450.000 belum dibayarkan, padahal berita acara serah terima telah ditandatangani. Mohon kiranya tagihan tersebut dapat segera diproses.\n\nDemikian, terima kasih.\n\nHormat kami,\nCV Sri Rejeki Catering\n\nSri W.",
    ),
    # A Secretariat vendor's unpaid invoice; the project itself is finished.
    Case(
        "email",
        "perencanaan_keuangan",
        "Yth. Sekretariat Daerah Kukar,\n\nKami kontraktor pelaksana renovasi ruang rapat Sekretariat Daerah. Pekerjaan sudah selesai 100% dan PHO tanggal 15 Oktober 2026, hasilnya juga sudah dipakai rapat. Tapi pembayaran 30% sisa kontrak dari Setda belum cair sampai sekarang, padahal tagihan lengkap sudah masuk ke bendahara sejak 20 Oktober. Mohon kepastian jadwal pembayaran.\n\nHormat kami,\nPT Kutai Bangun Persada",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Subject: Re: klaim SPPD Jakarta\n\nBu, maaf saya tanyakan lagi. Perjalanan dinas saya ke Jakarta tanggal 8-11 September (tugas dari Setda) sudah saya lengkapi boarding pass dan kuitansi hotel, tapi sampai sekarang biayanya belum diganti, Rp 6,8 juta saya talangi pakai uang pribadi.\n\nSalam,\nAndi, staf Setda\n\n> Pada 2 Okt 2026, Bendahara menulis:\n> Berkas sedang diverifikasi, mohon ditunggu.",
    ),
    # Negated tender: the ask is a Secretariat payment instalment.
    Case(
        "email",
        "perencanaan_keuangan",
        "Kepada Yth. Bapak Bupati Kutai Kartanegara\nc.q. Sekretaris Daerah\n\nDengan hormat,\nSurat ini bukan soal lelangnya; tender pengadaan meubelair Setda sudah selesai dan kami pemenangnya secara sah. Masalahnya pembayaran termin kedua oleh Sekretariat Daerah yang jatuh tempo 1 November belum dibayar sampai hari ini, sedangkan kami harus membayar pekerja dan pemasok.\n\nDemikian, atas perhatian Bapak kami ucapkan terima kasih.\n\nCV Meubel Tepian",
    ),
    Case(
        "sms",
        "perencanaan_keuangan",
        "tpp staf setda bln nov blm masuk,opd lain sdh.ada apa bendahara",
    ),
    Case(
        "sms",
        "perencanaan_keuangan",
        "honor narasumber ulun di rakor setda bln sept blm dibayar,npwp sdh dikirim",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "SPJ kegiatan bagian kami dikembalikan verifikator keuangan setda sdh 3x, tiap kali alasannya beda 😩 kapan kawa dicairkan GU nya",
    ),
    # Pay of a Secretariat honorary driver; the vehicles are not the ask.
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "ulun sopir honorer di setda, gaji honor 2 bulan blm dibayar 🙏 anak ulun handak bayar sekolah. kapan cair pian?",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "ATK yg toko kami kirim ke setda dr agustus blm dibayar, nota sdh diteken semua 🙏 totalnya 14 juta",
    ),
    Case(
        "telegram",
        "perencanaan_keuangan",
        "uang lembur pegawai setda bulan oktober kapan cair? SPT lembur sdh ditandatangani asisten",
    ),
    Case(
        "telegram",
        "perencanaan_keuangan",
        "tunjangan PPPK di sekretariat daerah kok lebih kecil dr yg di perbup, potongan apa ya? bendahara kd kawa jelaskan",
    ),
    Case(
        "twitter",
        "perencanaan_keuangan",
        "vendor setda kukar nunggu bayaran 5 bulan, invoice udh lengkap semua 😤 #bayarvendor",
    ),
    Case(
        "twitter",
        "perencanaan_keuangan",
        "sppd kami di setda dr bulan agustus blm diganti, udh nalangin pake duit pribadi 😭 #ASN #kukar",
    ),
    # Honoraria of a Secretariat committee; the ceremony is only its occasion.
    Case(
        "web",
        "perencanaan_keuangan",
        "honor panitia HUT Kabupaten dari Setda belum dibayarkan ke anggota panitia, padahal acaranya sudah 2 bulan lewat dan SK panitia ada",
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        "percetakan kami mencetak 2.000 buku laporan untuk Setda Kukar bulan September, tagihan Rp 23 juta belum dibayar walaupun barang sudah diterima",
    ),
]

CASES: list[Case] = [
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
    *_KEUANGAN,
]
