# ruff: noqa: E501
"""Blind set written 2026-12-07 (eighteenth of the day) for issue 16: what people send to a regency complaint desk when they are not sure which office is responsible: follow-ups on earlier complaints, questions phrased as complaints and complaints phrased as questions, requests for information, long personal stories ending with a short request, writers who correct themselves, letters from institutions. The elderly, young people, migrants from Sulawesi and Java, Dayak and Kutai villagers, people with disabilities, small businesses, farmers, fishermen, teachers, health workers, clergy, RT/RW and village officials, sub-district staff, agencies, state and private companies, universities, NGOs, contractors, suppliers, lawyers, journalists; SMS in chat spelling to e-mails of 120-250 words with letterhead, subject, replies, forwards and cover notes; a third long with other sections' matters around the one request, a fifth short, vague, angry or ironic. 15 cases per section; per section 5 email, 3 whatsapp, 2 web, 2 sms, 2 telegram, 1 twitter (60 email, 36 whatsapp, 24 each of web, sms and telegram, 12 twitter). Written by two helper sessions, six sections each, with the same instructions, and joined into this file unread.

Written without reading config.yaml, routing/ or tests/routing/; each case is labelled only from
the mandates in docs/sections.md.

Scored ONCE, blind, with the rules of main af9bb2b (this file committed unread in that commit), on
2026-12-07, after the changes tuned on 2026-12-07n, o, p and q and the request bonus: 174/180
correct = 96.7% (Wilson 95% interval 92.9%-98.5%), no fallback. Per channel: email 60/60, sms
23/24, telegram 23/24, twitter 12/12, web 22/24, whatsapp 34/36. The rules of 1ca627b (the
session's start) place 171/180 (email 57/60): the day's changes gained #75, #123 and #169 and
lost none.
The errors (index in CASES, label -> got): #96 adpem -> kesra, #98 adpem -> perekonomian, #131
organisasi -> perencanaan_keuangan, #141 umum -> kesra, #143 umum -> kesra, #148 umum ->
organisasi.
"""

from __future__ import annotations

from tests.routing.case import Case

_E = Case

_PEMERINTAHAN = [
    _E(
        "email",
        "pemerintahan",
        "BADAN PERMUSYAWARATAN DESA (BPD) DESA SEDULANG\nKecamatan Muara Kaman, Kabupaten Kutai Kartanegara\n\nNomor: 07/BPD-SDL/III/2025\nPerihal: Kepala Desa tidak menjalankan tugas\n\nYth. Bapak/Ibu Pengelola Layanan Aduan Setda Kukar\ndi Tenggarong\n\nDengan hormat,\nKami sampaikan bahwa sejak awal Desember 2024 Kepala Desa Sedulang praktis tidak pernah hadir di kantor desa. Musyawarah desa untuk RKPDes 2025 sudah dua kali batal karena beliau tidak datang dan tidak memberi kuasa kepada Sekdes. Akibatnya surat-surat yang butuh tanda tangan kades menumpuk, dan perangkat desa bingung harus lapor kepada siapa.\n\nSebagai catatan, jalan semenisasi RT 04 yang rusak sudah kami sampaikan terpisah ke dinas teknis, dan soal itu tidak kami tanyakan di sini. Kami juga tidak menuduh adanya penyalahgunaan dana; itu biar aparat yang menilai kalau memang ada.\n\nYang kami mohonkan: pembinaan dan teguran dari pemerintah kabupaten melalui camat kepada kepala desa, serta kejelasan siapa yang sah menjalankan tugas sehari-hari selama kades tidak aktif.\n\nDemikian surat ini kami sampaikan, atas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nKetua BPD Desa Sedulang\nH. Abdul Rahim\nHP 0813-4602-1187",
    ),
    _E(
        "email",
        "pemerintahan",
        "Pak/Bu, saya teruskan lagi email saya yang bulan lalu karena sampai sekarang belum ada tanggapan.\n\n---------- Forwarded message ---------\nFrom: Suparno <suparno.bukitraya@gmail.com>\nDate: Sen, 13 Jan 2025 pukul 08.41\nSubject: Patok batas Desa Bukit Raya - Desa Manunggal Jaya\nTo: aduan@kukarkab.go.id\n\nAssalamualaikum.\nSaya Suparno, Ketua RT 11 Desa Bukit Raya, Kecamatan Tenggarong Seberang. Dulu orang tua saya datang dari Ponorogo ikut transmigrasi tahun 1982, jadi batas-batas blok di sini kami tahu betul. Masalahnya, patok batas antara Bukit Raya dan Manunggal Jaya yang dipasang tahun 2019 itu bergeser kira-kira 300 meter ke arah kebun warga kami. Sekarang ada 14 KK yang tiba-tiba ditarik iuran dan didata oleh RT desa sebelah, padahal KTP dan KK mereka Bukit Raya.\nWarga tidak mau ribut dengan tetangga. Kami cuma minta kabupaten turun, undang dua kepala desa, lalu tetapkan batas yang benar supaya pendataan penduduk tidak dobel.\nTerima kasih.\nSuparno\n0852-5000-3419",
    ),
    _E(
        "email",
        "pemerintahan",
        "Yth. Admin Aduan Setda Kukar,\n\nSaya staf Seksi Pemerintahan di kantor Kecamatan Tabang. Mohon maaf kalau email ini salah alamat, karena kami juga belum tahu harus bertanya ke mana.\n\nDusun Long Lalang (nama samaran di surat warga, dusun paling hulu) sudah tiga tahun mengajukan usulan pemekaran menjadi desa sendiri. Jaraknya dari kantor desa induk hampir 5 jam naik ketinting kalau air surut. Warga sudah membuat proposal, peta sketsa wilayah, dan daftar 312 jiwa. Berkas kami teruskan ke kabupaten bulan Agustus 2024, tetapi sampai sekarang tidak ada kabar, dan warga setiap bulan menanyakan ke kecamatan.\n\nPertanyaan kami sederhana: (1) apakah berkas itu sudah diterima dan sedang di tahap apa, (2) apa saja syarat yang masih kurang untuk pembentukan desa baru, dan (3) apakah ada moratorium pemekaran desa dari pusat sehingga usulan ini memang belum bisa diproses.\n\nKalau memang belum bisa, kami perlu jawaban tertulis supaya bisa kami jelaskan ke warga.\n\nTerima kasih.\nHormat kami,\nRusdi, S.IP\nKasi Pemerintahan Kecamatan Tabang\nNIP 19870412 201001 1 006",
    ),
    _E(
        "email",
        "pemerintahan",
        "Kepada Yth. Pemerintah Kabupaten Kutai Kartanegara\n\nPerihal: Keberatan atas hasil Pilkades Desa Loa Duri Ilir\n\nDengan hormat,\nSaya Yohanes Lahang, warga RT 06 Desa Loa Duri Ilir, Kecamatan Loa Janan, dan salah satu calon kepala desa pada pilkades serentak 27 Oktober 2024.\n\nSaya ingin menyampaikan keberatan karena sekitar 180 warga, kebanyakan buruh tambang dan perantau dari Toraja yang sudah ber-KTP desa ini lebih dari 2 tahun, tidak masuk DPT dan tidak diberi undangan memilih. Panitia desa sudah saya surati tanggal 30 Oktober tetapi jawabannya hanya lisan: 'sudah terlambat'. Selisih suara saya dengan calon terpilih hanya 64 suara.\n\nPerlu saya tegaskan, saya belum mau membawa ini ke pengadilan dan saya tidak sedang minta pendampingan pengacara. Saya ingin penyelesaian sengketa pilkades dilakukan oleh panitia tingkat kabupaten sebagaimana mestinya, termasuk pemeriksaan DPT dan daftar hadir TPS, sebelum calon terpilih dilantik.\n\nDemikian, atas perhatian Bapak/Ibu saya ucapkan terima kasih.\n\nHormat saya,\nYohanes Lahang\nHP 0821-5377-9021",
    ),
    _E(
        "email",
        "pemerintahan",
        "Selamat siang.\n\nSaya mau cerita sedikit dulu ya. Saya pensiunan guru, tinggal di Kelurahan Loa Ipuh, Tenggarong, sejak 1991. Perumahan kami dulu cuma satu RT, sekarang sudah hampir 200 KK karena banyak perumahan baru. Tahun lalu atas arahan lurah kami musyawarah dan sepakat dipecah jadi dua RT. Sudah ada berita acara, sudah dipilih ketua RT baru (saya sendiri yang diminta, walaupun sebenarnya saya sudah capek), sudah ada stempel sementara.\n\nMasalahnya, sampai hari ini SK pembentukan RT baru dan SK pengangkatan ketua RT-nya belum keluar. Akibatnya surat pengantar yang saya tanda tangani ditolak di beberapa tempat, warga bingung ikut RT mana, dan insentif RT juga tidak jelas. Tapi soal insentif itu nomor sekian, saya tidak terlalu pikirkan.\n\nPermintaan saya hanya satu: tolong dicek kenapa SK RT kami tertahan, dan apakah ada aturan kabupaten yang membatasi pemekaran RT di kelurahan.\n\nTerima kasih banyak.\nDrs. Mulyadi\nRT 45 (baru) Kel. Loa Ipuh",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "assalamualaikum pian, ulun warga desa Muara Muntai Ulu. kades kami kada pernah ada di kantor lawas sdh 3 bulan, kabarnya tinggal di samarinda haja. bubuhan warga mau urus apa2 bingung. tolong pemkab tegur kah, atau ganti haja lah",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Selamat pagi Pak. Sy perantau dr Bone, sdh 9 thn tinggal di Muara Badak. Mau tanya, rumah sy dulu masuk Desa Badak Baru tp katanya skrg sejak ada penetapan batas baru masuk desa sebelah. KTP sy msh Badak Baru. Yg benar sy ini warga desa mana? Pak RT jg bingung. Mohon penjelasan batas desanya soalnya mau urus surat tanah jd ragu",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Pak mau tanya soal dana desa di desa kami Sumber Sari Loa Kulu.. eh maksud sy bukan dana desa, tp penjabat kades nya. Sdh hampir 2 thn desa kami dipimpin Pj kades dr kecamatan, pilkades katanya ditunda. Kapan desa kami bisa pilkades lg? warga mau punya kades definitif",
    ),
    _E(
        "web",
        "pemerintahan",
        "Apakah kepala desa yang baru dilantik boleh memberhentikan Sekdes dan 4 kaur sekaligus tanpa rekomendasi camat? Di desa kami (Desa Kota Bangun Ulu, Kec. Kota Bangun) itu terjadi minggu lalu, satu minggu setelah pelantikan. Perangkat yang diberhentikan sudah bekerja 8-12 tahun dan tidak pernah ada teguran. Penggantinya keluarga tim sukses. Kami mohon kabupaten memeriksa pemberhentian perangkat desa ini dan meminta camat turun tangan.",
    ),
    _E(
        "web",
        "pemerintahan",
        "Saya mewakili kelompok warga Desa Kembang Janggut. Ada lahan sekitar 40 hektar di perbatasan dengan desa tetangga yang sekarang diklaim oleh dua desa sekaligus. Masing-masing kepala desa mengeluarkan surat keterangan tanah (SKT) sendiri untuk orang yang berbeda di atas lahan yang sama, jadi warga dua desa hampir bentrok bulan lalu waktu membersihkan lahan. Kami tidak minta lahan itu diberikan ke kami, kami minta pemkab memfasilitasi penyelesaian antar dua desa dan menentukan SKT mana yang berlaku.",
    ),
    _E(
        "sms",
        "pemerintahan",
        "pak knp kades terpilih desa sy blm dilantik jg pdhl pilkades udh 2 bln lalu. desa jembayan loa kulu. trs yg tanda tangan surat siapa",
    ),
    _E(
        "sms",
        "pemerintahan",
        "batas rt 05 dgn rt 07 kel maluhu tdk jls, warga di gg mawar ditarik iuran 2 rt. tlg lurah diarahkan utk tetapkan batas",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "halo min, mau nanya aja sih. ketua RT di tempat aku (Kel. Sangasanga Dalam) udah 9 tahun ga ganti2, masa jabatannya kan harusnya ada batasnya ya? warga mau pemilihan ulang tapi pak lurah bilang nunggu aturan. aturannya yg mana sih? bisa dibantu dorong biar ada pemilihan ketua RT gak",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "Menindaklanjuti aduan saya tanggal 4 Februari 2025 (no. tiket di SMS balasan sudah hilang, maaf). Soal patok batas Desa Sebulu Ilir dengan Desa Giri Agung yang dicabut orang tak dikenal. Waktu itu dijawab akan dijadwalkan peninjauan oleh tim penegasan batas. Sampai sekarang belum ada yang datang. Mohon info jadwalnya.",
    ),
    _E(
        "twitter",
        "pemerintahan",
        "Desa kami di Muara Wis udah 2 tahun dipimpin Pj Kades, pilkadesnya ditunda mulu tanpa penjelasan. Demokrasi desa cuma wacana? 🙄 @pemkabkukar",
    ),
]

_KESRA = [
    _E(
        "email",
        "kesra",
        "PENGURUS MASJID NURUL HUDA\nDesa Loh Sumber, Kecamatan Loa Kulu\n\nNomor: 014/PMNH/II/2025\nLampiran: 1 berkas\nPerihal: Mohon tindak lanjut proposal bantuan\n\nYth. Pemerintah Kabupaten Kutai Kartanegara\nc.q. Layanan Pengaduan Sekretariat Daerah\n\nDengan hormat,\nPada bulan Maret 2024 kami telah menyerahkan proposal bantuan renovasi atap dan tempat wudhu Masjid Nurul Huda dengan nilai kebutuhan Rp 185.000.000, diterima di Kantor Bupati dengan tanda terima tertanggal 18 Maret 2024. Pada bulan Juli 2024 ada petugas yang datang memotret kondisi masjid, namun setelah itu tidak ada kabar lagi.\n\nSaat ini atap bagian mihrab sudah bocor dan jamaah shalat Jumat sebagian harus di teras. Jalan menuju masjid memang juga rusak berat, tetapi itu sudah kami usulkan lewat musrenbang dan tidak kami persoalkan di sini.\n\nMelalui surat ini kami mohon informasi apakah proposal bantuan rumah ibadah kami masuk daftar penerima tahun 2025, dan jika belum, kelengkapan apa yang harus kami perbaiki.\n\nDemikian permohonan ini, atas perhatian Bapak/Ibu kami ucapkan terima kasih.\n\nKetua Pengurus,\nH. Samsul Bahri\nHP 0812-5534-0098",
    ),
    _E(
        "email",
        "kesra",
        "Yth. Bapak/Ibu,\n\nPerkenalkan, nama saya Nur Aisyah, mahasiswi semester 5 di sebuah kampus negeri di Samarinda, asal Desa Teluk Dalam, Muara Jawa. Bapak saya nelayan dan ibu saya jualan kue, jadi sejak awal kuliah saya sangat bergantung pada beasiswa dari Pemkab.\n\nSaya sudah dinyatakan lolos seleksi beasiswa kabupaten tahap II tahun 2024 (nama saya ada di pengumuman bulan Oktober). Katanya dana cair akhir Desember, tetapi sampai pertengahan Februari belum masuk ke rekening saya. Teman-teman satu kampus yang juga lolos sebagian sudah cair, sebagian belum.\n\nSaya tidak menanyakan soal UKT, karena UKT sudah saya urus penundaan ke kampus. Saya juga tidak minta tambahan apa pun. Saya hanya ingin tahu: apakah ada berkas saya yang kurang, nomor rekening saya salah, atau memang pencairannya bertahap? Kalau bertahap, kapan kira-kira tahap berikutnya?\n\nMohon maaf bila bahasa saya kurang tepat. Terima kasih atas bantuannya.\n\nHormat saya,\nNur Aisyah\nNIM dan bukti pengumuman saya lampirkan\n0857-5212-6630",
    ),
    _E(
        "email",
        "kesra",
        "Syalom dan salam sejahtera,\n\nKami dari Majelis Jemaat GKII Long Bagun, eh maaf, koreksi, itu gereja saya yang dulu: Majelis Jemaat gereja di Desa Muara Ritan, Kecamatan Tabang. Gereja kami masih berdinding papan yang dibangun tahun 1998, dan sebagian tiang sudah lapuk karena banjir besar tahun lalu.\n\nTahun 2023 kami pernah mengajukan bantuan dan dijawab bahwa proposal harus dilengkapi rekomendasi dari Kementerian Agama dan surat keterangan terdaftar. Semua itu sudah kami urus dan baru selesai Januari 2025. Yang ingin kami tanyakan:\n1. Apakah proposal bantuan rumah ibadah bisa diajukan ulang untuk tahun anggaran 2025 atau harus menunggu 2026?\n2. Apakah proposal dikirim lewat kecamatan atau langsung ke Tenggarong? Untuk kami, perjalanan ke Tenggarong makan biaya hampir Rp 1.500.000 per orang pulang pergi.\n\nKami mohon petunjuk. Tuhan memberkati.\n\nPdt. Markus Ding\nGembala Jemaat\nHP 0813-4700-2251",
    ),
    _E(
        "email",
        "kesra",
        "Maaf, saya teruskan email saya ke alamat ini, karena dari dinas dibilang urusannya di Setda.\n\n-----Original Message-----\nFrom: Ust. Hamzah <hamzahqiraat@yahoo.co.id>\nDate: 20 Desember 2024 10:12\nSubject: Uang pembinaan juara MTQ\nTo: humas kabupaten\n\nAssalamualaikum wr wb.\nSaya pelatih kafilah Kecamatan Kenohan. Tiga anak didik kami menjadi juara di MTQ tingkat kabupaten bulan September lalu dan satu orang lanjut mewakili Kukar di MTQ provinsi. Waktu penutupan diumumkan ada uang pembinaan untuk para juara, tetapi sampai hari ini anak-anak belum menerima, dan orang tua mereka menanyakan terus ke saya.\nMohon kejelasan: kapan uang pembinaan juara MTQ kabupaten dibayarkan, dan apakah untuk peserta yang ke provinsi ada pembinaan atau persiapan dari kabupaten tahun ini?\nWassalam,\nUst. Hamzah\n0852-4611-7783",
    ),
    _E(
        "email",
        "kesra",
        "FORUM KOMUNIKASI GURU TPA/TPQ\nKecamatan Loa Janan\n\nNomor: 03/FKGT-LJ/I/2025\nPerihal: Insentif guru mengaji\n\nYth. Sekretariat Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nBersama ini kami sampaikan bahwa insentif bagi guru TPA/TPQ dan guru mengaji di Kecamatan Loa Janan untuk periode Juli s.d. Desember 2024 belum diterima oleh 87 orang anggota kami. Data sudah kami kirim lengkap melalui kecamatan pada bulan Mei 2024, dan pada periode sebelumnya pembayaran berjalan lancar.\n\nKami memahami bahwa anggaran daerah sedang banyak kebutuhan. Namun bagi banyak guru ngaji kami, yang sebagian besar ibu-ibu dan lansia, insentif tersebut sangat berarti.\n\nKami mohon penjelasan mengenai jadwal pembayaran dan apakah ada perubahan syarat untuk tahun 2025.\n\nDemikian kami sampaikan, atas perhatian dan kerja samanya kami ucapkan terima kasih.\n\nKetua,\nHj. Rahmawati\nSekretaris,\nM. Yusran",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Assalamualaikum, ulun calon jemaah haji kloter tahun ini dari Kecamatan Kota Bangun, umur 71. Ulun handak batakun jadwal manasik haji tingkat kabupaten kapan lah, wan nanti berangkat ke asrama haji di Balikpapan itu ada angkutan dari pemkab kah atau bubuhan kami cari sorang haja. Anak ulun bagawi di Kaltara jadi kada kawa mengantar. Terima kasih pian",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Siang pak, sy ketua karang taruna desa Bukit Pariaman Tenggarong Seberang. Bulan Juni 2024 kami masukkan proposal hibah utk peralatan rebana dan sound system kegiatan pemuda. Katanya masuk daftar hibah 2025 tp pas kami tanya ke kecamatan tdk ada yg tau. Gmn cara cek nama kelompok kami ada atau tdk di daftar penerima hibah?",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Selamat sore. Sy pengurus perkumpulan penyandang disabilitas di Tenggarong, anggota kami 46 org, banyak tunanetra yg kerja pijat. Kami mau tanya soal bansos utk organisasi kami yg dijanjikan waktu hari disabilitas desember kemarin.. eh maksud sy bukan bansos perorangan ya, tp bantuan hibah utk kelompok, berupa alat pijat dan kasur. Sampai skrg blm ada info. Apa kami hrs ajukan proposal lg?",
    ),
    _E(
        "web",
        "kesra",
        "Bagaimana sebenarnya cara anak yatim mendapat beasiswa dari kabupaten? Keponakan saya yatim piatu, sekarang kelas 12 SMA di Muara Kaman dan nilainya bagus. Tahun lalu kami cari informasi pendaftaran beasiswa tapi pengumumannya hanya di media sosial dan waktu kami tahu sudah ditutup. Anak-anak di desa yang sinyalnya susah jadi selalu ketinggalan. Mohon diinformasikan jadwal dan syaratnya tahun ini, dan kalau bisa pengumuman juga disebar lewat sekolah dan kantor desa.",
    ),
    _E(
        "web",
        "kesra",
        "Saya bidan desa di Kecamatan Muara Muntai. Bulan ini ada 11 ibu hamil dan lansia dari keluarga miskin di desa binaan saya yang kepesertaan jaminan kesehatan yang dibayar daerah tiba-tiba nonaktif, padahal mereka tidak mampu membayar iuran mandiri. Dinas bilang kuotanya dari kabupaten sudah dikurangi. Saya tidak mengeluhkan pelayanan puskesmas, pelayanan kami berjalan. Yang saya minta, tolong dikoordinasikan supaya program jaminan kesehatan untuk warga miskin ini diaktifkan kembali sebelum ada yang melahirkan tanpa jaminan.",
    ),
    _E(
        "sms",
        "kesra",
        "assalamualaikum beasiswa s1 sy blm cair pdhl sdh lulus verifikasi bln nov. nama sy ada di pengumuman. tlg dicek, dr samboja",
    ),
    _E(
        "sms",
        "kesra",
        "pak insentif marbot mesjid thn 2024 kapan cair ya, di desa kami muara kaman ilir blm ada yg trima. mksh",
    ),
    _E(
        "telegram",
        "kesra",
        "Min, MTQ tingkat kecamatan Muara Muntai tahun ini jadi dilaksanakan nggak? Tahun lalu katanya anggaran dari kabupaten gak turun. Kami guru qiraah udah latih anak2 dari bulan puasa. Tolong infonya, jangan sampai anak2 kecewa lagi",
    ),
    _E(
        "telegram",
        "kesra",
        "Om Swastyastu. Kami pengurus pura di Desa Kerta Buana, Tenggarong Seberang. Mau menanyakan apakah bantuan renovasi pura bisa diajukan ke pemkab seperti masjid dan gereja? Bangunan pelinggih kami retak sejak tanah ambles. Kalau bisa, syaratnya apa saja dan dikirim ke mana. Suksma.",
    ),
    _E(
        "twitter",
        "kesra",
        "Beasiswa Kukar cair kapan sih min?? Anak kos udah makan mie 3x sehari nih 😭😭 pengumuman lolos dari Oktober lho",
    ),
]

_HUKUM = [
    _E(
        "email",
        "hukum",
        "PEMERINTAH KABUPATEN KUTAI KARTANEGARA\nDINAS PERHUBUNGAN\n\nNomor: 551/0214/Dishub/II/2025\nSifat: Segera\nPerihal: Permohonan harmonisasi rancangan Peraturan Bupati\n\nYth. Kepala Bagian Hukum Setda Kab. Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nMenindaklanjuti Perda tentang Penyelenggaraan Perhubungan, bersama ini kami sampaikan rancangan Peraturan Bupati tentang Penataan Parkir di Tepi Jalan Umum dalam Kota Tenggarong beserta naskah penjelasannya (terlampir).\n\nKami mohon rancangan tersebut dapat dibahas dan diharmonisasi, khususnya mengenai pasal pengenaan sanksi penderekan kendaraan dan kewenangan petugas, karena terdapat perbedaan pendapat di internal kami apakah sanksi tersebut dapat diatur di tingkat Perbup atau harus di Perda. Kami juga mohon konsultasi apakah diperlukan uji publik sebelum penetapan.\n\nAdapun pengaturan parkir di halaman Kantor Bupati bukan bagian dari rancangan ini.\n\nDemikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.\n\nKepala Dinas Perhubungan,\nttd\nNIP 19730511 199803 1 004",
    ),
    _E(
        "email",
        "hukum",
        "KANTOR HUKUM WIBOWO, LATIF & REKAN\nJl. Imam Bonjol, Tenggarong\n\nNomor: 021/WLR/SK/III/2025\nPerihal: Tanggapan atas somasi dan permohonan mediasi\n\nKepada Yth.\nBupati Kutai Kartanegara\nc.q. Sekretariat Daerah\n\nDengan hormat,\nKami selaku kuasa hukum dari Sdr. Ahmad Jaini dan ahli waris almarhum H. Jaini, berdasarkan surat kuasa khusus tertanggal 3 Maret 2025, menyampaikan bahwa bidang tanah seluas kurang lebih 2.400 m2 di Desa Separi, Kecamatan Tenggarong Seberang, yang sebagian di atasnya berdiri bangunan sekolah dasar negeri, merupakan milik sah klien kami berdasarkan sertifikat hak milik tahun 1996.\n\nSomasi kami tertanggal 6 Januari 2025 hingga kini belum dijawab. Klien kami tidak bermaksud mengganggu kegiatan belajar mengajar dan tidak mempersoalkan mutu bangunan sekolah. Klien kami juga tidak sedang mengajukan permohonan ganti rugi melalui pengadaan tanah yang baru.\n\nSebelum kami mendaftarkan gugatan ke Pengadilan Negeri Tenggarong, kami menawarkan penyelesaian melalui mediasi. Mohon kiranya Pemerintah Kabupaten menunjuk pejabat atau kuasa hukum yang berwenang untuk bertemu kami paling lambat 30 hari sejak surat ini.\n\nHormat kami,\nKuasa Hukum,\nR. Latif, S.H., M.H.",
    ),
    _E(
        "email",
        "hukum",
        "Yth. Tim Layanan Aduan,\n\nSaya dosen di Fakultas Hukum sebuah universitas di Samarinda dan sedang meneliti perkembangan peraturan daerah tentang pengelolaan sampah di kabupaten/kota Kalimantan Timur. Sebelumnya perlu saya jelaskan, ini bukan permohonan kerja sama atau MoU antar-lembaga; ini penelitian pribadi.\n\nMasalahnya, di situs JDIH Kukar saya hanya menemukan Perda tentang pengelolaan sampah tahun 2013 versi scan yang halaman 9-14-nya hilang, sedangkan Perbup pelaksananya tidak ada sama sekali. Saya juga tidak bisa memastikan apakah Perda tersebut sudah diubah atau dicabut, karena status 'berlaku/tidak berlaku' di situs kosong.\n\nMohon bantuan:\n1. salinan lengkap Perda tersebut dan Perbup pelaksananya (jika ada),\n2. keterangan status berlakunya,\n3. dan bila memungkinkan, perbaikan dokumen di JDIH supaya masyarakat lain juga bisa mengakses.\n\nTerima kasih atas perhatiannya.\n\nSalam,\nDr. Fitriani Hasanah, S.H., M.H.\n0811-5510-2093",
    ),
    _E(
        "email",
        "hukum",
        "Kepada Yth. Pemerintah Kabupaten Kutai Kartanegara\n\nPerihal: Permohonan keterlibatan dalam pembahasan Raperda Pengakuan dan Perlindungan Masyarakat Hukum Adat\n\nDengan hormat,\nKami dari perkumpulan pendamping masyarakat adat yang bekerja di Kecamatan Tabang, Kembang Janggut dan Muara Wis. Selama ini kami banyak menangani konflik kebun sawit dan kawasan hutan di wilayah adat Dayak Kenyah dan Dayak Modang. Namun surat ini TIDAK mengadukan perusahaan tertentu atau kerusakan hutan; laporan semacam itu sudah kami sampaikan ke instansi lain.\n\nKami mendengar bahwa Raperda tentang pengakuan masyarakat hukum adat sudah masuk program pembentukan Perda tahun ini. Kami memohon:\n1. salinan naskah akademik dan draf Raperda terbaru;\n2. agar komunitas adat dampingan kami dilibatkan dalam konsultasi publik, dengan jadwal yang memungkinkan warga dari hulu datang (minimal diberitahu 2 minggu sebelumnya).\n\nDemikian permohonan kami. Atas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nKoordinator Program\nMaria Ulau\nHP 0853-4621-7740",
    ),
    _E(
        "email",
        "hukum",
        "Selamat malam Bapak Ibu.\n\nMohon maaf saya menulis panjang. Saya janda, tinggal di Kelurahan Jawa, Sangasanga, kerja cuci gosok. Anak saya yang nomor dua, umur 19 tahun, ditangkap polisi dua minggu lalu karena dituduh ikut mencuri besi di bekas area tambang. Menurut teman-temannya dia cuma disuruh mengangkut dan dibayar Rp 50.000. Saya tidak membela kalau dia memang salah, tapi dia tidak punya pengacara dan saya tidak punya uang sama sekali.\n\nTetangga bilang pemkab punya program bantuan hukum gratis untuk orang miskin. Saya punya SKTM dari kelurahan. Yang ingin saya tanyakan, bagaimana caranya anak saya bisa didampingi pengacara gratis itu, dan saya harus datang ke kantor mana? Sidangnya katanya sebentar lagi.\n\nTerima kasih banyak, semoga dibalas.\n\nIbu Sumiati\nHP 0822-5199-3302 (HP anak sulung saya)",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Pagi pak, web JDIH kukar dr kemarin error trs. Sy mau unduh Perbup ttg tunjangan perangkat desa yg baru tp muncul 404. Sy staf desa, perlu bgt utk dasar hukum penyusunan APBDes. Bs dikirim file nya ke wa ini aja pak?",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Sy pedagang ikan di pasar Tenggarong. Kemarin petugas bilang retribusi lapak naik jd Rp 5.000 per hari sesuai Perda yg baru. Sy tdk mau ribut soal pasarnya, sy cuma mau baca sendiri Perda nya, nomor berapa tahun berapa, pasal mana yg atur tarif itu. Tlg dikirimkan salinannya",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Assalamualaikum. Sy mau tanya soal gugatan sy ke pemkab.. eh maksud sy bukan gugatan, sdh putusan. Tahun lalu sy menang di PTUN Samarinda lawan keputusan bupati soal pemberhentian sy sbg honorer, putusannya sdh inkracht. Tp sampai skrg blm dilaksanakan pemkab. Sy harus lapor ke siapa supaya putusan itu dijalankan?",
    ),
    _E(
        "web",
        "hukum",
        "Apakah pemkab menyediakan bantuan hukum gratis untuk nelayan kecil? Kami 6 nelayan dari Desa Sepatin, Anggana, dilaporkan ke polisi oleh sebuah perusahaan tambak dengan tuduhan masuk tanpa izin, padahal kami hanya berteduh dari angin di kanal yang sudah kami lewati turun temurun. Kami belum pernah berurusan dengan hukum dan tidak tahu harus bagaimana. Mohon informasi prosedur permohonan bantuan hukum dan syaratnya.",
    ),
    _E(
        "web",
        "hukum",
        "Saya ingin mengajukan keberatan atas isi Perbup tentang jam operasional toko swalayan yang terbit tahun lalu. Menurut saya pasal pembatasan jamnya bertentangan dengan Perda yang menjadi dasarnya, karena Perda tidak memberi delegasi untuk mengatur jam buka. Saya tidak meminta pemkab mengurus harga barang atau pasar; saya minta Perbup itu ditinjau ulang secara hukum dan dijelaskan dasar kewenangannya. Terima kasih.",
    ),
    _E(
        "sms",
        "hukum",
        "sy mau minta salinan perda ttg pajak sarang burung walet dimn ya, di kantor kecamatan tdk ada. sy dr muara kaman",
    ),
    _E(
        "sms",
        "hukum",
        "bantuan hukum utk org tdk mampu di kukar ada gk. sy diusir dr rmh kontrakan tnp putusan pengadilan. dr loa janan",
    ),
    _E(
        "telegram",
        "hukum",
        "Selamat siang. Kami kontraktor pelaksana proyek gedung tahun 2022. Karena tidak ada penyelesaian, pekan lalu gugatan wanprestasi kami terhadap Pemkab sudah terdaftar di PN Tenggarong. Kami tidak lagi menagih lewat jalur administrasi. Yang kami perlukan hanya info: siapa yang ditunjuk mewakili Pemkab dalam perkara ini, karena relaas panggilan mediasi pertama katanya belum ada yang menerima.",
    ),
    _E(
        "telegram",
        "hukum",
        "Halo, saya jurnalis media online di Tenggarong. Perda tentang APBD Perubahan 2024 kabarnya sudah disahkan dan diundangkan, tetapi belum muncul di JDIH. Boleh saya minta salinan resminya atau tanggal kapan akan diunggah? Kami perlu untuk liputan. Terima kasih.",
    ),
    _E(
        "twitter",
        "hukum",
        "Perda Kukar soal kawasan tanpa rokok itu masih berlaku nggak sih? Di JDIH nggak ketemu, tanya ke kantor dilempar sana sini. Katanya negara hukum 🤷",
    ),
]

_KERJASAMA = [
    _E(
        "email",
        "kerjasama",
        "Kepada Yth.\nPemerintah Kabupaten Kutai Kartanegara\n\nNomor: 118/LPPM/UN-X/II/2025\nPerihal: Tindak lanjut draf Nota Kesepahaman\n\nDengan hormat,\nMenindaklanjuti pertemuan tanggal 14 November 2024 di Tenggarong, Lembaga Penelitian dan Pengabdian kepada Masyarakat universitas kami telah mengirimkan draf Nota Kesepahaman tentang pelaksanaan KKN Tematik dan penelitian terapan di 20 desa di Kukar pada tanggal 2 Desember 2024. Hingga kini kami belum menerima koreksi maupun jadwal penandatanganan, padahal mahasiswa KKN angkatan Juli 2025 perlu segera dipersiapkan.\n\nPerlu kami sampaikan bahwa urusan beasiswa mahasiswa asal Kukar di kampus kami sudah berjalan melalui jalur lain dan tidak terkait dengan surat ini.\n\nMohon informasi: (1) apakah draf tersebut sudah ditelaah, (2) siapa narahubung di pihak Pemkab, dan (3) apakah diperlukan perjanjian kerja sama turunan dengan masing-masing perangkat daerah.\n\nAtas perhatian dan kerja samanya kami sampaikan terima kasih.\n\nKetua LPPM,\nProf. Dr. Ir. Bambang Setiawan, M.Si.\nNIP 19680913 199303 1 002",
    ),
    _E(
        "email",
        "kerjasama",
        "Fw: Rencana Kesepakatan Bersama pengelolaan air baku\n\nPak, Bu, ini surel dari rekan kami di kabupaten tetangga yang belum terjawab, mohon bisa dibantu diteruskan ke unit yang tepat.\n\n---------- Forwarded message ---------\nFrom: Subbag Kerja Sama Pemkab Penajam Paser Utara\nDate: Rab, 8 Jan 2025 14.03\nSubject: Rencana Kesepakatan Bersama pengelolaan air baku\nTo: setda@kukarkab.go.id\n\nYth. Rekan-rekan di Pemkab Kutai Kartanegara,\nSesuai pembicaraan informal pada rapat koordinasi provinsi bulan Oktober lalu, kami bermaksud menindaklanjuti rencana Kesepakatan Bersama antara kedua kabupaten tentang pemanfaatan sumber air baku di wilayah perbatasan Samboja untuk desa-desa di kedua sisi. Kami telah menyiapkan draf awal dan mohon kesediaan jadwal rapat pembahasan pada minggu ketiga Februari 2025, baik daring maupun luring.\nTerima kasih,\nKasubbag Kerja Sama",
    ),
    _E(
        "email",
        "kerjasama",
        "Yth. Bapak/Ibu di Setda Kukar,\n\nSaya Kepala Desa Bhuana Jaya, Kecamatan Tenggarong Seberang. Di sekitar desa kami ada tiga perusahaan batu bara. Soal lubang bekas tambang dan debu jalan hauling sudah kami laporkan ke dinas lingkungan hidup dan sedang ditangani, jadi itu tidak kami minta di sini.\n\nYang kami keluhkan adalah pembagian program CSR. Selama dua tahun terakhir hampir semua program tanggung jawab sosial (bedah rumah, pelatihan, bantuan sembako Ramadan) hanya masuk ke satu desa tetangga yang kebetulan lokasinya dekat kantor perusahaan, padahal warga kami yang paling banyak terdampak dan jalan desa kami yang dilewati truk.\n\nKami mohon Pemkab memfasilitasi pertemuan forum CSR antara perusahaan dan desa-desa terdampak, supaya pembagian program lebih adil dan ada data penyaluran yang bisa dilihat warga.\n\nDemikian, terima kasih.\n\nHormat saya,\nKepala Desa Bhuana Jaya\nI Wayan Sukadana\nHP 0813-5099-2741",
    ),
    _E(
        "email",
        "kerjasama",
        "PT SAWIT HIJAU MAHAKAM\nJl. Poros Kota Bangun - Kenohan\n\nNomor: 045/SHM-CSR/II/2025\nPerihal: Permohonan informasi mekanisme penyaluran TJSL\n\nYth. Sekretariat Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nPerusahaan kami bergerak di bidang perkebunan kelapa sawit di Kecamatan Kota Bangun dan Kenohan. Untuk tahun 2025 kami menganggarkan program Tanggung Jawab Sosial dan Lingkungan (TJSL) sekitar Rp 1,2 miliar untuk pendidikan, kesehatan dan ekonomi warga di 7 desa sekitar kebun.\n\nAgar program tidak tumpang tindih dengan program pemerintah, kami ingin menyelaraskannya dengan Pemkab. Mohon informasi:\n1. apakah ada forum TJSL kabupaten dan bagaimana kami mendaftar;\n2. apakah penyaluran perlu dituangkan dalam perjanjian kerja sama dengan Pemkab;\n3. format laporan penyaluran yang diminta.\n\nSurat ini tidak berkaitan dengan perizinan atau perluasan kebun kami.\n\nDemikian, atas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nManajer CSR & Community Development\nDewi Anggraini\n0811-5846-3320",
    ),
    _E(
        "email",
        "kerjasama",
        "Kepada Yth. Pengelola Aduan Pemkab Kukar\n\nKami lembaga swadaya masyarakat yang memantau program sosial perusahaan di pesisir Muara Badak dan Anggana. Pada Rapat Forum CSR bulan Agustus 2024 disampaikan bahwa perusahaan migas yang beroperasi di wilayah ini akan menyalurkan program TJSL senilai miliaran rupiah untuk 12 desa pesisir, termasuk beasiswa, perahu dan pelatihan usaha.\n\nSaat ini warga di beberapa desa mengaku tidak tahu apa yang sudah disalurkan dan kepada siapa. Ada yang bilang perahu dibagikan ke kelompok yang tidak aktif. Kami tidak meminta bantuan untuk lembaga kami, dan kami tidak menilai mutu perahu.\n\nKami meminta Pemkab, sebagai fasilitator forum CSR, membuka laporan realisasi penyaluran TJSL per desa tahun 2024 sehingga warga bisa mengecek.\n\nTerima kasih.\n\nSalam,\nKoordinator\nAndi Baso Tang\n0852-5422-1906",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Pak, sy nelayan Tani Baru Anggana. Bantuan dr perusahaan minyak yg katanya program CSR tu kok cuma ke kelompok itu2 haja. Kami yg tiap hari melaut dekat pipa kada pernah dapat. Siapa yg atur pembagiannya? Tolong dicek lah daftar penerimanya",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Selamat pagi. Sy perawat di puskesmas Samboja. Dulu ada MoU antara pemkab dgn salah satu RS swasta di Balikpapan utk rujukan pasien dr wilayah kami, jd lebih dekat drpd ke Tenggarong. Skrg RS nya bilang perjanjiannya sdh habis Desember. Mau tanya apakah kerja samanya diperpanjang? Pasien kami banyak yg bingung",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Assalamualaikum pak, sy dr desa Sungai Payang Loa Kulu. Mau tanya bantuan pemerintah utk pembangunan sumur bor di desa kami.. eh maksud sy bukan bantuan pemerintah, tp bantuan CSR dr PT tambang yg di sebelah desa. Waktu sosialisasi tahun lalu dijanjikan sumur bor 3 titik, sampai skrg tdk ada. Kemana kami tagih janji CSR itu?",
    ),
    _E(
        "web",
        "kerjasama",
        "Bagaimana prosedur bagi organisasi masyarakat seperti kami untuk menjalin kerja sama resmi dengan Pemkab Kukar? Kami yayasan pendidikan literasi anak yang sudah 4 tahun membuat taman baca di 9 desa di Kecamatan Sebulu dan Muara Kaman. Kami tidak meminta dana hibah; kami ingin ada perjanjian kerja sama supaya kegiatan kami diakui dan bisa memakai gedung milik pemerintah desa. Mohon informasi syarat dan alurnya.",
    ),
    _E(
        "web",
        "kerjasama",
        "Pada tahun 2023 perusahaan tambang batu bara yang beroperasi di Desa Jonggon menandatangani berita acara dengan warga untuk membangun instalasi air bersih sebagai program CSR, disaksikan camat. Sampai Maret 2025 instalasi tersebut belum dibangun. Kami tidak sedang mengadukan dampak tambang, itu urusan lain. Kami minta Pemkab menagih komitmen CSR tersebut kepada perusahaan dan menyampaikan jadwal realisasinya kepada warga.",
    ),
    _E(
        "sms",
        "kerjasama",
        "csr PT sawit di desa kami tdk pernah sampe ke warga rt 3, cuma ke pengurus desa. tlg pemkab cek penyaluran csr nya. desa muhuran kota bangun",
    ),
    _E(
        "sms",
        "kerjasama",
        "mou kukar dgn kampus sy di jogja utk program magang mhs asal kukar apa msh jalan? bagian akademik kampus blg blm diperpanjang",
    ),
    _E(
        "telegram",
        "kerjasama",
        "Halo min, aku mahasiswa tingkat akhir. Kampusku katanya punya perjanjian kerja sama sama Pemkab Kukar buat program magang di perangkat daerah. Bukan beasiswa ya, cuma magang. Tapi pas aku tanya ke kantor dinas, mereka gak tau ada kerja sama itu. Sebenernya PKS-nya masih berlaku gak? Dan ke siapa harus konfirmasi?",
    ),
    _E(
        "telegram",
        "kerjasama",
        "Selamat siang. Kami dari kantor cabang sebuah bank BUMN di Tenggarong. Perjanjian kerja sama dengan Pemkab tentang layanan perbankan dan penyaluran program untuk UMKM berakhir 31 Maret 2025. Kami ingin mengajukan perpanjangan dan mohon informasi unit mana yang mengoordinasikan penelaahan draf perjanjian. Terima kasih.",
    ),
    _E(
        "twitter",
        "kerjasama",
        "CSR perusahaan tambang di Loa Kulu larinya ke mana sih? Warga ring 1 kagak kebagian apa2, yg dapet malah kampung jauh 🙃 Pemkab tolong buka datanya dong",
    ),
]

_PEREKONOMIAN = [
    _E(
        "email",
        "perekonomian",
        "RUKUN TETANGGA 08\nDesa Muara Muntai Ilir, Kecamatan Muara Muntai\n\nPerihal: Kelangkaan dan harga gas LPG 3 kg\n\nYth. Bapak/Ibu Pemerintah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nKami warga RT 08 menyampaikan bahwa sejak awal Januari 2025 gas LPG 3 kg sangat sulit didapat. Pangkalan di desa kami hanya menerima kiriman dua minggu sekali, dan biasanya habis dalam satu jam, sebagian diduga dibeli pengecer dalam jumlah banyak. Di warung, harga tabung melon sekarang Rp 45.000 sampai Rp 50.000, padahal HET jauh di bawah itu.\n\nWarga kami kebanyakan nelayan dan pembuat ikan asin yang memasak setiap hari. Beberapa sudah kembali memakai kayu bakar.\n\nKami mohon Pemkab mengecek kuota dan penyaluran LPG 3 kg ke kecamatan kami, mengawasi pangkalan, dan kalau bisa mengadakan operasi pasar gas.\n\nDemikian, atas perhatiannya kami ucapkan terima kasih.\n\nKetua RT 08,\nJumransyah\nHP 0852-4735-1190",
    ),
    _E(
        "email",
        "perekonomian",
        "Selamat siang Bapak/Ibu,\n\nSaya Hj. Norhayati, pemilik usaha amplang dan kerupuk ikan rumahan di Kelurahan Panji, Tenggarong, dengan 6 karyawan ibu-ibu tetangga. Usaha ini saya mulai tahun 2016 dengan modal Rp 2 juta, dan sekarang produk kami sudah dijual di bandara dan toko oleh-oleh Samarinda.\n\nSudah 3 tahun berturut-turut saya ikut pelatihan dari berbagai dinas, tapi materinya selalu sama (cara bikin label, cara foto produk). Sementara yang sebenarnya kami butuhkan, misalnya fasilitasi sertifikat halal, izin edar, dan akses ikut pameran di luar daerah, informasinya tercecer di beberapa instansi dan kami sering dioper-oper. Soal pinjaman bank sudah saya urus sendiri, tidak saya tanyakan.\n\nPertanyaan saya: apakah ada koordinasi program pembinaan UMKM di tingkat kabupaten, dan di mana pelaku usaha bisa mendapat informasi satu pintu tentang program-program pendampingan tahun 2025?\n\nTerima kasih.\nHj. Norhayati\nUD Amplang Bu Nor\n0813-4600-5512",
    ),
    _E(
        "email",
        "perekonomian",
        "CV MITRA TANI SEJAHTERA\nLoa Janan\n\nNomor: 09/MTS/II/2025\nPerihal: Pembayaran oleh Perusahaan Daerah yang tertunggak\n\nYth. Pemerintah Kabupaten Kutai Kartanegara selaku pemilik Perusahaan Daerah\n\nDengan hormat,\nKami pemasok pupuk dan sarana produksi untuk unit usaha agribisnis salah satu Perusahaan Daerah milik Pemkab Kukar. Sejak Juni 2024 terdapat tagihan kami senilai Rp 327.450.000 yang belum dibayar, walaupun barang telah diterima lengkap dengan berita acara.\n\nPerlu kami tegaskan, tagihan ini bukan kepada Sekretariat Daerah atau dinas mana pun, melainkan kepada Perusahaan Daerah tersebut. Direksi menjawab bahwa kas perusahaan sedang sulit dan menunggu penyertaan modal.\n\nKami mohon Pemkab sebagai pemilik dan pembina BUMD dapat meminta penjelasan direksi dan mendorong penyelesaian pembayaran, karena usaha kecil kami ikut terancam.\n\nDemikian, atas perhatiannya kami ucapkan terima kasih.\n\nDirektur,\nHendra Kurniawan\n0812-5470-8831",
    ),
    _E(
        "email",
        "perekonomian",
        "Pak/Bu, mohon perhatian, email ini sudah kami kirim ke pengelola pasar tapi tidak ada jawaban.\n\n-----Pesan Asli-----\nDari: Paguyuban Pedagang Pasar Kota Bangun\nTanggal: Kamis, 6 Februari 2025 09.15\nKepada: pengelola pasar\nSubjek: Pembagian lapak dan pungutan harian\n\nAssalamualaikum.\nKami 63 pedagang sayur dan ikan yang sejak pasar direnovasi dipindah ke tempat penampungan sementara. Sekarang bangunan baru sudah dipakai, tetapi pembagian lapak di dalam dilakukan tanpa undian: pedagang lama banyak tidak kebagian, dan sebagian lapak justru dikuasai orang luar yang menyewakan lagi Rp 1.500.000 per bulan. Bangunannya sendiri bagus, kami tidak mempersoalkan konstruksi.\nKami mohon pembagian lapak diulang secara terbuka dengan data pedagang lama, dan pengelolaan pasar diawasi.\nKetua Paguyuban,\nH. Sulaiman",
    ),
    _E(
        "email",
        "perekonomian",
        "Yth. Layanan Aduan,\n\nKami kelompok nelayan dan petani di Kecamatan Kenohan ingin menyampaikan keluhan soal BBM. Soal bantuan mesin ketinting dari dinas, itu kami urus sendiri dan tidak kami tanyakan di sini.\n\nMasalah kami: solar dan pertalite di APMS di kecamatan kami sering kosong 3-4 hari setiap kali kapal pengangkut terlambat. Saat kosong, bensin eceran di kios naik menjadi Rp 15.000 - Rp 18.000 per liter. Untuk satu kali ke danau mencari ikan, nelayan butuh 5-10 liter, jadi penghasilan habis untuk bensin. Kami juga mendengar ada pembelian pakai jeriken dalam jumlah besar oleh pihak tertentu.\n\nKami mohon Pemkab berkoordinasi agar distribusi dan kuota BBM ke Kenohan ditambah dan diawasi, serta ada kejelasan harga BBM eceran.\n\nTerima kasih.\nKetua Kelompok Nelayan Danau Semayang\nArbain\n0821-5311-4472",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "assalamualaikum nak, ulun nini umur 68 di Tenggarong Seberang. harga baras wayah ini larang banar, sekarung 25 kilo sdh 400 ribu lebih. dulu kada sampai 300. pensiunan ulun kada cukup. pemerintah kada kawa kah menurunkan harga baras, atau ada pasar murah di sini kah?",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "Pak sy pemilik toko kelontong di Tabang. Sdh 3 minggu minyak goreng dan gula susah bgt dpt dr agen, katanya kapal tdk bs naik krn air sungai surut. Skrg minyak goreng 1 liter sy beli 26rb, warga marah ke sy dikira sy yg naikkan harga. Mohon pemkab pantau pasokan sembako ke daerah hulu",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "Selamat sore pak. Mau lapor gas 12 kg di pangkalan dekat rumah sy di Loa Kulu kosong.. eh maksud sy bukan 12 kg, tp gas melon yg 3 kg. Pangkalan bilang jatah dikurangi, tp pengecer di depan gang jual 42 ribu dan selalu ada barangnya. Kok bisa gitu pak? Tlg dicek",
    ),
    _E(
        "web",
        "perekonomian",
        "Kenapa harga cabai rawit di Pasar Tangga Arung naik dari Rp 60.000 menjadi Rp 130.000 per kg hanya dalam dua minggu? Bawang merah juga naik. Saya penjual nasi kuning, kalau begini terus saya harus menaikkan harga dan pelanggan lari. Mohon Pemkab menjelaskan penyebabnya dan mengadakan operasi pasar atau gerakan pangan murah sebelum Ramadan.",
    ),
    _E(
        "web",
        "perekonomian",
        "Saya pengrajin tenun ulap doyo dari Tenggarong. Tahun lalu saya dengar ada kurasi produk UMKM oleh Pemkab untuk ikut pameran nasional di Jakarta, tapi informasinya baru sampai ke kami sehari sebelum batas pendaftaran. Mohon informasi kapan kurasi tahun 2025 dibuka, syaratnya apa, dan apakah pengrajin dari desa bisa didaftarkan lewat kecamatan.",
    ),
    _E(
        "sms",
        "perekonomian",
        "gas melon di samboja 40rb skrg, pangkalan tutup trs. tlg pemkab awasi. dr kel. sungai merdeka",
    ),
    _E(
        "sms",
        "perekonomian",
        "hrg telur ayam di pasar muara badak naik 2 mgg ini 1 rak 65rb. knp bs gt. mohon ada pasar murah",
    ),
    _E(
        "telegram",
        "perekonomian",
        "Selamat pagi. Air PDAM di perumahan kami di Tenggarong mati hampir tiap hari sejak Januari, tapi tagihan tetap penuh. Sudah lapor ke kantor PDAM berkali-kali, jawabannya cuma 'sedang perbaikan'. Karena PDAM itu perusahaan daerah milik pemkab, kami minta pemkab sebagai pemilik menegur direksinya dan minta kejelasan kapan pasokan normal.",
    ),
    _E(
        "telegram",
        "perekonomian",
        "Bang, SPBU di Sebulu tiap malam antre truk2 beli solar subsidi pake jeriken, sampai jalan poros macet. Pagi2 warga mau isi solar buat traktor sama mesin pompa sawah udah habis. Ini distribusi solarnya diawasi gak sih? Tolong ditertibkan",
    ),
    _E(
        "twitter",
        "perekonomian",
        "Operasi pasar murah kok cuma di Tenggarong doang? Kami di Muara Jawa juga makan beras min, bukan makan angin 🙏 #hargaberas",
    ),
]

_SDA = [
    _E(
        "email",
        "sda",
        "PEMERINTAH DESA BANGUN REJO\nKECAMATAN TENGGARONG SEBERANG\n\nNomor: 140/052/BR/II/2025\nPerihal: Lubang bekas tambang di dekat sekolah\n\nYth. Bupati Kutai Kartanegara\nc.q. Sekretariat Daerah\n\nDengan hormat,\nBersama ini kami laporkan bahwa di RT 14 Desa Bangun Rejo terdapat lubang bekas tambang batu bara seluas kurang lebih 3 hektar yang berisi air, berjarak sekitar 400 meter dari SD dan permukiman. Tidak ada pagar, papan peringatan, maupun penjaga. Pada tahun 2022 seorang anak dari desa tetangga meninggal tenggelam di lubang serupa, dan kini anak-anak kami sering mandi di sana sepulang sekolah.\n\nPerusahaan pemilik konsesi pernah menawarkan bantuan CSR berupa sembako kepada warga, tetapi perlu kami tegaskan kami tidak meminta bantuan CSR. Kami meminta lubang tersebut ditutup atau direklamasi sesuai kewajiban perusahaan, dan sementara itu segera dipagar.\n\nKami mohon Pemkab mengoordinasikan pemeriksaan lapangan bersama instansi terkait.\n\nDemikian laporan ini, atas perhatiannya kami ucapkan terima kasih.\n\nKepala Desa Bangun Rejo\nttd\nSugiyanto",
    ),
    _E(
        "email",
        "sda",
        "Yth. Bapak/Ibu,\n\nSaya Ketua Kelompok Tani Sido Makmur di Desa Separi, Tenggarong Seberang, anggota 28 orang, kebanyakan petani padi sawah tadah hujan keturunan transmigran dari Jawa Tengah.\n\nSejak 2023 kami mengusulkan bantuan satu unit hand traktor dan pompa air. Tahun lalu kami dikabari nama kelompok kami masuk daftar penerima alsintan, bahkan sudah difoto dan diminta tanda tangan berita acara. Tetapi alatnya tidak pernah sampai. Belakangan kami dengar traktor itu ada di kelompok lain di desa sebelah yang ketuanya kerabat orang dinas.\n\nSaya pernah juga mengajukan hibah untuk kegiatan pengajian kelompok tani, tapi itu urusan lain dan tidak saya tanyakan di sini. Yang saya minta: tolong diperiksa penyaluran bantuan alsintan untuk kelompok kami, dan kalau memang untuk kami, diserahkan ke yang berhak.\n\nTerima kasih.\n\nWassalam,\nSlamet Riyadi\nKetua Poktan Sido Makmur\n0853-4900-2186",
    ),
    _E(
        "email",
        "sda",
        "Kepada Yth. Pemerintah Kabupaten Kutai Kartanegara\n\nPerihal: Laporan pencemaran sungai oleh limbah pabrik kelapa sawit\n\nDengan hormat,\nKami dari lembaga pemerhati lingkungan yang berbasis di Tenggarong. Sejak 2 Februari 2025 kami menerima laporan warga Desa Kelekat dan sekitarnya, Kecamatan Kembang Janggut, bahwa air anak sungai yang mengalir ke Sungai Belayan berwarna hitam kecokelatan dan berbau busuk. Warga menemukan ikan mati mengapung sepanjang kurang lebih 2 km. Titik keluarnya diduga dari kolam limbah sebuah pabrik kelapa sawit yang jebol setelah hujan deras.\n\nWarga di hilir masih memakai air sungai untuk mandi dan mencuci. Kami telah mengambil foto, video dan sampel air sederhana (terlampir).\n\nKami mohon Pemkab segera mengoordinasikan pemeriksaan lapangan, pengujian sampel di laboratorium, dan penghentian pembuangan limbah sampai kolam diperbaiki.\n\nDemikian laporan kami. Terima kasih.\n\nHormat kami,\nKoordinator Advokasi\nRizal Fahmi\n0812-5517-3048",
    ),
    _E(
        "email",
        "sda",
        "Bapak Ibu, ini email ketua kelompok kami yang dulu, saya teruskan karena belum ada jawaban. Kami masih menunggu.\n\n---------- Forwarded message ---------\nFrom: Kelompok Nelayan Bina Bahari <binabahari.muarapantuan@gmail.com>\nDate: Jum, 15 Nov 2024 16.22\nSubject: Bantuan mesin dan alat tangkap belum diterima\nTo: aduan\n\nAssalamualaikum.\nKami kelompok nelayan di Desa Muara Pantuan, Anggana, 15 anggota. Tahun 2024 kami tercatat sebagai penerima bantuan 5 unit mesin tempel 15 PK dan 30 pis jaring dari pemerintah, sudah diverifikasi petugas bulan Mei. Sampai November tidak ada barang, sementara kelompok lain di desa yang sama sudah menerima bulan Agustus. Mesin kami yang lama sudah rusak, sebagian anggota sekarang ikut orang sebagai ABK harian.\nMohon kejelasan kapan bantuan untuk kelompok kami disalurkan.\nKetua,\nLa Ode Hasrin\n0823-5102-6677",
    ),
    _E(
        "email",
        "sda",
        "Yth. Pemerintah Kabupaten Kutai Kartanegara,\n\nKami warga adat Dayak Kenyah di Desa Long Beleh, Kecamatan Kembang Janggut. Sejak Desember 2024 alat berat sebuah perusahaan membuka hutan di hulu sungai kecil yang selama ini kami jaga sebagai hutan adat, tempat kami mengambil rotan, madu dan obat-obatan. Sudah sekitar 60 hektar dibuka dan kayunya diangkut keluar. Perusahaan bilang lahannya masuk izin perkebunan mereka, tetapi tidak pernah ada musyawarah dengan kami.\n\nKami tahu ada rencana Perda tentang masyarakat adat, tetapi yang kami butuhkan sekarang bukan Perda, melainkan agar pembukaan hutan dihentikan dan diperiksa: apakah lokasi itu benar masuk izin perusahaan, apakah izin lingkungannya ada, dan bagaimana dengan kayu yang ditebang.\n\nMohon Pemkab mengirim tim ke lapangan sebelum hutan kami habis.\n\nAtas nama warga,\nPetrus Lawing\nKetua Adat\nHP 0852-5088-1974 (sinyal hanya di dermaga)",
    ),
    _E(
        "whatsapp",
        "sda",
        "pian, banyu sungai di Desa Loa Ulung ni keruh banar sudah sebulan, warnanya kuning kaya kopi susu. bubuhan warga bilang dari tambang di hulu yg buang air kolam ke sungai. ulun kada wani lagi mandi di batang, anak2 gatal2. tolong pemerintah turun lah melihat",
    ),
    _E(
        "whatsapp",
        "sda",
        "Pagi pak, sy petani plasma sawit di Kecamatan Muara Kaman. Sudah 7 thn kebun inti perusahaan panen, tapi kebun plasma 20 persen yg dijanjikan ke koperasi desa kami tdk pernah diserahkan, lahannya malah ditanami perusahaan sendiri. Warga sdh demo 2 kali. Tolong pemkab tegur perusahaan sawitnya spy plasma diserahkan",
    ),
    _E(
        "whatsapp",
        "sda",
        "Asslm pak, kelompok tani kami di Desa Liang Ulu Kota Bangun mau tanya bantuan pupuk.. eh maksud sy bantuan bibit, bukan pupuk. Bibit padi unggul yg dijanjikan wkt musim tanam Oktober sampai skrg blm dtg, padahal sawah sdh siap tanam. Klo telat lg tanam nanti kena banjir. Tlg dicek penyalurannya",
    ),
    _E(
        "web",
        "sda",
        "Apakah tambang batu bara yang beroperasi sekitar 200 meter dari rumah kami di Kelurahan Sungai Merdeka, Samboja, benar-benar punya izin? Setiap malam ada peledakan, dinding rumah kami retak, sumur mulai kering, dan truk lewat di jalan kampung. Saat warga tanya, pekerja bilang 'sudah ada izin dari atas'. Kami minta Pemkab memastikan status izin tambang itu dan memeriksa dampaknya ke rumah dan sumur warga.",
    ),
    _E(
        "web",
        "sda",
        "Saya ingin melaporkan kebakaran lahan di sekitar Km 38 poros Samboja - Balikpapan. Sejak sepekan ini ada pembakaran lahan untuk dibuka jadi kebun, asapnya masuk ke rumah dan sekolah, anak saya yang asma sudah dua kali dibawa ke puskesmas. Sepertinya bukan kebakaran tidak sengaja karena apinya muncul di tempat berbeda tiap sore. Mohon Pemkab menindak pembakaran lahan ini dan memeriksa siapa pemilik lahannya.",
    ),
    _E(
        "sms",
        "sda",
        "sawah sy di desa loa lepu kebanjiran lumpur dr tambang sebelah, padi mau panen rusak semua. tlg pemkab periksa perusahaannya",
    ),
    _E(
        "sms",
        "sda",
        "bantuan benih padi utk klp tani kami di desa jantur muara muntai blm ada smp skrg. kpn dibagi",
    ),
    _E(
        "telegram",
        "sda",
        "Min, mau lapor aja, di jalur sungai dekat Tabang tiap minggu ada rakit kayu log gede2 lewat ke hilir, katanya dari hutan di hulu yg gak ada izinnya. Warga takut ngomong. Ini illegal logging kan? Tolong ada pengecekan dari pemkab/kehutanan",
    ),
    _E(
        "telegram",
        "sda",
        "Selamat siang. Saya petambak udang di Muara Jawa. Sejak dua minggu lalu ada lapisan minyak hitam masuk ke saluran tambak waktu air pasang, udang dan bandeng kami mati sampai 70 persen. Kerugian kelompok kami sekitar Rp 90 juta. Kami duga dari kebocoran di fasilitas perusahaan di muara. Mohon pencemaran ini diperiksa dan sumbernya dihentikan.",
    ),
    _E(
        "twitter",
        "sda",
        "Lubang tambang di Kukar makan korban lagi. Anak umur 11 tahun tenggelam kemarin sore di Loa Janan. Berapa nyawa lagi sampai lubangnya ditutup?? 😡",
    ),
]

_ADPEM = [
    _E(
        "email",
        "adpem",
        "PEMERINTAH DESA LONG BELEH MODANG\nKECAMATAN KEMBANG JANGGUT\n\nNomor: 140/57/Pem-LBM/V/2024\nPerihal: Pembangunan jembatan beton yang terhenti\n\nYth. Sekretariat Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nBersama ini kami sampaikan bahwa pembangunan jembatan beton penghubung RT 03 dan RT 07 di desa kami, yang menurut papan proyek bersumber dari APBD Kabupaten Tahun Anggaran 2023 dengan nilai Rp4,2 miliar, sampai hari ini baru berdiri dua abutment saja. Sejak Desember 2023 pekerja dan alat berat sudah tidak ada di lokasi, papan proyek pun sudah roboh. Warga terpaksa kembali menyeberang dengan perahu ketinting, dan bulan lalu seorang anak sekolah hampir tenggelam.\n\nPerlu kami jelaskan, surat ini tidak menyangkut persiapan pilkades serentak di desa kami yang sudah kami koordinasikan dengan kecamatan, dan juga bukan soal batas desa dengan desa tetangga yang sedang ditangani. Yang kami mohonkan hanya satu: kejelasan status pekerjaan jembatan tersebut, apakah akan dilanjutkan tahun ini, dan kapan peninjauan lapangan dapat dilakukan.\n\nDemikian surat ini kami sampaikan, atas perhatian Bapak/Ibu kami ucapkan terima kasih.\n\nKepala Desa Long Beleh Modang\n\nttd\n\nYOHANES LAING",
    ),
    _E(
        "email",
        "adpem",
        "Nomor: 021/FMPK/III/2024\nPerihal: Permohonan data progres fisik dan keuangan proyek jalan\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\nc.q. pengelola layanan pengaduan\n\nDengan hormat,\nForum Masyarakat Peduli Kukar adalah organisasi masyarakat sipil yang sejak 2019 memantau pembangunan di wilayah hulu Mahakam. Dalam kunjungan kami ke Kecamatan Muara Wis dan Kota Bangun pada Februari 2024, kami menemukan sedikitnya empat ruas jalan semenisasi yang papan proyeknya menyebut selesai 2023, namun di lapangan panjangnya tidak sesuai, salah satunya di Desa Sebemban.\n\nSebelum menyusun laporan publik, kami ingin berlaku adil dan meminta data resmi terlebih dahulu: laporan realisasi fisik dan keuangan (posisi akhir Desember 2023) paket-paket jalan di dua kecamatan tersebut, serta hasil monitoring dan evaluasi yang sudah dilakukan pemerintah kabupaten atas paket-paket itu. Kami tidak sedang mempersoalkan proses lelangnya, dan tidak pula meminta dokumen kontrak.\n\nDemikian permohonan ini, terima kasih atas kerja samanya.\n\nHormat kami,\nRatna Wulandari\nKoordinator Program\nForum Masyarakat Peduli Kukar\nHP 0813 4621 2210",
    ),
    _E(
        "email",
        "adpem",
        "Re: [Aduan #2024-0311] Drainase Jl. Poros Samarinda-Loa Janan\n\nSelamat siang,\n\nTerima kasih atas balasannya, tapi mohon maaf saya harus menanyakan lagi.\n\n> Pada 12 Maret 2024, Admin Aduan menulis:\n> Aduan Bapak telah kami terima dan diteruskan kepada perangkat daerah teknis terkait untuk ditindaklanjuti.\n\nSudah sebulan sejak jawaban itu dan belum ada perubahan apa pun. Saluran beton yang dibangun tahun lalu di depan deretan toko Loa Janan Ulu itu dasarnya lebih tinggi dari gorong-gorong, jadi airnya malah balik ke jalan dan masuk ke toko-toko kami. Beberapa tutup saluran juga sudah pecah padahal baru dipasang Oktober. Kelihatannya pekerjaan tidak sesuai gambar.\n\nSaya hanya minta satu: ada yang datang memeriksa hasil pekerjaan itu dan kontraktornya diminta memperbaiki selama masih masa pemeliharaan. Kalau perlu saya bisa tunjukkan titik-titiknya.\n\nSalam,\nHendra Saputra\nPemilik toko bangunan, Loa Janan Ulu\n0852 5078 1134",
    ),
    _E(
        "email",
        "adpem",
        "Mohon diteruskan ke yang berwenang. Di bawah ini surel dari komite sekolah kami yang sudah dua bulan belum mendapat tanggapan.\n\nSalam,\nSuryono, guru kelas IV SDN 012 Sebulu\n\n---------- Forwarded message ----------\nFrom: Komite SDN 012 Sebulu <komite.sdn012sebulu@gmail.com>\nDate: Senin, 6 Mei 2024 08.14\nSubject: Gedung kelas baru sudah retak\nTo: sekretariat dinas pendidikan\n\nAssalamualaikum,\nKami komite SDN 012 Sebulu ingin melaporkan bahwa tiga ruang kelas baru yang dibangun dengan dana APBD Kabupaten 2023 dan diserahterimakan bulan Januari, sekarang sudah retak di dinding bagian belakang, plafon ruang kelas IV jebol waktu hujan deras, dan lantai keramik terangkat. Anak-anak kelas IV terpaksa belajar di musala sekolah.\n\nKami bukan mau mencari kesalahan, hanya minta bangunan diperiksa dan kontraktor yang mengerjakan diminta memperbaiki karena masih dalam masa pemeliharaan. Foto-foto kami lampirkan.\n\nWassalam,\nSiti Aminah\nKetua Komite SDN 012 Sebulu",
    ),
    _E(
        "email",
        "adpem",
        "PT MAHAKAM SEJAHTERA LOGISTIK\nJl. Poros Tenggarong-Samarinda Km 7, Tenggarong Seberang\n\nNomor: 045/MSL/GA/VI/2024\nPerihal: Dampak pekerjaan pelebaran jalan terhadap saluran air\n\nYth. Pemerintah Kabupaten Kutai Kartanegara\nc.q. Sekretariat Daerah\n\nDengan hormat,\nSejak pekerjaan pelebaran jalan kabupaten di ruas depan gudang kami dimulai Maret 2024, saluran air lama ditimbun material, sedangkan saluran baru belum disambungkan ke gorong-gorong. Akibatnya setiap hujan air menggenang setinggi 40 cm di halaman gudang dan sebagian barang pelanggan rusak.\n\nSebagai informasi, perusahaan kami juga tengah membahas penyaluran program CSR untuk warga sekitar, namun hal itu akan kami sampaikan melalui jalur tersendiri dan tidak terkait surat ini. Kami juga tidak menuntut ganti rugi saat ini.\n\nPermohonan kami: agar pelaksanaan pekerjaan pelebaran jalan tersebut diawasi, dibuatkan saluran sementara sebelum puncak musim hujan, dan kami memperoleh informasi kapan pekerjaan drainase di ruas ini akan selesai.\n\nDemikian kami sampaikan. Atas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nAndreas Tjahjadi\nManajer General Affairs\nTelp. 0541 6617 02",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Assalamualaikum pak. sy warga RT 05 Desa Loa Kulu Kota. semenisasi gang kami baru selesai bln lalu tp udh retak2 sm pecah pinggirnya, kayaknya campurannya kebanyakan pasir. tlg dicek pak sblm kontraktornya lepas tangan 🙏",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Selamat pagi nak. Bapak ini umur 71 tahun, dulu guru SD di Muara Muntai Ilir, sekarang tinggal sama anak. Tiap Jumat bapak jalan ke masjid lewat titian kayu ulin di kampung kami, dulu kuat sekali tapi sekarang sudah lapuk. Tahun lalu ada orang kabupaten datang ukur-ukur, katanya mau diganti titian beton, sempat dipasang tiang-tiang beton di ujung kampung. Tapi sudah setahun tidak ada lagi tukangnya, tiangnya dibiarkan saja, yang lama makin rapuh, bulan lalu ada ibu-ibu jatuh ke air. Bapak cuma mau tanya, pekerjaan titian beton itu masih dilanjutkan atau tidak? Terima kasih nak.",
    ),
    _E(
        "whatsapp",
        "adpem",
        "pak sy mau tanya soal proyek peningkatan jalan poros Tabang, eh maksud sy yg ruas Kembang Janggut - Tabang bukan yg dlm kota Tabang. alat beratnya udh ditarik sejak lebaran, jalan dibiarkan tanah kupasan, kalo hujan truk2 pd terjebak. itu proyek dilanjut ga? siapa yg ngawasin",
    ),
    _E(
        "web",
        "adpem",
        "Judul: Turap di tepi Mahakam Tenggarong amblas\nIsi: Turap beton di tepian Sungai Mahakam dekat Kelurahan Timbau yang baru dikerjakan akhir tahun lalu sudah amblas sepanjang kurang lebih 15 meter. Ada retakan di trotoar di atasnya dan warga masih lewat karena tidak dipasang garis pembatas. Mohon diperiksa kualitas pekerjaannya dan diberi pengaman sementara.\nPelapor: pedagang kaki lima, warga Timbau",
    ),
    _E(
        "web",
        "adpem",
        "Nama: Rudi Hartono (pengguna kursi roda)\nKecamatan: Tenggarong Seberang\nAduan: Gedung baru yang sedang dibangun di samping kantor kecamatan kami, katanya nanti untuk balai pertemuan warga, sudah hampir jadi. Tangga masuknya tinggi, tidak ada bidang miring (ramp) dan pintunya sempit. Saya sudah tanya ke mandor, katanya di gambar juga tidak ada. Mumpung belum serah terima, mohon pembangunannya ditinjau supaya bisa dipakai kami yang berkursi roda. Jangan sampai sudah jadi baru dibongkar lagi.",
    ),
    _E(
        "sms",
        "adpem",
        "galian proyek drainase di jl. Balikpapan-Handil Samboja udh 4 bln ditinggal kontraktor, lubang dibiarkan terbuka tdk ada pagar. td mlm ada motor masuk. kapan dikerjakan lg",
    ),
    _E(
        "sms",
        "adpem",
        "pak jembatan di desa Sungai Meriam yg katanya dianggarkan 2023 kok smp skrg blm ada pembangunannya sm sekali. tlg dicek",
    ),
    _E(
        "telegram",
        "adpem",
        "Min, mau nanya progres fisik pembangunan gedung olahraga di Tenggarong Seberang sekarang brp persen ya? Tiap lewat sepi, cuma ada 2-3 tukang. Katanya target selesai Agustus buat porkab. Ada laporan progresnya yg bisa dilihat publik?",
    ),
    _E(
        "telegram",
        "adpem",
        "assalamualaikum, ulun handak betakon haja. jalan cor nang dibangun di Desa Sepatin Anggana tu lawas banar kada tuntas, separo haja jadi, separonya masih lumpur. bubuhan kami tiap hari lewat situ. kapan dilanjutakan?",
    ),
    _E(
        "twitter",
        "adpem",
        "Aspal di Jl. Loa Janan-Loa Duri baru 2 minggu dihampar udah bolong2 lagi 🙃 ini proyek pembangunan apa prakarya anak SD? @pemkabkukar tolong dicek hasil kerjanya",
    ),
]
_PBJ = [
    _E(
        "email",
        "pbj",
        "CV BORNEO KARYA MANDIRI\nJl. Gunung Belah No. 18, Tenggarong\n\nNomor: 017/BKM/SGH/VII/2024\nTanggal: 15 Juli 2024\nPerihal: Sanggahan atas hasil evaluasi tender\n\nYth. Pokja Pemilihan\nPaket Rehabilitasi Gedung Serbaguna Kecamatan Loa Kulu\ndi Tenggarong\n\nDengan hormat,\nKami yang bertanda tangan di bawah ini, Direktur CV Borneo Karya Mandiri, peserta tender paket tersebut dengan nilai penawaran Rp1.874.560.000, menyampaikan sanggahan atas pengumuman hasil evaluasi tanggal 12 Juli 2024 yang menyatakan penawaran kami gugur pada evaluasi teknis dengan alasan 'personel manajerial tidak memiliki SKK'.\n\nSertifikat Kompetensi Kerja pelaksana lapangan kami masih berlaku sampai 2026 dan sudah kami unggah pada dokumen penawaran di SPSE (terlampir tangkapan layar). Kami juga mencatat bahwa calon pemenang menawar Rp212 juta lebih tinggi dari penawaran kami.\n\nBerdasarkan hal tersebut, kami mohon Pokja melakukan evaluasi ulang atas penawaran kami. Sanggahan ini sudah kami kirim melalui SPSE, namun karena sistem sempat gagal memuat lampiran, surat ini kami sampaikan juga melalui kanal pengaduan.\n\nDemikian sanggahan ini kami sampaikan.\n\nHormat kami,\nIr. Bambang Suharyo\nDirektur",
    ),
    _E(
        "email",
        "pbj",
        "Yth. Admin Layanan Aduan Setda Kukar,\n\nPerkenalkan, saya Wahyuni, pemilik usaha konveksi rumahan di Kelurahan Loa Ipuh, Tenggarong. Saya pindah dari Solo ke Kukar tahun 2011 ikut suami, dan sejak 2016 membuka usaha jahit seragam dengan enam penjahit, semuanya ibu-ibu tetangga.\n\nTahun lalu saya ikut pelatihan UMKM naik kelas dan sudah dapat bantuan mesin obras; untuk itu saya berterima kasih dan tidak ada keluhan. Di pelatihan itu kami dikenalkan dengan katalog elektronik lokal, katanya produk UMKM Kukar bisa dibeli langsung oleh kantor-kantor pemerintah.\n\nMasalahnya, sejak Januari saya sudah mendaftar akun penyedia dan mengunggah produk seragam PDH, tapi status produk saya masih 'menunggu persetujuan' sampai sekarang, sudah lima bulan. Saya sudah dua kali datang ke kantor layanan pengadaan, disuruh tunggu saja.\n\nMohon informasi: apa yang kurang dari pendaftaran saya, dan berapa lama biasanya produk baru bisa tayang di katalog? Nama akun saya bisa saya kirimkan bila diperlukan.\n\nTerima kasih banyak.\n\nHormat saya,\nWahyuni\nKonveksi Berkah Jaya, Loa Ipuh\nWA 0821 5311 4087",
    ),
    _E(
        "email",
        "pbj",
        "Subjek: Re: Verifikasi akun SPSE belum selesai (aduan 2 Februari)\n\nDengan hormat,\n\nMenindaklanjuti jawaban sebelumnya:\n\n> Yth. Bapak, verifikasi akun penyedia dilakukan dengan membawa dokumen asli ke kantor LPSE. Silakan datang pada hari kerja.\n\nKami sudah datang pada 14 Februari dengan membawa akta pendirian, NIB, NPWP dan KTP direktur asli, dan petugas menyatakan berkas lengkap. Namun sampai 20 Maret akun kami belum aktif, sehingga kami tidak dapat mengikuti dua tender yang sudah tayang, termasuk paket pengadaan mebel sekolah di Kecamatan Muara Badak. Pajak perusahaan kami juga sudah beres, jadi bukan itu masalahnya.\n\nMohon kejelasan kapan akun kami diaktifkan, atau bila ada kekurangan agar disampaikan secara tertulis supaya segera kami lengkapi.\n\nTerima kasih.\n\nMuhammad Yusran\nDirektur CV Tellu Sipue\nMuara Badak Ulu\n0853 4612 9901",
    ),
    _E(
        "email",
        "pbj",
        "KANTOR HUKUM ARIFIN & REKAN\nAdvokat dan Konsultan Hukum\nJl. Imam Bonjol No. 5, Tenggarong\n\nNomor: 88/AR/Adv/VIII/2024\nPerihal: Permohonan penjelasan atas tender yang dinyatakan gagal\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nBertindak untuk dan atas nama klien kami, PT Sinar Tepian Konstruksi, berdasarkan Surat Kuasa Khusus tanggal 2 Agustus 2024, kami menyampaikan hal berikut.\n\nKlien kami adalah penawar terendah dalam tender Paket Pembangunan Dermaga Penyeberangan di Kecamatan Muara Kaman. Pada 29 Juli 2024 tender tersebut dinyatakan gagal di SPSE dengan alasan singkat 'terdapat kesalahan dalam proses evaluasi', lalu dua hari kemudian diumumkan tender ulang dengan persyaratan kualifikasi yang diubah.\n\nPerlu kami tegaskan bahwa pada tahap ini klien kami belum bermaksud menempuh upaya hukum atau gugatan. Kami hanya memohon penjelasan tertulis mengenai dasar penetapan tender gagal dan perubahan persyaratan pada tender ulang, agar klien kami dapat memutuskan apakah akan mengikuti tender ulang tersebut.\n\nDemikian, atas perhatiannya kami sampaikan terima kasih.\n\nHormat kami,\nArifin Nur, S.H., M.H.\nAdvokat",
    ),
    _E(
        "email",
        "pbj",
        "Mohon ditindaklanjuti. Surel ini kami terima dari anggota dan kami teruskan karena menyangkut banyak kontraktor lokal di hulu.\n\nSalam,\nSekretariat Asosiasi Kontraktor Lokal Kukar\n\n---------- Pesan terusan ----------\nDari: Darmawan <darmawan.cvsebulu@yahoo.co.id>\nTanggal: 3 Maret 2024 21.47\nSubjek: Jadwal tender 2024 kok belum ada\nKepada: sekretariat asosiasi\n\nPak Sekretaris,\nSudah bulan Maret tapi di LPSE Kukar baru tayang beberapa paket konsultan. Tahun lalu juga begitu, tender fisik baru ramai Juni-Juli sehingga waktu pelaksanaan mepet dan banyak kontraktor lokal kena denda keterlambatan. Kami yang di hulu seperti Sebulu dan Kota Bangun juga sulit bersaing karena paket-paket kecil digabung jadi paket besar.\n\nTolong asosiasi tanyakan ke pemkab: kapan rencana umum pengadaan (RUP) 2024 diumumkan lengkap dan kapan jadwal tender pekerjaan fisik dimulai? Kami perlu menyiapkan modal dan peralatan.\n\nTerima kasih,\nDarmawan",
    ),
    _E(
        "whatsapp",
        "pbj",
        "pak sy mau daftar jd penyedia di LPSE Kukar gmn caranya ya? udh coba registrasi online tp upload akta notaris gagal trs, katanya file kebesaran pdhl udh sy kecilin. usaha sy katering di Tenggarong Seberang",
    ),
    _E(
        "whatsapp",
        "pbj",
        "Assalamualaikum. Mohon maaf mengganggu. Saya Pak Darto, tukang mebel di Desa Bukit Raya, Tenggarong Seberang. Saya transmigran dari Blitar, datang ke sini tahun 1986, dulu tanam padi, sekarang anak-anak sudah besar jadi saya buka usaha meja kursi kayu. Kata anak saya sekarang kantor-kantor pemerintah beli barang lewat internet, namanya toko daring. Eh maksud saya katalog elektronik, yang e-katalog itu. Saya mau tanya, bagaimana caranya mebel saya bisa masuk ke situ? Apa harus punya CV dulu? Saya tidak paham komputer, tapi anak saya bisa bantu. Terima kasih pak.",
    ),
    _E(
        "whatsapp",
        "pbj",
        "Tender paket peningkatan jalan di Sebulu Ilir kemarin pemenangnya kok bisa menang pdhl pas pembuktian kualifikasi ga hadir, sy liat sendiri. Sy mau sanggah tp katanya waktunya udh lewat 5 hari. Apa masih bisa lapor? ini jelas ga bener pak",
    ),
    _E(
        "web",
        "pbj",
        "Kategori: Layanan elektronik\nJudul: SPSE tidak bisa diakses menjelang batas akhir penawaran\nIsi: Pada Kamis 22 Agustus 2024 pukul 13.00-15.30 WITA situs LPSE Kukar tidak dapat diakses (error 502), padahal batas akhir unggah penawaran paket Pengadaan Perahu Fiber untuk kelompok nelayan adalah pukul 15.00. Kami dan beberapa penyedia lain gagal mengunggah. Mohon dipertimbangkan perpanjangan waktu atau adendum jadwal; tangkapan layar kami simpan.",
    ),
    _E(
        "web",
        "pbj",
        "Kenapa pengadaan seragam sekolah gratis tahun ini langsung dibeli lewat e-purchasing dari satu penyedia luar daerah, tanpa lelang terbuka? Kami kelompok penjahit di Kota Bangun (12 orang) sudah siap ikut dan harga kami lebih murah. Mohon penjelasan dasar pemilihan penyedianya dan apakah tahun depan kami bisa ikut bersaing.",
    ),
    _E(
        "sms",
        "pbj",
        "lpse kukar error trs tdk bs login pdhl besok batas upload penawaran. gmn ini min",
    ),
    _E(
        "sms",
        "pbj",
        "hasil lelang paket rehab puskesmas muara jawa kapan diumumkan? sdh lewat jadwal 1 mgg blm ada pengumuman",
    ),
    _E(
        "telegram",
        "pbj",
        "Min, aanwijzing tender Rehabilitasi Gedung Perpustakaan Daerah yg harusnya tadi jam 10 kok tdk dibuka di SPSE? ga ada adendum jadwal jg. Kami peserta bingung, masih bisa tanya jawab ga?",
    ),
    _E(
        "telegram",
        "pbj",
        "bro LPSE-nya tiap deadline tender pasti lemot, sengaja ya biar yg masuk itu2 aja 😒 udh 3x gw ngalamin",
    ),
    _E(
        "twitter",
        "pbj",
        "Tender di Kukar transparan gak sih? Pemenangnya dari itu ke itu aja. Tolong dong hasil evaluasinya dibuka lengkap di LPSE 🙏 #Kukar",
    ),
]
_ORGANISASI = [
    _E(
        "email",
        "organisasi",
        "Yth. Pengelola Pengaduan Pemkab Kukar,\n\nNama saya Andi Baso Rahman, asal Sengkang, Sulawesi Selatan, sudah 14 tahun tinggal di Muara Jawa dan berdagang hasil laut. Tahun ini saya ingin membuka gudang pendingin ikan kecil dan mengajukan perizinan berusaha di kantor pelayanan perizinan terpadu di Tenggarong sejak 8 April 2024.\n\nSaya tidak mempersoalkan syarat-syarat izinnya, semua sudah saya penuhi, dan soal modal pun sudah ada. Yang jadi masalah: setiap saya datang (sudah empat kali, sekali jalan Muara Jawa-Tenggarong makan biaya hampir Rp300 ribu) jawaban petugas berbeda-beda. Ada yang bilang tunggu tanda tangan, ada yang bilang berkas dikembalikan ke meja teknis, ada yang bilang harus ada rekomendasi lagi. Tidak ada yang bisa menyebutkan berapa lama prosesnya seharusnya.\n\nSaya mohon penjelasan: berapa sebenarnya jangka waktu layanan izin seperti ini menurut standar pelayanan, dan di mana saya bisa memantau berkas tanpa harus bolak-balik.\n\nTerima kasih.\n\nHormat saya,\nAndi Baso Rahman\nMuara Jawa Ulu\n0812 5523 0198",
    ),
    _E(
        "email",
        "organisasi",
        "Perihal: Pelaksanaan Survei Kepuasan Masyarakat di unit layanan\n\nYth. Sekretariat Daerah Kab. Kutai Kartanegara\n\nDengan hormat,\nKami dari Lembaga Kajian Pelayanan Publik (LKP2) Etam, lembaga nirlaba di Tenggarong. Selama Mei 2024 kami mendampingi warga di enam unit layanan (puskesmas, kantor kecamatan, dan kantor kependudukan). Kami mendapati formulir Survei Kepuasan Masyarakat hanya diberikan kepada warga yang urusannya selesai, sementara warga yang ditolak atau disuruh kembali tidak pernah ditawari mengisi. Di satu kantor, petugas bahkan mengisi sendiri formulir atas nama pengunjung.\n\nAkibatnya nilai SKM yang dipajang di dinding kantor (rata-rata di atas 85, kategori baik) tidak mencerminkan kenyataan yang dialami warga.\n\nKami mohon agar tata cara pelaksanaan SKM ditinjau, dan kami dapat memperoleh penjelasan metode pengambilan sampel yang dipakai. Kami bersedia menyerahkan catatan lapangan kami.\n\nDemikian, terima kasih.\n\nHormat kami,\nNur Hidayati\nDirektur Eksekutif LKP2 Etam",
    ),
    _E(
        "email",
        "organisasi",
        "Subjek: Re: Re: Pungutan surat keterangan di kantor kecamatan - belum ada tindak lanjut\n\nSelamat pagi,\n\nIni surel ketiga saya.\n\n> Pada 4 Juni 2024, Layanan Aduan menulis:\n> Terima kasih, aduan Ibu sedang kami verifikasi.\n\n> Pada 20 Mei 2024, saya menulis:\n> Waktu mengurus surat keterangan ahli waris di kantor Kecamatan Kenohan, saya dimintai Rp250.000 'uang administrasi' tanpa kuitansi.\n\nSudah sebulan 'diverifikasi'. Minggu lalu tetangga saya mengurus surat yang sama dan dimintai jumlah yang sama, jadi ini bukan kejadian sekali. Orang kampung kami kebanyakan tidak berani bertanya, apalagi yang sudah tua. Papan di loket jelas menulis 'layanan ini tidak dipungut biaya'.\n\nSaya tidak minta uang saya kembali. Saya minta pungutan itu dihentikan dan ada kepastian siapa yang memeriksa.\n\nHormat saya,\nHj. Masnah\nDesa Kahala, Kenohan",
    ),
    _E(
        "email",
        "organisasi",
        "Yth. Bapak/Ibu pengelola pengaduan,\n\nSalam sejahtera. Saya Pdt. Markus Ding, gembala jemaat di Desa Lung Anai, Loa Kulu. Jemaat kami sejak tahun lalu mengurus surat keterangan terdaftar untuk yayasan gereja di kantor kesatuan bangsa dan politik di Tenggarong. Sudah lima kali saya datang, dan setiap kali daftar persyaratannya berbeda: pertama diminta akta notaris, kemudian surat domisili dari desa, lalu rekomendasi dari kecamatan, terakhir diminta lagi surat yang sudah pernah kami serahkan. Tidak ada daftar syarat tertulis yang dipasang atau dibagikan, dan tiap petugas punya versi sendiri.\n\nPerlu saya jelaskan, kami tidak sedang menanyakan bantuan pembangunan gereja; proposal itu urusan lain dan biar kami tunggu. Yang kami mohon hanya agar persyaratan dan lama proses layanan tersebut dibuat jelas dan tertulis, sehingga warga di kampung jauh seperti kami tidak harus berulang kali ke Tenggarong dengan biaya sendiri.\n\nTuhan memberkati.\n\nPdt. Markus Ding\nGembala Jemaat, Lung Anai\n0811 5847 220",
    ),
    _E(
        "email",
        "organisasi",
        "Selamat siang,\nBersama ini kami teruskan laporan dari karyawan kami. Beberapa karyawan lain yang baru pindah tugas ke Sangasanga mengalami hal serupa. Mohon kiranya ditindaklanjuti.\n\nSalam,\nSupervisor HR & General Affairs\nPT Energi Tepian (Persero) Area Sangasanga\n\n-----Original Message-----\nFrom: Yogi Pratama\nSent: Tuesday, 9 July 2024 10:02\nTo: HR Area Sangasanga\nSubject: Pindah domisili dimintai uang\n\nBu, mau lapor. Waktu saya urus pindah datang (KK dan KTP) di kantor kependudukan di Tenggarong, petugas di loket bilang kalau mau selesai hari itu ada 'biaya percepatan' Rp500 ribu per KK, kalau tidak mau ya tunggu dua minggu. Saya bayar karena harus segera balik kerja. Tidak ada kuitansi. Teman saya dari Jawa Timur juga diminta sama. Setahu saya layanan ini gratis. Mohon bantu disampaikan ke pemkab.\n\nYogi",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "assalamualaikum. sy nenek umur 68 dr desa Rapak Lambur Tenggarong, ini diketikin cucu. urus ktp el sdh 3x bolak balik ke kantor tp blm jadi jg, katanya blanko habis, trs disuruh balik bulan depan. ongkos ojek mahal nak. tlg dibantu ditanyakan kapan pasti jadinya",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "Pak/bu sy mau ngadu tp bingung ini ke mana. td pagi sy ke salah satu kantor dinas di Tenggarong mau nanya syarat, petugasnya main hp trs jawab ketus 'baca aja di situ' pdhl ga ada tulisan apa2. ini boleh dilaporin kan? sy cuma mau dilayani baik aja",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "Selamat siang. Sy penyandang tunanetra, kemarin mengurus dokumen di Mal Pelayanan Publik Tenggarong dibantu adik. Tidak ada loket prioritas, nomor antrean cuma dipanggil lewat layar tanpa suara, sy antre berdiri hampir 2 jam krn kursi penuh. Mohon pelayanannya dibuat ramah disabilitas, minimal ada petugas yg membantu di pintu masuk.",
    ),
    _E(
        "web",
        "organisasi",
        "Judul: Dimintai 'uang rokok' saat urus izin\nIsi: Tanggal 3 September 2024 saya mengurus surat izin usaha mikro di kantor Kecamatan Marangkayu. Setelah berkas diterima, petugas bilang 'seikhlasnya buat uang rokok, biasanya 50 ribu'. Saya kasih karena takut berkas saya ditahan. Saya pedagang kecil, 50 ribu itu untung dua hari. Mohon ditertibkan.",
    ),
    _E(
        "web",
        "organisasi",
        "Saya guru SD di Muara Kaman. Berkas usulan kenaikan pangkat saya sudah diunggah di aplikasi kepegawaian sejak periode April, statusnya 'diproses' sampai sekarang Oktober, tanpa notifikasi kekurangan berkas. Ditanya ke kantor kepegawaian katanya sistem sedang perbaikan. Rekan guru lain juga sama. Tunjangan sertifikasi kami sudah lancar, itu bukan masalah. Mohon kejelasan standar waktu layanannya, karena kami di kecamatan jauh tidak bisa terus datang ke Tenggarong.",
    ),
    _E(
        "sms",
        "organisasi",
        "knp loket pelayanan di kantor dinas kependudukan jam 9 blm buka pdhl jadwal jam 8. antrian udh panjang dr subuh",
    ),
    _E(
        "sms",
        "organisasi",
        "urus izin usaha dimintai 300rb katanya biar cepat, ini resmi kah? tdk dikasih kuitansi",
    ),
    _E(
        "telegram",
        "organisasi",
        "Admin, aduan sy bulan lalu no tiket ADU-0725 soal pelayanan rekomendasi di kantor Kecamatan Muara Badak kok ga ada tindak lanjut sama sekali? status di web masih 'diterima'. Jadi aduan itu dibaca ga sih?",
    ),
    _E(
        "telegram",
        "organisasi",
        "pian, kenapa pelayanan di kantor kelurahan Melayu lambat banar? ulun datang jam 10 petugasnya kada ada di meja, ditunggui sampai jam 12 kada bulik jua. ulun cuma handak minta surat pengantar haja",
    ),
    _E(
        "twitter",
        "organisasi",
        "Disuruh isi survei kepuasan setelah ngurus KIA, eh link-nya error 😂 gimana mau puas kalau surveinya aja gak bisa dibuka #pelayananpublik",
    ),
]
_UMUM = [
    _E(
        "email",
        "umum",
        "POLITEKNIK TEPIAN MAHAKAM\nJl. Pahlawan No. 40, Tenggarong\n\nNomor: 112/PTM/WD-III/IX/2024\nLampiran: 1 berkas\nPerihal: Permohonan peminjaman ruang rapat\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nDalam rangka Seminar Daerah 'Hilirisasi Hasil Perikanan Mahakam' yang akan diselenggarakan Politeknik Tepian Mahakam bersama himpunan mahasiswa, kami bermaksud meminjam ruang rapat serbaguna di lingkungan Kantor Bupati Kutai Kartanegara pada:\nhari/tanggal: Kamis, 17 Oktober 2024\npukul: 08.00-14.00 WITA\nperkiraan peserta: 120 orang\n\nKegiatan ini tidak memerlukan kehadiran Bupati; narasumber berasal dari kalangan akademisi dan pelaku usaha. Kami bersedia mematuhi ketentuan penggunaan ruangan, termasuk kebersihan dan keamanan, serta menanggung konsumsi sendiri.\n\nMohon informasi apakah ruangan tersedia pada tanggal tersebut dan persyaratan apa saja yang harus kami lengkapi.\n\nDemikian permohonan ini, atas perhatian dan kerja samanya kami ucapkan terima kasih.\n\nWakil Direktur III,\n\nDr. Hasanuddin, M.Si.\nNIP 197804122005011003",
    ),
    _E(
        "email",
        "umum",
        "Subjek: Menanyakan surat kami yang dikirim ke Kantor Bupati\n\nYth. Admin Pengaduan,\n\nKami Kelompok Tani Sumber Rezeki, Desa Manunggal Jaya, Tenggarong Seberang. Pada 3 Juni 2024 ketua kami mengantar langsung surat permohonan ke Kantor Bupati, ditujukan kepada Sekretaris Daerah, dan diterima di meja depan. Kami tidak diberi tanda terima, hanya dikatakan 'nanti diproses'.\n\nSudah dua bulan tidak ada kabar. Waktu kami datang lagi, petugas di meja surat masuk tidak menemukan surat kami di buku agenda, dan kami disuruh mengirim ulang.\n\nIsi permohonan kami biar nanti dijawab oleh yang berwenang, itu bukan yang kami tanyakan di sini. Kami hanya ingin tahu: apakah surat kami tercatat masuk, berapa nomor agendanya, dan sudah diteruskan ke mana. Juga, ke depan bagaimana caranya supaya warga yang mengantar surat mendapat tanda terima.\n\nTerima kasih.\n\nSupardi\nSekretaris Kelompok Tani Sumber Rezeki\n0852 4600 7812",
    ),
    _E(
        "email",
        "umum",
        "Perihal: Penggunaan mobil dinas di luar jam kerja\n\nYth. Pemerintah Kabupaten Kutai Kartanegara,\n\nSaya ingin melaporkan bahwa pada Minggu, 11 Agustus 2024 sekitar pukul 14.00, saya melihat sebuah mobil dinas berpelat merah terparkir di Pantai Ambalat, Samboja, dipakai satu keluarga besar berekreasi. Di kaca depannya ada stiker parkir Kantor Bupati. Minggu berikutnya mobil yang sama terlihat lagi di tempat yang sama, kali ini dengan muatan peralatan memancing di atapnya.\n\nSaya bekerja sebagai nelayan dan setiap hari melihat banyak hal, tapi yang ini mengganggu saya. Saya tidak mempermasalahkan siapa orangnya dan tidak meminta siapa pun dihukum. Mobil itu dibeli dari pajak kami dan semestinya dipakai untuk tugas kantor.\n\nMohon diperiksa aturan pemakaian kendaraan dinas di lingkungan kantor bupati, termasuk apakah mobil dinas boleh dibawa pulang dan dipakai pada hari libur, dan ditertibkan bila memang melanggar. Foto beserta nomor polisinya saya lampirkan.\n\nSalam,\nWarga Samboja (nama mohon dirahasiakan)",
    ),
    _E(
        "email",
        "umum",
        "PT KILAT ANTAR NUSANTARA\nCabang Tenggarong\n\nNomor: 09/KAN-TGR/X/2024\nPerihal: Penerimaan kiriman surat dan paket di Kantor Bupati\n\nYth. Pengelola Pengaduan Pemerintah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nKami adalah perusahaan jasa pengiriman yang setiap hari mengantar dokumen ke instansi di Tenggarong. Sejak September 2024, kurir kami beberapa kali tidak dapat menyerahkan kiriman untuk alamat Kantor Bupati: pos penerimaan surat tutup pukul 14.00, sementara di lain hari petugas menolak menerima paket dan meminta kurir mengantar langsung ke ruangan masing-masing, padahal kurir tidak diizinkan masuk oleh petugas keamanan. Akibatnya 23 kiriman dokumen tercatat 'gagal antar' dan dikembalikan ke pengirim, termasuk surat dari instansi vertikal.\n\nPersoalan tagihan jasa pengiriman dengan salah satu unit sudah selesai dan tidak kami masalahkan di sini.\n\nKami mohon penjelasan jam dan tata cara resmi penerimaan surat serta paket di Kantor Bupati, agar dapat kami sampaikan kepada kurir dan pelanggan kami.\n\nDemikian, terima kasih atas perhatiannya.\n\nHormat kami,\nRini Kusumawati\nKepala Cabang\n0541 661 2045",
    ),
    _E(
        "email",
        "umum",
        "Mohon maaf kami sampaikan melalui kanal ini karena telepon ke pengelola ruang rapat tidak tersambung sejak kemarin.\n\nSalam,\nNoviyanti, staf Sekretariat Dinas Perikanan\n\n---------- Forwarded message ----------\nFrom: Sekretariat Dinas Perikanan Kab. Kukar\nDate: Rab, 14 Agu 2024 pukul 16.20\nSubject: Konfirmasi penggunaan Ruang Rapat Lantai 3 tgl 20 Agustus\nTo: pengelola ruang rapat kantor bupati\n\nYth. pengelola ruang rapat,\nSesuai surat permohonan kami nomor 523/412/DKP tanggal 1 Agustus yang telah disetujui secara lisan, kami akan menggunakan Ruang Rapat Lantai 3 Kantor Bupati untuk rapat koordinasi penyuluh perikanan se-Kukar (kurang lebih 45 orang) pada Selasa, 20 Agustus 2024 pukul 09.00. Hari ini kami mendapat kabar ruangan yang sama juga dijadwalkan untuk kegiatan instansi lain pada jam yang sama.\n\nMohon konfirmasi tertulis ruangan mana yang dapat kami gunakan, karena undangan sudah terlanjur kami kirim ke 18 kecamatan.\n\nTerima kasih.\nKasubbag Umum dan Kepegawaian\nDinas Perikanan",
    ),
    _E(
        "whatsapp",
        "umum",
        "pak toilet di lantai 1 kantor bupati (dekat ruang tunggu tamu) jorok bgt, air mati, bau sampe ke lorong. sy tadi nunggu urusan 2 jam terpaksa numpang ke masjid. tlg diurus",
    ),
    _E(
        "whatsapp",
        "umum",
        "Assalamualaikum warahmatullah. Saya Haji Abdul Kadir, 74 tahun, dari Desa Kutai Lama, Anggana. Dulu saya tokoh kampung, sekarang cuma mengurus langgar. Selasa kemarin saya naik speedboat lalu mobil ke Tenggarong, hampir tiga jam, untuk mengantar surat dari warga kampung kepada Pak Sekda. Sampai di Kantor Bupati saya disuruh satpam ke gedung sebelah, di sana disuruh kembali ke depan, naik turun tangga, lutut saya sakit. Akhirnya surat saya titipkan ke seorang pegawai yang lewat, tanpa tanda terima. Saya cuma mau tanya: sebenarnya surat dari masyarakat itu diserahkan di mana, dan bagaimana saya tahu surat saya sudah sampai? Terima kasih, wassalam.",
    ),
    _E(
        "whatsapp",
        "umum",
        "sore pak. mau komplain parkiran motor tamu di kantor bupati sempit, eh maksud sy bukan sempit, tp tempat parkir tamu dipake mobil2 pegawai semua, jd kami yg dtg ngurus terpaksa parkir di pinggir jalan, takut motor hilang. tlg diatur ya pak",
    ),
    _E(
        "web",
        "umum",
        "Judul: Lift gedung kantor bupati mati\nIsi: Lift di gedung utama Kantor Bupati sudah tidak berfungsi sejak Senin, berarti sudah seminggu. Ibu saya memakai tongkat dan kami harus naik ke lantai 3 lewat tangga. Tidak ada papan pemberitahuan atau petugas yang membantu. Urusan kami di atas sudah selesai dengan baik, yang kami keluhkan hanya liftnya. Mohon segera diperbaiki atau disediakan bantuan bagi tamu lansia dan difabel.",
    ),
    _E(
        "web",
        "umum",
        "Nama: Fajar (mahasiswa magang)\nAduan: Helm saya hilang di parkiran motor sisi timur Kantor Bupati pada 5 Juni 2024 antara pukul 08.00 dan 15.00. Pos satpam di dekat situ kosong sepanjang siang. Sudah saya laporkan ke satpam, katanya rekaman CCTV hanya bisa dibuka atas izin atasan. Mohon bantuan agar rekaman bisa diperiksa, dan penjagaan parkiran diperketat karena kata pegawai di sana sudah sering ada yang kehilangan helm.",
    ),
    _E(
        "sms",
        "umum",
        "lampu di halaman & parkiran kantor bupati mati semua kl mlm, gelap bgt, kmrn ada yg hampir dijambret pas pulang lembur",
    ),
    _E(
        "sms",
        "umum",
        "mobil2 dinas yg rusak di belakang kantor bupati dibiarin numpuk bertahun2, ban kempes penuh air jd sarang nyamuk. knp ga dibereskan",
    ),
    _E(
        "telegram",
        "umum",
        "Selamat siang min. Kami pengurus karang taruna kecamatan mau pinjam aula lantai 2 kantor bupati utk acara pelantikan pengurus tgl 28 Oktober. Bupati ga kami undang kok, cuma butuh tempatnya 😅 prosedurnya gimana, ada biaya sewa ga?",
    ),
    _E(
        "telegram",
        "umum",
        "satpam nang di gerbang samping kantor bupati tu kada ramah lah, ulun handak masuk ngantar berkas dibentak-bentak, disuruh bulik haja. kami ni bubuhan rakyat jua, pian tolong tegur",
    ),
    _E(
        "twitter",
        "umum",
        "Gedung kantor bupati megah, tapi rumput halamannya setinggi lutut & sampah numpuk di samping musala 🙄 malu sama tamu dari luar daerah @pemkabkukar",
    ),
]
_PROKOM = [
    _E(
        "email",
        "prokom",
        "SEKOLAH TINGGI KEGURUAN DAN ILMU PENDIDIKAN TENGGARONG\nJl. Gunung Belah, Tenggarong\n\nNomor: 1207/STKIP-T/RK/XI/2024\nPerihal: Undangan sebagai pembicara kunci Dies Natalis ke-20\n\nYth. Bupati Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nDalam rangka Dies Natalis ke-20, kami akan menyelenggarakan Sidang Terbuka Senat dan orasi ilmiah pada:\nhari/tanggal: Sabtu, 23 November 2024\npukul: 09.00 WITA\ntempat: Auditorium Kampus, Tenggarong\n\nSehubungan dengan itu, kami mengundang Bapak Bupati berkenan hadir sekaligus menyampaikan pidato kunci bertema 'Pendidikan Guru untuk Desa-desa Hulu Mahakam'. Apabila Bapak berhalangan, kami mohon kiranya dapat menunjuk pejabat yang mewakili beserta naskah sambutannya.\n\nPerlu kami sampaikan pula bahwa nota kesepahaman antara kampus kami dan Pemerintah Kabupaten yang berakhir tahun ini akan kami ajukan pembaruannya melalui surat terpisah.\n\nMohon konfirmasi kehadiran paling lambat 15 November 2024 kepada narahubung kami.\n\nDemikian undangan ini, atas perhatian Bapak kami ucapkan terima kasih.\n\nKetua,\nDr. Rahmawati, M.Pd.\nNarahubung: Sdr. Irwan (0813 4700 5521)",
    ),
    _E(
        "email",
        "prokom",
        "Perihal: Permohonan audiensi\n\nYth. Bapak Bupati Kutai Kartanegara\nmelalui layanan pengaduan\n\nDengan hormat,\nKami Lembaga Adat Dayak Kenyah Kecamatan Tabang, mewakili masyarakat adat di lima kampung di hulu Sungai Belayan. Sejak dua tahun terakhir masyarakat kami menghadapi beberapa persoalan: tumpang tindih batas wilayah kampung dengan desa tetangga, kebun warga yang masuk konsesi perusahaan sawit, serta sungai yang keruh sejak ada kegiatan tambang di hulu. Persoalan-persoalan itu sudah kami laporkan ke instansi masing-masing dan sebagian sedang ditangani, sehingga tidak kami mintakan tindak lanjut melalui surat ini.\n\nYang kami mohonkan adalah kesempatan untuk bertemu langsung dengan Bapak Bupati. Para tetua adat ingin menyampaikan aspirasi secara adat dan menyerahkan dokumen sejarah kampung. Rombongan kami berjumlah 12 orang, dan karena perjalanan dari Tabang ke Tenggarong memakan waktu sehari penuh, kami mohon dapat dijadwalkan pada pekan kedua atau ketiga bulan depan.\n\nDemikian permohonan ini. Atas perkenan Bapak kami ucapkan terima kasih.\n\nHormat kami,\nPetrus Lahang\nKetua Lembaga Adat\nTelp. 0852 5011 3308",
    ),
    _E(
        "email",
        "prokom",
        "Subjek: Akses informasi kegiatan pimpinan untuk media lokal\n\nYth. Pengelola Layanan Aduan,\n\nSaya Dedi Kurniawan, jurnalis media daring lokal di Tenggarong. Saya ingin menyampaikan keberatan sekaligus permohonan. Selama tiga bulan terakhir, siaran pers kegiatan Bupati dan Wakil Bupati hanya dibagikan di grup WhatsApp yang anggotanya terbatas, dan beberapa media lokal kecil, termasuk kami, tidak dimasukkan walaupun sudah terverifikasi. Jadwal kegiatan pimpinan juga sering baru diumumkan setelah acara selesai, sehingga kami tidak bisa meliput.\n\nSaya tidak sedang meminta kerja sama publikasi berbayar atau anggaran iklan; itu urusan lain. Permohonan saya: bagaimana prosedur agar media kami terdaftar untuk menerima siaran pers dan jadwal liputan kegiatan pimpinan, dan apakah ada syarat akreditasi tertentu yang harus kami penuhi.\n\nTerima kasih atas perhatiannya.\n\nDedi Kurniawan\nRedaktur, portal berita lokal\n0813 5090 4471",
    ),
    _E(
        "email",
        "prokom",
        "Subjek: Re: Permohonan audiensi Himpunan Nelayan Muara Badak\n\nSelamat siang,\n\nKami menindaklanjuti jawaban yang kami terima sebelumnya:\n\n> Yth. Bapak, surat permohonan audiensi Bapak telah kami terima dan tercatat dengan nomor agenda 005/2871. Selanjutnya akan dijadwalkan sesuai agenda pimpinan.\n\nTerima kasih, surat kami sudah tercatat, jadi soal itu selesai. Namun sudah lima minggu belum ada kabar jadwal. Musim angin barat akan datang dan sebagian besar anggota kami akan melaut lebih jauh, sehingga sulit dikumpulkan setelah bulan depan. Soal bantuan mesin perahu yang dulu kami tanyakan juga tidak perlu dibahas lagi di sini.\n\nKami mohon informasi perkiraan jadwal pertemuan dengan Bapak Bupati, atau bila tidak memungkinkan, apakah kami dapat diterima oleh pejabat yang beliau tunjuk.\n\nHormat kami,\nLa Ode Hamzah\nKetua Himpunan Nelayan Muara Badak\n0852 4711 0936",
    ),
    _E(
        "email",
        "prokom",
        "Yth. Admin,\nBersama ini saya teruskan surat undangan dari persekutuan kami yang sudah kami antar ke kantor bupati dua minggu lalu. Kami mohon konfirmasi apakah Bapak Bupati berkenan hadir atau akan diwakili, karena kami perlu menyiapkan susunan acara dan tempat duduk tamu.\n\nSalam,\nYulius Tandi, Sekretaris Panitia\n\n----- Forwarded Message -----\nFrom: Panitia Natal Oikumene Tenggarong\nDate: 25 November 2024\nSubject: Undangan Perayaan Natal Bersama\nTo: Pemerintah Kabupaten Kutai Kartanegara\n\nYth. Bapak Bupati Kutai Kartanegara,\nDengan hormat, persekutuan gereja-gereja se-Tenggarong akan menyelenggarakan Perayaan Natal Bersama pada Sabtu, 14 Desember 2024 pukul 18.00 WITA di gedung serbaguna Tenggarong, dihadiri sekitar 1.500 jemaat. Kami mengundang Bapak untuk hadir dan memberikan sambutan. Sebagai catatan, permohonan bantuan pembangunan gereja yang pernah kami ajukan tidak terkait dengan undangan ini.\n\nHormat kami,\nPdt. Samuel Rante\nKetua Panitia",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Assalamualaikum pak. kami kelompok petani karet Desa Sabintulung Muara Kaman mau tanya caranya minta ketemu langsung pak bupati gmn ya? mau nyampaikan aspirasi, udh pernah ke kantor tp disuruh bikin surat, suratnya ditujukan ke siapa",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Assalamualaikum wr wb. Saya imam Masjid Al-Ikhlas di Desa Giri Agung, Sebulu. Saya asli Lamongan, ikut transmigrasi tahun 1982, jadi imam sejak 2005. Jamaah kami sudah lama rindu Bapak Bupati berkunjung ke kampung. Tanggal 20 Agustus kami sudah antar surat undangan peringatan Isra Miraj, eh maaf maksud saya Maulid Nabi, ke kantor bupati, acaranya tanggal 14 September malam. Sampai sekarang belum ada kabar apakah beliau bisa hadir atau diwakili. Mohon dibantu konfirmasinya karena kami harus siapkan tempat dan undangan untuk warga. Jazakumullah khairan.",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Pak, di akun instagram resmi bupati kemarin posting kunjungan ke desa kami tp nama desanya salah ditulis 'Desa Jembayan Tengah' pdhl kami Desa Jembayan Dalam, Loa Kulu. warga jd ribut di komentar. mohon dikoreksi captionnya ya 🙏",
    ),
    _E(
        "web",
        "prokom",
        "Judul: Veteran tidak mendapat tempat duduk saat upacara hari jadi Kota Tenggarong\nIsi: Saya cucu seorang veteran yang diundang resmi ke upacara peringatan hari jadi Kota Tenggarong 28 September. Kakek saya 89 tahun, tapi tidak ada kursi yang disiapkan untuk para veteran; beliau berdiri di bawah panas hampir satu jam karena kursi tamu sudah terisi. Petugas acara hanya bilang 'sudah penuh'. Mohon ke depan pengaturan tempat dan penerimaan tamu undangan pada upacara resmi lebih diperhatikan.",
    ),
    _E(
        "web",
        "prokom",
        "Nama: Lestari (mahasiswi S1 Ilmu Komunikasi)\nPermohonan: Untuk skripsi saya tentang komunikasi pembangunan, saya membutuhkan naskah lengkap sambutan Bupati pada Rapat Paripurna HUT Kabupaten dan pada pembukaan Festival Erau tahun ini. Di situs resmi hanya ada ringkasan berita. Apakah naskah pidato tersebut bisa saya peroleh, dan bagaimana prosedurnya? Terima kasih.",
    ),
    _E(
        "sms",
        "prokom",
        "sy ketua RT 12 kel Loa Ipuh Darat mau undang bupati ke acara peresmian balai warga, suratnya ditujukan ke siapa & diantar kmn",
    ),
    _E(
        "sms",
        "prokom",
        "akun ig bupati kok komentar warga yg kritik dihapus2 trs. itu kan akun resmi pakai uang rakyat",
    ),
    _E(
        "telegram",
        "prokom",
        "Min, foto & video resmi acara panen raya bersama bupati di Kota Bangun kemarin bisa diminta? Kami dari pers mahasiswa mau pakai utk buletin kampus, kreditnya ditulis ke siapa?",
    ),
    _E(
        "telegram",
        "prokom",
        "admin medsos pemkab plis jgn cuma posting foto pak bupati gunting pita mulu 😤 info penting kyk jadwal open house lebaran di pendopo malah telat diumumin, warga udh pd dtg duluan",
    ),
    _E(
        "twitter",
        "prokom",
        "Halo @pemkabkukar, kami mahasiswa KKN di Desa Lamin Telihan, Kenohan mau ngundang Pak Bupati ke acara penutupan KKN tgl 20 Agustus. Suratnya dikirim ke mana ya? 🙏",
    ),
]
_PERENCANAAN_KEUANGAN = [
    _E(
        "email",
        "perencanaan_keuangan",
        "CV DAPUR ETAM\nKatering dan Jasa Boga\nJl. Pesut, Timbau, Tenggarong\n\nNomor: 021/DE/IX/2024\nPerihal: Tagihan yang belum dibayarkan\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nKami menyampaikan bahwa tagihan penyediaan makan minum rapat di lingkungan Sekretariat Daerah untuk bulan Mei dan Juni 2024, masing-masing sebesar Rp38.450.000 dan Rp41.200.000, sampai saat ini belum dibayarkan. Seluruh pekerjaan telah kami selesaikan, berita acara serah terima telah ditandatangani, dan kuitansi beserta faktur pajak telah kami serahkan pada 8 Juli 2024.\n\nKami adalah usaha kecil dengan 14 karyawan, dan keterlambatan ini membuat kami harus meminjam uang untuk membayar pemasok bahan. Setiap kali kami menanyakan, jawabannya hanya bahwa berkas 'masih diverifikasi'.\n\nMohon kiranya kami dapat diberi informasi posisi berkas pembayaran dan perkiraan tanggal pembayaran.\n\nDemikian kami sampaikan, atas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nNorhayati\nPemilik\n0812 5588 3104",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Yth. Admin,\n\nSaya seorang pegawai PPPK yang bertugas di salah satu unit di Sekretariat Daerah, Kantor Bupati Tenggarong, sejak Maret 2024. Sebelumnya saya tenaga honorer di puskesmas Loa Kulu selama sembilan tahun, jadi saya sangat bersyukur bisa diangkat.\n\nSaya ingin menyampaikan satu hal. Gaji pokok saya sudah lancar setiap bulan, dan soal absensi elektronik yang sempat error di bulan April juga sudah dibetulkan oleh admin kepegawaian, jadi itu tidak saya keluhkan. Namun tambahan penghasilan pegawai (TPP) untuk bulan Juli dan Agustus belum masuk ke rekening saya, sementara beberapa rekan di unit lain sudah menerima. Ketika saya tanyakan kepada bendahara, jawabannya hanya 'tunggu saja'.\n\nSaya tidak meminta diistimewakan. Saya hanya mohon penjelasan kenapa TPP saya dua bulan itu belum dibayarkan, apakah ada kekurangan berkas dari saya, dan kapan perkiraan pencairannya.\n\nMohon nama saya dirahasiakan.\n\nTerima kasih.\n\nPegawai PPPK Setda\n(NIP dapat saya berikan jika diperlukan)",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Subjek: Re: Penggantian biaya perjalanan dinas ke Jakarta (April 2024)\n\nYth. Admin,\n\n> Pada 6 Mei 2024 Admin Aduan menulis:\n> Pengajuan SPPD Bapak sedang menunggu verifikasi SPJ. Mohon ditunggu.\n\nSudah hampir tiga bulan sejak jawaban tersebut. Saya staf pelaksana di Sekretariat Daerah dan melaksanakan perjalanan dinas ke Jakarta tanggal 15-18 April 2024 untuk mendampingi konsultasi ke kementerian. Tiket pesawat dan hotel sebesar Rp7.860.000 saya talangi dengan uang pribadi, sedangkan SPJ lengkap (boarding pass, bill hotel, laporan perjalanan, surat tugas) sudah saya serahkan pada 25 April dan diterima tanpa catatan.\n\nMohon kepastian apakah SPJ saya sudah selesai diverifikasi dan kapan uang penggantian akan ditransfer. Jika ada dokumen yang kurang, saya siap melengkapi hari ini juga.\n\nTerima kasih.\n\nRizal Fahmi\nStaf Pelaksana, Setda Kukar\nNIP 199103152019031007",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Yth. Pengelola Pengaduan,\n\nDengan hormat, saya dosen Fakultas Ekonomi di salah satu perguruan tinggi di Samarinda. Pada 12 Juni 2024 saya diundang sebagai narasumber dalam Bimbingan Teknis Penyusunan Laporan Kinerja yang diselenggarakan Sekretariat Daerah Kabupaten Kutai Kartanegara di Tenggarong. Saya hadir sebagai narasumber selama dua sesi, menandatangani daftar hadir dan tanda terima honorarium, serta menyerahkan fotokopi NPWP dan buku rekening kepada panitia.\n\nUndangan dan pelaksanaan acaranya berjalan sangat baik dan saya tidak ada keluhan mengenai itu; bahan paparan saya juga sudah diunggah panitia. Namun sampai saat ini (akhir Agustus) honorarium narasumber belum saya terima di rekening. Panitia yang saya hubungi mengatakan urusannya sudah di bendahara.\n\nMohon informasi mengenai status pembayaran honorarium tersebut dan apakah masih ada dokumen yang perlu saya lengkapi.\n\nHormat saya,\nDr. Irma Suryani, S.E., M.Si.\nNIDN 1122048103\n0811 5400 6632",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Mohon bantuan, berikut saya teruskan surel yang sudah kami kirim ke Sekretariat Daerah bulan lalu namun belum dibalas.\n\nHormat kami,\nAdmin Keuangan CV Mahakam Grafika\n\n---------- Forwarded message ----------\nFrom: CV Mahakam Grafika <mahakamgrafika.tgr@gmail.com>\nDate: Jum, 2 Agu 2024 10.41\nSubject: Permohonan pembayaran pesanan cetak buku agenda dan map\nTo: keuangan setda\n\nYth. Bapak/Ibu,\nPesanan cetak 1.500 buku agenda dan 3.000 map berlogo untuk Sekretariat Daerah yang dibeli melalui katalog elektronik telah kami kirim lengkap pada 10 Juni 2024 dan pesanan sudah berstatus 'diterima' di aplikasi. Proses pemesanan di katalog tidak ada kendala. Namun pembayaran senilai Rp62.750.000 belum kami terima hingga hari ini, sudah lewat 50 hari dari serah terima.\n\nMohon informasi kapan pembayaran dilakukan dan apakah ada dokumen yang masih kurang.\n\nTerima kasih,\nHerlina\nCV Mahakam Grafika",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "pak sy sopir kontrak di setda, gaji bln ini blm masuk pdhl udh tgl 12. anak sy mau bayar sekolah. knp telat ya pak",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "Assalamualaikum. Saya ustaz dari Loa Janan, asli Bugis Bone, sudah 20 tahun mengajar mengaji di kampung. Alhamdulillah bulan Ramadan kemarin saya diundang mengisi tausiah dan memimpin doa di acara buka puasa bersama pegawai Sekretariat Daerah di kantor bupati. Acaranya lancar, saya senang sekali. Waktu itu panitia bilang ada honor penceramah dan saya disuruh tanda tangan kuitansi dan kasih nomor rekening. Sekarang sudah empat bulan belum masuk. Saya sebenarnya malu menanyakan, tapi kuitansi sudah saya tanda tangani, takut jadi masalah waktu pemeriksaan nanti. Mohon dicek saja nak, terima kasih.",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "pak mau nanya uang perjalanan dinas sy ke Samarinda, eh maksud sy ke Balikpapan, yg tgl 4-6 Maret, kok blm cair ya. sy staf di setda, SPJ udh sy kumpul dr bln april",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Kategori: Pembayaran penyedia\nIsi: Kami toko alat tulis kantor di Tenggarong. Sejak Januari kami melayani pesanan ATK untuk beberapa unit di Sekretariat Daerah dengan pembayaran tagihan per bulan. Tagihan Januari-Maret sudah lunas, tetapi April-Juni (total Rp27.340.000) belum dibayar. Mohon informasi jadwal pembayaran dan dokumen apa yang perlu kami lengkapi agar tidak tertahan lagi.",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Saya ASN di lingkungan Sekretariat Daerah. TPP bulan Mei saya dipotong 15% dengan keterangan 'kehadiran', padahal rekap absensi saya penuh dan bisa saya tunjukkan. Ke siapa saya bisa minta koreksi perhitungan TPP, dan apakah potongan itu bisa dikembalikan di bulan berikutnya?",
    ),
    _E(
        "sms",
        "perencanaan_keuangan",
        "tagihan snack rapat di setda bln lalu blm dibyr. sdh 2x sy antar kwitansi. mohon dicek",
    ),
    _E(
        "sms",
        "perencanaan_keuangan",
        "honor panitia HUT Kukar yg dr setda kapan cair ya, kami udh kerja sebulan lebih",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "Min, SPPD sy ditolak krn boarding pass hilang. Bisa diganti surat keterangan dr maskapai ga? Sy staf setda, perjalanan dinas ke Makassar bln lalu",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "ulun tukang sound system gasan acara halal bihalal di setda bulan tadi, duitnya kada dibayar haja sampai wayah ini. sudah lawas, pian tolong tanyaakan lah ke bendahara",
    ),
    _E(
        "twitter",
        "perencanaan_keuangan",
        "Jadi vendor Setda Kukar tuh harus sabar ya, tagihan dari Februari 'masih diproses' terus sampai sekarang 😅 UMKM juga butuh muter modal, pak.",
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
