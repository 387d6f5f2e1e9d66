# ruff: noqa: E501
"""Blind set written 2026-12-07 (twenty-third of the day) for issue 16: the riverside and interior districts and the coast (long boat journeys to offices, floods and low water, weak signal, fish cages, swiftlet nests, rubber and palm oil smallholders, coal barges, customary land, village heads and BPD, children studying in Samarinda; far-away projects rarely checked, tenders local firms cannot join, offices closed on arrival, the regent's visits, payments from the Secretariat). 15 cases per section; per section 4 email, 4 whatsapp, 2 web, 2 sms, 2 telegram, 1 twitter (48 each of email and whatsapp, 24 each of web, sms and telegram, 12 twitter). Written by two helper sessions, six sections each, with the same instructions, and joined into this file unread.

Written without reading config.yaml, routing/ or tests/routing/; each case is labelled only from
the mandates in docs/sections.md.

Scored ONCE, blind, with the rules of main c305fcf (this file committed unread in that commit), on
2026-12-07, after the changes tuned on 2026-12-07n to v and the request bonus: 165/180 correct =
91.7% (Wilson 95% interval 86.7%-94.9%), no fallback. Per channel: email 45/48 = 93.8%, sms
24/24, telegram 21/24, twitter 12/12, web 21/24, whatsapp 42/48. The rules of 1ca627b (the
session's start) place 160/180 (email 42/48): the day's changes gained #30, #48, #56, #82, #100
and #120 and lost #157 (prokom -> organisasi).
The errors (index in CASES, label -> got): #16 kesra -> sda, #37 hukum -> sda, #51 kerjasama ->
sda, #58 kerjasama -> kesra, #69 perekonomian -> kerjasama, #72 perekonomian -> sda, #92 adpem ->
umum, #109 pbj -> adpem, #112 pbj -> perencanaan_keuangan, #129 organisasi -> perekonomian, #136
umum -> kerjasama, #142 umum -> perencanaan_keuangan, #144 umum -> adpem, #157 prokom ->
organisasi, #178 perencanaan_keuangan -> pemerintahan.
"""

from __future__ import annotations

from tests.routing.case import Case

_E = Case

_PEMERINTAHAN = [
    _E(
        "email",
        "pemerintahan",
        "Kepada Yth.\nSekretariat Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nPerihal: Mohon fasilitasi masalah antara BPD dan Kepala Desa\n\nDengan hormat,\nKami pimpinan dan anggota Badan Permusyawaratan Desa (BPD) Desa Muara Leka, Kecamatan Muara Muntai, menyampaikan bahwa sejak Oktober 2024 Kepala Desa tidak pernah mengundang BPD dalam musyawarah desa. APBDes 2025 sudah dijalankan tanpa pembahasan dan tanpa berita acara kesepakatan dengan BPD. Surat kami tanggal 4 November 2024 dan 13 Januari 2025 tidak dibalas.\n\nPerlu kami sampaikan juga bahwa desa kami baru saja dilanda banjir dua minggu, gas elpiji 3 kg sempat hilang dan harga beras naik, sehingga warga banyak bertanya ke BPD soal bantuan. Namun hal itu sudah kami teruskan ke kecamatan. Yang kami mohonkan kepada Bapak/Ibu adalah pembinaan kepada Kepala Desa dan fasilitasi pertemuan antara Pemerintah Desa dan BPD, karena kami sudah dua kali ke kantor camat (perjalanan 3 jam dengan ces) tetapi belum ada penyelesaian.\n\nSebagai bahan, kami lampirkan salinan surat-surat kami dan daftar hadir rapat BPD.\n\nDemikian, atas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nKetua BPD Desa Muara Leka",
    ),
    _E(
        "email",
        "pemerintahan",
        "Yth. Pemerintah Kabupaten Kutai Kartanegara,\n\nSaya menulis atas nama warga Desa Teluk Muda, Kecamatan Kenohan. Sudah hampir setahun ada perselisihan dengan desa tetangga soal batas wilayah di sekitar danau. Patok yang dulu dipasang tahun 2016 sekarang sebagian hilang dan sebagian dipindah. Akibatnya warga kedua desa saling klaim lahan tepi danau, bahkan sempat ada keributan waktu pemasangan keramba bulan Februari lalu.\n\nSebenarnya masalah keramba dan ikan itu bisa kami atur sendiri antar nelayan. Yang jadi pokok masalah adalah garis batas desanya yang tidak jelas, sehingga kami tidak tahu lahan itu masuk desa mana, siapa yang berhak memungut PADes dan siapa yang mengeluarkan surat keterangan tanah.\n\nKami mohon Pemkab menurunkan tim penegasan batas desa dan mempertemukan kedua kepala desa. Kalau bisa dijadwalkan sebelum air danau naik lagi sekitar bulan Mei, karena kalau banjir patok tidak kelihatan.\n\nTerima kasih.\nSalam,\nRusdiansyah\nwarga RT 03 Teluk Muda",
    ),
    _E(
        "email",
        "pemerintahan",
        "---------- Forwarded message ---------\nDari: Hj. Noorlaila\nTanggal: Sen, 10 Mar 2025 08.12\nSubjek: Pemilihan Ketua RT 07 tidak sah\nKepada: kelurahan\n\nAssalamualaikum,\nSaya teruskan email yang sudah saya kirim ke kelurahan sebulan lalu tapi belum ada jawaban.\n\nDi RT 07 tempat saya tinggal di Samboja, ketua RT yang lama habis masa jabatannya Desember kemarin. Tiba-tiba keluar SK ketua RT baru, padahal tidak pernah ada rapat warga atau pemilihan. Yang ditunjuk itu ipar dari pak lurah. Warga merasa tidak dilibatkan sama sekali, dan sekarang beberapa warga yang protes dipersulit waktu minta surat pengantar.\n\nYang kami minta sederhana saja: pemilihan ketua RT diulang sesuai aturan, dengan musyawarah warga. Mohon pemkab menegur atau memberi petunjuk ke kelurahan bagaimana tata cara pemilihan RT yang benar.\n\nWassalam,\nNoorlaila",
    ),
    _E(
        "email",
        "pemerintahan",
        "Selamat siang Bapak/Ibu,\n\nNama saya Andi Baso, asal Bone, sudah lima tahun tinggal dan bekerja di Desa Muara Kembang, Kecamatan Muara Jawa, sebagai buruh di galangan kapal. KTP dan KK saya sudah pindah ke alamat desa ini sejak 2022, istri saya juga. Anak kami sekolah di SD sini dan kami ikut kerja bakti tiap bulan.\n\nMasalahnya, untuk pilkades serentak tahun ini nama kami dan sekitar 40 keluarga pendatang lain tidak masuk daftar pemilih. Waktu kami tanya ke panitia, jawabannya pendatang harus minimal tinggal sepuluh tahun dan harus ada rekomendasi tokoh kampung. Kami tidak pernah dengar aturan seperti itu.\n\nSelain itu kami juga susah dapat gas 3 kg karena katanya diprioritaskan untuk warga asli, tapi itu urusan lain. Yang saya minta sekarang adalah kejelasan dari pemkab: apakah panitia pilkades boleh mencoret warga yang sudah ber-KTP desa ini? Kalau tidak boleh, mohon panitia diberi teguran sebelum hari pencoblosan.\n\nTerima kasih atas perhatiannya.\nAndi Baso",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "assalamualaikum pak, ulun warga desa di tabang. kades kami udh 3 bulan kada ada di desa, tinggal di tenggarong terus. kantor desa tutup, sekdes jg kada wani tanda tangan. handak minta surat haja harus naik ces 6 jam ke hilir nyari pak kades 😩 gmn ini pak, siapa yg bisa negur kades kami 🙏",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Pak mau lapor, hasil pilkades di desa kami kec. Kembang Janggut selisih cuma 3 suara, ada 11 surat suara yg dianggap tdk sah pdhl coblosannya jelas. Panitia kada mau hitung ulang, BPD diam aja. Kami sdh bikin surat keberatan tgl 2 kemarin. Mohon kabupaten turun tangan sebelum kades terpilih dilantik 🙏🙏",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "slmt pagi, sy dr dusun seberang di muara kaman. warga kami udh ngajukan pemekaran dusun jd desa sendiri sejak 2021, syarat jumlah KK udh cukup, proposal udh masuk kecamatan. tp sampai skrg blm ada kabar apa2. kami jauh bgt dr kantor desa induk, nyebrang sungai + jalan 2 jam. prosesnya sampai mana ya pak? 🙏",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Assalamualaikum bapak ibu 🙏 maaf panjang. Desa kami di Muara Wis baru habis banjir, rumah2 terendam hampir sebulan, sembako mahal, anak sekolah libur. Itu semua kami maklum krn tiap tahun begitu. Tp yg bikin warga marah: papan info APBDes kada pernah dipasang, kades kada mau jelaskan dana desa 2024 dipakai gasan apa. Waktu musdes kemarin yg diundang cuma bubuhan keluarganya haja. Bantuan banjir dr kabupaten jg dibagi lewat RT yg dekat kades. Kami cuma minta pemkab suruh kades terbuka soal dana desa & libatkan warga di musdes. Makasih 🙏",
    ),
    _E(
        "web",
        "pemerintahan",
        "Saya tinggal di perbatasan antara Kecamatan Sebulu dan Kecamatan Tenggarong Seberang. Rumah kami dulu masuk Sebulu, tapi sejak 2023 warga di jalur ini didatangi RT dari desa di Tenggarong Seberang yang bilang wilayah kami masuk ke mereka. Sekarang ada dua RT yang sama-sama mendata kami, pajak bumi datang dari dua tempat, dan waktu pemilu kami bingung harus ke TPS mana. Mohon pemerintah kabupaten menetapkan batas kecamatan yang jelas di lapangan dan mengumumkan ke warga sebenarnya kami masuk wilayah mana.",
    ),
    _E(
        "web",
        "pemerintahan",
        "Saya mantan Sekretaris Desa di salah satu desa di Kecamatan Marangkayu. Bulan Januari 2025, kepala desa yang baru dilantik memberhentikan saya dan empat perangkat desa lain hanya dengan pemberitahuan lisan, tanpa surat rekomendasi camat dan tanpa alasan. Posisi kami langsung diisi orang-orang tim suksesnya.\n\nSelama ini saya juga yang mengurus data posyandu, data penerima bansos dan data anak yang daftar beasiswa, jadi sekarang urusan itu terbengkalai. Tapi yang saya mohon bukan soal data itu. Saya minta pemkab memeriksa apakah pemberhentian perangkat desa seperti ini sesuai aturan, dan kalau tidak, meminta kepala desa mengikuti prosedur yang berlaku. Kami sudah mengadu ke kecamatan tapi disuruh sabar saja.",
    ),
    _E(
        "sms",
        "pemerintahan",
        "Pak, ketua RT 12 kami di Anggana sdh meninggal 4 bln lalu, smp skrg blm ada pemilihan RT baru. Surat2 warga jd terhambat, hrs ke RT sebelah. Mhn kades diingatkan utk segera adakan pemilihan. Tks",
    ),
    _E(
        "sms",
        "pemerintahan",
        "Slmt siang. Kades kami di Muara Badak angkat anak & menantunya jd kaur dan kadus. Warga sdh protes di musdes tp tdk digubris. Apa boleh begitu? Mhn pemkab bina kades kami. Trmksh",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "Pak, desa kami di kec. Kenohan udh 2 thn dipimpin Pj kades krn kades lama berhenti. Pj nya jarang datang krn merangkap staf kecamatan. Kapan desa kami ikut pilkades? Warga handak punya kades definitif 🙏",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "Lapor min 🙏 di desa kami (Kota Bangun) BPD baru dilantik tp anggotanya ditunjuk kades semua, kada ada pemilihan per dusun. Dusun kami yg di seberang sungai kada punya wakil sama sekali. Gmn cara mengajukan keberatan?",
    ),
    _E(
        "twitter",
        "pemerintahan",
        "@pemkabkukar dua desa di Marangkayu ribut terus soal tapal batas, pemasangan tiang listrik sampai tertunda krn gak jelas masuk desa mana. Tolong pemkab tegaskan batasnya 🙏 #Kukar",
    ),
]

_KESRA = [
    _E(
        "email",
        "kesra",
        "Kepada Yth.\nBapak Bupati Kutai Kartanegara\nc.q. Sekretariat Daerah\n\nPerihal: Menanyakan tindak lanjut proposal bantuan rehabilitasi masjid\n\nAssalamualaikum wr. wb.\n\nKami pengurus Masjid Nurul Huda, Desa Liang, Kecamatan Kota Bangun, pada bulan Maret 2024 telah mengajukan proposal bantuan rehabilitasi masjid senilai Rp 185.000.000. Lantai dan tiang kayu masjid kami lapuk karena setiap tahun terendam banjir sampai setinggi lutut, sehingga jamaah salat Jumat sebagian harus di teras.\n\nSebagai informasi tambahan, jalan titian menuju masjid juga rusak dan lampu jalan mati, namun hal itu sudah kami sampaikan lewat musrenbang desa. Untuk surat ini kami hanya menanyakan apakah proposal bantuan rumah ibadah kami sudah diverifikasi dan kapan kira-kira dapat direalisasikan, karena sampai sekarang belum ada petugas yang datang meninjau.\n\nKami siap melengkapi berkas yang kurang. Nomor yang dapat dihubungi: 0812-5xxx-2231 (Ketua Takmir).\n\nWassalamualaikum wr. wb.\n\nKetua Pengurus Masjid Nurul Huda",
    ),
    _E(
        "email",
        "kesra",
        "Selamat pagi,\n\nSaya orang tua dari mahasiswi semester 5 jurusan keperawatan di Samarinda, kami tinggal di Desa Sidomulyo, Kecamatan Tabang. Anak saya tahun lalu menerima beasiswa dari Pemkab, tapi tahun ini tidak bisa mendaftar ulang karena pendaftarannya hanya lewat aplikasi online dan dibuka cuma 10 hari. Di desa kami sinyal hanya ada di bukit belakang sekolah, itupun kalau cuaca cerah. Anak saya sendiri waktu itu sedang praktik di rumah sakit dan HP-nya rusak.\n\nWaktu kami ke Tenggarong, perjalanan hampir sehari naik speedboat dan mobil, pendaftaran sudah ditutup. Kami mohon ada kebijakan untuk penerima lama yang terlambat daftar ulang karena kendala sinyal, atau setidaknya dibuka pendaftaran susulan. Biaya kuliah semester ini Rp 4.500.000 dan kami petani karet, sangat berat bagi kami.\n\nTerima kasih.\nHormat saya,\nSuparman",
    ),
    _E(
        "email",
        "kesra",
        "Re: Pengumuman hasil verifikasi peserta MTQ tingkat kabupaten\n\nYth. Panitia,\n\nTerima kasih atas email pengumumannya. Kami dari kafilah Kecamatan Muara Wis sangat kecewa karena tiga peserta kami (cabang tilawah remaja dan hifzil 5 juz) dinyatakan gugur karena berkas asli terlambat diserahkan satu hari.\n\nPerlu kami jelaskan, minggu itu air Sungai Mahakam sangat surut, kapal reguler tidak bisa lewat dan kami terpaksa menunggu dua hari di Muara Muntai sebelum bisa menumpang perahu kecil ke Tenggarong. Scan berkas sudah kami kirim lewat email sebelum batas waktu, hanya yang asli yang terlambat.\n\nAnak-anak ini sudah latihan setahun, dilatih guru ngaji desa tanpa bayaran. Kami mohon panitia mempertimbangkan kembali keputusan tersebut, atau paling tidak memberi penjelasan aturan mana yang dipakai, karena di petunjuk teknis tidak ada tertulis berkas asli wajib diserahkan langsung.\n\nWassalam,\nOfisial Kafilah Kec. Muara Wis",
    ),
    _E(
        "email",
        "kesra",
        "Assalamualaikum,\n\nKami perwakilan guru ngaji TPA dan marbot masjid di Kelurahan Muara Jawa Ulu. Sudah enam bulan, dari Juli sampai Desember 2024, insentif guru ngaji dan marbot dari Pemkab belum kami terima. Biasanya Rp 500.000 per bulan dan dibayar per triwulan.\n\nDi kelurahan kami juga sedang ramai soal pergantian ketua RT dan harga gas yang naik, tapi itu biarlah diurus yang berwenang. Kami hanya ingin tahu kenapa insentif kami terlambat, apakah ada data yang salah atau nama kami tercoret. Beberapa teman guru ngaji sudah berhenti mengajar karena harus cari kerja tambahan di tambak, padahal ada 80 lebih anak yang belajar mengaji di TPA kami.\n\nMohon penjelasan dan kepastian kapan insentif dicairkan.\n\nWassalamualaikum,\nUstadz Mahyuni\nKoordinator guru ngaji Muara Jawa Ulu",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Assalamualaikum pak, ulun handak betakon. Abah ulun dari Muara Kaman dapat porsi haji berangkat tahun ini. Manasik tingkat kabupaten kapan dan dimana? Kami jauh, harus siapkan perahu & nginap di Tenggarong. Abah udh 72 thn jd kami perlu tau lebih awal 🙏",
    ),
    _E(
        "whatsapp",
        "kesra",
        "pak, sy mahasiswa asal kembang janggut kuliah di samarinda. beasiswa kukar sy status nya 'diterima' dr november tp sampai skrg blm cair 😭 UKT harus dibayar tgl 20 ini, kalau telat kena denda. kira2 kapan ditransfer pak? sdh tanya ke grup tp kada ada yg jawab",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Slmt sore pak 🙏 kami majelis taklim ibu2 di desa di Sebulu. Tahun lalu disuruh masukkan proposal hibah gasan beli sound system & tikar, udh lengkap sama SK kemenkumham jg. Kata org kecamatan hibahnya masuk anggaran 2025. Tp kok kada ada kabar? Harus ngurus kemana lagi ya?",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Assalamualaikum 🙏 kami dr Kenohan. Banjir tahun ini parah bgt pak, air masuk rumah 1 meter lebih. Sembako udah ada yg bagi, gas 3 kg mahal tp masih dapat. Yg jadi masalah langgar kami satu2nya di RT 4 lantainya ambruk kena banjir, skrg anak2 ngaji di rumah warga. Warga cuma sanggup kumpul Rp 7 juta. Apa ada bantuan pemkab gasan rumah ibadah buat peninggian lantai? caranya gmn? 🙏🙏",
    ),
    _E(
        "web",
        "kesra",
        "Saya guru TPA di Desa Kembang Janggut sejak 2019. Teman-teman guru ngaji lain di desa ini sudah terima insentif dari kabupaten, tapi nama saya tidak pernah ada di daftar walaupun sudah dua kali menyerahkan berkas lewat KUA dan desa. Saya ingin tahu siapa yang mengusulkan nama penerima insentif guru ngaji dan bagaimana caranya supaya nama saya bisa masuk tahun 2025.",
    ),
    _E(
        "web",
        "kesra",
        "Kami keluarga petani karet di Kecamatan Muara Kaman. Dua tahun ini harga karet jatuh, kadang cuma Rp 7.000 per kilo, dan kebun sawit kami yang kecil juga belum berbuah. Listrik desa sering padam dan jalan ke kecamatan rusak kalau hujan. Semua itu membuat kami makin susah membiayai anak.\n\nAnak sulung kami sekarang kuliah di Samarinda semester 3 dengan IPK 3,6. Yang ingin kami tanyakan: apakah beasiswa Pemkab untuk mahasiswa dari keluarga tidak mampu akan dibuka lagi tahun ini, kapan jadwalnya, dan syaratnya apa saja? Kami takut ketinggalan informasi lagi karena pengumuman hanya di media sosial dan di desa sinyal sering hilang.",
    ),
    _E(
        "sms",
        "kesra",
        "Pak, bapak sy warga miskin di Muara Muntai, sakit paru2 hrs rujuk ke Samarinda. Kartu berobat gratis dr pemkab blm aktif pdhl sdh daftar lewat desa Jan kmrn. Mohon dibantu.",
    ),
    _E(
        "sms",
        "kesra",
        "Slmt siang. Kami pengurus gereja di desa di kec. Tabang, atap gereja bocor & dinding papan lapuk. Apakah ada bantuan pemkab utk rehab gereja? Berkas apa yg hrs disiapkan? Tks",
    ),
    _E(
        "telegram",
        "kesra",
        "Assalamualaikum min 🙏 desa kami di Anggana handak kirim peserta MTQ kabupaten tahun ini. Jadwal MTQ kecamatan & kabupaten sudah ada blm? Terus ada pembinaan qari/qariah dr kabupaten kah? Anak2 kami bagus suaranya tp kada ada pelatih",
    ),
    _E(
        "telegram",
        "kesra",
        "slmt pagi, kami kelompok lansia & penyandang disabilitas di Marangkayu (32 org). Sdh 2x ajukan bansos kelompok gasan usaha ternak ayam, kata dinas harus lewat setda. Sebenarnya ngajukannya ke mana ya pak? 🙏",
    ),
    _E(
        "twitter",
        "kesra",
        "min, beasiswa Kukar tahap 2 kapan cairnya? anak2 Kukar yg kuliah di Samarinda udh pada nunggak bayar kos 😭 info dong @pemkabkukar",
    ),
]

_HUKUM = [
    _E(
        "email",
        "hukum",
        "Kepada Yth.\nPemerintah Kabupaten Kutai Kartanegara\n\nPerihal: Permohonan bantuan hukum bagi warga Desa Long Beleh\n\nDengan hormat,\nKami perwakilan warga masyarakat adat Desa Long Beleh, Kecamatan Kembang Janggut. Sejak tahun lalu kami berselisih dengan sebuah perusahaan perkebunan sawit yang membuka lahan di wilayah yang kami anggap tanah adat. Soal batas kebun dan janji CSR perusahaan sudah sering kami bicarakan di kecamatan dan bukan itu yang kami mohonkan di sini.\n\nPada 3 Februari 2025 tiga orang warga kami dilaporkan perusahaan ke polisi dengan tuduhan menghalangi kegiatan usaha perkebunan, dan sekarang sudah dua kali dipanggil untuk diperiksa. Mereka petani biasa, tidak mengerti hukum dan tidak mampu membayar pengacara. Untuk datang memenuhi panggilan saja harus naik perahu dan ojek hampir sehari.\n\nKami mohon Pemkab dapat memberikan bantuan hukum atau pendampingan advokat secara cuma-cuma bagi ketiga warga tersebut, sesuai program bantuan hukum bagi masyarakat tidak mampu. Surat keterangan tidak mampu dari desa sudah kami siapkan.\n\nAtas perhatian Bapak/Ibu kami ucapkan terima kasih.\n\nHormat kami,\nPerwakilan warga Long Beleh",
    ),
    _E(
        "email",
        "hukum",
        "Yth. Sekretariat Daerah Kukar,\n\nKami dari persekutuan masyarakat adat Dayak di Kecamatan Tabang mendengar bahwa pemerintah kabupaten sedang menyusun rancangan Peraturan Daerah tentang pengakuan dan perlindungan masyarakat hukum adat. Kami sangat mendukung, tapi sampai sekarang kami belum pernah melihat isi drafnya, dan kami khawatir wilayah adat kami tidak tercantum dengan benar.\n\nKami mohon dua hal: pertama, salinan naskah akademik dan draft raperda tersebut dikirimkan kepada kami (boleh lewat email ini karena ke Tenggarong butuh dua hari perjalanan); kedua, kalau ada uji publik atau konsultasi publik, mohon diadakan juga di wilayah hulu atau setidaknya kami diundang secara resmi jauh-jauh hari.\n\nTerima kasih atas perhatiannya.\n\nSalam,\nSekretaris Lembaga Adat",
    ),
    _E(
        "email",
        "hukum",
        "Fwd: Peraturan Bupati tidak ada di website\n\nSelamat siang,\n\nSaya teruskan pertanyaan dari rekan saya karena belum ada balasan dari alamat sebelumnya.\n\n> Saya staf notaris di Tenggarong, sedang membantu klien dari Muara Badak yang mengurus usaha sarang burung walet. Klien diminta memenuhi ketentuan dalam Peraturan Bupati tentang tata cara pengelolaan dan pengusahaan sarang burung walet, tetapi di website JDIH Kukar peraturan itu hanya ada judulnya, file PDF-nya tidak bisa dibuka (muncul halaman error 404). Kami juga belum menemukan apakah Perbup itu sudah diubah atau dicabut.\n>\n> Mohon dikirimkan salinan Perbup tersebut beserta perubahannya jika ada, dan mohon tautan di JDIH diperbaiki supaya masyarakat bisa mengakses.\n\nTerima kasih,\nRatna",
    ),
    _E(
        "email",
        "hukum",
        "Kepada Yth. Pemerintah Kabupaten Kutai Kartanegara\n\nSaya ahli waris almarhum H. Jumberi, pemilik tanah di Kelurahan Sungai Merdeka, Kecamatan Samboja, yang sejak 2017 dipakai untuk pelebaran jalan tanpa ganti rugi. Kami menggugat Pemerintah Kabupaten ke Pengadilan Negeri dan pada tahun 2023 putusan kasasi menyatakan gugatan kami dikabulkan dan Pemkab dihukum membayar ganti kerugian Rp 612.000.000. Putusan itu sudah berkekuatan hukum tetap.\n\nSudah hampir dua tahun sejak putusan, tetapi belum ada pelaksanaan. Kami sudah mengirim surat permohonan pelaksanaan putusan dua kali dan datang ke Tenggarong, tetapi selalu dijawab sedang diproses.\n\nKami mohon penjelasan resmi bagaimana Pemkab akan melaksanakan putusan pengadilan tersebut dan kapan, supaya kami tidak perlu mengajukan permohonan eksekusi lewat pengadilan.\n\nHormat kami,\nMuhammad Yusran\nmewakili ahli waris",
    ),
    _E(
        "whatsapp",
        "hukum",
        "assalamualaikum pak, sy nelayan di muara badak. sy dilaporkan ke polisi soal jual beli perahu sama org, katanya sy nipu pdhl perahu sdh sy serahkan. sy kada punya duit gasan bayar pengacara 😔 ada kah bantuan hukum gratis dr pemkab gasan org kaya kami? cara daftarnya gmn",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Pak sy mau tanya, Perda ttg retribusi izin gangguan sarang walet th 2012 itu masih berlaku kah? Di desa kami Muara Muntai ada yg bilang udh dicabut, ada yg bilang masih. Bisa minta teks perda terbaru nya? 🙏",
    ),
    _E(
        "whatsapp",
        "hukum",
        "slmt siang min. sekolah anak sy di muara kaman skrg ngelarang ortu merokok di halaman sekolah, katanya ada perda kawasan tanpa rokok. sy cari di internet kada ketemu. boleh minta file perda nya? sy handak baca sendiri aturannya 👍",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Assalamualaikum bu/pak 🙏 maaf sy mau cerita. Sy ibu rumah tangga di Muara Jawa, suami kerja di kapal tongkang batubara, udh 8 bln kada pulang & kada kirim nafkah. Gas 3kg di sini skrg 40rb, anak 3 masih sekolah, sy kerja serabutan. Sy handak ngurus cerai & nafkah anak tp kada tau caranya dan kada sanggup bayar pengacara. Dengar2 pemkab ada bantuan hukum gratis gasan org kada mampu, betul kah? Syaratnya apa dan ke mana sy harus datang? 🙏",
    ),
    _E(
        "web",
        "hukum",
        "Kami dari Kantor Kecamatan Sebulu mohon konsultasi hukum kepada Bagian Hukum. Sebagian lahan kantor camat yang sudah ditempati sejak 1998 digugat oleh ahli waris pemilik lama ke Pengadilan Negeri Tenggarong, dengan dalil bahwa tanah tersebut hanya dipinjamkan. Relaas panggilan sidang pertama kami terima tanggal 17 Maret 2025. Kami belum tahu siapa yang mewakili pemerintah di persidangan, dokumen apa yang perlu disiapkan, dan apakah kami perlu surat kuasa dari Bupati. Mohon petunjuk secepatnya karena sidang dijadwalkan 8 April.",
    ),
    _E(
        "web",
        "hukum",
        "Kami warga yang tinggal di rumah lanting dan rumah panggung di tepi sungai di Muara Kaman. Kami dengar di dalam rancangan perda tentang ketertiban umum ada pasal yang melarang bangunan di atas sungai dan di sempadan sungai, dan bangunan yang sudah ada harus dibongkar. Padahal kami sudah turun-temurun tinggal di atas air, keramba ikan kami juga di bawah rumah, dan kalau banjir justru rumah lanting yang paling aman.\n\nKami tidak menolak ketertiban, tapi mohon pasal itu ditinjau ulang dan warga tepi sungai diajak bicara sebelum raperda disahkan. Kami juga minta salinan draft raperda yang sekarang supaya bisa kami pelajari bersama tokoh kampung.",
    ),
    _E(
        "sms",
        "hukum",
        "Pak, web JDIH kukar eror trs. Sy cari Perbup ttg pembagian ADD th 2024 tdk ketemu. Bisa dikirim file nya ke no ini? Sy perangkat desa di Muara Wis. Tks",
    ),
    _E(
        "sms",
        "hukum",
        "Assalamualaikum. Anak sy ditahan di polsek Kota Bangun krn perkelahian. Kami org kada mampu, apa ada pengacara gratis dr pemkab? Mohon infonya pak.",
    ),
    _E(
        "telegram",
        "hukum",
        "Min, katanya ada draf Perbup ttg tarif angkutan sungai speedboat & taksi air ya? Kami motoris di Muara Muntai blm pernah diajak bahas. Kapan uji publiknya & bisa minta draf nya? 🙏",
    ),
    _E(
        "telegram",
        "hukum",
        "Pak, kami ahli waris yg menggugat pemkab soal tanah SD di Anggana. Sidang mediasi di PN udh 3x ditunda krn kuasa hukum pemkab kada hadir 😤 kami dr desa ongkos pulang pergi mahal. Tolong pemkab serius hadapi perkara ini",
    ),
    _E(
        "twitter",
        "hukum",
        "min @pemkabkukar file Perda Kukar ttg perlindungan perempuan & anak di JDIH kok gak bisa diunduh ya? pdf-nya kosong 0 kb. tolong diperbaiki 🙏",
    ),
]

_KERJASAMA = [
    _E(
        "email",
        "kerjasama",
        "Nomor: 140/27/PEM-DS/II/2025\nPerihal: Penyaluran program tanggung jawab sosial perusahaan\n\nKepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nPemerintah Desa Tanjung Limau, Kecamatan Muara Badak, menyampaikan bahwa pada pertemuan bulan Juni 2024 perusahaan migas yang beroperasi di wilayah kami menjanjikan program CSR berupa instalasi air bersih dan tandon untuk tiga RT pesisir. Sampai Februari 2025 program tersebut belum terlaksana, sementara desa tetangga sudah menerima program serupa.\n\nDi desa kami saat ini juga ada keluhan warga soal bau dari lokasi sumur dan kelangkaan gas 3 kg, namun keluhan itu sudah kami sampaikan ke instansi terkait secara terpisah. Melalui surat ini kami hanya memohon agar Pemkab, yang menurut informasi mengoordinasikan forum CSR perusahaan, dapat menanyakan kepada perusahaan jadwal realisasi program air bersih tersebut, dan ke depan melibatkan desa dalam perencanaan penyaluran CSR supaya merata antar desa.\n\nDemikian permohonan kami, atas perhatiannya diucapkan terima kasih.\n\nKepala Desa Tanjung Limau",
    ),
    _E(
        "email",
        "kerjasama",
        "Yth. Kepala Bagian Kerja Sama\nSekretariat Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nKami dari Fakultas Perikanan dan Ilmu Kelautan sebuah universitas negeri di Samarinda bermaksud menjalin kerja sama dengan Pemerintah Kabupaten Kutai Kartanegara di bidang penelitian dan pengabdian masyarakat, khususnya pendampingan budidaya ikan keramba di kawasan danau Muara Muntai dan Kenohan serta KKN tematik mahasiswa.\n\nSelama ini kegiatan kami di desa hanya berdasarkan izin per kegiatan, sehingga sering terkendala ketika berganti tahun anggaran. Kami ingin mengetahui prosedur penyusunan nota kesepahaman (MoU) dan perjanjian kerja sama dengan Pemkab, dokumen apa saja yang harus kami siapkan, serta siapa yang dapat kami temui untuk pembahasan draft awal. Kami juga telah menyiapkan konsep draft MoU yang dapat kami kirimkan bila diperlukan.\n\nAtas perhatian dan kerja samanya kami ucapkan terima kasih.\n\nHormat kami,\nWakil Dekan Bidang Kerja Sama",
    ),
    _E(
        "email",
        "kerjasama",
        "Re: Layanan kesehatan warga perbatasan\n\nYth. Bapak/Ibu,\n\nTerima kasih atas balasan sebelumnya. Kami ingin memperjelas permohonan kami. Warga di beberapa desa paling hulu di Kecamatan Tabang selama ini berobat dan melahirkan di puskesmas kabupaten tetangga karena hanya 1 jam perjalanan sungai, sedangkan ke puskesmas kecamatan kami bisa 5 jam. Dulu ada perjanjian kerja sama antar kedua kabupaten sehingga warga kami dilayani tanpa masalah.\n\nSejak awal 2025 puskesmas tetangga menolak melayani warga ber-KTP Kukar dengan alasan perjanjian kerja sama antar daerah itu sudah habis masa berlakunya dan belum diperpanjang. Bulan lalu seorang ibu hamil dari desa kami terpaksa dibawa berjam-jam ke hilir.\n\nKami mohon Pemkab segera memperpanjang atau memperbarui kerja sama dengan kabupaten tetangga tersebut, dan memberi tahu kami perkembangannya.\n\nHormat kami,\nTokoh masyarakat Desa Muara Tiq",
    ),
    _E(
        "email",
        "kerjasama",
        "Selamat siang,\n\nSaya warga Desa Loa Sakoh, Kecamatan Kembang Janggut. Di sekitar desa kami ada perusahaan perkebunan sawit yang setiap tahun menyalurkan bantuan CSR ke desa, misalnya paket sembako, bantuan sekolah dan semen untuk jalan lingkungan. Masalahnya, penyalurannya selalu lewat orang-orang dekat kepala desa saja. Tahun 2024 bantuan semen 200 sak hanya dipakai untuk jalan menuju rumah keluarga kepala desa, dan paket sembako 150 paket tidak pernah diumumkan siapa penerimanya.\n\nKami tidak mempermasalahkan perusahaannya, kami justru berterima kasih. Kami hanya minta Pemkab mengevaluasi cara penyaluran CSR di desa kami, meminta perusahaan membuka daftar penerima dan nilai bantuannya, dan memastikan warga di RT jauh juga ikut merasakan.\n\nTerima kasih.\nSalam,\nYohanes\nRT 05 Loa Sakoh",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "pak mau nanya, bantuan CSR perusahaan batubara di kec. kami (Sebulu) knp cuma gasan desa sebelah haja? desa kami jg kena debu & lewatan truk nya. tahun ini blm dapat apa2 dr CSR mereka 😒 siapa yg ngatur pembagian CSR itu pak?",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Slmt pagi pak 🙏 ulun dr Muara Muntai. Dulu ada kerjasama pemkab dgn RS swasta di Samarinda gasan rujukan pasien kukar, keluarga ulun pernah dilayani. Kemarin ipar ulun ditolak katanya kerjasamanya udh berakhir. Betul kah? Kapan diperpanjang lagi?",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Assalamualaikum pak. Kami kelompok nelayan di Muara Jawa 👋 maaf agak panjang. Tahun lalu ada sosialisasi dr perusahaan galangan kapal, katanya ada program CSR gasan nelayan sekitar: mesin ketinting, jaring & cool box. Data 45 nelayan udh kami serahkan lewat kelurahan bulan Agustus. Skrg udh Maret kada ada kabar, sementara ikan makin susah krn air keruh & tangkapan turun, solar jg susah. Kami cuma handak tau CSR itu jadi disalurkan kah kada, dan siapa yg bisa tanyakan ke perusahaan? 🙏",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "slmt siang pak, sy sekdes di desa di kec. Muara Wis. Kami dengar pemkab ada kerja sama dgn kampus2 gasan KKN tematik. Desa kami handak jadi lokasi KKN, banyak yg perlu dibantu (pemetaan, pembukuan BUMDes). Cara ngajukan desa kami supaya masuk kerja sama itu gmn ya? 🙏",
    ),
    _E(
        "web",
        "kerjasama",
        "Kami dari forum pemuda Kecamatan Muara Badak ingin meminta data penyaluran CSR/TJSL perusahaan-perusahaan di Kukar tahun 2024 per kecamatan: nama program, nilai dan desa penerimanya. Selama ini warga hanya tahu dari spanduk, dan banyak desa di pesisir merasa tidak kebagian padahal paling dekat dengan lokasi operasi. Kami berharap laporan penyaluran CSR bisa diumumkan secara terbuka setiap tahun.",
    ),
    _E(
        "web",
        "kerjasama",
        "Kami warga beberapa RT di Kecamatan Anggana yang berbatasan langsung dengan Kota Samarinda. Setiap musim kemarau air sungai di sini asin karena intrusi air laut, sumur juga payau, dan gas 3 kg sering kosong. Jaringan PDAM Kukar belum sampai ke tempat kami, sementara pipa PDAM Samarinda lewat hanya 300 meter dari rumah kami.\n\nTahun 2023 kami dengar akan ada perjanjian kerja sama antara Pemkab Kukar dan Pemkot Samarinda supaya warga perbatasan bisa disambung dari jaringan Samarinda. Sampai sekarang belum ada kabar. Kami mohon informasi sampai di mana pembahasan kerja sama antar daerah itu dan kapan kira-kira bisa ditandatangani.",
    ),
    _E(
        "sms",
        "kerjasama",
        "Slmt sore. CSR perusahaan tambang di Samboja th ini blm ada sama sekali ke RT 9 kami, pdhl paling dekat lokasi. Desa lain dpt. Mhn pemkab tanyakan ke perusahaan. Tks",
    ),
    _E(
        "sms",
        "kerjasama",
        "Pak, dulu ada kerjasama pemkab dgn sekolah pelayaran utk anak2 nelayan Muara Badak. Th ini msh ada kah? Anak sy baru lulus SMA. Mohon info.",
    ),
    _E(
        "telegram",
        "kerjasama",
        "Selamat siang. Sy staf CSR sebuah perusahaan sawit di Kenohan. Tahun ini kami handak salurkan program TJSL ke 4 desa sekitar kebun, tp kami diminta koordinasi dulu dgn pemkab supaya kada tumpang tindih dgn program pemerintah. Koordinasinya ke siapa & perlu surat apa? 🙏",
    ),
    _E(
        "telegram",
        "kerjasama",
        "Min, bantuan sembako CSR dr perusahaan dibagi lewat desa kami di Muara Wis tp daftar penerimanya kada jelas. Yg dapat bubuhan itu2 haja, janda & lansia malah kada dapat 😔 tolong pemkab awasi pembagian CSR ini",
    ),
    _E(
        "twitter",
        "kerjasama",
        "CSR perusahaan tambang di Kukar itu sebenarnya larinya kemana aja sih? kampung kami di Muara Kaman gak pernah kebagian, tiap tahun cuma dijanjiin 🙄 @pemkabkukar",
    ),
]

_PEREKONOMIAN = [
    _E(
        "email",
        "perekonomian",
        "Kepada Yth.\nPemerintah Kabupaten Kutai Kartanegara\n\nPerihal: Kelangkaan solar bersubsidi untuk nelayan\n\nDengan hormat,\nKami Kelompok Nelayan Pesisir Sejahtera, Kecamatan Muara Badak, beranggotakan 38 nelayan. Sejak Januari 2025 solar bersubsidi di penyalur khusus nelayan di wilayah kami sering kosong. Kalaupun ada, setiap nelayan hanya dapat 20 liter padahal sekali melaut butuh 40 liter. Akhirnya kami membeli dari pengecer Rp 11.000 sampai Rp 12.000 per liter, jauh di atas harga resmi Rp 6.800.\n\nSebenarnya kami juga sedang susah karena hasil tangkapan turun dan banyak keramba anggota yang ikannya mati, serta anak-anak kami menunggu beasiswa. Tetapi masalah paling mendesak adalah solar ini, karena tanpa solar kami tidak bisa melaut sama sekali.\n\nKami mohon Pemkab menambah kuota solar nelayan, mengawasi penyalur supaya tidak menjual ke pengecer dan kapal besar, serta memastikan rekomendasi pembelian BBM untuk nelayan bisa diurus di kecamatan.\n\nHormat kami,\nKetua Kelompok Nelayan Pesisir Sejahtera",
    ),
    _E(
        "email",
        "perekonomian",
        "Selamat siang Bapak/Ibu,\n\nSaya ibu rumah tangga di Desa Semayang, Kecamatan Kenohan. Setiap musim kemarau, ketika air danau dan sungai surut, kapal pengangkut gas tidak bisa masuk ke desa kami. Akibatnya elpiji 3 kg di warung naik menjadi Rp 45.000 sampai Rp 50.000 per tabung, bahkan pernah kosong dua minggu dan warga terpaksa kembali memasak pakai kayu.\n\nDi desa kami hanya ada satu pangkalan dan sering tutup. Saya dengar harga eceran tertinggi di Kukar sekitar Rp 22.000-an. Mohon Pemkab menambah pangkalan di desa-desa danau, mengatur pengiriman gas sebelum air surut, dan menindak pengecer yang menjual jauh di atas harga.\n\nTerima kasih atas perhatiannya.\nSalam,\nIbu Fatimah",
    ),
    _E(
        "email",
        "perekonomian",
        "Fwd: harga sembako di Tabang\n\nAssalamualaikum,\nSaya teruskan keluhan yang dikumpulkan ibu-ibu PKK desa kami minggu lalu.\n\nSudah sebulan air Sungai Belayan surut dan kapal barang dari Tenggarong tidak bisa naik sampai Tabang. Barang hanya masuk lewat jalan darat yang rusak. Harga di pasar desa sekarang: beras Rp 19.000/kg, gula Rp 24.000/kg, minyak goreng Rp 25.000/liter, telur Rp 70.000 per rak. Bahkan beberapa warung sudah kehabisan beras.\n\nKami mohon Pemkab mengadakan operasi pasar atau pasar murah di Tabang dan desa-desa hulu, serta mencari cara supaya pasokan sembako tetap ada ketika sungai surut, misalnya bantuan ongkos angkut untuk pedagang.\n\nWassalam,\nSiti Aisyah\nDesa Ritan Baru",
    ),
    _E(
        "email",
        "perekonomian",
        "Yth. Sekretariat Daerah Kukar\n\nKami kelompok petani karet di Kecamatan Kota Bangun. Sejak pertengahan 2024 kami menjual lateks dan slab karet ke unit usaha milik perusahaan daerah yang membuka pembelian di kecamatan kami, karena harganya sedikit lebih baik dari tengkulak.\n\nMasalahnya, pembayaran dari perusahaan daerah itu terus terlambat. Penjualan bulan November dan Desember 2024 dengan total Rp 86.500.000 untuk 27 petani sampai sekarang belum dibayar. Petugas lapangannya hanya bilang dana dari kantor pusat belum turun. Banyak anggota kami sudah berutang di warung untuk makan.\n\nKami mohon Pemkab sebagai pemilik perusahaan daerah tersebut menegur manajemennya dan memastikan kami dibayar, serta menjelaskan apakah unit pembelian karet itu masih akan berlanjut.\n\nHormat kami,\nKetua Kelompok Tani Karet Harapan Jaya",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "pak gas melon di muara jawa langka lg 😤 pangkalan bilang habis, tp di pengecer ada 40rb. pangkalan nya jual ke pengecer duluan kyknya. tolong dicek pak, kami warga biasa antri dr subuh kada dapat",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "Assalamualaikum pak 🙏 sy pedagang sayur di pasar kota bangun. Pasar pagi kami dipindah ke lokasi baru tp pembeli sepi krn jauh dr dermaga, pedagang lama malah balik jualan di pinggir jalan. Retribusi tetap ditarik tiap hari. Tolong pengelola pasar diatur lagi, kami rugi terus",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "Slmt siang pak, kami ibu2 pembuat amplang & kerupuk ikan di Muara Muntai (12 org). Produk kami laku tp kemasan seadanya, blm ada izin PIRT & label halal, jd kada bisa masuk toko oleh2 di Tenggarong. Ada kah pembinaan UMKM dr pemkab gasan kami? 🙏",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "Assalamualaikum 🙏 sy dr desa di Muara Wis. Air sungai surut 3 minggu, kapal sembako kada bisa masuk. Beras skrg 20rb/kg, telur 2.500/biji, minyak goreng kosong. Kemarin ada rapat BPD soal banjir taun lalu & ada yg nanya beasiswa, tp itu lain cerita. Yg paling penting skrg harga sembako pak, warga udh kada sanggup. Mohon diadakan pasar murah atau dikirim beras murah ke desa kami 🙏🙏",
    ),
    _E(
        "web",
        "perekonomian",
        "Di Kecamatan Kembang Janggut hanya ada satu APMS dan pertalite selalu habis sebelum jam 10 pagi. Setelah itu warga terpaksa beli di pengecer botol Rp 15.000 per liter. Kami melihat ada jeriken-jeriken besar yang diisi pagi-pagi untuk dijual lagi. Mohon Pemkab mengawasi penyaluran BBM di sini dan mengusulkan tambahan kuota, karena ojek, ces dan mesin chainsaw petani semua bergantung pada pertalite.",
    ),
    _E(
        "web",
        "perekonomian",
        "Kami kelompok ibu-ibu nelayan di Desa Santan Ilir, Kecamatan Marangkayu, sejak 2022 membuat abon ikan, terasi dan dodol rumput laut. Jalan ke desa kami sering rusak dan dulu pernah dapat bantuan CSR berupa alat pengering, jadi produksi sebenarnya lancar.\n\nMasalah kami di pemasaran dan modal. Kami lihat di media sosial ada bazar UMKM dan pelatihan pemasaran online yang diadakan Pemkab di Tenggarong, tapi kami tidak pernah diundang karena mungkin tidak terdata. Kami mohon kelompok kami didata sebagai UMKM binaan, diikutkan bazar dan pelatihan, serta diberi informasi kredit usaha berbunga rendah.",
    ),
    _E(
        "sms",
        "perekonomian",
        "Pak, gas 3kg di Anggana kosong sdh 1 minggu, pangkalan tutup trs. Di pengecer 38rb. Tlg dicek & ditambah pasokan. Tks",
    ),
    _E(
        "sms",
        "perekonomian",
        "Slmt pagi. Harga gula di pasar Tabang 25rb/kg, beras 18rb. Kpn ada pasar murah di kec kami? Warga byk yg mengeluh.",
    ),
    _E(
        "telegram",
        "perekonomian",
        "min, air PDAM di muara kaman mati udh 5 hari 😩 kada ada pemberitahuan. tagihan tetap jalan. perusahaan daerah air minum nya tolong ditegur, kami terpaksa pakai air sungai yg keruh",
    ),
    _E(
        "telegram",
        "perekonomian",
        "Pak, sy motoris taksi air di Muara Muntai. Solar di penyalur antre dr subuh, jatah dibatasi 30 liter, pdhl sekali jalan ke Kota Bangun PP perlu lbh. Kalau beli eceran 12rb. Mohon ditambah kuota solar gasan angkutan sungai 🙏",
    ),
    _E(
        "twitter",
        "perekonomian",
        "min @pemkabkukar minyak goreng murah di Kota Bangun hilang dari warung, kalaupun ada 22rb/liter 😤 tolong dipantau harganya #Kukar",
    ),
]

_SDA = [
    _E(
        "email",
        "sda",
        "Kepada Yth.\nPemerintah Kabupaten Kutai Kartanegara\n\nPerihal: Laporan kematian ikan keramba akibat dugaan pencemaran sungai\n\nDengan hormat,\nKami Kelompok Pembudidaya Ikan Karya Bersama, Kelurahan Kota Bangun Ilir, melaporkan bahwa pada 14-16 Februari 2025 ikan nila dan patin di 23 keramba anggota kami mati mendadak. Kerugian kami hitung sekitar Rp 210.000.000. Beberapa hari sebelumnya warga melihat air sungai berwarna hitam dan berminyak setelah tongkang batubara tertahan dan bocor di dekat tikungan sungai.\n\nKami juga sedang kesulitan karena harga pakan ikan naik dan gas 3 kg langka, namun itu bukan pokok surat ini. Yang kami mohonkan adalah agar Pemkab segera memeriksa kualitas air sungai dan mengambil sampel, menelusuri sumber pencemaran, dan menindak pihak yang bertanggung jawab supaya kejadian ini tidak terulang.\n\nFoto-foto dan video kondisi air serta ikan mati kami lampirkan.\n\nHormat kami,\nKetua Kelompok Karya Bersama",
    ),
    _E(
        "email",
        "sda",
        "Selamat pagi,\n\nSaya warga RT 14 Kelurahan Margomulyo, Kecamatan Samboja. Sekitar 200 meter dari permukiman kami ada lubang bekas tambang batubara seluas kira-kira dua lapangan bola yang sudah ditinggalkan sejak 2019 tanpa reklamasi. Airnya hijau kebiruan dan dalam. Anak-anak sering berenang dan memancing di sana karena tidak ada pagar dan papan peringatan. Tahun lalu di kecamatan lain ada anak yang meninggal tenggelam di lubang tambang, kami sangat khawatir.\n\nKami mohon Pemkab menanyakan siapa pemegang izin tambangnya, memaksa perusahaan melakukan reklamasi atau paling tidak segera memasang pagar dan papan larangan.\n\nTerima kasih.\nHormat saya,\nBambang Sutrisno",
    ),
    _E(
        "email",
        "sda",
        "Re: Proposal bantuan alat tangkap nelayan\n\nYth. Bapak/Ibu,\n\nMenindaklanjuti jawaban email tanggal 9 Januari yang mengatakan proposal kami sudah diteruskan ke dinas, kami ingin menanyakan perkembangannya. Kelompok Nelayan Bahari Jaya di Desa Saliki, Kecamatan Muara Badak, mengajukan bantuan 20 unit mesin ketinting, 20 set jaring rengge dan 5 unit cool box pada bulan Agustus 2024.\n\nSampai sekarang belum ada survei ke lapangan. Sebagian besar anggota kami memakai mesin pinjaman atau menyewa Rp 50.000 per hari, sehingga hasil melaut habis untuk sewa. Kami sudah terdaftar di kartu nelayan dan kelompok kami berbadan hukum.\n\nMohon informasi apakah kelompok kami masuk daftar penerima bantuan alat perikanan tahun 2025, dan jika ada kekurangan berkas, apa yang harus kami lengkapi.\n\nHormat kami,\nSekretaris KUB Bahari Jaya",
    ),
    _E(
        "email",
        "sda",
        "Yth. Pemkab Kukar,\n\nKami warga Desa Long Beleh Haloq, Kecamatan Kembang Janggut. Sejak Januari 2025 alat berat perusahaan perkebunan sawit membuka hutan dan kebun rotan di wilayah yang selama ini dikelola warga secara adat, termasuk hutan yang menjadi sumber air bersih desa. Sungai kecil di belakang kampung sekarang keruh dan banjir lumpur setiap hujan.\n\nAda juga persoalan lain, misalnya warga yang mempertanyakan CSR perusahaan dan beberapa pemuda yang sempat bersitegang dengan satpam kebun, tapi kami tidak minta Pemkab mengurus itu. Permohonan kami: hentikan sementara pembukaan lahan di hutan sumber air itu, periksa apakah areal tersebut memang masuk izin usaha perkebunan perusahaan, dan turunkan tim untuk mengecek kerusakan lingkungannya.\n\nTerima kasih.\nSalam,\nPerwakilan warga Long Beleh Haloq",
    ),
    _E(
        "whatsapp",
        "sda",
        "pak sy warga di muara kaman dekat jetty batubara. tiap hari debu hitam masuk rumah, jemuran hitam, anak2 batuk terus 😷 malam bising bgt suara konveyor. udh lapor ke desa kada ada hasil. tolong pemkab cek pencemaran nya pak",
    ),
    _E(
        "whatsapp",
        "sda",
        "Slmt siang pak 🙏 kami kelompok tani karet di Muara Wis. Kebun karet kami tua2 & banyak mati kena banjir taun lalu. Dengar ada bantuan bibit karet unggul & pupuk dr kabupaten, cara ngajukannya gmn ya? Proposal ke siapa?",
    ),
    _E(
        "whatsapp",
        "sda",
        "Lapor pak, di hutan hulu sungai dekat desa kami kec. Tabang ada penebangan kayu liar. Tiap minggu rakit kayu bulat dihanyutkan ke hilir malam2 😡 hutan makin gundul, kalau hujan sungai langsung banjir. Mohon ditindak pak",
    ),
    _E(
        "whatsapp",
        "sda",
        "Assalamualaikum pak 🙏 sy petani di Kenohan. Taun ini banjir datang 2x, sawah 40 ha di desa kami terendam, padi yg hampir panen busuk semua. Pak kades cuma bilang sabar, harga beras di warung udh 18rb, gas jg susah. Kami handak tanam ulang tp kada ada modal. Kami minta bantuan benih padi & pompa air gasan kelompok tani kami, proposalnya harus dikirim ke mana? Kelompok kami udh terdaftar di penyuluh 🙏",
    ),
    _E(
        "web",
        "sda",
        "Sejak Desember 2024 ada pabrik kelapa sawit di dekat Desa Kembang Janggut yang diduga membuang limbah cair ke anak sungai. Air berubah coklat kehitaman, berbau busuk, dan ikan-ikan mati mengapung terutama setelah hujan. Warga di hilir masih memakai air sungai itu untuk mandi dan mencuci. Kami mohon Pemkab mengambil sampel air, memeriksa kolam limbah pabrik tersebut dan memberikan sanksi kalau terbukti mencemari.",
    ),
    _E(
        "web",
        "sda",
        "Kami nelayan udang dan kepiting di Kecamatan Muara Jawa. Dalam dua tahun terakhir hutan bakau di sepanjang muara terus ditebang untuk dijadikan tambak dan tempat penumpukan batubara. Hasil tangkapan kepiting kami turun lebih dari setengah, dan abrasi mulai menggerus tanah di depan rumah.\n\nKami pernah dijanjikan bantuan CSR oleh perusahaan pemilik stockpile dan gas di desa juga sering langka, tapi yang paling kami khawatirkan adalah bakau yang habis. Mohon Pemkab mengecek apakah penebangan bakau itu berizin, menghentikan yang tidak berizin, dan mengajak warga menanam kembali bakau.",
    ),
    _E(
        "sms",
        "sda",
        "Lubang bekas tambang di desa kami Marangkayu blm ditutup. Airnya asam, 3 sapi warga mati minum disitu. Mohon pemkab tegur perusahaannya. Tks",
    ),
    _E(
        "sms",
        "sda",
        "Pak, proposal bantuan keramba & bibit ikan kelompok kami di Muara Muntai sdh masuk sejak Mei 2024, blm ada kabar. Mhn info. Ketua Pokdakan Mina Danau",
    ),
    _E(
        "telegram",
        "sda",
        "min, di sekitar Sebulu ada tambang batubara tanpa izin, alat berat kerja malam. Sungai kecil di desa kami jadi keruh kuning, sawah kena lumpur 😡 tolong dicek izin nya & ditutup kalau ilegal",
    ),
    _E(
        "telegram",
        "sda",
        "Pak, asap pembakaran lahan di Muara Kaman tebal bgt udh 4 hari 😷 kayaknya ada yg buka kebun sawit pakai bakar. Anak2 sesak napas. Mohon segera dipadamkan & ditindak pembakarnya 🙏",
    ),
    _E(
        "twitter",
        "sda",
        "@pemkabkukar air sungai di Muara Kaman coklat pekat & berbusa, ikan2 pada mabuk naik ke permukaan. Ada yg buang limbah? tolong dicek dong 🙏 #Kukar #SaveMahakam",
    ),
]

_ADPEM = [
    _E(
        "email",
        "adpem",
        "Kepada Yth. Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nKami warga Desa Muara Muntai Ilir, Kecamatan Muara Muntai, menyampaikan keadaan dermaga penumpang yang dibangun dengan APBD Kabupaten tahun anggaran 2023 dan diserahterimakan pada Desember 2023. Baru sekitar satu tahun dipakai, papan lantainya sudah banyak yang lapuk dan berlubang, dua tiang di sisi hilir miring sehingga badan dermaga turun kurang lebih 30 cm. Setiap pagi anak sekolah dan ibu-ibu yang hendak naik taksi air ke Kota Bangun harus melompati bagian yang rusak.\n\nKami sudah menyampaikan hal ini ke kontraktor, namun kontraktornya tidak dapat dihubungi lagi. Bulan lalu dua orang perwakilan kami sampai naik kapal ke Tenggarong, tapi kantor yang dituju sudah tutup siang itu; soal itu tidak kami permasalahkan di sini. Setahu kami pekerjaan seperti ini ada masa pemeliharaannya. Kami memohon agar ada tim yang turun memeriksa mutu pekerjaan dermaga tersebut, dan agar pelaksana pekerjaan dimintai tanggung jawab sebelum ada korban.\n\nFoto-foto kondisi dermaga kami lampirkan.\n\nHormat kami,\nAtas nama warga RT 04 Muara Muntai Ilir\nSyahrani",
    ),
    _E(
        "email",
        "adpem",
        "Saya teruskan lagi email saya di bawah karena sudah dua bulan belum ada jawaban.\n\n---------- Forwarded message ----------\nDari: Rusdiansyah\nTanggal: Sen, 10 Feb 2025 07.42\nSubjek: Titian ulin Teluk Bingkai\n\nPak/Bu, saya warga Desa Teluk Bingkai, Kenohan. Jalan titian ulin yang menghubungkan RT 02 ke sekolah dan pustu dikerjakan sejak Juli 2024. Papan proyeknya bertuliskan APBD Kabupaten, nilai Rp 1,9 miliar, selesai November 2024. Sampai hari ini baru sekitar 60 persen, sisanya tiang ulin ditumpuk di pinggir rawa dan sebagian sudah hilang diambil orang. Pekerja sudah pulang sejak Desember.\n\nBulan lalu saya sempat ke Tenggarong naik kapal hampir enam jam untuk mengurus KTP anak dan kebetulan kantornya tutup, tapi itu urusan lain, biarlah. Gas melon di sini juga sudah Rp 45.000. Yang saya minta sekarang cuma satu: tolong ada yang turun melihat proyek titian ini, siapa yang mengawasi, dan kapan dilanjutkan. Air pasang sebentar lagi, anak-anak terpaksa lewat papan darurat.\n\nTerima kasih,\nRusdiansyah\nTeluk Bingkai, Kenohan",
    ),
    _E(
        "email",
        "adpem",
        "Yth. Admin Aduan Setda Kukar,\n\nSaya ingin melaporkan bangunan tandon air bersih (menara tangki) di Desa Tanjung Limau, Kecamatan Muara Badak. Bangunan ini selesai dikerjakan pertengahan 2024 dan katanya bagian dari program air bersih kabupaten untuk desa pesisir. Tangki fiber dan menaranya sudah berdiri, tetapi sampai sekarang tidak pernah mengalirkan setetes air pun. Pipa distribusi hanya dipasang sampai pagar, tidak tersambung ke rumah warga, dan pompanya tidak ada. Tangga besi menara mulai berkarat kena angin laut.\n\nWarga masih beli air Rp 80.000 per 1.000 liter dari mobil tangki. Kami sudah pernah mengirim surat ke kantor bupati dan sempat titip pesan waktu ada rombongan pejabat lewat, tapi tidak ada kelanjutan. Kami bingung, kalau proyeknya dianggap sudah selesai, kenapa tidak berfungsi? Mohon dicek apakah pekerjaan ini memang sudah dinyatakan 100% dalam laporan, dan kalau belum, kapan dilengkapi.\n\nTerima kasih.\nHj. Nurlela\nTanjung Limau, Muara Badak",
    ),
    _E(
        "email",
        "adpem",
        "Subjek: Selisih laporan progres fisik jembatan di Tabang\n\nDengan hormat,\nSaya pengurus lembaga swadaya masyarakat di Kecamatan Tabang yang ikut memantau pembangunan di wilayah hulu Sungai Belayan. Dalam paparan evaluasi pembangunan triwulan IV 2024 yang dibagikan saat musrenbang kecamatan, jembatan beton penghubung dua desa di hulu tercatat progres fisik 100%. Kenyataannya di lapangan baru abutmen dan dua gelagar yang terpasang, lantai jembatan belum dicor, dan lokasi sepi sejak Januari.\n\nKami khawatir laporan seperti ini membuat proyek dianggap tuntas padahal belum bisa dilewati. Kami mohon data progres tersebut diverifikasi ulang dengan pengecekan langsung ke lokasi, dan hasilnya disampaikan terbuka kepada masyarakat. Kami siap mendampingi tim; perjalanan dari Tenggarong ke lokasi sekitar 8 sampai 9 jam lewat darat dan sungai.\n\nHormat saya,\nYohanes Ding\nTabang",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Assalamualaikum pak, sy warga Sebulu Ilir. jalan cor beton di gang kami yg dibangun kabupaten thn lalu udh retak2 bgt, ada yg pecah sampe besinya keliatan 😥 baru 8 bulan pak. kontraktornya kada kelihatan lagi. mohon dicek kualitasnya 🙏",
    ),
    _E(
        "whatsapp",
        "adpem",
        "pak/bu, proyek parit beton di jalan poros Kembang Janggut mandek dr bulan Maret. galian dibiarkan terbuka, kalau hujan air masuk ke rumah warga 😩 anak kecil jg hampir jatuh kmrn. ini proyek kabupaten kan? kpn dilanjut?",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Jembatan ulin ke SD di Muara Kaman Ulu baru dibangun 2023, papannya udh patah 3 keping 😔 kayunya kayak bukan ulin asli. sapa yg ngawasi proyek ni pak? tlg dicek lah sblm ada anak yg jatuh ke sungai",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Assalamualaikum pak. sy ketua RT di Samboja Kuala. gedung posyandu yg dibangun kabupaten di RT kami mandek, dinding sdh naik tp atap blm dipasang dr Oktober, skrg kayu2nya lapuk kena hujan 😞 Bulan lalu pas pak bupati lewat sini sempat sy sampaikan, katanya nanti ditindaklanjuti. sekalian jg, jalan ke dermaga nelayan sini becek bgt. tp yg paling penting posyandu ini dulu pak, ibu2 skrg nimbang balita di teras rumah warga. tlg dicek knp berhenti & kpn dilanjut 🙏",
    ),
    _E(
        "web",
        "adpem",
        "Turap penahan tebing sungai di Desa Santan Tengah, Marangkayu, yang dibangun tahun 2024 sudah ambruk sepanjang kurang lebih 15 meter setelah hujan deras akhir Januari 2025. Bangunan belum genap setahun. Dari pecahan yang terlihat, campuran betonnya banyak pasir dan besinya kecil-kecil. Dua rumah di belakang turap kini terancam longsor. Kami mohon pekerjaan ini diperiksa mutunya dan diperbaiki oleh pelaksana selama masih dalam masa pemeliharaan.",
    ),
    _E(
        "web",
        "adpem",
        "Saya tukang yang ikut bekerja pada pembangunan gedung serbaguna di Kota Bangun Ulu (papan proyek: APBD Kabupaten 2024, Rp 3,4 miliar). Sejak awal Desember kontraktor utama menghentikan pekerjaan, mandor pulang ke Samarinda, dan bangunan ditinggal dengan rangka atap setengah jadi. Upah kami sebagian belum dibayar, tapi itu urusan kami dengan mandor. Saya juga sempat mau ikut lelang paket kecil tapi tidak paham caranya. Yang saya laporkan di sini adalah gedungnya: besi-besi mulai berkarat, bekisting roboh, dan warga sekarang memakai lokasi itu untuk menjemur ikan. Mohon dicek apakah kontrak proyek ini sudah diputus atau akan dilanjutkan, karena kalau dibiarkan lebih lama bangunannya rusak sebelum dipakai.",
    ),
    _E(
        "sms",
        "adpem",
        "Yth Setda Kukar. Dermaga kayu di Desa Kahala Kec. Kenohan baru selesai Des 2024 tp tiang2nya sdh miring & lantainya goyang. Mohon dicek kualitas pekerjaannya. Warga Kahala",
    ),
    _E(
        "sms",
        "adpem",
        "Jln cor beton Muara Wis - Melintang proyek kab 2024 berhenti di tengah, alat berat sdh ditarik sjk Jan. Kpn dilanjut? Trims. Arman, Melintang",
    ),
    _E(
        "telegram",
        "adpem",
        "Gorong2 box di jalan lingkar Muara Jawa Ulu yg baru dibangun akhir 2024 udh amblas sebelah, aspal di atasnya retak. Motor udh 2x jatuh di situ. Tolong dicek pak, masih masa pemeliharaan kan?",
    ),
    _E(
        "telegram",
        "adpem",
        "min, jembatan gantung di hulu Tabang itu plang proyeknya tulis selesai Nov 2024, skrg udh Mei 2025 kabelnya aja blm dipasang 🤦‍♂️ warga masih nyebrang pake ketinting. ada yg ngawasi kah?",
    ),
    _E(
        "twitter",
        "adpem",
        "Min, dermaga speedboat di Muara Kaman yg katanya dibangun pakai APBD 2023 sampe skrg cuma tiang doang berdiri di sungai. Pengawasannya gimana? 🙄 #Kukar",
    ),
]

_PBJ = [
    _E(
        "email",
        "pbj",
        "Kepada Yth. Pengelola Pengadaan Barang/Jasa Pemkab Kutai Kartanegara\n\nDengan hormat,\nKami CV Bahari Pesisir, kontraktor kecil berdomisili di Muara Badak yang sudah terdaftar di SPSE Kukar. Kami menyampaikan keberatan atas persyaratan kualifikasi pada paket Rehabilitasi Dermaga Nelayan Muara Badak (HPS Rp 1,2 miliar) yang diumumkan 3 Maret 2025. Persyaratan meminta pengalaman pekerjaan dermaga dalam 4 tahun terakhir dengan nilai minimal Rp 1 miliar dan SBU kualifikasi menengah. Untuk paket sebesar itu, syarat tersebut membuat hampir semua badan usaha di pesisir tidak bisa mendaftar, padahal kami yang paling paham kondisi pasang surut di lokasi. Dermaga lama yang dulu dikerjakan perusahaan luar pun cepat rusak, tapi itu cerita lain.\n\nKami mohon persyaratan tersebut ditinjau kembali agar sesuai ketentuan untuk paket usaha kecil, atau paket-paket di pesisir dipecah sehingga penyedia lokal dapat ikut bersaing secara wajar.\n\nHormat kami,\nDirektur CV Bahari Pesisir\nH. Ambo Tang",
    ),
    _E(
        "email",
        "pbj",
        "Subjek: Sanggahan paket pengadaan speedboat belum dijawab\n\nSelamat siang,\nKami PT Mahakam Tirta Marine, peserta tender Pengadaan Speedboat Operasional dengan HPS Rp 2,35 miliar. Setelah pengumuman pemenang pada 14 April 2025 kami mengajukan sanggahan melalui SPSE pada 16 April, masih dalam masa sanggah, karena penawaran kami dinyatakan gugur dengan alasan spesifikasi mesin, padahal brosur dan surat dukungan pabrikan sudah kami unggah.\n\nSesuai jadwal, jawaban sanggahan seharusnya kami terima paling lambat 24 April. Sampai hari ini, 29 April, status di aplikasi masih kosong dan telepon ke kantor tidak diangkat. Kami juga masih menunggu pelunasan pekerjaan lain dari tahun lalu, namun itu akan kami tanyakan terpisah. Kami mohon jawaban sanggahan segera disampaikan secara tertulis, dan penandatanganan kontrak dengan pemenang ditunda sampai sanggahan selesai dijawab.\n\nAtas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nManajer Tender\nPT Mahakam Tirta Marine",
    ),
    _E(
        "email",
        "pbj",
        "Re: Verifikasi akun penyedia\n\nPak/Bu, ini balasan kami atas email otomatis dari sistem yang meminta kami datang verifikasi berkas.\n\nKami dari UD Sebulu Jaya, toko bahan bangunan di Sebulu Ilir. Tanggal 7 Mei kami sudah datang ke Tenggarong membawa akta, NIB, NPWP dan KTP direktur asli. Perjalanan hampir empat jam karena jalan di Sebulu masih rusak parah (itu soal lain, sudah kami laporkan ke desa). Sampai di meja layanan pendaftaran penyedia, petugas bilang server sedang gangguan dan kami diminta datang lagi minggu depan. Minggu berikutnya kami datang lagi, giliran petugasnya sedang dinas luar.\n\nSampai sekarang akun kami di SPSE masih berstatus 'belum terverifikasi', sehingga kami tidak bisa ikut pengadaan langsung paket material yang sedang diumumkan. Kami tidak keberatan datang lagi, asal ada kepastian jadwal. Bisakah verifikasi dilakukan dengan mengirim scan berkas, atau kami diberi jadwal yang pasti?\n\nTerima kasih,\nAdministrasi UD Sebulu Jaya\nMahrita",
    ),
    _E(
        "email",
        "pbj",
        "Yth. Pengelola e-Katalog Pemkab Kukar,\n\nKami perajin kapal fiber dan ketinting di Muara Jawa. Setahu kami belanja perahu untuk kebutuhan instansi di Kukar sekarang banyak dilakukan lewat e-katalog, tetapi produk yang tayang kebanyakan dari penyedia di Jawa dengan harga lebih mahal dan ongkos kirim besar, padahal perahu kami sudah biasa dipakai di Mahakam.\n\nKami ingin produk kami bisa masuk katalog lokal Kukar. Mohon informasi persyaratannya, cara mendaftarkan produk dan harga, serta apakah ada pendampingan bagi penyedia dari kecamatan yang jauh. Kami sudah punya NIB dan NPWP, tetapi belum pernah mendaftar di sistem pengadaan mana pun.\n\nSalam,\nBadrun\nBengkel Perahu Sinar Jawa, Muara Jawa",
    ),
    _E(
        "whatsapp",
        "pbj",
        "pak, lelang paket jalan usaha tani di Kembang Janggut knp syaratnya hrs punya excavator sendiri & bukti kepemilikan? bubuhan kontraktor lokal kada bisa ikut, alat kami sewa haja 😩 jalan kampung kami jg rusak lawas, kami yg paling tau medannya. mohon ditinjau syaratnya",
    ),
    _E(
        "whatsapp",
        "pbj",
        "pak LPSE kukar error kah? sy mau upload dokumen penawaran dr td tdk bisa2, muter terus. batas jam 15.00 hari ini 😭 sy di Muara Kaman sinyal udh sy cari sampe ke dermaga",
    ),
    _E(
        "whatsapp",
        "pbj",
        "mau tanya, pemenang tender meubelair kantor yg diumumkan kmrn penawarannya lbh tinggi 180jt dr kami, kami kalah krn apa ya? di sistem cuma tulis 'tidak memenuhi'. sy mau ajukan sanggahan tp blm jelas alasannya",
    ),
    _E(
        "whatsapp",
        "pbj",
        "Assalamualaikum. sy dr CV di Muara Jawa. udh 3x ikut lelang di kukar tiap kali gugur di evaluasi administrasi tanpa alasan yg jelas, padahal dokumen lengkap 😤 knp ya? sekalian sy dengar tagihan rekan kami di Setda blm dibayar2, tp itu urusan dia lah. sy cuma minta penjelasan gugurnya di mana biar bisa perbaiki. makasih pak",
    ),
    _E(
        "web",
        "pbj",
        "Pengumuman tender jasa sewa kapal untuk kegiatan pemerintahan di wilayah hulu Mahakam hanya tayang 3 hari kerja sebelum batas pemasukan penawaran. Penyedia dari Kota Bangun, Muara Muntai dan Kenohan banyak yang baru tahu setelah jadwal lewat karena sinyal internet terbatas. Mohon jadwal pemasukan penawaran dibuat lebih wajar dan pengumuman paket juga disebarkan lewat kecamatan.",
    ),
    _E(
        "web",
        "pbj",
        "Kami CV konsultan dari Tabang yang ikut seleksi jasa konsultansi pengawasan pembangunan dermaga di Sungai Belayan. Undangan pembuktian kualifikasi dikirim lewat SPSE Selasa sore untuk dihadiri langsung di Tenggarong Rabu pukul 09.00. Dari Tabang ke Tenggarong butuh lebih dari 10 jam dengan perahu dan mobil, jadi kami tidak mungkin hadir dan akhirnya dinyatakan gugur. Kami ingin ikut justru karena dermaga yang dibangun di sini dua tahun lalu sudah rusak, dan menurut kami pengawas yang dekat lokasi akan lebih sering turun. Kami mohon pembuktian kualifikasi untuk peserta dari kecamatan jauh dijadwalkan ulang atau dilakukan secara daring, dan status gugur kami ditinjau kembali.",
    ),
    _E(
        "sms",
        "pbj",
        "Pak, akun SPSE perusahaan kami terkunci stlh ganti direktur. Berkas perubahan akta sdh dikirim ke Tenggarong 2 mgg lalu blm ada kabar. Mohon dibantu. CV Tepian, Kota Bangun",
    ),
    _E(
        "sms",
        "pbj",
        "Mohon info pengadaan langsung makan minum rapat Setda thn ini dibuka kpn & daftarnya dmn? Kami usaha katering kecil di Muara Kaman mau ikut. Trims",
    ),
    _E(
        "telegram",
        "pbj",
        "min, sanggahan kami ttg paket turap Sebulu ditolak tp jawabannya cuma 1 kalimat 'tidak beralasan'. padahal kami lampirkan 5 poin. bisa minta jawaban yg rinci? kami mau pertimbangkan sanggah banding",
    ),
    _E(
        "telegram",
        "pbj",
        "Halaman paket lelang di LPSE berat bgt dibuka dr HP. di Tabang sinyal cuma kuat malam, tp helpdesk cuma bisa dihubungi jam kerja, aanwijzing online jg siang. tlg dipikirkan penyedia dr pedalaman 🙏",
    ),
    _E(
        "twitter",
        "pbj",
        "Lelang di LPSE Kukar syaratnya makin aneh, pengalaman 4 thn paket sejenis + SBU menengah utk paket 900 jt. Kontraktor lokal Anggana mana bisa ikut min? 🙃",
    ),
]

_ORGANISASI = [
    _E(
        "email",
        "organisasi",
        "Kepada Yth. Pemerintah Kabupaten Kutai Kartanegara\nc.q. Sekretariat Daerah\n\nDengan hormat,\nSaya Abdul Gafur, warga Tabang. Pada Jumat, 21 Februari 2025, saya berangkat sejak Kamis subuh dengan perahu ke Kembang Janggut lalu menumpang mobil ke Tenggarong untuk mengurus perbaikan data kartu keluarga di kantor Disdukcapil. Saya tiba pukul 13.30. Papan jam layanan di depan kantor menulis layanan Jumat sampai pukul 15.00, tetapi loket sudah kosong dan satpam mengatakan petugas 'sudah pulang, Senin saja'. Saya terpaksa menginap tiga malam dengan biaya sendiri. Sekalian lewat, saya lihat jembatan di kampung kami juga belum selesai, tapi itu nanti saya laporkan tersendiri.\n\nBagi kami yang tinggal di hulu, satu kali datang ke Tenggarong berarti ongkos ratusan ribu rupiah dan dua hari perjalanan. Saya mohon jam layanan yang sudah ditulis benar-benar ditepati, dan ada teguran bagi petugas yang meninggalkan loket sebelum waktunya. Kalau ada perubahan jam, mohon diumumkan jauh hari.\n\nHormat saya,\nAbdul Gafur",
    ),
    _E(
        "email",
        "organisasi",
        "Subjek: Biaya tambahan di loket perizinan\n\nSelamat pagi,\nSaya pemilik bengkel perahu kecil di Anggana. Tanggal 12 Maret 2025 saya ke loket perizinan di Tenggarong untuk mengurus izin usaha, karena katanya izin itu dibutuhkan kalau nanti mau jadi rekanan pemerintah. Setelah berkas diperiksa, petugas loket mengatakan berkas bisa 'dibantu cepat' kalau saya membayar Rp 350.000 sebagai uang administrasi. Saya minta kuitansi, katanya tidak ada kuitansi untuk itu. Karena takut harus bolak-balik lagi dari Anggana, saya bayar.\n\nSetahu saya pengurusan izin ini gratis. Saya melapor bukan untuk cari ribut, tapi supaya warga lain tidak mengalami hal yang sama. Mohon ditindaklanjuti dan dipastikan di loket ada pengumuman jelas soal biaya. Nama petugas tidak saya ketahui, tapi saya ingat ciri-cirinya dan kejadiannya sekitar pukul 10.00.\n\nTerima kasih,\nHendra",
    ),
    _E(
        "email",
        "organisasi",
        "Yth. Admin layanan pengaduan,\n\nSaya tulis agak panjang karena banyak yang ingin saya sampaikan, mohon maaf.\n\nSaya warga Muara Jawa Pesisir. Jalan menuju kampung kami sejak tahun lalu rusak, dan bulan lalu rencana kunjungan bupati ke kecamatan kami dibatalkan mendadak padahal warga sudah bersiap. Dua hal itu biarlah jadi catatan saja.\n\nYang benar-benar saya keluhkan adalah pengalaman di Mal Pelayanan Publik Tenggarong. Saya sudah tiga kali datang untuk satu urusan. Kedatangan pertama saya disuruh pulang karena kurang fotokopi, padahal persyaratan itu tidak tertulis di mana pun. Kedatangan kedua, ada satu surat lagi yang diminta, lagi-lagi tidak tertulis. Kedatangan ketiga, nomor antrean sudah habis pukul 10.00. Setiap kali datang saya keluar ongkos sekitar Rp 250.000.\n\nSaya mohon setiap loket di sana memajang daftar persyaratan, waktu penyelesaian dan biaya secara lengkap, dan semua petugas memberi informasi yang sama, supaya orang dari kecamatan jauh cukup datang sekali.\n\nHormat saya,\nSumarni",
    ),
    _E(
        "email",
        "organisasi",
        "Re: [Survei Kepuasan Masyarakat] Mohon kesediaan mengisi survei\n\nTerima kasih atas kiriman tautan survei ini. Sebelum mengisi, saya ingin menyampaikan sesuatu. Waktu saya mengurus berkas di sebuah kantor pelayanan di Tenggarong minggu lalu, petugas meminta ponsel saya lalu mengisikan survei itu sendiri, semua dicentang 'sangat puas'. Beberapa warga lain di ruang tunggu diperlakukan sama. Padahal pelayanannya hari itu jauh dari memuaskan: antre empat jam dan ruang tunggu panas.\n\nKalau survei diisi petugas, hasilnya tentu tidak menggambarkan keadaan sebenarnya. Saya mohon cara pengisian survei kepuasan ini diperbaiki, misalnya diisi sendiri oleh warga tanpa didampingi petugas, dan hasil periode ini diperiksa ulang.\n\nSalam,\nRahmat, Marangkayu\n\n> Pada 3 Juni 2025, layanan pengaduan menulis:\n> Yth. Bapak/Ibu, mohon kesediaan mengisi survei kepuasan atas layanan yang telah Bapak/Ibu terima melalui tautan berikut.",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "sy dr Muara Muntai, naik kapal 6 jam ke Tenggarong mau urus akta lahir anak, sampe kantor jam 11 udh tutup, katanya petugas ada rapat 😡 knp tdk ada pengumuman dulu? ongkos pulang pergi hampir 400rb pak",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "pian, di loket karcis penyeberangan Kota Bangun dimintai 20rb per motor tanpa karcis, katanya 'uang kebersihan'. ini resmi kah? tiap hari ulun nyebrang, lawas² habis duit 😤",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "knp urus izin usaha di kantor perizinan lama bgt pak, sdh 3 bulan blm keluar, padahal di brosur tulis 14 hari kerja. tiap ditanya jawabnya 'masih di meja pimpinan' 🙄",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "Assalamualaikum pak. sy di Samboja, udh 4x bulak balik ke kantor Disdukcapil gasan cetak KTP, tiap dtg katanya blanko habis. tp ada org di parkiran nawarin bisa jadi besok asal bayar 150rb 😒 aneh kan. sekalian, lampu jalan di RT sy mati sebulan, tp itu nanti aja. mohon dicek pelayanan KTP ini pak, jgn sampai warga dipaksa lewat calo",
    ),
    _E(
        "web",
        "organisasi",
        "Di kantor pengujian kendaraan (uji KIR) di Tenggarong tidak ada papan informasi pelayanan sama sekali: tidak tertulis persyaratan, lama proses, maupun tarif retribusi. Akibatnya biaya yang dibayar tiap pemilik truk berbeda-beda, ada yang Rp 150.000, ada yang Rp 300.000. Saya sopir truk dari Muara Badak. Mohon kantor itu diwajibkan memajang persyaratan dan tarif resmi, dan dipastikan tidak ada pungutan di luar itu.",
    ),
    _E(
        "web",
        "organisasi",
        "Saya warga Desa Kelekat, Kembang Janggut. Di kampung kami elpiji 3 kg sudah Rp 50.000 dan jalan poros masih berlubang, tapi bukan itu yang ingin saya laporkan sekarang. Bulan April ada pemberitahuan bahwa layanan keliling perekaman KTP-el dan akta akan datang ke balai desa tanggal 17 April. Warga, termasuk lansia dari dusun seberang yang menyewa perahu Rp 100.000, menunggu dari pagi sampai sore. Petugas tidak datang dan tidak ada kabar, jadwal pengganti juga tidak pernah diumumkan. Kami mohon penjelasan kenapa layanan itu batal, dan ke depan jadwal layanan keliling ditepati atau setidaknya dibatalkan dengan pemberitahuan.",
    ),
    _E(
        "sms",
        "organisasi",
        "Kantor Disdukcapil Tenggarong katanya buka hari Sabtu, sy dtg dr Muara Kaman jam 9 pagi tutup, tdk ada pengumuman di pintu. Mohon info jam layanan yg benar & ditepati.",
    ),
    _E(
        "sms",
        "organisasi",
        "Petugas loket PBG di kantor perizinan minta 500rb utk 'percepatan' tanpa kwitansi. Sy warga Sebulu. Apa benar ada biaya itu? Mohon ditindak.",
    ),
    _E(
        "telegram",
        "organisasi",
        "min, mau isi survei kepuasan layanan di MPP Tenggarong tp QR code di meja loket udh rusak & kertas survei kdd. gmn cara kasih nilai? pelayanan td lumayan lambat jd mau sy kasih masukan",
    ),
    _E(
        "telegram",
        "organisasi",
        "Pelayanan kartu kuning di kantor Disnaker td parah. Nomor antrean kdd, org nyelak terus, petugas bentak2 bapak tua dr Muara Wis yg cuma nanya. Tolong diperbaiki cara ngelayanin warga 🙏",
    ),
    _E(
        "twitter",
        "organisasi",
        "Jauh2 dari Marangkayu ke Tenggarong, jam 12.30 loket udah tutup 'istirahat' sampai jam 14, padahal jadwal tertulis istirahat 12-13. Standar pelayanan cuma pajangan ya min? 😤",
    ),
]

_UMUM = [
    _E(
        "email",
        "umum",
        "Nomor: 07/APSM/IV/2025\nPerihal: Peminjaman ruang rapat\n\nKepada Yth. Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nAsosiasi Pengemudi Speedboat dan Motoris Mahakam Hulu bermaksud menyelenggarakan rapat koordinasi keselamatan angkutan sungai yang dihadiri perwakilan motoris dari Kota Bangun, Muara Muntai, Kenohan dan Muara Wis, kurang lebih 60 orang, pada Kamis, 15 Mei 2025 pukul 09.00-13.00 WITA. Mengingat peserta datang dari berbagai kecamatan, kami memohon izin meminjam salah satu ruang rapat di kompleks Kantor Bupati. Undangan kepada Bapak Bupati untuk membuka rapat akan kami sampaikan dengan surat tersendiri.\n\nSurat permohonan ini telah kami antar langsung pada 14 April, namun hingga kini kami belum mendapat kabar apakah ruangan tersedia, dan apa saja ketentuan peminjamannya (biaya, perlengkapan, batas waktu pemakaian). Mohon informasi agar kami dapat menyusun undangan peserta.\n\nDemikian, atas perhatian Bapak kami ucapkan terima kasih.\n\nKetua,\nM. Jailani",
    ),
    _E(
        "email",
        "umum",
        "Subjek: Surat kami tidak tercatat di persuratan\n\nYth. Admin,\nPerusahaan kami, PT Samudra Badak Logistik di Muara Badak, mengirim surat pemberitahuan rencana penyaluran program CSR kami kepada Sekretaris Daerah tertanggal 2 Mei 2025 melalui jasa kurir. Menurut resi, paket diterima di Kantor Bupati pada 5 Mei pukul 10.12 dan ditandatangani petugas jaga. Namun ketika staf kami menelepon meja persuratan untuk menanyakan nomor agenda, petugas mengatakan surat tersebut tidak ada dalam buku agenda.\n\nIsi programnya akan kami bahas nanti dengan pihak terkait. Saat ini kami hanya perlu bukti bahwa surat telah diterima resmi karena terkait tenggat dengan mitra kami. Mohon dicek kembali di pos jaga dan di meja persuratan, dan kami diberi tanda terima atau nomor agenda. Foto resi terlampir.\n\nTerima kasih,\nSekretaris Perusahaan\nDewi Anggraini",
    ),
    _E(
        "email",
        "umum",
        "Selamat sore,\n\nSaya Fadli dari Anggana. Kemarin, Selasa 20 Mei, saya ke kantor bupati untuk mengambil dokumen terkait pendaftaran penyedia dan sekalian menghadiri undangan rapat di salah satu dinas. Urusan-urusan itu alhamdulillah beres.\n\nYang mau saya sampaikan soal kompleks kantor bupati sendiri. Parkir tamu di depan penuh oleh mobil-mobil yang sepertinya milik pegawai, jadi saya parkir motor di samping gedung. Waktu kembali sekitar pukul 14.00, helm dan jas hujan saya hilang. Pos jaga di sisi itu kosong, dan satpam di gerbang depan bilang area samping 'bukan tanggung jawab kami'. Toilet tamu di lantai dasar juga tidak ada air.\n\nSaya tidak menuntut ganti rugi, hanya berharap area parkir samping dijaga atau dipasang CCTV, dan parkir tamu benar-benar untuk tamu. Banyak warga dari jauh datang ke sana dan capek kalau pulang kehilangan barang.\n\nTerima kasih,\nFadli",
    ),
    _E(
        "email",
        "umum",
        "Yth. Pimpinan Sekretariat Daerah Kukar,\n\nPada Minggu, 6 April 2025, sekitar pukul 11.00, saya melihat sebuah mobil berpelat merah dengan stiker inventaris Sekretariat Daerah di kaca belakang parkir di pantai wisata di Samboja. Penumpangnya satu keluarga dengan anak-anak, membawa tikar dan alat pancing. Mobil yang sama terlihat lagi sore harinya di warung makan di Handil Baru. Saya sempat memotret dari jauh, nomor polisinya terbaca jelas.\n\nSaya paham pegawai juga butuh liburan, tetapi mobil dinas dibeli dan dirawat dengan uang rakyat. Mohon dicek penggunaan kendaraan dinas tersebut pada hari libur, dan pemegangnya diingatkan aturan pemakaiannya. Foto dapat saya kirimkan bila diperlukan.\n\nHormat saya,\nWarga Samboja",
    ),
    _E(
        "whatsapp",
        "umum",
        "pak, toilet tamu di lantai 1 kantor bupati kotor bgt, air mati, tisu kdd 😷 sy tamu dr Kota Bangun nunggu dr pagi. tlg dibersihkan lah, malu dilihat org",
    ),
    _E(
        "whatsapp",
        "umum",
        "parkiran depan kantor bupati penuh mobil pegawai smua, tamu disuruh parkir di pinggir jalan. td mobil sy diserempet truk di situ 😤 gmn ini, parkir tamu knp dipakai pegawai?",
    ),
    _E(
        "whatsapp",
        "umum",
        "assalamualaikum, handak betakon, gmn cara pinjam aula di kantor bupati gasan pertemuan bubuhan nelayan Muara Badak tgl 14 Juni? perlu surat kah? bayar kah? 🙏",
    ),
    _E(
        "whatsapp",
        "umum",
        "pak sy kurir dr toko yg antar barang pesanan ke kantor Setda. udh 2x ditolak masuk gerbang sama satpam padahal bawa surat jalan & nota. disuruh bongkar di luar pagar, barang berat pak 😓 tagihan kami jg blm dibayar sih tp itu bos yg urus. sy cuma minta kejelasan prosedur masuk barang ke kompleks kantor bupati biar kada ribut tiap antar",
    ),
    _E(
        "web",
        "umum",
        "Kami menyerahkan surat permohonan data langsung ke meja persuratan Kantor Bupati pada 10 Maret 2025 dan mendapat cap terima. Setelah itu kami tidak tahu surat diteruskan ke mana. Setiap kali menelepon, kami diminta datang sendiri untuk menanyakan, padahal kami di Muara Kaman. Apakah ada cara melacak posisi surat masuk, misalnya nomor agenda yang bisa dicek secara daring? Mohon diinformasikan.",
    ),
    _E(
        "web",
        "umum",
        "Minggu lalu saya ke Kantor Bupati untuk audiensi bersama tokoh kampung dari Kenohan, dan pertemuannya sendiri berjalan baik. Tetapi plafon ruang tunggu tamu di lantai 2 jebol karena atap bocor, air menetes ke lantai dan salah satu bapak dari rombongan kami terpeleset. Lift di gedung itu juga sudah dua minggu rusak sehingga lansia dan penyandang disabilitas kesulitan naik. Mohon segera diperbaiki, setidaknya dipasang tanda peringatan di lantai yang basah.",
    ),
    _E(
        "sms",
        "umum",
        "Mobil dinas plat merah stiker Setda parkir di tempat karaoke Tenggarong Seberang jam 1 malam tadi. Mohon ditertibkan pemakaian mobil dinasnya.",
    ),
    _E(
        "sms",
        "umum",
        "Sy kirim surat ke Kantor Bupati lewat pos tgl 3 Mei, resi sdh diterima tp blm ada tanda terima/no agenda. Ke mana sy tanya? Trims",
    ),
    _E(
        "telegram",
        "umum",
        "Lampu di area parkir belakang kantor bupati mati semua, kmrn malam habis acara ada yg kehilangan helm, pos satpam kosong. tlg diperhatikan min",
    ),
    _E(
        "telegram",
        "umum",
        "AC di ruang rapat besar kantor bupati mati pas rapat td, 3 jam kepanasan, proyektornya jg rusak. kami dtg jauh2 dr Muara Wis 🥵 Tolong fasilitas ruang rapatnya dicek",
    ),
    _E(
        "twitter",
        "umum",
        "Halaman kantor bupati Kukar sampah daun numpuk, got depan mampet bau. Kantor pemerintahan kok gini min 🙈",
    ),
]

_PROKOM = [
    _E(
        "email",
        "prokom",
        "Nomor: 12/KN-SB/V/2025\nPerihal: Permohonan audiensi\n\nKepada Yth. Bupati Kutai Kartanegara\nmelalui Sekretariat Daerah\ndi Tenggarong\n\nDengan hormat,\nKami pengurus Kelompok Nelayan Sinar Bahari, Desa Saliki, Kecamatan Muara Badak, memohon waktu untuk beraudiensi dengan Bapak Bupati guna menyampaikan langsung keluhan nelayan pesisir, antara lain abrasi pantai, solar yang sering kosong, dan bantuan alat tangkap yang belum merata. Surat permohonan serupa sudah kami kirim pada 3 Maret 2025, namun hingga kini belum ada jawaban mengenai jadwal.\n\nRombongan kami berjumlah 8 orang dan harus menempuh perjalanan kurang lebih tiga jam ke Tenggarong, sehingga kami mohon kepastian tanggal paling lambat satu minggu sebelumnya. Kami bersedia menyesuaikan dengan jadwal Bapak Bupati, termasuk bila pertemuan dilakukan saat kunjungan kerja ke Muara Badak.\n\nNarahubung dan nomor telepon terlampir.\n\nHormat kami,\nKetua Kelompok\nH. Sulaiman",
    ),
    _E(
        "email",
        "prokom",
        "Subjek: Undangan Bupati - Festival Danau Semayang 2025\n\nYth. Protokol Pemkab Kukar,\n\nPanitia Festival Danau Semayang 2025 di Kecamatan Kenohan berencana mengundang Bupati untuk membuka festival pada Sabtu, 9 Agustus 2025 pukul 08.30 WITA di tepi danau Desa Semayang. Surat undangan resmi akan kami antar minggu depan.\n\nSebelumnya kami ingin bertanya beberapa hal agar persiapan sesuai: (1) berapa lama sebelum acara undangan harus masuk; (2) apakah susunan acara perlu dikirim untuk diperiksa dulu, termasuk siapa yang memberi laporan panitia dan sambutan; (3) bagaimana pengaturan tempat duduk tamu kehormatan dan rombongan; (4) kalau Bupati berhalangan, apakah akan diwakilkan dan kapan kami tahu. Lokasi hanya bisa dicapai lewat sungai sekitar 1,5 jam dari Kota Bangun, jadi kami juga perlu tahu jumlah rombongan untuk menyiapkan perahu.\n\nTerima kasih,\nSekretaris Panitia\nNoorhasanah",
    ),
    _E(
        "email",
        "prokom",
        "Yth. Sekretariat Daerah Kukar,\n\nKami tokoh masyarakat dan tetua adat dari Kecamatan Tabang. Kunjungan kerja Bupati ke kampung kami pada 18 Maret lalu menyisakan kekecewaan. Jadwal yang disampaikan ke desa pukul 09.00, lalu tiga kali diubah lewat telepon, dan rombongan akhirnya tiba pukul 15.00. Selama menunggu, anak sekolah dan lansia disuruh berdiri berjajar di tepi jalan tanpa tenda. Petugas protokol yang datang sehari sebelumnya juga meminta spanduk warga diturunkan dan acara adat penyambutan dipangkas menjadi lima menit tanpa berbicara dengan tetua adat.\n\nSebetulnya kami juga ingin menyampaikan bahwa dermaga yang diresmikan hari itu sudah mulai retak, dan loket pelayanan di kecamatan sering tutup, tetapi hal-hal itu akan kami sampaikan tersendiri.\n\nPermintaan kami: untuk kunjungan Bupati berikutnya, susunan acara dan jadwal dibicarakan lebih dulu dengan desa, perubahan disampaikan tepat waktu, dan adat penyambutan dihormati.\n\nHormat kami,\nLawing, atas nama tetua adat",
    ),
    _E(
        "email",
        "prokom",
        "Subjek: Permohonan akses liputan dan rilis kegiatan Bupati\n\nSelamat siang,\nSaya pemimpin redaksi media daring lokal yang berbasis di Kota Bangun dan banyak meliput wilayah hulu Mahakam. Sejak awal tahun kami beberapa kali tidak mendapat informasi kegiatan Bupati di kecamatan hulu; rilis resmi baru muncul satu-dua hari setelah acara, sementara media dari Samarinda sudah mendapat undangan liputan sebelumnya.\n\nKami mohon media kami dimasukkan ke daftar penerima jadwal dan rilis kegiatan pimpinan daerah, dan dijelaskan syarat pendaftaran wartawan untuk meliput acara resmi di lingkungan Pemkab. Profil perusahaan pers dan kartu pers kami siap dikirim.\n\nTerima kasih,\nRedaksi Suara Hulu Mahakam",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Assalamualaikum pak, ulun dr Muara Wis handak ngundang Bapak Bupati gasan acara pesta panen kampung tgl 28 Juli. undangannya ditujukan ke siapa & brp lama sblmnya? takutnya kada sempat 🙏",
    ),
    _E(
        "whatsapp",
        "prokom",
        "knp akun IG resmi bupati hapus komentar warga ttg jalan rusak di Kembang Janggut? kami cuma nanya kpn diperbaiki, bukan menghina 😔 yg pegang akun tlg jgn main hapus, balas aja",
    ),
    _E(
        "whatsapp",
        "prokom",
        "pak, di video sambutan bupati yg diupload kmrn nama desa kami disebut 'Muara Kaman Ilir' padahal acaranya di Muara Kaman Ulu 😅 caption di medsos jg salah. tlg diralat ya biar warga kada salah paham",
    ),
    _E(
        "whatsapp",
        "prokom",
        "sy ketua karang taruna Sebulu Ilir. kami udh kirim surat permohonan audiensi ke bupati sejak Januari, mau sampaikan soal lapangan olahraga & kegiatan pemuda. blm ada jawaban sampe skrg. sekalian pak, lampu jalan di depan dermaga mati & ada anak muda yg ditarik pungutan waktu urus surat di kantor. tp yg utama audiensi ini dulu, kpn kira2 bisa ketemu bapak bupati? 🙏",
    ),
    _E(
        "web",
        "prokom",
        "Pada upacara peringatan hari jadi Kota Tenggarong tahun lalu, undangan untuk tokoh masyarakat dari kecamatan pesisir baru diterima H-1 sehingga kami dari Marangkayu tidak sempat datang. Tahun ini kami mohon undangan tamu upacara dan resepsi dikirim lebih awal, dan diinformasikan siapa yang bisa dihubungi untuk konfirmasi kehadiran dan tempat duduk.",
    ),
    _E(
        "web",
        "prokom",
        "Kami panitia Lomba Ketinting dan Perahu Hias 17 Agustus di Kota Bangun. Acara ini tiap tahun ditonton ribuan warga dari Muara Muntai sampai Muara Wis. Kami ingin Bupati hadir membuka lomba dan menyerahkan hadiah pada 17 Agustus pukul 14.00. Dermaga tribun penonton sebetulnya sudah rapuh sejak perbaikannya tahun lalu tidak selesai, dan kami juga masih mencari sponsor, tapi itu kami urus terpisah. Mohon informasi prosedur mengundang Bupati, apakah susunan acara dan bahan sambutan perlu dikirim lebih dulu, dan bagaimana pengaturan kedatangan rombongan lewat sungai.",
    ),
    _E(
        "sms",
        "prokom",
        "Mhn konfirmasi apakah Bapak Bupati bisa hadir di pelantikan pengurus Kerukunan Keluarga Banjar Kec. Samboja tgl 20 Juli, atau diwakilkan? Undangan sdh kami antar 1 Juli. Trims",
    ),
    _E(
        "sms",
        "prokom",
        "Sy wartawan media online di Muara Kaman. Mohon dikirimi jadwal kegiatan bupati minggu ini & kontak humas utk liputan. Trims",
    ),
    _E(
        "telegram",
        "prokom",
        "Admin, live streaming pidato bupati di kanal youtube resmi td suaranya putus2 & gambarnya nge-freeze. banyak warga pedalaman nonton krn kada bisa datang. tlg diperbaiki & diupload ulang versi utuhnya",
    ),
    _E(
        "telegram",
        "prokom",
        "min, kami paguyuban motoris speedboat Tenggarong–Kota Bangun handak ketemu bupati langsung soal nasib kami. gimana caranya minta waktu audiensi? surat ditujukan ke siapa?",
    ),
    _E(
        "twitter",
        "prokom",
        "Bupati mau datang ke Anggana, warga disuruh berdiri di pinggir jalan dr jam 7 pagi, rombongan baru lewat jam 11. Protokolnya gimana ini min 🥵",
    ),
]

_PERENCANAAN_KEUANGAN = [
    _E(
        "email",
        "perencanaan_keuangan",
        "Nomor: 031/CV-MJ/III/2025\nPerihal: Permohonan pembayaran tagihan\n\nKepada Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nCV Mitra Jaya Tenggarong telah melaksanakan pengadaan alat tulis kantor dan barang cetakan untuk Sekretariat Daerah sesuai surat pesanan tanggal 4 November 2024. Barang telah diterima lengkap, berita acara serah terima ditandatangani 28 November 2024, dan tagihan sebesar Rp 87.450.000 beserta faktur pajak telah kami serahkan pada 2 Desember 2024.\n\nHingga surat ini kami kirim, 10 Maret 2025, pembayaran belum kami terima. Setiap kami menanyakan, jawaban yang diberikan hanya 'masih proses'. Sebagai usaha kecil, keterlambatan ini sangat memberatkan karena modal kami tertahan sementara kami harus membayar pemasok.\n\nKami mohon penjelasan mengenai posisi tagihan tersebut dan perkiraan waktu pembayarannya.\n\nHormat kami,\nDirektur\nSitti Rahmah",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Subjek: Tagihan sewa speedboat kunjungan ke Kembang Janggut\n\nSelamat pagi Bapak/Ibu,\nSaya pemilik speedboat 'Putra Belayan' dari Kota Bangun. Pada 11-13 Februari 2025 speedboat saya disewa untuk mengantar rombongan Sekretariat Daerah yang menyiapkan kunjungan Bupati ke Kembang Janggut, lalu pulang ke Tenggarong. Nilai sewa sesuai kesepakatan Rp 18.500.000 termasuk BBM dan motoris. Kuitansi, fotokopi KTP dan buku rekening sudah saya serahkan ke staf yang mengurus perjalanan.\n\nSudah lebih dari tiga bulan uang sewa belum masuk. Saya sudah dua kali ke Tenggarong menanyakan; sekali diminta menunggu, sekali disuruh menandatangani ulang kuitansi. Dermaga tempat kami sandar di sana juga sudah rusak, tapi itu bukan urusan saya sekarang. BBM waktu itu saya talangi sendiri. Mohon kepastian kapan pembayaran dilakukan.\n\nTerima kasih,\nH. Basri",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Yth. Admin aduan Setda,\n\nSaya pengusaha katering di Muara Kaman. Saya ingin menyampaikan soal pembayaran konsumsi acara Bupati di lapangan kecamatan Muara Kaman pada 22 Desember 2024. Acara itu sendiri cukup kacau; susunan acara berubah berkali-kali dan tamu yang datang dua kali lipat, sehingga kami menambah 300 kotak nasi di tempat atas permintaan panitia dari Setda. Saya juga sebenarnya ingin bertanya cara mendaftar sebagai penyedia di sistem pengadaan, tapi nanti saja.\n\nYang mendesak: tagihan kami sebesar Rp 42.300.000 (700 kotak nasi dan snack) sudah kami serahkan lengkap dengan nota dan daftar hadir sejak awal Januari, tetapi sampai Mei belum dibayar. Kami diberi tahu SPJ-nya masih diperiksa. Kami usaha kecil, belanja bahan waktu itu pakai pinjaman. Mohon kejelasan kapan tagihan itu dibayar dan apakah ada kekurangan berkas dari kami.\n\nHormat saya,\nSalmah\nKatering Tepian Kaman",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Subjek: TPP tiga bulan belum dibayar\n\nYth. Pengelola keuangan Sekretariat Daerah,\n\nSaya pegawai di lingkungan Sekretariat Daerah yang sejak Januari 2025 ditugaskan membantu kegiatan koordinasi di wilayah pesisir, sehingga lebih banyak bertugas di Muara Jawa dan Samboja. Tambahan penghasilan pegawai (TPP) saya untuk Januari sampai Maret 2025 belum dibayarkan, sementara rekan-rekan satu ruangan sudah menerima. Saya sudah mengisi absensi elektronik dan laporan kinerja setiap bulan, walaupun sering harus mengunggah dari lokasi dengan sinyal lemah.\n\nMohon dicek apakah ada data saya yang belum lengkap atau salah, misalnya karena absensi dari luar kantor tidak terbaca, dan kapan TPP tersebut bisa dibayarkan. Bukti laporan kinerja dan surat tugas dapat saya kirim.\n\nTerima kasih.\nNIP tidak saya cantumkan di sini, dapat saya berikan bila diperlukan.",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "pak, SPPD perjalanan dinas kami ke Tabang bulan Maret blm cair, udh 2 bln 😩 biaya kapal + penginapan 3 malam pakai duit pribadi hampir 4 jt. kapan cairnya ya?",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "selamat siang, honor narasumber sy di kegiatan Setda tgl 12 Feb blm dibayar. NPWP, rekening & daftar hadir udh sy kirim ke panitia. mohon dicek ya pak 🙏",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "SPJ kami dikembalikan terus krn kwitansi penginapan di Muara Muntai tulis tangan 😅 di sana kada ada hotel yg cetak nota, cuma losmen. gmn solusinya pak? perlu surat keterangan kah?",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "assalamualaikum, sy dr depot air isi ulang yg antar galon ke kantor Setda. tagihan Januari–Maret blm dibayar, total Rp 6.750.000 😔 sekalian pak, satpam di gerbang belakang suka nahan kurir sy lama bgt. tp yg penting tagihan ini dulu, kapan bisa dibayar?",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Saya sopir di lingkungan Sekretariat Daerah. Uang lembur dan uang makan saat mengantar pimpinan ke kecamatan-kecamatan hulu pada Januari-Februari 2025 belum dibayarkan, padahal surat perintah lembur sudah ditandatangani. Beberapa perjalanan sampai larut malam karena harus menunggu kapal penyeberangan. Mohon penjelasan kapan pembayarannya dan apa yang masih kurang dari kami.",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Perusahaan kami melaksanakan rehabilitasi ruang rapat di kompleks Kantor Bupati yang dibiayai anggaran Sekretariat Daerah tahun 2024, nilai kontrak Rp 486.000.000. Pekerjaan selesai 100% dan berita acara serah terima ditandatangani pada 20 Desember 2024. Ruangan itu sudah dipakai rapat sejak Januari, dan kami mengikuti seluruh proses tender sesuai aturan. Namun pembayaran termin terakhir sebesar Rp 145.800.000 hingga kini belum kami terima. Kami mendapat informasi pembayaran tertunda karena pergantian tahun anggaran. Kami mohon kepastian apakah tagihan ini dianggarkan ulang dan kapan dibayar, karena kami masih menanggung upah tukang dan utang material di toko.",
    ),
    _E(
        "sms",
        "perencanaan_keuangan",
        "Gaji sy bln Mei dipotong Rp 450.000 tanpa keterangan. Sy staf Setda. Mohon penjelasan rincian potongannya. Trims",
    ),
    _E(
        "sms",
        "perencanaan_keuangan",
        "Tagihan sewa tenda & kursi acara Setda di Samboja tgl 5 Mei Rp 9.200.000 blm dibayar. Kwitansi sdh diserahkan. Mohon info kpn cair.",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "min, TPP pegawai Setda bulan April kok blm masuk ya? biasanya tgl 10 udh cair, ini udh tgl 20. ada kendala apa?",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "Kami tim yg dinas ke Muara Badak, uang harian SPPD cuma dihitung 1 hari padahal kami 3 hari di sana krn kapal ke pulau batal berangkat. surat keterangan dr kades udh ada. mohon direvisi 🙏",
    ),
    _E(
        "twitter",
        "perencanaan_keuangan",
        "Vendor kecil disuruh sabar terus. Tagihan cetak spanduk & baliho acara Setda Kukar dari Oktober blm dibayar, modal ngendap min 😔",
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
