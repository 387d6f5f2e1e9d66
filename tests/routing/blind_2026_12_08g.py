# ruff: noqa: E501
"""Blind set written 2026-12-08 (seventh of the day) for issue 16: ordinary citizens of Kukar writing about everyday trouble in late 2026, on every channel, in their own words (mothers, fishermen, ojek and truck drivers, market traders, farmers, pensioners, students, religious teachers, village youth); many texts short and messy (typos, slang, no punctuation, Kutai or Banjar words), some long and emotional; many name places, officials, companies or other offices that are not what they ask about; some about something already complained of elsewhere. 15 cases per section; per section 2 email, 4 whatsapp, 2 web, 3 sms, 2 telegram, 2 twitter (24 email, 48 whatsapp, 24 web, 36 sms, 24 telegram, 24 twitter).. Written by two helper sessions, six sections each, with the same instructions, and joined into this file unread.

Written without reading config.yaml, routing/ or tests/routing/; each case is labelled only from
the mandates in docs/sections.md.

Scored ONCE, blind, with the rules of main 3474dbb (this file committed unread in that commit;
after the tuning on 2026-12-08a to 08f), on 2026-12-08 at 03:17 UTC: 170/180 correct = 94.4%
(Wilson 95% interval 90.1%-97.0%), 1 fallback (0.6%). Per channel: email 23/24, sms 34/36,
telegram 22/24, twitter 24/24, web 21/24, whatsapp 46/48.
The errors (index in CASES, label -> got): #21 kesra -> pbj, #27 kesra -> perencanaan_keuangan,
#51 kerjasama -> adpem, #97 adpem -> pemerintahan, #101 adpem -> perekonomian, #106 pbj ->
perekonomian, #123 organisasi -> sda, #128 organisasi -> fallback, #129 organisasi -> prokom, #155
prokom -> kesra.
"""

from __future__ import annotations

from tests.routing.case import Case

_PEMERINTAHAN = [
    Case(
        "email",
        "pemerintahan",
        "Perihal: Keberatan atas Hasil Pilkades Desa Sabintulung\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\nc.q. Sekretariat Daerah\ndi Tenggarong\n\nAssalamualaikum Wr. Wb.\n\nKami yang bertanda tangan di bawah ini, saksi calon nomor urut 2 pada pemilihan kepala desa Desa Sabintulung, Kecamatan Muara Kaman, tanggal 18 Oktober 2026, menyampaikan keberatan atas hasil penghitungan suara.\n\nPada TPS 3 jumlah surat suara yang terpakai lebih banyak 41 lembar dari daftar hadir pemilih. Saksi kami sudah minta hitung ulang tapi ditolak panitia, dan berita acara langsung ditandatangani tanpa saksi kami. Keberatan tertulis sudah kami serahkan ke panitia dan ke Camat Muara Kaman tanggal 21 Oktober, sampai sekarang belum ada jawaban, padahal kabarnya calon terpilih mau segera dilantik.\n\nKami mohon pemerintah kabupaten meninjau kembali hasil pemilihan ini sebelum pelantikan dilakukan. Salinan berita acara, foto-foto dan surat keberatan kami lampirkan.\n\nDemikian, atas perhatian Bapak kami ucapkan terima kasih.\n\nWassalam,\nM. Yusran\nSaksi Calon No. 2\nRT 05 Desa Sabintulung\nHP 0812-5530-xxxx",
    ),
    Case(
        "email",
        "pemerintahan",
        "Subject: batas desa bukit raya - bangun rejo\n\nSelamat siang Bapak/Ibu,\n\nSaya Suparno, Ketua RT 09 Dusun Karang Anyar. Mau menanyakan lagi soal batas antara Desa Bukit Raya dan Desa Bangun Rejo, Kec. Tenggarong Seberang. Dusun kami dari dulu ikut Bukit Raya, KTP dan KK warga juga Bukit Raya, tapi sejak ada pembebasan lahan oleh perusahaan tambang tahun lalu, pemerintah Desa Bangun Rejo mengklaim tanah di sebelah timur jalan poros itu masuk wilayah mereka. Akibatnya warga bingung surat keterangan tanah harus minta ke desa mana, dan dua kades saling tidak mau tanda tangan.\n\nKami sudah dua kali rapat di kantor camat (Juni dan Agustus 2026) tapi tidak ada keputusan, camat bilang penetapan batas itu wewenang kabupaten. Mohon kiranya tim dari kabupaten turun ke lapangan untuk menetapkan patok batas yang resmi supaya tidak jadi ribut antar warga.\n\n> Pada 14 Agt 2026, Kantor Camat Tenggarong Seberang menulis:\n> Permasalahan akan kami teruskan ke Pemkab untuk ditindaklanjuti.\n\nItu jawaban terakhir yang kami terima. Terima kasih.\n\nHormat saya,\nSuparno\nKetua RT 09 Dusun Karang Anyar",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "assalamualaikum pak.. sy warga RT 14 kelurahan loa ipuh. ketua RT kami sdh meninggal bulan juli, sampe skrg blm ada pemilihan RT baru. mau urus surat pengantar nikah anak sy jd bingung minta tanda tangan siapa. lurah cuma bilang tunggu aja. mohon dibantu pak biar cepat ada RT baru",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "Pak mau lapor kades kami di desa Sebuntal (marangkayu) udh hampir 4 bln gk pernah ngantor, katanya tinggal di samarinda. semua urusan dipegang sekdes tp sekdes gk berani ambil keputusan. musdes jg gk jalan. Warga udh lapor ke camat tp gk ada tindakan. apa kades boleh kyk gitu? tolong ditegur pak",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "slmt pagi pak/bu. kami warga dusun long lalang desa muara tiq, tabang. dusun kami jauh bgt dr kantor desa, 3 jam naik ketinting. thn 2025 kami sdh ajukan usulan pemekaran jd desa sendiri, berkas lengkap sdh diserahkan ke kecamatan, tp sampe desember 2026 ini blm ada kabar sama sekali. mohon info sdh sampai mana prosesnya",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "Mohon maaf menggangu pak. Sy Rahmadi, mantan Kaur Keuangan desa Tanjung Batuq Harapan Kec. Muara Muntai. Bulan september kmrn sy dan 3 perangkat lain diberhentikan kades yg baru dilantik, tanpa surat rekomendasi camat dan tanpa alasan jelas, diganti keluarga beliau semua. Kami sdh menghadap camat, kata camat itu kewenangan kades tp harus ada rekomendasi, dan camat tdk pernah kasih. Kami minta kabupaten meninjau pemberhentian ini",
    ),
    Case(
        "web",
        "pemerintahan",
        "Kami warga Desa Jembayan Kecamatan Loa Kulu ingin melaporkan sengketa tanah kas desa seluas kurang lebih 4 hektar di perbatasan dengan Desa Jembayan Tengah. Sejak pemekaran desa tanah itu tidak pernah jelas pembagiannya. Sekarang Desa Jembayan Tengah memasang plang milik desa mereka dan menyewakan sebagian lahan ke pengusaha, padahal dalam dokumen lama tanah itu tercatat sebagai aset Desa Jembayan. Dua kepala desa sudah bertemu tapi tidak sepakat. Kami mohon pemerintah kabupaten memfasilitasi penyelesaian dan menentukan status tanah tersebut supaya tidak terjadi bentrok antar warga.",
    ),
    Case(
        "web",
        "pemerintahan",
        "Selamat siang. Saya tinggal di Perumahan Griya Bukit Biru Permai, sudah 2 tahun ditempati sekitar 80 KK. Sampai sekarang perumahan kami tidak masuk RT manapun. Kelurahan Bukit Biru bilang belum ada SK pembentukan RT baru, sementara RT tetangga menolak karena warganya sudah terlalu banyak. Kami tidak punya ketua RT, tidak ada yang bisa kasih surat pengantar, tidak tercatat waktu ada pendataan. Tolong dibantu agar segera dibentuk RT di perumahan kami. Terima kasih. (Hendra, Tenggarong)",
    ),
    Case(
        "sms",
        "pemerintahan",
        "PAK MOHON DITINJAU PILKADES DESA MUARA WIS KMRN ADA BAGI2 AMPLOP MALAM SBLM COBLOS PANITIA DIAM SAJA WARGA ADA BUKTI VIDEO",
    ),
    Case(
        "sms",
        "pemerintahan",
        "pak kades trpilih desa kahala kenohan sdh 2 bln blm jg dilantik, yg pegang desa pjs trs. kapan plantikan nya pak warga bingung",
    ),
    Case(
        "sms",
        "pemerintahan",
        "ketua rt 07 kami di loa janan ilir ngotot gk mau diganti pdhl udh 3 periode, warga mau pilih rt baru tp kata dia hrs ada sk dr lurah dulu. benarkah bgitu",
    ),
    Case(
        "telegram",
        "pemerintahan",
        "min numpang tanya. desa kami Kelekat kec. kembang janggut di peta wilayah resmi yg dibagi waktu sosialisasi kemarin kok dusun 3 masuk ke desa sebelah (Long Beleh Modang). padahal dari jaman nenek moyang dusun itu punya kami, KTP warga jg Kelekat. kalo dibiarkan nanti dana desa & pendataan penduduk ikut pindah. gimana cara ngajukan koreksi batasnya?",
    ),
    Case(
        "telegram",
        "pemerintahan",
        "Selamat malam, saya anggota BPD Desa Sungai Payang Kec. Loa Kulu. Mau menyampaikan bahwa kades tidak pernah melibatkan BPD dalam musyawarah desa. RAPBDes 2027 disusun sendiri dan langsung dikirim ke kecamatan tanpa persetujuan BPD. Kami sudah surati kades 2x tidak dibalas. Mohon pembinaan dari kabupaten karena hubungan kades dan BPD sudah tidak sehat, rapat desa pun sekarang tidak jalan.",
    ),
    Case(
        "twitter",
        "pemerintahan",
        "pilkades di desa saya (tenggarong seberang) ditunda terus alasannya nunggu jadwal dr kabupaten. udh 1 thn dipimpin pj kades. kapan sih @PemkabKukar ??",
    ),
    Case(
        "twitter",
        "pemerintahan",
        "kantor desa di sangasanga dalam tutup udh 2 minggu krn kades sama perangkat ribut, kunci kantor dibawa sekdes. rakyat kecil mau urus apa2 bingung. camat kmn? tolong turun tangan @PemkabKukar",
    ),
]

_KESRA = [
    Case(
        "email",
        "kesra",
        "Subject: Fwd: Pencairan beasiswa semester genap belum masuk\n\nYth. Bapak/Ibu Pengelola Beasiswa Pemkab Kukar,\n\nSaya Nurul Aini, mahasiswi semester 5 Universitas Mulawarman asal Desa Perjiwa, Tenggarong Seberang, penerima beasiswa kabupaten sejak 2025. Dana beasiswa untuk semester genap 2025/2026 sampai hari ini (9 November 2026) belum masuk ke rekening saya, sementara teman-teman satu angkatan yang lain sudah menerima sejak September.\n\nSaya sudah mengirim email sebelumnya (saya teruskan di bawah) tapi belum mendapat balasan. Di akun pendaftaran status saya tertulis 'lolos verifikasi' dan nomor rekening sudah benar. Orang tua saya petani, UKT semester ini terpaksa dibayar dengan meminjam ke keluarga.\n\nMohon dicek kenapa dana saya belum cair.\n\nTerima kasih,\nNurul Aini\nNIM 2304xxxxxx\n\n---------- Forwarded message ---------\nDari: Nurul Aini\nTanggal: 2 Okt 2026\nPerihal: Pencairan beasiswa semester genap belum masuk\n\nSelamat pagi, saya ingin menanyakan status pencairan beasiswa saya...",
    ),
    Case(
        "email",
        "kesra",
        "Perihal: Permohonan informasi tindak lanjut proposal bantuan pembangunan masjid\n\nKepada Yth.\nSekretariat Daerah Kabupaten Kutai Kartanegara\n\nAssalamualaikum warahmatullahi wabarakatuh,\n\nKami pengurus Masjid Al-Ikhlas Desa Sumber Sari, Kecamatan Loa Kulu, pada bulan Februari 2026 telah mengajukan proposal bantuan untuk melanjutkan pembangunan masjid (atap dan kubah) yang terhenti sejak 2024 karena kehabisan dana swadaya jamaah.\n\nProposal sudah kami antar langsung ke kantor bupati dan diterima oleh staf dengan tanda terima. Kami juga sudah bertanya ke kantor Kementerian Agama, namun diarahkan kembali ke pemkab. Sampai saat ini belum ada kabar apakah proposal kami diverifikasi atau ditolak.\n\nMusim hujan sudah datang dan jamaah salat Jumat sering kebasahan karena atap baru sebagian. Kami mohon informasi dan kebijaksanaan Bapak/Ibu.\n\nWassalamualaikum wr. wb.\n\nH. Abdul Gafur\nKetua Takmir Masjid Al-Ikhlas\nDesa Sumber Sari",
    ),
    Case(
        "whatsapp",
        "kesra",
        "assalamualaikum pak, sy ustadzah di TPA nurul huda desa sebulu ilir. insentif guru ngaji kami blm cair dr triwulan 3, biasanya paling lambat oktober sdh masuk. sekarang udah mau akhir thn. kami cuma berharap dr itu pak, mohon dicek ya pak 🙏",
    ),
    Case(
        "whatsapp",
        "kesra",
        "Pak sy mau nanya, ibu sy calon jamaah haji berangkat thn 2027, umur 74 thn pake kursi roda. katanya pemkab kukar ada bantuan transport & pendampingan dr kukar ke embarkasi balikpapan. betul kah? daftarnya dimana? sy tinggal di muara jawa ulu",
    ),
    Case(
        "whatsapp",
        "kesra",
        "Slmt siang pak, anak sy Siti Hajar juara 2 tilawah remaja putri MTQ kabupaten bulan juni kemarin mewakili kec. Sebulu. Smp skrg uang pembinaan juaranya blm diterima, panitia kecamatan bilang tunggu dr kabupaten. Ini udh 5 bulan pak. Mohon kejelasannya",
    ),
    Case(
        "whatsapp",
        "kesra",
        "assalamualaikum. kami majelis taklim ibu2 Al-Hidayah RT 3 kelurahan Sangasanga Muara. thn ini kami ngajukan hibah utk beli sound system & karpet lewat aplikasi, status awalnya diterima, tiba2 nama kelompok kami hilang dr daftar penerima. ketua kami udh nanya ke kelurahan katanya gk tau. mohon info kenapa bs hilang pak",
    ),
    Case(
        "web",
        "kesra",
        "Saya Yohanes, lulusan SMA di Kecamatan Tabang, mendaftar beasiswa S1 kabupaten tahun 2026 untuk kuliah di Politeknik Negeri Samarinda. Hasil pengumuman saya dinyatakan tidak lolos dengan keterangan 'nilai rapor tidak memenuhi', padahal rata-rata rapor saya 88 dan syaratnya minimal 80. Saya menduga ada kesalahan input karena file rapor yang terbaca di sistem adalah milik orang lain (nama berbeda). Saya mohon pendaftaran saya diperiksa ulang. Masa sanggah sudah lewat karena sinyal di kampung kami susah, baru bisa buka pengumuman seminggu kemudian.",
    ),
    Case(
        "web",
        "kesra",
        "Selamat siang, kami panitia pembangunan Gereja Kemah Injil (GKII) Jemaat Sungai Lunuk, Kecamatan Tabang. Pada tahun 2025 kami sudah dua kali mengajukan permohonan bantuan pembangunan gedung gereja yang lama sudah lapuk. Menurut informasi yang kami dengar, bantuan tempat ibadah tahun 2026 sudah disalurkan ke beberapa desa lain, tetapi kami belum menerima jawaban apapun. Kami mohon penjelasan apakah permohonan kami masih diproses dan apa saja kekurangan berkasnya. Terima kasih, Tuhan memberkati. (Pdt. Markus L.)",
    ),
    Case(
        "sms",
        "kesra",
        "pak beasiswa kabupaten utk anak sma yg mau kuliah tahun depan kapan dibuka pendftaran? anak sy kls 12 di sman 1 kota bangun",
    ),
    Case(
        "sms",
        "kesra",
        "INSENTIF IMAM DAN MARBOT MESJID DI DESA KAMI TELUK MUDA KENOHAN SAMPAI DESEMBER BLM TERIMA SEPESERPUN TAHUN INI MOHON DIPERHATIKAN",
    ),
    Case(
        "sms",
        "kesra",
        "ass pak, bantuan hibah utk panti asuhan kami di samboja yg sdh diumumkan bln mei blm jg cair. anak2 asuh 37 org. mohon dibantu percepat",
    ),
    Case(
        "telegram",
        "kesra",
        "Selamat malam, saya Andi, penerima beasiswa kabupaten untuk program S2 di Universitas Brawijaya angkatan 2025. Mau menanyakan mengapa pencairan tahap kedua (biaya hidup dan buku) belum juga ditransfer, padahal laporan kemajuan studi dan transkrip sudah saya upload tanggal 30 Agustus sesuai jadwal. Di grup penerima banyak yang mengalami hal sama. Saya asli Muara Badak, jauh dari Tenggarong, jadi tidak bisa datang langsung. Mohon info kapan kira-kira cair dan apakah ada dokumen yang kurang. Terima kasih",
    ),
    Case(
        "telegram",
        "kesra",
        "min kafilah MTQ dari kec. anggana mau protes. waktu MTQ kabupaten di tenggarong kmrn peserta kami gk dpt uang transport & konsumsi yg dijanjikan, kami nombok pakai duit pribadi pelatih. mohon dievaluasi jgn sampai tahun depan begini lagi. kasian anak2 qori qoriah kami",
    ),
    Case(
        "twitter",
        "kesra",
        "beasiswa kabupaten cair kapan sih 😭 UKT udh jatuh tempo, terpaksa minjem sana sini. mahasiswa kukar nunggu kepastian nih @PemkabKukar",
    ),
    Case(
        "twitter",
        "kesra",
        "proposal bantuan musholla kami di muara jawa udh 2 thn gk ada kabar, tp yg baru ngajuin taun ini malah udh cair. sistemnya gimana ya @PemkabKukar ? kami cuma mau musholla gk bocor lagi",
    ),
]

_HUKUM = [
    Case(
        "email",
        "hukum",
        "Subject: Permintaan draf Raperda Masyarakat Hukum Adat dan jadwal konsultasi publik\n\nYth. Bapak/Ibu di Sekretariat Daerah Kukar,\n\nKami dari Perkumpulan Lingkar Hulu Mahakam, lembaga pendamping masyarakat adat di Kecamatan Tabang dan Kembang Janggut. Kami membaca di media bahwa pemkab sedang menyusun Rancangan Perda tentang Pengakuan dan Perlindungan Masyarakat Hukum Adat yang ditargetkan masuk DPRD awal 2027.\n\nKami memohon:\n1. salinan draf terbaru raperda beserta naskah akademiknya;\n2. informasi jadwal konsultasi publik, dan agar perwakilan komunitas adat di hulu diundang, bukan hanya tokoh di Tenggarong;\n3. kesempatan menyampaikan masukan tertulis, terutama soal definisi wilayah adat pada Pasal 5 versi yang beredar.\n\nAtas perhatiannya kami ucapkan terima kasih.\n\nSalam,\nRina Kartika\nKoordinator Program\nPerkumpulan Lingkar Hulu Mahakam\nJl. Gunung Belah, Tenggarong",
    ),
    Case(
        "email",
        "hukum",
        "Kepada Yth. Bapak/Ibu yang berwenang\n\nDengan hormat,\n\nNama saya Sumiati, tinggal di Desa Loa Duri Ulu, Kecamatan Loa Janan. Saya seorang janda dengan tiga anak, pekerjaan menjual sayur keliling.\n\nAnak saya yang sulung (19 tahun) ditahan di Polsek sejak 3 minggu lalu karena dituduh ikut mencuri kabel di area perusahaan. Menurut anak saya dia hanya diajak teman naik motor dan tidak tahu apa-apa. Saya tidak punya uang untuk membayar pengacara, sementara ada orang yang datang menawarkan 'jasa' dengan bayaran belasan juta.\n\nSaya dengar pemkab punya program bantuan hukum gratis untuk orang tidak mampu. Mohon Bapak/Ibu bisa membantu saya mendapatkan pendamping hukum sebelum anak saya disidang. SKTM dari desa sudah saya urus.\n\nTerima kasih, semoga Allah membalas kebaikan Bapak/Ibu.\n\nHormat saya,\nSumiati\nHP 0853-4xxx-xxxx",
    ),
    Case(
        "whatsapp",
        "hukum",
        "pak sy pedagang di pasar tangga arung, mau cari perbup ttg tarif retribusi pasar yg baru berlaku 2026 itu. di website JDIH kukar dicari gk ketemu, link yg ada error trs. bisa minta file nya pak? biar kami tau tarif resminya brp",
    ),
    Case(
        "whatsapp",
        "hukum",
        "Assalamualaikum.. mau tanya pak, tetangga sy di desa Kupang Baru (muara kaman) digugat perusahaan sawit di pengadilan soal kebun warisan ortunya. dia org gk mampu, baca tulis aja susah. ada gk bantuan pengacara gratis dr pemkab? sidang pertama tgl 12 desember",
    ),
    Case(
        "whatsapp",
        "hukum",
        "Sy ahli waris alm. H. Darmansyah, tanah ortu kami di kelurahan Sukarame dipakai pemkab utk bangun SD sejak 2009 dan sampai skrg blm pernah dibayar ganti rugi. sertifikat msh atas nama bapak. kami sdh 2x kirim surat tdk dibalas, skrg kami mau tempuh jalur hukum. sebelum gugat, kami mau tau pemkab mau mediasi atau tdk, ke siapa kami sampaikan somasinya",
    ),
    Case(
        "whatsapp",
        "hukum",
        "pak, perbup soal jam buka tempat hiburan malam yg katanya baru ditandatangani itu isinya apa aja ya? sdh berlaku atau blm? karaoke di tenggarong seberang dkt rumah sy buka smp jam 4 subuh, sy mau tunjukin aturannya ke pemiliknya. minta salinannya pak",
    ),
    Case(
        "web",
        "hukum",
        "Di laman JDIH Kabupaten Kutai Kartanegara, dokumen Perda tentang Rencana Tata Ruang Wilayah yang bisa diunduh hanya batang tubuhnya saja, lampiran peta dan tabelnya tidak ada. Saya konsultan perencana yang sedang menyiapkan dokumen untuk klien di Samboja dan membutuhkan lampiran resmi tersebut. Mohon lampiran lengkap diunggah atau diberi tahu cara mendapatkan salinan resminya. Terima kasih.",
    ),
    Case(
        "web",
        "hukum",
        "Kami kelompok warga Kelurahan Jahab yang pada tahun 2025 menggugat SK Bupati tentang penetapan lokasi tempat pembuangan sampah ke PTUN Samarinda. Gugatan kami dikabulkan dan putusan sudah berkekuatan hukum tetap sejak Mei 2026. Namun sampai sekarang SK tersebut belum dicabut dan truk sampah masih membuang di lokasi itu. Kami minta penjelasan kapan pemkab melaksanakan putusan pengadilan tersebut.",
    ),
    Case(
        "sms",
        "hukum",
        "mohon info syarat dapat bantuan hukum gratis utk warga miskin di kukar, anak sy kena kasus di polres. sy warga sebulu",
    ),
    Case(
        "sms",
        "hukum",
        "PERDA LARANGAN MIRAS KUKAR MSH BERLAKU KAH? DI MUARA BADAK BANYAK WARUNG JUAL BEBAS. KALAU MSH BERLAKU MINTA NOMOR PERDANYA UTK LAPOR",
    ),
    Case(
        "sms",
        "hukum",
        "sy honorer d kecamatan, mau minta salinan perbup ttg tpp pegawai 2026, di jdih blm diupload. kami mau tau dasar aturannya",
    ),
    Case(
        "telegram",
        "hukum",
        "Selamat siang min, saya wartawan media online lokal. Raperda pajak dan retribusi daerah yg lagi dibahas DPRD bulan ini drafnya bisa diakses publik di mana ya? Pedagang kecil banyak yg tanya apakah ada tarif baru. Kami perlu naskah resminya supaya beritanya tidak keliru.",
    ),
    Case(
        "telegram",
        "hukum",
        "Kami dari CV Mahakam Jaya Konstruksi. Minggu lalu kami menerima relaas panggilan sidang gugatan wanprestasi di PN Tenggarong, di mana kami sebagai penggugat dan Pemkab Kukar sebagai tergugat, terkait perjanjian sewa alat berat 2024. Sebelum sidang pertama 17 Desember kami ingin menawarkan penyelesaian damai. Mohon info siapa yang mewakili pemkab dalam perkara ini dan apakah kami bisa bertemu untuk membahas perdamaian.",
    ),
    Case(
        "twitter",
        "hukum",
        "sebenernya ada gak sih perbup yg larang truk batubara lewat jalan umum? kok tiap malem masih lewat di loa janan. mohon dijelasin dasar hukumnya @PemkabKukar biar warga gk debat kusir terus",
    ),
    Case(
        "twitter",
        "hukum",
        "web JDIH kukar down dari minggu lalu 😩 mahasiswa hukum lagi ngerjain skripsi butuh perda2 kukar. kapan pulih min? @PemkabKukar",
    ),
]

_KERJASAMA = [
    Case(
        "email",
        "kerjasama",
        "Subject: Perpanjangan Nota Kesepahaman Pemkab Kukar - Universitas\n\nYth. Bapak/Ibu Sekretariat Daerah Kabupaten Kutai Kartanegara,\n\nDengan hormat,\nNota Kesepahaman antara Pemerintah Kabupaten Kutai Kartanegara dan universitas kami tentang pendidikan, penelitian dan pengabdian masyarakat berakhir pada 31 Agustus 2026. Pada 12 Juli 2026 kami sudah mengirimkan draf perpanjangan beserta rancangan perjanjian kerja sama turunannya (KKN tematik di 10 desa dan riset stunting), namun hingga kini belum ada tanggapan.\n\nProgram KKN semester genap direncanakan Februari 2027 sehingga kami perlu kepastian dasar kerja samanya paling lambat akhir Desember. Kami mohon informasi siapa yang dapat kami hubungi untuk membahas draf tersebut.\n\nTerima kasih atas perhatian dan kerja samanya.\n\nHormat kami,\nDr. Hj. Lestari Wulandari\nKepala Kantor Kerja Sama\nUniversitas Kutai Kartanegara",
    ),
    Case(
        "email",
        "kerjasama",
        "Perihal: Penyaluran bantuan CSR tidak merata di Sangasanga Dalam\n\nAssalamualaikum Bapak/Ibu,\n\nKami Karang Taruna Desa Sangasanga Dalam ingin menyampaikan keluhan mengenai program bantuan CSR dari perusahaan tambang yang beroperasi di sekitar desa kami. Tahun ini ada bantuan sembako, bedah rumah dan modal usaha, tetapi penerimanya kebanyakan keluarga dan orang dekat perangkat desa. Warga RT 4 dan RT 6 yang rumahnya paling dekat dengan lokasi tambang dan paling sering kena debu justru tidak dapat apa-apa.\n\nKami sudah menyampaikan ini ke bagian CSR perusahaan bulan Oktober. Jawaban mereka: data penerima diusulkan oleh desa, mereka hanya menyalurkan. Desa sendiri tidak pernah mengumumkan daftar penerima.\n\nKami mohon pemerintah kabupaten yang mengoordinasikan program CSR perusahaan dapat memeriksa daftar penerima dan mendorong agar penyalurannya terbuka.\n\nHormat kami,\nAgus Salim\nKetua Karang Taruna Desa Sangasanga Dalam",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "assalamualaikum pak. sy nelayan di muara badak ulu. tiap thn katanya ada bantuan CSR dr perusahaan migas utk warga pesisir, paket sembako sama perbaikan rumah. tp yg dpt itu2 aja tiap tahun, kami yg tinggal di ujung kampung gk pernah kebagian. tolong pak diatur biar merata",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "Pak, posyandu di desa Bhuana Jaya dulu dpt bantuan makanan tambahan & timbangan dr program TJSL perusahaan sawit sekitar sini. thn 2026 ini tiba2 berhenti, kata kader perusahaan udh alihkan dananya ke tempat lain. bisa gk pemkab tanya ke perusahaannya? kasian balita2 di sini",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "sy sopir angkot trayek tenggarong-samarinda pak. kmrn ada berita pemkab kukar dan pemkot samarinda tandatangan kerja sama soal transportasi antar wilayah. isi perjanjiannya apa aja ya pak? kami sopir gk pernah diajak ngomong, takutnya trayek kami dihapus",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "Selamat pagi, kami dari Yayasan Tani Lestari Borneo. Kami berminat menjalin kerja sama resmi dgn Pemkab Kukar utk program pendampingan petani muda di Kota Bangun & Muara Muntai, dana dari donor kami sendiri. Prosedur pengajuan MoU nya bagaimana ya dan dokumen apa yg perlu disiapkan?",
    ),
    Case(
        "web",
        "kerjasama",
        "Pada tahun 2025 PT yang menambang di dekat Desa Separi, Kecamatan Tenggarong Seberang, berjanji di depan warga dan camat akan membangun jembatan kayu ulin di Dusun Separi Besar melalui program tanggung jawab sosial perusahaan. Sampai Desember 2026 jembatan itu tidak pernah dibangun dan perusahaan tidak lagi menanggapi surat warga. Anak sekolah masih menyeberang lewat batang pohon. Kami minta pemkab menagih komitmen CSR perusahaan tersebut dan menjadi penengah antara warga dan perusahaan.",
    ),
    Case(
        "web",
        "kerjasama",
        "Saya mahasiswa Politeknik Pertanian Negeri Samarinda. Kampus kami sudah menandatangani perjanjian kerja sama magang dengan Pemkab Kukar pada Maret 2026, tetapi ketika kami datang ke beberapa kantor di Tenggarong, pihak kantor mengatakan belum menerima pemberitahuan apapun dan menolak kami. Sudah 3 minggu kami tidak bisa memulai magang. Mohon kejelasan pelaksanaan perjanjian tersebut.",
    ),
    Case(
        "sms",
        "kerjasama",
        "CSR PT di kembang janggut thn ini katanya dialihkan ke desa lain tanpa musyawarah dgn warga desa kami. mohon pemkab tanya ke perusahaan alasannya",
    ),
    Case(
        "sms",
        "kerjasama",
        "pak bantuan sapi qurban dr CSR perusahaan batubara kmrn kok gk sampe ke RT 02 loa ulung, padahal nama kami ada di daftar",
    ),
    Case(
        "sms",
        "kerjasama",
        "katanya ada perjanjian kerja sama kukar dgn bontang soal rumah sakit, warga marangkayu bisa berobat ke bontang pakai ktp kukar. betul kah pak? tolong info isi kerjasamanya",
    ),
    Case(
        "telegram",
        "kerjasama",
        "Selamat siang Bapak/Ibu. Saya staf Community Development salah satu perusahaan perkebunan di Kecamatan Kenohan. Kami akan menyalurkan dana TJSL tahun 2026 sisa anggaran kurang lebih Rp 600 juta dan ingin menyelaraskan dengan program prioritas pemkab supaya tidak tumpang tindih. Mohon arahan siapa yang bisa kami temui dan apakah ada forum koordinasi CSR yang aktif.",
    ),
    Case(
        "telegram",
        "kerjasama",
        "Min, saya jurnalis. Mau minta data realisasi dana CSR perusahaan2 di Kukar tahun 2025-2026 per kecamatan. Forum CSR kabupaten tidak pernah mempublikasikan laporannya, padahal warga sekitar tambang banyak yang tanya uangnya ke mana.",
    ),
    Case(
        "twitter",
        "kerjasama",
        "CSR perusahaan batubara di samboja cuma spanduk doang, warga sekitar tambang dapat apa? tolong @PemkabKukar awasi penyaluran CSR nya, jangan cuma foto seremonial",
    ),
    Case(
        "twitter",
        "kerjasama",
        "MoU Pemkab Kukar sama kampus luar negeri yg rame diberitain kmrn itu isinya apa sih? ada manfaatnya buat anak muda kukar gk? jangan cuma tanda tangan terus lupa @PemkabKukar",
    ),
]

_PEREKONOMIAN = [
    Case(
        "email",
        "perekonomian",
        "Perihal: Keluhan pengelolaan Pasar Tangga Arung\n\nKepada Yth.\nBapak Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\n\nKami Paguyuban Pedagang Pasar Tangga Arung Tenggarong menyampaikan keluhan atas kondisi pasar dalam enam bulan terakhir:\n1. Pedagang kaki lima dibiarkan berjualan di depan pintu masuk dan di pinggir jalan, sehingga pembeli tidak masuk ke dalam dan lapak di lantai dua hampir semua tutup.\n2. Pembagian lapak baru tidak transparan, ada pedagang lama yang tidak kebagian sementara orang yang bukan pedagang memegang beberapa lapak.\n3. Pasar makin sepi, omzet kami turun hampir separuh dibandingkan tahun lalu.\n\nKami sudah menyampaikan hal ini kepada pengelola pasar, namun belum ada tindakan. Kami mohon pemerintah kabupaten turun tangan menata pasar supaya pedagang kecil bisa bertahan.\n\nHormat kami,\nH. Syamsuddin\nKetua Paguyuban Pedagang Pasar Tangga Arung",
    ),
    Case(
        "email",
        "perekonomian",
        "Subject: Re: Air PDAM mati 3 minggu di Loa Janan Ilir\n\nSelamat siang,\n\nSaya membalas email saya sendiri tanggal 20 Oktober karena belum ada jawaban. Air dari perusahaan daerah air minum di RT 11 dan RT 12 Kelurahan Loa Janan Ilir mati total sejak awal Oktober, sudah lebih dari 3 minggu. Kalaupun mengalir hanya jam 2 sampai 4 subuh dan keruh. Tagihan tetap datang normal bahkan naik.\n\nKantor cabang bilang pipa induk sedang diperbaiki, tapi tidak ada pengumuman kapan selesai. Warga terpaksa beli air tandon Rp 80 ribu sekali isi. Mohon pemkab sebagai pemilik perusahaan daerah ini menegur manajemennya dan memastikan layanan pulih.\n\n> Pada 20 Okt 2026, Bambang Sutrisno menulis:\n> Air PDAM di lingkungan kami mati total sejak 3 Oktober...\n\nTerima kasih,\nBambang Sutrisno\nKetua RT 11 Loa Janan Ilir",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "assalamualaikum pak, gas melon 3kg di desa kami muara muntai ilir langka bgt sdh 2 minggu. pangkalan bilang jatah blm dtg, tp di warung ada dijual 45rb. kami ibu2 masak pake kayu lagi ni pak. tolong dicek",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "Pak solar di SPBU loa kulu antri dr subuh, sy sopir truk sembako jam 10 pagi blm dpt jg. banyak yg ngisi pake jerigen utk dijual lg ke truk2 tambang. tolong pak diawasi penyalurannya, kami yg angkut sembako jd telat semua",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "harga cabe rawit di pasar kota bangun 120rb sekilo pak, bawang merah 60rb. kemaren2 msh 50an. kami yg jualan nasi kuning pusing. pemkab gk ada operasi pasar kah?",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "Slmt sore pak. sy ibu rumah tangga di desa anggana, usaha amplang & kerupuk ikan rumahan. dengar2 ada program pembinaan & bantuan modal utk UMKM dr pemkab. sy mau ikut tp gk tau daftarnya dmn, dinas mana yg pegang. mohon infonya pak, produk sy sdh ada PIRT",
    ),
    Case(
        "web",
        "perekonomian",
        "Setiap kali ada pasar murah atau operasi pasar beras dan minyak goreng, lokasinya selalu di Tenggarong dan kecamatan sekitar kota saja. Kami di Kecamatan Tabang yang harga barangnya paling mahal karena ongkos angkut lewat sungai tidak pernah kebagian. Harga beras medium di sini sudah Rp 18.000/kg. Mohon pasar murah juga dijadwalkan ke kecamatan-kecamatan hulu.",
    ),
    Case(
        "web",
        "perekonomian",
        "Kami kelompok nelayan Desa Saliki, Muara Badak. Kuota solar bersubsidi di penyalur terdekat selalu habis dalam sehari, padahal surat rekomendasi nelayan kami sudah lengkap. Banyak solar diambil pembeli berjerigen yang bukan nelayan. Akibatnya kami tidak bisa melaut dan terpaksa membeli eceran Rp 12.000 per liter. Mohon pengawasan distribusi solar subsidi untuk nelayan.",
    ),
    Case(
        "sms",
        "perekonomian",
        "LPG 3KG DI SAMBOJA DIJUAL 50RB. PANGKALAN BILANG STOK HABIS TP WARUNG SEBELAHNYA ADA. MOHON DITINDAK",
    ),
    Case(
        "sms",
        "perekonomian",
        "minyakita langka di pasar muara kaman pak, kalo ada pun hrg nya 22rb seliter jauh dr het",
    ),
    Case(
        "sms",
        "perekonomian",
        "hrg gula pasir di sebulu skrg 22rb/kg pak, naik trs mnjelang natal tahun baru. mohon pemkab pantau",
    ),
    Case(
        "telegram",
        "perekonomian",
        "Selamat pagi. Kami pedagang ikan di Pasar Subuh Tenggarong. Hari Senin kemarin lapak kami dipindah paksa oleh pengelola pasar ke bagian belakang dekat got tanpa sosialisasi apa-apa. Pembeli jadi tidak tahu kami di mana. Kami minta penataan lapak dimusyawarahkan dulu dengan pedagang.",
    ),
    Case(
        "telegram",
        "perekonomian",
        "Min saya karyawan salah satu perusahaan daerah milik pemkab kukar. Gaji kami sudah 3 bulan tidak dibayar, direksi bilang perusahaan rugi dan tidak ada pemasukan. Kami 40an orang punya anak istri. Mohon pemkab selaku pemilik turun tangan membenahi perusahaan ini dan memastikan hak karyawan dibayar.",
    ),
    Case(
        "twitter",
        "perekonomian",
        "udah 3 hari keliling tenggarong seberang nyari gas melon gk dapet2. pangkalan kosong, eceran 50rb. @PemkabKukar kemana? #gaslangka #kukar",
    ),
    Case(
        "twitter",
        "perekonomian",
        "harga telur di pasar loa janan tembus 60rb sepiring, katanya inflasi kukar terkendali. terkendali dari mana 🙄 @PemkabKukar",
    ),
]

_SDA = [
    Case(
        "email",
        "sda",
        "Subject: Lubang bekas tambang di belakang permukiman RT 08 Desa Loa Ulung\n\nYth. Bapak/Ibu Pemerintah Kabupaten Kutai Kartanegara,\n\nSaya menulis dengan hati yang berat. Bulan Agustus kemarin keponakan saya, Rizky (11 tahun), meninggal tenggelam di lubang bekas tambang batubara yang hanya berjarak sekitar 200 meter dari rumah-rumah warga RT 08 Desa Loa Ulung, Tenggarong Seberang. Lubang itu sudah ditinggalkan perusahaan sejak 2021, airnya hijau dan dalam, tidak ada pagar, tidak ada papan peringatan.\n\nSetelah kejadian, perusahaan hanya datang sekali membawa santunan. Pagar darurat yang dipasang warga sudah rusak lagi, dan anak-anak masih sering bermain dan memancing di sana. Kami takut ada korban berikutnya.\n\nKami memohon pemerintah kabupaten mendesak perusahaan menutup atau mereklamasi lubang tersebut, dan setidaknya memasang pagar permanen dan penjagaan. Laporan ke polisi sudah dibuat keluarga, tetapi yang kami minta di sini adalah agar lubang itu tidak lagi membahayakan.\n\nHormat saya,\nSiti Mariam\nWarga RT 08 Desa Loa Ulung",
    ),
    Case(
        "email",
        "sda",
        "Perihal: Bantuan alsintan Kelompok Tani Sido Makmur belum diterima\n\nYth. Bapak/Ibu,\n\nKami Kelompok Tani Sido Makmur, Desa Rempanga, Kecamatan Loa Kulu, beranggota 32 petani padi sawah. Pada musyawarah bulan Maret 2026 kelompok kami dinyatakan akan menerima bantuan 1 unit hand traktor dan 1 unit pompa air, dan sudah difoto petugas untuk verifikasi.\n\nSampai musim tanam Oktober-November ini bantuan belum datang, sedangkan kelompok tani di desa sebelah sudah menerima. Kami bertanya ke penyuluh, jawabannya 'masih diproses'. Sebagian anggota terpaksa menyewa traktor Rp 1,2 juta per hektar.\n\nBerikut jawaban terakhir yang kami terima:\n> From: penyuluh BPP Loa Kulu\n> Date: 5 Nov 2026\n> Bantuan masih menunggu jadwal distribusi dari kabupaten.\n\nMohon kejelasan kapan bantuan tersebut disalurkan.\n\nHormat kami,\nSutrisno\nKetua Kelompok Tani Sido Makmur",
    ),
    Case(
        "whatsapp",
        "sda",
        "assalamualaikum pak, air sungai di desa kami (Kedang Kepala, muara kaman) keruh hitam & bau sejak 1 minggu ini, ikan2 banyak yg mati ngambang. warga curiga dr limbah pabrik sawit di hulu. warga sini mandi cuci pakai air sungai pak. mohon dicek segera",
    ),
    Case(
        "whatsapp",
        "sda",
        "Pak sy petani plasma sawit di desa Long Beleh kec kembang janggut. sdh 6 thn kebun plasma kami dikelola perusahaan tp bagi hasil tiap bulan cuma 150rb per kapling, kadang gk ada sama sekali, laporan produksinya gk pernah dikasih lihat. kami udh demo ke kantor kebun tp gk ada hasil. tolong pemkab turun",
    ),
    Case(
        "whatsapp",
        "sda",
        "sy ketua kelompok nelayan Bina Usaha desa Muara Aloh muara muntai. kelompok kami sdh diverifikasi bulan april utk bantuan mesin ketinting & jaring, tp smp skrg blm ada barangnya. kelompok lain yg ngajuinnya belakangan malah udh terima. mohon dicek pak kenapa kami blm",
    ),
    Case(
        "whatsapp",
        "sda",
        "Pak debu batubara dr jalan hauling sama stockpile di desa Batuah loa janan masuk ke rumah2, lantai item tiap hari. anak sy & tetangga byk yg batuk2 sampe dibawa ke puskesmas. perusahaan cuma nyiram jalan kalo ada tamu. mohon pak ditindak",
    ),
    Case(
        "web",
        "sda",
        "Kami masyarakat Desa Muara Tiq, Kecamatan Tabang, melaporkan adanya penebangan kayu secara liar di kawasan hutan di hulu Sungai Belayan. Setiap minggu terlihat rakit kayu bulat, termasuk kayu ulin dan meranti, dihanyutkan ke hilir pada malam hari. Hutan itu sumber air dan tempat warga mencari rotan dan madu. Kami khawatir banjir makin parah. Mohon instansi berwenang segera turun memeriksa.",
    ),
    Case(
        "web",
        "sda",
        "Di Desa Bhuana Jaya, Tenggarong Seberang, ada kegiatan tambang batubara yang diduga tidak berizin, hanya sekitar 300 meter dari SD dan permukiman. Alat berat bekerja malam hari dan truk keluar masuk lewat jalan desa. Tanah sawah warga di bawahnya sudah retak dan air irigasi kering. Kami minta pemkab memeriksa izin kegiatan tersebut dan menghentikannya bila tidak berizin.",
    ),
    Case(
        "sms",
        "sda",
        "lubang bekas tambang dkt sd di desa jembayan blm ditutup jg pak, bahaya anak2 sering main air dsitu",
    ),
    Case(
        "sms",
        "sda",
        "bantuan bibit padi & pupuk utk kelompok tani kami di kenohan blm dtg, musim tanam udh lewat pak. trs kami tanam pake apa",
    ),
    Case(
        "sms",
        "sda",
        "BANJIR LUMPUR DARI TAMBANG MASUK SAWAH KAMI DI DESA SEBUNTAL MARANGKAYU 5 HEKTAR PADI MATI",
    ),
    Case(
        "telegram",
        "sda",
        "Selamat sore, saya mahasiswa teknik lingkungan yang sedang meneliti lubang bekas tambang di Kukar. Sudah bersurat ke beberapa kantor tapi tidak dapat data. Kami butuh data jumlah lubang tambang yang belum direklamasi per kecamatan dan daftar izin tambang yang sudah habis masa berlakunya, untuk dilaporkan juga ke kampus dan warga desa dampingan.",
    ),
    Case(
        "telegram",
        "sda",
        "min ikan nila di keramba kami di loa kulu mati massal lagi, 3 ton lebih. air sungai berubah warna sejak ada kolam pengendapan perusahaan jebol minggu lalu. ini udh kedua kalinya tahun ini. petani keramba rugi besar, tolong diusut sumber pencemarannya",
    ),
    Case(
        "twitter",
        "sda",
        "lubang tambang lagi2 makan korban di kukar. sampai kapan @PemkabKukar diam aja? reklamasi mana reklamasi?? #lubangtambang",
    ),
    Case(
        "twitter",
        "sda",
        "hutan di belakang kampung kami di kembang janggut dibuka buat kebun sawit, ulin2 besar habis ditebang. izinnya ada gk sih? tolong dicek @PemkabKukar sebelum hutan kami habis semua",
    ),
]

_ADPEM = [
    Case(
        "email",
        "adpem",
        "Perihal: Pembangunan jembatan penghubung Desa Sebulu Ilir yang terhenti\n\nKepada Yth.\nBapak/Ibu Pimpinan Sekretariat Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nAssalamualaikum Wr. Wb.\n\nDengan hormat, kami warga RT 07 Desa Sebulu Ilir, Kecamatan Sebulu, ingin menyampaikan keadaan jembatan beton di ujung gang kami yang dibangun dengan dana APBD Kabupaten tahun anggaran 2026. Papan proyek menyebutkan waktu pelaksanaan 150 hari kalender mulai bulan April, tetapi sejak pertengahan Agustus tidak ada lagi pekerja maupun alat di lokasi. Besi tulangan dibiarkan berkarat, cetakan kayu sebagian sudah hanyut waktu air pasang.\n\nSelama ini anak-anak kami ke sekolah masih harus menyeberang lewat titian kayu lama yang sudah lapuk. Kepala desa sudah kami tanyai, beliau bilang itu bukan proyek desa sehingga desa tidak bisa berbuat apa-apa.\n\nKami mohon pekerjaan ini ditinjau dan kami diberi penjelasan kapan dilanjutkan, serta apakah kontraktornya masih bertanggung jawab.\n\nDemikian, atas perhatian Bapak/Ibu kami ucapkan terima kasih.\n\nWassalamualaikum Wr. Wb.\n\nHormat kami,\nSyahrani\nWarga RT 07 Desa Sebulu Ilir\nHP 0812 5xxx 3321",
    ),
    Case(
        "email",
        "adpem",
        "Subject: Fwd: Re: Drainase Jl. Mangkurawang masih banjir\n\nSelamat siang Bapak/Ibu,\n\nSaya teruskan balasan yang saya terima dari Dinas PUPR bulan lalu. Intinya mereka bilang pekerjaan sudah selesai dan sudah serah terima. Tapi kenyataan di lapangan sangat berbeda.\n\n> Terima kasih atas laporan Saudara. Pekerjaan saluran drainase ruas Jl. Mangkurawang\n> telah selesai 100% dan telah dilakukan PHO pada tanggal 12 September 2026.\n\nSaluran yang katanya selesai itu dindingnya sudah retak di tiga titik, tutupnya (U-ditch) ada yang pecah, dan yang paling parah kemiringannya salah, air malah mengalir balik ke rumah warga. Hujan dua jam saja halaman kami sudah tergenang sebetis. Sebelum ada proyek ini justru tidak separah sekarang.\n\nSaya dan teman-teman dari forum warga sudah memotret dan mengukur sendiri, foto terlampir. Kami minta proyek ini diperiksa ulang oleh tim dari kabupaten, bukan hanya percaya laporan di atas kertas, dan kalau memang kualitasnya tidak sesuai, kontraktornya diminta memperbaiki selama masa pemeliharaan.\n\nTerima kasih.\n\nSalam,\nRudi Hartono\nForum Warga Peduli Mangkurawang, Tenggarong",
    ),
    Case(
        "whatsapp",
        "adpem",
        "pak jalan semenisasi di muara kaman ulu itu baru 2 bulan jadi sdh retak2 smua pecah2 pinggirnya, kyknya campuran semen nya sedikit bgt. itu proyek pemkab kan bukan dana desa. tolong dicek lah pak sblm rusak total",
    ),
    Case(
        "whatsapp",
        "adpem",
        "Assalamualaikum, sy ibu rumah tangga di Loa Janan Ilir. Mau tanya gedung pustu (puskesmas pembantu) baru yg dibangun dekat masjid kami itu kenapa ditinggal kontraktornya dari agustus? Tembok sdh berdiri tp atap blm ada, skrg rumput udh setinggi orang, jadi sarang ular. Warga pengen cepet dipake buat posyandu. Kapan dilanjut ya?",
    ),
    Case(
        "whatsapp",
        "adpem",
        "mohon maaf pak sy nelayan di muara badak ulu. dermaga tambatan perahu yg dibangun kabupaten thn ini tiangnya sdh miring 2 biji, lantai papan ulinnya banyak yg goyang. baru diresmikan bulan lalu. kami takut perahu nabrak atau org jatuh. tolong kontraktornya suruh benerin",
    ),
    Case(
        "whatsapp",
        "adpem",
        "Sy sopir truk sawit lewat jalan poros kota bangun - muara muntai tiap hari. Proyek peningkatan jalan nya berhenti sdh hampir 2 bln, tanah urug sm batu dibiarin numpuk setengah badan jalan. kalo hujan licin bgt kmrn truk kawan sy terperosok. ini kapan lanjut? jgn cuma dibongkar trs ditinggal",
    ),
    Case(
        "web",
        "adpem",
        "Nama: Hj. Masnah\nAlamat: Desa Bukit Raya, Tenggarong Seberang\n\nTurap/siring di tepi Sungai Mahakam di desa kami yang baru selesai dibangun awal tahun 2026 sudah ambrol sepanjang kurang lebih 20 meter. Tanah di belakangnya ikut longsor dan dua rumah warga sekarang terancam. Kami lihat waktu pembangunan tiang pancangnya pendek-pendek dan tidak sampai tanah keras. Mohon pemerintah kabupaten memeriksa kualitas pekerjaan tersebut dan meminta pelaksana memperbaikinya, karena setahu kami masih dalam masa pemeliharaan.",
    ),
    Case(
        "web",
        "adpem",
        "Saya mahasiswa asal Tabang yang sedang KKN di desa sendiri. Rehab atap dan ruang kelas SDN di Desa Sidomulyo selesai dikerjakan bulan Juli dengan dana kabupaten, tapi waktu hujan kemarin tiga ruang kelas bocor lagi dan muridnya harus dipindah ke teras. Plafon gypsum yang baru juga sudah melendut. Kepala sekolah bilang sudah lapor ke dinas pendidikan tapi belum ada yang datang. Saya mohon pekerjaan rehab ini diawasi dan diperiksa karena hasilnya jelas tidak sesuai.",
    ),
    Case(
        "sms",
        "adpem",
        "YTH SETDA KUKAR. JALAN DI LOA KULU KOTA YG DIASPAL BULAN SEPTEMBER SDH BERLUBANG LAGI DI BANYAK TITIK. ASPALNYA TIPIS SKALI BISA DICUNGKIL PAKAI JARI. MOHON DIPERIKSA. WARGA RT 05",
    ),
    Case(
        "sms",
        "adpem",
        "proyek gorong2 box di jln poros marangkayu sdh 3 bln gk ada tukang, galian dibiarin menganga tnp pagar. bahaya utk anak2 sm motor malam hari. tolong ditindak",
    ),
    Case(
        "sms",
        "adpem",
        "mau tny progres pembangunan jembatan di desa teluk muda kenohan. katanya target selesai des 2026 tp skrg baru tiang2 aja. apa bs selesai?",
    ),
    Case(
        "telegram",
        "adpem",
        "Selamat pagi. Saya pensiunan guru di Sangasanga. Trotoar baru di sepanjang jalan menuju pasar yang dibangun pemkab bulan Juni itu keramiknya sudah lepas-lepas dan banyak yang pecah, saya sendiri hampir terjatuh kemarin. Kelihatan sekali dikerjakan terburu-buru. Mohon diperiksa hasil pekerjaannya dan diperbaiki sebelum ada orang tua yang celaka.",
    ),
    Case(
        "telegram",
        "adpem",
        "bang sy pemuda desa di samboja. gedung olahraga yg dibangun pemkab dari 2025 sampe skrg blm bs dipake, atap baru setengah, lantai blm dicor. kontraktornya ngilang. padahal anak2 sini butuh tempat latihan. ini proyek mangkrak ya? siapa yg tanggung jawab",
    ),
    Case(
        "twitter",
        "adpem",
        "@humaskukar ini jalan di Anggana kok tiap tahun diperbaiki tp sebulan udh hancur lagi. duit APBD nya kemana pak. tolong diawasi kontraktornya, jgn asal terima hasil kerja",
    ),
    Case(
        "twitter",
        "adpem",
        "Jembatan di Muara Wis katanya udah selesai 100% di laporan, faktanya oprit blm nyambung, motor aja gak bisa lewat. yg bener aja. mohon dicek ke lapangan bukan cuma baca laporan #KukarIdaman",
    ),
]

_PBJ = [
    Case(
        "email",
        "pbj",
        "Perihal: Keberatan atas hasil evaluasi tender paket Rehabilitasi Gedung Serbaguna Kecamatan Muara Jawa\n\nKepada Yth.\nKepala Bagian yang menangani pengadaan\nSekretariat Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\n\nKami CV Mahakam Jaya Konstruksi, peserta tender paket tersebut di atas dengan kode paket 1204xxx di SPSE Kukar. Pada pengumuman tanggal 28 Oktober 2026 perusahaan kami dinyatakan gugur dengan alasan SKK tenaga ahli tidak sesuai. Padahal SKK yang kami unggah masih berlaku sampai 2028 dan klasifikasinya sama persis dengan yang diminta dokumen pemilihan.\n\nSementara itu penawaran kami adalah yang terendah dan pemenang yang ditetapkan harganya lebih tinggi sekitar Rp 340 juta. Kami sudah menyampaikan sanggahan melalui aplikasi sesuai jadwal, namun jawaban pokja hanya satu kalimat tanpa penjelasan.\n\nKami mohon agar evaluasi tersebut ditinjau kembali dan kami mendapat penjelasan tertulis. Bila perlu kami siap hadir membawa dokumen asli.\n\nHormat kami,\n\nH. Ahmad Yani\nDirektur CV Mahakam Jaya Konstruksi\nJl. Panjaitan, Muara Jawa",
    ),
    Case(
        "email",
        "pbj",
        'Subject: Re: Pendaftaran akun penyedia\n\nSelamat sore,\n\nMohon maaf saya kirim lagi karena email saya tanggal 2 November belum dibalas.\n\n> Pada 2 Nov 2026, Nurul Percetakan menulis:\n> Saya ingin mendaftar sebagai penyedia agar usaha percetakan saya bisa ikut\n> pengadaan di lingkungan Pemkab Kukar. Bagaimana caranya?\n\nSetelah itu saya coba daftar sendiri lewat website, tapi verifikasi berkas saya ditolak dua kali dengan keterangan "dokumen tidak sesuai", tanpa dijelaskan dokumen yang mana. NIB, NPWP dan akta sudah saya unggah semua. Saya usaha kecil di Tenggarong, tidak punya staf khusus yang paham sistem begini.\n\nMohon dibantu apa yang kurang, atau kalau harus datang langsung ke kantor, ke ruangan mana dan bawa apa saja.\n\nTerima kasih.\n\nNurul Hidayah\nNurul Percetakan & Digital Printing\nJl. Ahmad Yani, Tenggarong',
    ),
    Case(
        "whatsapp",
        "pbj",
        "pak sy pemilik toko bangunan kecil di kota bangun. dengar2 skrg pemkab belanja lewat katalog elektronik, toko sy mau masuk biar barang bs dibeli dinas. gmn caranya, sy blm ngerti sama sekali. syaratnya apa aja",
    ),
    Case(
        "whatsapp",
        "pbj",
        "Pak tolong segera, LPSE Kukar error dr td pagi tdk bs upload dokumen penawaran, muncul tulisan gagal terus. Batas akhir jam 15.00 hari ini. Kami sdh siapkan berkas dr minggu lalu. Apa jadwal bs diperpanjang? CV Borneo Sinar, Loa Kulu",
    ),
    Case(
        "whatsapp",
        "pbj",
        "Assalamualaikum. sy warga muara muntai. kok proyek2 di kecamatan kami pemenang lelang nya perusahaan yg sama trs dr thn ke thn ya pak. org sini bilang itu punya keluarga pejabat dan lelangnya cuma formalitas udh diatur dr awal. tolong diperiksa proses tendernya, kasian kontraktor lokal lain gak pernah dpt",
    ),
    Case(
        "whatsapp",
        "pbj",
        "sy usaha katering di tenggarong seberang. sdh 4 bln produk paket nasi kotak sy tayang di katalog online tp gak pernah sekalipun dipesan. kata kawan harus kenal org dalam dulu. bener gak sih? apa syarat supaya bs dipilih",
    ),
    Case(
        "web",
        "pbj",
        "Jadwal pengumuman pemenang tender paket Pembangunan Jalan Usaha Tani di Kecamatan Kembang Janggut seharusnya tanggal 4 November 2026, tetapi sampai hari ini (12 November) di LPSE statusnya masih 'evaluasi' dan tidak ada adendum jadwal. Kami peserta dan sudah menyiapkan jaminan. Mohon kejelasan apakah tender ini dilanjutkan, diulang atau dibatalkan.",
    ),
    Case(
        "web",
        "pbj",
        "Saya wartawan media lokal di Tenggarong. Saya meminta informasi nilai HPS, daftar peserta dan alasan gugurnya peserta pada lelang pengadaan mobil ambulans desa tahun 2026. Di LPSE hanya tercantum pemenang, sedangkan warga bertanya kenapa harganya jauh di atas harga pasaran. Mohon informasi ini dibuka sesuai aturan keterbukaan pengadaan.",
    ),
    Case(
        "sms",
        "pbj",
        "pak lupa password akun spse perusahaan sy, sdh klik reset tp email gk masuk2. mau ikut tender minggu ini. CV Kenohan Mandiri",
    ),
    Case(
        "sms",
        "pbj",
        "knp lelang pengadaan speedboat utk desa di muara muntai dibatalkan tiba2? kami sdh ikut, sdh keluar biaya jaminan dan survei. tdk ada penjelasan",
    ),
    Case(
        "sms",
        "pbj",
        "KENAPA PERUSAHAAN LOKAL KUKAR SELALU KALAH TENDER DGN PERUSAHAAN DARI SAMARINDA DAN JAWA. SYARATNYA DIBIKIN BERAT. TOLONG DIPERHATIKAN PENGUSAHA DAERAH SENDIRI",
    ),
    Case(
        "telegram",
        "pbj",
        "Selamat siang. Kami sudah mengajukan sanggahan lewat aplikasi tgl 3 Nov utk paket peningkatan jalan di Loa Janan, tp sampai hari ini blm ada jawaban sama sekali, pdhl setahu kami wajib dijawab dlm 5 hari kerja. Kami juga sdh tanya lewat helpdesk tp cuma dibaca. Mohon ditindaklanjuti.",
    ),
    Case(
        "telegram",
        "pbj",
        "pak sy ketua kelompok penjahit ibu2 di loa janan, kami dengar ada belanja seragam utk pegawai. apa kelompok kami boleh ikut jadi penyedia lewat pengadaan langsung? kami ada izin usaha mikro. mohon info caranya",
    ),
    Case(
        "twitter",
        "pbj",
        "Admin LPSE Kukar tolong dong verifikasi akun penyedia kami udah 2 minggu gak diproses2. kita mau ikut tender bulan ini keburu tutup. ditelp gak diangkat",
    ),
    Case(
        "twitter",
        "pbj",
        "Lelang pengadaan perahu bantuan nelayan Muara Badak spesifikasinya di dokumen pemilihan ngarah ke satu merek mesin aja. ini kan gak boleh. nelayan sih senang dapat bantuan tp prosesnya harus fair dong",
    ),
]

_ORGANISASI = [
    Case(
        "email",
        "organisasi",
        "Perihal: Pengurusan akta kematian yang berlarut-larut\n\nYth. Bapak/Ibu di Sekretariat Daerah Kukar,\n\nNama saya Siti Aminah, 63 tahun, tinggal di Kelurahan Timbau, Tenggarong. Suami saya meninggal bulan Agustus lalu. Untuk mengurus hak pensiun almarhum saya membutuhkan akta kematian, dan saya sudah mengajukannya di Disdukcapil sejak 9 September 2026.\n\nSampai hari ini sudah lima kali saya datang. Setiap kali jawabannya berbeda: pertama katanya jaringan gangguan, kedua katanya kurang surat keterangan dari RT padahal sudah saya lampirkan, ketiga katanya pejabat yang tanda tangan sedang dinas luar. Tidak ada yang bisa menjelaskan berapa lama sebenarnya waktu penyelesaiannya. Di papan yang terpasang di ruang tunggu tertulis 'selesai di hari yang sama', tetapi itu jelas tidak berlaku untuk saya.\n\nSaya sudah tua dan harus diantar cucu setiap kali datang. Saya tidak minta diistimewakan, saya hanya minta dilayani sesuai aturan yang mereka tulis sendiri.\n\nMohon bantuan Bapak/Ibu.\n\nHormat saya,\nSiti Aminah\nKel. Timbau, Tenggarong",
    ),
    Case(
        "email",
        "organisasi",
        "Subject: Fwd: Laporan pungutan di loket uji KIR\n\nSelamat pagi,\n\nLaporan ini sudah saya sampaikan lewat SP4N-LAPOR! tanggal 1 Oktober (nomor tiket terlampir) tetapi statusnya masih 'diteruskan ke instansi' tanpa tindak lanjut, jadi saya kirim juga ke sini.\n\n---------- Pesan terusan ----------\nSaya staf administrasi di perusahaan angkutan di Tenggarong Seberang. Setiap kali sopir kami membawa truk untuk uji berkala kendaraan di unit pengujian Dishub, di loket pendaftaran selalu diminta 'uang administrasi' Rp 100.000 sampai 150.000 per kendaraan di luar retribusi resmi, tanpa kuitansi. Kalau tidak dibayar, jadwal ujinya digeser ke minggu depan. Dalam sebulan kami bisa membawa 8-10 unit.\n---------------------------------\n\nKami mohon praktik ini dihentikan dan ada kejelasan biaya resmi yang dipasang di loket.\n\nTerima kasih,\nDewi Lestari\nAdmin PT Angkutan Sinar Seberang",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "kmrn sy urus KK di mal pelayanan publik tenggarong antri dr jam 8 sampe jam 2 siang blm dipanggil jg. petugas di loket 3 cuma 1 org itu pun main hp trs. anak sy yg kecil sampe nangis kelaparan. gimana ini pelayanannya pak",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "Pak sy petani di sebulu. mau urus surat rekomendasi di dinas pertanian buat kelompok tani, udh 4x bolak balik, tiap dtg syaratnya beda2. pertama fotokopi ktp, trs disuruh bawa surat desa, trs disuruh stempel lg. gk ada papan syarat yg jelas. ongkos sy habis di jalan aja",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "maaf pak mau lapor, sy pedagang di pasar tangga arung. urus izin usaha NIB di kantor perizinan diminta 200rb sama petugas biar cepet katanya. padahal di spanduk tulisannya GRATIS online. sy bayar krn takut dipersulit. ini pungli kan?",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "Sy td urus berkas di kantor dinas di tenggarong, pas selesai disodori tablet survei kepuasan tp petugasnya yg pencet2 sendiri, sy disuruh tanda tangan aja katanya biar cepat. semua dicentang sangat puas. pdhl sy nunggu 3 jam. survei kyk gini buat apa",
    ),
    Case(
        "web",
        "organisasi",
        "Di UPT Disdukcapil Kota Bangun jam pelayanan yang terpasang di pintu adalah 08.00 - 15.00, tetapi sudah tiga kali saya datang jam 8 pagi petugasnya baru ada jam 10 lewat, dan jam 12 loket sudah ditutup dengan alasan istirahat sampai jam 2. Warga dari desa-desa seberang sungai yang naik ketinting jadi sia-sia datang. Mohon jam pelayanan ditepati dan ada petugas pengganti.",
    ),
    Case(
        "web",
        "organisasi",
        "Saya alumni SMA yang mau melamar kerja. Legalisir fotokopi ijazah di kantor dinas pendidikan dipungut Rp 5.000 per lembar tanpa kuitansi dan tanpa pengumuman tarif apa pun. Saya tanya dasar aturannya, petugasnya malah ketus dan bilang 'kalau tidak mau ya sudah'. Mohon diperjelas apakah memang ada biayanya, dan kalau tidak ada, hentikan.",
    ),
    Case(
        "sms",
        "organisasi",
        "urus balik nama pbb di kantor pajak daerah sdh 2 bln blm jg jadi. tiap ditanya cuma disuruh sabar. sbnrnya brp lama standar nya? gk ada info apa2",
    ),
    Case(
        "sms",
        "organisasi",
        "sdh 3x sy lapor lwt nomor pengaduan yg tercantum di spanduk dinas tp gk pernah dibls. ditelp jg gk aktif. trs warga hrs ngadu kmn pak",
    ),
    Case(
        "sms",
        "organisasi",
        "DIMINTAI 50RB SAMA OKNUM PETUGAS UTK PERCEPAT CETAK KTP EL DI KANTOR KEC MUARA JAWA. KLO GK BAYAR DISURUH BALIK BULAN DEPAN. TOLONG DITINDAK",
    ),
    Case(
        "telegram",
        "organisasi",
        "Assalamualaikum. Saya mau menyampaikan, kemarin ibu saya (70 th) dibentak petugas loket di kantor dinas sosial waktu tanya berkas, di depan banyak orang. Katanya 'baca sendiri itu di papan'. Ibu saya tidak bisa baca. Pelayanan seperti ini tolong dibenahi, petugasnya dibina.",
    ),
    Case(
        "telegram",
        "organisasi",
        "kenapa urus izin usaha di kukar gak ada kepastian waktu. di papan tulisannya 3 hari kerja, kenyataan sy sdh 3 minggu blm selesai dan gk ada yg bs jelasin macetnya di mana. tolong dibenahi sistemnya",
    ),
    Case(
        "twitter",
        "organisasi",
        "@Bupati_Kukar antrian dukcapil tenggarong sistem offline terus, kami datang dari tabang naik mobil 6 jam disuruh balik besok. gak ada pemberitahuan sebelumnya. tolong lah pelayanan dasar ini dibenahi",
    ),
    Case(
        "twitter",
        "organisasi",
        "pungli lagi pungli lagi. urus rekomendasi izin trayek angkot di dishub ada 'uang map' 300rb. katanya udah biasa. kapan reformasi birokrasi nyampe ke kukar",
    ),
]

_UMUM = [
    Case(
        "email",
        "umum",
        "Perihal: Permohonan penggunaan ruang pertemuan di Kantor Bupati\n\nKepada Yth.\nPimpinan Sekretariat Daerah Kab. Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\n\nKami dari Ikatan Remaja Masjid se-Kecamatan Tenggarong berencana mengadakan pelatihan kepemimpinan untuk 80 peserta pada tanggal 12 Desember 2026. Pada 20 Oktober lalu kami sudah mengantarkan surat permohonan untuk memakai salah satu ruang rapat di Kantor Bupati, namun sampai sekarang belum ada jawaban apakah ruangan tersebut bisa dipakai atau tidak, dan berapa biayanya bila ada.\n\nKami perlu kepastian segera karena harus mencetak undangan dan mencari tempat lain kalau memang tidak bisa. Mohon informasi siapa yang bisa kami hubungi untuk jadwal dan syarat pemakaiannya.\n\nAtas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nMuhammad Rizky\nKetua IRMAS Kec. Tenggarong\n0813 4xxx 7788",
    ),
    Case(
        "email",
        "umum",
        "Subject: Fwd: Surat kami ke Bupati tidak tercatat\n\nSelamat siang,\n\nBerikut saya teruskan tanda terima surat yang kami antar sendiri ke meja penerimaan surat di lantai dasar Kantor Bupati tanggal 6 Oktober 2026:\n\n> Diterima oleh: (paraf)\n> Tanggal: 06/10/2026\n\nSurat itu berisi permohonan penyelesaian sengketa lahan kebun kami di Kembang Janggut. Kami tidak sedang menanyakan isi permasalahannya di sini. Yang kami tanyakan: waktu kami datang lagi minggu lalu, petugas bilang surat itu tidak ada di buku agenda dan tidak tercatat di aplikasi, jadi tidak jelas sudah sampai ke meja siapa.\n\nMohon dicek di bagian penerimaan surat, apakah surat kami hilang atau sudah diteruskan, dan kalau sudah, ke mana. Kami dari hulu, tiap datang ke Tenggarong butuh ongkos besar.\n\nTerima kasih.\n\nSalam,\nYohanes Lusang\nKelompok Tani Long Beleh, Kembang Janggut",
    ),
    Case(
        "whatsapp",
        "umum",
        "pak mau lapor, mobil plat merah ada stiker setda kukar nya dipake ke kondangan sm pasar malam di loa kulu hari minggu kmrn, isinya keluarga semua bawa anak2. itu mobil dinas kantor bupati kan bukan mobil pribadi. sy ada fotonya",
    ),
    Case(
        "whatsapp",
        "umum",
        "toilet di lobi kantor bupati bau bgt pak, air mati, tisu gak ada, pintunya 1 rusak gk bs dikunci. pdhl banyak warga dr kampung yg dtg kesitu. malu lah kantor bupati kok kayak gitu",
    ),
    Case(
        "whatsapp",
        "umum",
        "Assalamualaikum, tiap kali sy ke kantor bupati urus keperluan, parkiran motor nya penuh trs, disuruh satpam parkir di pinggir jln depan, kmrn helm sy ilang di situ. tolong ditambah lahan parkirnya atau diatur lah biar tamu ada tempat",
    ),
    Case(
        "whatsapp",
        "umum",
        "pak satpam di pos gerbang kantor bupati tadi pagi kasar bgt sm sy, sy cuma mau antar berkas ke ruang tata usaha malah dibentak disuruh putar balik, gk dijelasin lewat mana. sy kurir ekspedisi bukan org jahat",
    ),
    Case(
        "web",
        "umum",
        "Lampu penerangan di halaman depan dan samping Kantor Bupati sudah hampir sebulan mati. Malam hari gelap sekali, banyak anak muda nongkrong dan balap liar di pelataran, kemarin ada kaca pos jaga yang pecah. Saya tinggal di belakang kompleks kantor dan khawatir dengan keamanannya. Mohon lampunya diperbaiki dan penjagaan malam ditingkatkan.",
    ),
    Case(
        "web",
        "umum",
        "Waktu saya menunggu di ruang tunggu tamu Kantor Bupati minggu lalu, plafonnya bocor dan sebagian gypsum jatuh hampir mengenai seorang ibu yang sedang menggendong bayi. Ember ditaruh sembarangan di lantai. Gedung kantor bupati seharusnya terawat. Mohon segera diperbaiki sebelum ada yang terluka.",
    ),
    Case(
        "sms",
        "umum",
        "SDH KIRIM SURAT KE KANTOR BUPATI 2 MGG LALU LWT POS KILAT, RESI SDH DITERIMA TP PAS DITANYA KATANYA BLM TERCATAT DI AGENDA. MOHON DICEK. ISMAIL, MUARA KAMAN",
    ),
    Case(
        "sms",
        "umum",
        "pak mobil dinas setda tiap hari parkir sembarangan di depan ruko sy jl panjaitan tenggarong, nutup pintu toko dr pagi sampe sore. sopirnya ditegur malah marah",
    ),
    Case(
        "sms",
        "umum",
        "mau tny klo mau pinjam halaman kantor bupati utk lomba senam ibu2 PKK kecamatan bulan desember hubungi siapa ya, syaratnya apa",
    ),
    Case(
        "telegram",
        "umum",
        "Sampah numpuk di belakang gedung kantor bupati dekat musala dan dapur, sudah bau busuk dan banyak lalat. Anjing liar juga sering masuk lewat pagar yang jebol. Saya sering salat zuhur di situ. Tolong petugas kebersihannya dikerahkan.",
    ),
    Case(
        "telegram",
        "umum",
        "sopir mobil dinas plat merah KT xxxx, tulisan di pintunya sekretariat daerah, ngebut ugal2an di jalan loa janan td siang jam 12, nyaris nabrak anak sekolah yg nyebrang. tolong sopir2 mobil dinas kantor bupati dibina",
    ),
    Case(
        "twitter",
        "umum",
        "Kantor Bupati Kukar itu gerbang samping dikunci terus, kita yg jalan kaki harus muter jauh lewat depan. Saya pensiunan udah susah jalan. Mbok ya dibuka jam kantor aja",
    ),
    Case(
        "twitter",
        "umum",
        "AC ruang rapat lt 2 kantor bupati mati pas rapat kemarin, kami undangan dari desa kepanasan 3 jam, mic juga kresek2. fasilitas kantor sebesar itu kok gak dirawat",
    ),
]

_PROKOM = [
    Case(
        "email",
        "prokom",
        "Perihal: Permohonan bertemu Bapak Bupati\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\nmelalui Sekretariat Daerah\ndi Tenggarong\n\nAssalamualaikum Wr. Wb.\n\nKami dari Kelompok Nelayan Tuna Bahari, Desa Saliki, Kecamatan Muara Badak, beranggotakan 46 nelayan tradisional. Sudah dua tahun ini wilayah tangkap kami makin sempit karena adanya zona terlarang di sekitar instalasi perusahaan migas, dan beberapa kali jaring anggota kami rusak tersangkut.\n\nKami sudah menyampaikan hal ini ke perusahaan dan ke kecamatan, tetapi kami merasa perlu bertatap muka langsung dengan Bapak Bupati agar keluhan nelayan didengar langsung oleh pimpinan daerah. Kami memohon diberikan waktu untuk beraudiensi, kurang lebih 10 orang perwakilan, pada hari dan jam yang Bapak tentukan.\n\nBesar harapan kami permohonan ini dapat dikabulkan.\n\nWassalamualaikum Wr. Wb.\n\nHormat kami,\nH. Baharuddin\nKetua Kelompok Nelayan Tuna Bahari\n0852 4xxx 1190",
    ),
    Case(
        "email",
        "prokom",
        "Subject: Permintaan rilis dan jadwal wawancara Bupati\n\nSelamat pagi Bapak/Ibu,\n\nSaya Ratna, jurnalis portal berita daring di Kukar. Sudah beberapa bulan ini media kami tidak pernah menerima siaran pers kegiatan Bupati, padahal media lain rutin mendapatkannya lewat grup. Kami juga tidak dimasukkan ke daftar undangan peliputan, termasuk saat kunjungan kerja ke Muara Kaman bulan lalu.\n\nMohon kami dimasukkan ke daftar distribusi rilis. Selain itu kami ingin mengajukan wawancara khusus dengan Bapak Bupati sekitar 30 menit mengenai satu tahun program kerja beliau, kapan pun di bulan Desember.\n\n> On Mon, 3 Nov 2026, admin humas wrote:\n> Baik, nanti kami sampaikan ke pimpinan.\n\nSejak balasan di atas belum ada kabar lanjutan.\n\nTerima kasih.\n\nRatna Sari\nRedaksi Kukar Terkini\n0811 5xxx 2040",
    ),
    Case(
        "whatsapp",
        "prokom",
        "assalamualaikum pak, kami karang taruna desa sumber sari loa kulu mau undang pak bupati buka turnamen sepak bola antar desa tgl 14 desember. kira2 bisa gk beliau hadir? surat undangannya sebaiknya ditujukan kemana dan brp lama sebelumnya hrs masuk",
    ),
    Case(
        "whatsapp",
        "prokom",
        "pak, di ig resmi bupati postingan kunjungan kmrn ditulis nya Desa Muara Kaman Ilir padahal yg dikunjungi desa kami Sebulu Modern. warga protes kok desa kami gak disebut. tolong diralat captionnya ya",
    ),
    Case(
        "whatsapp",
        "prokom",
        "Komen sy di facebook resmi pak bupati dihapus admin, pdhl sy cuma nanya sopan soal jalan rusak di desa sy. bbrp kawan jg sama. itu akun pemerintah kan, knp kritik warga dihapus? mohon adminnya jgn gitu",
    ),
    Case(
        "whatsapp",
        "prokom",
        "Bismillah. Sy ustadz pengajar TPA di tabang, kami rombongan guru ngaji sekitar 20 org mau minta waktu silaturahmi ketemu langsung pak bupati di tenggarong, mau menyampaikan aspirasi. gimana caranya pak, harus ajukan ke siapa?",
    ),
    Case(
        "web",
        "prokom",
        "Saya tokoh adat Kutai dari Kecamatan Muara Muntai. Pada upacara peringatan hari jadi Kota Tenggarong tanggal 28 September lalu, kami para tetua adat yang diundang resmi justru tidak disediakan kursi dan dibiarkan berdiri di belakang barisan, sementara tamu lain duduk di depan. Nama kami juga tidak disebut dalam sambutan. Kami merasa tidak dihormati. Mohon pengaturan tamu pada acara resmi pemerintah ke depan lebih diperhatikan.",
    ),
    Case(
        "web",
        "prokom",
        "Saya mahasiswa semester akhir di Tenggarong yang meneliti kebijakan pariwisata. Saya memerlukan naskah lengkap sambutan Bapak Bupati pada pembukaan Festival Erau 2026 sebagai bahan skripsi, karena yang dimuat di berita hanya potongannya saja. Mohon informasi apakah naskah tersebut bisa saya peroleh dan bagaimana prosedurnya.",
    ),
    Case(
        "sms",
        "prokom",
        "kpn bupati bs terima kami pak. sdh kirim surat permohonan mau ketemu beliau 1 bln lalu blm ada jwbn. kelompok tani sebulu",
    ),
    Case(
        "sms",
        "prokom",
        "mohon info jadwal kunjungan pak bupati ke kec kembang janggut bulan ini, warga desa mau siapkan penyambutan dan tari adat",
    ),
    Case(
        "sms",
        "prokom",
        "BERITA DI WEBSITE PEMKAB TGL 5 NOV SOAL DESA KAMI SALAH. FOTO NYA BUKAN DESA KAMI DAN NAMA KADES JG SALAH TULIS. TOLONG DIRALAT. WARGA DESA JEMBAYAN",
    ),
    Case(
        "telegram",
        "prokom",
        "Saya wartawan media online di Samboja. Kenapa konferensi pers Bupati kemarin hanya media tertentu yang diundang? Kami juga media resmi yang terverifikasi. Mohon undangan peliputan kegiatan pimpinan dibagikan merata ke semua media.",
    ),
    Case(
        "telegram",
        "prokom",
        "live streaming youtube acara pelantikan kemarin putus2 terus, suara sambutan bupati gak kedengeran. padahal warga di hulu kyk kami di kembang janggut gak bs datang, cuma bs nonton online. tolong lain kali siarannya disiapkan baik2",
    ),
    Case(
        "twitter",
        "prokom",
        "@kukarkab min itu postingan ucapan hari guru pake foto bupati yg lama & captionnya typo 3 kata. akun resmi pemkab loh. malu dilihat daerah lain",
    ),
    Case(
        "twitter",
        "prokom",
        "Pak Bupati dijadwalkan hadir di pengukuhan pengurus lembaga adat di Kota Bangun tp gak datang, warga nunggu 4 jam di bawah panas. Gpp kalau batal pak, tp tolong tim protokolnya kasih kabar lebih awal",
    ),
]

_PERENCANAAN_KEUANGAN = [
    Case(
        "email",
        "perencanaan_keuangan",
        "Perihal: Tagihan pengadaan alat tulis kantor yang belum dibayarkan\n\nKepada Yth.\nBendahara Sekretariat Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\n\nKami CV Tunas Mandiri, penyedia alat tulis kantor dan bahan cetak untuk Sekretariat Daerah berdasarkan surat pesanan tanggal 14 Juli 2026. Seluruh barang telah kami serahkan dan berita acara serah terima sudah ditandatangani pada 7 Agustus 2026. Invoice nomor 087/TM/VIII/2026 senilai Rp 48.750.000 juga sudah kami serahkan beserta faktur pajak.\n\nSampai hari ini, lebih dari tiga bulan kemudian, pembayaran belum kami terima. Setiap kami tanyakan, jawabannya masih menunggu proses, tanpa kepastian tanggal. Sebagai usaha kecil, keterlambatan ini sangat memberatkan karena modal kami berasal dari pinjaman bank.\n\nKami mohon kejelasan jadwal pembayaran tagihan tersebut.\n\nHormat kami,\n\nLina Marlina\nDirektur CV Tunas Mandiri\nJl. Diponegoro, Tenggarong\n0812 5xxx 6677",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Subject: Re: Re: Pembayaran konsumsi rapat kerja Setda\n\nSelamat siang Pak Hendra,\n\nTerima kasih atas balasannya, tapi mohon maaf saya harus menanyakan lagi.\n\n> Bu, mohon bersabar, berkas Ibu sudah lengkap dan sedang menunggu proses\n> pencairan. Paling lambat akhir Oktober.\n\nSekarang sudah pertengahan November dan dana belum masuk ke rekening kami. Rumah makan kami menyediakan makan siang dan snack untuk rapat kerja di Samboja tanggal 20-22 Agustus 2026 sebanyak 3 hari x 120 orang, total Rp 31.200.000. Nota, kuitansi bermeterai dan foto kegiatan sudah kami serahkan sesuai permintaan staf.\n\nKami mohon kepastian kapan tagihan ini dibayar, karena kami juga harus membayar pemasok dan gaji karyawan.\n\nTerima kasih.\n\nHormat saya,\nHj. Rahmawati\nRM Sari Rasa, Samboja",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "bu sy yg jualan kue di jl. muso salim. pesanan snack rapat di setda bulan september 120 kotak blm dibayar smp skrg. kata ibu yg pesan tunggu cair. modal sy pinjam ke koperasi bu, tiap bln bayar bunga. tolong lah dibayar",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "Assalamualaikum. Suami sy pegawai honorer di kantor setda kukar, gaji bln oktober blm masuk sampe hari ini, kawan2nya jg sama. anak kami mau bayar ujian sekolah. ini kenapa ya telat, kapan cair nya?",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "pak sy pemilik rental mobil di tenggarong. mobil sy disewa 5 hari utk perjalanan dinas pegawai setda ke samarinda dan balikpapan bln september. sampai skrg sewa nya blm dibayar, kata staf nya masih nunggu spj nya lengkap. itu kan urusan dalam mereka, sy udh kerja",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "Sy diminta jadi MC acara rapat koordinasi di setda tgl 15 oktober, dijanjikan honor. sdh tanda tangan daftar terima honor tp uangnya gk pernah diterima. udh sebulan lebih. mohon dicek pak",
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        "Saya ASN di salah satu bagian Sekretariat Daerah. Tambahan penghasilan pegawai (TPP) bulan September dan Oktober 2026 belum dibayarkan, sedangkan teman-teman di dinas lain sudah menerima. Tidak ada pemberitahuan resmi mengenai penyebab keterlambatan. Mohon penjelasan dan kepastian jadwal pembayarannya.",
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        "Kami usaha percetakan di Tenggarong. Pada Agustus 2026 kami mencetak spanduk, baliho dan backdrop untuk beberapa kegiatan Sekretariat Daerah atas pesanan stafnya, total Rp 17.400.000. Semua barang sudah terpasang dan dipakai, nota sudah kami serahkan, tetapi sudah tiga bulan belum dibayar. Mohon tagihan kami segera diselesaikan.",
    ),
    Case(
        "sms",
        "perencanaan_keuangan",
        "sppd sy perjalanan ke kembang janggut bln agustus blm diganti. tiket speedboat sm kuitansi penginapan sdh dikumpul ke bendahara. staf setda",
    ),
    Case(
        "sms",
        "perencanaan_keuangan",
        "pak honor kami sbg anggota tim penyusun dokumen di setda dr bln juli blm cair jg. SK nya ada. kpn dibayar?",
    ),
    Case(
        "sms",
        "perencanaan_keuangan",
        "SY PEMILIK WARUNG MAKAN DEPAN KANTOR BUPATI. PESANAN NASI KOTAK UTK RAPAT2 SETDA SEJAK AGUSTUS TOTAL 4,3 JT BLM DIBAYAR. NOTA ADA SEMUA. MOHON DIBAYAR",
    ),
    Case(
        "telegram",
        "perencanaan_keuangan",
        "Selamat siang. Bengkel kami di Loa Janan sudah memperbaiki dua unit mobil dinas Setda bulan September (ganti kopling dan servis besar), tagihan Rp 9.800.000 sudah diserahkan ke staf yang mengantar mobil tapi sampai sekarang belum dibayar. Tolong dibantu ditanyakan ke bendahara.",
    ),
    Case(
        "telegram",
        "perencanaan_keuangan",
        "sy pensiun dr setda bulan juli kmrn. sisa TPP bln juni sm juli sy blm dibayar smp skrg, tiap ditanya disuruh tunggu. sy sdh gk ngantor lg jd susah ngurus nya. mohon dibantu",
    ),
    Case(
        "twitter",
        "perencanaan_keuangan",
        "Setda Kukar tolong lah bayar tagihan vendor kecil2, kami usaha katering nunggu dari Agustus. katanya nunggu anggaran perubahan. kami UMKM bukan bank pak",
    ),
    Case(
        "twitter",
        "perencanaan_keuangan",
        "Honor narasumber sosialisasi di Setda Kukar bulan September belum dibayar sampai sekarang. Saya dosen, udah isi berkas & tanda tangan semua. Mohon bendaharanya dicek",
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
