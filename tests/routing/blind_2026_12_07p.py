# ruff: noqa: E501
"""Blind set written 2026-12-07 (sixteenth of the day) for issue 16: one month of the inbox in the rainy season, before the regency's anniversary and the Erau festival, in Ramadan and at school enrolment. Housewives, traders, drivers, farmers and fishermen, honorary teachers and health workers, students, house-of-worship committees, RT and village officials, camat staff, other agencies writing officially, contractors and suppliers, company staff, lawyers, journalists, NGOs, retirees, writers from other regencies; SMS in chat spelling to letters with letterhead, number, attachment and subject lines, replies, forwards and cover notes; a third long with other sections' matters around the one request, a fifth short, vague, angry or ironic. 15 cases per section; per section 5 email, 3 whatsapp, 2 web, 2 sms, 2 telegram, 1 twitter (60 email, 36 whatsapp, 24 each of web, sms and telegram, 12 twitter). Written by three helper sessions (the first for part 1 stopped without writing it), six sections each, with the same instructions, and joined into this file unread.

Written without reading config.yaml, routing/ or tests/routing/; each case is labelled only from
the mandates in docs/sections.md.

Scored ONCE, blind, with the rules of main 1290bf0 (this file committed unread in that commit), on
2026-12-07, after the changes tuned on 2026-12-07n and 2026-12-07o: 160/180 correct = 88.9%
(Wilson 95% interval 83.5%-92.7%), 1 fallback. Per channel: email 53/60 = 88.3%, sms 22/24,
telegram 21/24, twitter 9/12, web 19/24, whatsapp 36/36. The rules of 1ca627b, before those
changes, place 156/180 (email 50/60): the changes gained #0, #51, #75 and #154 and lost none.
The errors (index in CASES, label -> got): #14 pemerintahan -> perencanaan_keuangan, #24 kesra ->
prokom, #29 kesra -> pemerintahan, #39 hukum -> perencanaan_keuangan, #69 perekonomian -> adpem,
#73 perekonomian -> sda, #79 sda -> perekonomian, #86 sda -> pemerintahan, #117 pbj -> prokom,
#129 organisasi -> perekonomian, #131 organisasi -> fallback, #138 umum -> kesra, #139 umum ->
prokom, #150 prokom -> pemerintahan, #152 prokom -> kesra, #167 perencanaan_keuangan -> prokom,
#169 perencanaan_keuangan -> prokom, #173 perencanaan_keuangan -> pbj, #178 perencanaan_keuangan
-> organisasi, #179 perencanaan_keuangan -> perekonomian.
"""

from __future__ import annotations

from tests.routing.case import Case

_E = Case

_PEMERINTAHAN = [
    _E(
        "email",
        "pemerintahan",
        "Kepada Yth.\nBupati Kutai Kartanegara\nc.q. Sekretaris Daerah\ndi Tenggarong\n\nPerihal: Keberatan atas hasil penelitian berkas bakal calon kepala desa\nLampiran: 4 (empat) berkas\n\nDengan hormat,\nSaya yang bertanda tangan di bawah ini, Hasanudin, bakal calon kepala desa Desa Teluk Dalam, Kecamatan Tenggarong Seberang, menyampaikan keberatan atas pengumuman panitia pemilihan tanggal 17 Februari 2025 yang menyatakan berkas saya tidak memenuhi syarat dengan alasan fotokopi ijazah belum dilegalisir.\n\nPerlu saya sampaikan bahwa legalisir ijazah sudah saya serahkan pada tanggal 10 Februari dan diterima oleh sekretaris panitia (tanda terima terlampir). Sementara itu salah satu bakal calon lain yang juga menyerahkan legalisir terlambat tetap dinyatakan lolos. Saya sudah mengajukan keberatan ke panitia desa dan ke kecamatan, tetapi dijawab bahwa keputusan panitia sudah final.\n\nSoal jalan desa yang rusak berat akibat hujan dan pengadaan lampu jalan yang juga dikeluhkan warga akan kami sampaikan tersendiri. Melalui surat ini saya hanya memohon agar panitia pemilihan tingkat kabupaten meninjau kembali hasil penelitian berkas tersebut sebelum penetapan calon pada tanggal 3 Maret 2025, supaya pemilihan di desa kami berjalan adil.\n\nDemikian surat keberatan ini saya sampaikan, atas perhatian Bapak saya ucapkan terima kasih.\n\nHormat saya,\nHasanudin\nHP 0812-5471-3390",
    ),
    _E(
        "email",
        "pemerintahan",
        "Mohon izin, surat di bawah ini sudah kami kirim ke kecamatan sejak Desember tapi belum ada tindak lanjut. Kami teruskan ke sini supaya bisa dibantu.\n\nSalam,\nSekretaris Desa Jembayan\n\n---------- Forwarded message ---------\nFrom: Pemerintah Desa Jembayan <pemdes.jembayan@gmail.com>\nDate: Sen, 9 Des 2024 pukul 10.14\nSubject: Permohonan fasilitasi penegasan batas desa\nTo: <kec.loakulu@gmail.com>\n\nYth. Camat Loa Kulu,\n\nDengan hormat, kami sampaikan bahwa sampai saat ini batas antara Desa Jembayan dan Desa Sungai Payang di sekitar RT 11 (jalur ke arah bekas jalan hauling) belum pernah ditegaskan di lapangan. Sejak ada pengembang perumahan yang membeli lahan di lokasi tersebut, kedua pemerintah desa sama-sama didatangi warga untuk meminta surat keterangan penguasaan tanah atas bidang yang sama. Warga kami juga mengeluh karena bantuan sosial dan pendataan penduduk di wilayah itu menjadi tumpang tindih.\n\nKami memohon Camat memfasilitasi pertemuan kedua desa dan mengusulkan kepada Tim Penegasan Batas Desa Kabupaten agar dilakukan pelacakan dan pemasangan pilar batas di segmen tersebut.\n\nDemikian, terima kasih.\n\nKepala Desa Jembayan",
    ),
    _E(
        "email",
        "pemerintahan",
        "Pada Sen, 3 Feb 2025 pukul 09.12, Admin Aduan Setda Kukar menulis:\n> Terima kasih atas laporan Bapak. Aduan sudah kami teruskan kepada Camat Marangkayu untuk ditindaklanjuti.\n\nSelamat sore,\n\nSudah tiga minggu sejak jawaban di atas dan keadaan di desa kami masih sama. Kepala desa kami dirawat di Samarinda sejak awal Desember dan sampai sekarang belum bisa bekerja. Sekretaris desa tidak berani menandatangani apa pun karena katanya tidak ada surat penugasan. Akibatnya surat keterangan ahli waris, surat pengantar nikah, sampai rekomendasi untuk pendaftaran sekolah anak-anak tertahan. Padahal sebentar lagi Ramadan dan banyak warga yang mau menikahkan anaknya sebelum puasa.\n\nKami tidak menyalahkan beliau karena sakit, tetapi mohon Pemkab segera menunjuk pelaksana tugas kepala desa atau mengambil langkah lain supaya pemerintahan desa jalan lagi.\n\nHormat kami,\nJumadi, Ketua RT 06 Desa Sebuntal, Kecamatan Marangkayu\n0813-4602-7718",
    ),
    _E(
        "email",
        "pemerintahan",
        "Yth. Bapak/Ibu pengelola layanan aduan,\n\nSaya Ketua RT 27 di kawasan perumahan di Desa Loa Duri Ilir, Kecamatan Loa Janan. Waktu saya dipilih tahun 2021 warga kami baru sekitar 60 KK, sekarang sudah 310 KK karena ada tiga blok perumahan subsidi baru. Satu RT dengan ratusan KK jelas tidak terurus: pendataan warga, ronda, surat pengantar, semuanya menumpuk di saya.\n\nSebagai gambaran, saluran air di blok C meluap setiap hujan deras dan sudah kami laporkan ke dinas PU lewat kecamatan; gas elpiji 3 kg juga susah dicari tapi itu kami urus sendiri dengan pangkalan. Yang ingin saya tanyakan di sini hanya satu hal: bagaimana prosedur pemekaran RT? Warga sepakat dibagi menjadi tiga RT, tetapi kepala desa bilang harus menunggu aturan dari kabupaten dan tidak bisa menjelaskan syaratnya. Apakah cukup dengan musyawarah dan keputusan kepala desa, atau perlu persetujuan kecamatan? Lalu apakah ketua RT baru nanti langsung terdaftar untuk insentif RT tahun ini?\n\nMohon penjelasannya supaya kami bisa mulai sebelum Lebaran.\n\nTerima kasih,\nSuparman\nKetua RT 27 Desa Loa Duri Ilir\nWA 0852-5019-4463",
    ),
    _E(
        "email",
        "pemerintahan",
        "PEMERINTAH KABUPATEN KUTAI KARTANEGARA\nKECAMATAN MUARA KAMAN\nJl. Gatot Subroto No. 1 Muara Kaman\n\nNomor: 100.4/ 212 /Pem/II/2025\nLampiran: 1 (satu) lembar peta sketsa\nPerihal: Permasalahan batas wilayah dengan Kabupaten Kutai Timur\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nBersama ini kami laporkan bahwa di wilayah hulu Desa Muara Siran yang berbatasan dengan Kabupaten Kutai Timur terdapat sekitar 40 KK yang sebagian memegang KTP Kutai Kartanegara dan sebagian lagi didata oleh desa tetangga di Kutai Timur. Pilar batas yang pernah dipasang tahun 2016 sebagian hilang terbawa longsor dan tidak ada yang mengetahui posisi pastinya. Kondisi ini menimbulkan kebingungan dalam pendataan penduduk, pelayanan desa, dan penetapan lokasi TPS pada pemilihan yang akan datang.\n\nSehubungan dengan hal tersebut, kami mohon Pemerintah Kabupaten dapat mengoordinasikan dengan Pemerintah Provinsi dan Kabupaten Kutai Timur untuk peninjauan dan penegasan kembali segmen batas tersebut.\n\nDemikian kami sampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.\n\na.n. Camat Muara Kaman\nKasi Pemerintahan,\n\nRudiansyah, S.IP\nNIP 19780412 200604 1 009",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Assalamualaikum pian, ulun warga Desa Salo Palai Muara Badak. Handak batakun haja, pemilihan kades di desa kami ni kapan lah? Kades lawas sudah habis masa jabatan dari tahun tadi, wahini Pj haja nang ganti-ganti. Bubuhan warga kada tahu kabar apa-apa 🙏",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Selamat siang, saya Ibu Rahmawati warga RT 09 Kelurahan Sukarame Tenggarong. Ketua RT kami meninggal bulan Desember kemarin, sampai sekarang belum ada penggantinya. Kata kelurahan harus musyawarah warga dulu, tapi tidak ada yang mau mengoordinir dan tidak jelas siapa yang berhak mengundang. Sementara saya mau urus surat pengantar untuk daftar sekolah anak bingung minta tanda tangan ke siapa. Mohon dibantu bagaimana cara memilih ketua RT yang baru.",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Izin pak, saya sekdes di salah satu desa Kec. Kenohan. Siltap kades dan perangkat desa kami Januari-Februari belum bisa dibayar, katanya ADD tahap 1 belum ditransfer krn ada persyaratan dari kabupaten yg berubah, tapi kami tdk pernah dapat edaran resminya. Sebentar lagi puasa dan lebaran, perangkat pada nanya terus ke saya. Mohon info persyaratan apa yg masih kurang supaya bisa segera kami lengkapi.",
    ),
    _E(
        "web",
        "pemerintahan",
        "Saya membeli kebun seluas 2 hektar di perbatasan Desa Bukit Pariaman dan Desa Bukit Raya, Tenggarong Seberang, dengan surat keterangan tanah dari kepala desa Bukit Pariaman. Bulan lalu muncul orang lain yang memegang surat keterangan tanah atas bidang yang sama, diterbitkan oleh kepala desa Bukit Raya. Kedua kepala desa sama-sama bersikeras bahwa lokasi itu masuk wilayahnya. Saya mohon pemerintah kabupaten menentukan lahan itu masuk desa mana, karena tanpa itu saya tidak bisa mengurus sertifikat ke BPN.",
    ),
    _E(
        "web",
        "pemerintahan",
        "Pengangkatan perangkat desa di desa kami, Kecamatan Sebulu, bulan Januari kemarin dilakukan tanpa penjaringan terbuka. Tidak ada pengumuman, tidak ada ujian, tahu-tahu kaur keuangan dan kasi pelayanan yang baru dilantik ternyata menantu dan keponakan kepala desa. Dua perangkat lama diberhentikan tanpa alasan yang jelas. Kami warga sudah bertanya ke BPD tapi BPD diam saja. Mohon pemerintah kabupaten memeriksa proses pengangkatan ini dan meminta kepala desa mengulangnya sesuai aturan.",
    ),
    _E(
        "sms",
        "pemerintahan",
        "pak kades terpilih desa kami blm dilantik jg pdhl pemilihan sdh bln nov. kpn pelantikannya? warga kota bangun",
    ),
    _E(
        "sms",
        "pemerintahan",
        "patok batas desa kami sm desa sebelah dicabut org skrg ribut soal kebun. tlg turun ke sebulu",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "Selamat pagi. Kami warga Dusun Long Lalang, Kecamatan Tabang. Jarak dusun kami ke kantor desa induk sekitar 3 jam naik ketinting, kalau air surut bisa lebih. Usulan pembentukan desa baru sudah kami ajukan tahun 2022 lengkap dengan berita acara musyawarah dan tanda tangan warga, berkasnya katanya sudah dikirim kecamatan ke kabupaten. Mohon info sampai di mana prosesnya dan syarat apa yang masih kurang.",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "Pengisian anggota BPD di desa kami (Kec. Muara Wis) tidak transparan. Musyawarah perwakilan wilayah tidak diumumkan, warga dusun 2 dan 3 tidak diundang, tiba-tiba sudah ada daftar nama yang diajukan ke camat. Kami minta prosesnya ditinjau ulang sebelum SK peresmiannya keluar.",
    ),
    _E(
        "twitter",
        "pemerintahan",
        "Rumah sy di perumahan Loa Ipuh Darat ditagih iuran sama 2 RT sekaligus 😂 yg satu bilang masuk RT 31, yg lain ngotot RT 45. Batas RT-nya ga jelas dari dulu, tolong kelurahan/pemkab tegasin dong #Kukar #Tenggarong",
    ),
]

_KESRA = [
    _E(
        "email",
        "kesra",
        "PENGURUS MASJID AL-IKHLAS\nDesa Loa Lepu, Kecamatan Tenggarong Seberang\nSekretariat: Jl. Poros Loa Lepu RT 04\n\nNomor: 07/PM-AI/II/2025\nLampiran: 1 (satu) bundel\nPerihal: Menanyakan tindak lanjut proposal bantuan rehab masjid\n\nYth. Bupati Kutai Kartanegara\nc.q. Sekretaris Daerah\ndi Tenggarong\n\nAssalamualaikum warahmatullahi wabarakatuh.\n\nDengan hormat, pada bulan Agustus 2024 kami telah menyampaikan proposal permohonan bantuan rehabilitasi atap dan tempat wudhu Masjid Al-Ikhlas dengan rencana anggaran Rp 185.000.000. Pada bulan November petugas sudah datang memverifikasi dan memotret kondisi masjid.\n\nSaat ini atap bagian serambi bocor di banyak titik, setiap hujan deras jamaah harus menggeser saf, dan kami khawatir tidak bisa menampung jamaah tarawih dan itikaf bulan Ramadan nanti. Untuk sementara kami menutup dengan terpal swadaya jamaah.\n\nMelalui surat ini kami mohon informasi apakah proposal kami sudah masuk dalam daftar penerima tahun anggaran 2025 dan kapan kira-kira dapat dicairkan, serta kelengkapan apa saja yang masih perlu kami siapkan (rekening masjid dan akta sudah ada).\n\nDemikian, atas perhatiannya kami ucapkan terima kasih.\nWassalamualaikum warahmatullahi wabarakatuh.\n\nKetua,\nH. Abdul Gani\n\nSekretaris,\nM. Ridwan\nHP 0821-5300-1894",
    ),
    _E(
        "email",
        "kesra",
        "Pada Rab, 12 Feb 2025 pukul 14.05, Aduan Setda Kukar menulis:\n> Yth. Saudari, berdasarkan data yang kami terima, Saudari tercatat sebagai penerima beasiswa tahap II. Pencairan dijadwalkan akhir Februari 2025.\n\nSelamat pagi Bapak/Ibu,\n\nTerima kasih atas jawaban sebelumnya. Namun sampai hari ini, 17 Maret 2025, dana beasiswa belum masuk ke rekening saya, dan teman-teman sesama penerima dari Kukar yang kuliah di Yogyakarta juga belum. Batas pembayaran UKT semester genap di kampus saya tanggal 25 Maret; kalau lewat, saya terpaksa mengajukan cuti akademik karena orang tua saya (petani di Muara Muntai) baru saja gagal panen akibat banjir.\n\nMohon kepastian kapan pencairannya, atau setidaknya surat keterangan dari pemkab bahwa saya penerima beasiswa agar bisa saya ajukan ke kampus untuk penundaan pembayaran.\n\nHormat saya,\nNur Aisyah\nMahasiswi Pendidikan Matematika, NIM 21144031\nHP 0857-5066-2291",
    ),
    _E(
        "email",
        "kesra",
        "Syalom, Bapak/Ibu.\n\nKami Majelis Jemaat Gereja Kristen di Desa Sukabumi, Kecamatan Kota Bangun. Pada tanggal 21 Januari 2025 angin kencang disertai hujan lebat merobohkan sebagian atap gedung gereja kami dan merusak plafon serta instalasi listrik. Sejak itu ibadah Minggu kami laksanakan di rumah salah satu anggota jemaat.\n\nSebagai informasi, jalan menuju gereja juga tergenang dan rusak, tetapi itu sudah ditinjau pihak kecamatan dan dinas PU. Kursi jemaat kami dahulu juga sempat dibantu perusahaan lewat program CSR, jadi untuk itu kami tidak meminta lagi. Warga desa dan kepala desa sudah bergotong royong membersihkan puing.\n\nYang ingin kami mohonkan adalah petunjuk dan kemungkinan bantuan dari Pemerintah Kabupaten untuk perbaikan atap gereja. Apakah bantuan untuk rumah ibadah yang rusak karena bencana bisa diajukan di luar jadwal proposal biasa? Kami berharap gedung dapat dipakai kembali sebelum perayaan Paskah bulan April. Kebutuhan perbaikan menurut tukang sekitar Rp 96.000.000.\n\nAtas perhatian Bapak/Ibu kami ucapkan terima kasih. Tuhan memberkati.\n\nPnt. Yohanes Lahang\nKetua Majelis Jemaat\n0852-4680-1173",
    ),
    _E(
        "email",
        "kesra",
        "Mohon maaf kami kirim lewat sini, surat ke kecamatan sudah sebulan belum dibalas. Terima kasih.\n\n---------- Forwarded message ---------\nFrom: Forum Guru TPA Kec. Loa Janan <fkgtpa.loajanan@gmail.com>\nDate: Kam, 16 Jan 2025 pukul 20.31\nSubject: Insentif guru mengaji semester II 2024\nTo: <kecamatan.loajanan@gmail.com>\n\nAssalamualaikum wr. wb.\n\nYth. Bapak Camat Loa Janan,\n\nKami dari Forum Komunikasi Guru TPA/TPQ Kecamatan Loa Janan menyampaikan bahwa insentif guru mengaji untuk semester II tahun 2024 belum diterima oleh 143 guru di wilayah kecamatan kami. Pada semester I pencairan dilakukan bulan Agustus, sedangkan untuk semester II sampai sekarang belum ada informasi. Sebagian besar guru kami adalah ibu rumah tangga dan pensiunan yang mengajar sore hari tanpa bayaran dari orang tua santri, sehingga insentif tersebut sangat berarti, apalagi menjelang bulan Ramadan ketika kegiatan TPA justru bertambah.\n\nMohon Bapak dapat menanyakan kepada pemerintah kabupaten kapan insentif tersebut dicairkan dan apakah ada data guru yang perlu diperbarui.\n\nWassalamualaikum wr. wb.\nKetua Forum, Ustadzah Fatimah",
    ),
    _E(
        "email",
        "kesra",
        "Yth. Pengelola Aduan Pemkab Kukar,\n\nKami pengurus Lembaga Pengembangan Tilawatil Quran (LPTQ) Kecamatan Muara Jawa. Kafilah kami pada MTQ tingkat Kabupaten bulan November lalu meraih juara I cabang tilawah remaja putri dan juara II hifzh 10 juz. Sesuai pengumuman dewan hakim, para juara berhak atas uang pembinaan dan akan dibina untuk mewakili Kukar di MTQ tingkat provinsi.\n\nSampai sekarang uang pembinaan belum diterima, dan anak-anak kami belum mendapat kabar jadwal pemusatan latihan, padahal MTQ provinsi kabarnya dilaksanakan setelah Lebaran. Kami juga mendengar ada nama peserta dari kecamatan lain yang tidak juara justru masuk daftar kafilah kabupaten.\n\nMohon penjelasan mengenai pencairan uang pembinaan, jadwal TC, serta dasar penetapan nama-nama kafilah kabupaten.\n\nHormat kami,\nSekretaris LPTQ Kec. Muara Jawa\nMuhammad Arsyad\n0811-5840-229",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Assalamualaikum, ulun calon jemaah haji tahun ini dari Muara Muntai, umur 72. Handak batakun, manasik tingkat kabupaten kapan dilaksanakan? Lawan apakah ada angkutan dari kabupaten ke embarkasi Balikpapan? Anak ulun bagawi di Kaltara kada kawa maantar. Terima kasih pian 🙏",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Pak/Bu, anak saya lulus SMA tahun ini dan keterima di Unmul lewat jalur prestasi. Katanya ada beasiswa dari pemkab buat mahasiswa baru, tapi link pendaftarannya belum dibuka dan di IG belum ada pengumuman. Kami keluarga petani di Kembang Janggut, uang pangkal dan UKT berat sekali. Kapan dibuka ya dan syaratnya apa saja?",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Selamat malam, kami pengurus Karang Taruna Desa Jonggon Jaya, Loa Kulu. Tahun lalu kami diminta membuat proposal hibah untuk kegiatan kelompok (peralatan sablon dan pelatihan pemuda), sudah diverifikasi dan katanya masuk daftar penerima 2025. Tapi sampai sekarang NPHD belum juga ditandatangani dan kami tidak dapat kabar. Mohon infonya pak, terima kasih.",
    ),
    _E(
        "web",
        "kesra",
        "Insentif untuk imam, marbot dan khatib masjid di Kelurahan Jawa, Sangasanga sudah dua triwulan tidak cair. Tahun lalu masih rutin setiap tiga bulan. Apakah programnya dihentikan atau ada persyaratan baru? Selama bulan puasa kegiatan masjid banyak sekali, marbot bekerja siang malam membersihkan dan menyiapkan takjil. Mohon penjelasan dari pemerintah kabupaten.",
    ),
    _E(
        "web",
        "kesra",
        "Saya guru honorer di sebuah SD di Muara Kaman dan mendaftar beasiswa S2 dari Pemkab tahun ini. Saya dinyatakan lulus seleksi administrasi dan ikut tes tertulis serta wawancara, tetapi di pengumuman akhir nama saya tidak ada tanpa keterangan apa pun. Beberapa peserta yang saya tahu nilainya di bawah saya justru lolos. Saya mohon panitia membuka nilai hasil seleksi atau setidaknya menjelaskan alasan saya tidak diterima.",
    ),
    _E(
        "sms",
        "kesra",
        "pak proposal bantuan utk majelis taklim ibu2 di desa kami sdh msk dr thn lalu blm ada kabar. kpn ya",
    ),
    _E("sms", "kesra", "beasiswa kukar kpn cair pak sy hrs bayar ukt mnggu dpn"),
    _E(
        "telegram",
        "kesra",
        "Selamat siang. Kami pengurus sebuah vihara di Tenggarong. Proposal bantuan rumah ibadah yang kami ajukan untuk perbaikan lantai dan pagar dikembalikan dengan alasan tanah belum bersertifikat. Tanah tersebut hibah dari umat dengan akta hibah di hadapan notaris tahun 2019, sertifikatnya masih diproses BPN. Apakah akta hibah tidak bisa dipakai sebagai pengganti? Kami ingin mengajukan lagi sebelum Waisak.",
    ),
    _E(
        "telegram",
        "kesra",
        "Ibu saya terdaftar jaminan kesehatan yang iurannya dibayar pemkab, tapi waktu mau cuci darah di RSUD AM Parikesit minggu lalu kartunya nonaktif. Kata RS harus diaktifkan lagi lewat program jaminan kesehatan daerah, di kantor dinas kami dilempar dari loket ke loket. Ibu saya harus cuci darah 2x seminggu, tolong dibantu pengaktifannya.",
    ),
    _E(
        "twitter",
        "kesra",
        "Pengumuman penerima beasiswa Kukar kok isinya anak perangkat desa semua ya 🙃 yg miskin beneran malah ga lolos. Transparan dong nilai seleksinya #Kukar",
    ),
]

_HUKUM = [
    _E(
        "email",
        "hukum",
        "YAYASAN LINGKAR HULU MAHAKAM\nJl. Danau Aji No. 12, Tenggarong\n\nNomor: 012/YLHM/II/2025\nLampiran: 1 (satu) berkas masukan tertulis\nPerihal: Permohonan draf dan jadwal konsultasi publik Raperda tentang Pengakuan dan Perlindungan Masyarakat Hukum Adat\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nKami mengetahui dari daftar program pembentukan perda tahun 2025 bahwa Raperda tentang Pengakuan dan Perlindungan Masyarakat Hukum Adat akan diajukan oleh pemerintah daerah. Selama tiga tahun terakhir kami mendampingi komunitas adat di Kembang Janggut dan Tabang, yang wilayah kelolanya banyak bersinggungan dengan perkebunan sawit dan konsesi kayu. Persoalan konflik lahan itu kami tangani melalui jalur lain; dalam surat ini kami hanya ingin memastikan substansi raperda menampung kebutuhan komunitas.\n\nSehubungan dengan itu kami memohon:\n1. salinan draf raperda dan naskah akademik versi terakhir;\n2. jadwal konsultasi publik atau rapat pembahasan yang dapat diikuti masyarakat sipil;\n3. kesediaan menerima masukan tertulis kami (terlampir).\n\nDemikian permohonan ini kami sampaikan. Atas perhatian dan kerja samanya kami ucapkan terima kasih.\n\nHormat kami,\nDirektur Eksekutif\n\nAndreas Ngau\n0813-5122-8740",
    ),
    _E(
        "email",
        "hukum",
        "PEMERINTAH KABUPATEN KUTAI KARTANEGARA\nDINAS PERHUBUNGAN\nJl. Wolter Monginsidi, Tenggarong\n\nNomor: 500.11/ 318 /Dishub/II/2025\nSifat: Segera\nLampiran: 1 (satu) berkas\nPerihal: Permohonan fasilitasi dan harmonisasi Rancangan Peraturan Bupati\n\nYth. Kepala Bagian Hukum Setda Kab. Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nMenindaklanjuti berlakunya perda tentang pajak daerah dan retribusi daerah yang baru, Dinas Perhubungan telah menyusun Rancangan Peraturan Bupati tentang Tata Cara Pemungutan Retribusi Pelayanan Parkir di Tepi Jalan Umum. Rancangan ini mendesak untuk ditetapkan karena akan diterapkan pada penataan parkir kawasan Tepian Mahakam menjelang rangkaian HUT Kota Tenggarong dan Erau.\n\nBersama ini kami sampaikan draf rancangan beserta matriks penjelasannya, dan kami mohon dapat dilakukan pembahasan, penyelarasan, serta fasilitasi proses harmonisasi selanjutnya. Kami juga memohon pendapat hukum apakah penetapan titik parkir cukup diatur dalam lampiran peraturan bupati atau memerlukan keputusan kepala dinas tersendiri.\n\nDemikian disampaikan, atas kerja samanya diucapkan terima kasih.\n\nKepala Dinas Perhubungan\nKabupaten Kutai Kartanegara,\n\nttd\n\nIr. Syamsul Bahri, M.T.\nPembina Utama Muda\nNIP 19700815 199803 1 006",
    ),
    _E(
        "email",
        "hukum",
        "Assalamualaikum Bapak/Ibu,\n\nSaya ibu rumah tangga di Kelurahan Sanga-Sanga Dalam, Kecamatan Sangasanga. Anak sulung saya, umur 19 tahun, ditahan polsek sejak 8 Februari karena dituduh ikut perkelahian di acara orgen tunggal di kampung sebelah. Menurut teman-temannya dia hanya melerai. Berkasnya katanya sudah mau dikirim ke kejaksaan.\n\nSuami saya nelayan, penghasilan tidak tentu, apalagi sejak banjir Januari jaring dan mesin perahunya rusak (untuk bantuan alat tangkap sudah kami ajukan lewat kelompok nelayan). Adiknya yang SMA juga sedang kami daftarkan beasiswa. Jadi untuk membayar pengacara kami sama sekali tidak mampu.\n\nSaya mendengar pemerintah kabupaten punya program bantuan hukum gratis untuk warga tidak mampu. Mohon diberi tahu bagaimana cara mengajukannya, syarat apa saja yang harus dibawa, dan apakah bisa didampingi sejak sekarang sebelum sidang. Surat keterangan tidak mampu dari kelurahan sudah saya pegang.\n\nTerima kasih, mohon dibantu.\n\nSiti Rohmah\n0822-5519-3406",
    ),
    _E(
        "email",
        "hukum",
        "KANTOR ADVOKAT & KONSULTAN HUKUM RAHMAN, SITORUS & REKAN\nJl. Pahlawan No. 45, Samarinda\n\nNomor: 031/RSR/II/2025\nPerihal: Permohonan penyelesaian sengketa tanah lokasi SD Negeri di Kecamatan Samboja\n\nKepada Yth.\nBupati Kutai Kartanegara\nc.q. Sekretaris Daerah\ndi Tenggarong\n\nDengan hormat,\nBerdasarkan surat kuasa khusus tertanggal 2 Januari 2025, kami bertindak untuk dan atas nama klien kami, ahli waris almarhum H. Darmansyah, pemilik sah sebidang tanah seluas 4.200 m2 di Kelurahan Sungai Seluang, Samboja (SHM terlampir). Sebagian tanah tersebut sejak 2011 digunakan Pemerintah Kabupaten untuk gedung sekolah dasar negeri tanpa pernah ada pelepasan hak maupun ganti kerugian.\n\nKlien kami tidak bermaksud mengganggu kegiatan belajar mengajar, terlebih menjelang penerimaan murid baru. Namun klien kami berhak atas penyelesaian. Oleh karena itu, sebelum menempuh gugatan ke Pengadilan Negeri, kami mengundang Pemerintah Kabupaten untuk melakukan pertemuan penyelesaian secara musyawarah dalam waktu 30 hari sejak surat ini diterima, dan mohon ditunjuk pejabat yang berwenang mewakili pemerintah daerah.\n\nDemikian kami sampaikan, atas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nKuasa Hukum\n\nAbdul Rahman, S.H., M.H.",
    ),
    _E(
        "email",
        "hukum",
        "Kami kirim ulang lewat kanal aduan karena email di bawah sudah dua minggu tidak dibalas dan situs JDIH tidak bisa dibuka dari kemarin.\n\n---------- Forwarded message ---------\nFrom: Redaksi Mahakam Pos <redaksi.mahakampos@gmail.com>\nDate: Sel, 4 Feb 2025 pukul 11.02\nSubject: Permintaan salinan perda hari jadi dan perbup Erau\nTo: <jdih.kukar@gmail.com>\n\nSelamat siang tim JDIH,\n\nKami sedang menyiapkan liputan khusus menyambut HUT Kukar dan Erau tahun ini. Kami membutuhkan salinan perda tentang penetapan hari jadi Kutai Kartanegara, serta peraturan bupati yang mengatur penyelenggaraan Erau, termasuk perubahannya bila ada. Di laman JDIH hanya tersedia judulnya, berkas PDF-nya tidak bisa diunduh.\n\nMohon dikirimkan salinan atau tautan yang bisa diakses.\n\nTerima kasih,\nDewi Kartika\nJurnalis Mahakam Pos\n0812-5588-9021",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Pak mau tanya, kami jualan nasi kuning & soto di Tenggarong. Katanya bulan puasa warung makan wajib tutup siang hari, ada Perda/Perbupnya kah? Nomor berapa? Soalnya kemarin ada yg datang suruh tutup tapi tdk bisa tunjukkan aturannya. Saya mau baca sendiri isinya biar jelas boleh buka jam berapa.",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Selamat siang, sy ibu rumah tangga di Loa Janan. Kontrakan kami mau diusir pemiliknya padahal sdh bayar setahun sampai Oktober, uangnya tdk mau dikembalikan. Barang2 kami diancam mau dikeluarkan. Ada bantuan pengacara gratis dr pemkab kah? kami tdk mampu bayar lawyer 🙏",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Ijin bertanya, kami staf Kecamatan Muara Jawa. Perbup ttg penghasilan tetap kades dan perangkat desa thn 2025 apakah sdh diundangkan? Di JDIH yg tersedia masih yg lama. Kami butuh nomor dan salinannya utk dasar pendampingan penyusunan APBDes desa2 di wilayah kami. Terima kasih.",
    ),
    _E(
        "web",
        "hukum",
        "Saya dosen hukum di Samarinda dan diminta menjadi ahli dalam suatu perkara di Pengadilan Negeri Tenggarong. Saya membutuhkan salinan resmi yang dilegalisir dari Perda Kabupaten Kutai Kartanegara tentang Pajak Daerah dan Retribusi Daerah yang berlaku saat ini beserta lampirannya. Bagaimana prosedur permohonannya, apakah bisa diminta secara daring, dan berapa lama prosesnya?",
    ),
    _E(
        "web",
        "hukum",
        "Saya pemilik usaha karaoke keluarga di Tenggarong Seberang. Aturan jam operasional tempat hiburan selama Ramadan tahun ini menyamakan karaoke keluarga dengan tempat hiburan malam, sehingga kami harus tutup total sebulan penuh, padahal karyawan kami 14 orang dan tetap harus digaji dan diberi THR. Saya ingin mengajukan keberatan dan usulan perubahan atas aturan tersebut. Ke mana dan dalam bentuk apa keberatan itu harus disampaikan?",
    ),
    _E(
        "sms",
        "hukum",
        "sy mau minta bantuan hukum gratis, tanah kebun sy di samboja diserobot tetangga pake surat palsu. dmn daftarnya pak",
    ),
    _E(
        "sms",
        "hukum",
        "pak apa bnr ada perda baru larangan jual bensin eceran? di muara kaman mau ditertibkan. perda nya nomor brp",
    ),
    _E(
        "telegram",
        "hukum",
        "Selamat sore. Kami direktur CV yang sudah menang gugatan wanprestasi melawan Pemkab Kukar di PN Tenggarong, putusannya inkracht sejak Oktober 2024 setelah banding ditolak. Sampai sekarang isi putusan belum dilaksanakan dan surat kami belum dibalas. Mohon informasi siapa yang menangani pelaksanaan putusan ini di pemkab dan bagaimana langkah selanjutnya sebelum kami mengajukan permohonan eksekusi.",
    ),
    _E(
        "telegram",
        "hukum",
        "Assalamualaikum. Kami dari forum pondok pesantren se-Kukar. Raperda tentang fasilitasi penyelenggaraan pesantren katanya sdh dibahas sejak 2023. Posisinya skrg di mana, apakah sdh dievaluasi gubernur? Kami ingin dilibatkan sebelum disahkan krn ada pasal soal perizinan yg memberatkan pesantren kecil.",
    ),
    _E(
        "twitter",
        "hukum",
        "JDIH Kukar down lagi. Mau baca perda aja susahnya minta ampun 🙄 gimana warga mau taat aturan kalau aturannya aja ga bisa dibuka",
    ),
]

_KERJASAMA = [
    _E(
        "email",
        "kerjasama",
        "UNIVERSITAS BORNEO NUSANTARA\nLEMBAGA PENELITIAN DAN PENGABDIAN KEPADA MASYARAKAT\nJl. Juanda No. 8, Samarinda\n\nNomor: 118/LPPM-UBN/II/2025\nLampiran: 1 (satu) berkas draf Nota Kesepahaman\nPerihal: Tindak lanjut rencana Nota Kesepahaman\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nMenindaklanjuti pertemuan kami dengan jajaran Pemerintah Kabupaten Kutai Kartanegara pada 14 November 2024, bersama ini kami sampaikan kembali draf Nota Kesepahaman tentang pendidikan, penelitian dan pengabdian kepada masyarakat. Draf yang sama telah kami kirimkan pada awal Desember namun hingga kini kami belum menerima tanggapan atau catatan perbaikan.\n\nNota Kesepahaman ini menjadi dasar pelaksanaan KKN Tematik di 20 desa di Kukar pada bulan Juli 2025, serta pendampingan penyusunan profil desa. Mengingat mahasiswa harus sudah dibekali mulai Mei, kami mohon kiranya draf tersebut dapat ditelaah, dan bila memungkinkan penandatanganan dilaksanakan dalam waktu dekat, atau dapat dirangkaikan dengan kegiatan lain yang dianggap sesuai oleh Pemerintah Kabupaten.\n\nDemikian kami sampaikan. Atas perhatian dan kerja samanya diucapkan terima kasih.\n\nKetua LPPM,\n\nDr. Ir. Bambang Setiawan, M.Si.\nNIDN 0011047203\nKontak: 0811-5530-4417 (Sdri. Lina, staf kerja sama)",
    ),
    _E(
        "email",
        "kerjasama",
        "Yth. Bapak/Ibu pengelola aduan Pemkab Kukar,\n\nKami warga RT 06 sampai RT 12 Desa Bangunrejo, Kecamatan Tenggarong Seberang. Rumah kami paling dekat dengan area tambang batubara yang beroperasi di belakang desa. Debunya setiap kemarau masuk ke rumah, sedangkan musim hujan seperti sekarang air lumpur dari area tambang mengalir ke jalan dan pekarangan. Beberapa dinding rumah juga retak. Soal debu, lumpur dan retakan itu sudah kami laporkan sendiri ke dinas lingkungan hidup dan sedang ditinjau.\n\nYang ingin kami sampaikan di sini adalah soal bantuan CSR perusahaan tersebut. Menurut perusahaan, dana program CSR 2024 untuk desa kami sekitar Rp 750 juta sudah disalurkan lewat desa dalam bentuk sembako, beasiswa dan perbaikan balai RT. Kenyataannya yang menerima hanya warga RT 01 sampai RT 05 yang jauh dari tambang, sedangkan RT kami yang paling terdampak tidak mendapat apa-apa. Ketika kami tanya, perusahaan menyuruh bertanya ke desa, desa menyuruh bertanya ke perusahaan.\n\nKami mohon Pemkab meminta perusahaan membuka daftar penerima dan rincian program CSR di desa kami, dan ke depan penyalurannya mengutamakan warga yang paling terdampak.\n\nAtas nama warga,\nSlamet Riyadi (Ketua RT 09)\n0853-4901-2276",
    ),
    _E(
        "email",
        "kerjasama",
        "Dengan hormat,\n\nKami dari Departemen External Relations PT Delta Mahakam Energi, operator lapangan migas di wilayah Muara Badak dan Anggana. Sehubungan dengan penyusunan laporan pelaksanaan TJSL perusahaan tahun 2024 dan rencana program 2025, kami memohon informasi sebagai berikut:\n1. jadwal rapat koordinasi forum TJSL kabupaten triwulan I 2025;\n2. format laporan realisasi TJSL terbaru yang digunakan pemerintah kabupaten;\n3. daftar program prioritas daerah tahun 2025 (misalnya penurunan stunting, air bersih, UMKM pesisir) agar rencana program kami dapat diselaraskan dan tidak tumpang tindih dengan program pemerintah maupun perusahaan lain di desa yang sama.\n\nKami juga berencana menyerahkan bantuan perahu dan perlengkapan evakuasi banjir secara simbolis, dan ingin mengetahui mekanisme pencatatannya sebagai bagian dari kontribusi TJSL.\n\nAtas perhatiannya kami ucapkan terima kasih.\n\nSalam,\nRina Oktaviani\nCSR & Community Relations Officer\nPT Delta Mahakam Energi\n+62 811-5460-339",
    ),
    _E(
        "email",
        "kerjasama",
        "Yth. Admin, kami teruskan surat di bawah karena belum ada balasan dari alamat yang kami tuju sebelumnya. Mohon dibantu diarahkan. Terima kasih.\n\n---------- Forwarded message ---------\nFrom: Setda Kab. Kutai Barat <setda.kubar@gmail.com>\nDate: Kam, 23 Jan 2025 pukul 15.47\nSubject: Tindak lanjut draf Perjanjian Kerja Sama pelayanan kesehatan wilayah perbatasan\nTo: <setda.kukar@gmail.com>\n\nDengan hormat,\nMenindaklanjuti Kesepakatan Bersama antara Pemerintah Kabupaten Kutai Barat dan Pemerintah Kabupaten Kutai Kartanegara tahun 2023 tentang pelayanan dasar di wilayah perbatasan, bersama ini kami sampaikan draf Perjanjian Kerja Sama tentang pelayanan kesehatan bagi warga desa perbatasan Kecamatan Muara Wis dan Muara Muntai yang selama ini berobat ke puskesmas di Kutai Barat karena jaraknya lebih dekat.\n\nKami mohon tanggapan atas draf tersebut, khususnya mengenai pembagian pembiayaan dan jangka waktu, serta usulan jadwal penandatanganan di tingkat kepala perangkat daerah.\n\nDemikian, atas kerja samanya diucapkan terima kasih.\n\nSekretariat Daerah Kabupaten Kutai Barat",
    ),
    _E(
        "email",
        "kerjasama",
        "Pada Kam, 20 Feb 2025 10.44, Aduan Setda Kukar menulis:\n> Yth. Bapak, data penyaluran CSR perusahaan dikompilasi setiap akhir tahun dan dilaporkan kepada pimpinan.\n\nTerima kasih atas jawabannya, tetapi jawaban itu belum menjawab permintaan kami.\n\nKami tidak meminta laporan ke pimpinan. Kami meminta daftar perusahaan yang sudah melaporkan program CSR/TJSL tahun 2024, jenis program dan nilainya per kecamatan, sebagaimana yang dipaparkan dalam forum TJSL bulan Desember lalu. Data ini kami perlukan untuk pemetaan di kecamatan pesisir (Muara Badak, Anggana, Muara Jawa, Samboja) di mana warga sering tidak tahu program apa yang sebenarnya menjadi hak desanya. Menurut kami ini informasi publik dan tidak ada alasan untuk ditutup.\n\nJika memang harus lewat permohonan informasi resmi, mohon disebutkan ke mana kami harus mengajukannya.\n\nSalam,\nFirman Hidayat\nKoordinator Perkumpulan Pesisir Bersuara\n0812-5370-6618",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Pak, kami kelompok nelayan di Desa Tanjung Limau, Muara Badak. Tahun lalu perusahaan migas di sini janji bantuan mesin ketinting 15 unit lewat program CSR-nya, sudah foto2 serah terima simbolis pas acara di balai desa, tapi mesinnya tidak pernah sampai ke kami. Ditanya ke humas perusahaan katanya sudah diserahkan. Tolong pemkab bantu tanyakan ke perusahaan 🙏",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Selamat pagi, saya sekdes di salah satu desa Kec. Loa Kulu. Di wilayah kami ada 3 perusahaan tambang dan 1 kebun sawit, tapi desa tidak pernah dilibatkan dalam penyusunan program CSR mereka, tau2 ada bantuan yg tidak sesuai kebutuhan. Bagaimana caranya usulan desa (air bersih, gedung PAUD) bisa masuk ke program CSR perusahaan? Apakah harus lewat pemkab?",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "bubuhan kami di Muara Jawa Ulu kada suah dapat bantuan CSR, padahal rumah dekat jetty batubara. siapa nang mengatur pembagiannya pian ai?",
    ),
    _E(
        "web",
        "kerjasama",
        "Kami perusahaan di bidang pariwisata dan kuliner yang berminat bekerja sama dengan Pemerintah Kabupaten untuk mengelola sebagian kawasan Pulau Kumala (wahana air dan food court) dengan skema kerja sama pemanfaatan aset. Mohon informasi prosedur pengajuan proposal kerja sama, dokumen apa saja yang diperlukan, berapa lama jangka waktu perjanjian yang dimungkinkan, dan apakah memerlukan persetujuan DPRD.",
    ),
    _E(
        "web",
        "kerjasama",
        "Instalasi air bersih bantuan CSR sebuah perusahaan tambang di Desa Karya Jaya, Samboja diresmikan Agustus 2024, tapi sejak Desember mati total karena pompanya terbakar. Perusahaan bilang fasilitas sudah diserahkan ke desa, sedangkan desa bilang masih tanggung jawab perusahaan karena belum ada berita acara serah terima dan perjanjian pemeliharaannya. Warga kembali beli air tandon Rp 80.000 sekali isi. Mohon pemkab menengahi dan menjelaskan isi kesepakatan antara perusahaan dan desa.",
    ),
    _E(
        "sms",
        "kerjasama",
        "paket sembako csr dr perusahaan utk warga rt kami sblm puasa tdk sampai, cm dibagi ke keluarga panitia. tlg dicek pak",
    ),
    _E(
        "sms",
        "kerjasama",
        "pak kerjasama kukar dgn mahulu soal angkutan sungai jd ditandatangani kah? kami motoris speedboat blm dpt info",
    ),
    _E(
        "telegram",
        "kerjasama",
        "Selamat siang. Kami mahasiswa Politeknik di Samarinda. Sesuai perjanjian kerja sama kampus kami dengan Pemkab Kukar, mahasiswa semester 6 magang di perangkat daerah Kukar mulai 1 Maret. Sampai sekarang surat penempatan belum keluar, kampus bilang menunggu balasan dari pemkab. Kami 32 orang sudah bayar kos di Tenggarong. Mohon infonya.",
    ),
    _E(
        "telegram",
        "kerjasama",
        "Selamat siang, kami dari manajemen perkebunan sawit di Kec. Kembang Janggut. Perusahaan ingin menyalurkan dana TJSL untuk korban banjir di Kenohan dan Kembang Janggut (sembako, perahu karet, obat2an). Agar tidak tumpang tindih dengan perusahaan lain dan tercatat resmi, kami harus koordinasi dengan siapa di pemkab dan apakah wajib lewat forum TJSL?",
    ),
    _E(
        "twitter",
        "kerjasama",
        "Katanya Kukar udah teken kerja sama sama Otorita IKN soal wilayah penyangga. Isinya apa aja sih? Warga Samboja yg paling deket malah ga tau apa2 🤷 #Kukar #IKN",
    ),
]

_PEREKONOMIAN = [
    _E(
        "email",
        "perekonomian",
        "PAGUYUBAN PEDAGANG PASAR TANGGA ARUNG\nTenggarong, Kutai Kartanegara\n\nNomor: 05/PPTA/II/2025\nLampiran: Daftar tanda tangan 112 pedagang\nPerihal: Keberatan atas kenaikan sewa kios menjelang Ramadan\n\nYth. Bupati Kutai Kartanegara\nc.q. Sekretaris Daerah\ndi Tenggarong\n\nDengan hormat,\nPada tanggal 10 Februari 2025 pedagang menerima pemberitahuan dari pengelola pasar bahwa mulai 1 Maret sewa kios naik dari Rp 350.000 menjadi Rp 600.000 per bulan, tanpa sosialisasi sebelumnya. Kenaikan ini terjadi ketika pembeli sedang sepi karena hujan hampir setiap hari dan banyak warga beralih belanja daring.\n\nKami juga sudah berkali-kali mengeluhkan atap los ikan yang bocor dan parkir yang semrawut, dan untuk atap itu kami dengar sudah ada rencana perbaikan dari dinas teknis, jadi hal tersebut tidak kami ulangi di sini.\n\nYang kami mohonkan melalui surat ini adalah:\n1. penundaan kenaikan sewa sampai setelah Lebaran;\n2. pertemuan antara pengelola pasar dan perwakilan pedagang untuk membahas besaran yang wajar;\n3. penjelasan tertulis mengenai dasar perhitungan kenaikan tersebut.\n\nDemikian permohonan kami, atas perhatian Bapak kami ucapkan terima kasih.\n\nKetua Paguyuban,\nH. Syahrani\n\nSekretaris,\nWiwik Handayani\n0812-5522-0137",
    ),
    _E(
        "email",
        "perekonomian",
        "Mohon perhatian Bapak/Ibu, email ini sudah kami kirim ke agen sejak bulan lalu tapi belum ada solusi. Warga setiap hari datang ke rumah kami menanyakan gas.\n\n---------- Forwarded message ---------\nFrom: Pangkalan LPG Berkah Jaya <pangkalan.berkahjaya@gmail.com>\nDate: Sen, 20 Jan 2025 pukul 08.55\nSubject: Permohonan evaluasi alokasi LPG 3 kg pangkalan Desa Kutai Lama\nTo: <agen.lpg.anggana@gmail.com>\n\nSelamat pagi Bapak,\n\nKami pangkalan resmi LPG 3 kg di Desa Kutai Lama, Kecamatan Anggana. Sejak Januari alokasi pangkalan kami dikurangi dari 560 tabung menjadi 400 tabung per bulan tanpa pemberitahuan tertulis. Padahal jumlah pelanggan terdaftar kami justru bertambah karena ada perumahan baru dan beberapa warung makan kecil. Akibatnya gas habis dalam dua hari setelah datang, warga antre sejak subuh dan sebagian terpaksa membeli di pengecer Rp 45.000.\n\nKami mohon alokasi dikembalikan seperti semula atau dievaluasi berdasarkan data pelanggan kami (terlampir).\n\nHormat kami,\nHj. Norhayati\nPemilik Pangkalan Berkah Jaya",
    ),
    _E(
        "email",
        "perekonomian",
        "PEMERINTAH KABUPATEN KUTAI KARTANEGARA\nKECAMATAN MUARA MUNTAI\nJl. Pangeran Diponegoro, Muara Muntai\n\nNomor: 500.2/ 087 /Kec-MM/II/2025\nLampiran: -\nPerihal: Laporan kelangkaan LPG 3 kg dan BBM pascabanjir\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nBersama ini kami laporkan bahwa sejak banjir pertengahan Januari 2025 pasokan LPG 3 kg dan BBM ke desa-desa di Kecamatan Muara Muntai tersendat karena kapal pengangkut terhambat arus dan beberapa dermaga terendam. Saat ini harga LPG 3 kg di tingkat pengecer mencapai Rp 55.000 per tabung dan pertalite eceran Rp 17.000 per liter. Harga beras dan minyak goreng di warung desa juga naik. Penanganan warga yang mengungsi sudah ditangani bersama BPBD dan tidak kami masukkan dalam laporan ini.\n\nSehubungan dengan itu kami mohon kiranya Pemerintah Kabupaten dapat mengupayakan tambahan alokasi LPG dan BBM kepada agen yang melayani wilayah kami serta melaksanakan operasi pasar atau pasar murah sebelum Ramadan.\n\nDemikian kami sampaikan, atas perhatiannya diucapkan terima kasih.\n\nCamat Muara Muntai,\n\nttd\n\nDrs. Ahmad Yani Saleh\nNIP 19690311 199203 1 008",
    ),
    _E(
        "email",
        "perekonomian",
        "Pada Jum, 7 Feb 2025 pukul 16.20, Aduan Setda Kukar menulis:\n> Laporan Bapak telah kami sampaikan kepada direksi perusahaan daerah terkait untuk ditindaklanjuti.\n\nSelamat siang,\n\nSetelah jawaban di atas saya sudah dua kali datang ke kantor perusahaan daerah tersebut, dan jawabannya masih sama: menunggu kas. Sebagai pengingat, saya pemasok beras dan gula untuk unit usaha perdagangan mereka sejak Juli 2024. Tagihan saya sebesar Rp 247.500.000 (tiga faktur, September sampai November 2024) belum dibayar sama sekali, padahal barangnya sudah mereka jual kembali. Saya sudah meminjam ke bank untuk membayar pemasok saya sendiri.\n\nKarena Pemkab adalah pemilik perusahaan daerah itu, saya mohon pemkab sebagai pemegang saham meminta direksi menyelesaikan kewajibannya, atau setidaknya memberi jadwal pembayaran tertulis.\n\nTerima kasih.\n\nIrwan Saputra\nUD Sinar Sebulu\n0813-5047-2290",
    ),
    _E(
        "email",
        "perekonomian",
        "Selamat pagi Bapak/Ibu,\n\nSaya Halimah, pelaku usaha rumahan amplang dan kerupuk ikan di Desa Badak Baru, Muara Badak. Usaha saya sudah berjalan enam tahun dengan empat pekerja, semuanya ibu-ibu tetangga. Tahun lalu saya ikut pameran saat HUT Kukar dan Erau, tapi stan UMKM ditaruh paling belakang dekat genset sehingga sepi pengunjung. Soal tata letak acara itu sudah saya sampaikan ke panitia waktu itu.\n\nYang ingin saya tanyakan sekarang menyangkut pembinaan usaha kecil seperti saya:\n1. apakah ada program fasilitasi sertifikat halal dan izin PIRT gratis tahun ini, dan kapan pendaftarannya;\n2. apakah ada bantuan desain kemasan atau pelatihan pemasaran online untuk UMKM;\n3. bagaimana agar produk kami bisa masuk ke toko oleh-oleh atau galeri UMKM yang dikelola pemkab.\n\nSaya sudah mengisi pendataan UMKM lewat desa tahun lalu tapi belum pernah dihubungi lagi.\n\nTerima kasih atas perhatiannya.\n\nHalimah\nAmplang Bu Imah\nWA 0852-4699-0871",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "Assalamualaikum, di Pasar Loa Kulu cabe rawit sdh 120rb/kg, bawang merah 60rb, beras premium naik 2rb per kilo. Minggu depan sudah puasa. Pemkab ada rencana pasar murah kah? Kasian ibu2 di sini 😔",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "Bang, antrean pertalite di SPBU Tenggarong Seberang tiap hari sampai 1 km, yg bikin lama itu pengetap pake tangki modif bolak balik. Kami ojol habis waktu 1 jam cuma buat isi bensin, orderan lewat semua. Tolong ditertibkan lah distribusinya",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "gas melon di warung dekat rumah ulun 45 ribu pian ai 😤 pangkalan kada suah ada gasnya. Tenggarong Seberang",
    ),
    _E(
        "web",
        "perekonomian",
        "Saya membaca di media bahwa salah satu perusahaan daerah milik Pemkab Kukar kembali merugi dan beberapa tahun tidak menyetor dividen, padahal setiap tahun diberi penyertaan modal dari APBD. Sebagai warga saya ingin bertanya: apa rencana pemkab terhadap BUMD yang rugi terus-menerus, apakah akan dievaluasi direksinya atau digabung, dan apakah laporan keuangan BUMD bisa diakses publik?",
    ),
    _E(
        "web",
        "perekonomian",
        "Pasar baru di Kecamatan Sangasanga sudah selesai dibangun sejak 2023, tapi pembagian lapaknya tidak jelas. Pedagang lama yang sudah 20 tahun berjualan di pasar lama tidak kebagian, sedangkan yang dapat justru orang dari luar kecamatan yang kemudian menyewakan lagi lapaknya. Akibatnya kami tetap jualan di pinggir jalan dan sering diusir. Mohon pembagian lapak diulang secara terbuka dengan mendahulukan pedagang lama.",
    ),
    _E(
        "sms",
        "perekonomian",
        "minyakita di muara badak langka, kalo ada dijual 20rb/ltr. tlg dicek pak",
    ),
    _E(
        "sms",
        "perekonomian",
        "pangkalan gas di rt 5 jual ke pengecer smua, warga gk kebagian. kmrn antri dr subuh tetap habis",
    ),
    _E(
        "telegram",
        "perekonomian",
        "Selamat siang. Saya motoris speedboat rute Kota Bangun - Muara Muntai. Sejak banjir solar di penyalur Kota Bangun sering kosong, terpaksa beli eceran Rp 11.000/liter. Ongkos penumpang terpaksa kami naikkan dan penumpang komplain. Mohon dibantu kuota solar khusus untuk angkutan sungai.",
    ),
    _E(
        "telegram",
        "perekonomian",
        "Kami kelompok UMKM kuliner di Tenggarong (12 usaha: kue tradisional, sambal, abon ikan). Kami ingin produk kami bisa dijual di hotel dan bandara sebagai oleh-oleh khas Kukar. Tahun lalu sudah ikut pendataan dan pelatihan satu hari, tapi setelah itu tidak ada pendampingan. Apakah ada program lanjutan atau kurasi produk dari pemkab? Kami siap ikut.",
    ),
    _E(
        "twitter",
        "perekonomian",
        "Harga telur di Tenggarong 60rb/rak, naik terus tiap mau puasa. TPID Kukar kerjanya apa ya? 🙃 #inflasi #Kukar",
    ),
]

_SDA = [
    _E(
        "email",
        "sda",
        "PEMERINTAH KABUPATEN KUTAI KARTANEGARA\nKECAMATAN LOA KULU\nDESA LUNG ANAI\n\nNomor: 660/ 045 /Pemdes/II/2025\nLampiran: Foto dan titik koordinat\nPerihal: Permohonan penanganan lubang bekas tambang di dekat permukiman\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nBersama ini kami sampaikan bahwa di wilayah RT 08 Desa Lung Anai terdapat lubang bekas galian tambang batubara seluas kurang lebih 3 hektar yang ditinggalkan tanpa reklamasi sejak perusahaan berhenti beroperasi tahun 2021. Jaraknya sekitar 300 meter dari sekolah dasar dan hanya 50 meter dari rumah warga terdekat. Pada musim hujan ini lubang terisi penuh air, pagar seng yang dulu dipasang sudah roboh, dan anak-anak sering terlihat bermain dan memancing di tepinya.\n\nPemerintah desa sudah memasang papan larangan seadanya, namun kami tidak memiliki kewenangan maupun anggaran untuk menutup atau memagar lubang tersebut. Kami mohon Pemerintah Kabupaten berkoordinasi dengan instansi yang berwenang agar pemegang izin diwajibkan melakukan reklamasi, dan dalam waktu dekat dipasang pagar pengaman permanen sebelum terjadi korban.\n\nDemikian kami sampaikan, atas perhatiannya kami ucapkan terima kasih.\n\nKepala Desa Lung Anai,\n\nttd\n\nMuhammad Syukur",
    ),
    _E(
        "email",
        "sda",
        "Dengan hormat, kami teruskan surat kelompok tani kami yang sudah dikirim sejak Oktober. Sampai sekarang belum jelas, padahal air banjir sudah mulai surut dan kami harus segera olah lahan.\n\nSalam, Ketua Gapoktan\n\n---------- Forwarded message ---------\nFrom: Gapoktan Manunggal Makmur <gapoktan.manunggal@gmail.com>\nDate: Rab, 16 Okt 2024 pukul 13.22\nSubject: Menanyakan realisasi bantuan hand traktor dan pompa air\nTo: <distanak.kukar@gmail.com>\n\nYth. Bapak Kepala Dinas,\n\nBerdasarkan informasi dari penyuluh, Gapoktan Manunggal Makmur Desa Manunggal Jaya, Kecamatan Tenggarong Seberang, tercatat sebagai calon penerima bantuan alat dan mesin pertanian tahun 2024 berupa 3 unit traktor tangan dan 2 unit pompa air. Kami sudah melengkapi berkas CPCL dan foto lahan sesuai permintaan.\n\nHingga saat ini bantuan belum kami terima dan tidak ada pemberitahuan. Mohon informasi kapan alat tersebut akan diserahkan, karena anggota kami 84 petani dengan lahan sawah 126 hektar sangat membutuhkannya untuk musim tanam.\n\nHormat kami,\nSutrisno, Ketua Gapoktan\n0852-5087-1145",
    ),
    _E(
        "email",
        "sda",
        "POKJA PEDULI SUNGAI BELAYAN\nSekretariat: Desa Kembang Janggut\n\nNomor: 09/PPSB/II/2025\nLampiran: 12 foto, 1 video, hasil uji sederhana\nPerihal: Laporan pencemaran sungai oleh limbah pabrik kelapa sawit\n\nYth. Bupati Kutai Kartanegara\nc.q. Sekretaris Daerah\ndi Tenggarong\n\nDengan hormat,\nPada tanggal 6 dan 7 Februari 2025, setelah hujan deras dua hari berturut-turut, kolam limbah cair sebuah pabrik kelapa sawit di hulu desa meluap dan airnya masuk ke anak sungai yang bermuara ke Sungai Belayan. Air berubah cokelat kehitaman, berbau menyengat, dan ratusan ikan mati mengapung hingga sekitar 5 km ke hilir. Warga di tiga desa masih memakai air sungai untuk mandi dan mencuci.\n\nKami tahu warga di sini juga punya masalah lain dengan perusahaan yang sama, seperti bagi hasil plasma dan tuntutan program air bersih; hal itu sedang diurus koperasi dan desa secara terpisah. Surat ini khusus mengenai pencemaran.\n\nKami memohon: (1) inspeksi lapangan bersama dan pengambilan sampel air oleh pihak berwenang; (2) pemeriksaan kapasitas kolam limbah pabrik; (3) sanksi dan pemulihan bila terbukti terjadi pelanggaran.\n\nDemikian laporan ini kami sampaikan.\n\nKoordinator,\nYusran Effendi\n0821-5377-4062",
    ),
    _E(
        "email",
        "sda",
        "Pada Sel, 25 Feb 2025 pukul 11.30, Aduan Setda Kukar menulis:\n> Keluhan Bapak terkait kemitraan plasma sudah kami catat dan akan dikoordinasikan dengan perangkat daerah yang membidangi perkebunan.\n\nYth. Bapak/Ibu,\n\nTerima kasih, tetapi sampai sekarang belum ada satu pun pihak yang datang atau menghubungi kami. Perlu kami ulangi: perusahaan perkebunan sawit mitra koperasi kami di Kecamatan Muara Kaman tidak membayarkan bagi hasil kebun plasma sejak Agustus 2024. Sebanyak 412 anggota koperasi tidak menerima apa pun selama tujuh bulan, sementara buah dari kebun plasma tetap dipanen dan diangkut perusahaan setiap minggu. Laporan keuangan kebun plasma juga tidak pernah diserahkan kepada koperasi.\n\nMenjelang Lebaran banyak anggota kami yang kesulitan. Kami mohon pemerintah kabupaten segera memanggil perusahaan dan koperasi untuk mediasi, serta meminta perusahaan membuka hasil panen dan biaya kebun plasma.\n\nHormat kami,\nKetua Koperasi Plasma Sawit Maju Bersama\nDarwis\n0813-4700-5519",
    ),
    _E(
        "email",
        "sda",
        "Kepada Yth. Pemerintah Kabupaten Kutai Kartanegara\n\nAssalamualaikum wr. wb.\n\nKami Kelompok Nelayan Karya Bahari, Desa Sepatin, Kecamatan Anggana, beranggotakan 25 nelayan tangkap di perairan delta Mahakam. Sejak akhir tahun hasil tangkapan turun karena cuaca buruk dan banyak alat tangkap kami rusak diterjang gelombang serta kayu hanyutan saat banjir. Solar juga sulit dan mahal, tapi untuk itu kami sudah melapor ke kecamatan. Beberapa anggota juga sudah mendapat konverter kit mesin perahu dari program pusat tahun lalu.\n\nPada bulan September 2024 kami mengajukan proposal bantuan sarana penangkapan ikan berupa 25 set jaring rengge, 10 unit coolbox, dan 5 unit mesin perahu, melalui penyuluh perikanan kecamatan. Sampai sekarang kami belum tahu apakah proposal itu diterima atau tidak.\n\nMohon informasi apakah kelompok kami masuk daftar penerima bantuan alat tangkap tahun 2025, dan bila belum, apa yang harus kami lengkapi.\n\nWassalamualaikum wr. wb.\n\nKetua Kelompok,\nLa Ode Hamzah\nHP 0852-5016-3328",
    ),
    _E(
        "whatsapp",
        "sda",
        "Pak tolong, truk batubara lewat jalan poros Desa Bukit Raya tiap malam, jalan jadi kubangan lumpur, kalau kering debunya masuk rumah. Anak sekolah pagi2 sering jatuh dr motor. Setahu kami perusahaan tambang harus pakai jalan hauling sendiri, bukan jalan warga. Mohon ditindak",
    ),
    _E(
        "whatsapp",
        "sda",
        "Lapor pak, di hulu Sungai Belayan wilayah Tabang banyak kayu log dihanyutkan malam2, sepertinya hasil tebangan liar di kawasan hutan, bukan dari perusahaan yg punya izin. Warga takut lapor langsung ke aparat setempat. Mohon dicek, kami bisa kirim foto dan lokasinya.",
    ),
    _E(
        "whatsapp",
        "sda",
        "banjir di Sangasanga makin parah pian, bahari kada kaya ini. bukit di hulu habis dikeruk tambang. siapa nang bertanggung jawab?? 😡",
    ),
    _E(
        "web",
        "sda",
        "Sawah kami di Desa Perangat Selatan, Kecamatan Marangkayu tertimbun lumpur dari kolam pengendapan milik perusahaan tambang batubara yang jebol saat hujan deras tanggal 14 Februari. Sekitar 12 hektar sawah milik 19 petani gagal tanam musim ini, saluran irigasi juga tertutup lumpur. Perwakilan perusahaan hanya datang memotret lalu pergi. Kami minta perusahaan bertanggung jawab membersihkan lahan, mengganti kerugian petani, dan memperbaiki kolamnya agar tidak jebol lagi.",
    ),
    _E(
        "web",
        "sda",
        "Debu batubara dari stockpile dan jetty di pinggir Sungai Mahakam, Desa Loa Janan Ulu, terus masuk ke rumah warga. Lantai dan atap hitam, anak saya dan anak tetangga batuk-batuk terus, sudah bolak balik ke puskesmas. Penyiraman cuma dilakukan kalau ada kunjungan pejabat. Mohon dicek izin lingkungannya dan perusahaan diwajibkan memasang penutup stockpile serta penyiraman rutin.",
    ),
    _E(
        "sms",
        "sda",
        "bantuan pompa air utk sawah kami di sebulu kpn dtg, sdh ajukan lwt ppl dr thn lalu",
    ),
    _E(
        "sms",
        "sda",
        "perusahaan sawit tanam sampai ke kebun karet kami pak, patok dipindah. desa kami di kembang janggut. tlg",
    ),
    _E(
        "telegram",
        "sda",
        "Selamat pagi. Ikan nila di keramba kami di Sungai Mahakam depan Kelurahan Timbau, Tenggarong mati mendadak sejak 3 hari lalu, sudah sekitar 2 ton. Air sungai berubah warna sejak hujan deras di hulu. Ada 30 keramba warga yg kena. Mohon airnya diuji, kami curiga ada buangan dari tambang atau pabrik di hulu.",
    ),
    _E(
        "telegram",
        "sda",
        "Hutan desa kami di Kec. Muara Kaman yang sudah ada izin perhutanan sosialnya mulai dibuka pakai alat berat sejak minggu lalu, katanya perusahaan sudah dapat izin. Kami tidak pernah diajak bicara. Mohon dicek status kawasannya dan kegiatan itu dihentikan dulu.",
    ),
    _E(
        "twitter",
        "sda",
        "Berapa anak lagi harus tenggelam di lubang tambang baru ada yg tanggung jawab? 😡 Lubang di Tenggarong Seberang masih menganga tanpa pagar, musim hujan gini penuh air #Kukar #lubangtambang",
    ),
]

_ADPEM = [
    _E(
        "email",
        "adpem",
        "Yth. Bapak/Ibu Pengelola Layanan Aduan Setda Kukar\n\nDengan hormat,\nSaya Rusdiansyah, Ketua RT 07 Desa Loa Kulu Kota, Kecamatan Loa Kulu. Melalui surat ini saya menyampaikan keluhan warga kami soal proyek saluran drainase di Jalan Danau Semayang yang dikerjakan sejak Oktober tahun lalu. Sampai hari ini saluran itu baru tersambung kira-kira separuh, sisanya masih berupa galian tanah dan tumpukan U-ditch di pinggir jalan. Papan proyek menyebut nilai kontrak Rp1.870.000.000 dengan masa pelaksanaan 150 hari kalender, artinya mestinya sudah rampung bulan lalu.\n\nSejak hujan turun hampir setiap sore, air dari galian itu meluap ke rumah warga. Minggu lalu 23 rumah terendam sampai selutut, dan seorang anak jatuh ke lubang galian waktu pulang mengaji. Soal elpiji yang langka di pangkalan dan soal pemilihan ketua RT yang kemarin sempat ribut, itu sudah kami urus lewat desa, tidak perlu Bapak/Ibu pikirkan. Yang kami mohon hanya satu: tolong dicek di lapangan kenapa pekerjaan saluran ini berhenti, apakah kontraktornya masih ada, dan kapan akan dilanjutkan sampai tuntas. Kalau memang putus kontrak, setidaknya galian ditutup atau dipagari dulu.\n\nFoto kondisi terbaru kami lampirkan.\n\nDemikian, atas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nRusdiansyah\nKetua RT 07 Desa Loa Kulu Kota\nHP 0812-5xxx-4417",
    ),
    _E(
        "email",
        "adpem",
        "Mohon ditindaklanjuti, ini laporan dari desa kami yang sudah dua kali kami kirim ke kecamatan tapi belum ada yang turun.\n\n---------- Forwarded message ---------\nFrom: Sekretaris Desa Kelekat <pemdes.kelekat@gmail.com>\nDate: Sen, 4 Mar 2024 pukul 09.12\nSubject: Jembatan Sungai Kelekat retak\nTo: kec.kembangjanggut@gmail.com\n\nAssalamualaikum Pak Camat,\nJembatan beton penghubung RT 03 dan RT 05 Desa Kelekat yang selesai dibangun bulan Agustus tahun lalu dengan dana APBD kabupaten sekarang sudah retak memanjang di lantainya, dan oprit sebelah hulu amblas kira-kira 30 cm setelah banjir kemarin. Anak sekolah dan motor pengangkut hasil kebun lewat setiap hari. Kami khawatir jembatan ini dikerjakan tidak sesuai spesifikasi. Mohon kiranya ada pemeriksaan dari pihak kabupaten, dan kontraktornya diminta memperbaiki karena setahu kami masih dalam masa pemeliharaan.\n\nWassalam,\nSekretaris Desa Kelekat\nKec. Kembang Janggut",
    ),
    _E(
        "email",
        "adpem",
        "Selamat siang,\n\nTerima kasih atas balasannya, tapi sampai hari ini belum ada satu pun petugas yang datang ke lokasi.\n\nPada Kam, 15 Feb 2024 pukul 10.41, Layanan Aduan Setda Kukar menulis:\n> Yth. Bapak Hendra,\n> Aduan Bapak mengenai jalan semenisasi di Desa Tanjung Limau telah kami terima dan\n> akan diteruskan kepada pihak terkait untuk ditindaklanjuti. Terima kasih.\n\nSudah sebulan lebih sejak jawaban itu. Jalan cor sepanjang kurang lebih 800 meter di Tanjung Limau, Muara Badak, yang dikerjakan akhir tahun lalu sekarang permukaannya mengelupas, kerikilnya lepas, dan di beberapa titik yang pecah kelihatan tebalnya cuma sekitar 10 cm, padahal di papan proyek tertulis 15 cm. Kalau hujan motor tergelincir, sudah dua nelayan jatuh waktu bawa ikan ke TPI. Saya minta ada pemeriksaan mutu yang sungguh-sungguh, bukan sekadar diteruskan. Kapan tim bisa turun ke lapangan?\n\nHendra S.\nWarga RT 11 Tanjung Limau",
    ),
    _E(
        "email",
        "adpem",
        "PEMERINTAH KABUPATEN KUTAI KARTANEGARA\nKECAMATAN KENOHAN\nJl. Poros Kenohan, Kec. Kenohan\n\nNomor: 600/112/KEC-KNH/III/2024\nLampiran: 1 (satu) berkas\nPerihal: Penyampaian Kondisi Pembangunan Gedung Serbaguna Kecamatan\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\nc.q. Pengelola Layanan Aduan\ndi Tenggarong\n\nDengan hormat,\nBersama ini kami sampaikan bahwa pembangunan Gedung Serbaguna Kecamatan Kenohan yang dianggarkan pada APBD tahun anggaran lalu sampai saat ini belum dapat dimanfaatkan. Berdasarkan pengamatan kami, pekerjaan rangka atap, plafon dan instalasi listrik belum selesai, sementara lokasi sudah ditinggalkan pelaksana sejak pertengahan Desember. Karena bangunan terbuka, rangka baja ringan mulai berkarat dan lantai tergenang air setiap hujan.\n\nGedung tersebut semula direncanakan untuk kegiatan Safari Ramadan dan Musrenbang kecamatan. Oleh karena itu kami mohon kiranya dapat dilakukan monitoring dan evaluasi atas status pekerjaan tersebut serta diberikan kejelasan mengenai kelanjutan penyelesaiannya.\n\nDemikian kami sampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.\n\nCamat Kenohan,\nttd.\nNIP 19750812 199803 1 004",
    ),
    _E(
        "email",
        "adpem",
        "Kepada Yth.\nTim Pengelola Aduan Sekretariat Daerah Kab. Kutai Kartanegara\n\nPerihal: Permintaan peninjauan turap Sungai Sangasanga\n\nDengan hormat,\nKami dari Lembaga Pemerhati Pembangunan Sangasanga (LP2S) menyampaikan hasil pemantauan lapangan atas pekerjaan turap/dinding penahan tanah di tepi sungai, Kelurahan Sarijaya. Pekerjaan senilai kurang lebih Rp3,2 miliar itu sudah diserahterimakan, namun dari pengamatan kami pada 2 dan 9 Maret, tiga segmen turap bergeser dan tanah di belakangnya longsor sehingga dinding dua rumah warga retak.\n\nKami juga membaca ringkasan laporan realisasi pembangunan yang dimuat di situs pemkab, yang mencatat progres pekerjaan ini 100% dengan kualitas baik. Data tersebut jauh berbeda dengan kondisi di lapangan.\n\nKami memohon: 1) dilakukan peninjauan ulang kualitas pekerjaan turap bersama dinas teknis; 2) pelaksana dipanggil untuk memperbaiki dalam masa pemeliharaan; 3) data progres yang dilaporkan dikoreksi sesuai kenyataan.\n\nDokumentasi foto dan titik koordinat kami lampirkan.\n\nHormat kami,\nM. Ilham\nKoordinator LP2S",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Assalamualaikum pak/bu, sy ibu rumah tangga di Kel. Timbau Tenggarong. Turap di pinggir sungai belakang rumah kami yg baru dibangun tahun lalu udah ambrol sebagian pas hujan deras tadi malam 😢 tanahnya ikut longsor, dapur tetangga sy nyaris jatuh ke sungai. Mohon segera dicek ya pak, kontraktornya siapa kami gak tau. Terima kasih",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Bang sy driver ojol tiap hari lewat jalan cor baru di poros Bukit Raya Tenggarong Seberang. Baru 3 bln jadi udh retak2 dan ada yg bolong segede ban. Malam gelap bahaya bgt, kmrn ada emak2 jatuh bawa belanjaan. Ini masih tanggungan pemborongnya kan? Tolong ditegur lah biar diperbaiki",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Pak, sy motoris speedboat trayek Muara Muntai - Kota Bangun. Tambatan perahu yg dibangun di Muara Muntai Ilir itu kok gak selesai2, di papan proyek tulisannya selesai Desember, skrg udah mau lebaran. Tiang ulinnya sdh dipasang tp lantainya blm. Penumpang naik turun masih lewat batang kayu, licin kalau hujan, kmrn ada ibu2 kecebur. Kapan dilanjut?",
    ),
    _E(
        "web",
        "adpem",
        "Saya guru honorer di salah satu SD negeri di Desa Sebuntal, Marangkayu. Saya ingin menanyakan kelanjutan rehab tiga ruang kelas sekolah kami. Bulan Oktober tahun lalu atap dan plafonnya dibongkar oleh kontraktor, lalu pekerjaan berhenti. Sejak itu murid kelas 4, 5 dan 6 belajar bergantian di perpustakaan dan musala sekolah. Setiap hujan air masuk ke kelas yang terbuka dan meja kursi mulai lapuk.\n\nSebentar lagi masuk masa penerimaan murid baru. Orang tua calon murid sudah bertanya apakah kelasnya cukup, dan kami tidak bisa menjawab. Soal beasiswa untuk murid kurang mampu dan soal honor kami yang telat, itu sudah kami sampaikan ke dinas dan tidak saya persoalkan di sini. Yang saya minta, tolong pemerintah kabupaten memeriksa kenapa rehab ini mangkrak dan memastikan pekerjaannya dilanjutkan sebelum tahun ajaran baru. Kalau ada jadwal pasti, kami bisa mengatur ruang belajar.\n\nTerima kasih.",
    ),
    _E(
        "web",
        "adpem",
        "Pustu di Desa Sepatin, Anggana baru diresmikan bulan November, tapi atapnya sudah bocor di ruang periksa dan ruang obat. Plafon gipsum jebol kemarin sore waktu hujan lebat, untung tidak ada pasien di bawahnya. Keramik lantai juga banyak yang kopong dan pintu kamar mandi tidak bisa ditutup. Saya tenaga kesehatan honorer yang bertugas di situ. Mohon bangunan ini diperiksa dan pelaksananya diminta memperbaiki karena masih dalam masa pemeliharaan. Foto bisa saya kirim kalau diperlukan.",
    ),
    _E(
        "sms",
        "adpem",
        "jembatan ulin di desa sy muara wis udh 2 bln dibongkar blm dibangun2 gmn ini anak sekolah nyebrang pake perahu",
    ),
    _E(
        "sms",
        "adpem",
        "galian drainase di jl mangkurawang tenggarong ditinggal kontraktor udh sebulan gak ada pagar gak ada lampu td mlm motor masuk lubang tlg",
    ),
    _E(
        "telegram",
        "adpem",
        "Min, mau lapor. Renovasi tribun lapangan bola di Kota Bangun yg katanya buat persiapan HUT Kukar itu kok asal2an ya. Besi atapnya udah karatan padahal baru dipasang, cor tangga tribun keropos bisa dicongkel pake tangan. Kami anak2 klub bola khawatir ambruk pas penonton rame. Bisa dicek kualitasnya gak?",
    ),
    _E(
        "telegram",
        "adpem",
        "Syalom, kami dari panitia pembangunan gereja di Loa Janan Ulu. Semenisasi jalan lingkungan menuju gereja dan permukiman RT 14 yang dikerjakan bulan lalu hanya sampai kurang lebih 200 m dari 450 m yang tertulis di papan proyek, lalu alat dan pekerjanya ditarik. Setiap ibadah Minggu jemaat lansia harus lewat jalan tanah yang becek. Mohon informasi apakah pekerjaan itu akan dilanjutkan dan kapan.",
    ),
    _E(
        "twitter",
        "adpem",
        "Selamat HUT Kukar 🎉 jalan poros Loa Janan–Tenggarong km 12 masih jadi kolam lele 🙃 katanya perbaikannya udah dikerjain dari taun lalu, kontraktornya ke mana ya min?",
    ),
]

_PBJ = [
    _E(
        "email",
        "pbj",
        "CV. KARYA BORNEO MANDIRI\nJl. Pesut No. 18, Tenggarong\n\nNomor: 014/KBM/III/2024\nLampiran: 3 (tiga) berkas\nPerihal: Sanggahan atas Hasil Pemilihan\n\nYth. Kelompok Kerja Pemilihan\nPaket Peningkatan Drainase Lingkungan Kelurahan Loa Ipuh\nmelalui Layanan Aduan Setda Kab. Kutai Kartanegara\n\nDengan hormat,\nKami peserta tender paket tersebut di atas dengan penawaran terendah Rp2.318.450.000. Berdasarkan pengumuman hasil evaluasi tanggal 11 Maret, penawaran kami dinyatakan gugur dengan alasan personel manajerial tidak memiliki SKK yang sesuai. Padahal SKK Ahli Muda Teknik Sumber Daya Air atas nama pelaksana kami masih berlaku sampai 2026 dan sudah diunggah dalam dokumen penawaran (terlampir).\n\nPerlu kami sampaikan, pekerjaan drainase tahun lalu di Kelurahan Panji yang kami kerjakan sudah selesai dan diterima baik, dan tagihan termin terakhirnya masih kami urus sendiri dengan dinas terkait; hal itu tidak termasuk dalam surat ini.\n\nSehubungan dengan hal tersebut, kami mengajukan sanggahan dan memohon Pokja melakukan evaluasi ulang atas dokumen kualifikasi kami. Kami juga sudah mencoba mengunggah sanggahan ini melalui SPSE, namun menu sanggah tertutup sebelum batas waktu yang tercantum di jadwal.\n\nDemikian sanggahan ini kami sampaikan. Atas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nCV. Karya Borneo Mandiri\nRahmat Hidayat\nDirektur",
    ),
    _E(
        "email",
        "pbj",
        "Yth. Admin Layanan Aduan\n\nSaya pemilik usaha konveksi kecil di Tenggarong Seberang. Selama ini kami sering dapat pesanan seragam dan kaos acara dari beberapa kantor secara langsung, dan bulan lalu kami ikut pelatihan UMKM dari dinas. Sekarang katanya belanja kantor pemerintah harus lewat katalog elektronik lokal. Kami mau mendaftarkan produk kami (kaos, seragam batik, topi) di katalog Kukar tapi bingung mulai dari mana: apakah harus punya akun SPSE dulu, dokumen apa saja yang diminta, dan apakah ada pendampingan untuk pelaku usaha kecil seperti kami. Kalau ada nomor yang bisa dihubungi atau jadwal sosialisasi, mohon diinformasikan.\n\nTerima kasih,\nSri Wahyuni\nKonveksi Ayu Lestari\n0813-xxxx-2290",
    ),
    _E(
        "email",
        "pbj",
        "> Silakan datang ke kantor LPSE dengan membawa dokumen asli untuk verifikasi ulang\n> akun penyedia. Terima kasih.\n\nPak/Bu, saya sudah datang dua kali ke kantor LPSE, Selasa dan Rabu kemarin, tapi petugas verifikasinya tidak ada, katanya sedang dinas luar. Kami dari Muara Jawa, jauh sekali kalau harus bolak-balik ke Tenggarong. Akun penyedia kami terkunci setelah beberapa kali salah kata sandi, sementara ada paket pengadaan meubelair sekolah yang pemasukan penawarannya ditutup tanggal 20. Apakah reset akun bisa dilakukan lewat email atau video call dengan menunjukkan dokumen asli? Mohon solusinya secepatnya.\n\nSalam,\nYusuf\nCV Tiga Putra, Muara Jawa",
    ),
    _E(
        "email",
        "pbj",
        "Kami teruskan keluhan anggota kami. Mohon penjelasan dari pengelola pengadaan.\n\n---------- Forwarded message ---------\nFrom: Sekretariat Asosiasi Kontraktor Lokal Kukar <aklk.sekretariat@yahoo.co.id>\nDate: Rab, 13 Mar 2024 pukul 16.05\nSubject: Perubahan jadwal tender rehab gedung\nTo: anggota AKLK\n\nRekan-rekan,\nJadwal tender paket Rehabilitasi Gedung Perpustakaan Daerah di SPSE diubah tiga kali dalam seminggu tanpa alasan yang jelas di kolom keterangan. Batas pemasukan penawaran yang semula 14 Maret dimajukan menjadi 12 Maret, lalu adendum dokumen pemilihan baru diunggah sehari sebelum penutupan. Banyak anggota tidak sempat menyesuaikan penawaran dan ada yang tidak bisa mengunggah sama sekali. Kami akan meminta klarifikasi resmi dan, bila perlu, penjadwalan ulang.\n\nSalam,\nSekretariat AKLK",
    ),
    _E(
        "email",
        "pbj",
        "Dengan hormat,\n\nKami dari PT Sinar Data Nusantara, Balikpapan, peserta tender Pengadaan Perangkat Komputer dan Jaringan untuk 18 kantor kecamatan di Kabupaten Kutai Kartanegara. Di SPSE penawaran kami tercatat gugur pada evaluasi teknis tanpa uraian alasan, hanya tertulis 'tidak memenuhi'. Kami membutuhkan penjelasan poin spesifikasi mana yang dianggap tidak memenuhi, agar kami dapat menilai apakah perlu mengajukan sanggahan selama masa sanggah yang tinggal dua hari. Mohon diteruskan kepada Pokja yang menangani paket tersebut.\n\nTerima kasih.\n\nDian Puspitasari\nTender Admin\nPT Sinar Data Nusantara",
    ),
    _E(
        "whatsapp",
        "pbj",
        "Assalamualaikum, sy punya usaha katering kecil di Tenggarong. Mau tanya caranya gimana supaya bisa jadi penyedia makan minum utk rapat2 di kantor pemkab? Apa hrs daftar di LPSE dulu atau cukup punya NIB? Makasih 🙏",
    ),
    _E(
        "whatsapp",
        "pbj",
        "Pak tolong, website LPSE Kukar dari td pagi susah diakses, kadang bisa login tp upload dokumen penawaran gagal terus (error 504). Batas akhir paket rehab puskesmas besok jam 10.00 wita. Apa bisa diperpanjang kalau servernya yg bermasalah? Sy sdh telpon helpdesk gak diangkat2",
    ),
    _E(
        "whatsapp",
        "pbj",
        "Selamat siang. Sy kontraktor lokal dari Sebulu. Pengumuman pemenang tender paket peningkatan jalan Sebulu Ilir harusnya tgl 5 Maret menurut jadwal, skrg sdh tgl 14 blm juga ada. Di SPSE tahapannya masih 'evaluasi penawaran'. Tolong dijelaskan ada apa",
    ),
    _E(
        "web",
        "pbj",
        "Saya staf penjualan distributor alat tulis kantor di Samarinda. Pada 22 Februari kami menerima paket e-purchasing dari salah satu dinas di Kukar melalui katalog elektronik untuk kertas, tinta printer dan map senilai Rp46.750.000. Kami sudah menyetujui paket dan menyiapkan barang, lalu pada 1 Maret paket tersebut dibatalkan sepihak oleh pejabat pengadaan tanpa keterangan di sistem. Kami sudah keluar biaya gudang dan pengiriman sebagian ke Tenggarong. Kami tidak menagih apa pun saat ini; kami hanya minta penjelasan dasar pembatalan pesanan dan prosedur yang benar di katalog, supaya kejadian serupa tidak terulang.",
    ),
    _E(
        "web",
        "pbj",
        "Dalam tender pengadaan 4 unit speedboat ambulans untuk kecamatan di hulu Mahakam yang sedang tayang di LPSE Kukar, spesifikasi mesin tempel ditulis sangat detail sampai tipe yang hanya dimiliki satu merek. Spesifikasi lambung juga persis brosur satu galangan di Samarinda. Kami penyedia di bidang perkapalan merasa tidak mungkin bersaing. Mohon ditinjau apakah spesifikasi ini tidak mengarah, dan dibuka kesempatan penjelasan ulang (aanwijzing) sebelum batas penawaran.",
    ),
    _E(
        "sms",
        "pbj",
        "pak lelang paket jln di kec tabang knp diulang lg? sdh 2x gagal, kami penyedia lokal rugi biaya dokumen",
    ),
    _E("sms", "pbj", "gmn cara daftar jd penyedia di lpse kukar sy punya cv baru bln ini"),
    _E(
        "telegram",
        "pbj",
        "Izin bertanya min. Sy punya usaha percetakan di Tenggarong. Pengadaan langsung spanduk dan baliho utk kegiatan HUT Kukar kok tiap tahun jatuh ke percetakan yg sama, gak pernah ada permintaan penawaran ke yg lain. Boleh tau mekanisme pemilihan penyedianya gimana dan kami bisa ikut di mana?",
    ),
    _E(
        "telegram",
        "pbj",
        "Pak, masa sanggah paket Pengadaan Meubelair SD di Loa Janan tertulis sampai 18 Maret 23.59 tp menu sanggahan di SPSE gak muncul dari siang. Mohon dibantu, kami mau ajukan sanggahan sebelum tutup.",
    ),
    _E(
        "twitter",
        "pbj",
        "Tender proyek di Kukar kok pemenangnya itu2 aja ya tiap tahun 🙄 transparan dong LPSE-nya, buka aja nilai penawaran semua peserta",
    ),
]

_ORGANISASI = [
    _E(
        "email",
        "organisasi",
        "Yth. Pengelola Layanan Aduan\n\nSaya Nurlaila, ibu rumah tangga dari Tenggarong Seberang. Anak saya akan mendaftar SMP lewat jalur zonasi dan salah satu syaratnya KK yang sudah diperbarui. Saya mengajukan perubahan KK di kantor Disdukcapil Tenggarong tanggal 19 Februari, diberi kertas antrean dan dijanjikan selesai 7 hari kerja. Sudah tiga kali saya datang, jawabannya selalu 'sistem sedang gangguan' atau 'petugasnya rapat', tanpa kepastian kapan selesai. Tidak ada papan informasi soal lama proses, dan nomor telepon yang tertera tidak pernah diangkat. Tiap datang saya keluar ongkos ojek Rp40.000 pulang pergi, apalagi sekarang jalan di kampung kami banjir, tapi itu urusan lain.\n\nSaya juga sempat menanyakan beasiswa anak saya ke kantor lain dan itu sudah dijawab. Yang saya minta sekarang hanya kejelasan: berapa lama sebenarnya standar waktu mengurus KK, dan kenapa berkas saya tidak selesai-selesai. Pendaftaran SMP ditutup tanggal 28.\n\nTerima kasih,\nNurlaila\nTenggarong Seberang",
    ),
    _E(
        "email",
        "organisasi",
        "Perihal: Pungutan pada pengurusan surat keterangan di kantor kecamatan\n\nDengan hormat,\nSaya pedagang di pasar Muara Kaman. Tanggal 6 Maret saya mengurus surat keterangan domisili usaha di kantor Kecamatan Muara Kaman untuk syarat pinjaman bank. Petugas di loket meminta Rp150.000 sebagai 'biaya administrasi' tanpa kuitansi. Ketika saya tanyakan dasar aturannya, dijawab 'memang begitu di sini'. Setahu saya layanan ini tidak dipungut biaya. Beberapa pedagang lain yang saya kenal mengalami hal yang sama.\n\nSaya mohon hal ini diperiksa, pungutan semacam ini dihentikan, dan tarif resmi kalau memang ada ditempel di loket supaya masyarakat tahu.\n\nHormat saya,\nH. Abdul Gani\nMuara Kaman",
    ),
    _E(
        "email",
        "organisasi",
        "Pada Sel, 20 Feb 2024, Layanan Aduan Setda Kukar menulis:\n> Terima kasih atas masukan Saudara. Penyusunan dan penetapan standar pelayanan\n> merupakan kewajiban setiap unit penyelenggara layanan.\n\nTerima kasih jawabannya, tapi itu tidak menjawab pertanyaan kami. Dalam pemantauan kami di 9 puskesmas wilayah Samboja dan Muara Jawa bulan lalu, hanya 2 yang memajang standar pelayanan (persyaratan, waktu, biaya) di ruang tunggu. Di 7 lainnya tidak ada sama sekali, dan petugas tidak tahu ketika ditanya. Kotak saran ada, tetapi survei kepuasan tidak pernah dilakukan. Kami meminta pemkab memastikan standar pelayanan ditetapkan dan diumumkan di semua unit tersebut, dan hasil survei kepuasan masyarakatnya dipublikasikan. Kami siap menyerahkan data pemantauan lengkap.\n\nSalam,\nDivisi Pelayanan Publik\nYayasan Warga Peduli Samboja",
    ),
    _E(
        "email",
        "organisasi",
        "Tolong dibantu, bapak saya pensiunan guru. Ini pesan beliau yang saya teruskan.\n\n---------- Forwarded message ---------\nFrom: Bambang Sutrisno <bambang.str55@gmail.com>\nDate: Jum, 8 Mar 2024 pukul 20.17\nSubject: legalisir SK\nTo: Rina <rina.sutrisno@gmail.com>\n\nNak, tolong kirimkan ke pemkab. Bapak sudah 5 kali ke kantor BKPSDM di Tenggarong untuk minta legalisir SK pensiun dan SK pangkat terakhir buat urusan Taspen. Di ruang depan disuruh ke lantai 2, di lantai 2 disuruh balik ke loket, di loket bilang pejabat yang tanda tangan sedang cuti. Tiap datang bapak naik bus dari Kota Bangun, berangkat subuh. Apa tidak ada aturan berapa hari legalisir itu harus selesai? Bapak cuma minta dilayani dengan jelas, tidak dioper-oper.",
    ),
    _E(
        "email",
        "organisasi",
        "PEMERINTAH KABUPATEN KUTAI KARTANEGARA\nDINAS PERPUSTAKAAN DAN KEARSIPAN\n\nNomor: 000.8/214/DPK/III/2024\nLampiran: -\nPerihal: Permohonan Pendampingan Penyusunan Standar Pelayanan dan SKM\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nMenindaklanjuti hasil evaluasi penyelenggaraan pelayanan publik tahun lalu yang menempatkan unit layanan kami pada kategori C, kami bermaksud memperbarui standar pelayanan peminjaman koleksi dan layanan referensi, serta melaksanakan survei kepuasan masyarakat secara berkala. Sehubungan dengan itu kami memohon kiranya dapat diberikan pendampingan teknis dari Sekretariat Daerah, termasuk format kuesioner SKM dan tata cara pengolahan indeksnya, serta dapat dijadwalkan pertemuan pada minggu ketiga Maret.\n\nDemikian, atas perhatiannya diucapkan terima kasih.\n\nKepala Dinas,\nttd.\nNIP 19690304 199503 1 007",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "Assalamualaikum, sy pedagang sayur di Tenggarong. Mau ngurus NIB dan izin usaha di Mal Pelayanan Publik, petugasnya bilang kalau mau cepat 'ada uang rokoknya' 200rb, kalau nggak ya tunggu 2 minggu. Bukannya ngurus NIB itu gratis? Sy gak mau kasih tp takut dipersulit",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "Selamat pagi pak. Sy guru honorer SD di Loa Janan. Sdh 5x bolak balik ke kantor dinas pendidikan ngurus surat rekomendasi, tiap datang jam 10 pagi petugasnya gak ada di meja, kata satpam lagi keluar. Jam kerja kan dari jam 8? Sy tiap ke sana hrs izin ngajar. Tolong ditertibkan pelayanannya",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "pelayanan kantor2 pemkab ini makin parah!! loket baru buka jam 10, pegawainya main hp, ditanya malah judes. mau ngadu ke siapa lagi coba 😡😡",
    ),
    _E(
        "web",
        "organisasi",
        "Saya dari Kutai Barat, membawa ibu saya berobat ke poli penyakit dalam RSUD di Tenggarong karena dirujuk. Kami datang jam 06.30 ambil antrean, baru dipanggil dokter jam 14.00. Tidak ada informasi sama sekali kenapa dokternya terlambat, petugas informasi hanya bilang 'tunggu saja'. Ibu saya sudah lansia dan sedang berpuasa. Antrean online yang diumumkan di brosur ternyata tidak jalan. Mohon pelayanannya dievaluasi, ada kejelasan jadwal dokter dan sistem antrean yang benar-benar berfungsi.",
    ),
    _E(
        "web",
        "organisasi",
        "Saya sudah tiga kali mengirim aduan lewat layanan ini. Januari saya lapor jalan rusak di depan sekolah anak saya di Loa Ipuh, Februari soal elpiji 3 kg yang langka menjelang puasa, dan awal Maret soal lampu jalan yang mati. Sampai sekarang tidak satu pun dijawab, nomor tiket pun tidak ada. Jalannya memang sudah ditambal minggu lalu, jadi yang itu tidak usah lagi. Yang saya pertanyakan adalah layanan aduannya sendiri: berapa lama seharusnya aduan dijawab, siapa yang memantau, dan bagaimana saya bisa tahu aduan saya sudah sampai di mana? Kalau memang tidak ditangani, lebih baik jujur saja. Mohon tata kelolanya diperbaiki.",
    ),
    _E(
        "sms",
        "organisasi",
        "pak knp ngurus akta lahir anak sy di kantor capil dimintai 50rb katanya biaya map. resmi kah?",
    ),
    _E("sms", "organisasi", "laporan sy bln lalu blm ada jawaban smp skrg. tlg dicek"),
    _E(
        "telegram",
        "organisasi",
        "Assalamualaikum pian, ulun handak melapor. Ulun sudah lawas banar menunggu akta kematian abah ulun di Disdukcapil, sudah sebulan lebih. Tiap ditakuni petugas kada jelas, disuruh datang haja minggu depan. Bubuhan kami dari Muara Muntai, jauh. Kayapa ini pian?",
    ),
    _E(
        "telegram",
        "organisasi",
        "Halo min, sy mahasiswa. Kemarin ngurus surat keterangan penelitian di Kesbangpol, petugasnya ketus dan suratnya dijanjikan 3 hari ternyata 2 minggu. Sy mau isi survei kepuasan tp QR code di loket linknya mati. Jadi gimana cara kasih penilaian pelayanannya?",
    ),
    _E(
        "twitter",
        "organisasi",
        "Ngurus surat di kantor dinas di Tenggarong rasanya kayak main petak umpet, pegawainya ngilang semua jam 11 siang 😤 jam pelayanan tuh ada standarnya gak sih?",
    ),
]

_UMUM = [
    _E(
        "email",
        "umum",
        "PENGURUS IKATAN MAHASISWA KUTAI KARTANEGARA\nSekretariat: Jl. Kartini, Tenggarong\n\nNomor: 021/IMKK/III/2024\nLampiran: 1 (satu) berkas kerangka acuan\nPerihal: Permohonan Peminjaman Ruang Rapat\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nDalam rangka menyambut HUT Kukar, kami akan menyelenggarakan Dialog Pemuda dan Pelestarian Budaya Erau pada Sabtu, 23 Maret 2024, pukul 09.00–12.00 WITA, dengan perkiraan peserta 120 orang. Sehubungan dengan itu kami bermohon dapat meminjam ruang rapat serbaguna di Kantor Bupati Kutai Kartanegara beserta pengeras suara dan proyektor.\n\nUndangan kepada Bapak Bupati untuk memberikan sambutan akan kami sampaikan dalam surat tersendiri. Melalui surat ini kami hanya mohon informasi apakah ruangan tersedia pada tanggal tersebut, apa saja persyaratan peminjamannya, dan apakah ada biaya kebersihan yang harus kami tanggung.\n\nDemikian permohonan ini kami sampaikan. Atas perhatian Bapak kami ucapkan terima kasih.\n\nKetua,\nFajar Ramadhan\n\nSekretaris,\nAulia Rahmah",
    ),
    _E(
        "email",
        "umum",
        "Yth. Pengelola Layanan Aduan Setda Kukar\n\nDengan hormat,\nKami dari Sekretariat Dinas Perikanan menanyakan keberadaan surat kami Nomor 523/087/DKP/II/2024 tanggal 26 Februari 2024 perihal permohonan arahan terkait penyaluran bantuan alat tangkap nelayan, yang ditujukan kepada Bupati melalui Sekretaris Daerah. Surat tersebut kami antar langsung ke loket penerimaan surat di Kantor Bupati dan mendapat tanda terima tanggal 27 Februari. Sampai hari ini kami belum menerima disposisi, dan saat kami menanyakan lewat telepon, petugas tidak menemukan surat tersebut di buku agenda maupun di aplikasi persuratan. Mohon bantuan penelusuran surat tersebut. Salinan tanda terima kami lampirkan.\n\nTerima kasih.\n\nSekretaris Dinas Perikanan\nKab. Kutai Kartanegara",
    ),
    _E(
        "email",
        "umum",
        "Terima kasih atas tanggapannya.\n\nPada Sen, 11 Mar 2024 09.02, Layanan Aduan Setda Kukar menulis:\n> Aduan Saudara sudah kami catat. Mohon dilengkapi nomor polisi kendaraan dan\n> waktu kejadian agar dapat ditelusuri.\n\nBerikut kelengkapannya: mobil dinas jenis SUV warna hitam, pelat merah KT 1xx7 Y, di kaca depan ada stiker parkir Kantor Bupati. Terlihat hari Minggu, 10 Maret sekitar pukul 13.00 parkir di pusat perbelanjaan di Samarinda, penumpangnya satu keluarga belanja keperluan puasa. Foto terlampir. Saya minta penggunaan kendaraan dinas itu ditertibkan, karena setahu saya pada hari libur kendaraan dinas seharusnya dikandangkan di kantor.\n\nSalam,\nWarga Tenggarong",
    ),
    _E(
        "email",
        "umum",
        "Assalamualaikum, kami teruskan keluhan jamaah tarawih. Mohon bantuannya.\n\n---------- Forwarded message ---------\nFrom: Koordinator Jamaah Musala Kantor Bupati <jamaah.musala.kb@gmail.com>\nDate: Kam, 14 Mar 2024 pukul 21.40\nSubject: Tempat wudhu dan toilet musala\nTo: takmir.musala.kb@gmail.com\n\nBapak-bapak pengurus,\nDi musala kompleks kantor bupati yang dipakai pegawai dan warga sekitar untuk tarawih, 4 dari 6 keran wudhu mati, toilet pria tersumbat, dan 2 lampu teras padam sejak awal Ramadan. Karpet saf belakang juga basah karena atap teras bocor waktu hujan. Jamaah yang datang malam makin banyak. Mohon disampaikan ke pengelola gedung kantor supaya segera diperbaiki.",
    ),
    _E(
        "email",
        "umum",
        "Yth. Pengelola Kantor Bupati Kutai Kartanegara\n\nSaya Andi Pratama, wiraswasta di Tenggarong. Pada Selasa, 12 Maret saya datang ke Kantor Bupati bersama rombongan kelompok tani dari Sebulu untuk audiensi yang sudah dijadwalkan. Audiensinya berjalan lancar dan tindak lanjutnya kami tunggu dari dinas pertanian, jadi bukan itu yang saya keluhkan.\n\nMotor saya parkir di area parkir roda dua sebelah timur gedung sekitar pukul 09.30. Pukul 12.00 saat kembali, helm saya hilang dan spion kiri patah. Petugas keamanan di pos hanya mencatat dan bilang CCTV di area itu mati sejak banjir bulan lalu. Area parkirnya juga becek dan tidak ada petugas yang berjaga.\n\nSaya mohon: 1) rekaman CCTV di sekitar lokasi diperiksa bila masih ada kamera yang berfungsi; 2) CCTV parkir diperbaiki dan ada petugas keamanan yang berjaga, karena menjelang HUT Kukar akan banyak tamu datang.\n\nTerima kasih,\nAndi Pratama\n0852-xxxx-7301",
    ),
    _E(
        "whatsapp",
        "umum",
        "Pak sy ojol, tiap jemput penumpang di kantor bupati bingung mau berhenti di mana. Parkiran depan penuh mobil pegawai, gerbang samping ditutup, satpam suruh muter. Kalau hujan penumpang kehujanan nunggu di luar pagar. Bisa gak disediakan titik jemput ojol? 🙏",
    ),
    _E(
        "whatsapp",
        "umum",
        "Selamat siang. Sy tamu di kantor bupati hari ini, mau lapor toilet di lobi lantai 1 kotor bgt, air gak ngalir, tisu gak ada, baunya sampe ke ruang tunggu. Malu lah kantor bupati kayak gini apalagi mau HUT banyak tamu dr luar",
    ),
    _E(
        "whatsapp",
        "umum",
        "Pak, lift di gedung Sekretariat Daerah mati lagi, sdh 2 hari. Sy antar ibu sy yg pakai tongkat mau ke lantai 3, terpaksa naik tangga pelan2. AC ruang tunggu lt 3 juga mati, panas bgt. Mohon diperbaiki",
    ),
    _E(
        "web",
        "umum",
        "Pohon-pohon besar di sisi pagar Kantor Bupati yang menghadap jalan raya cabangnya sudah menjuntai ke jalan dan ke kabel listrik. Sore kemarin waktu hujan angin, satu dahan patah dan menimpa atap warung di seberang, untung tidak ada orang. Kami warga sekitar mohon pohon-pohon di dalam kompleks kantor itu dipangkas sebelum ada korban. Daun dan ranting yang jatuh juga menumpuk di trotoar depan pagar dan tidak pernah disapu.",
    ),
    _E(
        "web",
        "umum",
        "Saya orang tua mahasiswa dari Kenohan. Tanggal 2 Februari saya mengirim surat lewat kantor pos ke alamat Kantor Bupati Kutai Kartanegara, isinya pertanyaan soal beasiswa anak saya yang kuliah di Yogyakarta. Tanggal 4 Maret surat itu kembali ke rumah dengan cap 'alamat tidak dikenal'. Saya heran, alamatnya saya salin dari situs resmi. Urusan beasiswanya nanti saya tanyakan langsung ke kantor yang mengurus, tapi saya ingin tahu: surat dari warga untuk Bupati itu sebenarnya diterima di mana, alamat lengkap dan kode posnya yang benar apa, dan apakah bisa dikirim lewat email? Tolong juga dicek kenapa surat lewat pos bisa dikembalikan, jangan-jangan surat warga lain juga bernasib sama.",
    ),
    _E(
        "sms",
        "umum",
        "mobil dinas plat merah yg biasa parkir di kantor bupati td jam 1 mlm parkir di tempat karaoke tenggarong. tolong ditertibkan",
    ),
    _E(
        "sms",
        "umum",
        "sy mau antar surat dr kantor desa utk pak sekda tp satpam gak kasih masuk, loket surat di mana ya",
    ),
    _E(
        "telegram",
        "umum",
        "Min, sampah bekas acara di halaman kantor bupati numpuk di belakang gedung dari minggu lalu, udah bau dan dikerubutin lalat, kena hujan makin parah. Tolong petugas kebersihannya gerak ya 🙏",
    ),
    _E(
        "telegram",
        "umum",
        "Selamat pagi. Sy staf Bappeda, mau pinjam ruang rapat lantai 2 kantor bupati utk rapat koordinasi tgl 21 Maret jam 13.00. Kemarin sdh telpon tp katanya harus pakai surat, terus jadwal ruangan di aplikasinya gak update. Prosedur pinjamnya gimana ya?",
    ),
    _E(
        "twitter",
        "umum",
        "Parkiran kantor bupati Kukar isinya mobil pribadi pegawai semua, tamu kudu parkir di bahu jalan pas hujan deres 🙃 tolong diatur dong min",
    ),
]

_PROKOM = [
    _E(
        "email",
        "prokom",
        "PEMERINTAH DESA SABINTULUNG\nKECAMATAN MUARA KAMAN\n\nNomor: 005/047/DS-SBT/III/2024\nLampiran: 1 (satu) berkas\nPerihal: Permohonan Audiensi\n\nYth. Bupati Kutai Kartanegara\nmelalui Sekretariat Daerah\ndi Tenggarong\n\nDengan hormat,\nSejak awal Februari Desa Sabintulung terendam banjir luapan Sungai Mahakam setinggi 50–120 cm; 312 KK terdampak dan jalan desa sepanjang 3 km tidak bisa dilalui. Bantuan logistik dari kabupaten sudah kami terima dan kami sangat berterima kasih. Persoalan batas desa dengan desa tetangga yang sempat kami laporkan juga sedang ditangani kecamatan.\n\nNamun ada beberapa hal yang perlu kami sampaikan langsung kepada Bapak Bupati, terutama rencana relokasi warga di bantaran sungai dan normalisasi anak sungai. Untuk itu kami bermohon dapat diberikan waktu audiensi bagi kepala desa, ketua BPD dan lima orang tokoh masyarakat pada minggu keempat Maret, menyesuaikan jadwal Bapak Bupati.\n\nDemikian, atas perhatian Bapak kami ucapkan terima kasih.\n\nKepala Desa Sabintulung,\nttd.\nHP 0813-xxxx-5512",
    ),
    _E(
        "email",
        "prokom",
        "PANITIA PERAYAAN PASKAH OIKUMENE\nKECAMATAN LOA JANAN\n\nNomor: 12/PAN-PO/III/2024\nPerihal: Undangan\n\nYth. Bapak Bupati Kutai Kartanegara\ndi Tenggarong\n\nSalam sejahtera,\nPanitia Perayaan Paskah Oikumene se-Kecamatan Loa Janan dengan hormat mengundang Bapak Bupati untuk hadir dan memberikan sambutan pada:\nHari/tanggal: Sabtu, 20 April 2024\nWaktu: 16.00 WITA – selesai\nTempat: Lapangan Loa Janan Ilir\nAcara: Perayaan Paskah Bersama dan Pawai Obor\n\nMohon informasi apakah Bapak Bupati berkenan hadir atau diwakilkan, serta kontak petugas yang dapat kami hubungi untuk koordinasi susunan acara dan tempat duduk. Permohonan bantuan dana kegiatan sudah kami ajukan terpisah; surat ini khusus undangan.\n\nKetua Panitia,\nYohanes Pasulu\n\nSekretaris,\nMaria Lusiana",
    ),
    _E(
        "email",
        "prokom",
        "Pada Rab, 6 Mar 2024 pukul 14.20, Layanan Aduan Setda Kukar menulis:\n> Mohon maaf, jadwal Safari Ramadan Bapak Bupati untuk minggu pertama dan kedua\n> Ramadan sudah penuh. Panitia dapat mengajukan kembali untuk minggu berikutnya.\n\nBaik, terima kasih atas penjelasannya. Sesuai arahan tersebut, kami Pengurus Masjid Nurul Huda Desa Handil Baru, Samboja, mengajukan kembali permohonan agar masjid kami dapat menjadi lokasi Safari Ramadan Bapak Bupati pada minggu ketiga atau keempat Ramadan, sekaligus buka puasa bersama warga. Tempat untuk kurang lebih 400 jamaah sudah kami siapkan. Mohon dikabari tanggal yang memungkinkan agar kami bisa mengatur susunan acara.\n\nWassalam,\nKetua Takmir Masjid Nurul Huda\nHandil Baru, Samboja",
    ),
    _E(
        "email",
        "prokom",
        "Yth. Pengelola Layanan Aduan Setda Kukar\n\nPerkenalkan, saya Rini Handayani, jurnalis media daring yang berkantor di Samarinda. Menjelang HUT Kukar dan Festival Erau, redaksi kami menugaskan tim liputan tiga orang. Kami ingin menanyakan: 1) prosedur dan batas waktu pendaftaran kartu identitas pers untuk meliput upacara dan acara resmi pemkab; 2) apakah akan ada konferensi pers Bupati sebelum rangkaian acara dimulai; 3) di mana kami bisa mendapatkan siaran pers dan foto resmi. Tahun lalu kami sempat tertahan di pintu masuk karena kartu pers tidak terbit tepat waktu.\n\nTerima kasih,\nRini Handayani\n0811-xxxx-0934",
    ),
    _E(
        "email",
        "prokom",
        "Mohon perhatian, email ini sudah kami kirim ke admin akun tersebut tetapi tidak dibalas.\n\n---------- Forwarded message ---------\nFrom: Forum Relawan Banjir Kota Bangun <relawan.kotabangun@gmail.com>\nDate: Sab, 9 Mar 2024 pukul 19.55\nSubject: Koreksi unggahan akun resmi Bupati soal bantuan banjir\nTo: admin akun media sosial pimpinan\n\nKami mencermati unggahan di akun Instagram dan Facebook resmi Bupati hari ini yang menyebut seluruh korban banjir di Kota Bangun dan Muara Muntai sudah menerima paket sembako. Faktanya di tiga desa bantuan baru tiba sebagian, dan warga kini menagih ke relawan sambil menunjukkan unggahan tersebut. Penyaluran bantuannya sedang kami koordinasikan dengan BPBD dan dinas sosial, itu tidak kami persoalkan di sini. Yang kami minta, unggahan tersebut dikoreksi atau diberi keterangan tambahan agar tidak menimbulkan salah paham, dan ke depan informasi di akun pimpinan dicocokkan dulu dengan data lapangan.\n\nSalam,\nKoordinator Forum Relawan",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Assalamualaikum pak, kami pengurus OSIS salah satu SMA di Tenggarong mau mengundang Pak Bupati membuka Turnamen Futsal Pelajar dalam rangka HUT Kukar tgl 25 Maret. Surat undangan sdh kami siapkan, perlu konfirmasi ke siapa ya pak supaya beliau bisa hadir? Terima kasih",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Pak, sy ketua poktan di Kota Bangun. Dengar2 pak bupati mau kunjungan kerja ke Kota Bangun minggu depan. Kami kelompok tani mau ketemu sebentar sampaikan aspirasi soal sawah yg kebanjiran. Bisa gak dimasukkan ke agenda beliau? Hubungi siapa?",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Sy cucu veteran di Tenggarong. Kemarin di upacara peringatan hari jadi, kakek sy yg diundang resmi gak dapat kursi, disuruh berdiri di belakang tenda sampai selesai, padahal umurnya 89 thn. Kursi depan malah diisi orang2 yg gak jelas. Tolong penataan tamu undangan di upacara resmi lebih menghargai lansia, apalagi pas HUT nanti",
    ),
    _E(
        "web",
        "prokom",
        "Saya mahasiswa Ilmu Komunikasi di sebuah universitas di Samarinda, asal Tenggarong. Saya sedang menyusun skripsi tentang komunikasi pemerintah daerah dalam penanganan banjir dan ingin mewawancarai Bapak Bupati sekitar 30 menit, boleh juga setelah jam kerja. Saya sudah mewawancarai beberapa kepala desa di Loa Kulu dan sudah mendapat data curah hujan dari BMKG, jadi yang masih kurang hanya pandangan pimpinan daerah. Surat izin penelitian dari Kesbangpol sudah keluar (sempat lama, tapi itu urusan lain). Mohon informasi prosedur permohonan wawancara dengan Bupati dan dokumen apa saja yang perlu saya kirim.",
    ),
    _E(
        "web",
        "prokom",
        "Pada acara peresmian di desa kami, Kecamatan Tabang, minggu lalu, naskah sambutan Bupati salah menyebut nama desa kami dan menyebut jumlah penduduk 4.000 jiwa padahal hanya sekitar 1.200. Berita di situs resmi pemkab dan unggahan di akun media sosial pimpinan mengutip angka dan nama yang sama. Warga jadi bahan olok-olok desa tetangga. Mohon berita dan unggahan tersebut diperbaiki, dan ke depan data dalam naskah sambutan dicek dulu ke pemerintah desa.",
    ),
    _E(
        "sms",
        "prokom",
        "sy ketua RT mau ketemu pak bupati soal banjir di RT kami, gmn cara daftar audiensi",
    ),
    _E(
        "sms",
        "prokom",
        "undangan nikahan anak sy utk pak bupati diantar kemana ya, acaranya tgl 30 di sebulu",
    ),
    _E(
        "telegram",
        "prokom",
        "Min, akun IG resmi pak bupati kok kolom komennya dimatiin sih? Kita kan cuma mau nanya2 soal acara HUT. Jadi netizen gak bisa kasih masukan dong 🤷‍♂️",
    ),
    _E(
        "telegram",
        "prokom",
        "Selamat siang, kami kelompok nelayan Desa Muara Badak Ulu mau mengadakan syukuran pesta laut bulan depan dan ingin mengundang Bapak Bupati untuk membuka acara. Syaratnya apa saja dan berapa lama sebelum acara undangan harus dikirim supaya bisa masuk jadwal beliau?",
    ),
    _E(
        "twitter",
        "prokom",
        "Live streaming upacara HUT Kukar di YouTube resmi pemkab putus2 terus, suaranya ilang pas sambutan bupati. Malu min ditonton orang luar daerah 😅",
    ),
]

_PERENCANAAN_KEUANGAN = [
    _E(
        "email",
        "perencanaan_keuangan",
        "KATERING BUNDA SARI\nJl. Muso Salim, Tenggarong\n\nNomor: 07/KBS/III/2024\nLampiran: 4 (empat) lembar salinan faktur\nPerihal: Permohonan Pembayaran Tagihan\n\nYth. Sekretariat Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nKami penyedia makan minum rapat di Sekretariat Daerah berdasarkan surat pesanan bulan November dan Desember tahun lalu, dengan total tagihan Rp38.640.000. Seluruh pesanan telah kami antar ke ruang rapat di Kantor Bupati sesuai jadwal, berita acara serah terima sudah ditandatangani, dan faktur kami serahkan pada 8 Januari.\n\nKami menjadi penyedia melalui pengadaan langsung dan terdaftar di katalog; proses itu berjalan lancar. Soal ruang rapat yang sempat kebanjiran saat kami mengantar pesanan Desember lalu juga sudah kami sampaikan ke pengelola gedung. Kendala kami: sampai hari ini, lebih dari dua bulan, tagihan tersebut belum dibayar, sementara kami harus membayar pemasok bahan dan gaji karyawan menjelang Lebaran.\n\nKami mohon kejelasan kapan pembayaran dapat direalisasikan dan apakah masih ada kekurangan berkas dari pihak kami.\n\nDemikian, atas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nSari Wulandari\nPemilik",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Pada Jum, 1 Mar 2024 pukul 08.15, Layanan Aduan Setda Kukar menulis:\n> Honorarium tenaga harian lepas akan dibayarkan setelah DPA tahun berjalan\n> ditetapkan dan dokumen administrasi lengkap.\n\nTerima kasih, Pak/Bu. Tapi DPA sudah ditetapkan sejak Januari, dan kawan-kawan di dinas lain sudah menerima honor Januari–Februari. Kami tenaga harian lepas di Sekretariat Daerah, 27 orang, belum menerima sama sekali sejak Januari. Absensi dan salinan SK sudah kami kumpulkan ke bendahara tanggal 5 Februari. Mohon informasi dokumen apa lagi yang kurang dan perkiraan tanggal pembayarannya, karena sebentar lagi puasa dan anak-anak mau daftar sekolah.\n\nSalam,\nMuhammad Rizki\nTHL Sekretariat Daerah",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Meneruskan tagihan kami yang belum dijawab. Mohon bantuannya.\n\n---------- Forwarded message ---------\nFrom: Percetakan Mahakam Jaya <mahakamjaya.print@gmail.com>\nDate: Kam, 7 Mar 2024 pukul 10.33\nSubject: Tagihan cetak spanduk & backdrop\nTo: keuangan.setda.kukar@gmail.com\n\nYth. Bendahara Sekretariat Daerah,\nBersama ini kami kirimkan ulang tagihan pekerjaan cetak 40 spanduk, 6 baliho dan 2 backdrop panggung untuk acara pelantikan pejabat dan penyambutan tamu Bupati bulan Januari, yang dipesan oleh Sekretariat Daerah, senilai Rp27.350.000 termasuk pajak. Barang sudah terpasang dan acaranya sudah berlangsung. Sampai sekarang belum ada pembayaran maupun kabar. Mohon informasi jadwal pembayaran. Nomor rekening dan salinan faktur terlampir.\n\nHormat kami,\nPercetakan Mahakam Jaya",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Yth. Pengelola Layanan Aduan\n\nSaya staf pelaksana di Sekretariat Daerah. Saya melaksanakan perjalanan dinas ke Jakarta 6–9 Februari untuk kegiatan konsultasi di kementerian. Biaya tiket, hotel dan transport saya talangi dulu, total Rp9.870.000. Berkas pertanggungjawaban perjalanan sudah saya serahkan 14 Februari, lalu dikembalikan untuk revisi karena boarding pass pulang hilang, dan sudah saya ganti dengan surat keterangan dari maskapai pada 21 Februari. Sampai sekarang belum ada kabar pencairan. Mohon informasi apakah SPJ saya sudah diverifikasi dan kapan penggantian biayanya dibayarkan.\n\nTerima kasih,\nArif Kurniawan\nNIP 19920715 201902 1 003",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Yth. Sekretariat Daerah Kab. Kutai Kartanegara\n\nDengan hormat,\nSaya dosen di salah satu perguruan tinggi di Samarinda, diundang sebagai narasumber pada Bimbingan Teknis Penyusunan Laporan Kinerja yang diselenggarakan Sekretariat Daerah pada 27–28 Februari di Tenggarong. Acara berjalan baik, ruangannya nyaman, dan materi saya sudah dimuat di situs pemkab.\n\nSesuai surat permohonan narasumber, honorarium akan ditransfer paling lambat satu minggu setelah kegiatan. Sampai hari ini honor tersebut belum saya terima. Selain itu saya memerlukan bukti potong PPh 21 atas honor itu untuk pelaporan pajak tahunan. Mohon informasi kapan honor dibayarkan dan kepada siapa saya dapat meminta bukti potongnya.\n\nHormat saya,\nDr. Lestari Widyaningsih\n0812-xxxx-6620",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "Pak, sy pegawai di setda. TPP bulan Februari blm masuk, padahal OPD lain sdh cair dari tgl 10. Di kantor gak ada yg bisa jelasin. Ada kendala apa ya?",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "Assalamualaikum. Sy istri dari sopir kontrak di Sekretariat Daerah. Suami sy bilang THR dan uang lembur jaga malam waktu acara bulan lalu blm dibayar, padahal lebaran tinggal 2 minggu. Kami gak berani tanya langsung takut suami kena tegur. Mohon dibantu 🙏",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "Selamat siang pak. Sy dari toko ATK di Tenggarong, tagihan kertas dan tinta pesanan setda bln Januari Rp12,4 juta sdh 2 bln blm dibayar. Kwitansi & faktur sdh diserahkan ke bendahara. Kapan bs cair ya?",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Kami kontraktor yang mengerjakan renovasi ruang rapat dan toilet di gedung Sekretariat Daerah akhir tahun lalu. Pekerjaan sudah 100%, serah terima pertama dilakukan 20 Desember, dan ruangannya sudah dipakai rapat sejak Januari. Proses lelangnya dulu lancar, dan atap bocor di ruang sebelah yang di luar kontrak kami juga sudah kami laporkan ke pengelola gedung. Masalah kami: pembayaran termin terakhir 30% senilai Rp186.900.000 belum dibayar sampai sekarang. Kami dijanjikan Januari, lalu Februari, dan semua dokumen tagihan sudah kami serahkan. Mohon kepastian jadwal pembayaran, karena kami juga punya kewajiban kepada tukang dan toko bangunan.",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Saya pelaksana kegiatan di lingkungan Sekretariat Daerah. SPJ kegiatan rapat koordinasi bulan Februari sudah tiga kali dikembalikan verifikator keuangan dengan alasan yang berbeda-beda: pertama soal daftar hadir, kedua soal format kuitansi, ketiga soal nota dari rumah makan. Tidak ada daftar kelengkapan tertulis yang bisa kami pegang. Akibatnya uang persediaan kegiatan belum bisa dipertanggungjawabkan dan kegiatan bulan Maret tertahan. Mohon diberikan daftar kelengkapan SPJ yang baku dan koreksi sekaligus dalam satu kali pemeriksaan.",
    ),
    _E(
        "sms",
        "perencanaan_keuangan",
        "pak honor sy sbg panitia pelantikan di setda bln jan blm dibayar smpe skrg, kpn ya",
    ),
    _E(
        "sms",
        "perencanaan_keuangan",
        "uang perjalanan dinas sy ke samarinda bln lalu blm diganti, kwitansi hotel udh sy kumpulkan ke bendahara setda",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "Assalamualaikum pian. Ulun sopir kontrak di setda, gaji bulan tadi kada masuk haja sampai wayah ini. Kawan2 di dinas lain sudah. Kayapa pian, lebaran sudah parak 🙏",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "Pak, sy yg nyiapin takjil & makanan buka puasa bersama pegawai setda minggu lalu (350 porsi). Katanya dibayar setelah acara, tp skrg disuruh nunggu tanpa kepastian. Bahannya sy beli pakai uang pinjaman. Mohon info kapan dibayar",
    ),
    _E(
        "twitter",
        "perencanaan_keuangan",
        "UMKM diajak nyediain konsumsi acara di Setda Kukar, udah 4 bulan belum dibayar. Katanya dukung UMKM 🙃",
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
