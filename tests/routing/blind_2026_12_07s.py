# ruff: noqa: E501
"""Blind set written 2026-12-07 (nineteenth of the day) for issue 16: e-mail as it really arrives at a government complaint address: Word letters pasted with letterhead, number, attachment, subject, "Yth. ... di Tempat", numbered points, signature blocks and carbon-copy lists naming other offices; long unbroken phone paragraphs; replies quoting whole threads; forwards of letters sent to someone else under a one-line cover note; vague subjects ("Mohon bantuan", "Re: Re: Fwd: surat"); the other channels short and informal. A third long with other sections' matters (and other offices copied) around the one request. 15 cases per section; per section 6 email, 3 whatsapp, 2 web, 2 sms, 1 telegram, 1 twitter (72 email, 36 whatsapp, 24 each of web and sms, 12 each of telegram and twitter). Written by two helper sessions, six sections each, with the same instructions, and joined into this file unread.

Written without reading config.yaml, routing/ or tests/routing/; each case is labelled only from
the mandates in docs/sections.md.

Scored ONCE, blind, with the rules of main fac91ac (this file committed unread in that commit), on
2026-12-07, after the changes tuned on 2026-12-07n to r and the request bonus: 172/180 correct =
95.6% (Wilson 95% interval 91.5%-97.7%), 2 fallbacks. Per channel: email 70/72 = 97.2%, sms
21/24, telegram 12/12, twitter 12/12, web 22/24, whatsapp 35/36. The rules of 1ca627b (the
session's start) place 165/180 (email 66/72): the day's changes gained #50, #73, #84, #123, #155,
#166 and #175 and lost none.
The errors (index in CASES, label -> got): #20 kesra -> perencanaan_keuangan, #56 kerjasama ->
kesra, #76 sda -> kerjasama, #87 sda -> fallback, #101 adpem -> fallback, #126 organisasi ->
pemerintahan, #130 organisasi -> umum, #174 perencanaan_keuangan -> perekonomian.
"""

from __future__ import annotations

from tests.routing.case import Case

_E = Case

_PEMERINTAHAN = [
    _E(
        "email",
        "pemerintahan",
        "Subject: Permohonan Penyelesaian Sengketa Hasil Pilkades Saliki\n\nKepada Yth.\nBapak Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tempat\n\nNomor    : 014/BPD-SLK/IX/2024\nLampiran : 1 (satu) berkas\nPerihal  : Permohonan Penyelesaian Perselisihan Hasil Pemilihan Kepala Desa\n\nDengan hormat,\nKami Badan Permusyawaratan Desa (BPD) Desa Saliki, Kecamatan Muara Badak, dengan ini menyampaikan hal-hal sebagai berikut:\n1. Pemilihan kepala desa serentak di desa kami telah dilaksanakan pada tanggal 8 September 2024 dengan 3 (tiga) orang calon.\n2. Selisih suara antara calon nomor urut 1 dan calon nomor urut 3 hanya 4 (empat) suara, sementara terdapat 27 surat suara yang dinyatakan tidak sah oleh petugas di TPS 2 tanpa diperlihatkan kepada para saksi.\n3. Panitia pemilihan di desa menolak keberatan saksi calon nomor urut 3 dengan alasan lewat batas waktu, padahal keberatan disampaikan pada hari yang sama setelah penghitungan.\n4. Sempat terjadi keributan kecil di halaman balai desa malam itu, namun sudah ditangani oleh Polsek Muara Badak dan bukan pokok surat ini.\n\nSehubungan dengan hal tersebut, kami memohon agar Pemerintah Kabupaten melalui panitia pemilihan tingkat kabupaten dapat memfasilitasi penyelesaian perselisihan hasil pemilihan ini sebelum calon terpilih diusulkan untuk dilantik.\n\nDemikian surat ini kami sampaikan, atas perhatian dan kerja samanya kami ucapkan terima kasih.\n\nSaliki, 12 September 2024\nKetua BPD Desa Saliki\n\nttd\n\nH. Abdul Rasyid\nHP 0813-4xxx-6610\n\nTembusan:\n1. Bapak Bupati Kutai Kartanegara (sebagai laporan);\n2. Kepala Dinas Pemberdayaan Masyarakat dan Desa Kab. Kukar;\n3. Camat Muara Badak;\n4. Kapolsek Muara Badak;\n5. Arsip.",
    ),
    _E(
        "email",
        "pemerintahan",
        "Subject: Pengaduan\n\nAssalamualaikum wr wb. mohon maaf sebelumnya sy menulis dari hp jadi tulisannya berantakan. sy warga desa Jembayan Tengah kec Loa Kulu. sudah hampir 5 bulan kepala desa kami tidak pernah masuk kantor, kabarnya beliau sakit dan tinggal di rumah anaknya di Balikpapan, sementara yg menandatangani surat2 sekarang sekdes padahal setahu sy belum ada SK plt atau penunjukan resmi dari camat maupun bupati. akibatnya surat pengantar nikah, surat keterangan tidak mampu, sampai surat jual beli kebun ada yang ditolak di kecamatan krn yg tanda tangan dianggap tidak berwenang. warga bingung mau urus ke mana. kami tidak mau menjatuhkan siapa2, kami cuma minta kejelasan status kepemimpinan desa kami, apakah kades masih aktif atau perlu ditunjuk pelaksana tugas supaya urusan di desa bisa jalan lagi. terima kasih atas perhatiannya. wassalam.\n\nRahmat, RT 04 Jembayan Tengah\n\nDikirim dari Yahoo Mail di Android",
    ),
    _E(
        "email",
        "pemerintahan",
        "Subject: Re: Re: Fwd: surat\n\nSelamat siang Bapak/Ibu,\nMohon maaf kami kirim ulang karena sampai sekarang belum ada jawaban. Intinya kami minta difasilitasi penegasan batas antara Desa Separi (Kec. Tenggarong Seberang) dan Desa Segihan (Kec. Sebulu). Warga RT 11 kami sejak dulu ber-KTP Desa Separi, tetapi sejak tahun lalu pemerintah Desa Segihan memasang plang di jalan masuk dan mendata warga kami sebagai warga mereka, termasuk untuk pendataan bantuan dan pemungutan PBB. Kami tidak mempersoalkan bantuannya, yang kami minta adalah kepastian garis batas desa dan kecamatan supaya warga tidak terus bingung.\n\nHormat kami,\nSuparno\nKetua RT 11 Desa Separi\n0813-4xxx-2209\n\n-----Original Message-----\nFrom: Suparno\nSent: Senin, 3 Juni 2024 09.12\nTo: aduan\nSubject: Re: Fwd: surat\n\nYth. Admin, apakah surat kami di bawah sudah diterima? Terima kasih.\n\n-----Original Message-----\nFrom: Sekretariat Desa Separi\nSent: Kamis, 16 Mei 2024 14.40\nTo: Suparno\nSubject: Fwd: surat\n\nPak RT, ini surat desa ke camat soal patok batas dengan Segihan, silakan diteruskan ke kabupaten.\n\n> Perihal: Permohonan Penegasan Batas Desa\n> Dengan hormat, bersama ini kami sampaikan bahwa patok batas antara Desa Separi dan Desa Segihan yang dipasang sekitar tahun 2009 sudah hilang, sehingga terjadi saling klaim wilayah di sekitar RT 11 seluas kurang lebih 120 hektare. Kami mohon dilakukan penelusuran dan penegasan batas bersama kedua desa dan kedua kecamatan.\n> Kepala Desa Separi",
    ),
    _E(
        "email",
        "pemerintahan",
        "Subject: Fwd: Permohonan pemekaran RT 27\n\nMohon diteruskan ke yang berwenang, surat ini sudah 4 bulan di kelurahan tanpa jawaban apa pun.\n\n---------- Forwarded message ---------\nDari: Forum Warga Perumahan Bukit Mahoni\nTanggal: Jum, 2 Feb 2024 10.17\nSubjek: Permohonan pemekaran RT 27\nKepada: Kelurahan Loa Ipuh\n\nKepada Yth.\nBapak Lurah Loa Ipuh\ndi Tenggarong\n\nDengan hormat,\nKami warga Perumahan Bukit Mahoni Blok C sampai Blok F yang berjumlah 142 kepala keluarga saat ini masih tergabung dalam RT 27 yang wilayahnya sangat luas (lebih dari 300 KK). Ketua RT kesulitan melayani pengantar surat, pendataan warga baru, dan pengaturan ronda. Berdasarkan musyawarah warga tanggal 20 Januari 2024 yang juga dihadiri ketua RT 27, kami mengusulkan pemekaran RT 27 menjadi dua RT dengan batas jalan poros perumahan.\nBersama ini kami lampirkan daftar hadir musyawarah, sketsa wilayah, dan daftar KK.\n\nDemikian permohonan ini, atas perhatian Bapak kami ucapkan terima kasih.\n\nKoordinator Forum Warga,\nDedi Kurniawan",
    ),
    _E(
        "email",
        "pemerintahan",
        "Subject: Mohon bantuan\n\nSelamat pagi Bapak/Ibu,\n\nSaya staf di Kantor Camat Tabang. Kami ingin menanyakan tindak lanjut usulan pembentukan desa persiapan dari Dusun Ulu Belayan yang berkas lengkapnya sudah kami kirim ke kabupaten pada November 2023 (surat nomor 140/327/Kec-Tbg). Jarak dusun tersebut ke desa induk sekitar 6 jam perjalanan sungai, jadi warga sangat berharap bisa berdiri sendiri.\n\nSampai sekarang kami belum mendapat kabar apakah sudah dijadwalkan verifikasi lapangan, atau masih ada persyaratan yang kurang (jumlah penduduk, peta wilayah, berita acara musyawarah desa induk, dll). Mohon informasinya agar bisa kami sampaikan ke kepala desa dan warga yang terus menanyakan ke kecamatan.\n\nTerima kasih.\n\nSalam,\nYulianti, S.IP.\nNIP 19880412 201101 2 006\nKantor Camat Tabang",
    ),
    _E(
        "email",
        "pemerintahan",
        "Subject: Tanah saya diterbitkan surat oleh dua desa\n\nYth. Pengelola Layanan Aduan Setda Kukar,\n\nPerkenalkan, saya Hendra, tinggal di Samarinda. Pada tahun 2015 saya membeli sebidang kebun seluas 2 hektare yang menurut segel dan surat keterangan tanah (SKT) terletak di Desa Loa Duri Ilir, Kecamatan Loa Janan. Tahun ini saya hendak mengurus sertifikat ke kantor pertanahan, tetapi ternyata di atas lokasi yang sama Pemerintah Desa Loa Duri Ulu juga sudah menerbitkan SKT atas nama orang lain pada 2019 dengan alasan lokasi itu masuk wilayah mereka.\n\nSupaya tidak salah paham, beberapa hal saya jelaskan:\n- Untuk urusan dengan pihak pemegang SKT yang lain saya sudah menunjuk kuasa hukum sendiri, jadi saya tidak meminta bantuan hukum dari Pemkab.\n- PBB kebun tersebut selalu saya bayar, itu bukan masalah.\n- Kantor pertanahan menyatakan tidak bisa memproses selama kedua desa belum sepakat di mana letak batasnya.\n\nYang saya mohon adalah agar pemerintah kabupaten memfasilitasi kedua desa (dan kecamatan) untuk menyelesaikan perbedaan batas wilayah di lokasi tersebut, sehingga jelas desa mana yang berwenang menerbitkan surat tanahnya.\n\nTerima kasih.\nHendra S.\n0812-5xxx-7731",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "assalamualaikum pak/bu, sy ketua RT 05 desa Sungai Meriam kec Anggana. SK RT sy udh habis dr bulan lalu tp desa blm ada pemilihan RT baru, kades bilang nunggu aturan. jd sy masih boleh tanda tangan pengantar kah? gmn solusinya ya 🙏",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "pian, ulun warga Desa Muhuran kec Kota Bangun. kades kami habis masa jabatan dr awal tahun, skrg dipegang pj dr kecamatan. pilkades nya kapan kah? bubuhan warga betakon terus kada ada jawaban 🙏",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Slmt siang min. mau lapor, kepala dusun 3 di desa kami diberhentikan kades tanpa musyawarah, diganti keponakannya sendiri. SK pemberhentiannya jg gak ada. warga dusun udh protes tp kades gak mau ketemu. ini lapornya ke mana ya? desa Lebak Mantan, Muara Wis",
    ),
    _E(
        "web",
        "pemerintahan",
        "Nama: Sri Wahyuni\nAlamat: Desa Sebuntal, Kec. Marangkayu\nIsi Pengaduan: Pengangkatan dua perangkat desa baru (kaur keuangan dan kasi pelayanan) di desa kami dilakukan tanpa penjaringan terbuka, pengumumannya tidak pernah ditempel di balai desa dan tidak ada ujian. Salah satu yang diangkat adalah menantu kepala desa sendiri. Kami mohon pemerintah kabupaten memeriksa proses pengangkatan perangkat desa tersebut.",
    ),
    _E(
        "web",
        "pemerintahan",
        "Nama: Abdul Gani\nAlamat: Gang Mawar, Sangasanga\nIsi Pengaduan: Kami warga Gang Mawar (sekitar 40 KK) selama ini ikut Kelurahan Sangasanga Dalam, tetapi tahun ini ketua RT dari Kelurahan Sarijaya mendata kami sebagai warganya dan kami diminta ikut kerja bakti dan iuran di sana. Waktu kami tanya, kedua lurah saling lempar. Mohon ada kepastian batas wilayah kedua kelurahan.",
    ),
    _E(
        "sms",
        "pemerintahan",
        "Yth Bpk/Ibu, kami warga Kota Bangun Ulu. patok batas dgn desa Kota Bangun Ilir dicabut org tdk dikenal, skrg lapangan bola diklaim 2 desa & warga hampir ribut. mohon kabupaten turun tangan. trims",
    ),
    _E(
        "sms",
        "pemerintahan",
        "Pak, sdh 3 bln siltap & tunjangan perangkat desa kami blm dibayar, kades blg ADD blm cair dr kabupaten. desa di Kembang Janggut. mohon penjelasan",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "Selamat malam admin. Sy anggota BPD Desa Tanjung Batu, Tenggarong Seberang. masa jabatan BPD kami udh habis Mei kemarin, pengisian anggota baru udh selesai lewat musyawarah tp SK peresmian dr bupati blm terbit. akibatnya APBDes perubahan gak bisa dibahas. mohon dibantu dicek ya 🙏",
    ),
    _E(
        "twitter",
        "pemerintahan",
        "Desa kami udh 2 tahun dipimpin Pj kades, pilkades ditunda terus tanpa alasan jelas. warga butuh kepastian pak 🙏 #Kukar #MuaraKaman",
    ),
]

_KESRA = [
    _E(
        "email",
        "kesra",
        "Subject: Pencairan beasiswa belum masuk\n\nYth. Admin Layanan Pengaduan Pemkab Kukar,\n\nSaya Nur Aisyah, mahasiswi semester 5 Program Studi Farmasi di salah satu universitas di Yogyakarta, asal Desa Sumber Sari, Kecamatan Sebulu. Saya penerima beasiswa kabupaten kategori prestasi sejak tahun 2022.\n\nPada tahap pendaftaran Maret 2024 saya sudah mengunggah semua berkas: KHS, surat aktif kuliah, KTP, KK, dan surat keterangan domisili dari desa (yang sempat terlambat karena kades sedang di luar kota, tetapi itu sudah beres dan bukan hal yang saya keluhkan). Nama saya juga tercantum di pengumuman penerima tahap I. Namun sampai hari ini, 21 Oktober 2024, dananya belum masuk ke rekening saya, sementara teman-teman satu angkatan dari Kukar sudah menerima sejak Agustus.\n\nSaya sudah bertanya ke bank dan tidak ada transfer yang masuk atau ditolak. Mohon dicek apakah ada kesalahan nomor rekening atau data saya, karena saya harus membayar UKT paling lambat akhir bulan ini.\n\nTerima kasih atas bantuannya.\n\nHormat saya,\nNur Aisyah\nNIK 6402xxxxxxxx0003\nHP 0857-xxxx-1142",
    ),
    _E(
        "email",
        "kesra",
        "Subject: Menanyakan tindak lanjut proposal Masjid Al-Ikhlas\n\nPANITIA REHABILITASI MASJID AL-IKHLAS\nDESA AMBORAWANG LAUT KECAMATAN SAMBOJA\nSekretariat: Jl. Poros Samboja RT 07\n\nNomor    : 07/PRM-AI/VIII/2024\nLampiran : 1 (satu) bundel\nPerihal  : Menanyakan tindak lanjut proposal\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\nc.q. Sekretaris Daerah\ndi Tenggarong\n\nAssalamualaikum Wr. Wb.\nDengan hormat, bersama ini kami sampaikan bahwa pada tanggal 14 Februari 2023 kami telah mengajukan proposal permohonan bantuan rehabilitasi atap dan lantai Masjid Al-Ikhlas dengan nilai kebutuhan Rp 385.000.000,-. Proposal telah diterima dan pengurus sudah didatangi untuk verifikasi lapangan pada bulan Juli 2023. Namun hingga saat ini belum ada kepastian apakah masjid kami termasuk penerima bantuan tahun 2024. Kondisi atap semakin parah dan setiap hujan jamaah terpaksa salat di teras.\nBersama ini kami lampirkan kembali salinan proposal dan foto kondisi terakhir.\n\nDemikian surat ini, atas perhatian Bapak kami ucapkan terima kasih.\nWassalamualaikum Wr. Wb.\n\nKetua Panitia,\nM. Yusran\n\nSekretaris,\nAhmad Fauzi\n\nTembusan:\n1. Kepala Kantor Kementerian Agama Kab. Kutai Kartanegara\n2. Camat Samboja\n3. Kepala Desa Amborawang Laut",
    ),
    _E(
        "email",
        "kesra",
        "Subject: insentif\n\nselamat siang bapak ibu, sy guru TPA di masjid desa Rapak Lambur kec Tenggarong, sudah mengajar 9 tahun. insentif guru ngaji dari kabupaten yang biasanya dibayar per triwulan sampai sekarang belum cair dari januari, jadi sudah 3 triwulan. kata koordinator di kecamatan data kami sudah dikirim tapi nama sebagian guru hilang dari daftar termasuk nama sy, padahal tahun lalu masih dapat. teman2 guru TPA di desa sebelah juga sama. kami tidak minta macam2 cuma minta dicek kenapa nama kami hilang dan kapan dibayar. soal honor marbot masjid yg kemarin juga telat itu sudah dibayar jadi tidak perlu dibahas lagi. terima kasih.\nustadzah Halimah\n\nDikirim dari ponsel Samsung saya",
    ),
    _E(
        "email",
        "kesra",
        "Subject: Re: Uang pembinaan juara MTQ\n\nYth. Bapak/Ibu,\nMenindaklanjuti balasan sebelumnya, sampai hari ini anak saya dan 4 peserta lain dari kafilah Kecamatan Muara Kaman yang menjadi juara pada MTQ tingkat kabupaten bulan Mei lalu belum menerima uang pembinaan sebagaimana diumumkan panitia saat penutupan (juara I Rp 7.500.000, juara II Rp 5.000.000, juara III Rp 3.500.000). Kami mohon kepastian jadwal pencairannya, karena anak-anak sudah diminta bersiap untuk MTQ tingkat provinsi.\n\nSalam,\nH. Syamsuddin\nOrang tua peserta cabang tilawah remaja\n\nPada tanggal Sen, 15 Jul 2024 pukul 10.05, Admin Aduan menulis:\n> Terima kasih atas laporan Bapak. Aduan sudah kami teruskan ke unit terkait untuk ditindaklanjuti.\n>\n> Pada tanggal Jum, 12 Jul 2024 pukul 20.41, H. Syamsuddin menulis:\n>> Assalamualaikum, mohon info kapan uang pembinaan para juara MTQ kabupaten tahun ini dibayarkan. Sudah 2 bulan setelah penutupan belum ada kabar. Terima kasih.",
    ),
    _E(
        "email",
        "kesra",
        "Subject: Fwd: Keluhan jamaah calon haji Sangasanga\n\nIzin meneruskan surat dari jamaah bimbingan kami, mohon kiranya dapat ditanggapi.\nTerima kasih,\nPengurus KBIH Nurul Falah Sangasanga\n\n---------- Forwarded message ---------\nFrom: Hj. Rukmini\nDate: Rab, 10 Apr 2024 19.22\nSubject: Keluhan jamaah\nTo: KBIH Nurul Falah\n\nPak ustadz, kami jamaah calon haji dari Sangasanga tahun ini ada 38 orang. Kata pengalaman tahun lalu, keberangkatan ke asrama haji di Balikpapan difasilitasi bus dari kabupaten, tapi jamaah dari Sangasanga harus datang dulu ke Tenggarong yang jauhnya hampir 3 jam, padahal Sangasanga lebih dekat ke Balikpapan. Banyak jamaah kami yang sudah lansia dan pakai kursi roda. Mohon disampaikan ke pemkab apakah bisa ada titik kumpul di Sangasanga atau Muara Jawa. Kami juga belum menerima jadwal manasik tingkat kabupaten. Terima kasih.\nHj. Rukmini",
    ),
    _E(
        "email",
        "kesra",
        "Subject: Hibah kelompok belum ditransfer\n\nKepada Yth.\nSekretariat Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nKami pengurus Kelompok Penyandang Disabilitas 'Bina Mandiri' Kecamatan Tenggarong Seberang. Pada APBD 2024 kelompok kami tercantum sebagai penerima hibah untuk pelatihan keterampilan menjahit dan pengadaan 10 unit mesin jahit senilai Rp 75.000.000,-. NPHD sudah kami tandatangani pada bulan April, rekening atas nama kelompok sudah dibuka sesuai persyaratan, dan laporan pertanggungjawaban hibah tahun 2022 sudah kami serahkan.\n\nSebagai informasi, minggu lalu kami juga mengeluhkan sulitnya gas elpiji 3 kg di sekitar sekretariat kami dan jalan masuk desa yang rusak, tetapi dua hal itu sudah kami sampaikan ke kecamatan. Surat ini khusus menanyakan dana hibah kelompok kami yang sampai pertengahan Oktober belum ditransfer, padahal kelompok lain yang menandatangani NPHD bersamaan dengan kami sudah menerima.\n\nMohon penjelasan dan kepastiannya.\n\nHormat kami,\nKetua, Sutrisno\nBendahara, Wulan Sari\nTelp. 0821-xxxx-5530\n\nTembusan:\nKepala Dinas Sosial Kab. Kukar",
    ),
    _E(
        "whatsapp",
        "kesra",
        "min sy mhs S1 di Samarinda, berkas beasiswa kukar sy ditolak krn IPK 2,98. bukannya syarat 3,00 itu cuma utk mhs baru ya? sy penerima thn lalu. tlg dicek dong 🙏",
    ),
    _E(
        "whatsapp",
        "kesra",
        "assalamualaikum, ulun marbot masjid di desa Loh Sumber, Loa Kulu. insentif marbot tahun ini kada cair lagi kah? lawas banar sudah kada ada kabar. makasih pian 🙏",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Shalom pak/bu, kami majelis jemaat gereja di salah satu desa di Kec. Tabang. proposal bantuan pembangunan gedung gereja kami sdh masuk thn lalu tp blm ada info sama sekali. apa perlu ajukan ulang thn ini? terima kasih, Tuhan berkati",
    ),
    _E(
        "web",
        "kesra",
        "Nama: I Made Sudarsana\nAlamat: Desa Kerta Buana, Tenggarong Seberang\nIsi Pengaduan: Kami pengurus pura di Desa Kerta Buana ingin menanyakan bantuan perbaikan pura yang proposalnya sudah kami serahkan pada 2023. Pada daftar penerima bantuan tempat ibadah tahun 2024 nama pura kami tidak ada. Mohon informasi apakah proposal harus diajukan kembali atau masih dalam proses.",
    ),
    _E(
        "web",
        "kesra",
        "Nama: Ratna Dewi\nAlamat: Muara Muntai\nIsi Pengaduan: Saya guru honorer SD di Muara Muntai, ingin menanyakan program beasiswa kuliah S1 untuk guru dari kabupaten. Tahun lalu saya tidak lolos karena katanya kuota kecamatan sudah penuh, padahal saya termasuk yang paling lama mengabdi. Mohon kejelasan apakah tahun ini dibuka lagi dan bagaimana pembagian kuota per kecamatan.",
    ),
    _E(
        "sms",
        "kesra",
        "Assalamualaikum. jadwal manasik haji tingkat kabupaten thn ini kapan ya? kami jamaah dr Kenohan blm dpt undangan sama sekali. trims",
    ),
    _E(
        "sms",
        "kesra",
        "Yth admin, beasiswa kukar utk mhs D3 tahap 2 kpn cair? sy dr Anggana kuliah di Balikpapan. terimakasih",
    ),
    _E(
        "telegram",
        "kesra",
        "Selamat pagi min 🙏 kami pengurus majelis taklim di Kelurahan Jahab, Tenggarong. mau mengajukan hibah utk kegiatan pengajian & pengadaan sound system, syaratnya apa aja dan berkasnya diantar ke mana ya? thn lalu ditolak krn katanya blm ada SK Kemenkumham",
    ),
    _E(
        "twitter",
        "kesra",
        "Beasiswa Kukar kapan cairnya sih 😭 udh lewat UTS nih, UKT telat bayar kena denda. tolong diperhatiin mahasiswa rantau #Kukar",
    ),
]

_HUKUM = [
    _E(
        "email",
        "hukum",
        "Subject: Permohonan fasilitasi harmonisasi Rancangan Perbup Reklame\n\nPEMERINTAH KABUPATEN KUTAI KARTANEGARA\nDINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU\nJl. Wolter Monginsidi, Tenggarong\n\nNomor    : 180/412/DPMPTSP/VIII/2024\nSifat    : Penting\nLampiran : 1 (satu) berkas\nHal      : Permohonan fasilitasi harmonisasi rancangan Peraturan Bupati\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi -\nTenggarong\n\nDengan hormat,\n1. Menindaklanjuti perubahan ketentuan perizinan berusaha berbasis risiko, kami telah menyusun Rancangan Peraturan Bupati tentang Tata Cara Penyelenggaraan Reklame.\n2. Dalam penyusunannya terdapat beberapa pasal yang kami ragukan kesesuaiannya dengan Perda tentang Pajak Daerah dan Retribusi Daerah, khususnya mengenai jaminan biaya pembongkaran reklame dan sanksi administratif.\n3. Sehubungan dengan hal tersebut, kami mohon fasilitasi pembahasan, telaah, dan harmonisasi rancangan tersebut sebelum diajukan untuk ditetapkan.\n\nDemikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.\n\nKepala Dinas,\n\nttd\n\nPembina Tingkat I (IV/b)\nNIP 19700815 199503 1 004",
    ),
    _E(
        "email",
        "hukum",
        "Subject: Somasi\n\nKANTOR ADVOKAT DAN KONSULTAN HUKUM\nARDIANSYAH & REKAN\nJl. Pahlawan No. 21, Samarinda\n\nNomor  : 041/ADV-AR/X/2024\nPerihal: Somasi/Teguran Hukum\n\nKepada Yth.\nBupati Kutai Kartanegara\nc.q. Sekretaris Daerah\ndi Tenggarong\n\nDengan hormat,\nBertindak untuk dan atas nama klien kami, Sdr. Jumadi, pemilik sebidang tanah berdasarkan Sertifikat Hak Milik Nomor 1127 seluas 3.400 m2 di Desa Sidomulyo, Kecamatan Anggana, dengan ini kami sampaikan:\n1. Sejak tahun 2021 sebagian tanah klien kami seluas kurang lebih 1.200 m2 digunakan sebagai halaman dan ruang kelas sebuah SD negeri tanpa pelepasan hak dan tanpa ganti rugi.\n2. Klien kami tidak mempersoalkan mutu bangunan sekolah maupun proyek rehab yang saat ini terhenti; hal itu urusan instansi teknis.\n3. Klien kami telah dua kali menyurati dinas terkait tanpa tanggapan.\n\nOleh karena itu kami meminta Pemerintah Kabupaten Kutai Kartanegara dalam waktu 14 (empat belas) hari sejak surat ini diterima untuk menyelesaikan ganti kerugian atau mengundang klien kami untuk pertemuan penyelesaian. Apabila tidak ada tanggapan, klien kami akan mengajukan gugatan perdata ke Pengadilan Negeri Tenggarong.\n\nHormat kami,\nKuasa Hukum\n\nArdiansyah, S.H., M.H.\nRina Oktaviani, S.H.\n\nTembusan:\n1. Kepala Dinas Pendidikan dan Kebudayaan Kab. Kukar\n2. Kepala Dinas PUPR Kab. Kukar\n3. Camat Anggana\n4. Klien",
    ),
    _E(
        "email",
        "hukum",
        "Subject: Mohon bantuan\n\nmohon maaf bapak ibu sy ibu rumah tangga di kelurahan Mangkurawang tenggarong. anak sy umur 19 tahun ditahan di polsek sejak 2 minggu lalu dituduh ikut pencurian motor, katanya minggu depan berkasnya dilimpahkan ke kejaksaan. kami orang tidak mampu, suami sy buruh bangunan, tidak sanggup bayar pengacara. sy dengar pemkab ada program bantuan hukum gratis untuk warga miskin, apa benar? bagaimana caranya, syaratnya apa saja, apakah pakai SKTM dari kelurahan? sy sudah punya kartu KIS. mohon sekali dibantu krn sy takut anak sy tidak ada yg mendampingi waktu diperiksa dan sidang. terima kasih.\nIbu Sumarni 0852-xxxx-4417",
    ),
    _E(
        "email",
        "hukum",
        "Subject: Permintaan salinan Perda dan Perbup\n\nYth. Admin,\n\nSaya mahasiswa magister hukum di Universitas Mulawarman yang sedang menyusun tesis tentang pengaturan desa adat dan masyarakat hukum adat di Kalimantan Timur. Saya membutuhkan naskah lengkap Perda Kabupaten Kutai Kartanegara tentang pengakuan dan perlindungan masyarakat hukum adat beserta peraturan pelaksananya. Di situs dokumentasi dan informasi hukum Pemkab judulnya tercantum, tetapi tautan unduhan PDF-nya menampilkan 'file not found', begitu juga beberapa Perbup tahun 2022.\n\nSaya tidak sedang mengurus status desa adat tertentu; saya hanya memerlukan dokumennya untuk penelitian. Mohon dikirimkan salinannya melalui email ini atau diinformasikan cara memperolehnya. Surat keterangan penelitian dari kampus saya lampirkan.\n\nTerima kasih.\n\nSalam hormat,\nFirdaus Hamzah\nNIM 2310xxxx\nProgram Magister Ilmu Hukum",
    ),
    _E(
        "email",
        "hukum",
        "Subject: Masukan dan permintaan draf Raperda Pengelolaan Sampah\n\nKepada Yth.\nPemerintah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nKami dari Perkumpulan Hijau Mahakam, lembaga swadaya masyarakat yang berkedudukan di Tenggarong. Kami mendapat informasi bahwa Pemkab sedang menyiapkan Rancangan Perda tentang Pengelolaan Sampah yang akan diajukan ke DPRD tahun ini.\n\nPerlu kami tegaskan, surat ini bukan laporan pencemaran atau tumpukan sampah di lokasi tertentu; laporan semacam itu sudah kami sampaikan langsung ke dinas teknis. Yang kami mohon adalah:\n1. salinan draf Raperda beserta naskah akademiknya;\n2. jadwal konsultasi publik, karena kami ingin memberikan masukan tertulis terutama mengenai peran bank sampah dan pemulung;\n3. kepastian apakah masukan masyarakat akan dibahas sebelum draf dikirim ke DPRD.\n\nAtas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nKoordinator Program,\nAndi Saputra\n0811-5xxx-903\n\nTembusan:\n1. Ketua Bapemperda DPRD Kab. Kutai Kartanegara\n2. Kepala Dinas Lingkungan Hidup Kab. Kutai Kartanegara",
    ),
    _E(
        "email",
        "hukum",
        "Subject: RE: RE: Pelaksanaan Putusan Perkara No. 23/Pdt.G/2022/PN Trg\n\nYth. Bapak/Ibu,\nKami kembali menanyakan tindak lanjut surat kami terdahulu. Putusan atas perkara tersebut telah berkekuatan hukum tetap sejak Maret 2024 dan menghukum Pemerintah Kabupaten Kutai Kartanegara selaku Tergugat II untuk membayar ganti kerugian kepada klien kami, CV Sumber Rezeki, atas pemutusan kontrak secara sepihak. Hingga kini belum ada langkah pelaksanaan putusan secara sukarela. Kami mohon dijadwalkan pertemuan dengan tim hukum Pemkab sebelum kami mengajukan permohonan eksekusi ke PN Tenggarong.\n\nHormat kami,\nYudha Pratama, S.H.\nKuasa Hukum CV Sumber Rezeki\n\n-----Original Message-----\nFrom: Admin Aduan Setda Kukar\nSent: Selasa, 18 Juni 2024 08:30\nSubject: RE: Pelaksanaan Putusan Perkara No. 23/Pdt.G/2022/PN Trg\n\nYth. Bapak, surat Bapak telah kami terima dan sedang dalam proses penelaahan. Terima kasih.\n\n-----Original Message-----\nFrom: Yudha Pratama\nSent: Jumat, 14 Juni 2024 15:02\nSubject: Pelaksanaan Putusan Perkara No. 23/Pdt.G/2022/PN Trg\n\nDengan hormat, terlampir salinan putusan kasasi dan surat kuasa. Mohon Pemkab Kukar melaksanakan isi putusan. Perlu kami tegaskan bahwa ini bukan penagihan termin atau invoice pekerjaan biasa, karena kontraknya sudah diputus pada 2021 dan sengketanya sudah diputus pengadilan.",
    ),
    _E(
        "whatsapp",
        "hukum",
        "min, mau cari perbup ttg jam operasional tempat hiburan malam di kukar, di web jdih gak nemu. ada nomornya ga? buat tugas kuliah 🙏",
    ),
    _E(
        "whatsapp",
        "hukum",
        "pak sy warga tdk mampu di Loa Kulu. ada bantuan pengacara gratis dr pemkab kah? sy digugat cerai & mau pertahankan hak asuh anak, gak ada biaya sama sekali. mksh",
    ),
    _E(
        "whatsapp",
        "hukum",
        "pian, ulun handak betakon. perda kukar tentang larangan jual minuman keras tuh masih belaku kah? di kampung kami ada warung jual bebas haja, ulun handak lapor tp perlu tau aturannya dulu",
    ),
    _E(
        "web",
        "hukum",
        "Nama: Rudi Hartono\nInstansi: Kantor Kecamatan Sebulu\nIsi Pengaduan: Camat kami digugat ke PTUN Samarinda oleh seorang warga terkait penerbitan surat keterangan riwayat tanah. Sidang pertama dijadwalkan 3 minggu lagi. Kami mohon pendampingan dan konsultasi hukum dari Pemkab untuk menyiapkan jawaban gugatan dan menunjuk kuasa.",
    ),
    _E(
        "web",
        "hukum",
        "Nama: Syahrudin\nAlamat: Loa Janan\nIsi Pengaduan: Sebagian tanah saya terkena pelebaran jalan kabupaten di Loa Janan tahun 2020. Ganti rugi yang saya terima jauh di bawah hasil appraisal yang pernah diperlihatkan kepada kami. Saya bukan mengeluhkan jalannya, tetapi saya ingin mengajukan keberatan dan kalau perlu menggugat. Siapa di Pemkab yang bisa diajak bicara sebelum saya ke pengadilan?",
    ),
    _E(
        "sms",
        "hukum",
        "Yth. sy mau tanya apakah Perbup ttg tarif air minum yg baru sdh diundangkan? blm ada di jdih. perlu utk keberatan warga perumahan. trims",
    ),
    _E(
        "sms",
        "hukum",
        "Pak, mohon info pos bantuan hukum gratis pemkab ada di kecamatan Muara Jawa kah? sy butuh konsultasi sengketa warisan tanah keluarga. trims",
    ),
    _E(
        "telegram",
        "hukum",
        "Admin, web JDIH kukar error terus dr kemarin, gak bisa buka katalog perda. sy staf legal di perusahaan, perlu cek Perda ttg izin lingkungan yg berlaku. mohon diperbaiki atau dikirim salinannya 🙏",
    ),
    _E(
        "twitter",
        "hukum",
        "Raperda penataan PKL katanya mau disahkan, tapi drafnya gak pernah dipublikasi. PKL gak pernah diajak bicara. transparan dong Pemkab 🙏 #Kukar",
    ),
]

_KERJASAMA = [
    _E(
        "email",
        "kerjasama",
        "Subject: Tindak lanjut draf Nota Kesepahaman\n\nUNIVERSITAS TEKNOLOGI NUSANTARA\nKantor Urusan Kerja Sama dan Hubungan Masyarakat\nJl. Soekarno-Hatta Km 8, Balikpapan\n\nNomor    : 1092/UTN/KS/IX/2024\nLampiran : 1 (satu) berkas draf\nHal      : Tindak lanjut draf Nota Kesepahaman\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nMerujuk pada pertemuan penjajakan tanggal 6 Mei 2024 di Tenggarong, kami telah mengirimkan draf Nota Kesepahaman tentang Pendidikan, Penelitian dan Pengabdian kepada Masyarakat pada 20 Mei 2024. Setelah nota kesepahaman ditandatangani, direncanakan penyusunan perjanjian kerja sama teknis untuk penempatan mahasiswa KKN tematik di 12 desa di Kecamatan Kenohan dan Kota Bangun.\nSampai saat ini kami belum menerima koreksi atas draf maupun jadwal penandatanganan. Mengingat KKN direncanakan berangkat Januari 2025, kami mohon informasi perkembangan pembahasan draf tersebut.\n\nDemikian, atas perhatian Bapak kami ucapkan terima kasih.\n\nWakil Rektor Bidang Kerja Sama,\n\nttd\n\nDr. Ir. Bambang Hermawan, M.T.\n\nTembusan:\n1. Rektor Universitas Teknologi Nusantara\n2. Kepala Bappeda Kab. Kutai Kartanegara",
    ),
    _E(
        "email",
        "kerjasama",
        "Subject: Rancangan Kesepakatan Bersama Bontang - Kukar\n\nYth. Admin,\n\nKami dari Sekretariat Daerah Kota Bontang ingin menanyakan perkembangan rancangan Kesepakatan Bersama antara Pemerintah Kota Bontang dan Pemerintah Kabupaten Kutai Kartanegara tentang pelayanan kesehatan rujukan bagi warga Kecamatan Marangkayu di RSUD Bontang. Draf dari pihak kami sudah dikirim melalui surat pada 15 Juli 2024, dan secara lisan sudah dibicarakan dalam rapat koordinasi kepala daerah.\n\nPerlu kami sampaikan bahwa pelayanan pasien tetap berjalan seperti biasa; yang kami perlukan adalah kepastian dokumen kerja samanya, karena tanpa itu pembiayaan ke depan tidak punya dasar. Mohon informasi siapa contact person di Pemkab Kukar yang menangani pembahasan naskah dan kapan bisa dijadwalkan rapat bersama.\n\nTerima kasih.\n\nSalam,\nNovita Sari, S.H.\nAnalis Kerja Sama\nSetda Kota Bontang\n0548-xxxxxx",
    ),
    _E(
        "email",
        "kerjasama",
        "Subject: Penyaluran CSR perusahaan di desa kami\n\nYth. Bapak/Ibu Pengelola Aduan Pemkab Kukar\n\nDengan hormat,\nSaya Kepala Desa Sungai Payang, Kecamatan Loa Kulu, menyampaikan keluhan warga mengenai program tanggung jawab sosial (CSR) perusahaan batu bara yang beroperasi di wilayah kami.\n\nLatar belakangnya, sejak 2019 perusahaan berjanji menyalurkan program CSR ke 4 desa ring satu, termasuk desa kami. Pada 2024 ini, dari daftar yang dibagikan perusahaan di forum kecamatan, desa tetangga mendapat pembangunan sumur bor, beasiswa, dan pelatihan menjahit, sementara desa kami hanya menerima paket sembako menjelang Lebaran. Perusahaan beralasan proposal desa kami terlambat, padahal sudah kami serahkan bulan Januari dengan tanda terima.\n\nSoal debu dan kerusakan jalan akibat hauling sudah kami laporkan terpisah ke dinas lingkungan hidup dan tidak kami bahas di sini. Yang kami mohon: pemerintah kabupaten memanggil perusahaan untuk membuka rencana dan realisasi CSR per desa, lalu meninjau pembagiannya supaya adil sesuai kesepakatan di forum CSR kabupaten.\n\nDemikian, atas perhatiannya kami ucapkan terima kasih.\n\nKepala Desa Sungai Payang\n\nttd\n\nTembusan:\n1. Camat Loa Kulu\n2. Ketua BPD Desa Sungai Payang",
    ),
    _E(
        "email",
        "kerjasama",
        "Subject: Re: Fwd: Rencana program TJSL 2025\n\nBapak/Ibu yth.,\nTerima kasih atas nomor kontak yang diberikan sebelumnya, namun nomor tersebut tidak aktif. Kami ulangi pertanyaan kami: Bank Mitra Usaha Kantor Cabang Tenggarong berencana menyalurkan dana TJSL tahun 2025 sekitar Rp 600.000.000 untuk program air bersih dan sanitasi di desa-desa sepanjang Mahakam. Kami ingin program ini selaras dengan prioritas Pemkab dan tercatat resmi, sehingga perlu mengetahui: (1) apakah diperlukan perjanjian kerja sama dengan Pemkab, (2) format usulan program, dan (3) siapa yang menandatangani dari pihak Pemkab.\n\nSalam,\nDian Paramitha\nCorporate Secretary\nBank Mitra Usaha Cabang Tenggarong\n\n> Pada Sen, 2 Sep 2024 09.11, Admin Aduan menulis:\n> Yth. Ibu Dian, silakan menghubungi kontak 0541-66xxxx untuk koordinasi lebih lanjut.\n>\n> > Pada Kam, 29 Agu 2024 16.20, Dian Paramitha menulis:\n> > Selamat sore, kami ingin berkoordinasi soal rencana program TJSL 2025 kami di Kukar. Mohon arahan ke siapa kami harus menghadap. Terima kasih.",
    ),
    _E(
        "email",
        "kerjasama",
        "Subject: Permohonan perpanjangan perjanjian kerja sama\n\nKepada Yth.\nBapak Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nYayasan Pesisir Lestari selama 2021-2024 bermitra dengan Pemerintah Kabupaten Kutai Kartanegara melalui perjanjian kerja sama rehabilitasi mangrove di kawasan Delta Mahakam, Kecamatan Anggana dan Muara Jawa. Perjanjian tersebut berakhir pada 30 Juni 2024.\n\nPerlu kami tegaskan bahwa surat ini bukan laporan kerusakan mangrove atau pembukaan tambak; laporan lapangan semacam itu sudah kami sampaikan ke instansi teknis. Kami memohon agar proses perpanjangan perjanjian kerja sama dapat segera dibahas, karena lembaga donor mensyaratkan dokumen kerja sama yang masih berlaku sebelum mencairkan dana tahap berikutnya. Draf perpanjangan telah kami kirim pada 2 Juli 2024 namun belum ada tanggapan.\n\nDemikian permohonan ini, atas perhatian Bapak kami ucapkan terima kasih.\n\nHormat kami,\nDirektur Eksekutif\nYayasan Pesisir Lestari\n\nTembusan:\n1. Kepala Dinas Lingkungan Hidup Kab. Kukar\n2. Kepala Dinas Perikanan dan Kelautan Kab. Kukar",
    ),
    _E(
        "email",
        "kerjasama",
        "Subject: Pengaduan\n\nDengan hormat,\nKami PT Menara Nusa Telekom, penyedia infrastruktur menara telekomunikasi. Sejak Februari 2024 kami mengajukan permohonan kerja sama pemanfaatan lahan milik Pemkab di beberapa titik di Kecamatan Tabang, Kembang Janggut, dan Kenohan untuk pembangunan BTS guna mengatasi desa-desa yang belum ada sinyal. Dokumen permohonan dan draf perjanjian telah kami serahkan, lalu kami diminta menunggu penjadwalan pembahasan. Hingga Oktober belum ada kejelasan, sementara kepala desa setempat terus menanyakan kapan sinyal tersedia.\n\nMohon informasi tahapan pembahasan perjanjian tersebut dan pejabat yang dapat kami temui.\n\nHormat kami,\nRegional Manager Kalimantan\nPT Menara Nusa Telekom\n0812-xxxx-3388",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "min, bantuan CSR perusahaan sawit di desa kami cuma dinikmati keluarga kades & perangkat. warga biasa gak dapat apa2. bisa dicek gak pembagiannya? Muara Kaman",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Assalamualaikum, sy dosen di politeknik di Samarinda. kampus kami mau ajukan MoU dgn pemkab kukar utk magang mahasiswa di OPD, suratnya ditujukan ke siapa ya & ada format drafnya? terima kasih 🙏",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "pian, bubuhan nelayan di Muara Pantuan kada pernah dapat bantuan CSR dari perusahaan migas padahal pipanya lewat depan kampung. ulun handak betakon, cara ngusulkannya kayapa?",
    ),
    _E(
        "web",
        "kerjasama",
        "Nama: Yuliana\nAlamat: Desa Bangun Rejo, Tenggarong Seberang\nIsi Pengaduan: Perusahaan tambang di dekat desa kami menjanjikan program CSR bedah rumah untuk 20 rumah warga pada 2023. Rumah sudah didata dan difoto, tetapi sampai sekarang baru 3 rumah yang dikerjakan. Saat ditanya, perusahaan bilang menunggu persetujuan forum CSR kabupaten. Mohon kejelasan.",
    ),
    _E(
        "web",
        "kerjasama",
        "Nama: Petrus Lung\nInstansi: Dinas Perhubungan Kab. Mahakam Ulu\nIsi Pengaduan: Kami ingin menindaklanjuti rencana kerja sama antardaerah antara Kabupaten Mahakam Ulu dan Kabupaten Kutai Kartanegara mengenai angkutan sungai dan pemanfaatan dermaga transit di Tenggarong. Surat penjajakan sudah kami kirim April 2024. Mohon informasi unit yang menangani dan tahap selanjutnya.",
    ),
    _E(
        "sms",
        "kerjasama",
        "Yth admin, dana CSR utk pembangunan musholla dr perusahaan utk desa kami Teluk Dalam blm direalisasi pdhl sdh ttd berita acara 2023. mohon dibantu. Ketua RT 3",
    ),
    _E(
        "sms",
        "kerjasama",
        "Pak, kapan penandatanganan perjanjian kerja sama antara pemkab & kampus kami utk program beasiswa afirmasi? draf sdh dikirim sejak Juni. trims. staf kerja sama univ",
    ),
    _E(
        "telegram",
        "kerjasama",
        "Selamat siang. Sy dari LSM pemantau tambang. Mau minta daftar MoU/perjanjian kerja sama Pemkab dgn perusahaan yg masih berlaku thn 2024 beserta komitmen CSR nya, utk pemantauan penyaluran ke desa2. bisa diminta lewat sini?",
    ),
    _E(
        "twitter",
        "kerjasama",
        "CSR perusahaan di Kukar ke mana aja sih? desa ring 1 tiap hari makan debu tapi bantuannya gak pernah nyampe. buka datanya dong 🙏 #CSR #Kukar",
    ),
]

_PEREKONOMIAN = [
    _E(
        "email",
        "perekonomian",
        "Subject: Kelangkaan gas elpiji 3 kg di Muara Muntai\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\nc.q. Sekretaris Daerah\ndi Tenggarong\n\nDengan hormat,\nSaya yang bertanda tangan di bawah ini, Ketua RT 06 Desa Muara Muntai Ilir, Kecamatan Muara Muntai, atas nama warga menyampaikan hal-hal sebagai berikut:\n1. Sejak awal Agustus 2024 gas elpiji 3 kg sangat sulit didapat. Pangkalan di desa kami hanya menerima kiriman dua minggu sekali dan habis dalam satu jam.\n2. Di pengecer harga mencapai Rp 45.000 sampai Rp 50.000 per tabung, jauh di atas harga yang seharusnya.\n3. Warga yang berjualan kue dan nasi kuning terpaksa berhenti berjualan atau kembali memakai kayu bakar.\n4. Jalan desa yang rusak dan jembatan ulin yang miring sudah kami usulkan melalui musrenbang, itu bukan maksud surat ini.\n\nKami mohon pemerintah kabupaten dapat mengupayakan tambahan pasokan dan mengawasi pangkalan serta pengecer di wilayah kami agar harga kembali normal.\n\nDemikian surat ini kami sampaikan. Atas perhatian Bapak kami ucapkan terima kasih.\n\nMuara Muntai Ilir, 2 September 2024\nKetua RT 06\n\nttd\n\nSyahrani\n\nTembusan:\n1. Camat Muara Muntai\n2. Kepala Desa Muara Muntai Ilir",
    ),
    _E(
        "email",
        "perekonomian",
        "Subject: Pengaduan pedagang pasar Sebulu\n\nYth. Bapak/Ibu,\n\nKami paguyuban pedagang pasar tradisional Sebulu. Sejak pasar selesai direnovasi bulan Mei lalu, pembagian los dan kios baru tidak sesuai dengan daftar pedagang lama. Sekitar 40 pedagang lama tidak kebagian tempat dan terpaksa berjualan di pinggir jalan depan pasar, sementara beberapa kios justru diberikan kepada orang yang bukan pedagang dan sekarang disewakan lagi kepada orang lain dengan harga Rp 1.500.000 per bulan.\n\nKami tidak mempersoalkan bangunan barunya, yang kami minta adalah penataan ulang pembagian tempat berjualan di pasar tersebut dengan mendahulukan pedagang lama yang sudah berjualan puluhan tahun. Terlampir daftar nama pedagang lama dan foto.\n\nTerima kasih.\n\nKetua Paguyuban,\nH. Basri\n0853-xxxx-2714",
    ),
    _E(
        "email",
        "perekonomian",
        "Subject: Re: Re: Tagihan ke Perusda belum dibayar\n\nYth. Bapak/Ibu,\nMohon maaf kami terpaksa menulis lagi. Tagihan kami kepada perusahaan daerah milik Pemkab atas pasokan semen dan besi beton untuk unit usaha perdagangan bahan bangunan mereka sebesar Rp 218.400.000 sejak Desember 2023 belum dibayar. Direksinya sudah berganti dua kali, dan setiap kali kami tanya kami diminta menunggu hasil audit. Kami memahami ini bukan tagihan kepada Sekretariat Daerah, tetapi kami mohon Pemkab sebagai pemilik perusahaan daerah tersebut mendorong penyelesaiannya. Salinan kontrak dan faktur sudah kami lampirkan sesuai permintaan.\n\nHormat kami,\nHj. Marlina\nDirektur CV Karya Mandiri Sejahtera\n\n-----Original Message-----\nFrom: Admin Aduan Setda Kukar\nSent: Senin, 5 Agustus 2024 10:14\nSubject: Re: Tagihan ke Perusda belum dibayar\n\nMohon dilengkapi salinan kontrak/PO dan faktur tagihan. Terima kasih.\n\n-----Original Message-----\nFrom: CV Karya Mandiri Sejahtera\nSent: Kamis, 1 Agustus 2024 13:50\nSubject: Tagihan ke Perusda belum dibayar\n\nDengan hormat, kami ingin mengadukan tagihan pasokan material yang belum dibayar oleh Perusda sejak akhir tahun lalu.",
    ),
    _E(
        "email",
        "perekonomian",
        "Subject: Solar untuk nelayan Anggana\n\nAssalamualaikum Wr. Wb.\n\nKami Kelompok Nelayan Bina Laut dari Desa Tani Baru, Kecamatan Anggana, beranggotakan 26 orang. Tahun lalu kelompok kami sudah menerima bantuan mesin perahu dan jaring dari kabupaten, terima kasih, dan itu tidak ada masalah. Masalah kami sekarang justru bahan bakarnya. Penyalur solar untuk nelayan yang terdekat sering kosong berminggu-minggu, sehingga nelayan membeli solar eceran Rp 12.000 per liter. Dengan harga itu hasil tangkapan tidak menutup biaya melaut, banyak anggota memilih tidak turun ke laut.\n\nMemang ada juga keluhan anggota soal surat rekomendasi pembelian BBM yang prosesnya lama, tetapi yang paling mendesak adalah barangnya tidak ada. Kami mohon pasokan solar bersubsidi untuk nelayan di Anggana dijamin dan penyalurannya diawasi supaya tidak lari ke pengecer.\n\nWassalamualaikum.\nKetua Kelompok,\nLa Ode Hasan\n0813-xxxx-0921",
    ),
    _E(
        "email",
        "perekonomian",
        "Subject: Fwd: harga beras di Tabang\n\nMohon ditindaklanjuti, ini keluhan warga yang masuk ke grup WA kecamatan.\n-- \nStaf Kecamatan Tabang\n\n---------- Forwarded message ---------\nDari: Warga Tabang\nTanggal: Sel, 17 Sep 2024 21.03\nSubjek: harga beras\n\nPak camat, harga beras medium di Tabang sekarang Rp 18.000/kg, gula Rp 22.000, minyak goreng Rp 24.000 per liter. Kata pedagang karena kapal barang susah naik waktu air surut dan jalan darat juga rusak parah. Kami tahu jalan itu urusan lain, tapi sambil menunggu jalan bagus warga minta diadakan pasar murah atau operasi pasar seperti di Tenggarong bulan lalu. Gaji orang di sini tidak naik tapi harga naik terus. Terima kasih.",
    ),
    _E(
        "email",
        "perekonomian",
        "Subject: Mohon bantuan\n\nYth. Pemerintah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nKami Koperasi Produsen Mahakam Sejahtera di Tenggarong yang membina 35 pelaku usaha amplang, kerupuk ikan, dan madu kelulut. Selama ini pembinaan datang dari banyak pintu: pelatihan dari satu dinas, izin PIRT dari dinas lain, sertifikasi halal dibantu kementerian, pameran dari pihak lain lagi, dan tidak pernah nyambung satu sama lain. Anggota kami sudah tiga kali ikut pelatihan kemasan yang materinya sama, tetapi pengurusan sertifikat halal gratis untuk 20 produk masih tertahan dan produk kami belum bisa masuk gerai oleh-oleh.\n\nKami mohon Pemkab mengoordinasikan program pendampingan usaha kecil ini supaya tidak tumpang tindih dan ada satu jalur yang jelas bagi pelaku usaha.\n\nHormat kami,\nKetua Koperasi,\nSitti Rahmah\nSekretaris,\nJoko Susilo",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "min elpiji 3 kg di Loa Janan Ilir kosong semua pangkalan dr kemarin, di warung 40rb 😡 tolong dicek dong",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "pian, harga lombok di pasar Kota Bangun sudah 120rb sekilo, bawang merah jua naik. bubuhan ibu2 kada kuat nukar. kapan ada pasar murah kah?",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "pak, pertalite di SPBU Sebulu sering habis jam 10 pagi, tp di pengecer botolan ada terus hrg 15rb. antrean panjang bgt smp ke jalan. mohon diawasi 🙏",
    ),
    _E(
        "web",
        "perekonomian",
        "Nama: Agus Salim\nAlamat: Tenggarong\nIsi Pengaduan: Saya pedagang sayur di salah satu pasar di Tenggarong. Pengelola pasar menaikkan sewa los dari Rp 150.000 menjadi Rp 400.000 per bulan tanpa sosialisasi, padahal pembeli makin sepi. Banyak pedagang berencana keluar dan berjualan di pinggir jalan. Mohon ditinjau kebijakan pengelolaan pasarnya.",
    ),
    _E(
        "web",
        "perekonomian",
        "Nama: Wati\nAlamat: Loa Kulu\nIsi Pengaduan: Saya pelaku usaha rumahan keripik pisang di Loa Kulu. Saya ingin ikut program pendampingan dan pameran produk lokal yang diadakan pemkab, tetapi tidak tahu pendaftarannya di mana. Setiap ada pameran, yang ikut selalu orang yang sama. Mohon informasinya.",
    ),
    _E(
        "sms",
        "perekonomian",
        "Yth. minyak goreng kemasan sederhana langka di Muara Jawa, kalau ada hrg 20rb/liter. mohon diadakan operasi pasar. trims",
    ),
    _E(
        "sms",
        "perekonomian",
        "Pak, pangkalan elpiji di desa Jonggon Loa Kulu jual tabung 3kg ke pengecer luar desa, warga sndiri tdk kebagian. mohon ditindak",
    ),
    _E(
        "telegram",
        "perekonomian",
        "Selamat siang admin. sy karyawan kontrak di salah satu Perusda milik pemkab. gaji 3 bulan blm dibayar, direksi bilang kas kosong & usaha lagi rugi. pemkab sbg pemilik tolong turun tangan 🙏",
    ),
    _E(
        "twitter",
        "perekonomian",
        "Antre gas melon dari subuh di Tenggarong Seberang, dapetnya cuma 1 tabung, itupun kalo kebagian. Kukar kaya tambang tapi rakyat susah gas 😤 #LPG3kg #Kukar",
    ),
]

_SDA = [
    _E(
        "email",
        "sda",
        "Subject: Permohonan penanganan lubang bekas tambang\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\nc.q. Sekretaris Daerah\ndi Tenggarong\n\nNomor    : 02/RT.15/VII/2024\nLampiran : foto dan sketsa lokasi\nPerihal  : Permohonan penanganan lubang bekas tambang\n\nDengan hormat,\nKami warga RT 15 Desa Loa Kulu Kota, Kecamatan Loa Kulu, menyampaikan bahwa terdapat lubang bekas galian batu bara yang sudah tergenang air seluas kurang lebih 3 hektare, berjarak sekitar 150 meter dari rumah warga dan 400 meter dari sekolah dasar. Lubang tersebut tidak dipagari dan tidak ada papan peringatan. Setiap sore anak-anak bermain dan berenang di sana.\n1. Bulan lalu seorang anak hampir tenggelam dan berhasil diselamatkan warga.\n2. Perusahaan yang dulu menambang sudah tidak beroperasi dan kantornya tutup.\n3. Kami sempat meminta dana desa untuk membuat pagar, namun desa menyatakan tidak bisa.\n\nKami mohon pemerintah kabupaten menagih kewajiban reklamasi atas lubang tersebut dan untuk sementara memasang pagar serta papan larangan.\n\nDemikian permohonan ini, atas perhatian Bapak kami ucapkan terima kasih.\n\nKetua RT 15\n\nttd\n\nMuhammad Ridwan\n\nTembusan:\n1. Dinas ESDM Provinsi Kalimantan Timur\n2. Kepala Dinas Lingkungan Hidup Kab. Kukar\n3. Camat Loa Kulu\n4. Kapolsek Loa Kulu",
    ),
    _E(
        "email",
        "sda",
        "Subject: kebun plasma\n\nassalamualaikum bapak ibu. kami petani dari desa Kelekat kec Kembang Janggut. sejak 2016 lahan kami sekitar 400 hektare diserahkan ke perusahaan sawit dengan janji 20 persen jadi kebun plasma untuk warga, tapi sampai sekarang bagi hasil yang kami terima cuma sekitar Rp 150 ribu per bulan per kapling, bahkan beberapa bulan nol. koperasi plasma tidak pernah kasih laporan. kami juga dengar sebagian lahan kami malah masuk HGU perusahaan, bukan plasma. kami tidak minta bantuan CSR atau sembako dari perusahaan, bantuan begitu bukan yang kami perlukan. kami minta pemerintah kabupaten mengecek kemitraan kebun plasma ini, luas dan letaknya, dan memanggil perusahaan. terima kasih.\nperwakilan petani, Lukas\n\nDikirim dari iPhone saya",
    ),
    _E(
        "email",
        "sda",
        "Subject: Re: Ikan mati di Sungai Kedang Rantau\n\nYth. Admin,\nMenambahkan laporan kami tanggal 3 Oktober, pagi ini ikan kembali mati mengapung sepanjang kurang lebih 2 km di hilir pabrik kelapa sawit. Air berwarna hitam kecokelatan dan berbau busuk. Kami sudah mengambil sampel air dalam botol dan video. Mohon segera ada pemeriksaan ke pabrik dan pengujian air, karena warga juga memakai air sungai untuk mandi dan mencuci.\n\nArdi\nNelayan Desa Sabintulung, Muara Kaman\n\nPada Kam, 3 Okt 2024 07.55, Ardi menulis:\n> Kami nelayan di Desa Sabintulung melaporkan ikan banyak mati sejak 2 hari lalu. Dugaan kami limbah pabrik sawit dibuang ke sungai waktu hujan deras. Keramba ikan warga juga kena, kerugian belum dihitung.",
    ),
    _E(
        "email",
        "sda",
        "Subject: Menanyakan proposal bantuan hand traktor\n\nKepada Yth.\nBapak Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nNomor    : 05/KT-SM/IX/2024\nPerihal  : Menanyakan tindak lanjut proposal\n\nDengan hormat,\nKami Kelompok Tani Sido Makmur Desa Karang Tunggal, Kecamatan Tenggarong Seberang, dengan anggota 28 orang dan luas sawah 45 hektare, pada Januari 2024 telah mengajukan proposal bantuan alat dan mesin pertanian berupa 2 (dua) unit hand traktor dan 1 (satu) unit pompa air melalui penyuluh pertanian lapangan. Sampai musim tanam kedua ini kami belum mendapat informasi. Saat ini kami menyewa traktor Rp 1.200.000 per hektare yang sangat memberatkan anggota.\n\nDemikian, atas perhatian Bapak kami ucapkan terima kasih.\n\nKetua Kelompok Tani,\nSlamet Riyadi\n\nMengetahui,\nKepala Desa Karang Tunggal",
    ),
    _E(
        "email",
        "sda",
        "Subject: Fwd: laporan penebangan di kawasan hutan Samboja\n\nSaya teruskan laporan dari anggota kami. Mohon ditindaklanjuti oleh Pemkab bersama instansi kehutanan.\nSalam,\nKoordinator Komunitas Pecinta Alam Samboja\n\n---------- Forwarded message ---------\nFrom: Rizky\nDate: Sen, 19 Agu 2024 06.40\nSubject: laporan patroli\nTo: Koordinator\n\nBang, pada patroli hari Minggu 18 Agustus kami menemukan bekas penebangan sekitar 60 pohon meranti dan ulin di dalam kawasan hutan Bukit Soeharto, kira-kira 2 km dari jalan poros Samboja. Ada jalan logging baru dan tumpukan kayu olahan siap angkut. Warga sekitar bilang truk keluar malam hari. Foto dan titik koordinat terlampir.",
    ),
    _E(
        "email",
        "sda",
        "Subject: Aspirasi warga terkait peledakan tambang\n\nYth. Pemerintah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nSaya Ketua BPD Desa Embalut, Kecamatan Tenggarong Seberang, menyampaikan aspirasi warga RT 03 dan RT 04 terkait kegiatan peledakan (blasting) di area tambang batu bara yang berjarak kurang dari 500 meter dari permukiman. Sejak Maret 2024 getaran terasa hampir setiap siang, dinding 23 rumah retak, dan debu menutupi atap serta tampungan air hujan warga.\n\nPerlu kami sampaikan bahwa warga tidak sedang menuntut bantuan CSR dari perusahaan; pembagian CSR sudah dibahas di forumnya sendiri. Persoalan kepala desa yang sempat belum mau menandatangani berita acara pengaduan warga juga sudah kami selesaikan secara internal. Yang kami minta adalah pemerintah kabupaten meminta perusahaan menghentikan peledakan dekat permukiman, memeriksa izin dan jarak aman kegiatan tambangnya, serta menilai kerusakan rumah warga.\n\nHormat kami,\nKetua BPD Desa Embalut\n\nttd\n\nTembusan:\n1. Camat Tenggarong Seberang\n2. Kepala Dinas Lingkungan Hidup Kab. Kukar\n3. Inspektur Tambang wilayah Kalimantan Timur",
    ),
    _E(
        "whatsapp",
        "sda",
        "pak tolong 🙏 tiap hujan air lumpur dr kolam endapan perusahaan tambang jebol masuk sawah kami di desa Jembayan, Loa Kulu. padi umur 1 bln mati semua. udh 3x kejadian thn ini",
    ),
    _E(
        "whatsapp",
        "sda",
        "Assalamualaikum pak. sy nelayan di Muara Jawa, kelompok kami mau ajukan bantuan mesin ketinting & jaring, proposalnya ke mana ya? kami blm pernah dpt sama sekali. makasih",
    ),
    _E(
        "whatsapp",
        "sda",
        "ulun di Kenohan, asap kebakaran lahan gambut di seberang danau sudah 5 hari, anak2 batuk. api kada padam2. mohon pian sampaikan ke yang bewenang 🙏",
    ),
    _E(
        "web",
        "sda",
        "Nama: Hasanuddin\nAlamat: Desa Salo Palai, Muara Badak\nIsi Pengaduan: Perusahaan sawit membuka lahan sampai ke pinggir sungai dan menimbun anak sungai, sehingga kebun warga kebanjiran setiap hujan. Kami minta dicek izin dan batas kebun perusahaan tersebut.",
    ),
    _E(
        "web",
        "sda",
        "Nama: Kelompok Tani Harapan Jaya\nAlamat: Kota Bangun\nIsi Pengaduan: Kelompok kami mendapat bantuan pompa air dan cultivator dari kabupaten tahun 2023, tetapi mesinnya cepat rusak dan tidak ada bengkel atau suku cadang di Kota Bangun. Sekarang dua-duanya tidak bisa dipakai. Mohon ditindaklanjuti agar bantuannya bisa dimanfaatkan lagi.",
    ),
    _E(
        "sms",
        "sda",
        "Pak, ada tambang batu bara tanpa izin di belakang kampung kami desa Bhuana Jaya, alat berat kerja malam. sungai jadi keruh. mohon ditertibkan",
    ),
    _E(
        "sms",
        "sda",
        "Yth. bantuan bibit ikan & pakan utk pembudidaya keramba di Muara Muntai thn ini ada kah? kelompok kami blm pernah dpt. trims",
    ),
    _E(
        "telegram",
        "sda",
        "Admin, sungai di Loa Janan Ulu jadi hitam & berminyak sejak kmrn, diduga dr stockpile batubara di hulu. ikan di keramba warga mati. foto sy kirim di bawah 👇",
    ),
    _E(
        "twitter",
        "sda",
        "Satu lagi lubang bekas tambang dibiarkan menganga dekat sekolah di Kukar. nunggu ada korban lagi baru bergerak? 😡 #lubangtambang #Kukar",
    ),
]

_ADPEM = [
    _E(
        "email",
        "adpem",
        "Subject: Laporan kerusakan jalan semenisasi Desa Jembayan\n\nPEMERINTAH KABUPATEN KUTAI KARTANEGARA\nKECAMATAN LOA KULU\nDESA JEMBAYAN\nJl. Poros Loa Kulu - Jembayan, Kode Pos 75571\n____________________________________________\n\nNomor    : 140/87/DS-JBY/VI/2024\nLampiran : 1 (satu) berkas foto\nPerihal  : Laporan Kondisi Pekerjaan Semenisasi Jalan RT 07\n\nKepada Yth.\nBapak Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi -\n     Tempat\n\nDengan hormat,\n\nBersama ini kami sampaikan hal-hal sebagai berikut:\n1. Pada bulan Maret 2024 di wilayah RT 07 Desa Jembayan telah selesai dikerjakan semenisasi jalan sepanjang kurang lebih 450 meter dengan sumber dana APBD Kabupaten TA 2023 (sesuai papan proyek, nilai kontrak Rp 687.450.000,-).\n2. Baru sekitar tiga bulan dipakai, permukaan jalan sudah retak memanjang di beberapa titik, dan di dekat tikungan masjid cor sudah pecah dan turun kurang lebih 10 cm. Warga menduga ketebalan cor tidak sesuai, karena di bagian yang pecah terlihat tebalnya hanya sekitar 8 cm.\n3. Persoalan batas RT 07 dengan desa tetangga yang sempat kami sampaikan tahun lalu sudah selesai dimusyawarahkan di kecamatan, sehingga tidak perlu dibahas lagi dalam surat ini.\n4. Kami memohon agar pekerjaan tersebut diperiksa oleh tim dari kabupaten dan kontraktor diminta memperbaiki selama masih dalam masa pemeliharaan.\n\nDemikian laporan ini kami sampaikan, atas perhatian dan kerja samanya kami ucapkan terima kasih.\n\nJembayan, 14 Juni 2024\nKepala Desa Jembayan\n\nttd\n\nSUPRIADI\n\nTembusan:\n1. Camat Loa Kulu;\n2. Kepala Dinas PUPR Kab. Kukar;\n3. Ketua BPD Desa Jembayan;\n4. Arsip.",
    ),
    _E(
        "email",
        "adpem",
        "Subject: jembatan di sebulu ilir\n\nselamat siang bapak ibu saya warga desa sebulu ilir kec sebulu mau menyampaikan soal pembangunan jembatan penghubung ke dusun seberang yang dikerjakan sejak agustus tahun lalu, di papan proyeknya tertulis APBD kabupaten 2023 nilai Rp 2,3 miliar masa kerja 150 hari kalender, tapi sampai sekarang bulan mei 2024 baru tiang tiangnya saja yang berdiri, lantainya belum dipasang sama sekali, alat berat sudah diangkut pulang sejak januari dan pekerjanya tidak pernah kelihatan lagi, besi besi dibiarkan berkarat di pinggir sungai, anak anak sekolah masih harus nyeberang pakai ketinting tiap pagi dan kalau air pasang itu bahaya sekali, saya tidak mempersoalkan siapa pemenang lelangnya atau berapa harganya itu bukan urusan saya, yang saya minta cuma tolong dicek kenapa pekerjaan ini berhenti dan kapan dilanjutkan, terima kasih\n\ndikirim dari ponsel saya",
    ),
    _E(
        "email",
        "adpem",
        "Subject: Re: Re: Fwd: surat\n\nSelamat pagi,\n\nKami dari BPD Kelurahan Muara Badak Ulu menanyakan kembali tindak lanjut laporan kami bulan lalu. Sampai hari ini saluran drainase di Jl. Pangeran Antasari yang baru dibangun tetap tidak mengalirkan air. Setiap hujan deras air justru balik masuk ke rumah warga karena ujung saluran lebih tinggi dari pangkalnya dan tidak tersambung ke parit besar. Pekerjaannya sudah dinyatakan selesai dan papan proyek sudah dicabut.\n\nMohon ada petugas yang turun melihat langsung.\n\nHormat kami,\nHasanuddin\nSekretaris BPD Muara Badak Ulu\n0813 4655 2091\n\nPada Sel, 21 Mei 2024 pukul 09.12, aduan setda menulis:\n> Terima kasih atas laporan Bapak. Laporan sudah kami terima dan akan diteruskan kepada pihak terkait untuk ditindaklanjuti.\n>\n> Pada Sen, 20 Mei 2024 pukul 16.40, BPD Muara Badak Ulu menulis:\n>> ---------- Forwarded message ---------\n>> Dengan hormat, bersama ini kami laporkan saluran drainase yang baru dibangun di Jl. Pangeran Antasari RT 12 tidak berfungsi, air tergenang dan masuk ke rumah warga. Foto terlampir.",
    ),
    _E(
        "email",
        "adpem",
        "Subject: Fwd: Laporan Pustu Desa Kembang Janggut\n\nMohon ditindaklanjuti, surat ini sudah kami kirim ke DPRD tapi belum ada kabar. Terima kasih.\n\n-----Original Message-----\nFrom: Pemdes Kembang Janggut\nSent: Kamis, 7 Maret 2024 10:15\nTo: Sekretariat DPRD Kukar\nSubject: Laporan Pustu\n\nKepada Yth. Ketua Komisi III DPRD Kab. Kutai Kartanegara\n\nDengan hormat,\nBangunan Puskesmas Pembantu di Desa Kembang Janggut yang mulai dibangun pada tahun anggaran 2022 sampai sekarang belum selesai. Dinding sudah berdiri tetapi atap baru separuh terpasang, kusen belum ada, dan bangunan mulai ditumbuhi rumput. Tenaga kesehatan kami masih melayani warga di teras rumah bidan. Kami mohon agar pembangunan gedung tersebut dapat dilanjutkan dan diselesaikan.\n\nDemikian, atas perhatiannya kami ucapkan terima kasih.\n\nSekretaris Desa Kembang Janggut\nRUSMINI",
    ),
    _E(
        "email",
        "adpem",
        "Subject: Mohon bantuan\n\nYth. Bapak/Ibu,\n\nSaya guru di SD Negeri 012 Kota Bangun. Tahun lalu sekolah kami mendapat rehab tiga ruang kelas dari kabupaten, dan kami sangat bersyukur. Tetapi baru satu semester dipakai, plafon di kelas IV sudah jebol karena atap bocor, keramik di kelas V banyak yang terangkat, dan talang air tidak dipasang sama sekali padahal ada di gambar. Kepala sekolah sudah menghubungi kontraktornya dua kali tapi hanya dijanjikan.\n\nKami tidak sedang menanyakan insentif guru atau dana BOS, murni soal bangunannya. Mohon pekerjaan rehab ini diperiksa dan diperbaiki sebelum ada anak yang celaka.\n\nHormat saya,\nNurhayati, S.Pd.\nGuru Kelas IV SDN 012 Kota Bangun\nHP 0852 5012 7781",
    ),
    _E(
        "email",
        "adpem",
        "Subject: Permintaan data capaian fisik proyek 2024 Kecamatan Samboja\n\nKepada Yth.\nSekretariat Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\n\nKami dari Lembaga Swadaya Masyarakat Pemantau Anggaran Kaltim (PAKAT) sedang melakukan pemantauan partisipatif atas pembangunan di Kecamatan Samboja. Sehubungan dengan itu kami sampaikan:\n1. Kami membutuhkan data realisasi fisik dan keuangan paket-paket pembangunan yang dibiayai APBD Kukar di Kecamatan Samboja tahun 2024 sampai triwulan II, khususnya jalan lingkungan, drainase dan gedung, termasuk paket mana yang terlambat dari jadwal.\n2. Permohonan bertemu Bapak Bupati untuk memaparkan hasil pemantauan kami sudah kami ajukan dengan surat terpisah, sehingga tidak perlu ditanggapi melalui surat ini.\n3. Kami juga pernah mengajukan permohonan salinan dokumen kontrak ke PPID, dan hal itu sedang berproses di sana.\n\nYang kami mohonkan melalui surat ini hanya poin 1, yaitu laporan perkembangan paket-paket tersebut.\n\nDemikian permohonan kami, atas perhatiannya diucapkan terima kasih.\n\nHormat kami,\nKoordinator PAKAT\nAndi Saputra\nTelp. 0811 5803 442\n\nTembusan:\n1. Inspektorat Kab. Kukar\n2. Arsip",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Assalamualaikum pian, ulun warga RT 05 Bukit Raya Tenggarong Seberang. Jalan cor yg baru 2 bulan selesai udh retak2 bgt, ada yg pecah sampai besinya keliatan 😢 tolong dicek lah kontraktornya",
    ),
    _E(
        "whatsapp",
        "adpem",
        "pak sy mau lapor proyek turap di pinggir sungai desa muara muntai ilir udh brenti dr bulan 2, batu sama pasir ditinggal haja di jalan, kada ada lagi yg bagawi. ini proyek kabupaten kah? kapan dilanjut",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Siang min. Galian saluran di Jl. Poros Loa Janan dekat SMP 1 udh sebulan dibiarin terbuka, pekerjanya ngilang. Kemarin ada motor masuk lubang 🙏 tolong ditegur kontraktornya biar diselesaikan",
    ),
    _E(
        "web",
        "adpem",
        "Gedung serbaguna di Kecamatan Kenohan yang dibangun tahun 2021 sampai sekarang tidak selesai dan tidak pernah dipakai. Kaca sudah pecah, pintu dibongkar orang, dan jadi tempat anak-anak nongkrong malam hari. Sayang uang rakyat miliaran terbuang. Mohon ada kejelasan apakah bangunan ini akan dilanjutkan.",
    ),
    _E(
        "web",
        "adpem",
        "Peningkatan jalan poros Tabang - Muara Tiq baru diaspal bulan Februari tapi sekarang aspalnya sudah mengelupas dan berlubang di banyak titik, tebalnya seperti cuma dioles. Mohon diperiksa kualitas pekerjaannya, apakah sudah sesuai kontrak.",
    ),
    _E(
        "sms",
        "adpem",
        "Yth Setda. Jembatan ulin di Desa Sepatin Anggana sdh 8 bln mangkrak, baru separuh, warga susah lewat. Mhn ditindak lanjuti. Tks. Ahmad, warga Sepatin",
    ),
    _E(
        "sms",
        "adpem",
        "Pak, semenisasi gang Mawar Kel Sarijaya Sangasanga tdk selesai, cuma 50 meter trs berhenti, papan proyek jg udh hilang. Mohon dicek",
    ),
    _E(
        "telegram",
        "adpem",
        "Selamat sore. Saluran drainase baru di Jl. Mangkurawang Tenggarong dibangun kemiringannya salah, air tidak mengalir malah menggenang dan bau, jadi sarang nyamuk. Padahal sebelum ada proyek tidak pernah banjir. Mohon ada pengecekan dari kabupaten 🙏",
    ),
    _E(
        "twitter",
        "adpem",
        "@setdakukar proyek jalan Marangkayu - Bontang Lestari katanya selesai Desember, skrg udh Juni blm juga kelar, separuh jalan masih tanah merah, kalo hujan kayak kubangan. Gmn pengawasannya? #Kukar",
    ),
]

_PBJ = [
    _E(
        "email",
        "pbj",
        "Subject: Sanggahan hasil pemilihan paket peningkatan jalan Desa Bhuana Jaya\n\nCV. BORNEO KARYA MANDIRI\nKontraktor Umum - Pengadaan - Konsultan\nJl. Gunung Belah No. 17 Tenggarong | Telp. (0541) 661 234\n=============================================\n\nNomor    : 021/BKM/VII/2024\nLampiran : 1 (satu) bundel\nPerihal  : Sanggahan\n\nYth. Kelompok Kerja Pemilihan\nPaket Peningkatan Jalan Desa Bhuana Jaya Kec. Tenggarong Seberang\ndi Tempat\n\nDengan hormat,\n\nSehubungan dengan pengumuman hasil pemilihan tanggal 8 Juli 2024, dengan ini kami menyampaikan sanggahan dengan alasan sebagai berikut:\n1. Perusahaan kami dinyatakan gugur pada evaluasi teknis karena dianggap tidak melampirkan sertifikat kompetensi personel manajerial, padahal dokumen tersebut telah kami unggah pada dokumen penawaran (halaman 34-36).\n2. Penawaran kami sebesar Rp 3.412.780.000,- merupakan penawaran terendah yang responsif, sedangkan pemenang menawar Rp 3.689.100.000,-.\n3. Kami meminta evaluasi ulang dan penjelasan tertulis atas alasan penggugurannya.\n\nDemikian sanggahan ini kami sampaikan. Atas perhatiannya kami ucapkan terima kasih.\n\nTenggarong, 10 Juli 2024\nCV. Borneo Karya Mandiri\n\nIr. HENDRA GUNAWAN\nDirektur\n\nTembusan:\n1. Sekretaris Daerah Kab. Kukar;\n2. Inspektur Kab. Kukar;\n3. PPK Dinas PUPR Kab. Kukar.",
    ),
    _E(
        "email",
        "pbj",
        "Subject: akun penyedia belum diverifikasi\n\nselamat pagi, kami UD Sinar Tani dari Loa Kulu sudah mendaftar akun penyedia di LPSE Kukar sejak tanggal 2 September, semua berkas sudah diunggah (NIB, NPWP, akta, KTP direktur) dan dokumen asli sudah kami bawa ke kantor tanggal 5 September, tapi sampai sekarang status akun masih menunggu verifikasi, kami jadi tidak bisa ikut paket pengadaan bibit yang tayang minggu ini, mohon dibantu dipercepat, terima kasih. Rahmat, HP 0821 5544 9012",
    ),
    _E(
        "email",
        "pbj",
        "Subject: Re: Pertanyaan e-katalog lokal\n\nTerima kasih atas jawabannya Pak. Tapi kami masih bingung, link pendaftaran katalog lokal yang Bapak kirim ternyata meminta kami memilih kategori produk, dan kategori anyaman rotan tidak ada di daftar. Apakah UMKM kerajinan seperti kami memang belum bisa masuk katalog lokal Kukar? Padahal beberapa kantor sudah bertanya apakah produk kami bisa dibeli lewat katalog.\n\nSalam,\nSiti Aminah\nKUB Anyaman Rotan Sebulu\n\n-----Original Message-----\nFrom: Admin Aduan Setda Kukar\nSent: Senin, 15 April 2024 13:02\nSubject: RE: Pertanyaan e-katalog lokal\n\nYth. Ibu Siti, pendaftaran produk pada katalog elektronik lokal dapat dilakukan melalui tautan berikut setelah memiliki akun penyedia yang terverifikasi.\n\n-----Original Message-----\nFrom: Siti Aminah\nSent: Jumat, 12 April 2024 09:47\nSubject: Pertanyaan e-katalog lokal\n\nBagaimana caranya produk UMKM kami bisa masuk e-katalog supaya dibeli oleh kantor-kantor pemerintah?",
    ),
    _E(
        "email",
        "pbj",
        "Subject: Fwd: Tender gedung diulang tanpa alasan\n\nKami teruskan surat kami ke Pokja, mohon perhatian karena sampai sekarang tidak ada jawaban.\n\n---------- Forwarded message ---------\nDari: PT Mahakam Sinar Konstruksi\nTanggal: Rab, 3 Juli 2024 pukul 08.30\nSubjek: Permohonan penjelasan\nKepada: Pokja Pemilihan\n\nDengan hormat,\nPaket Pembangunan Gedung Kantor Kecamatan Muara Kaman sudah sampai tahap pembuktian kualifikasi, dan kami sudah hadir membawa dokumen asli pada 24 Juni 2024. Namun pada 28 Juni 2024 di sistem tiba-tiba muncul keterangan tender dibatalkan dan akan diulang, tanpa alasan apa pun. Kami sudah mengeluarkan biaya untuk jaminan penawaran dan survei lokasi.\n\nSebagai informasi, kami memang juga masih menunggu pembayaran termin akhir dari pekerjaan lain di instansi berbeda, namun itu urusan terpisah dan tidak kami persoalkan di sini.\n\nMohon penjelasan tertulis dasar pembatalan tender tersebut.\n\nHormat kami,\nDirektur PT Mahakam Sinar Konstruksi\nBudi Santoso",
    ),
    _E(
        "email",
        "pbj",
        "Subject: Pengaduan\n\nDengan hormat,\n\nSaya ingin mengadukan lelang pengadaan dua unit speedboat ambulans untuk wilayah Muara Muntai dan Kenohan yang tayang bulan lalu. Di dokumen pemilihan, spesifikasi mesinnya ditulis sangat detail sampai ke seri tertentu yang hanya dijual oleh satu dealer di Samarinda. Syarat pengalaman juga harus pernah mengerjakan pengadaan kapal di lingkungan Pemkab Kukar dalam dua tahun terakhir, yang jelas hanya bisa dipenuhi satu perusahaan. Akibatnya yang memasukkan penawaran cuma satu.\n\nPerlu saya jelaskan, saya tidak mengadukan kualitas speedboat yang lama atau soal layanan kesehatannya, itu sudah disampaikan warga ke dinas terkait. Yang saya adukan adalah proses lelangnya yang terkesan sudah diarahkan.\n\nMohon diperiksa.\n\nHormat saya,\nM. Yusuf\nPenyedia perkapalan, Samarinda\n0812 5320 7713",
    ),
    _E(
        "email",
        "pbj",
        "Subject: LPSE tidak bisa diakses saat batas akhir penawaran\n\nYth. Pengelola,\nKemarin Kamis 18 Juli antara pukul 13.00 sampai 15.30 situs LPSE Kukar tidak bisa dibuka sama sekali (muncul error 502), padahal batas akhir unggah penawaran paket rehabilitasi Puskesmas Loa Janan pukul 15.00. Kami sudah siap dengan file penawaran sejak pagi. Beberapa penyedia lain mengalami hal yang sama. Mohon batas waktunya dapat diperpanjang atau ada kebijakan lain, karena kegagalan ini bukan dari pihak kami. Tangkapan layar terlampir.\n\nTerima kasih,\nCV Karya Tepian\nWawan H.",
    ),
    _E(
        "whatsapp",
        "pbj",
        "pagi bu, gmn cara daftar jd penyedia di lpse kukar? sy punya usaha katering kecil di tenggarong pengen ikut pengadaan makan minum kantor. syaratnya apa aja ya 🙏",
    ),
    _E(
        "whatsapp",
        "pbj",
        "Pak akun SPSE kami terkunci krn salah password 3x, udh klik lupa password tp email reset gak masuk2. Besok terakhir upload penawaran, tolong dibantu bgt 🙏🙏",
    ),
    _E(
        "whatsapp",
        "pbj",
        "Min, lelang paket pengadaan alat praktik SMK yg evaluasinya selesai tgl 10 kok sampai skrg pengumuman pemenangnya blm keluar di LPSE? jadwalnya udh lewat seminggu",
    ),
    _E(
        "web",
        "pbj",
        "Kami koperasi di Kecamatan Tenggarong ingin bertanya sekaligus mengeluh: paket-paket pengadaan langsung kecil seperti ATK dan konsumsi di beberapa kantor selalu diberikan ke penyedia yang itu-itu saja, tidak pernah ada pengumuman. Bagaimana caranya usaha lokal bisa mendapat kesempatan yang sama?",
    ),
    _E(
        "web",
        "pbj",
        "Sanggahan kami atas paket Pengadaan Meubelair Sekolah Dasar sudah dikirim lewat aplikasi tanggal 1 Agustus, tapi sampai lewat masa jawab sanggah belum ada jawaban apa pun dari pokja, dan tahapan malah sudah lanjut ke penunjukan pemenang. Apakah ini sesuai aturan?",
    ),
    _E(
        "sms",
        "pbj",
        "Slmt siang, mau tanya jadwal lelang pengadaan seragam sekolah gratis thn ini kapan tayang di LPSE? Kami konveksi dr Loa Janan mau ikut. Trims",
    ),
    _E(
        "sms",
        "pbj",
        "Pak, pesanan dr kantor lewat e-katalog utk produk kami statusnya tiba2 dibatalkan tanpa alasan, padahal barang sdh disiapkan. Kemana kami hrs tanya? CV Jaya Abadi Tgr",
    ),
    _E(
        "telegram",
        "pbj",
        "Selamat malam. Perusahaan kami digugurkan di evaluasi kualifikasi paket pengawasan jalan dgn alasan SBU tidak berlaku, padahal SBU kami berlaku sampai 2026 dan sdh diupload. Mohon diteliti lagi sebelum penetapan pemenang.",
    ),
    _E(
        "twitter",
        "pbj",
        "LPSE Kukar error terus pas mau upload dokumen penawaran, udh dicoba dari 3 laptop beda. Deadline tinggal 2 jam 😤 @setdakukar tolong",
    ),
]

_ORGANISASI = [
    _E(
        "email",
        "organisasi",
        "Subject: Pengaduan pungutan saat mengurus surat\n\nKepada Yth.\nBapak Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi -\n     Tenggarong\n\nPerihal : Pengaduan pungutan tidak resmi\nLampiran: 1 lembar kuitansi\n\nDengan hormat,\n\nSaya yang bertanda tangan di bawah ini:\nNama      : Darmawan\nPekerjaan : Petani\nAlamat    : Desa Bukit Pariaman RT 03, Kec. Tenggarong Seberang\n\nDengan ini menyampaikan pengaduan sebagai berikut:\n1. Pada tanggal 4 Juni 2024 saya mengurus surat keterangan tanah di kantor kecamatan untuk keperluan pengajuan KUR.\n2. Oleh petugas di loket saya diminta membayar Rp 250.000,- dengan alasan biaya pengetikan dan materai, tanpa ada tanda terima resmi. Kuitansi yang saya lampirkan hanya tulisan tangan.\n3. Setahu saya pelayanan surat tersebut tidak dipungut biaya.\n\nSaya mohon agar hal ini ditindaklanjuti supaya warga lain tidak mengalami hal yang sama.\n\nDemikian pengaduan ini saya buat dengan sebenarnya, atas perhatian Bapak saya ucapkan terima kasih.\n\nHormat saya,\n\nDARMAWAN\nHP 0853 4801 2256",
    ),
    _E(
        "email",
        "organisasi",
        "Subject: KK sudah 3 bulan belum jadi\n\nmohon maaf sebelumnya saya mau menyampaikan keluhan, saya mengurus perubahan kartu keluarga karena ada anak lahir sejak bulan maret di kantor disdukcapil tenggarong, berkas diterima dan dijanjikan 14 hari kerja, sudah empat kali saya datang dari muara kaman naik kapal dan ojek yang sekali jalan habis hampir 200 ribu, setiap datang jawabannya selalu beda, pertama katanya blangko habis, kedua katanya sistem error, ketiga disuruh tanya ke petugas lain yang ternyata cuti, terakhir disuruh daftar ulang dari awal karena berkas saya tidak ketemu, saya cuma minta kejelasan kenapa pelayanan bisa seperti ini dan berapa lama sebenarnya waktu yang harus ditunggu, terima kasih. Rina, Muara Kaman",
    ),
    _E(
        "email",
        "organisasi",
        "Subject: RE: pertanyaan syarat izin usaha\n\nTerima kasih sudah dibalas, tapi justru itu masalahnya Pak. Di loket tidak ada papan informasi sama sekali tentang syarat, lama proses, dan biayanya. Waktu saya tanya ke petugas jawabannya 'tergantung', dan tiap petugas menyebut syarat yang berbeda. Di ruang tunggu hanya ada banner lama dari 2019. Bukankah setiap kantor pelayanan wajib memajang standar pelayanannya? Mohon ini diperhatikan.\n\nSalam,\nYohanes\nPemilik bengkel las, Loa Janan\n\n> Pada 3 Juli 2024, Admin menulis:\n> Yth. Bapak Yohanes, untuk persyaratan perizinan silakan datang langsung ke loket pelayanan perizinan.\n>\n> > Pada 1 Juli 2024, Yohanes menulis:\n> > Apa saja syarat dan berapa lama proses izin usaha bengkel kecil?",
    ),
    _E(
        "email",
        "organisasi",
        "Subject: Fwd: Laporan ke Ombudsman\n\nSaya teruskan laporan yang sudah saya kirim ke Ombudsman Perwakilan Kaltim, supaya Pemkab juga tahu. Mohon ditindaklanjuti di internal.\n\n-----Original Message-----\nFrom: Ferry Kurniawan\nTo: Ombudsman RI Perwakilan Kalimantan Timur\nDate: 22 Agustus 2024\nSubject: Laporan dugaan maladministrasi\n\nDengan hormat,\nSaya mengajukan permohonan persetujuan bangunan gedung (PBG) untuk rumah toko di Jl. Poros Samboja sejak Maret 2024. Semua persyaratan dinyatakan lengkap, retribusi sudah saya bayar Rp 4.870.000,-. Namun sudah lima bulan permohonan tidak diproses, tidak ada pemberitahuan kekurangan, dan setiap saya tanya hanya dijawab 'masih antre tanda tangan'. Saya merasa ditunda tanpa alasan yang jelas.\n\nHormat saya,\nFerry Kurniawan\nSamboja",
    ),
    _E(
        "email",
        "organisasi",
        "Subject: Re: Re: Fwd: surat\n\nBapak/Ibu, saya ulangi lagi karena email sebelumnya tidak dijawab.\n\nMinggu lalu saya mengurus rekomendasi di salah satu kantor dinas di Tenggarong. Setelah selesai, petugas memberikan tablet survei kepuasan, tapi langsung dia sendiri yang mengisi 'sangat puas' semua sebelum saya sempat membaca pertanyaannya. Antrean di belakang saya juga diperlakukan sama. Kalau begini nilai survei kepuasan yang diumumkan setiap tahun itu tidak bisa dipercaya. Saya minta cara pengisian survei di kantor-kantor diawasi.\n\nSalam,\nLestari W.\nMahasiswi, Tenggarong",
    ),
    _E(
        "email",
        "organisasi",
        "Subject: Mohon perhatian atas permintaan uang administrasi\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tempat\n\nDengan hormat,\n\nKami CV Putra Mahakam, penyedia jasa konstruksi di Sangasanga, menyampaikan hal berikut:\n1. Kami tidak mempersoalkan hasil tender yang kami ikuti tahun ini, dan pembayaran pekerjaan kami juga sudah lunas diterima.\n2. Yang kami adukan adalah saat mengambil surat keterangan referensi pengalaman kerja di salah satu dinas, staf di loket meminta 'uang administrasi' Rp 500.000,- agar surat bisa selesai hari itu juga. Jika tidak, kami diminta kembali minggu depan.\n3. Surat semacam itu seharusnya gratis dan tidak perlu menunggu sepekan.\n\nKami mohon praktik seperti ini dihentikan dan petugas yang bersangkutan dibina.\n\nDemikian, atas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nAgus Salim\nDirektur CV Putra Mahakam\n0813 4700 1289\n\nTembusan:\n1. Inspektur Kabupaten Kutai Kartanegara\n2. Arsip",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "Pak sy dr tadi jam 9 di kantor camat mau minta tanda tangan, petugasnya kada ada, kata yg lain lagi ngopi 😤 skrg udh jam 11 blm datang jg. Jam pelayanan kok gini",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "Assalamualaikum, mau lapor ngurus akta lahir anak di tempat pelayanan kecamatan Sebulu dimintai 50rb katanya buat 'uang lelah' petugas. Bukannya gratis ya? sy kasih krn takut dipersulit",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "sy udh 4x bolak balik ke kantor perizinan di tenggarong, tiap datang syaratnya nambah trs, td disuruh bawa surat lain lagi. knp gak dikasih tau sekaligus dr awal sih 😩 ulun dari kota bangun jauh",
    ),
    _E(
        "web",
        "organisasi",
        "Usul untuk pelayanan di kantor-kantor pemerintah Kukar: tolong dibuat antrean online atau nomor antrean yang jelas. Sekarang siapa yang kenal petugas bisa langsung dilayani, yang lain menunggu berjam-jam. Petugas juga sering menjawab ketus kalau ditanya.",
    ),
    _E(
        "web",
        "organisasi",
        "Saya sudah melaporkan lampu penerangan jalan mati ke dinas terkait sejak dua bulan lalu lewat surat resmi dan telepon, tetapi tidak pernah ada tanggapan, bahkan tidak ada nomor registrasi laporan. Saya ingin mengadukan cara dinas tersebut menangani laporan warga yang dibiarkan begitu saja.",
    ),
    _E(
        "sms",
        "organisasi",
        "Lapor: di loket pembayaran pajak PBB di Tenggarong sy dimintai tambahan 20rb tanpa kwitansi. Mohon ditertibkan. Warga Loa Ipuh",
    ),
    _E(
        "sms",
        "organisasi",
        "Ykh, kantor pelayanan di Kec Anggana udh tutup jam 1 siang, padahal di papan jam layanan sampai jam 3. Sy dtg jauh2 dr Sepatin sia2. Mohon ditegur",
    ),
    _E(
        "telegram",
        "organisasi",
        "Selamat pagi. Waktu bikin surat keterangan domisili usaha di kantor kelurahan, petugasnya minta 'uang rokok' dulu baru surat diketik. Ini terjadi ke beberapa teman pedagang juga. Mohon ditindak.",
    ),
    _E(
        "twitter",
        "organisasi",
        "Antre di Disdukcapil Kukar dari subuh, jam 8 nomor antrean udh habis, katanya kuota cuma 50. Kuota gini ga pernah diumumin dimana2. Pelayanan publik macam apa ini @setdakukar",
    ),
]

_UMUM = [
    _E(
        "email",
        "umum",
        "Subject: Permohonan Peminjaman Ruang Rapat\n\nIKATAN BIDAN INDONESIA\nPENGURUS CABANG KABUPATEN KUTAI KARTANEGARA\nSekretariat: Jl. Imam Bonjol No. 8 Tenggarong\n---------------------------------------------\n\nNomor    : 034/IBI-KKR/VIII/2024\nLampiran : 1 (satu) lembar susunan acara\nPerihal  : Permohonan Peminjaman Ruangan\n\nKepada Yth.\nKepala Bagian Umum Setda Kab. Kutai Kartanegara\ndi -\n     Tempat\n\nDengan hormat,\n\nDalam rangka kegiatan Pertemuan Ilmiah Tahunan Bidan se-Kabupaten Kutai Kartanegara, kami bermaksud meminjam ruang rapat di lingkungan Kantor Bupati dengan rincian:\nHari/Tanggal : Sabtu, 14 September 2024\nWaktu        : 08.00 - 15.00 WITA\nPeserta      : lebih kurang 120 orang\nKebutuhan    : ruangan, pengeras suara, dan proyektor\n\nKami bersedia mengikuti ketentuan yang berlaku, termasuk menjaga kebersihan ruangan setelah acara.\n\nDemikian permohonan ini, atas perhatian dan bantuannya kami ucapkan terima kasih.\n\nKetua,\n\nHj. MASNAH, S.ST\n\nSekretaris,\n\nDEWI ANGGRAINI, A.Md.Keb\nHP 0812 5566 3140",
    ),
    _E(
        "email",
        "umum",
        "Subject: surat kami tidak jelas keberadaannya\n\nselamat siang bapak ibu, kami pemerintah desa sungai meriam kecamatan anggana pada tanggal 2 juli sudah mengantar surat langsung ke kantor bupati untuk Bapak Bupati, isinya memang soal batas desa kami dengan desa tetangga tapi yang mau kami tanyakan sekarang bukan soal batasnya, melainkan surat itu sendiri, waktu itu diterima oleh petugas di meja depan dan kami hanya diberi paraf di buku ekspedisi kami tanpa nomor agenda, sudah tiga minggu kami tanya lewat telepon jawabannya selalu belum ketemu atau sedang dicari, kami khawatir surat itu hilang atau tidak pernah sampai ke meja pimpinan, mohon dibantu dilacak di mana posisi surat tersebut dan apakah sudah didisposisi, terima kasih\n\nSekdes Sungai Meriam\nMuhammad Ridwan\n0852 4611 0097",
    ),
    _E(
        "email",
        "umum",
        "Subject: Re: mobil plat merah\n\nSelamat malam, saya tambahkan foto kedua. Hari Minggu kemarin (11/8) mobil dengan nomor polisi KT 1xxx merah yang sama terlihat lagi di parkiran mal di Samarinda, dipakai satu keluarga belanja, ada stiker Setda di kaca depannya. Ini sudah tiga kali saya lihat di akhir pekan. Mohon ditertibkan penggunaan mobil dinas di luar jam kerja.\n\nHormat saya,\nWarga Tenggarong\n\n> Pada Sen, 5 Agu 2024 20.14, saya menulis:\n> Yth. Setda Kukar, saya melihat mobil dinas berpelat merah dipakai untuk keperluan pribadi pada hari Sabtu 3 Agustus di Samarinda. Foto terlampir.",
    ),
    _E(
        "email",
        "umum",
        "Subject: Fwd: keluhan parkir\n\nMohon ditindaklanjuti, surat ini kami terima dari warga di kompleks kami.\n\n-----Original Message-----\nFrom: Paguyuban Warga RT 14 Kel. Timbau\nSent: 19 Juni 2024\nTo: Ketua RT 14\nSubject: keluhan parkir\n\nPak RT, tiap ada acara atau rapat di kantor bupati, mobil-mobil tamu dan pegawai diparkir sampai ke jalan masuk gang kami, dua lapis, sampai ambulans yang mau jemput orang sakit minggu lalu tidak bisa masuk. Halaman parkir di dalam kompleks kantor kelihatannya masih ada yang kosong tapi pintunya ditutup. Tolong disampaikan ke kantor bupati supaya parkirnya diatur di dalam.\n\nTerima kasih,\nPaguyuban Warga RT 14",
    ),
    _E(
        "email",
        "umum",
        "Subject: Mohon bantuan\n\nYth. Bapak/Ibu,\n\nPada hari Kamis, 25 Juli 2024 saya mengantar berkas ke kantor bupati dan menitipkan tas laptop di pos jaga depan karena diminta petugas. Ketika saya ambil satu jam kemudian, charger dan hardisk eksternal di dalam tas sudah tidak ada. Petugas yang berjaga saat itu sudah berganti dan yang baru mengatakan tidak tahu apa-apa. Saya minta rekaman CCTV di pos tersebut bisa dicek dan pengamanan barang titipan tamu diperbaiki.\n\nTerima kasih,\nRizal Fahmi\nKonsultan, Tenggarong Seberang\n0811 5501 6620",
    ),
    _E(
        "email",
        "umum",
        "Subject: Ruangan yang sudah kami pesan dipakai pihak lain\n\nYth. Pengelola gedung Kantor Bupati Kutai Kartanegara\n\nDengan hormat,\n\nKami dari Dinas Perikanan Kab. Kukar menyampaikan keberatan sebagai berikut:\n1. Pada 1 Agustus 2024 kami telah mengajukan dan mendapat konfirmasi tertulis peminjaman ruang rapat lantai 2 untuk sosialisasi kepada 40 kelompok nelayan pada Selasa, 13 Agustus 2024.\n2. Pada hari pelaksanaan, ruangan ternyata sudah dipakai acara lain dan kami tidak diberi tahu sebelumnya. Para nelayan yang datang dari Anggana dan Muara Jawa terpaksa menunggu di lobi hampir dua jam sebelum kami pindah ke ruang lain yang sempit dan AC-nya mati.\n3. Undangan kepada Bapak Bupati untuk membuka acara tersebut sudah kami urus melalui jalur tersendiri, dan konsumsi acara kami bayar dari anggaran kami sendiri, jadi hal-hal itu tidak kami persoalkan di sini.\n\nYang kami mohon adalah perbaikan pencatatan jadwal peminjaman ruangan agar kejadian serupa tidak terulang.\n\nDemikian, atas perhatiannya kami ucapkan terima kasih.\n\nSekretaris Dinas Perikanan\nKab. Kutai Kartanegara\n\nIr. SYAMSUL BAHRI\nNIP 19700512 199803 1 007",
    ),
    _E(
        "whatsapp",
        "umum",
        "Min toilet di lobi kantor bupati kotor bgt, air mati, tisu gak ada. Td sy antar berkas kebelet malah gak bisa dipake 😅 tolong diperhatikan ya, malu kalo ada tamu",
    ),
    _E(
        "whatsapp",
        "umum",
        "Assalamualaikum pian, ulun mau betakon, kawa kah pinjam aula di kantor bupati gasan acara wisuda TK kami? caranya gmn, ada biayanya kah? 🙏",
    ),
    _E(
        "whatsapp",
        "umum",
        "Pak, mobil dinas plat merah tulisan Setda parkir di depan tempat karaoke Jl. Panjaitan tadi malam jam 12an. Ini foto nya. Masa mobil dinas dipakai gitu",
    ),
    _E(
        "web",
        "umum",
        "Setelah acara di halaman kantor bupati hari Sabtu, sampah plastik dan bekas nasi kotak berserakan sampai Senin pagi, bau dan dikerubungi lalat. Halaman kantor pemerintah seharusnya jadi contoh kebersihan.",
    ),
    _E(
        "web",
        "umum",
        "Kami mengirim surat untuk Bapak Bupati melalui pos tercatat tanggal 5 Agustus (resi terlampir, status diterima). Bagaimana cara kami mengecek nomor agenda surat tersebut dan apakah sudah diteruskan?",
    ),
    _E(
        "sms",
        "umum",
        "Pak, parkir di kantor bupati penuh tiap pagi, pengunjung disuruh satpam parkir di pinggir jalan raya, rawan serempet. Mohon disediakan tempat utk tamu",
    ),
    _E(
        "sms",
        "umum",
        "Sy dilarang masuk komplek kantor bupati oleh satpam krn pakai sandal, padahal cuma mau antar surat undangan. Satpamnya kasar. Tolong dibina",
    ),
    _E(
        "telegram",
        "umum",
        "Lampu taman di halaman kantor bupati banyak yg mati, pagar samping juga jebol. Tiap malam ada anak2 muda nongkrong dan mabuk di situ. Kantor pemerintah kok tidak dijaga malam hari?",
    ),
    _E(
        "twitter",
        "umum",
        "Mobil dinas plat merah ngebut & nyalip sembarangan di Jl. Wolter Monginsidi Tenggarong, hampir nyerempet anak sekolah. Sopirnya pakai seragam. Ini kendaraan kantor bupati kan? @setdakukar",
    ),
]

_PROKOM = [
    _E(
        "email",
        "prokom",
        "Subject: Permohonan Audiensi Gapoktan Sumber Rejeki\n\nGABUNGAN KELOMPOK TANI (GAPOKTAN) SUMBER REJEKI\nDesa Separi II, Kecamatan Tenggarong Seberang\nKabupaten Kutai Kartanegara\n_______________________________________\n\nNomor    : 12/GPT-SR/V/2024\nLampiran : -\nPerihal  : Permohonan Audiensi\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\nmelalui Sekretaris Daerah\ndi Tenggarong\n\nDengan hormat,\n\nSehubungan dengan keadaan petani padi di wilayah kami, dengan ini kami menyampaikan:\n1. Sejak awal tahun, sawah di Separi II sering terendam air yang diduga berasal dari limpasan lahan bekas tambang di sekitar desa. Laporan soal ini sudah kami sampaikan ke dinas lingkungan hidup.\n2. Bantuan pompa air dan traktor yang pernah dijanjikan juga sudah kami usulkan melalui penyuluh pertanian.\n3. Melalui surat ini kami hanya memohon kesempatan bertemu langsung dengan Bapak Bupati, sekitar 15 orang perwakilan petani, untuk menyampaikan aspirasi secara langsung. Kami bisa menyesuaikan waktu kapan saja pada bulan Juni 2024.\n\nDemikian permohonan ini kami sampaikan, atas perhatian Bapak kami ucapkan terima kasih.\n\nSepari II, 27 Mei 2024\nKetua Gapoktan Sumber Rejeki\n\nSUGENG RIYADI\nHP 0813 5077 4128\n\nTembusan:\n1. Camat Tenggarong Seberang\n2. Kepala Desa Separi II\n3. Arsip",
    ),
    _E(
        "email",
        "prokom",
        "Subject: Undangan Pesta Laut Muara Badak 2024\n\nYth. Bapak Bupati Kutai Kartanegara\n\nDengan hormat,\n\nPanitia Pesta Laut Nelayan Desa Saliki Kecamatan Muara Badak akan menyelenggarakan syukuran adat laut pada Sabtu, 19 Oktober 2024 pukul 08.00 WITA di Dermaga Saliki. Kegiatan ini diikuti sekitar 2.000 warga nelayan dan diisi lomba perahu hias serta pelepasan sesaji.\n\nKami dengan hormat mengundang Bapak Bupati untuk hadir membuka acara sekaligus memberikan sambutan. Mohon informasi siapa yang dapat kami hubungi untuk koordinasi susunan acara dan tempat duduk tamu kehormatan.\n\nHormat kami,\nKetua Panitia\nLa Ode Hamzah\n0852 5088 1736",
    ),
    _E(
        "email",
        "prokom",
        "Subject: Re: rilis kegiatan bupati\n\nTerima kasih balasannya, tapi rilis tertulis kunjungan kerja Bupati ke Tabang kemarin tetap tidak kami terima. Media-media besar dari Samarinda sudah memuat beritanya sejak siang, sedangkan kami media lokal Kukar baru tahu dari media sosial. Kami mohon agar media lokal yang sudah terdaftar dimasukkan ke grup distribusi rilis dan diberi tahu kalau ada jumpa pers.\n\nSalam,\nRedaksi Kukar Pos Online\nArief Budiman\n\n-----Original Message-----\nFrom: Redaksi Kukar Pos Online\nSent: Senin, 9 September 2024 07:55\nSubject: rilis kegiatan bupati\n\nSelamat pagi, kami belum pernah menerima siaran pers kegiatan Bupati sejak Juli. Apakah ada syarat khusus untuk media agar bisa mendapat rilis?",
    ),
    _E(
        "email",
        "prokom",
        "Subject: Fwd: Undangan Keynote Speaker Seminar Nasional\n\nBapak/Ibu, berikut kami teruskan surat undangan kami. Surat fisiknya sudah kami antar ke kantor bupati dua minggu lalu dan sudah ada tanda terimanya, jadi yang kami perlukan sekarang adalah kepastian apakah Bapak Bupati berkenan hadir sebagai pembicara, karena materi dan cetakan sertifikat harus segera kami siapkan.\n\nTerima kasih,\nPanitia Semnas FISIP\n\n---------- Forwarded message ---------\nFrom: Panitia Seminar Nasional FISIP\nDate: Jum, 2 Agu 2024\nSubject: Undangan Keynote Speaker\n\nDengan hormat, Fakultas Ilmu Sosial dan Ilmu Politik sebuah universitas di Samarinda akan menyelenggarakan Seminar Nasional 'Tata Kelola Daerah Penghasil Tambang' pada Rabu, 28 Agustus 2024 di Tenggarong. Kami mengundang Bapak Bupati Kutai Kartanegara sebagai pembicara kunci (keynote speaker) selama 30 menit.",
    ),
    _E(
        "email",
        "prokom",
        "Subject: Pengaduan\n\nSelamat siang,\n\nSaya ingin menyampaikan keberatan atas unggahan di akun Instagram resmi Bupati tanggal 3 Juli. Dalam foto peresmian jalan, keterangannya menyebut Desa Batuah berada di Kecamatan Loa Kulu, padahal Batuah masuk Kecamatan Loa Janan. Kemudian komentar-komentar warga yang mengoreksi justru dihapus oleh admin. Kami warga Batuah merasa tidak dihargai. Mohon keterangannya dikoreksi dan admin akun lebih terbuka menanggapi komentar.\n\nTerima kasih,\nHeri S.\nPemuda Desa Batuah",
    ),
    _E(
        "email",
        "prokom",
        "Subject: Permohonan tampil pada upacara HUT Kota Tenggarong\n\nYth. Panitia Peringatan HUT Kota Tenggarong\nSekretariat Daerah Kab. Kutai Kartanegara\n\nDengan hormat,\n\nKami Sanggar Tari Lembuswana Tenggarong menyampaikan hal-hal berikut:\n1. Sanggar kami pernah menampilkan tari Jepen pada malam resepsi HUT tahun lalu. Honor penampilan tahun lalu itu memang belum kami terima, namun kami sedang mengurusnya sendiri dengan penanggung jawab anggaran, sehingga tidak perlu dibahas di sini.\n2. Untuk peringatan HUT tanggal 28 September 2024 nanti, kami berharap dapat kembali tampil mengisi acara, baik pada upacara pagi maupun malam ramah tamah bersama Bapak Bupati.\n3. Kami mohon informasi bagaimana cara mendaftar atau seleksi pengisi acara, serta batas waktu pengajuan.\n\nDemikian permohonan ini, atas perhatiannya kami ucapkan terima kasih.\n\nPimpinan Sanggar,\nYuliana Rahmawati\n0821 5312 0448",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Assalamualaikum, kami pengurus masjid Al Ikhlas desa Loa Duri Ilir mau undang pak bupati utk peresmian masjid tgl 20 bulan depan. Suratnya dikirim kemana ya & biasanya brp lama dikonfirmasi? 🙏",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Pak surat permohonan ketemu pak bupati dari bubuhan nelayan Muara Jawa udh kami masukkan 3 minggu lalu, sampai skrg blm ada kabar jadwalnya. Mohon info sdh diproses kah?",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Min video sambutan pak bupati di akun youtube resmi kemarin salah nulis nama desa kami, Kedang Ipil ditulis Kedang Ipel 😅 tolong dibetulkan ya biar gak jadi bahan ketawaan",
    ),
    _E(
        "web",
        "prokom",
        "Saya guru pembina majalah dinding di SMA Negeri di Tenggarong. Murid-murid ingin memuat naskah lengkap sambutan Bupati pada upacara Hari Pendidikan Nasional kemarin. Apakah teks sambutan tersebut bisa kami minta, dan ke mana kami harus menghubungi?",
    ),
    _E(
        "web",
        "prokom",
        "Kami wartawan media daring yang sudah terverifikasi. Saat acara penyerahan bantuan oleh Bupati di Pendopo kemarin, kami dilarang masuk oleh petugas dengan alasan hanya media tertentu yang diundang. Mohon penjelasan aturan peliputan acara resmi Bupati.",
    ),
    _E(
        "sms",
        "prokom",
        "Slmt pagi, mhn info open house halal bihalal Bupati tahun ini tgl brp & jam brp di pendopo? Kami rombongan majelis taklim dr Loa Kulu mau hadir. Trims",
    ),
    _E(
        "sms",
        "prokom",
        "Yth Setda, kami warga desa Sumber Sari Loa Kulu mohon pak Bupati berkenan hadir di panen raya jagung tgl 5 Okt. Kpd siapa surat undangan diserahkan? Kades Sumber Sari",
    ),
    _E(
        "telegram",
        "prokom",
        "Hati2, ada akun facebook pakai foto & nama Bupati Kukar minta transfer dana ke warga dgn alasan bantuan. Sy sdh 2x dichat. Mohon diumumkan di akun resmi bahwa itu palsu 🙏",
    ),
    _E(
        "twitter",
        "prokom",
        "Kenapa komentar kritik warga di akun resmi pimpinan daerah dihapus terus? Kami cuma nanya kapan jalan desa diperbaiki, bukan menghina. Admin medsos tolong lebih terbuka lah 🙄 #Kukar",
    ),
]

_PERENCANAAN_KEUANGAN = [
    _E(
        "email",
        "perencanaan_keuangan",
        "Subject: Penagihan pembayaran ATK yang belum dibayar\n\nCV. TEPIAN MAHAKAM STATIONERY\nPenyedia Alat Tulis Kantor & Perlengkapan Kantor\nJl. Mulawarman No. 45 Tenggarong, Telp. 0541-662 881\n--------------------------------------------------\n\nNomor    : 045/TMS/X/2024\nLampiran : 3 (tiga) berkas (salinan SPK, BAST, faktur)\nPerihal  : Permohonan Pembayaran\n\nKepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\ndi -\n     Tempat\n\nDengan hormat,\n\nBersama ini kami sampaikan bahwa:\n1. Berdasarkan Surat Perintah Kerja tanggal 12 Juni 2024, kami telah menyerahkan alat tulis kantor untuk kebutuhan Sekretariat Daerah senilai Rp 86.750.000,- (delapan puluh enam juta tujuh ratus lima puluh ribu rupiah).\n2. Berita acara serah terima barang sudah ditandatangani pada 20 Juni 2024 dan tagihan telah kami ajukan pada 24 Juni 2024.\n3. Hingga surat ini dibuat, sudah hampir empat bulan, pembayaran belum kami terima, sementara kami harus membayar pemasok kami di Samarinda.\n\nKami mohon kiranya tagihan tersebut dapat segera diproses pembayarannya.\n\nDemikian permohonan ini, atas perhatian Bapak kami ucapkan terima kasih.\n\nHormat kami,\nCV. Tepian Mahakam Stationery\n\nLINDA KUSUMAWATI\nDirektris\n\nTembusan:\n1. Inspektur Kab. Kukar;\n2. Arsip.",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Subject: honor narasumber\n\nselamat pagi, mohon maaf saya mengganggu, saya dosen di salah satu kampus di tenggarong, pada tanggal 14 mei 2024 saya diundang sebagai narasumber bimbingan teknis penyusunan dokumen yang diselenggarakan sekretariat daerah di ruang rapat kantor bupati, waktu itu saya sudah mengisi daftar hadir, menyerahkan fotokopi KTP, NPWP dan nomor rekening, dan panitia menyampaikan honor akan ditransfer paling lambat akhir bulan, tapi sampai sekarang sudah bulan agustus belum masuk ke rekening saya, sudah saya tanyakan ke panitia lewat whatsapp tapi hanya dibaca, saya tidak mempermasalahkan acaranya karena acaranya bagus, hanya minta kejelasan kapan honor tersebut dibayarkan, terima kasih. Dr. Bambang Wijaya",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Subject: Re: Re: TPP bulan Juli - September\n\nMohon maaf saya tanyakan lagi. Kami staf di lingkungan Sekretariat Daerah sampai pertengahan Oktober ini belum menerima tambahan penghasilan (TPP) untuk bulan Juli, Agustus dan September, sementara teman-teman di dinas lain sudah cair. Mohon informasinya kapan dibayarkan dan apa kendalanya.\n\nTerima kasih,\nSri Wahyuni\nNIP 19850314 201001 2 015\n\nPada Rab, 2 Okt 2024 10.21, Admin Aduan menulis:\n> Terima kasih, pertanyaan Ibu sedang kami konfirmasi.\n>\n> Pada Sen, 30 Sep 2024 08.05, Sri Wahyuni menulis:\n>> Selamat pagi, TPP kami di Setda untuk bulan Juli dan Agustus belum masuk. Mohon info.",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Subject: Fwd: Tagihan katering acara bulan Maret\n\nSudah dua kali kami kirim tagihan ini ke panitia, mohon dibantu karena belum ada kabar.\n\n-----Original Message-----\nFrom: Dapur Bunda Catering Tenggarong\nSent: Selasa, 16 April 2024 11:30\nTo: Panitia Rapat Koordinasi Setda\nSubject: Tagihan katering acara bulan Maret\n\nYth. Panitia,\nBersama ini kami sampaikan tagihan penyediaan makan siang dan snack untuk Rapat Koordinasi Pimpinan Daerah tanggal 21 Maret 2024 sebanyak 300 kotak, total Rp 21.000.000,-. Acara berjalan lancar dan kami sudah menerima pesanan sesuai surat pesanan dari Setda. Mohon pembayaran dapat ditransfer ke rekening BPD Kaltimtara a.n. Dapur Bunda.\n\nHormat kami,\nIbu Marlina\nPemilik",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Subject: Re: Re: Fwd: surat\n\nBapak/Ibu, saya tenaga kontrak di Sekretariat Daerah. Saya ditugaskan mendampingi perjalanan dinas ke Jakarta tanggal 11 sampai 14 Maret 2024. Semua tiket pesawat, boarding pass, bill hotel dan surat tugas sudah saya serahkan bulan Maret juga, tapi sampai sekarang uang perjalanan dinasnya belum diganti, padahal tiket dan hotel saya talangi sendiri hampir Rp 7 juta. Teman yang PNS katanya sudah dibayar. Mohon kejelasannya.\n\nHormat saya,\nDimas Prasetyo\n0822 5190 3374",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Subject: Permohonan pembayaran termin II renovasi ruang rapat\n\nKepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\n\nKami CV Alam Bangun Persada menyampaikan hal-hal berikut:\n1. Kami adalah pelaksana pekerjaan renovasi ruang rapat dan ruang tunggu di lingkungan Kantor Bupati dengan nilai kontrak Rp 1.245.600.000,-.\n2. Proses pemilihan penyedia sudah selesai dengan baik dan kami tidak mempunyai keberatan apa pun atas prosesnya.\n3. Pekerjaan telah selesai 100% dan diserahterimakan pada 30 Agustus 2024. Pemeriksaan hasil pekerjaan oleh tim teknis juga sudah dinyatakan sesuai, dan ruangannya sudah dipakai sejak September.\n4. Termin I (30%) sudah kami terima, namun termin II sebesar Rp 871.920.000,- yang tagihannya kami ajukan pada 5 September 2024 belum juga dibayarkan oleh Sekretariat Daerah.\n\nKami mohon agar pembayaran termin II tersebut dapat segera dicairkan karena kami harus melunasi upah tukang dan material.\n\nDemikian, atas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nDirektur CV Alam Bangun Persada\nH. Muhammad Arsyad\n\nTembusan:\n1. Inspektur Kab. Kukar\n2. Arsip",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "Pak, honor panitia HUT Kukar yg dr Setda blm cair jg, udh 2 bln. Kami anak2 honorer yg jd panitia cuma nanya kapan ya 🙏",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "Assalamualaikum, sy pegawai honorer di setda, gaji bulan ini blm masuk padahal udh tgl 12. Tmn2 di dinas lain udh gajian. Ada masalah apa ya? 😔",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "Bu sy bendahara pembantu di salah satu unit di setda. SPJ perjalanan dinas kami dikembalikan trs, katanya format kwitansinya salah. Format yg benar yg mana? mohon dikirim contohnya 🙏",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Kami usaha kue rumahan di Tenggarong menyediakan snack rapat untuk Sekretariat Daerah selama Mei dan Juni, total Rp 9.450.000. Nota sudah diserahkan ke staf yang memesan, tapi sampai sekarang belum dibayar. Untuk usaha kecil seperti kami ini sangat berat.",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Percetakan kami mencetak 500 buku agenda dan kalender untuk Sekretariat Daerah pada akhir 2023 dengan nilai Rp 32.500.000. Barang sudah diterima dan diberi tanda terima, namun pembayaran tidak kunjung dilakukan dengan alasan anggaran belum tersedia. Mohon kepastian.",
    ),
    _E(
        "sms",
        "perencanaan_keuangan",
        "Pak uang harian perjalanan dinas ke Balikpapan bln Juni sdh SPJ tp blm diganti sampai skrg. Sy staf Setda. Mohon info",
    ),
    _E(
        "sms",
        "perencanaan_keuangan",
        "Slmt siang, TPP sy bulan kemarin dipotong hampir separuh tanpa penjelasan, padahal absen lengkap. Sy staf di Setda. Mohon rinciannya",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "Selamat pagi. Pembayaran tagihan sewa tenda & sound system utk acara Setda bulan lalu katanya sdh ditransfer, tp rekening kami blm menerima apa2. Mohon dicek apakah nomor rekening atau nama penerimanya salah input.",
    ),
    _E(
        "twitter",
        "perencanaan_keuangan",
        "Vendor kecil kayak kami nyuplai air galon & konsumsi ke Setda Kukar dari Maret, sampe skrg blm dibayar sepeser pun. Modal muter dari mana coba 😭 @setdakukar",
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
