# ruff: noqa: E501
"""Blind set written 2026-12-07 (twenty-second of the day) for issue 16: the regency government's own programmes and decisions as people experienced them in 2025-2026 (village funds and officials, religious and social grants, regulations and legal aid, agreements, prices and LPG, markets and regional enterprises, mining, plantations and pollution, aid to farmers and fishermen; construction, tenders, slow offices, the office compound, protocol and the regent's agenda, the Secretariat's payments), written by the people affected: angry, polite, confused about who is responsible, asking only for information, or writing formally for an organisation. 15 cases per section; per section 4 email, 4 whatsapp, 2 web, 2 sms, 2 telegram, 1 twitter (48 each of email and whatsapp, 24 each of web, sms and telegram, 12 twitter). Written by two helper sessions, six sections each, with the same instructions, and joined into this file unread.

Written without reading config.yaml, routing/ or tests/routing/; each case is labelled only from
the mandates in docs/sections.md.

Scored ONCE, blind, with the rules of main 69b8cfa (this file committed unread in that commit), on
2026-12-07, after the changes tuned on 2026-12-07n to u and the request bonus: 172/180 correct =
95.6% (Wilson 95% interval 91.5%-97.7%), no fallback. Per channel: email 44/48 = 91.7%, sms
24/24, telegram 24/24, twitter 12/12, web 22/24, whatsapp 46/48. The rules of 1ca627b (the
session's start) place 166/180 (email 40/48): the day's changes gained #18, #25, #60, #85, #122
and #168 and lost none.
The errors (index in CASES, label -> got): #16 kesra -> kerjasama, #36 hukum -> sda, #63
perekonomian -> kerjasama, #83 sda -> perekonomian, #84 sda -> kerjasama, #92 adpem ->
perekonomian, #111 pbj -> perekonomian, #136 umum -> perekonomian.
"""

from __future__ import annotations

from tests.routing.case import Case

_E = Case

_PEMERINTAHAN = [
    _E(
        "email",
        "pemerintahan",
        "BADAN PERMUSYAWARATAN DESA (BPD) DESA SABINTULUNG\nKecamatan Muara Kaman, Kabupaten Kutai Kartanegara\n\nNomor: 07/BPD-SBT/IX/2025\nPerihal: Permohonan pembinaan terhadap Pemerintah Desa Sabintulung\n\nKepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nKami selaku BPD Desa Sabintulung menyampaikan bahwa sejak Januari 2025 Kepala Desa tidak pernah mengundang BPD dalam musyawarah desa. APBDes Tahun Anggaran 2025 ditetapkan tanpa pembahasan bersama BPD, dan sampai surat ini kami buat papan informasi APBDes tidak pernah dipasang. Dua undangan rapat dari BPD (14 April dan 2 Juli 2025) tidak dihadiri Kepala Desa maupun Sekretaris Desa.\n\nWarga juga banyak mengeluhkan jalan desa dan bantuan untuk masjid, namun surat ini khusus menyangkut jalannya pemerintahan desa. Kami sudah melapor ke Camat Muara Kaman pada Agustus 2025 tetapi belum ada tindak lanjut. Oleh karena itu kami memohon Pemerintah Kabupaten melakukan pembinaan dan memfasilitasi pertemuan antara BPD dan Pemerintah Desa.\n\nAtas perhatian Bapak/Ibu kami ucapkan terima kasih.\n\nSabintulung, 22 September 2025\nKetua BPD,\n(ttd)\nH. Syamsuddin",
    ),
    _E(
        "email",
        "pemerintahan",
        "Subject: Re: Jadwal pilkades Desa Kota Bangun Ulu\n\nSelamat siang,\n\nTerima kasih atas balasan sebelumnya. Sebagai pengingat, jawaban yang kami terima tanggal 3 Juni 2025 berbunyi:\n> Pelaksanaan pilkades serentak gelombang berikutnya masih menunggu penetapan jadwal dan ketersediaan anggaran. Informasi akan disampaikan melalui kecamatan.\n\nSekarang sudah November 2025 dan dari kecamatan belum ada kabar apa pun. Desa kami hampir dua tahun dipimpin penjabat kepala desa. Warga mulai bertanya-tanya, ada isu pilkades diundur sampai 2027 karena aturan baru soal masa jabatan delapan tahun. Beberapa bakal calon sudah pasang baliho sendiri, jadi suasana di kampung agak panas.\n\nMohon kejelasan: apakah Desa Kota Bangun Ulu masuk daftar pilkades serentak 2026? Kalau belum, sampai kapan Pj kepala desa menjabat, dan apakah bisa diganti karena beliau jarang berada di desa?\n\nHormat saya,\nRusdiansyah\nWarga RT 05 Kota Bangun Ulu",
    ),
    _E(
        "email",
        "pemerintahan",
        "Perihal: Pemberhentian perangkat desa tanpa prosedur\n\nAssalamualaikum Bapak/Ibu,\n\nSaya Nurhayati, tujuh tahun menjabat Kaur Keuangan di Desa Sumber Sari, Kecamatan Sebulu. Tanggal 4 Agustus 2025 saya menerima surat keputusan pemberhentian dari Kepala Desa tanpa pernah diberi teguran, tanpa rekomendasi camat, dan alasannya hanya 'penyegaran'. Posisi saya langsung diisi keponakan beliau. Dua rekan lain, Kasi Pelayanan dan seorang kepala dusun, juga diberhentikan dengan cara yang sama setelah pilkades kemarin karena dianggap bukan pendukung.\n\nSebenarnya saya juga sedang pusing karena beasiswa anak saya yang kuliah di Samarinda belum cair dan insentif guru ngaji ibu saya terlambat, tapi itu biar saya urus sendiri ke tempatnya. Yang saya mohon dari Pemkab sekarang: tolong diperiksa apakah pemberhentian kami ini sah, dan kalau tidak sah bagaimana caranya kami dipulihkan. Kami sudah menghadap camat tapi disuruh menunggu terus.\n\nTerlampir salinan SK pemberhentian dan SK pengangkatan saya tahun 2018.\n\nWassalam,\nNurhayati",
    ),
    _E(
        "email",
        "pemerintahan",
        "---------- Forwarded message ---------\nDari: Forum Warga Perbatasan Tanjung Limau - Salo Palai\nTanggal: Sen, 13 Okt 2025 09.12\nSubjek: Sengketa batas Desa Tanjung Limau dan Desa Salo Palai\n\nYth. Pemerintah Kabupaten Kutai Kartanegara,\n\nMohon maaf surat ini kami teruskan lagi karena yang sebelumnya ke kecamatan tidak berbalas.\n\nKurang lebih 40 hektare kebun warga di perbatasan Desa Tanjung Limau dan Desa Salo Palai, Kecamatan Muara Badak, sekarang diklaim masuk wilayah dua desa sekaligus. Surat keterangan tanah yang diterbitkan kedua kepala desa saling tumpang tindih, sehingga ada lahan dengan dua surat dan dua pemilik berbeda. Sudah dua kali terjadi cekcok antarwarga waktu panen, dan perusahaan yang mau membayar kompensasi jalur pipa pun bingung harus membayar ke siapa.\n\nKami mohon Pemkab menetapkan garis batas yang jelas antara kedua desa dan memfasilitasi penyelesaian surat-surat tanah yang tumpang tindih, sebelum masalah ini makin besar.\n\nHormat kami,\nSuryadi\nSekretaris Forum",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "pak/bu sy warga desa Bangun Rejo tenggarong seberang. kades kmi udh 3 bln kada nongol di kantor desa 😤 mau minta ttd surat kada bisa, sekdes jg bingung. katanya beliau sibuk di samarinda. ini gmn pak, ada sanksinya kah kades yg kyk gini? 🙏",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Assalamualaikum, ulun warga RT 14 Kelurahan Timbau. pemilihan ketua RT kmrn kada ada musyawarah, tau2 lurah nunjuk haja urang nang kada tinggal di RT kami 🙏 bubuhan warga kada terima. bisa kah dibatalkan? gmn prosedurnya",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Pak, sy perangkat desa di Kenohan. siltap kami blm cair dr bulan Juli, udh 4 bln 😭 kata kades ADD blm turun dr kabupaten. bnr kah? anak2 sy mau bayar sekolah. mohon info kapan cair",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "min mau tanya, dusun kami di Tabang mau mekar jd desa sendiri, jauh bgt dr desa induk, 3 jam naik ketinting 🚤 syaratnya apa aja ya & ngajuinnya ke mana? makasih 🙏",
    ),
    _E(
        "web",
        "pemerintahan",
        "Saya warga Desa Jembayan Tengah, Kecamatan Loa Kulu. Ada beberapa hal yang ingin saya sampaikan, tetapi yang paling mendesak soal kepala dusun kami. Pada Mei 2025 Kepala Desa memberhentikan Kepala Dusun III tanpa musyawarah dan menggantinya dengan orang yang bahkan tidak tinggal di dusun itu. Warga dusun sudah menandatangani petisi 160 orang meminta kepala dusun lama dikembalikan, tetapi kades menolak menerima petisi itu. Sejak itu urusan surat pengantar ke desa jadi kacau.\n\nSelain itu jalan poros ke dusun kami rusak parah sejak truk batu bara lewat, dan gas 3 kg sering kosong di pangkalan, tapi itu mungkin urusan lain. Mohon yang ini dulu: tolong Pemkab atau kecamatan menegur kades dan meninjau penggantian kepala dusun tersebut, karena menurut kami tidak sesuai aturan pengangkatan perangkat desa.",
    ),
    _E(
        "web",
        "pemerintahan",
        "Selamat pagi. Kami warga Perumahan Batuah Permai di Desa Batuah, Kecamatan Loa Janan. Perumahan kami sudah dihuni sekitar 230 KK tetapi masih ikut RT 09 yang lama, sehingga ketua RT kewalahan mengurus pengantar dan pendataan. Bagaimana prosedur pembentukan RT baru? Apakah cukup lewat musyawarah dan keputusan kepala desa, atau perlu persetujuan kecamatan? Berapa jumlah KK minimal untuk satu RT? Terima kasih.",
    ),
    _E(
        "sms",
        "pemerintahan",
        "Yth Pemkab Kukar. Hasil pilkades desa Hambau Kembang Janggut kami duga curang, ada 40an surat suara dinyatakan tdk sah tanpa alasan. Panitia tdk mau hitung ulang. Mohon ditinjau sblm kades dilantik. Trims",
    ),
    _E(
        "sms",
        "pemerintahan",
        "Patok batas desa Kerta Buana dgn Bukit Pariaman dicabut org tdk dikenal. skrg warga 2 desa rebutan kebun. mohon pemkab turun tetapkan batas. dr warga Kerta Buana",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "Selamat sore. Mau tanya, Pj kades di desa kami (Muara Pantuan, Anggana) itu ASN dr kecamatan, tp jarang sekali ke desa, paling sebulan sekali 😔 Pj itu maksimal berapa lama menjabat ya? Kalau warga mau minta diganti, suratnya ditujukan ke siapa? Soal bantuan nelayan yg blm turun nanti sy tanya terpisah.",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "bpk/ibu, kades kmi di Desa Perangat Selatan Marangkayu sdh 2 thn tdk pasang baliho APBDes, BPD jg dibekukan sama beliau. warga mau tau dana desa dipakai apa aja. mohon pemkab tegur & bina kades kmi 🙏",
    ),
    _E(
        "twitter",
        "pemerintahan",
        "Musdes di desa kami (Sebuntal, Marangkayu) udh 2 thn gak pernah ada, kades jalan sendiri, BPD dicuekin. Pemkab Kukar kapan turun bina kades yg begini? #Kukar #DanaDesa",
    ),
]

_KESRA = [
    _E(
        "email",
        "kesra",
        "PENGURUS MASJID NURUL HIDAYAH\nDesa Jongkang, Kecamatan Loa Kulu, Kabupaten Kutai Kartanegara\n\nNomor: 019/MNH/X/2025\nLampiran: 1 berkas\nPerihal: Menanyakan tindak lanjut proposal bantuan rehabilitasi masjid\n\nKepada Yth.\nBupati Kutai Kartanegara\nc.q. Sekretariat Daerah\ndi Tenggarong\n\nAssalamualaikum warahmatullahi wabarakatuh,\n\nPada tanggal 10 Februari 2025 kami telah mengajukan proposal bantuan rehabilitasi atap dan tempat wudu Masjid Nurul Hidayah sebesar Rp 185.000.000, lengkap dengan tanda terima. Hingga Oktober 2025 kami belum mendapat kabar apakah proposal tersebut masuk daftar penerima tahun ini atau tahun depan. Atap masjid sudah bocor di beberapa titik sehingga saat hujan jamaah salat di teras.\n\nMohon informasi status proposal kami. Apabila ada kekurangan berkas, misalnya sertifikat wakaf atau rekening atas nama masjid, kami siap melengkapi.\n\nAtas perhatiannya kami ucapkan terima kasih.\nWassalamualaikum warahmatullahi wabarakatuh.\n\nKetua Pengurus,\nH. Abdul Rasyid",
    ),
    _E(
        "email",
        "kesra",
        "Subject: Re: Re: Pencairan beasiswa semester ganjil\n\nYth. Admin,\n\nPada 18 Agustus saya mendapat balasan berikut:\n> Terima kasih, data Saudari sudah kami teruskan. Pencairan beasiswa untuk mahasiswa S1 dalam negeri masih dalam proses verifikasi dan dijadwalkan September 2025.\n\nNamun sampai hari ini, 27 Oktober 2025, dana belum masuk ke rekening saya. Teman satu angkatan dari Tenggarong Seberang sudah cair sejak awal Oktober, sedangkan saya dan beberapa teman dari Muara Muntai belum. Status di laman pendaftaran masih tertulis 'lolos verifikasi berkas'.\n\nSaya sangat membutuhkan dana itu karena UKT semester ini sudah jatuh tempo dan saya sudah minta penundaan ke kampus. Mohon dicek apakah ada kesalahan nomor rekening atau berkas saya, dan kapan kira-kira bisa cair.\n\nKampus: Universitas Mulawarman, Fakultas Pertanian\nAsal: Desa Muara Muntai Ulu\n\nTerima kasih,\nSiti Rahmawati",
    ),
    _E(
        "email",
        "kesra",
        "Perihal: Insentif guru TPA dan marbot belum dibayar\n\nSelamat siang Bapak/Ibu,\n\nSaya Ahmad Fauzi, guru TPA di Kelurahan Sangasanga Dalam. Mohon maaf kalau surat ini agak panjang karena banyak yang ingin saya sampaikan.\n\nDi lingkungan kami harga beras sudah Rp 15.500 per kilo, gas melon susah, dan jalan ke TPA becek karena drainase mampet. Tapi itu keluhan umum semua warga. Yang membuat saya menulis adalah insentif guru TPA, guru ngaji dan marbot dari pemkab untuk triwulan III 2025 sampai sekarang belum kami terima. Biasanya masuk rekening setiap tiga bulan, Rp 500.000 per bulan. Di kelurahan kami ada 23 orang penerima dan semuanya belum menerima.\n\nKami tidak tahu harus bertanya ke kelurahan, Kemenag, atau pemkab. Mohon dijelaskan apakah insentif tahun 2025 masih berjalan, kenapa terlambat, dan apakah ada pendataan ulang yang harus kami ikuti untuk 2026.\n\nTerima kasih atas perhatiannya.\nAhmad Fauzi",
    ),
    _E(
        "email",
        "kesra",
        "---------- Pesan terusan ----------\nDari: Sanggar Seni Erau Lestari\nTanggal: 5 Januari 2026\nSubjek: Permohonan informasi hibah untuk sanggar seni\n\nKami teruskan ke alamat ini atas saran staf kecamatan.\n\nYth. Bapak/Ibu,\n\nSanggar kami beranggotakan 35 anak muda yang berlatih tari jepen dan musik tingkilan di Kelurahan Melayu, Tenggarong. Tahun lalu kami mendengar ada organisasi kemasyarakatan yang menerima dana hibah dari Pemkab untuk kegiatannya, sedangkan kami selama ini hanya mengandalkan iuran anggota dan sesekali diundang tampil di acara perusahaan.\n\nKami ingin bertanya:\n1. Apakah sanggar seni bisa mengajukan hibah untuk tahun anggaran 2027, dan kapan batas waktunya?\n2. Apakah sanggar harus berbadan hukum dan terdaftar di Kesbangpol lebih dulu?\n3. Contoh format proposal dan NPHD bisa diminta di mana?\n\nTerima kasih atas bimbingannya.\n\nSalam budaya,\nRizky Pratama\nKetua Sanggar",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Assalamualaikum pak, ulun peserta MTQ tingkat kabupaten kmrn di Sebulu, juara 2 tilawah remaja 🏆 hadiah pembinaan blm diterima sampai skrg, udh 2 bln. kmna ulun harus tanya? trims 🙏",
    ),
    _E(
        "whatsapp",
        "kesra",
        "pak sy anak dr jamaah haji lansia asal Muara Jawa, berangkat 2026. mamak sy umur 78 pakai kursi roda. apakah pemkab ada fasilitas antar ke embarkasi Balikpapan & pendamping lansia? 🙏 kmi blm dpt info apa2 dr kecamatan",
    ),
    _E(
        "whatsapp",
        "kesra",
        "min beasiswa kukar buat S2 thn 2026 kapan buka pendaftaran? syarat IPK brp ya? mkasih 🙏",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Selamat siang, sy pengurus gereja di desa Kelekat Kembang Janggut. bantuan rumah ibadah kmi tercantum Rp 100 jt di pengumuman, tp yg masuk rekening cm Rp 75 jt. knp beda ya? apa ada tahap 2? mohon penjelasan 🙏",
    ),
    _E(
        "web",
        "kesra",
        "Kami pengurus Panti Asuhan Al-Ikhlas di Kelurahan Jahab, Tenggarong. Sejak Maret 2025 kami mengajukan hibah sosial untuk biaya makan dan sekolah 42 anak asuh, dan NPHD sudah ditandatangani pada Juni. Tetapi sampai pertengahan Desember dana belum juga ditransfer, sehingga kami terpaksa berutang di warung langganan. Di sekitar panti juga ada persoalan lain: air PDAM sering mati, harga telur naik, dan lampu jalan padam berbulan-bulan. Namun yang kami mohonkan dalam laporan ini hanya kepastian pencairan hibah panti tahun 2025, karena anak-anak sebentar lagi masuk semester baru dan perlu seragam serta buku.",
    ),
    _E(
        "web",
        "kesra",
        "Assalamualaikum. Anak saya sudah hafal 15 juz dan mondok di sebuah pesantren di Tenggarong Seberang, sekarang kelas 11. Apakah ada beasiswa tahfidz dari Pemkab Kukar untuk santri tingkat SMA/MA? Kalau ada, syaratnya apa saja dan biasanya dibuka bulan apa? Terima kasih.",
    ),
    _E(
        "sms",
        "kesra",
        "Yth pemkab. Insentif guru ngaji desa Tani Harapan Loa Janan thn 2025 blm cair smp skrg. kami 12 org. mohon info. trims",
    ),
    _E(
        "sms",
        "kesra",
        "Assalamualaikum. Nama sy lulus seleksi beasiswa mhs kurang mampu bulan lalu tp di pengumuman akhir hilang. Sy dr Muara Wis, kuliah di Polnes. mohon dicek 🙏",
    ),
    _E(
        "telegram",
        "kesra",
        "Om Swastiastu 🙏 Kami pengurus pura di Desa Karang Tunggal, Tenggarong Seberang. Tembok penyengker & bale kulkul pura kami rusak. Apakah bantuan rumah ibadah dr pemkab jg bisa utk pura? Berkasnya apa saja & diajukan kapan?",
    ),
    _E(
        "telegram",
        "kesra",
        "selamat malam, majelis taklim kami di Anggana dpt hibah 2025, di NPHD Rp 25 jt tp baru masuk Rp 15 jt tahap 1. laporan penggunaan tahap 1 sdh kami kirim bulan lalu. tahap 2 kapan ya? 🙏",
    ),
    _E(
        "twitter",
        "kesra",
        "beasiswa kukar 2025 kapan cair sih min 😭 udh mau UAS, UKT blm kebayar. anak muara kaman nunggu kabar nih #beasiswakukar",
    ),
]

_HUKUM = [
    _E(
        "email",
        "hukum",
        "ALIANSI MASYARAKAT ADAT DAN LINGKUNGAN KUTAI\nSekretariat: Jl. Panji, Tenggarong\n\nNomor: 11/AMALK/XI/2025\nPerihal: Permohonan keterlibatan dalam penyusunan Raperda\n\nYth. Pemerintah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\n\nKami mengetahui dari pemberitaan bahwa Pemerintah Kabupaten sedang menyusun Rancangan Peraturan Daerah tentang Pengakuan dan Perlindungan Masyarakat Hukum Adat, yang rencananya diajukan ke DPRD pada 2026. Sebagai organisasi yang mendampingi komunitas adat di Kecamatan Tabang dan Kembang Janggut, kami berharap dapat memberi masukan sejak tahap penyusunan, terutama soal wilayah adat yang bersinggungan dengan konsesi.\n\nSehubungan dengan itu kami memohon:\n1. salinan draf Raperda beserta naskah akademiknya;\n2. jadwal konsultasi publik, jika sudah ditetapkan;\n3. kesempatan menyampaikan masukan tertulis sebelum draf dikirim ke DPRD.\n\nAtas perhatian Bapak/Ibu kami ucapkan terima kasih.\n\nTenggarong, 17 November 2025\nKoordinator,\nYohanes Lawing",
    ),
    _E(
        "email",
        "hukum",
        "Perihal: Mohon bantuan hukum untuk warga tidak mampu\n\nSelamat pagi Bapak/Ibu,\n\nSaya Masitah, 54 tahun, janda, tinggal di Desa Bukit Raya, Tenggarong Seberang. Saya digugat ke Pengadilan Negeri Tenggarong oleh seseorang yang mengaku membeli tanah dan rumah yang saya tempati dari almarhum suami saya. Padahal suami saya tidak pernah menjual, dan sertifikatnya masih saya pegang. Sidang pertama dijadwalkan 9 Desember 2025.\n\nSaya tidak punya uang untuk membayar pengacara. Tetangga bilang Pemkab Kukar punya program bantuan hukum gratis untuk warga miskin melalui lembaga bantuan hukum yang ditunjuk. Mohon informasi apakah saya bisa mendapat bantuan itu, syaratnya apa (saya punya SKTM dari desa dan kartu KIS), dan ke mana saya harus datang. Waktu saya sudah sempit.\n\nTerima kasih banyak, semoga Bapak/Ibu sehat selalu.\n\nMasitah",
    ),
    _E(
        "email",
        "hukum",
        "Subject: Re: Permintaan salinan Perbup tarif retribusi pasar\n\nYth. Pengelola,\n\nMenindaklanjuti jawaban tanggal 2 September 2025:\n> Perbup dimaksud sudah ditetapkan dan akan segera diunggah ke laman JDIH setelah pengundangan dalam Berita Daerah selesai.\n\nSudah lebih dua bulan, tetapi Perbup tersebut belum ada di laman JDIH. Pencarian dengan kata 'retribusi' hanya menampilkan Perda lama dan Perda Pajak dan Retribusi Daerah 2024.\n\nKami pedagang di Pasar Loa Kulu memerlukan naskah Perbup itu karena petugas pasar menagih tarif baru, kios 3x3 naik dari Rp 150.000 menjadi Rp 300.000 per bulan, dengan alasan 'sudah ada Perbup baru'. Kami tidak menolak membayar kalau memang aturannya begitu, tetapi kami ingin membaca sendiri isi dan tanggal berlakunya. Soal kondisi pasar nanti kami bicarakan sendiri dengan pengelola.\n\nMohon naskah Perbup dikirim ke surel ini atau segera diunggah.\n\nHormat kami,\nRamli\nPaguyuban Pedagang Pasar Loa Kulu",
    ),
    _E(
        "email",
        "hukum",
        "Fwd: Keberatan atas tanah yang dipakai untuk jalan kabupaten\n\n---------- Forwarded message ---------\nDari: Keluarga Ahli Waris Alm. H. Basri\nTanggal: 20 Jan 2026\n\nYth. Pemerintah Kabupaten Kutai Kartanegara,\n\nKami teruskan kembali surat kami tanggal 3 November 2025 yang belum dijawab.\n\nTanah milik orang tua kami seluas kurang lebih 1.200 m2 di Desa Sungai Payang, Kecamatan Loa Kulu, sejak 2019 dipakai untuk pelebaran jalan kabupaten tanpa pernah ada pembebasan atau ganti rugi. Kami memegang sertifikat hak milik. Sudah tiga kali kami bertanya ke dinas teknis, jawabannya tanah itu 'sudah diserahkan secara sukarela', padahal tidak satu pun ahli waris menandatangani penyerahan. Jalannya sendiri pun sekarang sudah retak-retak.\n\nKami bermaksud menggugat Pemerintah Kabupaten ke pengadilan, namun sebelum itu ingin menempuh jalan damai. Mohon kami dipertemukan dengan pihak pemkab yang menangani sengketa hukum, dan ditunjukkan dokumen 'penyerahan sukarela' tersebut.\n\nHormat kami,\natas nama ahli waris,\nFirdaus",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Pak mau tanya, katanya ada Perbup baru soal jam operasional kafe & tempat karaoke di Tenggarong ya? sy punya kafe kecil, takut salah. aturannya bisa dibaca di mana? 🙏",
    ),
    _E(
        "whatsapp",
        "hukum",
        "assalamualaikum pak, adik sy ditangkap polisi di Loa Janan krn dituduh curi HP. kmi org kada mampu, kada sanggup bayar pengacara. pemkab ada kah pengacara gratis? gmn caranya 😢",
    ),
    _E(
        "whatsapp",
        "hukum",
        "pak, sapi tetangga lepas terus masuk kebun sy di Sebulu, tanaman habis 😤 ada kah perda kukar soal ternak lepas? sanksinya apa? sy mau tunjukin ke dia biar ngerti",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Permisi bu, sy korban KDRT di Samboja. sy mau gugat cerai & lapor tp kada ngerti hukum sama sekali. apa pemkab ada pendampingan hukum gratis utk perempuan kyk sy? 🙏",
    ),
    _E(
        "web",
        "hukum",
        "Saya mewakili warga Desa Sungai Merdeka dan Karya Jaya, Kecamatan Samboja. Kami mendapat kabar bahwa dalam rancangan revisi Perda RTRW Kabupaten yang sedang disusun, sebagian permukiman dan kebun warga di dua desa ini direncanakan menjadi kawasan industri dan pertambangan. Di sekitar kami memang sudah ada beberapa tambang batu bara yang meninggalkan lubang, air sumur keruh, dan jalan rusak oleh truk, tetapi hal-hal itu sudah kami laporkan terpisah. Yang kami minta di sini: pertama, agar peta dan draf revisi Raperda RTRW dapat diakses warga; kedua, agar kami diberi kesempatan mengajukan keberatan resmi sebelum Raperda dibahas dengan DPRD; ketiga, penjelasan apakah rumah bersertifikat kami akan terdampak oleh pasal-pasal zonasi yang baru.",
    ),
    _E(
        "web",
        "hukum",
        "Saya mahasiswa fakultas hukum yang sedang menulis skripsi tentang pengelolaan dana desa di Kukar. Saya mencari Perbup tentang tata cara pembagian dan penetapan rincian Dana Desa dan ADD tahun 2025, tetapi di laman JDIH yang tersedia hanya sampai tahun 2023. Apakah Perbup tahun 2024 dan 2025 bisa diminta salinannya, dan bagaimana caranya? Terima kasih.",
    ),
    _E(
        "sms",
        "hukum",
        "Sy mantan tenaga kontrak yg menang gugatan di PTUN Samarinda thd SK pemberhentian sy thn 2024. putusan sdh inkracht tp sampai skrg blm dilaksanakan pemkab. mohon kejelasan 🙏",
    ),
    _E(
        "sms",
        "hukum",
        "sy warga Muara Muntai mau konsultasi sengketa warisan tanah dgn saudara sendiri. ada posbakum / konsultasi hukum gratis dr pemkab? di mana alamatnya?",
    ),
    _E(
        "telegram",
        "hukum",
        "Min, situs JDIH Kukar error terus dari kemarin, mau download Perda No 1 Tahun 2025 gak bisa, muncul 404 😩 ada link lain atau bisa dikirim filenya?",
    ),
    _E(
        "telegram",
        "hukum",
        "Perda Kukar soal sampah udh ada blm ya? sy ketua RT di Loa Ipuh, mau pasang spanduk larangan buang sampah + sanksi sesuai perda, biar warga kapok 😅 pasal & dendanya brp?",
    ),
    _E(
        "twitter",
        "hukum",
        "Katanya mau ada Perda baru soal tempat hiburan malam di Kukar, tapi drafnya gak pernah dipublikasikan. Uji publiknya kapan? Rakyat juga berhak baca dong 🙄 #Kukar #Raperda",
    ),
]

_KERJASAMA = [
    _E(
        "email",
        "kerjasama",
        "INSTITUT TEKNOLOGI DAN BISNIS MAHAKAM\nLembaga Penelitian dan Pengabdian kepada Masyarakat\nSamarinda\n\nNomor: 142/LPPM-ITBM/X/2025\nPerihal: Tindak lanjut permohonan nota kesepahaman\n\nKepada Yth.\nKepala Bagian Kerja Sama\nSekretariat Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nMerujuk surat kami Nomor 098/LPPM-ITBM/VI/2025 tanggal 16 Juni 2025 perihal permohonan nota kesepahaman tentang pelaksanaan Tridharma Perguruan Tinggi, sampai saat ini kami belum menerima tanggapan. Kami bermaksud menempatkan 120 mahasiswa KKN tematik di desa-desa Kecamatan Muara Badak dan Marangkayu pada Februari 2026, serta melakukan penelitian bersama tentang pengolahan hasil perikanan.\n\nMengingat waktunya semakin dekat, kami mohon informasi: apakah draf MoU yang kami lampirkan sudah ditelaah, apakah ada perubahan yang diminta, dan kapan penandatanganan dapat dijadwalkan.\n\nAtas perhatian Bapak/Ibu kami sampaikan terima kasih.\n\nKetua LPPM,\nDr. Hendra Wijaya, M.T.",
    ),
    _E(
        "email",
        "kerjasama",
        "Perihal: Program CSR air bersih tidak sampai ke RT kami\n\nYth. Pemkab Kukar,\n\nSaya ketua RT 11 Desa Badak Baru, Kecamatan Muara Badak. Tahun 2025 perusahaan migas yang beroperasi di wilayah kami menjalankan program TJSL pemasangan pipa air bersih dan tandon untuk warga. Menurut papan program, sasarannya seluruh Desa Badak Baru, tetapi pipanya berhenti di RT 08. RT 09 sampai RT 12, sekitar 260 KK, tidak kebagian sama sekali.\n\nKami juga sering mencium bau gas dan melihat lapisan minyak di parit, dan harga air galon naik jadi Rp 7.000, tapi masalah itu lain kali. Permohonan kami: tolong Pemkab, yang katanya ikut mengoordinasikan program CSR perusahaan, menanyakan ke perusahaan kenapa RT kami tidak masuk dan apakah ada tahap kedua. Kami sudah bertanya langsung ke humas perusahaan, jawabannya 'sesuai kesepakatan dengan pemerintah daerah'.\n\nTerima kasih,\nBaharuddin\nKetua RT 11",
    ),
    _E(
        "email",
        "kerjasama",
        "Subject: Re: Beasiswa CSR untuk anak nelayan\n\nSelamat sore,\n\nTerima kasih atas jawaban sebelumnya, yang saya kutip:\n> Beasiswa yang Bapak tanyakan bukan beasiswa APBD Kabupaten, melainkan program TJSL perusahaan yang penyalurannya dikoordinasikan melalui forum TJSL kabupaten.\n\nBaik, saya paham. Justru karena itu saya mohon bantuan koordinasinya. Anak saya termasuk 30 siswa dari Desa Muara Pantuan yang diumumkan perusahaan sebagai penerima beasiswa CSR tahun ajaran 2025/2026 pada acara penyerahan simbolis di kecamatan bulan Agustus. Sampai sekarang dananya belum diterima, padahal siswa dari desa lain sudah. Pihak perusahaan bilang datanya ada di pemkab, pihak kecamatan bilang tanya ke perusahaan.\n\nMohon Pemkab memastikan penyaluran program TJSL ini sampai ke anak-anak desa kami dan memberi tahu kapan dananya diterima.\n\nHormat saya,\nJumadi\nDesa Muara Pantuan, Anggana",
    ),
    _E(
        "email",
        "kerjasama",
        "Fwd: Kelanjutan kerja sama layanan air bersih di perbatasan\n\n---------- Pesan terusan ----------\nDari: Forum RT Desa Batuah\nTanggal: 24 Nov 2025\n\nYth. Pemerintah Kabupaten Kutai Kartanegara,\n\nWarga di sebagian Desa Batuah, Kecamatan Loa Janan, yang berbatasan langsung dengan Kota Samarinda, selama ini mendapat pasokan air bersih dari jaringan milik Samarinda berdasarkan perjanjian kerja sama antara Pemkab Kukar dan Pemkot Samarinda. Dalam rapat RT bulan lalu kami diberi tahu bahwa perjanjian itu berakhir 31 Desember 2025 dan belum tentu diperpanjang. Kalau pasokan berhenti, sekitar 400 rumah tidak punya sumber air lain.\n\nKami mohon penjelasan: apakah perjanjian kerja sama tersebut akan diperpanjang, apa saja isinya (termasuk pembagian biaya dan tarif bagi warga Kukar), dan apakah warga bisa memperoleh salinannya.\n\nTerima kasih,\nKoordinator Forum RT Desa Batuah",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "assalamualaikum, sembako CSR dr perusahaan sawit di desa kmi (Muara Kaman Ulu) kmrn cm dibagi ke keluarga & kenalan panitia 😡 kmi nang tinggal paling dkt kebun malah kada dpt. siapa yg awasi pembagian CSR ini pak?",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Halo min, desa kami di Marangkayu pengen jd lokasi KKN mahasiswa. denger2 pemkab punya MoU sama bbrp kampus. cara ngajuin desa kami gmn ya? 🙏",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "pak, PT tambang di Loa Kulu janji program TJSL sumur bor utk 3 RT sejak thn lalu, sampai skrg blm ada apa2. warga msh beli air tandon Rp 150rb sekali isi 😔 pemkab bisa tagih janji CSR nya kah?",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "min, katanya pemkab ada MoU sama perusahaan2 soal prioritas tenaga kerja lokal. isinya apa ya? bisa diminta salinannya kah? anak2 muda Muara Jawa banyak yg nganggur pdhl perusahaan di depan mata 😔",
    ),
    _E(
        "web",
        "kerjasama",
        "Kami Kelompok Sadar Wisata (Pokdarwis) Desa Pela, Kecamatan Kota Bangun, yang mengelola wisata susur sungai melihat pesut Mahakam. Tahun ini kunjungan turun karena jalan ke desa rusak, homestay warga belum berizin, dan air sungai sering keruh dari kegiatan di hulu. Namun yang ingin kami tanyakan secara khusus: kami mendengar ada perusahaan yang bersedia menyalurkan dana TJSL untuk pengembangan desa wisata, asalkan diusulkan melalui forum CSR kabupaten. Bagaimana cara kelompok kami mengajukan usulan program ke forum tersebut, apakah perlu rekomendasi kepala desa, dan kapan jadwal penyusunan program TJSL 2026?",
    ),
    _E(
        "web",
        "kerjasama",
        "Kami lembaga pelatihan kerja swasta bidang operator alat berat di Tenggarong Seberang. Kami ingin menjalin kerja sama resmi dengan Pemkab Kukar untuk pelatihan dan sertifikasi pemuda desa, dengan biaya berbagi antara lembaga kami dan mitra industri. Mohon informasi prosedur pengajuan perjanjian kerja sama dengan pihak ketiga: dokumen apa yang dibutuhkan, siapa yang menelaah draf perjanjian, dan berapa lama prosesnya sampai penandatanganan.",
    ),
    _E(
        "sms",
        "kerjasama",
        "Yth pemkab, bantuan CSR perusahaan tambang utk RT 03 kel. Sangasanga Muara dibagi tdk merata, ada rumah dpt 2x ada yg tdk dpt sama sekali. mohon diawasi penyalurannya. trims",
    ),
    _E(
        "sms",
        "kerjasama",
        "selamat siang, sy mhs Unmul asal Tenggarong. apakah pemkab punya perjanjian kerjasama magang dgn kampus sy? kalau ada sy mau ikut, daftarnya ke mana ya?",
    ),
    _E(
        "telegram",
        "kerjasama",
        "Min, ada data perusahaan apa aja yg salurkan CSR di Kec. Muara Jawa thn 2025 & utk program apa? Kami karang taruna mau ajukan program pelatihan tp bingung ke perusahaan mana 🙏",
    ),
    _E(
        "telegram",
        "kerjasama",
        "Selamat malam. Sy dengar Pemkab Kukar teken perjanjian kerja sama dgn Kabupaten Kutai Barat soal angkutan sungai & dermaga. Isinya apa ya, dan warga Muara Muntai dapat manfaat apa? 🙏",
    ),
    _E(
        "twitter",
        "kerjasama",
        "Dana CSR perusahaan2 di Kukar itu sebenernya disalurin ke mana sih? Desa kami di Anggana dikelilingi perusahaan tapi gak pernah kebagian 🙄 Katanya pemkab koordinator CSR, transparan dong #Kukar #CSR",
    ),
]

_PEREKONOMIAN = [
    _E(
        "email",
        "perekonomian",
        "PAGUYUBAN PEDAGANG PASAR TANGGA ARUNG\nTenggarong, Kutai Kartanegara\n\nNomor: 05/PPPTA/I/2026\nPerihal: Keluhan pedagang atas penataan pasar\n\nKepada Yth.\nBupati Kutai Kartanegara\nmelalui Sekretariat Daerah\n\nDengan hormat,\nKami, 187 pedagang yang tergabung dalam paguyuban, menyampaikan keluhan sebagai berikut:\n1. Sejak pedagang dipindahkan ke lantai dua pada Oktober 2025, pembeli sangat sepi; omzet turun lebih dari separuh.\n2. Pedagang kaki lima tetap dibiarkan berjualan di depan pintu masuk sehingga pembeli tidak naik ke atas.\n3. Sewa kios tetap ditagih penuh walaupun banyak pedagang hampir tidak bisa berjualan.\n\nKami memohon Pemerintah Kabupaten menata ulang pasar, menertibkan lapak di depan pintu masuk, dan mempertimbangkan keringanan sewa selama masa penyesuaian. Kami siap diundang berdialog kapan saja.\n\nTenggarong, 8 Januari 2026\nKetua,\nHj. Nurjannah\nSekretaris,\nAgus Sutrisno",
    ),
    _E(
        "email",
        "perekonomian",
        "Perihal: Harga gas 3 kg di Kota Bangun\n\nAssalamualaikum,\n\nSaya Hamdani, warga Desa Kota Bangun Ilir. Saya ingin melapor soal gas melon. Di desa kami harga gas 3 kg di pengecer sudah Rp 40.000 sampai Rp 45.000 per tabung, padahal setahu saya harga di pangkalan jauh di bawah itu. Pangkalan di desa kami hanya buka sekitar satu jam setiap kali barang datang, lalu katanya habis, tapi sorenya tabung yang sama ada di warung-warung dengan harga dua kali lipat.\n\nSebenarnya di desa kami banyak masalah lain: jalan desa berlubang, kepala desa jarang di tempat, dan bantuan bibit untuk petani tidak jelas. Tapi yang paling menyusahkan ibu-ibu setiap hari ya gas ini.\n\nMohon Pemkab memeriksa penyaluran dari agen ke pangkalan di Kota Bangun, memastikan pangkalan menjual ke warga sesuai HET dan mencatat pembelinya, serta kalau bisa mengadakan operasi pasar gas. Kami tidak keberatan menunjukkan KTP saat membeli.\n\nTerima kasih,\nHamdani",
    ),
    _E(
        "email",
        "perekonomian",
        "Subject: Re: Gaji karyawan perusda belum dibayar\n\nYth. Bapak/Ibu,\n\nSaya mengutip jawaban yang kami terima tanggal 14 November 2025:\n> Keluhan Saudara sudah kami sampaikan kepada direksi perusahaan daerah yang bersangkutan untuk ditindaklanjuti.\n\nSetelah itu tidak ada perubahan. Kami 23 karyawan unit usaha perkebunan milik perusda di Kecamatan Tabang sudah lima bulan tidak menerima gaji, terakhir dibayar Agustus 2025. Direksi hanya mengatakan 'arus kas sedang sulit'. Iuran BPJS Ketenagakerjaan kami ternyata juga menunggak sejak pertengahan tahun.\n\nKami paham perusahaan daerah punya direksi sendiri, tetapi pemkab adalah pemiliknya. Mohon pemkab sebagai pemegang saham memanggil direksi, menjelaskan kondisi keuangan perusda, dan memastikan gaji kami dibayar. Banyak dari kami sudah berutang untuk biaya sekolah anak.\n\nHormat kami,\nperwakilan karyawan,\nSamsul Bahri",
    ),
    _E(
        "email",
        "perekonomian",
        "Fwd: Permohonan fasilitasi pemasaran produk UMKM\n\n---------- Forwarded message ---------\nDari: Asosiasi UMKM Amplang dan Kerupuk Samboja\nTanggal: Kam, 4 Des 2025\n\nYth. Pemkab Kukar,\n\nKami adalah 42 pelaku usaha mikro pembuat amplang, kerupuk ikan, dan dodol di Kecamatan Samboja. Tahun ini kami sudah ikut pelatihan kemasan, tapi produk kami tetap sulit masuk toko modern dan pusat oleh-oleh di Tenggarong maupun Balikpapan. Beberapa anggota juga ditolak saat mengajukan KUR karena tidak punya agunan. Kami pernah mencoba minta bantuan CSR perusahaan di sekitar Samboja, namun belum ada hasil.\n\nKami mohon Pemkab mengoordinasikan dukungan bagi UMKM kami: membuka akses ke gerai oleh-oleh dan minimarket, mengikutsertakan kami dalam pameran daerah 2026, dan mempertemukan kami dengan bank daerah untuk skema kredit usaha yang ringan.\n\nTerima kasih atas perhatiannya.\n\nKetua Asosiasi,\nMariani",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "pak solar di SPBU Loa Janan antre dr subuh, truk2 pengetap pake jeriken dilayani duluan 😡 sy sopir angkot tiap hari rugi waktu. knp dibiarin? tolong pemkab tertibkan",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "assalamualaikum, harga beras di Muara Muntai udh Rp 16rb/kg, bulan lalu msh 13rb. ulun kada sanggup lagi 😭 pemkab kapan ada operasi pasar atau beras murah di sini?",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "Minyakita di Samboja susah dicari bgt 😩 kalo ada Rp 20rb/liter. HET nya kan lbh murah. gmn ini pak? 🙏",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "pak sy pedagang ikan di pasar Sebulu, lapak kmi mau dipindah ke belakang dkt got, retribusi malah naik 😤 kmi bubuhan pedagang kada setuju. siapa yg bisa kmi temui?",
    ),
    _E(
        "web",
        "perekonomian",
        "Menjelang Ramadan 2026 harga kebutuhan pokok di Kecamatan Tenggarong Seberang naik tajam: cabai rawit Rp 90.000/kg, bawang merah Rp 58.000/kg, telur Rp 62.000 per rak, gula pasir juga mulai langka di warung. Di desa kami sebenarnya ada urusan lain yang belum beres, misalnya hibah masjid untuk kegiatan Ramadan yang belum jelas dan jalan ke pasar yang rusak, tapi itu saya sampaikan di tempat lain. Yang saya minta di sini: apa langkah pemkab untuk menahan kenaikan harga, dan apakah akan ada pasar murah atau operasi pasar di Tenggarong Seberang sebelum puasa?",
    ),
    _E(
        "web",
        "perekonomian",
        "Tagihan air dari perusahaan daerah air minum untuk rumah saya di Kelurahan Sukarame, Tenggarong, melonjak dari sekitar Rp 120.000 menjadi Rp 640.000 pada Oktober 2025, padahal pemakaian biasa saja dan tidak ada kebocoran. Angka meteran sudah saya foto. Saya sudah dua kali lapor ke kantor cabang tanpa hasil, malah diancam diputus kalau tidak bayar. Mohon pemkab sebagai pemilik perusahaan daerah ini menegur manajemennya dan memastikan tagihan saya dikoreksi.",
    ),
    _E(
        "sms",
        "perekonomian",
        "Gas 3kg kosong 2 minggu di Muara Wis, pengecer jual 50rb. mohon pemkab tambah kuota & awasi pangkalan. trims",
    ),
    _E(
        "sms",
        "perekonomian",
        "Yth pemkab, harga cabe di pasar Tenggarong 95rb/kg, bawang merah 60rb. pemkab tdk ada pengendalian harga kah? pedagang sayur jg bingung",
    ),
    _E(
        "telegram",
        "perekonomian",
        "pertalite di Tabang eceran Rp 15rb/liter krn SPBU jauh & sering kosong ⛽ ada rencana pemkab tambah SPBU kompak atau pertashop di sini kah? 🙏",
    ),
    _E(
        "telegram",
        "perekonomian",
        "Selamat siang, kapan jadwal pasar murah / gerakan pangan murah menjelang Ramadan 2026 di Kec. Anggana? Tahun lalu kami kelewatan infonya 🙏",
    ),
    _E(
        "twitter",
        "perekonomian",
        "Gas melon langka LAGI di Tenggarong Seberang, muter 5 pangkalan kosong semua, eceran 45rb 😤 Pemkab Kukar tolong dong awasi distribusinya #LPG3kg #Kukar",
    ),
]

_SDA = [
    _E(
        "email",
        "sda",
        "KELOMPOK TANI SUMBER REJEKI\nDesa Manunggal Jaya, Kecamatan Tenggarong Seberang\n\nNomor: 09/KT-SR/VIII/2025\nPerihal: Menanyakan realisasi bantuan alat mesin pertanian\n\nKepada Yth.\nPemerintah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nKelompok Tani Sumber Rejeki beranggotakan 28 petani padi sawah dengan luas garapan sekitar 45 hektare. Pada Oktober 2024 kami mengajukan usulan bantuan 1 unit traktor roda empat dan 2 unit pompa air, dan dalam sosialisasi di Balai Penyuluhan Pertanian bulan Maret 2025 kelompok kami disebut masuk daftar penerima.\n\nNamun sampai musim tanam gadu sekarang bantuan belum datang, sementara kelompok di desa sebelah sudah menerima. Kami terpaksa menyewa traktor Rp 1.200.000 per hektare.\n\nMohon penjelasan apakah bantuan untuk kelompok kami jadi diberikan tahun ini. Bila ada berkas yang kurang, kami siap melengkapi.\n\nAtas perhatiannya kami ucapkan terima kasih.\n\nKetua,\nSukirman\nSekretaris,\nWahyuni",
    ),
    _E(
        "email",
        "sda",
        "Perihal: Lubang bekas tambang dekat permukiman, mohon segera ditangani\n\nYth. Pemerintah Kabupaten Kutai Kartanegara,\n\nSaya Dedi, warga RT 07 Desa Loa Ulung, Kecamatan Tenggarong Seberang. Di belakang permukiman kami ada lubang bekas tambang batu bara yang dibiarkan terbuka sejak perusahaan berhenti beroperasi sekitar 2022. Jaraknya tidak sampai 200 meter dari rumah warga dan dari SD. Airnya dalam dan hijau, dan setiap sore anak-anak berenang di sana. Di Kaltim sudah berkali-kali anak meninggal di lubang tambang; kami tidak mau itu terjadi di sini.\n\nSelain itu jalan desa hancur bekas hauling, dan gas 3 kg juga susah; itu keluhan lain warga. Tapi yang kami mohon sekarang: tolong pemkab mendesak pemegang izin untuk mereklamasi atau menutup lubang itu, dan sementara memasang pagar serta papan peringatan. Kami juga ingin tahu perusahaan mana pemegang izinnya dan apakah jaminan reklamasinya sudah dipakai.\n\nTerima kasih,\nDedi Kurniawan",
    ),
    _E(
        "email",
        "sda",
        "Subject: Re: Ikan mati di anak sungai Desa Sedulang\n\nYth. Admin,\n\nKami mengutip jawaban tanggal 29 September 2025:\n> Laporan sudah diteruskan kepada instansi teknis untuk dilakukan pengambilan sampel air.\n\nSampai sekarang belum ada petugas yang datang mengambil sampel. Ikan di sungai masih terus mati; minggu lalu keramba milik dua warga mati total dengan kerugian sekitar Rp 18.000.000. Airnya berbau dan berwarna kecokelatan setiap habis hujan, dan menurut kami berasal dari kolam limbah pabrik kelapa sawit di hulu yang jebol.\n\nWarga di sini masih memakai sungai itu untuk mandi dan mencuci. Mohon kepastian kapan sampel diambil, hasilnya disampaikan terbuka kepada warga, dan perusahaan diminta memperbaiki kolam limbahnya.\n\nHormat kami,\nperwakilan warga Desa Sedulang, Muara Kaman,\nAbdul Muis",
    ),
    _E(
        "email",
        "sda",
        "---------- Pesan terusan ----------\nDari: Kelompok Nelayan Bina Bahari Sepatin\nTanggal: 2 Februari 2026\nSubjek: Usulan bantuan mesin dan alat tangkap\n\nYth. Bapak/Ibu,\n\nKami teruskan usulan ini karena saat diserahkan ke kecamatan kami disarankan juga mengirim langsung ke pemkab.\n\nKelompok kami terdiri dari 19 nelayan tradisional di Desa Sepatin, Kecamatan Anggana. Sebagian besar mesin perahu kami sudah berumur lebih dari sepuluh tahun dan sering mogok di laut, sementara jaring rusak tersangkut kayu hanyut setelah banjir. Harga solar di desa juga mahal, tetapi itu lain soal. Tahun lalu kelompok lain menerima bantuan mesin 15 PK dan jaring, sedangkan usulan kami belum pernah dijawab.\n\nKami mohon kelompok kami dipertimbangkan sebagai penerima bantuan mesin perahu, jaring, dan cool box tahun 2026, dan diberi tahu syarat yang perlu dilengkapi (kartu KUSUKA anggota sudah ada).\n\nHormat kami,\nKetua Kelompok,\nLa Ode Hamid",
    ),
    _E(
        "whatsapp",
        "sda",
        "pak, debu batubara dr jln hauling lewat kmpg kmi tiap hari, anak2 batuk pilek terus 😷 jemuran item smua, truk lewat sampe tengah malam. tolong pemkab tegur perusahaannya 🙏 Desa Rempanga Loa Kulu",
    ),
    _E(
        "whatsapp",
        "sda",
        "Assalamualaikum. kebun karet ulun 3 ha di Kenohan digusur perusahaan sawit, katanya masuk HGU mereka. ulun punya surat segel dr thn 1998. ulun kada tau lagi mengadu kemana 😢",
    ),
    _E(
        "whatsapp",
        "sda",
        "pak, bantuan pompa air & benih padi dr pemkab utk kelompok tani kami di Muara Kaman kok blm smpe? kata PPL udh dikirim ke kecamatan. musim tanam udh lewat 🙏",
    ),
    _E(
        "whatsapp",
        "sda",
        "sawah kmi di Desa Jonggon kebanjiran lumpur tiap hujan, dr tambang sebelah, tanggul kolam endapannya jebol. padi gagal panen 2x 😭 gmn ini pak, siapa yg tanggung?",
    ),
    _E(
        "web",
        "sda",
        "Saya warga Desa Long Lalang, Kecamatan Tabang. Sejak pertengahan 2025 kami melihat penebangan kayu besar-besaran di hutan di hulu Sungai Belayan dekat desa kami. Kayu gelondongan dihanyutkan di sungai pada malam hari dan kami tidak tahu apakah ada izinnya. Akibatnya sungai keruh dan saat hujan air cepat naik ke kampung. Di desa kami memang ada masalah lain, misalnya sinyal tidak ada, BBM mahal, dan guru kurang, tetapi laporan ini khusus soal hutan. Mohon pemkab berkoordinasi dengan instansi kehutanan untuk memeriksa penebangan ini dan memberi tahu warga apakah ada izin resmi.",
    ),
    _E(
        "web",
        "sda",
        "Kami anggota koperasi kebun plasma sawit di Kecamatan Kembang Janggut. Sejak 2023 perusahaan inti tidak lagi membagikan hasil kebun plasma dengan alasan kebun 'belum menghasilkan', padahal truk buah terus keluar setiap minggu. Luas plasma yang dijanjikan 20 persen juga tidak pernah ditunjukkan di peta. Mohon pemkab memeriksa pelaksanaan kemitraan plasma perusahaan ini dan membuka data luas kebun plasma untuk desa kami.",
    ),
    _E(
        "sms",
        "sda",
        "Yth Pemkab. Ada tambang batubara ilegal beroperasi 300 m dr SD di Desa Bakungan Loa Janan, alat berat kerja malam. mohon ditindak. trims",
    ),
    _E(
        "sms",
        "sda",
        "Sy nelayan Muara Pantuan. bantuan perahu fiber dr pemkab thn lalu banyak jatuh ke org yg bukan nelayan. mohon verifikasi ulang penerima 🙏",
    ),
    _E(
        "telegram",
        "sda",
        "Asap dr pembakaran lahan utk buka kebun sawit di Kec. Muara Kaman udh 1 minggu 😷 anak2 sesak, sekolah terganggu. tolong pemkab cek lokasinya & tindak pelakunya",
    ),
    _E(
        "telegram",
        "sda",
        "selamat siang pak, hand traktor bantuan pemkab utk kelompok tani kami di Sebulu dikuasai ketua kelompok, anggota mau pakai harus bayar Rp 300rb/hari. itu boleh kah? 🙏",
    ),
    _E(
        "twitter",
        "sda",
        "Lubang bekas tambang di Kukar dibiarin menganga, nunggu ada korban anak lagi baru gerak? Di Samboja ada yg 50 m dr rumah warga. Reklamasi mana reklamasi 😡 #Kukar #LubangTambang",
    ),
]

_ADPEM = [
    _E(
        "email",
        "adpem",
        "FORUM WARGA RT 14 KELURAHAN LOA JANAN ULU\nJl. Poros Samarinda-Tenggarong Km 9, Loa Janan\n\nNomor: 07/FW-RT14/I/2026\nPerihal: Saluran drainase baru sudah rusak\n\nKepada Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nKami warga RT 14 menyampaikan bahwa saluran drainase beton di sepanjang Gang Mawar sampai Gang Kenanga (kurang lebih 400 meter) yang dibangun pada September-November 2025 dengan papan proyek bertuliskan APBD Kabupaten Kutai Kartanegara Tahun Anggaran 2025, nilai kontrak Rp1.870.000.000, saat ini sudah banyak yang retak dan dindingnya miring. Di tiga titik tutup saluran amblas sehingga air justru meluap ke jalan dan masuk ke rumah warga setiap hujan deras. Pada tanggal 4 Januari 2026 air masuk ke 11 rumah setinggi betis.\n\nKami mohon agar hasil pekerjaan ini diperiksa oleh pihak yang berwenang, apakah sudah sesuai spesifikasi, dan kontraktornya diminta memperbaiki selama masih masa pemeliharaan. Foto-foto kondisi saluran kami lampirkan.\n\nAtas perhatian Bapak/Ibu kami ucapkan terima kasih.\n\nHormat kami,\nKetua Forum Warga RT 14\nSyahrani",
    ),
    _E(
        "email",
        "adpem",
        "Selamat siang,\n\nMohon maaf saya menulis lagi soal yang sama. Berikut jawaban yang saya terima bulan Oktober lalu:\n\n> Terima kasih atas laporan Bapak. Pembangunan gedung pustu di Desa Sedulang akan dilanjutkan pada awal tahun 2026 setelah proses administrasi selesai.\n\nSekarang sudah pertengahan Februari 2026 dan di lokasi tidak ada kegiatan sama sekali. Bangunan baru sampai atap setengah jadi, besi kolom sudah berkarat, rumput setinggi pinggang, dan papan proyeknya sudah roboh. Warga Sedulang, Muara Kaman, masih harus menyeberang ke desa sebelah untuk berobat.\n\nSaya hanya ingin tahu dengan jelas: apakah pekerjaan ini benar akan dilanjutkan, kapan mulainya, dan siapa yang mengerjakan. Kalau memang kontraktor lama sudah putus kontrak, tolong disampaikan saja ke warga supaya kami tidak terus menunggu.\n\nTerima kasih,\nAbdul Gafur\nDesa Sedulang, Kec. Muara Kaman",
    ),
    _E(
        "email",
        "adpem",
        "---------- Pesan terusan ----------\nDari: Grup WA Warga Kembang Janggut\nTanggal: 21 Januari 2026\n\n'Jembatan baru di Desa Kelekat itu sudah ada retak melintang di lantainya, kalau truk lewat bergetar kencang. Baru diresmikan Agustus kemarin.'\n----------------------------------------\n\nYth. Bapak/Ibu di Setda Kukar,\n\nPesan di atas saya teruskan dari grup warga kampung kami. Saya sendiri sudah melihat ke lokasi tanggal 23 Januari: retak di lantai jembatan panjangnya sekitar dua meter, dan di ujung sebelah hulu timbunan oprit mulai turun sehingga ada celah antara aspal dan lantai jembatan.\n\nDi kampung kami sebenarnya banyak keluhan lain, misalnya gas melon yang susah dicari dan harganya sampai Rp45.000, juga debu dari truk batu bara yang lewat siang malam. Tapi yang paling kami takutkan sekarang adalah jembatan ini, karena setiap pagi anak-anak sekolah menyeberang lewat situ.\n\nMohon jembatan tersebut segera diperiksa oleh tim teknis dan kontraktornya diminta bertanggung jawab. Kami siap mengantar petugas ke lokasi.\n\nSalam,\nRusdiansyah\nKembang Janggut",
    ),
    _E(
        "email",
        "adpem",
        "Kepada Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara,\n\nPerkenalkan, saya Nurhaliza, mahasiswi tingkat akhir Program Studi Perencanaan Wilayah di salah satu universitas di Samarinda. Saat ini saya sedang menyusun skripsi tentang pembangunan jalan penghubung antarkecamatan di wilayah hulu Kutai Kartanegara.\n\nSaya ingin menanyakan apakah data perkembangan fisik proyek-proyek jalan yang dibiayai APBD Kabupaten tahun 2024 dan 2025, misalnya persentase realisasi fisik per paket, paket yang terlambat, dan paket yang diputus kontrak, dapat diakses oleh masyarakat. Saya pernah membaca bahwa pemerintah daerah membuat laporan berkala pemantauan pelaksanaan pembangunan, namun saya tidak menemukannya di situs resmi. Sebelumnya saya juga sudah mengirim surat permohonan wawancara dengan Bapak Bupati untuk skripsi ini, tetapi belum ada jawaban, sehingga saya kira data tertulis lebih realistis.\n\nJika data tersebut dapat diberikan, mohon informasi prosedurnya dan persyaratan yang harus saya lengkapi. Surat pengantar dari kampus sudah saya siapkan.\n\nTerima kasih atas bantuannya.\n\nHormat saya,\nNurhaliza",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Assalamualaikum, sy mau lapor jln cor di Desa Sumber Sari Sebulu, itu proyek kabupaten (papannya tulis APBD Kukar 2025), baru 3 bln udh retak2 bgt & pinggirnya gompal 😡 knp bisa gini ya, apa gk diawasi?",
    ),
    _E(
        "whatsapp",
        "adpem",
        "pak/bu mau tanya, pembangunan gedung SD baru di Loa Kulu yg di samping lapangan bola itu knp brenti? udh setahun lebih kada ada tukang sama sekali, skrg jd tempat anak2 nongkrong malam 😔 kapan dilanjut?",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Assalamualaikum min. Ulun warga Kampung Panji Tenggarong. Siring sungai nang dibangun tahun lawas di pinggir Mahakam dekat rumah ulun ambruk sebagian tadi subuh, kira2 10 meter 😱 Padahal bulan lalu pas acara di situ pejabat datang foto2, katanya siring ini kebanggaan kota. Sekarang tanahnya retak sampai ke jalan, bubuhan warga takut rumah ikut longsor. Mohon pian sampaikan ke yg ngurus proyeknya supaya cepat dicek & diperbaiki, jangan tunggu ada korban 🙏",
    ),
    _E(
        "whatsapp",
        "adpem",
        "jalan poros Muara Badak - Salo Palai yg diaspal akhir 2025 aspalnya udh ngelupas kyk kerupuk 🙄 tebalnya paling 2 cm. kontraktornya udh kabur, alat2 udh diangkut. ini sapa yg ngawasi sih",
    ),
    _E(
        "web",
        "adpem",
        "Nama: Hendra Wijaya\nKecamatan: Samboja\n\nIsi pengaduan:\nPembangunan gedung olahraga (GOR) di Kelurahan Samboja Kuala yang dimulai tahun 2024 sampai sekarang (Januari 2026) belum selesai. Rangka atap sudah terpasang tetapi dinding baru sebagian, lantai belum dicor. Beberapa bulan ini tidak ada pekerja. Mohon penjelasan apakah proyek ini masih berjalan, berapa persen progresnya, dan kapan ditargetkan selesai. Pemuda di sini sudah lama menunggu tempat latihan.",
    ),
    _E(
        "web",
        "adpem",
        "Perihal: Jembatan kayu-beton di Desa Jantur tidak selesai\n\nYth. Sekretariat Daerah Kukar,\nSaya warga Desa Jantur, Kecamatan Muara Muntai. Sebelumnya saya ingin sampaikan bahwa kami juga punya masalah dengan kepala desa yang jarang ada di kantor desa, tetapi itu akan kami laporkan ke kecamatan. Yang ingin saya adukan ke sini adalah pembangunan jembatan penghubung Jantur - Jantur Baru yang dibiayai kabupaten tahun 2025. Tiang-tiang beton sudah berdiri tetapi lantai jembatan belum dipasang dan sejak Desember pekerja sudah tidak datang. Sementara itu jembatan kayu lama sudah dibongkar sehingga warga harus memakai perahu dengan ongkos Rp5.000 sekali seberang. Mohon dicek kenapa pekerjaannya berhenti dan kapan bisa diselesaikan.",
    ),
    _E(
        "sms",
        "adpem",
        "Lapor, galian box culvert di Jl. Gunung Belah Loa Kulu ditinggal kontraktor sdh 2 bln, lubang dibiarkan terbuka tanpa pagar. Tadi malam ada motor masuk lubang. Mohon segera ditindak.",
    ),
    _E(
        "sms",
        "adpem",
        "Slmt pagi, mohon info kapan pengerjaan lanjutan jalan Tabang - Muara Tiq dikerjakan lagi? Sdh 6 bln berhenti, jalan tanah makin hancur kalau hujan. Terima kasih. Dari warga Tabang",
    ),
    _E(
        "telegram",
        "adpem",
        "Dermaga kayu ulin di Desa Teluk Bingkai Kenohan yg dibangun tahun 2025 papannya sdh banyak yg patah & goyang. Pdhl baru setahun. Apa kualitas kayunya memang begitu? Tolong dicek sebelum ada org jatuh ke sungai.",
    ),
    _E(
        "telegram",
        "adpem",
        "Selamat malam. Saya warga Anggana, mau sampaikan soal peningkatan jalan Sungai Meriam - Kutai Lama yg dikerjakan sejak November. Dari awal memang warga sudah dengar kabar pemenang tendernya itu-itu saja, tapi itu bukan urusan saya. Yg saya keluhkan: lapisan aspalnya tipis sekali, di beberapa titik kelihatan batu di bawahnya, dan drainase di kiri jalan belum dibuat padahal katanya termasuk pekerjaan. Sekarang pekerjaan katanya sudah 90%. Mohon ada pemeriksaan ke lapangan sebelum proyek diserahterimakan, jangan sampai diterima dalam kondisi begini.",
    ),
    _E(
        "twitter",
        "adpem",
        "Jalan di Tenggarong Seberang yg baru diaspal Nov 2025 udh bolong2 lagi sblm Imlek 🤦‍♂️ proyek miliaran umurnya 3 bulan. Tolong dicek kualitasnya @pemkabkukar",
    ),
]

_PBJ = [
    _E(
        "email",
        "pbj",
        "CV BORNEO KARYA MANDIRI\nJl. Muso Salim No. 18, Tenggarong | cvbkm.tgr@gmail.com\n\nNomor: 014/BKM/II/2026\nPerihal: Sanggahan atas hasil evaluasi tender\n\nKepada Yth. Pokja Pemilihan\nc.q. Sekretariat Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nBersama ini kami menyampaikan sanggahan atas hasil evaluasi paket Rehabilitasi Gedung Serbaguna Kecamatan Sebulu (HPS Rp2.450.000.000) yang diumumkan melalui aplikasi SPSE pada 9 Februari 2026. Penawaran kami dinyatakan gugur dengan alasan 'tidak melampirkan surat dukungan peralatan'. Padahal dokumen pemilihan tidak mensyaratkan surat dukungan tersebut, dan daftar peralatan kami telah diunggah lengkap beserta bukti kepemilikan.\n\nKami juga keberatan karena penawaran kami dengan harga terkoreksi Rp2.196.400.000 adalah yang terendah dan telah memenuhi persyaratan teknis.\n\nKami mohon Pokja melakukan evaluasi ulang sesuai dokumen pemilihan. Bukti-bukti kami lampirkan.\n\nHormat kami,\nDirektur\nM. Riduan",
    ),
    _E(
        "email",
        "pbj",
        "Yth. Pengelola LPSE Kabupaten Kutai Kartanegara,\n\nSaya Rina, staf administrasi PT Sangasanga Teknik Utama. Pada tanggal 12 Januari 2026 kami mendaftarkan akun penyedia di SPSE Kukar dan sudah datang langsung menyerahkan dokumen asli untuk verifikasi pada 15 Januari (akta, NIB, NPWP, KTP direktur). Petugas mengatakan akun akan aktif paling lama 3 hari kerja.\n\nNamun sampai hari ini, 3 Februari 2026, status akun kami masih 'menunggu verifikasi' dan kami belum bisa mengikuti tender apa pun. Ada dua paket yang sangat ingin kami ikuti dan batas pemasukan penawarannya minggu depan. Kami sudah menelepon nomor helpdesk beberapa kali tetapi tidak ada yang mengangkat.\n\nMohon bantuan agar verifikasi akun kami dapat segera diselesaikan, atau diberi tahu jika masih ada dokumen yang kurang.\n\nTerima kasih.\nRina Oktaviani\nPT Sangasanga Teknik Utama",
    ),
    _E(
        "email",
        "pbj",
        "Selamat pagi,\n\nTerima kasih atas balasan Bapak/Ibu minggu lalu:\n\n> Untuk informasi bantuan permodalan dan pelatihan UMKM silakan menghubungi dinas terkait.\n\nMohon maaf, sepertinya maksud saya kurang jelas. Usaha kami memang UMKM (produksi meja dan kursi kayu di Tenggarong Seberang), tetapi kami tidak sedang mencari bantuan modal. Yang kami tanyakan adalah bagaimana caranya agar produk mebel kami bisa tayang di katalog elektronik lokal Kutai Kartanegara, sehingga sekolah atau kantor pemerintah bisa membeli langsung dari kami.\n\nKami sudah punya NIB dan sudah berkali-kali memasok meja untuk kantor desa. Pertanyaan kami: syarat apa saja yang dibutuhkan, apakah ada biaya, dan ke mana kami harus mengajukan? Apakah ada pendampingan untuk mengunggah produk?\n\nHormat kami,\nSugianto\nUD Kayu Jati Lestari",
    ),
    _E(
        "email",
        "pbj",
        "---------- Forwarded message ---------\nFrom: Sekretariat Gapensi Cabang (anggota)\nDate: Sen, 26 Jan 2026\nSubject: Keluhan anggota soal tender\n\nRekan-rekan, mohon masukan keluhan terkait paket tahun ini.\n---------------------------------------\n\nKepada Yth. Sekretariat Daerah Kukar,\n\nSaya teruskan rangkuman keluhan anggota kami. Ada beberapa hal yang dibicarakan dalam rapat, misalnya pembayaran termin yang terlambat dan proyek tahun lalu yang hasilnya dikritik warga, tetapi yang kami minta ditinjau melalui surat ini hanya satu: proses tender paket konstruksi awal tahun 2026.\n\nPertama, beberapa paket hanya diumumkan selama 3 hari kalender, termasuk Sabtu-Minggu, sehingga perusahaan lokal tidak sempat menyiapkan dokumen. Kedua, persyaratan pengalaman pekerjaan di beberapa paket terlalu tinggi untuk nilai paket di bawah Rp5 miliar. Ketiga, anggota kami mendengar nama pemenang sudah beredar sebelum evaluasi selesai.\n\nKami mohon proses pemilihan paket-paket tersebut dievaluasi dan jadwal tender ke depan dibuat wajar.\n\nSalam,\nHaris Fadillah\nKoordinator Anggota",
    ),
    _E(
        "whatsapp",
        "pbj",
        "min LPSE kukar error trs dr td pagi 😭 gk bisa upload dokumen penawaran, loading doang trs keluar. batas jam 15.00 hr ini. gmn ini, bs diperpanjang kah?",
    ),
    _E(
        "whatsapp",
        "pbj",
        "Pak sy peserta tender paket pengadaan alat kesehatan puskesmas. Pertanyaan kami di forum penjelasan (aanwijzing) udh 5 hari blm dijawab pokja, pdhl jadwal upload tinggal 2 hari. Mohon dibantu 🙏",
    ),
    _E(
        "whatsapp",
        "pbj",
        "Assalamualaikum pian. Ulun punya bengkel las kecil di Loa Janan, biasa bikin pagar & teralis. Kemarin ulun lihat kantor kecamatan pasang pagar baru, ternyata yg ngerjakan orang Samarinda. Ulun kada mengerti caranya supaya usaha kecil kayak ulun bisa ikut dapat kerjaan pemerintah begitu. Harus daftar di mana? Kata kawan harus punya akun lpse atau apa gitu. Sebenarnya ulun juga mau tanya soal harga besi yg naik terus, tapi itu nanti haja. Mohon penjelasannya ya 🙏",
    ),
    _E(
        "whatsapp",
        "pbj",
        "paket pengadaan laptop sekolah kok pemenangnya perusahaan luar daerah, penawarannya lebih mahal 300jt dr kami 🤔 alasannya kami gugur di evaluasi teknis tp gk dijelasin apa yg kurang. kami mau sanggah, caranya gmn & batas waktunya kapan?",
    ),
    _E(
        "web",
        "pbj",
        "Nama: Fajar Ramadhan\nInstansi/Perusahaan: CV Mahakam Cipta Konsultan\n\nPesan:\nKami konsultan perencana di Tenggarong. Mohon informasi kapan jadwal tender paket-paket jasa konsultansi tahun anggaran 2026 mulai diumumkan, dan apakah rencana umum pengadaan (RUP) seluruh perangkat daerah Kukar sudah bisa dilihat. Di SIRUP kami hanya menemukan sebagian. Kami ingin menyiapkan tenaga ahli sejak awal. Terima kasih.",
    ),
    _E(
        "web",
        "pbj",
        "Perihal: Tender dibatalkan tanpa penjelasan\n\nYth. Bapak/Ibu,\nPerusahaan kami mengikuti tender paket Pembangunan Pos Jaga dan Pagar Keliling di Kecamatan Marangkayu. Kami sudah memasukkan penawaran dan berdasarkan pembukaan penawaran kami berada di urutan pertama. Tiba-tiba pada 30 Januari 2026 tender itu dinyatakan batal di SPSE dengan keterangan 'tender gagal', tanpa penjelasan apa pun. Kami mengerti kadang ada masalah anggaran, dan terus terang tagihan kami dari pekerjaan tahun 2024 di instansi lain juga belum beres, tetapi itu soal lain. Yang kami minta di sini adalah penjelasan tertulis mengapa tender ini digagalkan dan apakah akan ditender ulang. Kami sudah mengeluarkan biaya cukup besar untuk menyusun penawaran.",
    ),
    _E(
        "sms",
        "pbj",
        "Sy penyedia, akun SPSE kami terkunci krn salah password bbrp kali. Reset password harus dtg ke kantor LPSE atau bisa lwt email? Mohon info.",
    ),
    _E(
        "sms",
        "pbj",
        "Mau tanya, pengumuman pemenang tender paket rehab rumah jabatan camat Muara Jawa kapan keluar? Di jadwal hrsnya tgl 5 tp blm ada smp skrg. Terima kasih",
    ),
    _E(
        "telegram",
        "pbj",
        "Produk kami (seragam dinas & batik) sudah tayang di e-katalog lokal Kukar sejak November 2025 tp blm pernah ada satu pun pesanan. Sementara dengar2 OPD beli dari penyedia yg itu2 saja. Apakah pembelian lewat katalog ada mini kompetisi atau langsung pilih? Mohon penjelasan aturannya.",
    ),
    _E(
        "telegram",
        "pbj",
        "Selamat siang. Saya direktur CV kecil di Kota Bangun. Di dokumen tender paket peningkatan jalan lingkungan Kota Bangun Ulu (HPS Rp890 juta) pokja mensyaratkan sertifikat ISO 9001 dan pengalaman minimal 2 pekerjaan sejenis nilai Rp1 miliar. Untuk paket usaha kecil begini persyaratan itu terasa sengaja untuk menutup peluang kontraktor lokal. Jalan di kampung kami memang sudah parah dan kami senang kalau cepat dikerjakan, tapi persyaratan tendernya mohon ditinjau. Apakah bisa kami ajukan keberatan sebelum batas pemasukan?",
    ),
    _E(
        "twitter",
        "pbj",
        "LPSE Kukar down lagi pas hari terakhir upload penawaran 🙃 puluhan penyedia gagal kirim dokumen. Mohon jadwal tender diperpanjang, bukan salah kami servernya mati",
    ),
]

_ORGANISASI = [
    _E(
        "email",
        "organisasi",
        "LEMBAGA PEMANTAU PELAYANAN PUBLIK 'SUARA WARGA KUKAR'\nSekretariat: Jl. Danau Semayang No. 4, Tenggarong\n\nNomor: 03/SWK/I/2026\nPerihal: Standar pelayanan tidak dipajang di kantor layanan\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nSelama Desember 2025 sampai Januari 2026 relawan kami mengunjungi 14 kantor layanan di lingkungan Pemkab Kukar, antara lain loket dinas kependudukan, mal pelayanan publik, kantor pelayanan pajak daerah, dan beberapa UPT. Di 9 kantor kami tidak menemukan papan informasi tentang persyaratan, biaya, dan lama waktu penyelesaian layanan. Di 4 kantor papan ada, tetapi isinya berbeda dengan yang dijelaskan petugas, misalnya tertulis 'gratis' namun warga diminta membayar map dan materai Rp25.000.\n\nKami mohon Pemkab mewajibkan setiap unit layanan menyusun dan memasang standar pelayanan yang benar dan mudah dibaca, serta melakukan pengecekan berkala. Rekapitulasi temuan kami lampirkan.\n\nHormat kami,\nKoordinator\nDewi Lestari",
    ),
    _E(
        "email",
        "organisasi",
        "Kepada Yth. Pemerintah Kabupaten Kutai Kartanegara,\n\nSaya ingin melaporkan kejadian yang saya alami saat mengurus perubahan Kartu Keluarga di kantor dinas kependudukan di Tenggarong pada Selasa, 13 Januari 2026. Setelah mengambil nomor antrean, saya didekati seorang pria berseragam yang menawarkan 'jalur cepat'. Katanya kalau lewat antrean biasa KK baru selesai dua minggu, tetapi kalau saya memberi Rp150.000 bisa jadi hari itu juga. Saya menolak dan sampai sekarang, hampir tiga minggu kemudian, KK saya belum jadi.\n\nSetahu saya layanan dokumen kependudukan tidak dipungut biaya. Saya juga melihat beberapa warga lain menyerahkan uang kepada orang yang sama di dekat loket 3.\n\nSaya mohon praktik seperti ini diperiksa dan dihentikan, dan KK saya diproses sesuai aturan. Saya bersedia memberi keterangan lebih lanjut, tetapi mohon identitas saya dirahasiakan.\n\nHormat saya,\nWarga Kelurahan Timbau",
    ),
    _E(
        "email",
        "organisasi",
        "Yth. Bapak/Ibu,\n\nSaya membalas email sebelumnya. Pada 2 Desember 2025 Bapak/Ibu menjawab:\n\n> Permohonan PBG atas nama Saudara sedang dalam proses verifikasi teknis. Mohon bersabar.\n\nPermohonan persetujuan bangunan gedung untuk ruko saya di Jl. Wolter Monginsidi, Tenggarong, saya ajukan lewat kantor perizinan sejak 18 September 2025. Menurut informasi yang tertempel di loket, waktu penyelesaiannya paling lama 28 hari kerja. Sekarang sudah lebih dari empat bulan. Setiap kali saya datang, jawabannya selalu 'sedang proses' tanpa keterangan apa yang kurang, dan petugas menyarankan saya 'pakai konsultan kenalan' supaya cepat.\n\nSaya tidak minta diistimewakan. Saya hanya minta kejelasan: berkas saya sekarang di tahap apa, apa yang kurang, dan mengapa waktunya jauh melebihi standar yang diumumkan sendiri oleh kantor tersebut.\n\nTerima kasih,\nBudi Santoso",
    ),
    _E(
        "email",
        "organisasi",
        "----- Pesan diteruskan -----\nDari: Yusuf Arifin\nKe: teman-teman RT\nSubjek: survei kepuasan\n\n'Tadi di kantor perizinan, tablet survei kepuasan dipegang petugas, dia sendiri yang pencet sangat puas untuk semua pengunjung.'\n----------------------------\n\nYth. Sekretariat Daerah Kukar,\n\nSaya teruskan pesan tetangga saya karena saya mengalami hal yang sama di loket lain bulan lalu. Sebenarnya banyak yang ingin saya keluhkan, dari jalan di depan kompleks kami sampai parkir di kantor bupati yang selalu penuh, tetapi surat ini khusus soal survei kepuasan masyarakat.\n\nKalau survei diisi sendiri oleh petugas, hasilnya tentu selalu bagus dan tidak ada gunanya. Kami mohon: (1) pelaksanaan survei kepuasan di kantor-kantor layanan diawasi supaya diisi langsung oleh warga tanpa diarahkan; (2) hasil survei per kantor diumumkan kepada masyarakat, termasuk apa yang diperbaiki setelahnya. Tahun lalu saya tidak pernah melihat hasilnya dipublikasikan.\n\nSalam,\nYusuf Arifin\nTenggarong",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "antri di kantor dukcapil dr jam 7 pagi smp jam 2 siang blm dipanggil jg 😩 nomor antrean gk jalan2, loket yg buka cm 2 dr 6. tolong lah diperbaiki pelayanannya, kasian ada org tua & ibu2 bawa bayi",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "sy urus izin usaha di mal pelayanan publik tenggarong, udh bolak balik 4x krn tiap petugas minta syarat beda2 😤 hr senin blg cukup NIB, hr rabu blg hrs ada surat domisili, hr ini blg hrs rekomendasi lg. gk ada daftar syarat yg jelas kah?",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "Assalamualaikum. Ulun sopir truk dari Muara Kaman mau lapor. Kemarin ulun uji KIR di Tenggarong, sudah bayar retribusi sesuai karcis, tapi petugas di dalam minta lagi Rp200 ribu 'biar lulus cepat', kalau kada bayar disuruh bulik minggu depan 😡 Bubuhan sopir lain juga begitu semua. Jalan ke sana rusak parah juga, gas elpiji di kampung langka pulang, tapi itu lain cerita. Yg ulun minta tolong pungutan tambahan di uji KIR itu dihentikan, kami ni cari duit susah 🙏",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "Petugas loket di kantor pajak daerah tadi jam 1 siang udh tutup, katanya istirahat, pdhl di papan jam layanan smp jam 3. Yg jaga juga main hp trs kada melayani. sy dtg jauh2 dr Sangasanga cm mau bayar PBB 😒",
    ),
    _E(
        "web",
        "organisasi",
        "Nama: Siti Aminah\nAlamat: Kelurahan Melayu, Tenggarong\n\nPengaduan:\nBulan November 2025 saya menyampaikan keluhan tertulis ke kantor perizinan tentang pelayanan izin usaha yang berbelit, dan saya sudah diberi tanda terima. Sampai sekarang tidak ada satu pun tanggapan, tidak ada telepon, tidak ada surat. Ketika saya tanyakan, petugas bilang berkasnya 'tidak tahu di mana'. Saya mohon ada mekanisme yang jelas bagaimana pengaduan warga ditindaklanjuti dan dalam berapa hari wajib dijawab.",
    ),
    _E(
        "web",
        "organisasi",
        "Judul: Bingung mau mengadu ke mana soal kartu kuning\n\nMohon maaf kalau salah alamat. Anak saya lulus SMK tahun 2025 dan sedang melamar kerja di perusahaan di Muara Jawa yang mensyaratkan kartu pencari kerja. Ia sudah mendaftar online dan datang ke kantor dinas tenaga kerja pada 6 Januari 2026, tetapi diberi tahu kartunya baru bisa diambil tiga minggu lagi karena 'pejabat yang tanda tangan sedang dinas luar'. Di pengumuman layanan tertulis satu hari jadi. Petugas juga bilang kalau mau cepat bisa 'titip' Rp100.000. Anak saya sebenarnya juga ingin ikut pelatihan kerja, tetapi sekarang yang mendesak adalah kartu ini karena lowongannya ditutup akhir bulan. Mohon pelayanan ini ditertibkan.",
    ),
    _E(
        "sms",
        "organisasi",
        "Knp di loket akta kelahiran dukcapil tdk ada info biaya & lama proses? Sy diminta 50rb utk 'administrasi', katanya gratis. Mohon ditertibkan. Warga Loa Kulu",
    ),
    _E(
        "sms",
        "organisasi",
        "Sy sdh isi survei kepuasan di kantor layanan pajak daerah td, tp petugas minta sy pilih nilai 'sangat puas' semua baru berkas sy diproses. Survei kok diarahkan begitu?",
    ),
    _E(
        "telegram",
        "organisasi",
        "Pelayanan izin di kantor perizinan Kukar lambat bgt, sdh 2 bln berkas sy blm ada kabar. Di depan kantor ada calo nawarin bisa selesai seminggu asal bayar 1,5jt. Kalau calo bisa, knp jalur resmi tdk bisa? Mohon diperiksa.",
    ),
    _E(
        "telegram",
        "organisasi",
        "Selamat pagi. Saya warga Desa Bukit Raya, Tenggarong Seberang. Saya mengajukan pembetulan data luas bangunan di SPPT PBB sejak Oktober 2025 karena tagihan saya naik dua kali lipat. Sudah empat kali ke kantor pajak daerah, setiap datang diminta fotokopi ulang, dan terakhir diminta 'biaya cek lapangan' Rp300.000 tanpa kuitansi. Saya tahu jalan desa kami juga rusak dan warga sudah banyak mengeluh soal itu, tapi itu urusan lain. Yang saya adukan ini cara pelayanannya: tidak ada kejelasan waktu, dan ada pungutan tanpa dasar. Mohon ditindaklanjuti.",
    ),
    _E(
        "twitter",
        "organisasi",
        "Katanya zona integritas, tp ngurus KIA anak di dukcapil Kukar masih hrs 'titip' duit ke orang dalam biar cepet 😤 Yg antre jujur disuruh balik minggu depan. Tolong dibenahi pelayanannya",
    ),
]

_UMUM = [
    _E(
        "email",
        "umum",
        "PENGURUS DAERAH IKATAN PEMUDA TANI KUTAI KARTANEGARA\nJl. Kartini Gg. Sehati No. 7, Tenggarong\n\nNomor: 11/PD-IPT/II/2026\nPerihal: Permohonan peminjaman ruang rapat\n\nKepada Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nDalam rangka Rapat Kerja Daerah tahun 2026, kami bermaksud meminjam salah satu ruang rapat di kompleks Kantor Bupati Kutai Kartanegara yang berkapasitas sekitar 80 orang, pada hari Sabtu, 7 Maret 2026, pukul 08.00 sampai 16.00 WITA.\n\nKegiatan ini bersifat internal organisasi dan tidak memerlukan kehadiran pejabat. Kami hanya memerlukan ruangan, kursi, meja, dan pengeras suara. Kebersihan ruangan setelah acara akan menjadi tanggung jawab panitia.\n\nMohon informasi apakah ruangan tersedia pada tanggal tersebut, bagaimana prosedur peminjamannya, apakah ada biaya atau jaminan, dan kepada siapa kami harus berkoordinasi untuk kunci dan penggunaan listrik di luar jam kerja.\n\nAtas perhatian dan bantuannya kami ucapkan terima kasih.\n\nHormat kami,\nKetua\nAgus Salim\n\nSekretaris\nNoor Aisyah",
    ),
    _E(
        "email",
        "umum",
        "Selamat siang,\n\nTerima kasih atas jawaban Bapak/Ibu tanggal 20 Januari:\n\n> Surat yang diantar langsung ke Kantor Bupati akan dicatat pada agenda surat masuk dan diberikan nomor agenda. Silakan cek kembali ke petugas penerimaan surat.\n\nSaya sudah cek kembali dua kali. Surat kami dari Koperasi Nelayan Sumber Rejeki Muara Badak tertanggal 8 Januari 2026 diterima petugas di meja depan (tanda terima bertanda tangan, tanpa stempel), tetapi petugas penerimaan surat mengatakan surat itu tidak ada dalam buku agenda maupun aplikasi surat mereka. Artinya surat kami hilang di antara meja depan dan ruang surat.\n\nMohon dibantu menelusuri keberadaan surat tersebut. Kami juga usul agar tanda terima surat diberi stempel dan nomor agenda saat itu juga, supaya pengirim bisa memantau.\n\nHormat saya,\nSupriadi\nSekretaris Koperasi",
    ),
    _E(
        "email",
        "umum",
        "Yth. Pemerintah Kabupaten Kutai Kartanegara,\n\nSaya ingin melaporkan penggunaan mobil dinas yang menurut saya tidak pantas. Pada Minggu, 1 Februari 2026, sekitar pukul 14.00 WITA, saya melihat sebuah mobil jenis SUV berpelat merah dengan nomor KT xxxx W parkir di pantai wisata di Samboja. Penumpangnya satu keluarga dengan anak-anak yang sedang berlibur. Di dasbor mobil ada stiker parkir Kantor Bupati. Saya juga pernah melihat mobil yang sama di pusat perbelanjaan di Samarinda pada malam hari.\n\nMobil itu dibeli dan dirawat dengan uang rakyat, dan setahu saya kendaraan dinas hanya untuk keperluan dinas. Mohon diperiksa siapa pemegang kendaraan tersebut dan ditertibkan aturan pemakaiannya di luar jam kerja dan hari libur. Foto kendaraan saya lampirkan, nomor lengkap sengaja saya samarkan di sini.\n\nTerima kasih.\nHormat saya,\nWarga Samboja",
    ),
    _E(
        "email",
        "umum",
        "---------- Pesan terusan ----------\nDari: Ketua RT 09 Kelurahan Panji\nSubjek: Sampah dari kompleks kantor\n\n'Bapak-bapak, tolong ada yang menyampaikan ke pemkab, sampah dari belakang kantor bupati itu sudah ke mana-mana.'\n-------------------------------------\n\nYth. Sekretariat Daerah Kukar,\n\nSaya warga yang tinggal persis di belakang kompleks Kantor Bupati. Menyusul pesan Ketua RT di atas: tempat penampungan sampah di sisi belakang kompleks kantor sudah lebih dari dua minggu tidak diangkut. Setiap ada acara besar di halaman depan, sisa kotak nasi dan botol plastik ditumpuk di sana, lalu berhamburan dimakan anjing dan terbawa air hujan ke parit rumah kami. Baunya sampai ke dalam rumah.\n\nKami tidak keberatan dengan keramaian acaranya, dan soal parit di jalan kami yang dibangun tahun lalu juga sudah dilaporkan terpisah. Permintaan kami sederhana: kebersihan di lingkungan kantor dijaga, sampah diangkut rutin, dan tempat sampahnya ditutup.\n\nTerima kasih,\nHj. Masitah",
    ),
    _E(
        "whatsapp",
        "umum",
        "min parkiran kantor bupati penuh trs dr pagi 😤 tamu kayak sy gk dpt tempat, akhirnya parkir di pinggir jln & ditilang. kebanyakan mobil pribadi pegawai. bisa diatur gk parkir buat tamu?",
    ),
    _E(
        "whatsapp",
        "umum",
        "Toilet di lobi gedung utama kantor bupati kotor bgt 🤢 air mati, tisu gk ada, pintunya rusak gk bisa dikunci. Malu kalo tamu dr luar daerah liat. Tolong petugas kebersihannya dicek",
    ),
    _E(
        "whatsapp",
        "umum",
        "Assalamualaikum. Kemarin Kamis ulun ke kantor bupati mengantar berkas permohonan audiensi kelompok tani kami, sekitar 1 jam haja di dalam. Pas bulik ke parkiran motor, helm sama jas hujan ulun hilang 😔 Pos satpam kosong, kada ada yang jaga. Kata tukang sapu di situ sudah sering kejadian. Ulun kada minta ganti, tapi mohon pian cek CCTV parkiran dan penjagaannya ditambah, kasian tamu lain. Soal audiensi nanti ulun tanya sendiri ke yang ngurus 🙏",
    ),
    _E(
        "whatsapp",
        "umum",
        "Pak, mobil dinas pelat merah yg ada logo setda tiap malam parkir di badan jalan depan rumah sy di Jl. Pesut Tenggarong, nutup jalan masuk gang. Katanya sopirnya tinggal di situ. Bukannya mobil dinas hrs dikandangkan di kantor? 🙏",
    ),
    _E(
        "web",
        "umum",
        "Nama: Rahmat Hidayat\nKeperluan: Pengunjung Kantor Bupati\n\nPesan:\nPada 28 Januari 2026 ibu saya yang memakai kursi roda harus ke lantai 3 gedung kantor bupati untuk keperluan tanda tangan berkas. Lift di gedung itu rusak dan kata petugas sudah rusak sejak Desember. Akhirnya ibu saya harus menunggu di lobi dan pegawai yang turun. Urusan berkasnya sendiri memang lambat sekali dan berbelit, tetapi itu akan kami tanyakan langsung ke instansinya. Mohon lift segera diperbaiki dan disediakan jalur atau ruang layanan di lantai bawah bagi pengunjung yang tidak bisa naik tangga.",
    ),
    _E(
        "web",
        "umum",
        "Perihal: Kiriman surat ditolak di Kantor Bupati\n\nKami dari perusahaan jasa ekspedisi di Tenggarong. Setiap minggu kami mengantar surat dan dokumen dari berbagai instansi dan perusahaan ke Kantor Bupati Kukar. Sejak Januari 2026 kurir kami beberapa kali ditolak di meja penerimaan dengan alasan 'lewat jam 12 tidak terima surat' atau 'petugasnya sedang rapat'. Akibatnya dokumen tertahan dan pengirim komplain kepada kami, bahkan ada surat tagihan dari klien kami ke kantor yang terlambat diterima. Kami tidak ikut campur isi surat. Kami hanya minta kepastian jam penerimaan surat masuk dan agar ada petugas pengganti sehingga surat tetap diterima dan diberi tanda terima.",
    ),
    _E(
        "sms",
        "umum",
        "Slmt pagi, sy mau antar surat permohonan data dari kampus ke Setda Kukar. Tempat penerimaan surat di gedung mana & jam brp buka? Terima kasih",
    ),
    _E(
        "sms",
        "umum",
        "Lampu taman & lampu jalan di halaman kantor bupati mati semua sejak minggu lalu, malam gelap gulita. Bnyk org nongkrong & rawan maling. Mohon diperbaiki",
    ),
    _E(
        "telegram",
        "umum",
        "Lapor: pagar besi di sisi belakang kompleks kantor bupati (arah Jl. Diponegoro) jebol kira2 2 meter. Malam hari motor keluar masuk lewat situ, kemarin ada warga lihat orang bawa barang keluar. Mohon keamanan kantornya dicek & pagarnya diperbaiki.",
    ),
    _E(
        "telegram",
        "umum",
        "Selamat sore. Kami panitia seminar dari himpunan mahasiswa di Tenggarong. Kami sudah dapat konfirmasi tertulis untuk memakai ruang rapat di lantai 2 kantor bupati tgl 14 Februari. Kami juga sempat mengirim undangan ke Bupati, tapi itu terpisah dan kami tidak berharap banyak. Masalahnya, H-1 kami ditelepon bahwa ruangan dipakai rapat dinas dan pinjaman kami dibatalkan, padahal peserta 60 org dan konsumsi sdh dipesan. Kami mohon penjelasan kenapa bisa terjadi pemesanan ganda dan bagaimana jadwal pemakaian ruangan dicatat, supaya tidak terulang ke orang lain.",
    ),
    _E(
        "twitter",
        "umum",
        "Halaman kantor bupati Kukar jadi kayak TPS, sampah numpuk di pojok parkiran berhari2, bau sampai ke jalan 🤮 Katanya kantor pusat pemerintahan, kebersihannya tolong dijaga",
    ),
]

_PROKOM = [
    _E(
        "email",
        "prokom",
        "KELOMPOK TANI HUTAN 'SEPAKAT MAJU'\nDesa Bhuana Jaya, Kecamatan Tenggarong Seberang\n\nNomor: 02/KTH-SM/II/2026\nPerihal: Permohonan audiensi dengan Bupati Kutai Kartanegara\n\nKepada Yth. Bupati Kutai Kartanegara\nmelalui Sekretariat Daerah\ndi Tenggarong\n\nDengan hormat,\nKami pengurus Kelompok Tani Hutan Sepakat Maju yang beranggotakan 46 kepala keluarga bermaksud mengajukan permohonan audiensi dengan Bapak Bupati. Kami ingin menyampaikan secara langsung aspirasi anggota mengenai rencana pengembangan usaha madu kelulut dan hasil hutan bukan kayu di desa kami, serta memperkenalkan produk yang sudah kami hasilkan.\n\nKami mengusulkan waktu pada minggu kedua atau ketiga Maret 2026, menyesuaikan dengan jadwal Bapak Bupati. Jumlah peserta yang akan hadir paling banyak 8 orang.\n\nMohon informasi mengenai jadwal yang tersedia serta persyaratan yang perlu kami lengkapi. Narahubung kami: Sdr. Paimin, telepon 0812-5xxx-7734.\n\nDemikian permohonan ini, atas perkenannya kami ucapkan terima kasih.\n\nHormat kami,\nKetua\nSuparno",
    ),
    _E(
        "email",
        "prokom",
        "Yth. Bapak/Ibu di Sekretariat Daerah Kutai Kartanegara,\n\nKami panitia Festival Danau Semayang 2026 di Kecamatan Muara Muntai menyampaikan bahwa festival akan dilaksanakan pada 18-20 April 2026. Acara meliputi lomba perahu tradisional, pameran ikan asin dan kerajinan anyaman, serta pentas seni bubuhan pemuda kampung. Untuk pendanaan, kami mengajukan permohonan bantuan hibah lewat jalur lain dan itu tidak kami tanyakan di sini.\n\nSurat undangan resmi untuk Bapak Bupati agar berkenan membuka festival pada Sabtu, 18 April 2026 pukul 09.00 WITA sudah kami kirim bersama proposal pada 2 Februari. Melalui email ini kami ingin menanyakan apakah undangan tersebut sudah diterima dan kapan kira-kira ada kepastian apakah Bapak Bupati dapat hadir atau diwakilkan. Kepastian ini penting karena kami perlu menyiapkan susunan acara, tempat, dan pengamanan, juga karena perjalanan dari Tenggarong ke lokasi memerlukan speedboat.\n\nTerima kasih atas perhatiannya.\n\nSalam hormat,\nKetua Panitia\nM. Ilham",
    ),
    _E(
        "email",
        "prokom",
        "Selamat sore,\n\nSaya menanggapi balasan yang saya terima kemarin:\n\n> Konferensi pers dilaksanakan terbatas untuk media yang telah terdaftar dan diundang.\n\nSaya wartawan media daring lokal yang berkantor di Tenggarong dan sudah meliput kegiatan pemerintah kabupaten selama tiga tahun. Kami tidak pernah diberi tahu bahwa ada pendaftaran media, dan pada konferensi pers Bupati tentang program 2026 tanggal 27 Januari lalu kami ditahan di pintu masuk ruang pers, sementara beberapa media lain boleh masuk.\n\nKami mohon penjelasan: bagaimana syarat dan cara pendaftaran media agar bisa mendapat undangan kegiatan pers Bupati, apakah daftar media tersebut terbuka, dan apakah siaran pers resmi bisa dikirimkan ke semua media yang meminta, bukan hanya yang diundang.\n\nTerima kasih,\nAndi Pratama\nRedaksi Kabar Hulu Mahakam",
    ),
    _E(
        "email",
        "prokom",
        "---------- Forwarded message ---------\nFrom: Lina\nDate: Min, 8 Feb 2026\nSubject: info festival salah?\n\n'Bu, kami sudah sampai Tenggarong, kok lapangan kosong? Di IG pemkab tulisnya hari ini.'\n----------------------------------------\n\nYth. Sekretariat Daerah Kukar,\n\nPesan di atas dari saudara saya yang datang jauh-jauh dari Kota Bangun bersama rombongan sekolah. Akun media sosial resmi Bupati dan Pemkab pada 5 Februari mengunggah poster acara pentas budaya dengan tanggal 8 Februari, padahal acara sebenarnya 15 Februari. Postingan itu sampai sekarang belum diralat dan komentar warga yang bertanya tidak dijawab.\n\nSaya juga kecewa dengan jalan ke Kota Bangun yang masih rusak sehingga rombongan berangkat subuh, dan biaya sewa mobilnya tidak sedikit, tetapi itu hal lain. Yang saya minta: informasi di akun resmi diperiksa sebelum diunggah, ralat segera diumumkan, dan pertanyaan warga di kolom komentar dijawab admin.\n\nTerima kasih,\nHerlina\nTenggarong",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Assalamualaikum, mau tanya gmn caranya ngajuin ketemu langsung sama pak bupati? bubuhan kami nelayan Anggana mau menyampaikan aspirasi soal alat tangkap. Hrs bikin surat ke mana & brp lama biasanya dijadwalkan?",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Admin IG resmi bupati kok hapus2 komen warga yg kritik 😒 komen sy cuma nanya kapan janji kampanye soal air bersih direalisasikan, sopan kok, tp diapus & akun sy diblok. Akun resmi pemerintah kan hrsnya terbuka 🙏",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Assalamualaikum pak/bu. Sy kepala sekolah SMP di Loa Janan. Tgl 12 Maret 2026 sekolah kami ulang tahun ke-40 dan kami sangat berharap Bapak Bupati berkenan jadi pembina upacara sekaligus meresmikan taman baca sekolah. Sebenarnya kami jg ada keluhan soal ruang kelas yg atapnya bocor dan beasiswa siswa yg blm cair, tp itu nanti kami sampaikan lewat jalur dinas. Yg mau sy tanyakan: undangan untuk Bupati ditujukan ke siapa, dan paling lambat berapa hari sebelum acara harus dikirim? 🙏",
    ),
    _E(
        "whatsapp",
        "prokom",
        "upacara hari jadi kemarin di lapangan, bubuhan tokoh adat dr Muara Kaman yg diundang resmi malah kada dpt kursi, berdiri panas2 di belakang 😔 sdg tamu lain duduk di tenda. Panitia protokolnya tolong lebih menghargai undangan lah",
    ),
    _E(
        "web",
        "prokom",
        "Nama: Wulandari\nInstansi: Mahasiswa Magister Ilmu Komunikasi\n\nPesan:\nSaya sedang meneliti komunikasi kepemimpinan kepala daerah di Kalimantan Timur. Apakah saya bisa memperoleh naskah sambutan resmi Bupati Kutai Kartanegara pada peringatan Hari Jadi Kabupaten dan pada pembukaan Musrenbang Kabupaten 2026? Jika naskah sambutan tidak dipublikasikan di situs, mohon informasi bagaimana cara mengajukan permintaan salinannya. Terima kasih.",
    ),
    _E(
        "web",
        "prokom",
        "Perihal: Permohonan wawancara dengan Bupati\n\nKami dari sebuah stasiun televisi swasta yang sedang membuat liputan khusus tentang 25 tahun pembangunan di hulu Mahakam. Tahun lalu tim kami pernah menghubungi pemkab menanyakan proses lelang beberapa proyek dan dijawab oleh pihak lain; itu sudah selesai. Kali ini kami ingin mengajukan wawancara eksklusif sekitar 30 menit dengan Bupati, bisa di kantor atau saat kunjungan kerja ke Tabang atau Kembang Janggut. Kami mohon informasi prosedur pengajuan wawancara, berkas yang perlu dikirim, dan perkiraan waktu untuk mendapat jawaban. Rencana penayangan akhir April 2026.",
    ),
    _E(
        "sms",
        "prokom",
        "Assalamualaikum, sy ketua adat Desa Lekaq Kidau Sebulu. Kami mau undang Bupati hadir di pesta adat panen bulan Mei. Surat undangannya ditujukan ke mana? Terima kasih",
    ),
    _E(
        "sms",
        "prokom",
        "Mohon info kapan jadwal kunjungan kerja Bupati ke Kembang Janggut? Warga mau hadir menyampaikan aspirasi langsung. Dari warga Desa Loa Sakoh",
    ),
    _E(
        "telegram",
        "prokom",
        "Berita di website resmi pemkab ttg kunjungan bupati ke desa kami tgl 20 Jan salah sebut nama desa, ditulis Desa Sabintulung pdhl acaranya di Desa Muara Kaman Ulu. Fotonya jg foto kegiatan lain. Mohon diralat beritanya 🙏",
    ),
    _E(
        "telegram",
        "prokom",
        "Selamat malam. Saya pedagang di sekitar Taman Kota Raja Tenggarong. Setiap ada acara resmi pemkab, misalnya apel besar atau penyambutan tamu, pengumumannya baru muncul sehari sebelumnya atau bahkan pagi itu juga. Jalan ditutup, pedagang disuruh pindah, dan kami tidak sempat bersiap. Kebersihan setelah acara memang sering jadi masalah juga, tapi bukan itu yg saya minta sekarang. Tolong jadwal acara-acara resmi Bupati dan pemkab diumumkan jauh hari lewat akun resmi dan media, supaya warga dan pedagang bisa menyesuaikan.",
    ),
    _E(
        "twitter",
        "prokom",
        "Live streaming pelantikan pejabat di kanal resmi pemkab putus2 trs, suara sambutan bupati kada kedengaran sama sekali 🙄 Tolong tim medianya diperbaiki, warga hulu cuma bisa nonton dr situ",
    ),
]

_PERENCANAAN_KEUANGAN = [
    _E(
        "email",
        "perencanaan_keuangan",
        "CV DAPUR BUNDA KATERING\nJl. Imam Bonjol No. 31, Tenggarong | Telp. 0541-66xxxx\n\nNomor: 021/DBK/I/2026\nPerihal: Permohonan pembayaran tagihan konsumsi rapat\n\nKepada Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nKami adalah penyedia makanan dan minuman untuk rapat-rapat di lingkungan Sekretariat Daerah berdasarkan surat pesanan bulan Oktober dan November 2025. Seluruh pesanan telah kami kirim sesuai jumlah dan jadwal, dan berita acara serah terima sudah ditandatangani pejabat yang ditunjuk.\n\nTagihan kami sebanyak 14 faktur dengan total Rp86.400.000 telah kami serahkan lengkap pada 5 Desember 2025. Sampai hari ini, 26 Januari 2026, pembayaran belum kami terima, dan ketika kami tanyakan hanya dijawab 'masih menunggu'. Sebagai usaha kecil, kami menalangi bahan dan gaji 12 karyawan dari modal sendiri dan pinjaman.\n\nKami mohon kepastian kapan tagihan tersebut dibayarkan, atau jika ada kekurangan berkas, agar disampaikan kepada kami secara tertulis.\n\nHormat kami,\nPemilik\nHj. Rosmawati",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Yth. Bapak/Ibu,\n\nSaya membalas email tanggal 10 Desember 2025 yang menyatakan:\n\n> Honorarium narasumber kegiatan Bimbingan Teknis Penyusunan Laporan Kinerja akan dibayarkan setelah SPJ kegiatan selesai diverifikasi, paling lambat akhir Desember.\n\nSaya menjadi narasumber pada bimtek yang diselenggarakan Sekretariat Daerah tanggal 19-20 November 2025 di Tenggarong. Sekarang sudah Februari 2026 dan honorarium saya belum masuk ke rekening. Saya sudah mengirim fotokopi KTP, NPWP, buku rekening, dan menandatangani daftar hadir serta kuitansi pada hari kegiatan.\n\nSaya tidak mempersoalkan besarnya, tetapi saya ingin kepastian: apakah pembayaran ini masih akan dilakukan, apakah terbawa ke tahun anggaran 2026, dan apakah ada berkas saya yang kurang. Mohon jawaban yang jelas.\n\nTerima kasih,\nDr. Ir. Hasanuddin\nDosen, Samarinda",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Kepada Yth. Pengelola Keuangan Sekretariat Daerah Kukar,\n\nSaya pegawai PPPK yang bertugas di salah satu bagian di Sekretariat Daerah sejak pengangkatan Maret 2025. Saya ingin menanyakan tambahan penghasilan pegawai (TPP) saya untuk bulan Januari dan Februari 2026 yang sampai sekarang belum dibayarkan, sementara rekan-rekan PNS di ruangan yang sama sudah menerima TPP Januari sejak pertengahan Februari.\n\nSaya sudah mengisi laporan kinerja harian dan absensi elektronik saya lengkap. Ketika saya tanyakan ke operator, jawabannya 'data PPPK belum masuk'. Saya tidak mengerti maksudnya, apakah nama saya belum dimasukkan dalam daftar penerima atau ada hal lain.\n\nMohon penjelasan dan kepastian kapan TPP tersebut dibayarkan, serta apakah akan dibayar penuh untuk dua bulan tersebut.\n\nHormat saya,\nPegawai PPPK Setda (nama dan NIP ada pada saya)",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "----- Pesan diteruskan -----\nDari: Admin Percetakan Mahakam Grafika\nKe: Pemilik\nSubjek: tagihan setda belum masuk\n\n'Pak, tagihan kalender, baliho dan buku agenda untuk setda belum masuk juga, sudah 3 bulan.'\n----------------------------\n\nYth. Sekretariat Daerah Kutai Kartanegara,\n\nSaya pemilik Mahakam Grafika, Tenggarong. Pada November-Desember 2025 kami mengerjakan pesanan Sekretariat Daerah berupa 2.000 kalender dinding, 30 baliho untuk acara peringatan hari jadi, dan 500 buku agenda. Pembelian dilakukan lewat katalog elektronik dan seluruh barang sudah diterima dengan berita acara. Acara peringatannya pun sudah berlangsung meriah dengan baliho kami.\n\nNilai tagihan Rp134.750.000 belum dibayar sampai hari ini. Kami sudah tiga kali menanyakan dan jawabannya selalu menunggu dana atau menunggu tanda tangan. Kami mohon kejelasan jadwal pembayaran tagihan ini karena kami juga punya kewajiban ke pemasok kertas.\n\nHormat kami,\nAhmad Fauzi\nMahakam Grafika",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "Pak, SPPD perjalanan dinas sy ke Jakarta bulan Oktober 2025 blm cair smp skrg 😓 tiket & hotel pakai uang pribadi hampir 7jt. Berkas udh sy serahkan semua ke bendahara. Kira2 kapan ya dibayar?",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "assalamualaikum, sy tenaga kebersihan di kantor setda. honor bulan desember & januari blm dibayar 😢 kami cuma dpt janji2 aja. anak sy mau bayar sekolah. tolong kapan cairnya 🙏",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "Assalamualaikum. Ulun sopir honorer di Setda, lawas sudah bekerja. Honor ulun bulan Januari 2026 blm masuk, biasanya tanggal 5 sudah cair. Memang mobil yg ulun bawa juga rusak AC-nya & bannya gundul, sudah ulun lapor ke yg ngurus kendaraan, itu biar haja. Yg ulun tanya sekarang honornya kapan dibayar, soalnya ulun ada cicilan motor 🙏 kada enak nanya terus ke bendahara",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "Bu, SPJ kegiatan rapat koordinasi bagian kami dikembalikan trs sama verifikator keuangan, udh 3x revisi 😩 alasannya beda2, kadang kuitansi, kadang daftar hadir. Ada contoh format yg benar gk? biar gk bolak balik",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Nama: Irwansyah\nLembaga: Forum Transparansi Anggaran Kukar\n\nPesan:\nKami ingin memperoleh informasi mengenai anggaran Sekretariat Daerah Kabupaten Kutai Kartanegara tahun 2026, khususnya rincian belanja perjalanan dinas, belanja makan minum rapat, dan honorarium, serta realisasi anggaran Sekretariat Daerah tahun 2025. Mohon informasi apakah dokumen anggaran dan laporan realisasinya dapat diberikan kepada publik dan bagaimana prosedur permintaannya.",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Perihal: Tagihan hotel belum dibayar\n\nKami dari hotel di Tenggarong. Pada 14-16 Oktober 2025 Sekretariat Daerah menyelenggarakan rapat kerja di hotel kami dengan 70 peserta: paket rapat fullboard, 35 kamar selama dua malam, dan sewa ballroom. Acaranya berjalan baik, dan beberapa tamu bahkan memuji liputan medianya. Namun tagihan kami senilai Rp98.600.000 belum dibayar sampai akhir Januari 2026. Kami sudah mengirim invoice, faktur pajak, dan berita acara. Staf yang dulu memesan sudah pindah tugas sehingga kami tidak tahu harus menghubungi siapa. Mohon informasi status pembayaran dan kontak petugas yang menangani.",
    ),
    _E(
        "sms",
        "perencanaan_keuangan",
        "Slmt siang, tagihan ATK kami ke Setda Kukar invoice No. 117/XI/2025 senilai Rp23.500.000 sdh 3 bln blm dibayar. Mohon info kapan pembayarannya. Toko Sinar Jaya Tenggarong",
    ),
    _E(
        "sms",
        "perencanaan_keuangan",
        "Mohon info, TPP pegawai Setda bulan Januari 2026 kapan cair? Unit lain sdh terima, kami blm. Trm ksh",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "Uang harian SPPD sy utk perjalanan dinas ke Balikpapan 3 hari cuma dibayar 2 hari, dipotong tanpa penjelasan. Surat tugas jelas 3 hari & sy sdh lampirkan bukti hotel. Mohon dicek hitungannya",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "Selamat pagi. Kami usaha rental mobil di Tenggarong yang sejak Agustus 2025 menyewakan 4 unit mobil untuk perjalanan dinas Sekretariat Daerah, karena katanya kendaraan dinas banyak yang rusak. Mobil-mobil itu dipakai ke Kota Bangun, Tabang, sampai Samarinda. Sewa bulan Oktober sampai Desember 2025 total Rp72.000.000 belum dibayar. Soal satu mobil kami yang pulang dengan bemper penyok sudah kami urus sendiri. Yang kami minta hanya kejelasan kapan sewa tiga bulan itu dibayar, karena kami juga harus bayar cicilan unitnya.",
    ),
    _E(
        "twitter",
        "perencanaan_keuangan",
        "Vendor kecil nunggu bayaran dr Setda Kukar udh 4 bulan 😩 barang udh dikirim, berita acara udh diteken, tp duit gk turun2. Kami jg hrs gaji karyawan. Tolong dong dibayar tagihannya",
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
