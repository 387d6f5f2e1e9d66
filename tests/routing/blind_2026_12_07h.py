# ruff: noqa: E501
"""Blind set written 2026-12-07 (eighth of the day) for issue 16: "the real messiness of citizens' phones". Texts are typed as people really type them on their phones: voice-note transcriptions with no punctuation and run-on sentences, heavy typos and abbreviations (yg, sdh, blm, gmn, tdk, krn, dgn, tlg, mhn, sy, kmi), stretched words, some ALL CAPS shouting, emoji, "anak2" reduplication, Kutai/Banjar/Bugis/Javanese words (ulun, pian, kada, handak, bubuhan, nggih, mboten, iye) and English code-switching (pls, urgent, fyi, asap); informal institution names (setda kukar, kantor bupati, pemkab, lpse, perusda) and real Kukar place names. About a third are very short SMS-style texts (6-15 words), others run up to long rants of 120+ words; about a third are hard (past story mixed with the current request, another office or programme as background, things described without their standard term such as "tabung melon" or "batu hitam", sarcasm, saying what the text is NOT about, greetings naming the regent). E-mails are informal citizen e-mails with short subjects and phone signatures. 15 cases per section; per section 3 email, 3 whatsapp, 2 sms, 2 telegram, 3 twitter, 2 web (36 email, 36 whatsapp, 24 sms, 24 telegram, 36 twitter, 24 web; 180 in all).

Written without reading config.yaml, routing/ or tests/routing/; each case is labelled only from
the mandates in docs/sections.md.

Scored ONCE, blind, with the rules of main 2a07838 (this file committed in that commit, unread by
the rules' authors), on 2026-12-07: 170/180 correct = 94.4% (Wilson 95% interval 90.1%-97.0%),
1 fallback. Per channel: email 35/36, sms 24/24, telegram 23/24, twitter 34/36, web 21/24,
whatsapp 33/36. (The rules of 303ab4f, the previous session's start: 170/180, email 35/36.)
The errors (index in CASES, label -> got):
- what the writer says is not the request still counts: #95 adpem -> pbj ("dulu waktu lelang
  sy sempet liat di lpse tp skrg bukan itu yg sy persoalkan"), #133 organisasi -> adpem ("Saya
  tidak sedang menanyakan perbaikan jalan"), #148 umum -> prokom ("Saya tidak bermaksud meminta
  bertemu Bapak Bupati"), #178 perencanaan_keuangan -> pbj ("Kami tidak mempermasalahkan proses
  pengadaannya"), #150 prokom -> sda (aid and pollution "udh kmi sampaikan ke dinas", "skrg kmi
  cuma minta waktu audiensi");
- slow service read by its circumstances: #125 organisasi -> perekonomian (a voice note whose
  petrol money outweighs the office), #128 organisasi -> umum (a lost application file read as
  mail), #131 organisasi -> prokom (a banner), #140 umum -> organisasi (a rude guard at the
  regent's office: a tie);
- fallback: #132 organisasi ("UDH 2 BLN NGADU DI APLIKASI PENGADUAN PEMKAB, STATUS 'DIPROSES'").
"""

from __future__ import annotations

from tests.routing.case import Case

_E = Case

_PEMERINTAHAN = [
    _E(
        "email",
        "pemerintahan",
        "Subjek: pilkades loa duri ilir curang??\n\nassalamualaikum bapak/ibu setda kukar\nsy warga RT 09 desa Loa Duri Ilir kec Loa Janan. pilkades tgl 2 kmrn selisihnya cuma 4 suara, tp bnyk surat suara yg dianggap tdk sah pdhl cuma coblosannya tembus ke sebelah. panitia tdk mau hitung ulang, BPD diem aja. kmi mhn pemkab turun tangan utk tinjau ulang hasil & proses penetapan kades terpilih sblm dilantik.\nmakasih\n\nDikirim dari iPhone saya",
    ),
    _E(
        "email",
        "pemerintahan",
        "Subjek: kades gak pernah ngantor\n\npermisi pak, mau lapor kades desa kami di Muara Kaman jarang bgt ada di kantor desa. kantor desa buka cuma hari senin itu pun siang. warga mau minta tandatangan surat apa2 hrs nyusul ke rumahnya di Tenggarong, 2 jam naik motor. udh lapor ke camat katanya nanti dibina tp gak ada perubahan dr thn lalu. tolong pemkab tegur atau bina kades nya, kasian warga\n\nSent from my Android",
    ),
    _E(
        "email",
        "pemerintahan",
        "Subjek: Batas desa\n\nsalam. sy ketua RT 14 dusun Sidomulyo. jadi gini pak, dulu th 2019 kmi bayar PBB lewat desa Bukit Pariaman, thn ini tagihan PBB nya dtg dr desa Sumber Sari. bukan masalah pajaknya sih, kmi bayar aja. masalahnya dua desa sama2 ngaku wilayah kami (satu di Tenggarong Seberang, satu di Loa Kulu), bantuan dr desa A gak dikasih krn katanya wilayah desa B, begitu jg sebaliknya. patok batas gak ada sama sekali. mhn setda kukar segera tegaskan batas desa yg jelas antara dua desa itu\n\nDikirim dari Yahoo Mail di Android",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "assalamualaikum pak ini sy ketik dr voice note ya maaf klo berantakan jd begini pak di RT kami di kelurahan Loa Ipuh Darat itu ketua RT nya udah habis masa jabatannya dari tahun lalu tapi ga ada pemilihan lagi pak katanya nunggu SK dari lurah tapi lurah bilang nunggu aturan baru terus aja gitu muter2 warga bingung mau ngurus surat pengantar ke siapa soalnya ketua yg lama udah ga mau tanda tangan katanya bukan ketua lagi trus kemarin ada warga meninggal mau urus surat kematian aja susah pak akhirnya keluarga almarhum bolak balik ke kelurahan tiga kali belum lagi ada yg mau nikah perlu surat pengantar juga mana ketua RT lama juga udah pindah rumah ke Loa Kulu mohon dibantu supaya bisa dilaksanakan pemilihan ketua RT yg baru dan ada SK nya terima kasih pak wassalam",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Pj kades di desa kmi Kembang Janggut udh 2 thn, pilkades PAW kpn pak? 🙏",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "halo min, kmi warga dusun di perbatasan Muara Badak ama Marangkayu bingung nih 😅 KTP tulisannya kec Marangkayu tp pas pemilu kmrn dpt undangan TPS di Muara Badak. jalan dibangun sm desa sebelah, posyandu ikut sebelahnya lg. skrg mau ngurus apa2 dilempar2. pls kejelasan batas wilayah kecamatan nya gmn, kmi ini sebenernya ikut mana",
    ),
    _E(
        "sms",
        "pemerintahan",
        "pilkades serentak di kenohan kpn? panitia blm dibentuk smp skrg. mhn info",
    ),
    _E(
        "sms",
        "pemerintahan",
        "kades sebulu ilir diduga pakai dana desa utk pribadi, tlg pemkab periksa kadesnya",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "Selamat siang. Kami tokoh masyarakat Dusun Rantau Hulu, Desa Jongkang, Loa Kulu. Penduduk dusun kami sudah lebih dari 2.500 jiwa dan jarak ke kantor desa induk 18 km lewat jalan tanah, kalau hujan ga bisa lewat. Kami sudah musyawarah dan sepakat mengajukan pemekaran jadi desa baru. Usulannya diajukan ke mana dan syaratnya apa saja? Mohon arahan dari pemkab 🙏",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "ulun warga desa Liang Ulu kota bangun, handak bepadah lahan kebun karet di pinggir danau itu diklaim dua desa, desa kami lawan desa sebelah. bubuhan sebelah sudah pasang patok surang, hampir bekelahi kemarin. kada kawa lagi diselesaikan di tingkat desa haja. mohon pemkab fasilitasi penyelesaian sengketa lahan antar desa ini sebelum ribut beneran",
    ),
    _E(
        "twitter",
        "pemerintahan",
        "300 KK perumahan kmi tenggarong seberang blm jd RT sendiri. pembentukan RT baru mandek @pemkabkukar",
    ),
    _E(
        "twitter",
        "pemerintahan",
        "mantap desa kami, BPD sm kades musuhan, musdes setahun ga pernah ada, APBDes ga jelas. hebat pokoknya 👏👏 tlg pemkab kukar bina lah pemerintahan desanya #muarawis",
    ),
    _E(
        "twitter",
        "pemerintahan",
        "pelantikan kades terpilih desa kmi ditunda2 trs, udh 5 bln 😤 kapan pemkab kukar?",
    ),
    _E(
        "web",
        "pemerintahan",
        "Kepada Yth. Pemkab Kukar\nDesa kami, Desa Batuah (Loa Janan), berbatasan dengan Desa Tani Bhakti. Sejak perusahaan tambang masuk, soal debu dan dana CSR sudah kami laporkan ke pihak lain dan bukan itu yang mau kami sampaikan di sini. Yang kami minta adalah penegasan batas desa, karena sampai sekarang tidak ada peta batas yang disepakati. Akibatnya perusahaan membayar kompensasi ke desa sebelah untuk warga yang menurut kami masuk wilayah Batuah, dan kedua kepala desa saling tuding. Mohon pemkab memfasilitasi penetapan dan penegasan batas antara kedua desa ini secepatnya sebelum jadi konflik warga.\nTerima kasih.",
    ),
    _E(
        "web",
        "pemerintahan",
        "sy mantan kaur keuangan desa Kutai Lama, Anggana. bln lalu sy diberhentikan kades tanpa surat peringatan, tanpa rekomendasi camat, tiba2 ada SK aja. gantinya keponakan kades sendiri. perangkat desa lain jg diancam kalau gak nurut. mhn pemkab tinjau pemberhentian perangkat desa ini, apa sdh sesuai aturan?",
    ),
]

_KESRA = [
    _E(
        "email",
        "kesra",
        "Subjek: beasiswa blm cair\n\npagi bu/pak, anak sy kuliah semester 5 di samarinda, udh lolos beasiswa Kukar Idaman thn ini, namanya ada di pengumuman. tp smp skrg dananya blm masuk rek, pdhl UKT hrs bayar akhir bulan ini kalo ga bisa cuti paksa 😢 mhn infokan kpn pencairan beasiswa nya ya\n\nDikirim dari iPhone saya",
    ),
    _E(
        "email",
        "kesra",
        "Subjek: proposal masjid\n\nAssalamualaikum wr wb. saya bendahara masjid Al Ikhlas RT 3 Loa Kulu Kota. atap masjid bocor parah, kalau hujan jamaah solat di teras, karpet sudah lapuk dan bau. kami sudah ajukan ke desa, kata desa dananya tidak cukup karena habis untuk jalan usaha tani. waktu reses anggota dewan bulan lalu juga sudah titip proposal, tapi katanya harus lewat pemkab juga. jadi kami bingung. kami mau tanya, proposal bantuan rumah ibadah ke pemkab itu dikirim ke mana, syaratnya apa saja, dan kira2 kapan bisa dapat kabar? kami tidak minta banyak, yang penting atap dulu sebelum musim hujan makin parah. bulan ramadan nanti jamaah tarawih bisa sampai 300 orang, kasihan kalau kehujanan lagi seperti tahun lalu. mohon petunjuk bapak/ibu\nwassalam\n\nSent from my Samsung Galaxy smartphone.",
    ),
    _E(
        "email",
        "kesra",
        "Subjek: insentif guru ngaji\n\nmaaf pak mau nanya, kmi guru2 TPA di kec Muara Muntai, insentif guru ngaji dr pemkab yg biasanya tiap 3 bln skrg udh 6 bln gak ada kabar. ada yg bilang nama kmi dicoret krn data gak update. tlg dicek dan dibayarkan pak, buat kmi lumayan bgt itu\n\nSent from my Android",
    ),
    _E(
        "whatsapp",
        "kesra",
        "pak sy pelatih qori kafilah kecamatan Samboja utk MTQ tingkat kabupaten. kmi blm dpt dana pembinaan & transport sm sekali pdhl lomba tinggal 2 minggu. anak2 latihan pake duit pribadi pelatih. mhn kejelasan dr bagian kesra setda kukar",
    ),
    _E(
        "whatsapp",
        "kesra",
        "assalamualaikum nak ini ibu mau tanya ibu calon jemaah haji tahun ini dari Muara Jawa umur ibu 71 katanya nanti berangkat ke embarkasi balikpapan dijemput bus dari pemkab tapi sampai sekarang belum ada kabar jadwal manasik sama jadwal bus nya ibu takut ketinggalan tolong dikasih tahu ya nak terima kasih",
    ),
    _E(
        "whatsapp",
        "kesra",
        "proposal hibah majelis taklim kmi ke pemkab sejak maret gmn statusnya ya? tq",
    ),
    _E(
        "sms",
        "kesra",
        "insentif marbot masjid kmi di sebulu blm cair dr januari, kenapa kah?",
    ),
    _E(
        "sms",
        "kesra",
        "pengumuman beasiswa s1 pemkab kukar kpn keluar? mhn info",
    ),
    _E(
        "telegram",
        "kesra",
        "Selamat pagi, kami pengurus Kelompok Difabel Mandiri Tenggarong (38 anggota). Tahun lalu kelompok kami dapat bantuan sosial alat jahit dari pemkab, tahun ini kami ajukan lagi tapi tidak ada jawaban sama sekali. Mohon informasi apakah bansos/hibah untuk kelompok masyarakat tahun ini masih dibuka",
    ),
    _E(
        "telegram",
        "kesra",
        "shalom, sy majelis gereja di Kembang Janggut. bangunan gereja kmi dr kayu udh lapuk, lantai jebol. kmi mau ajukan bantuan rumah ibadah dr pemkab, apa gereja jg bisa dpt? format proposalnya gmn? terima kasih Tuhan berkati",
    ),
    _E(
        "twitter",
        "kesra",
        "beasiswa kukar katanya utk yg berprestasi & kurang mampu, yg dapet malah anak pejabat desa 🙂 mantap. tolong diverifikasi ulang penerimanya",
    ),
    _E(
        "twitter",
        "kesra",
        "duit pemkab buat benerin langgar kmi di muara wis mana? dijanjiin thn lalu",
    ),
    _E(
        "twitter",
        "kesra",
        "hadiah juara MTQ kabupaten blm dibayar, anak sy juara 2 tilawah 😢",
    ),
    _E(
        "web",
        "kesra",
        "Program bantuan seragam dan perlengkapan sekolah gratis yang diumumkan pemkab untuk keluarga kurang mampu tidak sampai ke sekolah anak kami di Kota Bangun. Sekolah bilang datanya dari pemkab, dinas bilang tanya ke sekolah, muter2 terus. Anak2 kami masih pakai seragam bekas kakaknya. Kami minta kejelasan pendataan penerima program bantuan pendidikan ini.",
    ),
    _E(
        "web",
        "kesra",
        "Bapak/Ibu, saya bukan mau komplain jalan atau lampu ya, itu sudah saya sampaikan lewat kecamatan. Saya mau tanya soal beasiswa untuk santri penghafal Quran. Anak saya mondok di pesantren tahfidz di Tenggarong, sudah hafal 20 juz. Dengar-dengar pemkab punya beasiswa untuk hafidz, daftarnya bagaimana dan kapan dibuka?",
    ),
]

_HUKUM = [
    _E(
        "email",
        "hukum",
        "Subjek: perda retribusi pasar\n\nhalo, sy pedagang di pasar Tangga Arung. bukan mau protes soal pasarnya, cuma mau minta salinan Perda ttg retribusi pasar yg baru krn petugas bilang tarif naik berdasarkan perda itu. sy cari di web JDIH kukar ga ketemu, link nya 404. bisa dikirim file nya ke email ini?\n\nDikirim dari iPhone saya",
    ),
    _E(
        "email",
        "hukum",
        "Subjek: minta bantuan hukum\n\nselamat siang. nama sy Rusmini, warga Muara Badak Ulu. suami sy ditahan polisi krn dituduh curi buah sawit di kebun perusahaan, pdhl itu lahan kmi sendiri yg blm dibayar ganti ruginya dr dulu. kmi org gak mampu, gak sanggup bayar pengacara. dengar2 pemkab ada program bantuan hukum gratis utk warga miskin. gmn cara daftarnya? tolonggg bgt pak\n\nSent from my Android",
    ),
    _E(
        "email",
        "hukum",
        "Subjek: masukan raperda walet\n\nsy pengusaha sarang burung walet di Muara Kaman. dengar ada raperda baru soal izin & pajak walet. kmi mau kasih masukan krn tarifnya berat utk usaha kecil. kpn ada uji publik / konsultasi publik raperda nya? draft nya bisa diakses dmn?\n\nDikirim dari Yahoo Mail di Android",
    ),
    _E(
        "whatsapp",
        "hukum",
        "pak ulun handak konsultasi hukum, tanah warisan almarhum abah di Loa Janan Ilir diserobot tetangga, dia punya segel yg kmi yakin palsu. kmi warga biasa kada ngerti hukum, katanya pemkab punya layanan bantuan hukum kah pak? pian bisa bantu kmi hrs ke mana",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Assalamualaikum. kmi ahli waris tanah yg dipake SD negeri di Muara Muntai. kmi gugat pemkab kukar & udah menang smp kasasi thn 2024, putusan inkrah. tp smp skrg pemkab blm bayar ganti rugi sesuai putusan. kmi mohon bagian hukum setda segera tindaklanjuti putusan pengadilan itu 🙏",
    ),
    _E(
        "whatsapp",
        "hukum",
        "pagi pak, sy staf di kantor kecamatan Anggana. kntr kmi dpt somasi dr kontraktor krn katanya ada hutang pekerjaan thn lalu. pak camat minta sy tanya ke bag hukum setda, kmi bs minta pendampingan / konsultasi hukum ga? surat somasinya sy fotoin nanti",
    ),
    _E(
        "sms",
        "hukum",
        "web jdih kukar eror trs, tdk bs download perbup. tlg diperbaiki",
    ),
    _E(
        "sms",
        "hukum",
        "mhn info perda kukar ttg larangan miras msh berlaku ga? mau sy pelajari",
    ),
    _E(
        "telegram",
        "hukum",
        "Ini perbup jam operasional tempat hiburan malam yg baru kok bertentangan ama perda ketertiban umum ya? perda bilang jam 12 tutup, perbup bilang jam 2. kmi warga sekitar Jl. Panjaitan Tenggarong minta perbup nya ditinjau ulang/direvisi. brisik tiap malem",
    ),
    _E(
        "telegram",
        "hukum",
        "korban pinjol ilegal nih, diancam2 tiap hari. pemkab ada bantuan hukum gratis gak? plis 😭",
    ),
    _E(
        "twitter",
        "hukum",
        "perda kawasan tanpa rokok kukar isinya apa aja sih? di jdih ga nemu 🤔",
    ),
    _E(
        "twitter",
        "hukum",
        "wah hebat perda baru udh disahkan, warga taunya pas kena denda 🙃 sosialisasi nol. publish dong teks perda nya di jdih",
    ),
    _E(
        "twitter",
        "hukum",
        "bantuan hukum gratis dr pemkab kukar daftarnya dmn ya? butuh asap",
    ),
    _E(
        "web",
        "hukum",
        "Yth. Setda Kukar. Kami Forum Warga Lingkar Tambang Loa Kulu. Soal debu dan lubang tambang sudah kami sampaikan berkali-kali ke instansi lain dan bukan itu yang kami tanyakan sekarang. Kami dengar pemkab sedang menyusun rancangan perda tentang pengelolaan lingkungan pascatambang. Kami minta draft raperda itu dipublikasikan di JDIH dan diadakan konsultasi publik di kecamatan sebelum dibahas dengan DPRD, supaya warga terdampak bisa memberi masukan.",
    ),
    _E(
        "web",
        "hukum",
        "selamat siang, sy mahasiswa hukum Unikarta, lagi skripsi ttg Perda Kukar tentang pengelolaan sampah. di JDIH cuma ada batang tubuh perdanya, naskah akademik & risalah pembahasannya gak ada. mohon bisa diberikan salinannya atau info cara memintanya. terima kasih banyak 🙏",
    ),
]

_KERJASAMA = [
    _E(
        "email",
        "kerjasama",
        "Subjek: MoU KKN\n\nhalo pak/bu, sy dosen di salah satu kampus di Samarinda. kampus kmi mau ajukan MoU dgn pemkab kukar utk KKN tematik & riset desa wisata di Kukar. alurnya gmn ya, cukup kirim draft naskah kerjasama ke setda atau hrs ada pertemuan dulu? thanks\n\nSent from my iPhone",
    ),
    _E(
        "email",
        "kerjasama",
        "Subjek: CSR perusahaan tdk merata\n\nsy warga RT 21 Desa Saliki Muara Badak. tiap tahun ada duit kaget dr perusahaan migas utk warga sekitar, tp yg dapet cuma RT yg deket jalan, RT kmi yg paling deket sumur malah gak pernah. tolong pemkab awasi penyaluran CSR itu biar adil\n\nDikirim dari iPhone saya",
    ),
    _E(
        "email",
        "kerjasama",
        "Subjek: isi MoU Kukar-Samarinda\n\nmaaf mau nanya, kmrn di berita ada penandatanganan kerjasama antara Pemkab Kukar & Pemkot Samarinda soal transportasi & air bersih. warga perbatasan kyk kmi di Loa Janan boleh tau isi perjanjiannya? kpn mulai dijalankan?\n\nGet Outlook for Android",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "pak anak sy lolos seleksi beasiswa dr perusahaan tambang di sebulu, itu program CSR mrk yg katanya kerjasama sm pemkab. tp udh 1 semester gak cair & perusahaan lempar ke pemkab. bukan beasiswa pemkab sih pak, tp kan pemkab yg tandatangan kerjasama nya. mhn dibantu tagih ke perusahaan 🙏",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "iye pak, kmi warga Desa Sepatin Anggana. thn lalu ada program TJSL dr perusahaan migas janji pasang tandon & pipa air bersih utk kampung. tandonnya dtg tp pipanya gak pernah dipasang, skrg tandon nganggur jd sarang nyamuk. bukan mau minta bantuan pemkab, cuma minta tolong pemkab tagih janji TJSL perusahaan itu",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "mau ajukan CSR utk gedung posyandu desa Bukit Raya, lewat forum CSR kabupaten caranya gmn?",
    ),
    _E(
        "sms",
        "kerjasama",
        "dana csr prshaan sawit di desa kmi gk pernah sampe ke warga. tlg dicek",
    ),
    _E(
        "sms",
        "kerjasama",
        "fyi kerjasama kukar sm kubar soal angkutan sungai kpn ditandatangani?",
    ),
    _E(
        "telegram",
        "kerjasama",
        "Salam, kami dari yayasan pendidikan vokasi di Balikpapan. Ingin menjajaki perjanjian kerja sama dengan Pemkab Kukar untuk pelatihan operator alat berat bagi pemuda desa. Mohon info kontak dan prosedur pengajuan naskah kerja sama.",
    ),
    _E(
        "telegram",
        "kerjasama",
        "csr sembako dr perusahaan batubara di Loa Janan kemarin dibagi lewat kades, yg dpt keluarga kades & tim sukses aja. masalah kades nya biar urusan warga, yg kmi minta pemkab pastikan penyaluran CSR perusahaan itu tepat sasaran & ada datanya",
    ),
    _E(
        "twitter",
        "kerjasama",
        "janji csr sumur bor perusahaan di marangkayu udh 2 thn gak ada. @pemkabkukar tolong tagih",
    ),
    _E(
        "twitter",
        "kerjasama",
        "MoU sister city pemkab kukar sm daerah luar negeri itu hasilnya apa ya selain foto2 jalan2? 😂 publikasikan dong tindak lanjut kerjasamanya",
    ),
    _E(
        "twitter",
        "kerjasama",
        "csr perusahaan cuma buat baliho doang, warga ga kebagian. pls cek",
    ),
    _E(
        "web",
        "kerjasama",
        "Kami dari desa di Muara Wis yang dekat perbatasan Kutai Barat. Sampah dari daerah tetangga sering hanyut ke wilayah kami, tapi itu bukan inti surat ini. Kami dengar ada rencana kerja sama antar daerah Kukar dan Kubar tentang pengelolaan sampah regional. Mohon informasi sampai mana perjanjian kerja sama tersebut, kapan ditandatangani, dan apakah desa-desa perbatasan dilibatkan.",
    ),
    _E(
        "web",
        "kerjasama",
        "Selamat siang, kami startup lokal dari Tenggarong yang mengembangkan aplikasi pemesanan ketinting dan kapal wisata di Mahakam. Kami ingin mengajukan perjanjian kerja sama dengan pemkab untuk integrasi data destinasi wisata. Mohon info diajukan ke bagian mana dan dokumen apa yang perlu disiapkan. Terima kasih.",
    ),
]

_PEREKONOMIAN = [
    _E(
        "email",
        "perekonomian",
        "Subjek: tabung melon langka\n\npak, di Samboja tabung melon susah bgt skrg, pangkalan bilang stok abis tp sore2 ada mobil pikap ambil banyak. di pengecer jadi 45rb. kmi ibu2 rumah tangga kewalahan. tolong operasi pasar atau tertibkan pangkalannya\n\nDikirim dari iPhone saya",
    ),
    _E(
        "email",
        "perekonomian",
        "Subjek: perusda kukar\n\nsy supplier bahan bangunan ke salah satu unit usaha perusda kukar. tagihan sy 87jt sdh 9 bln gak dibayar, direksi ganti2 trs. mhn pemkab selaku pemilik perusda tegur manajemennya. kalau perusda rugi trs knp gak dibenahi\n\nSent from my Android",
    ),
    _E(
        "email",
        "perekonomian",
        "Subjek: UMKM amplang\n\nsy pelaku UMKM amplang di Muara Badak. thn lalu ikut pelatihan dr dinas koperasi, dpt sertifikat, trus disuruh urus PIRT & halal, udh semua. tp setelah itu gak ada pendampingan lanjutan, janji mau dibantu pemasaran ke toko oleh2 & bandara gak ada kabar. mhn setda kukar koordinasikan lagi program pembinaan UMKM nya biar gak putus di tengah jalan\n\nDikirim dari iPhone saya",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "ulun handak batakun, harga baras di pasar tenggarong wayah ini 17rb/kg, cabe 90rb. kapan pemkab bikin operasi pasar / pasar murah? kada sanggup lagi bubuhan kami 😭",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "pak ini antrean solar di SPBU Kota Bangun dari subuh sampai malam truk2 pengetap pakai tangki modif isi berkali kali muter terus sopir speedboat sama petani kayak kami kebagian sisa kadang udah habis jam 9 pagi terus besoknya nelayan di danau juga ngeluh hal yang sama terus yang jual jerigen di pinggir jalan harganya 10 ribu seliter lebih mahal jauh dari harga SPBU kami mau kerja gimana pak mesin gak jalan kalau gak ada solar sudah lapor ke pengawas SPBU katanya itu bukan urusan mereka kemarin ada yang ribut di antrean hampir baku pukul gara gara diserobot truk tolong pemkab awasi penyaluran solar subsidi ini ya pak tertibkan pengetapnya dan kalau bisa tambah kuota solar buat Kota Bangun biar warga kecil kebagian",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "pak kmi pedagang yg direlokasi ke pasar baru di Loa Kulu, lapak dibagi gak adil, yg dpt depan kenalan pengelola, kmi dpt paling belakang gak ada pembeli. retribusi tetap ditarik full. tlg ditinjau pembagian lapak pasar nya",
    ),
    _E(
        "sms",
        "perekonomian",
        "gas ijo di muara muntai 50rb per tabung tlg ditindak",
    ),
    _E(
        "sms",
        "perekonomian",
        "minyak goreng langka di warung2 kota bangun udh seminggu",
    ),
    _E(
        "telegram",
        "perekonomian",
        "ndak ada pertalite di Muara Wis, botolan 20rb seliter. pasokan BBM tlg diurus nggih",
    ),
    _E(
        "telegram",
        "perekonomian",
        "halo min, kmi UMKM kerajinan manik2 Dayak dr Tabang. ada info gak soal pembinaan & gerai UMKM binaan pemkab, gmn cara daftarnya biar produk kmi bs ikut dipasarkan? tq",
    ),
    _E(
        "twitter",
        "perekonomian",
        "harga telur naik trs, skrg 2.300/btr di tenggarong. pemkab kukar kendalikan inflasi dong",
    ),
    _E(
        "twitter",
        "perekonomian",
        "katanya inflasi terkendali, di pasar kembang janggut gula 22rb bawang 60rb. terkendali ke atas ya pak? 🤡 tolong pantau harga di kecamatan hulu jg",
    ),
    _E(
        "twitter",
        "perekonomian",
        "perusda kukar tiap thn disuntik modal tp laporan keuangannya gak pernah dipublikasi. transparan dong",
    ),
    _E(
        "web",
        "perekonomian",
        "Setelah banjir bulan lalu di Kenohan, rumah-rumah sudah mulai kering dan soal banjirnya sudah ditangani BPBD, terima kasih. Yang jadi masalah sekarang gula pasir dan beras di warung hilang dan harganya melonjak karena pasokan dari Tenggarong belum lancar. Mohon pemkab segera pastikan ketersediaan bahan pokok dan stabilkan harga di Kenohan.",
    ),
    _E(
        "web",
        "perekonomian",
        "timbangan di los ikan Pasar Seberang Tenggarong banyak yg gak ditera, beli 1 kg ditimbang ulang di rumah cuma 8 ons. pembeli dirugikan tiap hari. mohon pengelola pasar & pemkab lakukan pengawasan dan tera ulang timbangan pedagang",
    ),
]

_SDA = [
    _E(
        "email",
        "sda",
        "Subjek: lubang bekas galian\n\npak, di belakang rumah kmi di Sangasanga ada lubang besar bekas galian batu hitam, skrg jadi danau dalam warnanya hijau, gak ada pagar gak ada papan larangan. thn 2021 ada anak tetangga tenggelam di situ, umurnya 9 thn, smp skrg ibunya masih trauma. skrg anak2 msh suka mandi di situ tiap sore krn gak ada tempat main lain. kmi udh tegur tp namanya anak2, dilarang hari ini besok balik lg. pas musim hujan air nya naik smp deket pagar rumah, tanah pinggirnya retak2 takut longsor. perusahaannya udh gak ada, kantornya kosong, papan namanya aja udh hilang. tolonggg pemkab paksa siapapun yg bertanggung jawab utk reklamasi atau minimal dipagar & dikasih papan bahaya sblm ada korban lg\n\nDikirim dari iPhone saya",
    ),
    _E(
        "email",
        "sda",
        "Subjek: lahan plasma sawit\n\nsy anggota koperasi plasma di Muara Kaman. perusahaan sawit janji kebun plasma 20% dr thn 2015, smp skrg lahan plasma kmi gak jelas letaknya, bagi hasil cuma 150rb/bln. mhn pemkab turun cek perusahaan sawit tsb\n\nSent from my Android",
    ),
    _E(
        "email",
        "sda",
        "Subjek: hand traktor\n\nselamat pagi, kmi kelompok tani Sri Rejeki di Desa Separi, Tenggarong Seberang. kmi udh ajukan bantuan hand traktor & pompa air dr thn 2025, katanya lolos verifikasi tp barang gak pernah dtg. tlg dicek\n\nDikirim dari Yahoo Mail di Android",
    ),
    _E(
        "whatsapp",
        "sda",
        "pak sungai di muara kaman ikan2 mati ngambang, airnya bau & item. warga curiga dr limbah pabrik sawit di hulu. mhn segera diambil sampel & ditindak",
    ),
    _E(
        "whatsapp",
        "sda",
        "kmi nelayan muara badak, ada bantuan mesin ketinting & jaring dr pemkab ga thn ini?",
    ),
    _E(
        "whatsapp",
        "sda",
        "pak tolong ya debu batubara dari stockpile di dekat kampung kami di Loa Janan setiap hari masuk rumah anak anak batuk batuk terus jemuran hitam semua sudah lapor ke perusahaan katanya disiram air tapi cuma pagi aja siangnya debu lagi tolong dicek izinnya dan ditegur perusahaannya",
    ),
    _E(
        "sms",
        "sda",
        "illegal logging di hulu tabang makin parah, kayu dihanyutkan malam2. tlg ditindak",
    ),
    _E(
        "sms",
        "sda",
        "bibit padi bantuan utk poktan kmi di sebulu blm dtg pdhl udh musim tanam",
    ),
    _E(
        "telegram",
        "sda",
        "TOLONG!!! ADA TAMBANG ILEGAL DI BELAKANG SD DI TENGGARONG SEBERANG, alat berat kerja tiap malam, tanah longsor ke pagar sekolah. SIAPA YG NGASIH IZIN??? segera hentikan",
    ),
    _E(
        "telegram",
        "sda",
        "asap kebakaran lahan di muara kaman udh 3 hari, yg bakar kabarnya buat buka kebun sawit. anak2 sesak napas. mhn tindakan tegas",
    ),
    _E(
        "twitter",
        "sda",
        "air mahakam di loa kulu coklat pekat krn tambang hulu, kapan ditindak?",
    ),
    _E(
        "twitter",
        "sda",
        "selamat datang di kukar, kabupaten seribu lubang tambang 🕳️🕳️ kapan direklamasi pak? nunggu lubangnya jd tempat wisata?",
    ),
    _E(
        "twitter",
        "sda",
        "mangrove di anggana dibabat buat tambak & jeti, pesisir rusak. @pemkabkukar mana pengawasannya",
    ),
    _E(
        "web",
        "sda",
        "Kami anggota Kelompok Tani Makmur Jaya di Sebulu. Tahun lalu kelompok kami menerima bantuan combine harvester dari program pemerintah. Masalahnya, alat itu dikuasai ketua kelompok dan disewakan ke desa lain, anggota sendiri harus bayar sewa. Sudah kami adukan ke kepala desa tapi beliau bilang bukan urusan desa. Mohon pemkab meninjau pemanfaatan bantuan alsintan ini supaya kembali untuk anggota.",
    ),
    _E(
        "web",
        "sda",
        "Setiap hujan deras sejak 2 tahun terakhir, Desa Jembayan di Loa Kulu selalu kena banjir lumpur. Dulu tidak pernah begini. Warga yakin ini akibat bukaan tambang di hulu yang tidak punya kolam pengendap. Kami minta pemkab meninjau izin dan kewajiban lingkungan perusahaan tambang tersebut dan meneruskan ke instansi yang berwenang.",
    ),
]

_ADPEM = [
    _E(
        "email",
        "adpem",
        "Subjek: jalan baru rusak\n\nsore pak, jalan poros di Muara Jawa Ulu yg baru selesai diaspal bln oktober kmrn udh ngelupas & bergelombang, baru 2 bln. ini proyek APBD kukar kan? kualitasnya kok gini. mhn diperiksa & kontraktor suruh perbaiki selagi masa pemeliharaan\n\nDikirim dari iPhone saya",
    ),
    _E(
        "email",
        "adpem",
        "Subjek: jembatan mangkrak\n\nsy warga Kembang Janggut. pembangunan jembatan penghubung ke desa seberang brenti sejak thn lalu, tiang2 nya aja yg jadi, besi udh karatan. dulu pas peletakan batu pertama rame, ada pejabat, ada tenda, ada nasi kotak, katanya 2 thn selesai. skrg sepi, pekerja gak ada, papan proyek udh roboh. warga tetap nyebrang pake perahu, anak2 sekolah tiap pagi naik perahu kecil, kalo air besar ngeri bgt. bulan lalu ada perahu hampir terbalik, isinya ibu2 bawa sayur ke pasar. sy sendiri tiap hari antar anak naik perahu itu, deg2an trs, apalagi kalo hujan deras & arus kencang, pelampung aja gak ada. kmi cuma mau tau ini proyek kapan dilanjut?? dan kenapa brenti? tolong pemkab kasih kejelasan & pantau kontraktornya\n\nSent from my Android",
    ),
    _E(
        "email",
        "adpem",
        "Subjek: galian drainase\n\nselamat malam, proyek drainase di Mangkurawang Tenggarong galiannya dibiarkan terbuka udh 1 bulan gak dikerjakan, gak ada pembatas. tadi malem ada motor nyemplung. tolong kontraktornya disuruh lanjut & pasang pengaman ASAP\n\nSent from my iPhone",
    ),
    _E(
        "whatsapp",
        "adpem",
        "gedung serbaguna kec Muara Muntai dibangun dr 2024 blm selesai, atap blm ada. kpn dilanjut?",
    ),
    _E(
        "whatsapp",
        "adpem",
        "semenisasi jln di desa kmi Sumber Sari Loa Kulu proyek pemkab kukar, tebelnya cuma 8cm, batunya bekas, baru 1 minggu udh retak2. tlg diawasi pak, jgn sampai uang rakyat terbuang",
    ),
    _E(
        "whatsapp",
        "adpem",
        "pak proyek pelebaran jln di Sebulu ini gak ada papan proyeknya, gak tau nilai & kontraktornya siapa, progresnya lambat bgt. dulu waktu lelang sy sempet liat di lpse tp skrg bukan itu yg sy persoalkan. yg sy minta pemkab pantau progres pekerjaannya & pasang papan informasi proyek",
    ),
    _E(
        "sms",
        "adpem",
        "proyek jln poros loa kulu brenti, alat berat ditinggal di pinggir jln 3 bln",
    ),
    _E(
        "sms",
        "adpem",
        "box culvert baru di desa kmi marangkayu udh retak, blm setahun dibangun",
    ),
    _E(
        "telegram",
        "adpem",
        "Turap sungai di tepian Tenggarong yg dibangun thn lalu ambrol sebagian, tanahnya ikut longsor ke sungai. Rumah2 di belakangnya terancam. Mohon dicek kualitas pekerjaannya & segera diperbaiki",
    ),
    _E(
        "telegram",
        "adpem",
        "kmi udh lapor ke dinas PU & ke puskesmas induk, tp gak ada tindak lanjut. gedung pustu baru di desa kmi (Muara Kaman) plafonnya udh jebol & dinding retak padahal baru diresmikan 4 bln. mhn setda ikut monitoring kualitas bangunan ini",
    ),
    _E(
        "twitter",
        "adpem",
        "JALAN BARU 3 BULAN UDAH BOLONG2 LAGI di tenggarong seberang. kontraktornya siapa sih 🤬",
    ),
    _E(
        "twitter",
        "adpem",
        "proyek stadion di kukar ini proyek abadi ya, dr sy SMA smp anak sy SMA blm kelar juga 👏 kapan dituntasin bapak2",
    ),
    _E(
        "twitter",
        "adpem",
        "GOR di kota bangun mangkrak, skrg jd sarang walet. tolong dituntaskan, sayang duit apbd",
    ),
    _E(
        "web",
        "adpem",
        "Saya tidak mempersoalkan siapa pemenang lelangnya, itu urusan panitia. Yang saya persoalkan pembangunan ruang kelas baru SMP di Anggana yang dibiayai APBD Kukar: sudah lewat batas waktu kontrak, baru sekitar 60%, pekerjanya hanya 3 orang. Anak-anak masih belajar bergantian di ruang guru. Mohon pemkab memantau progres dan menegur kontraktornya.",
    ),
    _E(
        "web",
        "adpem",
        "kmi forum pemuda pemantau pembangunan di kec Tabang. bbrp proyek fisik kabupaten yg diumumkan thn ini (jalan usaha tani, dermaga, sekolah) gak keliatan dikerjakan di lapangan. mohon pemkab buka laporan progres & realisasi proyek2 tsb di Tabang supaya warga bs ikut memantau",
    ),
]

_PBJ = [
    _E(
        "email",
        "pbj",
        "Subjek: akun lpse blm diverifikasi\n\nsiang, sy direktur CV kecil di Tenggarong, udh daftar akun penyedia di LPSE Kukar 3 minggu lalu & udh dtg bawa dokumen asli, tp status msh blm aktif. padahal ada tender yg mau sy ikuti minggu depan. mohon dibantu verifikasinya\n\nDikirim dari iPhone saya",
    ),
    _E(
        "email",
        "pbj",
        "Subjek: sanggahan tender\n\npak/bu, perusahaan kmi digugurkan di evaluasi teknis tender rehab gedung krn katanya personel gak sesuai, pdhl SKK nya lengkap kmi upload. kmi mau ajukan sanggahan tp fitur sanggah di spse udh tutup, pdhl masa sanggah msh 1 hari. mhn penjelasan\n\nSent from my Android",
    ),
    _E(
        "email",
        "pbj",
        "Subjek: produk lokal e-katalog\n\nhalo min, sy pengrajin meubel kayu di Loa Kulu, usaha kecil. pengen produk kmi masuk e-katalog lokal kukar biar bs dibeli sekolah & kantor2 lewat katalog. cara tayang produknya gmn & syaratnya apa? ada pendampingan gak?\n\nDikirim dari ponsel Xiaomi saya",
    ),
    _E(
        "whatsapp",
        "pbj",
        "pak mau lapor, tender proyek jalan di Kota Bangun kemarin yg menang perusahaan punya adik ipar pejabat dinas. dr awal udh rame dibilang 'sudah dikondisikan'. mhn proses lelang nya diperiksa",
    ),
    _E(
        "whatsapp",
        "pbj",
        "LPSE kukar down pas jam2 terakhir upload penawaran 😭😭 kmi gagal upload, gmn nih pak, bs diperpanjang gak jadwalnya? urgent",
    ),
    _E(
        "whatsapp",
        "pbj",
        "assalamualaikum pak, kulo mau jd penyedia utk pengadaan langsung di kantor2 pemkab, misal catering & ATK. hrs daftar SIKaP dulu nggih? bantu arahkan pak, sy masih awam",
    ),
    _E(
        "sms",
        "pbj",
        "jadwal lelang proyek 2027 kpn tayang di lpse kukar?",
    ),
    _E(
        "sms",
        "pbj",
        "sanggahan kmi utk tender rehab sekolah blm dijawab pokja, udh lewat batas",
    ),
    _E(
        "telegram",
        "pbj",
        "bukan ngomongin kualitas barangnya ya. tp dinas tmpt sy kerja beli laptop lwt e-katalog harga 28jt/unit, di toko online spek sama cuma 14jt. ini gmn pengawasan pembelian e-katalog nya?",
    ),
    _E(
        "telegram",
        "pbj",
        "min, user id SPSE perusahaan sy lupa password & email lama udh gak aktif. reset nya gmn? hrs dtg ke lpse?",
    ),
    _E(
        "twitter",
        "pbj",
        "lpse kukar eror lagi pas mau download dokumen tender 🙄 tolong dong",
    ),
    _E(
        "twitter",
        "pbj",
        "lelang di kukar canggih, pemenang udh ketauan sblm tender dibuka 🔮 pokja pake dukun?",
    ),
    _E(
        "twitter",
        "pbj",
        "tender pengadaan alat kesehatan gagal lelang 3x, kapan ditayangkan ulang @lpsekukar?",
    ),
    _E(
        "web",
        "pbj",
        "Saya tidak sedang mengeluhkan kualitas proyeknya, karena pekerjaannya belum dimulai. Yang saya pertanyakan: tender pembangunan dermaga di Muara Muntai hanya diikuti satu peserta dan tetap dimenangkan, sementara perusahaan kami tidak bisa ikut karena syarat kualifikasi yang aneh (wajib pengalaman dermaga di Kukar 3 tahun terakhir). Mohon ditinjau syarat kualifikasi tender tersebut.",
    ),
    _E(
        "web",
        "pbj",
        "Kami asosiasi kontraktor kecil lokal Kukar. Mohon agar paket-paket kecil di bawah 1 M diprioritaskan untuk penyedia lokal dan jadwalnya diumumkan lebih awal di LPSE. Banyak anggota kami juga belum paham SPSE, mohon diadakan pelatihan penggunaan SPSE bagi penyedia di kecamatan.",
    ),
]

_ORGANISASI = [
    _E(
        "email",
        "organisasi",
        "Subjek: KTP 3 bulan gak jadi\n\npak, sy rekam KTP di disdukcapil Tenggarong bln agustus, smp skrg blm jadi, tiap dtg disuruh balik minggu depan krn blangko kosong. tp tetangga sy yg 'lewat orang dalam' 2 hari jadi. ini standar pelayanannya gmn sih? mohon diperbaiki\n\nDikirim dari iPhone saya",
    ),
    _E(
        "email",
        "organisasi",
        "Subjek: pungutan di kecamatan\n\nsy bukan mau komplain ke camatnya ya, pak camatnya baik. tp di loket pelayanan kantor kecamatan Loa Janan tiap ngurus surat keterangan ahli waris diminta 'uang administrasi' 150rb tanpa kwitansi. katanya buat ATK. kmi mohon pungli ini dihentikan\n\nSent from my Android",
    ),
    _E(
        "email",
        "organisasi",
        "Subjek: survei kepuasan\n\nhalo, tiap selesai urusan di mal pelayanan publik disuruh isi survei kepuasan masyarakat, tp hasilnya gak pernah diumumkan & keluhan di kolom saran gak ada tindak lanjut. mohon hasil SKM nya dipublikasikan\n\nDikirim dari iPhone saya",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "pak mau ngurus izin usaha bengkel di DPMPTSP, persyaratannya beda2 tiap petugas. hari ini bilang cukup NIB, besok minta rekom lurah, lusa minta gambar bangunan. gak ada SOP yg ditempel. capek bolak balik dr Tenggarong Seberang",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "kmi dimintain 'uang rokok' 300rb sm oknum di dinas waktu minta surat rekomendasi usaha. kalau gak ngasih katanya berkas gak diproses2. tlg ditindak pak, kmi ada bukti chat nya",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "selamat siang saya tadi ke kantor dinas jam 10 pagi mau urus berkas pegawainya cuma satu yang lain gak tau ke mana katanya lagi rapat ditunggu sampai jam 12 akhirnya disuruh besok datang lagi ini sudah yang ketiga kali pak padahal berkasnya cuma minta tanda tangan kepala bidang jarak rumah saya dari Muara Kaman ke Tenggarong itu jauh pak ongkos bensin pulang pergi hampir 100 ribu belum makan belum izin kerja saya kehilangan upah harian tiap datang kok pelayanan pemerintah begini terus dari dulu tidak ada perubahan tidak ada nomor antrian tidak ada jadwal yang jelas di papan pengumuman juga kosong cuma ada kertas lama yang sobek saya tanya ke satpam katanya tanya ke dalam saja tolong diperbaiki pelayanannya pak dan ditegur pegawainya",
    ),
    _E(
        "sms",
        "organisasi",
        "loket pelayanan tutup jam 11 pdhl papan jadwal smp jam 3. gmn nih",
    ),
    _E(
        "sms",
        "organisasi",
        "urus akta lahir diminta bayar 200rb, bkn nya gratis ya? tlg ditertibkan",
    ),
    _E(
        "telegram",
        "organisasi",
        "berkas permohonan sy di dinas hilang, gak ada tanda terima, disuruh ulang dr nol",
    ),
    _E(
        "telegram",
        "organisasi",
        "usul pak, antrean di kantor2 pelayanan kukar bikin online aja kyk di kota lain, biar gak nunggu dr subuh. reformasi birokrasi nya mana",
    ),
    _E(
        "twitter",
        "organisasi",
        "pelayanan kantor dukcapil kukar lambat bgt, antre dr subuh 😩",
    ),
    _E(
        "twitter",
        "organisasi",
        "spanduk 'PELAYANAN PRIMA, CEPAT, TANPA PUNGLI' gede bgt di depan kantor, di dalem suruh nunggu 3 jam & bayar 'seikhlasnya' 🤣🤣",
    ),
    _E(
        "twitter",
        "organisasi",
        "UDH 2 BLN NGADU DI APLIKASI PENGADUAN PEMKAB, STATUS 'DIPROSES' TRS 😔",
    ),
    _E(
        "web",
        "organisasi",
        "Saya tidak sedang menanyakan perbaikan jalan, karena itu sudah ada jadwalnya dari desa. Yang saya keluhkan: surat permohonan rekomendasi yang saya ajukan ke salah satu dinas sejak Juni tidak pernah dijawab, tidak ada nomor registrasi, dan setiap saya tanya petugasnya berbeda-beda jawabannya. Mohon pelayanan dinas tersebut diperiksa dan diberi kepastian waktu.",
    ),
    _E(
        "web",
        "organisasi",
        "di kantor UPT dinas di Kota Bangun gak ada papan standar pelayanan, gak ada info biaya & lama proses. warga cuma bisa nebak2 & nanya ke calo di depan. mohon standar pelayanannya dipasang & diumumkan di semua kantor pelayanan",
    ),
]

_UMUM = [
    _E(
        "email",
        "umum",
        "Subjek: pinjam ruang rapat\n\nhalo pak/bu, kmi pengurus ikatan alumni pelajar Kukar mau pinjam ruang rapat di kantor bupati utk rapat koordinasi tgl 20. prosedur peminjamannya gmn, surat ditujukan ke siapa? ada biayanya kah?\n\nDikirim dari iPhone saya",
    ),
    _E(
        "email",
        "umum",
        "Subjek: surat kmi nyasar?\n\npak, kmi kirim surat permohonan data ke Setda Kukar tgl 3 nov lwt pos, resi nya udh 'diterima' di kantor bupati. tp pas kmi telp bagian tujuan, katanya gak ada surat masuk. surat masuk dicatat dmn ya? mohon dicek buku agenda surat masuknya\n\nSent from my Android",
    ),
    _E(
        "email",
        "umum",
        "Subjek: mobil plat merah\n\nmaaf pak sy mau lapor, ada mobil dinas plat merah yg sering dipake antar jemput anak sekolah & belanja ke pasar hari minggu, sy liat stikernya 'Setda Kab. Kutai Kartanegara'. tolong ditertibkan pemakaian kendaraan dinasnya\n\nDikirim dari iPhone saya",
    ),
    _E(
        "whatsapp",
        "umum",
        "pak parkiran kantor bupati kukar skrg ada jukir liar narik 5rb, pdhl itu kantor pemerintah. tamu jg susah dpt parkir krn penuh mobil pribadi pegawai dr pagi, ada yg parkir di depan pintu lobi. kmrn sy muter 3x baru dpt, itu pun di pinggir jalan. tlg ditertibkan parkirnya",
    ),
    _E(
        "whatsapp",
        "umum",
        "iye assalamualaikum, td sy ke kantor bupati urus sesuatu, toilet di lantai 1 nya jorok bgt, air mati, bau pesing. malu lah kantor bupati kyk gitu. mhn kebersihannya diperhatikan",
    ),
    _E(
        "whatsapp",
        "umum",
        "pak satpam di pos depan kantor bupati kasar bgt td, sy tamu mau antar berkas malah dibentak2 & disuruh putar lewat belakang tanpa dijelasin. mohon satpamnya dibina & penjagaan pintu masuknya diatur yg jelas",
    ),
    _E(
        "sms",
        "umum",
        "mobil dinas setda dipake ke pasar hari minggu, plat merah. tlg ditertibkan",
    ),
    _E(
        "sms",
        "umum",
        "surat kmi ke kantor bupati sdh sampai blm? dikirim via pos tgl 10",
    ),
    _E(
        "telegram",
        "umum",
        "AC ruang tunggu tamu kantor bupati rusak, atap lobi bocor, ember dimana2. tlg diperbaiki",
    ),
    _E(
        "telegram",
        "umum",
        "slmt pagi, komunitas senam lansia Tenggarong mau pinjam halaman/aula kantor bupati tiap minggu pagi. boleh gak ya & izinnya ke siapa?",
    ),
    _E(
        "twitter",
        "umum",
        "parkiran kantor bupati kukar semrawut, motor pegawai nutup jalan masuk 😤",
    ),
    _E(
        "twitter",
        "umum",
        "keren kantor bupati kita malam2 gelap gulita, lampu taman mati semua, cocok buat uji nyali 👻 tolong dibenerin",
    ),
    _E(
        "twitter",
        "umum",
        "mobil dinas setda kukar parkir depan tempat karaoke jam 1 malem. mantap 🙃 tolong dicek",
    ),
    _E(
        "web",
        "umum",
        "Saya tidak bermaksud meminta bertemu Bapak Bupati dan tidak sedang mengundang beliau. Saya hanya ingin memastikan surat pemberitahuan dari yayasan kami yang saya antar langsung ke kantor bupati minggu lalu sudah diterima dan dicatat, karena petugas penerima tidak memberi tanda terima maupun nomor agenda. Mohon dicek dan dikabari nomor agendanya.",
    ),
    _E(
        "web",
        "umum",
        "helm & jas hujan sy hilang di parkiran motor kantor bupati waktu sy urus keperluan di dalam. petugas jaga bilang CCTV nya rusak dr lama. mohon keamanan parkir & CCTV di kompleks kantor bupati diperbaiki",
    ),
]

_PROKOM = [
    _E(
        "email",
        "prokom",
        "Subjek: mohon audiensi\n\nYth Pak Bupati Aulia,\nkmi kelompok nelayan Muara Pantuan Anggana. soal bantuan alat tangkap & pencemaran dr perusahaan udh kmi sampaikan ke dinas, tp gak ada hasil. skrg kmi cuma minta waktu audiensi langsung dgn bapak bupati, 15 menit aja, utk sampaikan aspirasi nelayan. mohon dijadwalkan\n\nDikirim dari iPhone saya",
    ),
    _E(
        "email",
        "prokom",
        "Subjek: undangan festival\n\nselamat siang, kmi panitia Festival Danau Semayang di Kenohan tgl 14 Des. kmi mau mengundang pak bupati membuka acara. undangannya dikirim ke mana biar cepat sampai ke protokol? & kpn bs dpt kepastian beliau hadir?\n\nSent from my Android",
    ),
    _E(
        "email",
        "prokom",
        "Subjek: liputan\n\nhalo, sy jurnalis media online lokal Tenggarong. kmi sering gak dpt rilis & jadwal kegiatan bupati, padahal media lain dpt duluan. mohon kmi dimasukkan ke grup rilis humas & dikirimi press release kegiatan pimpinan\n\nDikirim dari iPhone saya",
    ),
    _E(
        "whatsapp",
        "prokom",
        "assalamualaikum pak, kmi pengurus masjid di desa Rapak Lambur Tenggarong mau mengundang pak bupati utk peresmian masjid tgl 5 januari. mohon infonya prosedur undangan ke bupati gmn ya 🙏",
    ),
    _E(
        "whatsapp",
        "prokom",
        "min, komentar sy di IG resmi bupati kukar dihapus trs, akun sy diblokir. sy cuma nanya jalan kapan dibenerin, bahasa sopan kok. admin sosmed pimpinan kok gitu? mohon dibuka blokirnya & ditanggapi",
    ),
    _E(
        "whatsapp",
        "prokom",
        "surat permohonan audiensi dgn bupati udh 3 minggu blm dijadwalkan, soal guru honorer Samboja",
    ),
    _E(
        "sms",
        "prokom",
        "mhn pak bupati hadir di pembukaan turnamen bola antar desa di sebulu tgl 21 nggih",
    ),
    _E(
        "sms",
        "prokom",
        "kapan jadwal audiensi dgn pak bupati? surat kmi sdh masuk 2 mgg",
    ),
    _E(
        "telegram",
        "prokom",
        "Sambutan bupati di acara HUT kecamatan kmrn nyebut jumlah penduduk & data desa kmi salah, trus dimuat di website & berita resmi pemkab. mohon dikoreksi di publikasi resminya",
    ),
    _E(
        "telegram",
        "prokom",
        "Kami dari LVRI (veteran) Kukar. Pada upacara HUT RI tahun ini para veteran tidak disediakan kursi dan ditempatkan di barisan belakang. Mohon tahun depan protokol upacara memperhatikan tempat untuk veteran.",
    ),
    _E(
        "twitter",
        "prokom",
        "min akun resmi bupati kukar gak pernah bales DM, mau undang beliau ke acara sekolah",
    ),
    _E(
        "twitter",
        "prokom",
        "IG bupati isinya foto senyum & seremoni tiap hari, info penting buat warga nol 📸📸. humas pimpinan tolong kontennya yg berguna dikit",
    ),
    _E(
        "twitter",
        "prokom",
        "jadwal kegiatan bupati kukar minggu ini ada gak sih? wartawan susah liputan",
    ),
    _E(
        "web",
        "prokom",
        "Yth. Bapak Bupati Kukar, Bapak Aulia Rahman Basri. Assalamualaikum. Saya pernah mengadukan jalan rusak di desa kami (Desa Perian, Muara Muntai) lewat kanal ini dan sudah ditindaklanjuti, terima kasih. Kali ini kami, para tetua adat dan tokoh pemuda, memohon kesempatan bersilaturahmi dan beraudiensi dengan Bapak untuk menyampaikan rencana festival budaya kampung. Mohon informasi jadwal yang memungkinkan. Wassalam.",
    ),
    _E(
        "web",
        "prokom",
        "kmi dr SMA di Loa Janan mau mengundang bapak bupati memberi sambutan di acara pelepasan siswa kelas 12 bln depan. kalau beliau berhalangan, boleh gak kmi minta sambutan tertulis atau video sambutan? mohon arahannya",
    ),
]

_PERENCANAAN_KEUANGAN = [
    _E(
        "email",
        "perencanaan_keuangan",
        "Subjek: tagihan catering setda\n\nsiang pak, sy pemilik catering yg melayani konsumsi rapat di Setda Kukar bln Agustus-September. invoice udh sy serahkan & katanya SPJ beres, tp smp skrg blm dibayar, total 46jt. sy usaha kecil, modal muter. mohon segera dibayarkan\n\nDikirim dari iPhone saya",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Subjek: TPP\n\nmaaf sy staf di salah satu bagian Setda. TPP kmi bln Sept-Nov blm dibayar, kata bendahara masih menunggu. pdhl dinas lain udh cair. kmi mohon kejelasan kpn TPP staf setda dibayarkan\n\nSent from my Android",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Subjek: SPPD blm diganti\n\npak, sy pegawai setda, perjalanan dinas ke Jakarta bln Juli pake uang pribadi dulu (tiket + hotel 7jt). smp skrg klaim SPPD blm diganti padahal berkas lengkap. mohon dicek\n\nSent from my iPhone",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "honor narasumber bimtek setda kukar bln lalu blm ditransfer, kpn ya pak?",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "assalamualaikum, sy percetakan di Tenggarong, cetak buku & spanduk pesanan salah satu bagian di setda kukar bln Juni. tagihan 12jt blm dibayar, tiap nagih disuruh balik minggu depan. tolong pak",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "pak saya tenaga kontrak di sekretariat daerah gaji bulan ini belum masuk padahal sudah tanggal 15 anak saya mau bayar sekolah kata yang di keuangan masih proses tapi bulan lalu juga telat bulan sebelumnya juga telat saya sampai pinjam ke tetangga mboten enak pak tiap bulan begini tolong diperhatikan nggih pak",
    ),
    _E(
        "sms",
        "perencanaan_keuangan",
        "TPP bln ini blm masuk, kmi staf setda kukar. kpn cair",
    ),
    _E(
        "sms",
        "perencanaan_keuangan",
        "tagihan snack rapat di setda kukar blm dibayar 2 bln",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "SPJ kegiatan kmi di bagian sdh 3x dikembalikan bendahara setda, koreksinya beda2 tiap kali. mohon ada panduan SPJ yg jelas biar gak bolak balik",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "uang lembur staf setda yg kerja sampai malam waktu persiapan acara HUT Kukar kemarin blm dibayar. acaranya udh lewat 2 bln. mohon kejelasan",
    ),
    _E(
        "twitter",
        "perencanaan_keuangan",
        "jadi vendor setda kukar itu seru, kerja dibayar kalo inget 🙃 invoice dr juli blm cair",
    ),
    _E(
        "twitter",
        "perencanaan_keuangan",
        "honor MC acara setda kukar bln lalu blm dibayar, udh 5 minggu. pleaseee",
    ),
    _E(
        "twitter",
        "perencanaan_keuangan",
        "toko ATK kmi supply ke setda kukar, tagihan 3 bln blm dibayar. kpn pak?",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Perusahaan kami mendapatkan paket pengadaan kursi rapat untuk Sekretariat Daerah melalui e-katalog pada bulan Mei. Proses pemesanan di e-katalog lancar dan barang sudah diterima dengan BAST. Kami tidak mempermasalahkan proses pengadaannya. Yang kami keluhkan adalah pembayaran dari Setda yang sudah lewat 90 hari belum juga dilakukan tanpa penjelasan. Mohon kepastian jadwal pembayaran.",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "sy staf setda. TPP sy bln oktober dipotong 40% dgn alasan kehadiran, padahal sy tugas luar pakai surat tugas & SPPD yg sah. mohon perhitungan TPP sy ditinjau ulang & kekurangannya dibayarkan",
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
