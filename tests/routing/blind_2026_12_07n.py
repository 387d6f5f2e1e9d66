# ruff: noqa: E501
"""Blind set written 2026-12-07 (fourteenth of the day) for issue 16: two weeks of inbox traffic on every channel. About half the messages are ordinary and clear; about a third are long messages that tell a story with several matters of other sections around one request, in wordings the writers chose themselves; the rest are short and vague, written in anger or in a hurry. Replies quoting an earlier exchange, forwarded e-mails, village officials, staff of agencies and a few writers from outside Kukar. 15 cases per section; per section 4 email, 3 whatsapp, 2 web, 2 sms, 2 telegram, 2 twitter (48 email, 36 whatsapp, 24 each of web, sms, telegram and twitter). Written by two helper sessions, six sections each, with the same instructions, and joined into this file unread, after the changes tuned on 2026-12-07m.

Written without reading config.yaml, routing/ or tests/routing/; each case is labelled only from
the mandates in docs/sections.md.

Scored ONCE, blind, with the rules of main 0489050 (this file committed in that commit, unread by
the rules' authors), on 2026-12-07, after the changes tuned on 2026-12-07m: 159/180 correct =
88.3% (Wilson 95% interval 82.8%-92.2%), 3 fallbacks. Per channel: email 39/48 = 81.2%, sms
22/24, telegram 21/24, twitter 23/24, web 23/24, whatsapp 31/36. The rules of 7fb4b20, before
those changes, place 159/180 too: they differ on three cases (#22 gained: a church's building
grant; #155 lost: prokom -> kesra; #75 wrong either way).
The errors (index in CASES, label -> got): #0 pemerintahan -> prokom, #12 pemerintahan -> sda,
#16 kesra -> organisasi, #28 kesra -> pemerintahan, #60 perekonomian -> organisasi, #66
perekonomian -> kerjasama, #75 sda -> kesra, #78 sda -> pemerintahan, #81 sda -> kerjasama, #87
sda -> kesra, #98 adpem -> kerjasama, #100 adpem -> fallback, #110 pbj -> kerjasama, #116 pbj ->
kerjasama, #120 organisasi -> fallback, #129 organisasi -> fallback, #136 umum -> kerjasama,
#137 umum -> perencanaan_keuangan, #140 umum -> organisasi, #150 prokom -> kesra, #155 prokom ->
kesra.
"""

from __future__ import annotations

from tests.routing.case import Case

_E = Case

_PEMERINTAHAN = [
    _E(
        "email",
        "pemerintahan",
        "Yth. Bapak/Ibu Pemerintah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nPerihal: Permohonan penyelesaian perselisihan hasil Pilkades Desa Separi\n\nDengan hormat,\nKami Badan Permusyawaratan Desa (BPD) Desa Separi, Kecamatan Tenggarong Seberang, menyampaikan bahwa pemungutan suara pilkades serentak tanggal 12 lalu menyisakan persoalan. Selisih suara antara calon nomor urut 1 dan 3 hanya 7 suara, sementara di TPS 2 ditemukan 31 surat suara yang dicoblos tembus namun dinyatakan tidak sah oleh panitia tanpa kesepakatan para saksi. Keberatan tertulis sudah kami sampaikan ke panitia desa dan ke Camat, tetapi sampai hari ini belum berbalas.\n\nSebagai gambaran, suasana desa memang sedang kurang kondusif. Jalan poros yang rusak sejak tahun lalu dan urusan dana CSR dari perusahaan tambang sudah lama jadi bahan perdebatan warga, namun dua hal itu sengaja tidak kami masukkan dalam surat ini dan akan kami tempuh lewat jalurnya sendiri. Yang mendesak adalah kejelasan hasil pilkades sebelum jadwal pelantikan, karena kedua kubu pendukung mulai saling memasang spanduk dan kami khawatir terjadi gesekan.\n\nKami memohon panitia pilkades tingkat kabupaten memfasilitasi penyelesaian perselisihan ini sesuai ketentuan, termasuk bila perlu penghitungan ulang surat suara TPS 2.\n\nDemikian permohonan ini kami sampaikan. Atas perhatian Bapak/Ibu kami ucapkan terima kasih.\n\nHormat kami,\nKetua BPD Desa Separi\nH. Muhammad Yusran",
    ),
    _E(
        "email",
        "pemerintahan",
        "Yth. Pemkab Kukar,\n\nDengan hormat, kami dari Kantor Camat Loa Kulu menyampaikan bahwa batas antara Desa Jembayan dan Desa Jembayan Tengah belum pernah ditetapkan secara definitif sejak pemekaran. Akibatnya sekitar 40 KK di RT 09 diklaim oleh kedua desa sebagai warganya, sehingga pendataan penduduk dan penyaluran BLT Dana Desa tumpang tindih, bahkan ada warga yang tercatat dua kali.\n\nKami mohon tim penegasan batas desa kabupaten dapat turun melakukan pelacakan batas dan pemasangan pilar, sekaligus membantu penyusunan berita acara kesepakatan kedua kepala desa. Kedua kades pada prinsipnya sudah bersedia duduk bersama.\n\nDemikian, atas perhatiannya kami ucapkan terima kasih.\n\nSalam,\nRusdiansyah, S.Sos\nKasi Pemerintahan Kecamatan Loa Kulu\nHP 0812-5xxx-4471",
    ),
    _E(
        "email",
        "pemerintahan",
        "---------- Forwarded message ---------\nDari: Sarifah Aini <sarifah.aini88@gmail.com>\nTanggal: Sen, 3 Jun\nSubjek: pemberhentian perangkat desa Sungai Meriam\nKepada: Hendra <hendrakukar@yahoo.co.id>\n\nDra, tolong teruskan ke pemkab ya, aku gak tau alamat emailnya.\n\nAssalamualaikum. Sy Sarifah, Kaur Keuangan Desa Sungai Meriam, Kec. Anggana. Tgl 28 Mei sy dikasih surat pemberhentian sm kades tanpa alasan jelas, tanpa rekomendasi camat, dan posisi sy langsung diisi keponakan beliau. Sy sdh 9 thn jd perangkat desa, gak pernah dapat teguran apalagi SP. Sy sdh datang ke kantor camat, katanya kadesnya akan dipanggil tp sampai skrg blm ada kabar apa2.\n\nMohon pemkab meninjau pemberhentian ini, krn setau sy perangkat desa gak bisa diberhentikan seenaknya tanpa prosedur. Sy cuma minta diperlakukan adil. Terima kasih.",
    ),
    _E(
        "email",
        "pemerintahan",
        "Selamat siang,\n\nSaya Agus Priyanto, warga Samarinda (Kel. Simpang Pasir, Palaran). Saya membeli kavling di daerah perbatasan yang menurut penjual masuk Desa Bakungan, Loa Janan, Kukar. Namun waktu saya minta surat pengantar, ketua RT setempat bilang lokasi itu sebenarnya wilayah Samarinda, sementara gapura Desa Bakungan malah berdiri 200 meter setelah kavling saya. Tagihan PBB saya juga datang dari Samarinda.\n\nSaya tidak sedang mempersoalkan pajaknya, itu biar saya urus ke Bapenda. Yang saya butuhkan adalah kepastian garis batas wilayah antara Kukar dan Samarinda di titik ini, supaya jelas ke desa atau kelurahan mana saya harus mengurus domisili dan surat-surat tanah. Apakah batasnya sudah ditetapkan Kemendagri, dan kalau masih dipersoalkan, siapa yang sedang menanganinya dari pihak Kukar?\n\nMohon pencerahannya.\nTerima kasih,\nAgus P.\n0813-4xxx-2290",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Assalamualaikum pak/bu. Sy ketua RT 14 Kel. Timbau yg baru dipilih warga bulan Maret kmrn, tp sampai skrg SK sy blm dikeluarkan lurah. Alasannya nunggu pelantikan serentak, tp RT lain udh dilantik duluan. Warga udh nanya2 kok surat pengantar masih ditandatangani RT lama. Mohon dibantu pak, sy bingung hrs ngadu kmn lg 🙏",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "pak, kades Desa Enggelam tu sdh hampir 4 bulan gak ada di desa, katanya sakit dirawat di Samarinda. sekdes jg bingung krn APBDes blm ditandatangani, gak bisa jalan apa2. apa gak bisa ditunjuk Plt atau Pj dulu? kami warga cm mau pemerintahan desa jalan lg.",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Slmt pagi bpk ibu. ulun dari Dusun Sungai Lunuk, Desa Kelekat, Kec. Kembang Janggut. kami sdh 3 thn mengajukan pemekaran dusun jd desa persiapan, berkas lengkap, jumlah KK sdh 520, ada rekomendasi BPD & camat. tp dr kabupaten kada ada kabar. warga kami kalo mau urus surat hrs nyebrang sungai 2 jam ke kantor desa induk. soal jalan tanah yg becek & SMP yg jauh itu nanti kami usulkan di musrenbang aja, yg penting skrg pemekarannya dulu. mohon info progresnya sampai mana, apa perlu kami ke Tenggarong bawa berkas lagi? trims",
    ),
    _E(
        "web",
        "pemerintahan",
        "Warga Desa Sabintulung dan Desa Muara Kaman Ulu sama-sama mengklaim hamparan lahan sekitar 120 hektare di tepi Sungai Kedang Rantau. Dulu lahan itu dipakai bersama untuk berladang, sekarang ada investor sawit yang mau masuk dan masing-masing kades mengeluarkan surat keterangan tanah sendiri-sendiri di atas lahan yang sama. Sudah dua kali pemuda kedua desa hampir bentrok. Mohon pemerintah kabupaten menengahi dan memutuskan lahan itu masuk wilayah desa mana sebelum jatuh korban.",
    ),
    _E(
        "web",
        "pemerintahan",
        "Mau tanya, kades Desa Bangun Rejo meninggal dunia bulan Januari, sisa masa jabatannya masih 3 tahun lebih. Kapan pemilihan kades antar waktu lewat musyawarah desa dilaksanakan? Sampai sekarang BPD bilang masih menunggu petunjuk dari kabupaten. Warga berharap desa jangan terlalu lama dipegang penjabat.",
    ),
    _E(
        "sms",
        "pemerintahan",
        "Kades terpilih Desa Perjiwa sdh 4 bln blm jg dilantik. Kpn pelantikannya? Warga smpe demo ke kantor desa. Tlg kepastian. -Tokoh masy Perjiwa",
    ),
    _E(
        "sms",
        "pemerintahan",
        "RT 05 kami tiba2 dipecah jd 2 RT tanpa musyawarah warga, ketua RT baru ditunjuk lurah sendiri. Kel. Loa Ipuh. Ini boleh kah? Mhn ditinjau.",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "Selamat siang, sy staf Kecamatan Muara Muntai. Utk evaluasi perkembangan desa thn ini, form isian profil desa yg baru blm kami terima, sedangkan batas pengumpulan tgl 20. Bisa dikirim softcopy-nya? 13 desa di Muara Muntai sdh nunggu. Terima kasih.",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "peta desa kami kok masuk wilayah kecamatan sebelah?? kebun warga jd ikut desa org. dari dulu gak beres2, ngurusnya ke mana ini",
    ),
    _E(
        "twitter",
        "pemerintahan",
        "Pilkades Desa Manunggal Jaya wajib diulang!! DPT isinya org yg udh meninggal & pindah, tp tetap 'nyoblos'. Panitia kabupaten jgn tutup mata 😡",
    ),
    _E(
        "twitter",
        "pemerintahan",
        "Kades kami udh jd tersangka korupsi DD sejak Februari tp masih ngantor spt biasa, tanda tangan surat2. Kapan diberhentikan sementara, pak Bupati? Warga Tanjung Limau nunggu ketegasan.",
    ),
]

_KESRA = [
    _E(
        "email",
        "kesra",
        "Kepada Yth.\nBapak Bupati Kutai Kartanegara\nc.q. Sekretariat Daerah\ndi Tenggarong\n\nPerihal: Menanyakan tindak lanjut proposal bantuan renovasi Masjid Al-Ikhlas\n\nAssalamu'alaikum warahmatullahi wabarakatuh,\n\nKami pengurus Masjid Al-Ikhlas, RT 07 Desa Loa Duri Ilir, Kecamatan Loa Janan, pada bulan Agustus tahun lalu telah mengajukan proposal bantuan rehabilitasi atap dan tempat wudhu masjid senilai Rp 185 juta, lengkap dengan rekomendasi kepala desa dan camat. Tanda terima proposal ada pada kami.\n\nPerlu kami sampaikan, sebuah perusahaan batu bara di sekitar desa sempat menjanjikan bantuan semen melalui CSR-nya, namun yang datang hanya 40 sak. Akses jalan ke masjid yang longsor juga sudah kami laporkan ke kecamatan. Biarlah kedua hal itu berjalan di jalurnya masing-masing. Yang kami tanyakan kepada Bapak adalah nasib proposal bantuan rumah ibadah kami: apakah sudah masuk daftar penerima tahun anggaran ini, atau ada kekurangan berkas yang harus kami lengkapi. Setiap musim hujan jamaah terpaksa pindah ke teras karena atap di atas mihrab bocor.\n\nDemikian surat ini kami sampaikan, atas perhatian dan bantuannya kami ucapkan jazakumullah khairan katsiran.\n\nWassalamu'alaikum wr. wb.\n\nKetua Takmir,\nUstadz Abdul Gani\n\nSekretaris,\nMuhammad Ridwan",
    ),
    _E(
        "email",
        "kesra",
        'Selamat sore,\n\nMohon maaf saya membalas lagi email ini karena belum ada kejelasan.\n\n> Pada 14 Mei, Admin Beasiswa menulis:\n> Terima kasih atas pesan Saudara. Pengumuman penerima tahap I sudah\n> ditayangkan. Bagi yang belum tercantum, silakan menunggu tahap berikutnya.\n\nSaya Nurul Hidayah, mahasiswi semester 5 Farmasi di Samarinda, asal Kelurahan Rapak Lambur, Tenggarong. IPK saya 3,71 dan semua berkas sudah diunggah sebelum tenggat. Di pengumuman tahap II nama saya juga tidak ada, padahal status berkas di akun saya masih tertulis "terverifikasi". Teman saya yang IPK-nya lebih rendah dan berkasnya menyusul justru lolos.\n\nSaya tidak menuduh siapa-siapa, hanya mohon dicek ulang apakah data saya tercecer atau salah input. Kalau memang tidak lolos, mohon disebutkan alasannya supaya tahun depan bisa saya perbaiki.\n\nTerima kasih,\nNurul Hidayah\nNIK 6402xxxxxxxxxxxx',
    ),
    _E(
        "email",
        "kesra",
        "Yth. Panitia MTQ Tingkat Kabupaten Kutai Kartanegara\n\nDengan hormat,\nSehubungan dengan rencana pelaksanaan MTQ tingkat kabupaten tahun ini, kami LPTQ Kecamatan Marang Kayu sampai sekarang belum menerima petunjuk teknis, khususnya mengenai batas usia peserta cabang Tilawah Remaja dan persyaratan cabang Musabaqah Makalah Al-Qur'an. Seleksi tingkat kecamatan akan kami gelar dua minggu lagi, sehingga kami khawatir peserta yang kami kirim nanti tidak memenuhi syarat dan didiskualifikasi.\n\nMohon kiranya juknis dan jadwal technical meeting dapat dikirimkan melalui email ini atau grup koordinasi LPTQ.\n\nDemikian, atas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nSekretaris LPTQ Kecamatan Marang Kayu\nH. Baharuddin",
    ),
    _E(
        "email",
        "kesra",
        "Fwd: Insentif guru TPA/TPQ belum diterima\n\nYth. Bapak/Ibu,\nBerikut kami teruskan surat dari Forum Komunikasi Pendidikan Al-Qur'an (FKPQ) Kecamatan Muara Jawa yang masuk ke kelurahan kami, karena kami tidak berwenang menjawabnya.\n\nSalam,\nKasi Kesos Kelurahan Muara Jawa Ulu\n\n-----Original Message-----\nFrom: FKPQ Muara Jawa\nSent: 2 Juni\nSubject: Insentif guru TPA/TPQ belum diterima\n\nAssalamualaikum. Kami mewakili 64 guru TPA/TPQ se-Kecamatan Muara Jawa menanyakan insentif guru ngaji triwulan I dan II yang sampai sekarang belum diterima. Tahun lalu insentif biasanya sudah masuk rekening di bulan April. Sebagian guru kami sudah mengajar lebih dari 10 tahun dengan honor seadanya dari wali santri. Mohon informasi kapan pencairannya dan apakah ada perubahan data penerima.\n\nWassalam,\nKetua FKPQ Muara Jawa",
    ),
    _E(
        "whatsapp",
        "kesra",
        "assalamualaikum pian, ulun handak betakon beasiswa S1 dari kabupaten tu kapan dibuka lagi kah? anak ulun baru diterima di Unmul jalur SNBP, kami kada mampu bayar UKT nya. syaratnya apa aja, perlu SKTM kah? makasih",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Slmt siang, sy anak dr calon jemaah haji Kukar thn ini, ibu sy 78 thn tinggal di Sanga-Sanga. Kami blm dpt info keberangkatan dr Tenggarong ke asrama haji Balikpapan, apakah disediakan bus dr kabupaten atau berangkat sendiri2? Trus utk lansia apa ada pendamping khusus? Di grup KBIH infonya simpang siur. Trims",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Assalamualaikum bapak ibu 🙏 sy ketua Majelis Taklim Nurul Huda Desa Sepatin, Anggana. Thn lalu kami ajukan proposal hibah utk beli sound system & karpet, sdh diverifikasi petugas yg dtg ke sini bulan Oktober, katanya masuk tahun ini. Tp skrg nama kelompok kami gak ada di daftar. Di sini gas elpiji lg susah, harga ikan jg turun, ibu2 anggota kami bnyk istri nelayan jd iuran seret, makanya kami ngarap bantuan ini. Soal gas itu biar bapak2 RT yg lapor. Mohon dicek hibah kami, apa berkasnya kurang atau gmn. Terima kasih",
    ),
    _E(
        "web",
        "kesra",
        "Kami pengurus Gereja Kemah Injil (GKII) Jemaat Long Lalang, Kecamatan Tabang. Gedung gereja kami dari kayu dan tiang bawahnya sudah lapuk setelah banjir besar tahun lalu. Kami ingin mengajukan bantuan rumah ibadah dari pemerintah kabupaten, tetapi belum tahu format proposal dan persyaratannya, apakah harus berbadan hukum, dan apakah bisa dikirim lewat pos karena perjalanan ke Tenggarong makan waktu dua hari. Mohon petunjuk.",
    ),
    _E(
        "web",
        "kesra",
        "Panti Asuhan Al-Falah di Kelurahan Mangkurawang, Tenggarong, saat ini mengasuh 38 anak yatim dan dhuafa. Bantuan sosial permakanan dari pemkab yang biasa kami terima setiap tahun sudah dua tahun tidak ada lagi, padahal laporan pertanggungjawaban selalu kami masukkan tepat waktu. Mohon penjelasan apakah bansos untuk panti asuhan masih ada dan bagaimana cara mengajukannya kembali.",
    ),
    _E(
        "sms",
        "kesra",
        "Sy penerima beasiswa kabupaten thp 1, sdh tanda tangan pakta integritas tp dana blm msk rekening smp skrg, UKT hrs dibayar mgg depan. Mhn info. Rizky, Muara Badak",
    ),
    _E(
        "sms",
        "kesra",
        "Insentif guru ngaji Desa Sebuntal kok cm cair 6 bln, yg 6 bln lg kmn? Guru2 nanya ke sy trs. -Kaur Kesra Desa Sebuntal",
    ),
    _E(
        "telegram",
        "kesra",
        "Slmt pagi. Kami dr Dinas Kesehatan bidang Kesmas. Utk rapat lintas sektor percepatan jaminan kesehatan warga miskin minggu dpn, mohon info siapa di Setda yg mengoordinasikan program kesejahteraan ini, undangan hrs kami kirim hr ini. Tks",
    ),
    _E(
        "telegram",
        "kesra",
        "bantuan masjid yg dijanjikan pas safari ramadan tahun lalu mana?? udh setahun, jamaah nagih ke pengurus trs",
    ),
    _E(
        "twitter",
        "kesra",
        "Beasiswa kabupaten katanya buat yg kurang mampu, tp di desa kami yg lolos anak kades, anak sekdes, anak bendahara 🙃 tolong dicek ulang lah daftar penerimanya",
    ),
    _E(
        "twitter",
        "kesra",
        "Kafilah MTQ Kec. Muara Muntai udh di Tenggarong dari pagi, penginapan blm jelas, anak2 peserta duduk di teras masjid. Panitia kabupaten tolong dong 🙏 #MTQKukar",
    ),
]

_HUKUM = [
    _E(
        "email",
        "hukum",
        "Yth. Bapak/Ibu Pemerintah Kabupaten Kutai Kartanegara\n\nPerihal: Permohonan bantuan hukum bagi warga kurang mampu\n\nDengan hormat,\nSaya Darmawati, warga RT 03 Kelurahan Teluk Dalam, Kecamatan Muara Jawa. Suami saya, Syahrani (52), seorang nelayan, saat ini menjadi tergugat dalam perkara perdata di Pengadilan Negeri Tenggarong. Penggugat adalah seorang pengusaha yang mengklaim tanah tempat rumah kami berdiri sejak 1998 sebagai miliknya berdasarkan surat segel yang baru muncul tahun lalu.\n\nCeritanya panjang. Lahan di belakang rumah kami memang pernah ditawar perusahaan tambang, dan tetangga kami menerima dana CSR dari perusahaan itu, sedangkan kami menolak keduanya. Lurah yang lama juga pernah menerbitkan surat keterangan tanah untuk kami, tetapi arsipnya di kantor kelurahan katanya hilang. Soal tambang dan arsip itu tidak saya minta diurus di sini.\n\nYang kami mohonkan adalah pendampingan hukum. Sidang berikutnya tanggal 24 bulan ini dan kami tidak sanggup membayar pengacara. Kami dengar pemerintah daerah memiliki program bantuan hukum gratis bagi masyarakat miskin melalui lembaga bantuan hukum yang ditunjuk. Kami memiliki SKTM dari kelurahan dan relaas panggilan sidang yang dapat kami kirimkan.\n\nDemikian permohonan kami. Terima kasih.\n\nHormat saya,\nDarmawati\n0852-5xxx-1183",
    ),
    _E(
        "email",
        "hukum",
        "Yth. Admin JDIH Kabupaten Kutai Kartanegara,\n\nSaya Fikri Ramadhan, mahasiswa magister hukum Universitas Mulawarman, Samarinda, yang sedang menyusun tesis tentang pengaturan pajak sarang burung walet di Kalimantan Timur. Di laman JDIH Kukar, Perda tentang Pajak Daerah dan Retribusi Daerah yang terbaru hanya tercantum judulnya, sedangkan berkas PDF-nya tidak dapat diunduh (muncul pesan 404). Begitu juga Perbup pelaksanaannya.\n\nMohon kiranya saya dapat memperoleh salinan kedua produk hukum tersebut, atau diinformasikan prosedur permohonan salinan resmi apabila harus datang langsung ke Tenggarong.\n\nAtas bantuannya saya ucapkan terima kasih.\n\nHormat saya,\nFikri Ramadhan\nProgram Magister Ilmu Hukum Unmul",
    ),
    _E(
        "email",
        "hukum",
        "Yth. Bapak/Ibu di Sekretariat Daerah Kabupaten Kutai Kartanegara\n\nPerihal: Permohonan fasilitasi pembahasan Rancangan Perbup tentang Tarif Layanan Pengujian Kendaraan Bermotor\n\nDengan hormat,\nMenindaklanjuti hasil rapat internal Dinas Perhubungan Kabupaten Kutai Kartanegara, bersama ini kami sampaikan draf Rancangan Peraturan Bupati tentang Tarif Layanan Pengujian Kendaraan Bermotor beserta naskah penjelasannya. Kami mohon draf tersebut dapat dikaji dari sisi teknik penyusunan peraturan dan diagendakan rapat harmonisasi, mengingat tarif lama mengacu pada Perda yang sudah dicabut sehingga petugas kami di lapangan ragu untuk memungut.\n\nKami juga mohon pendapat apakah pengaturan tarif ini cukup dituangkan dalam Perbup atau harus menunggu perubahan Perda.\n\nDemikian, atas kerja samanya diucapkan terima kasih.\n\nSekretaris Dinas Perhubungan\nKabupaten Kutai Kartanegara\n\nIr. Hairul Anwar, M.T.",
    ),
    _E(
        "email",
        "hukum",
        "Fwd: SOMASI I - Lahan SDN 021 Tenggarong Seberang\n\nMohon maaf Bapak/Ibu, kami teruskan surel yang kami terima dari kantor advokat di bawah ini. Sekolah tidak punya kapasitas menghadapi urusan seperti ini, dan menurut Disdik tanah sekolah tercatat sebagai aset Pemkab. Mohon Pemkab menanganinya sebelum tenggat 14 hari dalam somasi berakhir.\n\nKepala SDN 021 Tenggarong Seberang\nSumarni, S.Pd.\n\n---------- Pesan terusan ----------\nDari: Kantor Advokat R. Effendi & Rekan\nPerihal: SOMASI I\n\nBerdasarkan surat kuasa khusus dari ahli waris Alm. H. Jumberi, dengan ini kami menyampaikan somasi terkait penguasaan tanah seluas 4.200 m2 yang saat ini digunakan sebagai bangunan SDN 021. Klien kami memegang Sertifikat Hak Milik atas tanah tersebut dan tidak pernah menerima ganti rugi. Apabila dalam 14 hari sejak surat ini diterima tidak ada itikad baik untuk menyelesaikan, klien kami akan mengajukan gugatan ke Pengadilan Negeri Tenggarong dan menuntut pengosongan lahan.",
    ),
    _E(
        "whatsapp",
        "hukum",
        "pagi min, mau nanya Perbup yg ngatur jam operasional tempat hiburan malam & karaoke di Kukar tu nomor berapa thn berapa ya? di website JDIH sy cari gak ketemu. mau sy pake dasar protes krn karaoke dkt rmh buka smpe jam 3. makasih",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Bu/pak tolong, anak sy ditahan di Polsek Loa Kulu udh 5 hari, dituduh ikut tawuran, sy gak punya duit bayar pengacara. katanya kabupaten ada bantuan hukum gratis buat org gak mampu ya? sy hrs ke mana dan bawa apa? sy cuma buruh harian 😭",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Assalamualaikum. Sy Firdaus, ketua RW 03 Kel. Sangasanga Dalam. Warga kami resah dgr kabar ada Raperda pengelolaan sampah yg katanya nanti tiap rumah wajib bayar iuran & ada denda buang sampah sembarangan. Kami sih setuju kampung bersih, tp di sini TPS aja gak ada, truk sampah seminggu sekali, blm lg harga sembako lg naik. soal TPS itu nanti kami usul lwt kelurahan. Yg kami minta: draf Raperdanya bisa kami baca dulu gak, & kapan ada konsultasi publik supaya warga bisa kasih masukan sblm disahkan DPRD. Terima kasih.",
    ),
    _E(
        "web",
        "hukum",
        "Saya dari komunitas adat Dayak Kenyah di Desa Lung Anai, Loa Kulu. Kami mendengar Kukar sudah punya Perda tentang pengakuan dan perlindungan masyarakat hukum adat. Mohon dikirimkan salinannya beserta peraturan pelaksanaannya, dan penjelasan singkat pasal mana yang mengatur syarat pengakuan. Dokumennya tidak kami temukan di internet.",
    ),
    _E(
        "web",
        "hukum",
        "Website JDIH Kukar sudah seminggu tidak bisa diakses, muncul tulisan 'database connection error'. Kami di kantor notaris sering perlu mengecek Perbup terbaru soal BPHTB dan NJOP untuk klien. Mohon segera diperbaiki atau disediakan alternatif untuk mengunduh produk hukum daerah.",
    ),
    _E(
        "sms",
        "hukum",
        "Slmt pagi, sy mau konsultasi hukum gratis soal pembagian warisan tanah yg disengketakan saudara. Apa di kantor bupati ada layanan konsultasi? Hr apa buka? -Hasan, Kota Bangun",
    ),
    _E(
        "sms",
        "hukum",
        "Perbup baru soal jam jualan & denda PKL itu ngawur, sosialisasi aja gak ada. Pedagang kecil yg kena. Revisi atau cabut aja!",
    ),
    _E(
        "telegram",
        "hukum",
        "Izin bertanya, kami dr Kecamatan Sebulu. Perbup ttg pelimpahan sebagian kewenangan Bupati kpd Camat yg baru apakah sdh diundangkan? Kami perlu nomor & salinannya utk dasar penerbitan rekomendasi izin keramaian. Terima kasih.",
    ),
    _E(
        "telegram",
        "hukum",
        "Pemkab kalah di PTUN soal lahan pasar itu, mau banding atau nggak? Batas waktunya 14 hari lho. Kami warga yg ikut jd tergugat intervensi blm dikabari sama sekali.",
    ),
    _E(
        "twitter",
        "hukum",
        "Rakyat disuruh taat aturan tapi Perda & Perbup Kukar susah banget dicari. JDIH error, kecamatan gak punya salinan. Tolong dong semua produk hukum diunggah lengkap 🙏",
    ),
    _E(
        "twitter",
        "hukum",
        "Korban investasi bodong di Tenggarong ada ratusan, kebanyakan ibu2. Pemkab punya program bantuan hukum gratis kan? Tolong dampingi kami lapor & gugat, kami buta hukum.",
    ),
]

_KERJASAMA = [
    _E(
        "email",
        "kerjasama",
        "Yth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nPerihal: Perpanjangan Nota Kesepahaman\n\nDengan hormat,\nNota kesepahaman antara Pemerintah Kabupaten Kutai Kartanegara dan Universitas Kutai Kartanegara tentang Pendidikan, Penelitian dan Pengabdian kepada Masyarakat telah berakhir pada bulan Maret lalu. Mengingat program KKN tematik desa wisata dan pendampingan penyusunan RPJMDes di 12 desa masih berjalan, kami mengusulkan perpanjangan nota kesepahaman tersebut untuk lima tahun ke depan.\n\nBersama ini kami lampirkan draf naskah MoU yang telah diperbarui serta draf perjanjian kerja sama turunannya. Kami siap menyesuaikan redaksi sesuai masukan Pemkab dan mengatur jadwal penandatanganan pada waktu yang Bapak tentukan.\n\nDemikian kami sampaikan, atas perhatian Bapak kami ucapkan terima kasih.\n\nWakil Rektor Bidang Kemahasiswaan dan Kerja Sama,\n\nDr. H. Syahrial, M.Si.",
    ),
    _E(
        "email",
        "kerjasama",
        "Yth. Bapak/Ibu Pemkab Kukar\n\nDengan hormat,\nSaya Sekretaris Desa Bukit Pariaman, Kecamatan Tenggarong Seberang. Surat ini kami kirim atas kesepakatan musyawarah desa tanggal 8 lalu.\n\nDesa kami berbatasan langsung dengan konsesi PT Mahakam Bara Sejahtera. Selama tiga tahun terakhir warga menanggung debu jalan hauling dan banjir lumpur dari bekas bukaan tambang; keluhan lingkungan itu sudah kami sampaikan terpisah ke DLH dan tidak kami ulang di sini. Jalan desa yang rusak juga sudah masuk usulan musrenbang.\n\nPokok surat ini adalah penyaluran program TJSL/CSR perusahaan tersebut. Menurut laporan perusahaan, tahun lalu tercatat bantuan Rp 1,2 miliar untuk desa-desa ring 1, namun Desa Bukit Pariaman hanya menerima 30 paket sembako menjelang Idul Fitri. Desa tetangga yang letaknya lebih jauh justru mendapat sumur bor dan beasiswa. Perusahaan beralasan pembagian itu sudah diputuskan bersama forum CSR kabupaten.\n\nKami mohon Pemkab meninjau kembali peta sasaran dan rencana program CSR perusahaan tersebut tahun ini, serta melibatkan pemerintah desa dalam perencanaannya agar bantuan tepat sasaran.\n\nHormat kami,\nAndi Saputra\nSekdes Bukit Pariaman",
    ),
    _E(
        "email",
        "kerjasama",
        "Yth. Pemerintah Kabupaten Kutai Kartanegara\n\nPerihal: Penjajakan kerja sama antardaerah penyediaan air baku\n\nDengan hormat,\nKami dari Pemerintah Kabupaten Penajam Paser Utara menyampaikan bahwa Kecamatan Sepaku dan Kecamatan Samboja yang bersebelahan menghadapi persoalan serupa dalam penyediaan air baku seiring pertumbuhan penduduk di sekitar IKN. Kami bermaksud menjajaki kesepakatan bersama antara kedua pemerintah kabupaten untuk pemanfaatan sumber air dan pembangunan intake yang dapat melayani desa-desa di kedua wilayah.\n\nMohon kesediaan Pemkab Kukar menunjuk narahubung dan mengagendakan pertemuan awal pembahasan draf Kesepakatan Bersama dalam bulan ini, bertempat di Penajam atau di Tenggarong.\n\nDemikian, atas perhatian dan kerja samanya kami ucapkan terima kasih.\n\na.n. Sekretaris Daerah Kabupaten Penajam Paser Utara\nKepala Bagian Tata Pemerintahan\n\nMuhammad Arif, S.STP",
    ),
    _E(
        "email",
        "kerjasama",
        "FW: Rencana penyaluran TJSL semester II\n\nBapak/Ibu di Pemkab Kukar, mohon arahan atas email internal kami di bawah.\n\nSalam,\nDewi Anggraini\nCommunity Development Officer\nPT Delta Mahakam Energi - Muara Badak\n\n-----Original Message-----\nFrom: Manajer Relasi Eksternal\nTo: Dewi Anggraini\nSubject: Rencana penyaluran TJSL semester II\n\nDewi, tolong konfirmasi ke Pemkab Kukar: (1) apakah program TJSL kita semester II (pelatihan keterampilan pemuda dan bantuan alat kesehatan posyandu di 6 desa Muara Badak & Anggana) harus dilaporkan dulu ke forum TJSL kabupaten sebelum disalurkan, (2) format laporan realisasi tahun lalu yang mereka minta, dan (3) apakah perlu naskah perjanjian dengan Pemkab atau cukup berita acara serah terima dengan desa. Jangan sampai dobel dengan program pemerintah.\n\nThx.",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Salam pak bu, sy warga Desa Saliki Muara Badak. Knp bantuan CSR perusahaan migas cuma utk desa ring 1 aja? Desa kami jg kena dampak, perahu nelayan kami sering disuruh minggir dari alur. Kami cuma mau diikutkan dlm program CSR tahun depan, gmn caranya? Kades bilang itu keputusan kabupaten sm perusahaan.",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Assalamualaikum, sy ketua karang taruna Desa Bhuana Jaya, Tenggarong Seberang. Kami mau mengajukan pembangunan lapangan voli & futsal lewat dana CSR perusahaan yg ada di sekitar desa. Proposalnya ditujukan ke perusahaan langsung atau lewat pemkab dulu ya? Ada format khusus gak? Mohon arahannya 🙏",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Selamat siang Bapak/Ibu. Sy Dr. Lestari, dosen Fakultas Pertanian salah satu universitas swasta di Balikpapan. Kampus kami ingin menempatkan 80 mhs KKN tematik di Kec. Muara Kaman & Sebulu, fokus pendampingan petani & UMKM olahan pisang. Awalnya kami disarankan lewat Bappeda, lalu ke Dinas Pertanian, tp keduanya bilang harus ada MoU dulu dgn Pemkab. Rektor sdh siap tanda tangan. Mohon info prosedur pengajuan MoU, berkas apa saja, & berapa lama prosesnya krn KKN rencananya mulai Agustus. Terima kasih banyak.",
    ),
    _E(
        "web",
        "kerjasama",
        "Kami Yayasan Gizi Nusantara (Jakarta), lembaga nirlaba yang bergerak di pencegahan stunting. Kami memperoleh pendanaan donor untuk program dua tahun di tiga provinsi, termasuk Kalimantan Timur, dan memilih Kukar sebagai salah satu lokasi. Kami ingin menyusun perjanjian kerja sama resmi dengan Pemkab Kukar sebagai payung program. Mohon informasi ke mana kami harus mengajukan dan dokumen apa yang perlu disiapkan.",
    ),
    _E(
        "web",
        "kerjasama",
        "Tahun lalu perusahaan sawit di Desa Loleng, Kota Bangun, menyerahkan program CSR instalasi air bersih secara simbolis, lengkap dengan plakat dan foto bersama camat. Sampai sekarang tandonnya berdiri tapi pipa tidak pernah tersambung ke rumah warga. Perusahaan bilang tahap dua menunggu persetujuan forum CSR kabupaten. Kami minta pemkab memanggil perusahaan agar program CSR itu dituntaskan, bukan cuma seremoni.",
    ),
    _E(
        "sms",
        "kerjasama",
        "Dana CSR PT batubara utk Desa Jembayan Dalam thn ini dikemanakan? Kades bilang blm turun, perusahaan bilang sdh diserahkan. Mohon diperiksa. -Warga RT 4",
    ),
    _E(
        "sms",
        "kerjasama",
        "Yth Pemkab Kukar, draf PKS antara Polnes dan Pemkab sdh kami kirim sejak April, blm ada tanggapan. Mohon info progresnya. -Unit Kerja Sama Polnes Samarinda",
    ),
    _E(
        "telegram",
        "kerjasama",
        "Pagi, sy dr Dinas Pariwisata Kukar. Kami mau buat perjanjian kerja sama dgn agen travel dr Malaysia utk paket wisata Erau. Naskah PKS dgn pihak ketiga luar negeri hrs lewat Setda dulu kah? Ada template-nya? Mohon arahan, trims.",
    ),
    _E(
        "telegram",
        "kerjasama",
        "dana tjsl perusahaan2 di kukar tu larinya ke mana aja sih? gak pernah ada laporan terbuka. warga cuma dpt kaos & spanduk.",
    ),
    _E(
        "twitter",
        "kerjasama",
        "Dulu heboh MoU Kukar sama kampus luar negeri & kabupaten tetangga, foto tanda tangan di mana2. Sekarang realisasinya apa? Tolong dievaluasi, jgn cuma seremoni.",
    ),
    _E(
        "twitter",
        "kerjasama",
        "Perusahaan sawit di Kenohan ngaku udh salurkan CSR ke desa. Ternyata yg terima cuma keluarga kades & tim suksesnya. Pemkab tolong cek penyalurannya 🙏",
    ),
]

_PEREKONOMIAN = [
    _E(
        "email",
        "perekonomian",
        "Yth. Bapak Bupati Kutai Kartanegara\nc.q. Pemkab Kukar\n\nPerihal: Penataan pedagang Pasar Tangga Arung\n\nDengan hormat,\nKami Paguyuban Pedagang Pasar Tangga Arung Tenggarong menyampaikan keluhan terkait penataan pedagang setelah renovasi blok B. Sejak dipindahkan ke lantai dua, sekitar 60 pedagang sayur dan ikan kehilangan pembeli karena konsumen enggan naik tangga, sementara pedagang baru dibiarkan berjualan di lorong dan trotoar bawah tanpa ditata. Omzet anggota kami turun hingga separuh.\n\nKami juga tahu ada persoalan atap yang bocor dan laporan pungutan oleh oknum juru parkir; itu sudah kami sampaikan ke kanal pengaduan masing-masing dan tidak kami bahas di sini.\n\nPermohonan kami: (1) pengaturan ulang zonasi los agar pedagang basah kembali ke lantai dasar, (2) penertiban pedagang lorong secara adil dengan menyediakan tempat bagi mereka, dan (3) dialog antara pengelola pasar dan paguyuban sebelum kebijakan relokasi berikutnya diambil.\n\nHormat kami,\nKetua Paguyuban\nH. Syamsuddin\n\nSekretaris\nNorhayati",
    ),
    _E(
        "email",
        "perekonomian",
        "Selamat pagi,\n\nSaya Rahmat, pemilik pangkalan LPG 3 kg resmi di Desa Handil Baru, Samboja. Sejak awal bulan, alokasi dari agen dipotong dari 560 tabung menjadi 400 tabung per bulan tanpa pemberitahuan tertulis. Padahal jumlah warga dan usaha mikro yang terdaftar di pangkalan saya justru bertambah, termasuk pendatang pekerja proyek. Setiap kiriman datang, antrean sudah mengular sejak subuh dan stok habis dalam dua jam.\n\nMohon Pemkab berkoordinasi dengan Pertamina dan agen agar kuota pangkalan kami dikembalikan atau ditambah. Data pembeli per NIK bisa saya kirimkan bila diperlukan.\n\nTerima kasih.\nRahmat\nPangkalan LPG Berkah Jaya, Handil Baru",
    ),
    _E(
        "email",
        "perekonomian",
        "Yth. Pemerintah Kabupaten Kutai Kartanegara selaku pemilik BUMD\n\nDengan hormat,\nKami Gapoktan Sumber Rejeki, Desa Kerta Buana, Kecamatan Tenggarong Seberang, menjual gabah kering panen kepada unit penggilingan padi milik salah satu Perusda Kukar sejak musim tanam lalu berdasarkan kontrak pembelian. Total 38 ton gabah senilai Rp 224 juta belum dibayar sejak Februari, dan manajemen Perusda hanya menjawab sedang menunggu tambahan penyertaan modal.\n\nAnggota kami terpaksa membeli pupuk dan membayar buruh tanam dengan berutang. Kami mohon Pemkab, sebagai pemegang saham, menegur dan memastikan Perusda melunasi kewajibannya, serta mengevaluasi pengelolaan unit penggilingan tersebut agar petani tidak menjadi korban lagi.\n\nHormat kami,\nKetua Gapoktan Sumber Rejeki\nSuyatno",
    ),
    _E(
        "email",
        "perekonomian",
        "Re: Permohonan fasilitasi stand UMKM\n\nTerima kasih atas balasannya, Pak. Namun ada yang perlu kami luruskan.\n\n> Terkait permohonan Saudara, stand pameran pada rangkaian Erau tahun ini\n> dikelola oleh panitia acara. Silakan berkoordinasi langsung dengan panitia.\n\nYang kami minta sebenarnya bukan stand di acara Erau, melainkan pembinaan yang berkelanjutan. Sebanyak 42 pelaku usaha anggota Asosiasi UMKM Loa Kulu belum memiliki sertifikat halal dan PIRT, dan selama ini pelatihan dari dinas datang dan pergi tanpa koordinasi: anggota yang sama dipanggil tiga kali, sementara yang lain tidak pernah diundang. Kami mohon Pemkab mengoordinasikan dinas-dinas terkait agar ada satu data UMKM binaan dan jadwal fasilitasi sertifikasi yang jelas untuk Loa Kulu.\n\nSalam,\nSiti Rahmah\nKetua Asosiasi UMKM Loa Kulu",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "pak harga telur di Kota Bangun udh 65rb sepapan, minyak goreng curah 22rb sekilo. ibu2 pd ngeluh. kapan ada operasi pasar / pasar murah di sini? kami jauh dr Tenggarong 😥",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "Assalamualaikum, sy sopir truk angkutan sembako. SPBU di Muara Jawa solar kosong hampir tiap hari, sekalinya ada antre dr subuh smp 1 km. Katanya jatah dipotong. Mohon pemkab koordinasi sm Pertamina biar distribusi solar subsidi lancar, kami rugi waktu bgt.",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "Selamat sore bapak ibu 🙏 sy Yuliana, kelompok usaha amplang & kerupuk ikan ibu2 Desa Tani Baru, Anggana. Kami udh produksi 3 thn, rasa gak kalah sm amplang Samarinda, tp jualnya cm di warung sekitar. Thn lalu kami ikut pelatihan kemasan, dpt sertifikat, abis itu gak ada tindak lanjut. Kami sempat jg ngajuin bantuan ke perusahaan lwt CSR tp itu beda cerita lah. Yg kami butuh skrg: dibantu dihubungkan ke toko oleh2 & minimarket di Tenggarong, atau diikutkan galeri UMKM pemkab. Bisa kah? Makasih.",
    ),
    _E(
        "web",
        "perekonomian",
        "Di Kecamatan Tabang harga LPG 3 kg di pengecer sudah Rp 45.000 per tabung, jauh di atas HET. Pangkalan resmi hanya ada di ibu kota kecamatan dan sering kosong, sehingga warga desa hulu terpaksa membeli dari pengecer. Mohon pemerintah menambah pangkalan atau mengawasi harga di tingkat pengecer.",
    ),
    _E(
        "web",
        "perekonomian",
        "Sejak air Sungai Mahakam surut dua minggu ini, kapal pengangkut sembako tidak bisa masuk ke Muara Muntai dan desa-desa sekitar danau. Stok beras di toko menipis, harga beras medium sudah Rp 17.000/kg dan gula pasir susah dicari. Mohon pemkab segera mengirim pasokan atau menggelar operasi pasar lewat jalur darat sebelum warga panik.",
    ),
    _E(
        "sms",
        "perekonomian",
        "Gas melon kosong udh 1 mgg di Anggana, pangkalan tutup trs. Mau masak pake apa kami. Tlg pemkab turun!!",
    ),
    _E(
        "sms",
        "perekonomian",
        "Cabe rawit 120rb/kg di pasar Loa Janan, bawang merah 60rb. Pemkab kemana? Warung makan bs tutup kalo gini trs.",
    ),
    _E(
        "telegram",
        "perekonomian",
        "Selamat siang. Sy staf Kecamatan Kenohan yg ditugasi lapor harga mingguan 10 komoditas utk pengendalian inflasi. Format excel yg baru kolomnya beda dgn yg lama & link pengirimannya gak bisa dibuka. Mohon dikirim ulang formatnya atau nomor admin yg bisa dihubungi. Trm ksh.",
    ),
    _E(
        "telegram",
        "perekonomian",
        "pertalite eceran botolan 15rb, SPBU kosong mulu tiap sore. siapa yg main ini?? Loa Kulu",
    ),
    _E(
        "twitter",
        "perekonomian",
        "Perusda Kukar tiap tahun disuntik modal miliaran, laporannya rugi terus. Kapan direksinya dievaluasi? Itu uang rakyat lho",
    ),
    _E(
        "twitter",
        "perekonomian",
        "Gas 3kg di Sebulu 40rb/tabung. Pangkalan bilang habis, pengecer sebelahnya numpuk. Ada yg main nih, tolong pemkab sidak 🔥",
    ),
]

_SDA = [
    _E(
        "email",
        "sda",
        "Yth. Pemerintah Kabupaten Kutai Kartanegara\n\nPerihal: Lubang bekas tambang di dekat permukiman RT 08 Desa Loa Ulung\n\nDengan hormat,\nKami warga RT 08 Desa Loa Ulung, Kecamatan Tenggarong Seberang, menyampaikan kekhawatiran atas lubang bekas tambang batu bara seluas kurang lebih 3 hektare yang berjarak hanya sekitar 150 meter dari rumah warga dan 300 meter dari SD. Lubang itu sudah terisi air berwarna hijau kebiruan, tidak berpagar, tanpa papan peringatan, dan setiap sore anak-anak bermain di tepinya.\n\nPerusahaan pemilik konsesi dulu pernah memberi bantuan CSR berupa genset untuk masjid dan menjanjikan perbaikan jalan desa; janji jalan itu tidak kami persoalkan di sini. Masalah lubang ini juga sudah kami sampaikan ke kepala desa dan dalam reses anggota DPRD, tetapi yang datang hanya untuk berfoto.\n\nKami memohon Pemkab segera mendesak perusahaan memagari dan mereklamasi lubang tersebut, serta meneruskan ke instansi provinsi atau pusat bila perizinannya bukan lagi kewenangan kabupaten. Kami tidak ingin ada anak tenggelam seperti yang sudah terjadi di tempat lain.\n\nHormat kami,\nPerwakilan warga RT 08\n1. Jumadi\n2. Hj. Masitah\n3. Rudiansyah",
    ),
    _E(
        "email",
        "sda",
        "Yth. Bapak/Ibu,\n\nKami Kelompok Tani Sri Rejeki, Desa Rempanga, Kecamatan Loa Kulu, pada bulan Oktober tahun lalu mengajukan proposal bantuan alat dan mesin pertanian berupa 2 unit hand traktor dan 1 unit pompa air melalui penyuluh pertanian kecamatan. Hingga memasuki musim tanam gadu ini belum ada informasi apakah usulan kami diterima.\n\nKami mohon informasi status usulan tersebut serta apakah ada persyaratan tambahan yang perlu dilengkapi. Luas sawah kelompok kami 46 hektare dan selama ini pengolahan tanah masih menyewa traktor dari desa tetangga dengan biaya yang memberatkan.\n\nDemikian, terima kasih.\n\nKetua Poktan Sri Rejeki\nSupardi\nHP 0821-5xxx-7730",
    ),
    _E(
        "email",
        "sda",
        "Kepada Yth. Pemerintah Kabupaten Kutai Kartanegara\n\nKami dari Jaringan Pemantau Sungai Mahakam, komunitas relawan lingkungan yang berbasis di Samarinda. Pada tanggal 9 dan 11 bulan ini relawan kami mendokumentasikan aliran cairan kehitaman berbau menyengat dari saluran pembuangan sebuah pabrik kelapa sawit menuju anak sungai yang bermuara ke Sungai Mahakam di wilayah Kecamatan Sebulu. Warga setempat melaporkan ikan di keramba mati mendadak dan air tidak lagi bisa dipakai mandi.\n\nFoto, video berkoordinat, dan hasil uji pH sederhana kami lampirkan. Kami meminta Pemkab Kukar menurunkan tim untuk memeriksa instalasi pengolahan limbah pabrik tersebut, mengambil sampel air, dan mengumumkan hasilnya secara terbuka. Kami bersedia mendampingi tim ke lokasi.\n\nSalam lestari,\nKoordinator Jaringan Pemantau Sungai Mahakam\nAndi Maulana",
    ),
    _E(
        "email",
        "sda",
        "Fwd: laporan warga soal penggusuran kebun\n\nYth. Bapak/Ibu di Pemkab,\nSaya teruskan laporan warga kami di bawah. Pemerintah desa sudah dua kali bersurat ke perusahaan tetapi tidak dibalas. Mohon Pemkab mengecek batas HGU perusahaan dan menghentikan pembukaan lahan sampai semuanya jelas.\n\nKepala Desa Genting Tanjung\nKec. Kembang Janggut\n\n--- pesan asli ---\nPak Kades, tgl 4 kemarin alat berat perusahaan sawit masuk ke kebun karet sy & 3 warga lain di km 12, sekitar 9 hektar karet umur 8 thn sdh dirobohkan. Mandornya bilang lahan itu masuk HGU mereka, tp kami pegang SKT dari desa sejak 2009. Kami minta ganti rugi & pembukaan lahan dihentikan dulu. Tolong diteruskan ke kabupaten pak.\nUdin, RT 02",
    ),
    _E(
        "whatsapp",
        "sda",
        "Assalamualaikum, sy ketua kelompok nelayan Bina Bahari Desa Salo Palai, Muara Badak. Kami dgr bantuan mesin tempel & jaring dr kabupaten utk Muara Badak sdh datang sejak bulan lalu, tp blm dibagi, katanya nunggu acara penyerahan. Mohon info kapan dibagikan, musim ikan lg bagus tp mesin kami rusak.",
    ),
    _E(
        "whatsapp",
        "sda",
        "pak/bu, air sungai di belakang kampung kami (Desa Sungai Payang, Loa Kulu) tiba2 keruh coklat pekat & byk ikan mati ngambang 3 hr terakhir. warga curiga dr kolam pengendapan tambang di hulu yg jebol pas hujan. tolong dicek & diambil sampel airnya, kami masih pakai sungai ini utk mandi & cuci.",
    ),
    _E(
        "whatsapp",
        "sda",
        "Selamat malam, maaf mengganggu. Sy pengurus koperasi plasma sawit di Desa Menamang Kanan, Muara Kaman. Sejak 2019 lahan 600 ha anggota kami dikelola perusahaan inti, tp bagi hasil yg kami terima cuma Rp 150rb/bln per kapling, gak sebanding. Laporan produksi gak pernah dibuka. Dulu kami jg pernah ribut soal batas desa & dana CSR, itu udh lain cerita. Sekarang kami cuma minta pemkab memanggil perusahaan, buka hitungan hasil kebun plasma & evaluasi kemitraannya. Anggota udh mulai panas mau blokir jalan kebun.",
    ),
    _E(
        "web",
        "sda",
        "Kami warga RT 12 Kelurahan Bukit Biru, Tenggarong. Jalan hauling batu bara yang memotong jalan umum di dekat permukiman kami dilalui dump truck 24 jam. Debu hitam menempel di rumah, jemuran, dan makanan di warung. Sebulan ini puskesmas mencatat banyak anak batuk dan ISPA. Perusahaan hanya menyiram jalan sekali sehari. Kami minta pemkab memeriksa dampak lingkungan aktivitas hauling ini dan memaksa perusahaan mengendalikan debunya.",
    ),
    _E(
        "web",
        "sda",
        "Kami melaporkan penebangan kayu di kawasan hutan hulu Sungai Belayan, Kecamatan Tabang. Hampir setiap minggu ada rakit kayu bulat meranti dan ulin dihanyutkan ke hilir pada malam hari. Warga tidak tahu apakah ada izinnya, tetapi hutan tempat kami dulu mencari rotan dan madu sekarang sudah gundul. Mohon pemerintah memeriksa dan menindak bila itu pembalakan liar.",
    ),
    _E(
        "sms",
        "sda",
        "Bantuan benih padi utk poktan kami di Desa Liang Buaya telat dtg, musim tanam sdh lewat. Skrg benihnya numpuk di gudang. Tlg jadwal penyalurannya diperhatikan.",
    ),
    _E(
        "sms",
        "sda",
        "Asap kebakaran lahan di belakang Desa Muara Kembang udh 3 hr, api blm padam, anak2 batuk. Mohon segera ditangani!",
    ),
    _E(
        "telegram",
        "sda",
        "Slmt pagi, sy PPL di BPP Kota Bangun. Data CPCL penerima bantuan pompa air & cultivator dr kabupaten memuat 4 poktan yg sdh bubar. Mohon arahan apakah bisa diganti poktan lain yg aktif, dan siapa yg tanda tangan perubahan datanya. Tks",
    ),
    _E(
        "telegram",
        "sda",
        "tambang koridor jalan lg tiap malam di blkg kampung Batuah, alat berat bunyi smp subuh. semua pura2 gak tau. mana pemkab??",
    ),
    _E(
        "twitter",
        "sda",
        "Lubang tambang di Kukar makan korban lagi?? Berapa anak lagi harus tenggelam sampai lubang2 itu ditutup & direklamasi? 😡 #KukarDaruratTambang",
    ),
    _E(
        "twitter",
        "sda",
        "Danau Semayang makin dangkal, eceng gondok nutup jalur perahu, ikan makin susah. Nelayan Kenohan cuma bisa pasrah. Pemkab tolong lah tangani kerusakan danau ini 🙏",
    ),
]

_ADPEM = [
    _E(
        "email",
        "adpem",
        "Yth. Bapak/Ibu Sekretariat Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nPerihal: Pekerjaan peningkatan jalan poros Desa Jembayan Tengah terhenti\n\nKami Pemerintah Desa Jembayan Tengah, Kecamatan Loa Kulu, menyampaikan bahwa pekerjaan peningkatan jalan poros desa sepanjang kurang lebih 1,8 km yang dibiayai APBD Kabupaten tahun anggaran 2024 berhenti sejak bulan Agustus. Di lapangan baru selesai pengecoran sekitar 60%, sisanya masih tanah urug dan sekarang berlumpur kalau hujan. Alat berat sudah ditarik, papan proyek pun sudah tidak ada.\n\nSebagai gambaran, beberapa waktu lalu perusahaan tambang di sekitar desa sempat menimbun lubang-lubang jalan dari dana CSR mereka, tetapi itu hanya tambal sementara dan bukan yang kami mohonkan di sini. Urusan tapal batas dengan desa tetangga yang dulu pernah kami sampaikan juga sudah selesai di tingkat kecamatan.\n\nYang kami mohon adalah agar pihak Pemkab turun memantau dan menanyakan kepada kontraktor pelaksana kapan pekerjaan dilanjutkan, serta memastikan mutu beton sesuai spesifikasi karena di beberapa titik sudah terlihat retak rambut.\n\nDemikian kami sampaikan, atas perhatian Bapak/Ibu kami ucapkan terima kasih.\n\nHormat kami,\nKepala Desa Jembayan Tengah\nH. Syahrani",
    ),
    _E(
        "email",
        "adpem",
        "---------- Forwarded message ---------\nDari: Sekretariat Kecamatan Muara Muntai\nTanggal: Senin, 14 Oktober 2024 09.12\nSubjek: Kondisi gedung serbaguna kecamatan pasca serah terima\n\nAssalamualaikum wr. wb.\nBersama ini kami teruskan laporan dari staf kami. Gedung serbaguna kecamatan yang baru diserahterimakan bulan Juni lalu sekarang dindingnya retak memanjang di sisi timur, plafon di ruang tengah melendut dan ada bocor waktu hujan. Lantai keramik di teras juga sudah banyak yang kopong. Padahal gedung ini baru dipakai 3 kali.\nKami minta tolong dicek apakah masih masa pemeliharaan dan rekanan bisa dipanggil memperbaiki. Foto-foto terlampir.\n\nWassalam,\nRusdiansyah\nKasi Trantib Kec. Muara Muntai",
    ),
    _E(
        "email",
        "adpem",
        "Kepada Yth. Sekretariat Daerah Kab. Kukar\n\nDengan hormat,\nKami dari Dinas Perumahan dan Kawasan Permukiman ingin menanyakan terkait pelaporan realisasi fisik dan keuangan kegiatan pembangunan triwulan III. Sampai hari ini menu input di aplikasi e-monev untuk triwulan III belum terbuka di akun kami, sementara di surat edaran batas akhir penyampaian laporan tanggal 10 bulan ini. Kami juga belum menerima format terbaru lembar kendala/permasalahan per paket yang katanya diubah tahun ini.\n\nMohon informasinya apakah ada perpanjangan waktu, dan kalau bisa format laporan dikirim lewat email ini.\n\nTerima kasih.\n\nSalam,\nNur Aini, S.T.\nPengelola Data Program, Disperkim Kukar",
    ),
    _E(
        "email",
        "adpem",
        "Selamat sore,\n\nSaya bukan warga Kukar, saya tinggal di Samarinda dan hampir tiap minggu lewat Kota Bangun untuk urusan kerja. Izin menyampaikan soal jembatan penghubung di dekat Desa Liang Ulu. Jembatan itu kelihatannya baru selesai direhab (catnya masih baru) tapi sandaran/railing di sisi kiri sudah goyang, beberapa baut hilang, dan sambungan oprit ke badan jembatan turun kira-kira sejengkal sehingga motor sering lompat. Kemarin ada pengendara jatuh di situ.\n\nSebenarnya saya juga mau mengeluhkan antrean gas melon di Kota Bangun yang panjang sekali, tapi saya rasa itu urusan lain dan biar warga setempat saja yang lapor.\n\nFokus saya jembatan ini: tolong dicek kualitas pekerjaannya dan kalau masih tanggung jawab kontraktor, diperbaiki sebelum ada korban yang lebih parah.\n\nTerima kasih,\nYohanes P.\n0812-5xxx-xxxx",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Pak selamat pagi, jln semenisasi di RT 07 Desa Bukit Raya Tenggarong Seberang baru 3 bln udh retak2 & ada yg amblas di tengah. Itu proyek pemkab kan, ada papan namanya kmrn. Tolong dicek pak kontraktornya, masa secepat itu rusak 🙏",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Assalamualaikum. Ulun warga Kel. Tani Aman Loa Janan Ilir. Tiap hujan deras rumah kami kebanjiran krn saluran drainase yg dibangun thn lalu cuma sampai setengah jln, ujungnya buntu kada nyambung ke sungai. Dulu kami sdh lapor ke kelurahan, malah diminta uang fotokopi segala, tp ya sudahlah itu bukan yg mau ulun persoalkan skrg. Yg penting drainasenya dituntaskan. Pian bisa bantu sampaikan ke yg ngawasi proyek kah? Foto sy kirim abis ini.",
    ),
    _E(
        "whatsapp",
        "adpem",
        "proyek turap depan pasar muara kaman itu kapan beresnya sih?? 2 thn lebih mangkrak, besi2nya udh karatan smua, tanahnya mulai longsor ke sungai. ada yg ngawasin gak",
    ),
    _E(
        "web",
        "adpem",
        "Pembangunan Pustu (puskesmas pembantu) di Desa Sumber Sari, Kec. Sebulu, sudah berjalan sejak Mei tetapi sampai sekarang baru pondasi dan tiang. Pekerja hanya datang 2-3 orang, kadang seminggu kosong. Papan informasi proyek juga tidak dipasang sehingga warga tidak tahu nilai kontrak dan batas waktunya. Mohon dilakukan pemantauan progres dan diumumkan kapan target selesai.",
    ),
    _E(
        "web",
        "adpem",
        "Saya Ketua RT 12 Kel. Sungai Merdeka, Samboja. Mau sampaikan beberapa hal tapi intinya satu. Latar belakangnya, jalan lingkungan kami dulu diperbaiki pakai dana CSR perusahaan migas, lalu tahun ini masuk program peningkatan jalan dari Pemkab. Pengaspalan sudah selesai bulan lalu, tapi ketebalannya tipis sekali, di pinggir sudah mengelupas dan gorong-gorong di ujung gang tidak dipasang padahal ada di gambar. Soal CSR biar saya urus sendiri dengan perusahaan. Yang saya minta: hasil pekerjaan jalan ini diperiksa sebelum serah terima akhir.",
    ),
    _E(
        "sms",
        "adpem",
        "Yth bpk, jln lingkar Desa Lung Anai Loa Kulu yg dicor bln lalu tipis bgt, bbrp titik sdh pecah & besinya kliatan. mhn dicek pengawas lapangannya sblm makin parah. trims. Hadi",
    ),
    _E(
        "sms",
        "adpem",
        "gedung di kenohan itu ditinggal gt aja ya? rumput udh setinggi pinggang. brp M uang rakyat dibuang",
    ),
    _E(
        "telegram",
        "adpem",
        "Selamat siang min. Mau lapor jembatan ulin di Desa Muara Pahu... eh maaf, Desa Gunung Sari Tabang. Baru diganti papannya thn ini tp bbrp lantai udh lepas pakunya, gelagarnya jg miring. Anak sekolah lewat situ tiap hari. Mohon dicek mutunya ya.",
    ),
    _E(
        "telegram",
        "adpem",
        "> Terima kasih, laporan Bapak sudah kami teruskan ke instansi terkait.\n\nSdh 3 minggu pak sejak balasan itu, blm ada satu pun yg datang ngecek jalan cor di Desa Badak Baru yg amblas. Kontraktornya jg gak kelihatan lagi. Diteruskan ke mana sebenarnya?",
    ),
    _E(
        "twitter",
        "adpem",
        "Jalan aspal baru di Muara Jawa Ulu udah bolong2 lagi, padahal blm setahun dikerjain. Pengawasannya gimana sih @PemkabKukar 😤 #Kukar",
    ),
    _E(
        "twitter",
        "adpem",
        "Bangunan pasar baru di Sebulu mangkrak, rangka bajanya udh karatan, atap blm dipasang sampai skrg. Siapa yg tanggung jawab ngawasin pembangunannya? @PemkabKukar",
    ),
]

_PBJ = [
    _E(
        "email",
        "pbj",
        "Kepada Yth.\nPokja Pemilihan\nPemerintah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nPerihal: Sanggahan atas Hasil Evaluasi\n\nDengan hormat,\nKami CV Bina Karya Mahakam selaku peserta pemilihan paket Rehabilitasi Gedung Sekolah Dasar Negeri 012 Tenggarong Seberang, dengan ini menyampaikan keberatan atas hasil evaluasi yang menyatakan penawaran kami gugur pada evaluasi teknis dengan alasan personel manajerial tidak memenuhi.\n\nPersonel yang kami usulkan memiliki SKK Ahli Muda Teknik Bangunan Gedung yang masih berlaku hingga 2026 dan telah kami unggah pada dokumen penawaran (halaman 34-36). Kami menduga terjadi kekeliruan dalam pemeriksaan dokumen.\n\nKami mohon evaluasi ulang dilakukan dan kami diberi penjelasan tertulis. Bukti pendukung kami lampirkan.\n\nDemikian sanggahan ini kami sampaikan.\n\nHormat kami,\nIr. Fajar Ramadhan\nDirektur CV Bina Karya Mahakam",
    ),
    _E(
        "email",
        "pbj",
        "Selamat siang,\n\nSaya Rina dari PT Sinar Borneo Teknik. Kami sudah mendaftar akun penyedia di LPSE Kukar sejak tiga minggu lalu dan sudah datang langsung menyerahkan dokumen asli untuk verifikasi (akta, NIB, NPWP). Tapi status akun kami masih 'menunggu verifikasi' dan belum bisa dipakai ikut tender. Sudah saya coba telepon ke nomor helpdesk tapi tidak pernah diangkat.\n\nMohon dibantu dicek, ada paket yang tayang minggu depan yang ingin kami ikuti.\n\nTerima kasih,\nRina Maharani\nStaf Administrasi PT Sinar Borneo Teknik",
    ),
    _E(
        "email",
        "pbj",
        "Yth. Pemerintah Kabupaten Kutai Kartanegara,\n\nSaya Direktur PT Karya Prima Nusantara yang berkedudukan di Balikpapan. Perusahaan kami sudah beberapa tahun bermitra dengan Pemkab Kukar. Ada beberapa hal yang mengganjal, tapi biar saya pisahkan.\n\nSoal tagihan pekerjaan tahun lalu yang sempat terlambat, itu sudah kami selesaikan langsung dengan dinas yang bersangkutan. Permohonan kami untuk bertemu Bapak Bupati juga sudah kami tarik karena jadwalnya tidak memungkinkan. Jadi keduanya tidak perlu ditanggapi.\n\nYang ingin saya tanyakan: paket pengadaan kendaraan operasional yang tayang bulan lalu tiba-tiba berstatus 'tender dibatalkan' pada tahap evaluasi, lalu muncul lagi dengan kode baru dan HPS berbeda tanpa pengumuman alasan pembatalan. Kami sudah mengeluarkan biaya cukup besar untuk menyiapkan penawaran. Mohon penjelasan resmi dasar pembatalan dan apakah peserta lama harus mendaftar ulang.\n\nHormat saya,\nHendra Wijaya\nDirektur",
    ),
    _E(
        "email",
        "pbj",
        "---------- Pesan terusan ----------\nDari: Sekretaris Dinas Pendidikan Kab. Kukar\nKepada: Setda Kukar\nPerihal: Mohon pendampingan pembelian melalui katalog elektronik\n\nDengan hormat,\nSehubungan dengan rencana belanja meubelair untuk 14 sekolah tahun ini, PPK kami mengalami kendala saat melakukan negosiasi harga di katalog elektronik lokal: beberapa etalase produk meubel Kukar tidak muncul, dan penyedia yang ada tidak merespons permintaan negosiasi lebih dari seminggu.\n\nKami mohon pendampingan teknis serta informasi apakah boleh beralih ke metode lain bila produk tidak tersedia di katalog.\n\nAtas perhatiannya diucapkan terima kasih.\n\nSekretaris,\nDrs. Abdul Karim, M.Pd.",
    ),
    _E(
        "whatsapp",
        "pbj",
        "Pak mau tanya, sy punya usaha mebel kecil di Tenggarong, mau jual ke sekolah2 lewat katalog elektronik lokal Kukar. Gmn caranya produk sy bisa tayang di situ? Sdh tanya ke dinas perdagangan katanya bukan mereka yg ngurus. Bingung sy 🙏",
    ),
    _E(
        "whatsapp",
        "pbj",
        "Selamat malam pak. Sy dr CV Tunas Harapan Muara Badak. Tadi sore kami mau upload penawaran paket rehab jalan usaha tani, tp server SPSE Kukar down dari jam 13.00 sampai lewat batas jam 15.00. Bukan cuma kami, rekan2 kontraktor lain jg sama. Proyeknya sendiri sy gak masalah, lokasinya kami sdh survei. Yg kami minta jadwal pemasukan penawaran diperpanjang atau ada adendum krn gangguan sistem itu bukan salah peserta. Ada screenshot errornya kalau perlu.",
    ),
    _E(
        "whatsapp",
        "pbj",
        "lelang paket jalan kemaren kok pemenangnya itu2 aja sih, tiap taun PT yg sama. penawaran kami lbh murah malah gugur administrasi. ada apa ini",
    ),
    _E(
        "web",
        "pbj",
        "Jadwal pengumuman pemenang untuk paket Pembangunan Drainase Lingkungan Kel. Jahab sudah lewat 5 hari sesuai jadwal di aplikasi, tapi di halaman LPSE belum ada pengumuman apa pun dan tahapannya tidak berubah. Mohon kejelasannya, kami peserta yang menunggu.",
    ),
    _E(
        "web",
        "pbj",
        "Kami CV kecil dari Muara Badak. Dulu kami sering ikut pengadaan langsung di kecamatan, tahun ini semua harus lewat SPSE. Masalahnya akun kami terkunci setelah ganti operator karena password lama tidak ada yang tahu, dan email yang terdaftar milik mantan karyawan. Di lapangan kami sedang mengerjakan pekerjaan swasta jadi itu tidak ada kaitannya. Mohon bantuan reset akun dan penggantian email terdaftar, apa saja syaratnya?",
    ),
    _E(
        "sms",
        "pbj",
        "Slmt siang, akun SPSE kami terblokir stlh salah password 3x. mohon dibukakan, bsk ada tender yg mau kami ikuti. CV Karya Mandiri, Loa Janan",
    ),
    _E(
        "sms",
        "pbj",
        "masa sanggahan paket drainase kok cm 2 hr kerja?? kami blm sempat baca hasil evaluasinya. gak masuk akal",
    ),
    _E(
        "telegram",
        "pbj",
        "Min, dokumen adendum paket pengadaan alat kesehatan puskesmas yg tayang kmrn gak bisa didownload, muncul 'file not found'. Pdhl batas penawaran lusa. Tolong diupload ulang ya",
    ),
    _E(
        "telegram",
        "pbj",
        "> Silakan sanggahan diajukan melalui aplikasi SPSE sesuai jadwal.\n\nSdh kami coba dr pagi pak, tp tombol kirim sanggahan di akun kami gak aktif, padahal jadwal masih 1 hari lagi. Kami takut dianggap gak nyanggah.",
    ),
    _E(
        "twitter",
        "pbj",
        "LPSE Kukar error terus dari pagi, gimana mau upload penawaran kalau begini. Deadline jam 15.00 loh 🙏 @PemkabKukar",
    ),
    _E(
        "twitter",
        "pbj",
        "Tender pengadaan seragam sekolah kok gak pernah nongol di LPSE tp tau2 udh ada pemenangnya? Transparansinya di mana @PemkabKukar",
    ),
]

_ORGANISASI = [
    _E(
        "email",
        "organisasi",
        "Yth. Pemerintah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nSaya Siti Khadijah, warga Desa Loa Raya, Tenggarong Seberang. Saya ingin menyampaikan keluhan tentang pelayanan perekaman dan pencetakan KTP elektronik. Saya merekam data bulan Juli dan dijanjikan jadi dalam 14 hari. Sampai hari ini, hampir tiga bulan, setiap saya datang jawabannya selalu 'blangko kosong' atau 'sistem sedang gangguan', tanpa ada kepastian. Tidak ada papan informasi yang menjelaskan alur, jangka waktu, atau ke mana harus mengadu.\n\nSaya mohon pelayanan ini dibenahi: ada kepastian waktu, informasi yang jelas, dan petugas yang bisa menjelaskan dengan baik.\n\nDemikian, terima kasih.\n\nHormat saya,\nSiti Khadijah",
    ),
    _E(
        "email",
        "organisasi",
        "Selamat malam Bapak/Ibu,\n\nSaya Andi, asli Anggana tetapi sekarang bekerja di Balikpapan. Bulan lalu saya pulang untuk mengurus rekomendasi persetujuan bangunan rumah orang tua di kantor kecamatan. Ceritanya agak panjang. Tanah itu dulu sempat diributkan soal batas dengan desa sebelah, tapi sudah beres lewat musyawarah dan saya tidak mempersoalkannya lagi. Jalan menuju rumah juga rusak, itu pun biarlah.\n\nYang membuat saya kecewa: di loket, petugas bilang berkas baru bisa diproses kalau ada 'uang administrasi' Rp 750.000, tanpa kuitansi. Waktu saya tanya dasar hukumnya, dia bilang 'memang begitu di sini'. Di papan pengumuman tidak ada tarif apa pun. Karena terbatas cuti, terpaksa saya bayar.\n\nSaya mohon hal ini diperiksa dan ditindak supaya warga lain tidak mengalami hal yang sama. Nama petugas dan tanggal kejadian bisa saya berikan bila diperlukan.\n\nSalam,\nAndi Syahputra",
    ),
    _E(
        "email",
        "organisasi",
        "Kepada Yth. Sekretariat Daerah Kab. Kutai Kartanegara\n\nDengan hormat,\nKami dari UPT Puskesmas Sebulu I sedang menyusun ulang Standar Pelayanan untuk 9 jenis layanan sekaligus menyiapkan survei kepuasan masyarakat semester II. Kami mohon:\n1. format/template Standar Pelayanan terbaru yang berlaku di lingkungan Pemkab Kukar;\n2. jumlah minimal responden dan jadwal penyampaian laporan SKM;\n3. apakah hasil SKM diunggah sendiri atau dikirim melalui surat.\n\nMohon informasinya melalui email ini. Terima kasih.\n\nHormat kami,\nKepala Tata Usaha\nUPT Puskesmas Sebulu I",
    ),
    _E(
        "email",
        "organisasi",
        "---------- Forwarded message ---------\nFrom: Sekretariat Fraksi (staf anggota DPRD)\nDate: Rab, 16 Okt 2024\nSubject: Aduan warga soal persyaratan izin usaha\n\nBapak/Ibu, kami teruskan aduan konstituen berikut:\n\n'Saya mengurus izin usaha bengkel di Tenggarong. Di situs resmi tertulis persyaratannya 5 dokumen. Waktu berkas saya serahkan, petugas minta tambahan surat keterangan domisili dari kelurahan, foto lokasi dicetak berwarna, dan rekomendasi RT, yang tidak ada di persyaratan mana pun. Sudah tiga kali bolak-balik. Kenapa syaratnya beda antara yang ditulis dan yang diminta?'\n\nMohon ditindaklanjuti dan disampaikan hasilnya kepada kami.\n\nHormat kami,\nStaf Sekretariat Fraksi",
    ),
    _E(
        "whatsapp",
        "organisasi",
        'Pak tadi sy ngurus akta lahir anak di kantor capil Tenggarong, sama petugasnya disuruh bayar 150rb "biar cepat keluar minggu ini". Bukannya gratis ya? Sy gak dikasih kwitansi. Ini resmi kah? Tlg ditindak kalau gak bener 🙏',
    ),
    _E(
        "whatsapp",
        "organisasi",
        "Assalamualaikum pak. Sy dari Desa Long Beleh Modang, Kembang Janggut. Sy mau ngeluh soal kantor kecamatan. Udah 3x sy datang jam 10 pagi, kantornya sepi, pintu dikunci, cuma ada penjaga yg bilang pegawainya lg rapat di luar. Jalan ke kota kecamatan itu jauh pak, rusak lagi, tp itu lain cerita lah. Sy cuma perlu legalisir surat utk daftar kerja, masa susah bgt. Tolong kantor pelayanan itu buka sesuai jam kerja dan ada yg jaga loketnya.",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "pelayanan di kantor perizinan makin parah aja, antri dr jam 8 smp jam 12 gak dipanggil2, nomor antrian loncat2. capek",
    ),
    _E(
        "web",
        "organisasi",
        "Bulan lalu saya mengisi survei kepuasan masyarakat setelah dilayani di kantor kecamatan, lewat barcode yang ditempel di loket. Sekarang barcodenya sudah tidak bisa dibuka (halaman error), dan saya cari hasil survei tahun lalu di website juga tidak ketemu. Untuk apa survei kalau hasilnya tidak pernah diumumkan? Mohon hasil SKM dipublikasikan dan tautannya diperbaiki.",
    ),
    _E(
        "web",
        "organisasi",
        "Di loket pelayanan Kantor Kelurahan Timbau tidak ada informasi apa pun tentang syarat, lama proses, dan biaya layanan. Setiap warga datang harus bertanya dan jawabannya berbeda-beda tergantung petugas yang ada. Saya minta standar pelayanan dipasang di tempat yang bisa dibaca dan semua petugas memakai aturan yang sama.",
    ),
    _E(
        "sms",
        "organisasi",
        "Knp urus surat pindah di kecamatan hrs 2 minggu, di brosurnya tulis 3 hari kerja. tlg pelayanannya diperbaiki, kami warga jg punya kerjaan. Rahmat, Muara Wis",
    ),
    _E(
        "sms",
        "organisasi",
        "ada oknum petugas minta uang rokok wkt sy urus surat tadi. sy mau lapor tp gak tau ke mana. tlg bantu",
    ),
    _E(
        "telegram",
        "organisasi",
        "Selamat siang. Sy sdh 3x upload berkas permohonan izin lewat layanan online, 3x ditolak tanpa alasan, cuma tulisan 'berkas tidak sesuai'. Ditanya lewat chat admin gak dibales. Ini maladministrasi gak sih? Mohon ditegur.",
    ),
    _E(
        "telegram",
        "organisasi",
        "> Mohon maaf atas ketidaknyamanannya, aduan Ibu kami teruskan.\n\nSdh 10 hari pak, blm ada kabar apa2. Petugas yg kasar di loket itu masih kerja spt biasa. Sy cuma mau tau aduan sy diproses atau tdk.",
    ),
    _E(
        "twitter",
        "organisasi",
        "Ngurus izin katanya serba online, ujung2nya tetep disuruh dateng bawa fotokopi 5 rangkap + map warna tertentu. Reformasi birokrasi apanya 🙃 #Kukar",
    ),
    _E(
        "twitter",
        "organisasi",
        "Petugas loket kantor kecamatan Loa Janan judes bgt, ditanya baik2 malah dibentak. Tolong dibina pelayanannya @PemkabKukar",
    ),
]

_UMUM = [
    _E(
        "email",
        "umum",
        "Kepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nPerihal: Permohonan Peminjaman Ruang Rapat\n\nDengan hormat,\nSehubungan dengan pelaksanaan Rapat Kerja Daerah Ikatan Bidan Indonesia Cabang Kutai Kartanegara yang akan diikuti sekitar 80 peserta, kami bermaksud meminjam salah satu ruang rapat di Kantor Bupati pada hari Sabtu, 9 November 2024, pukul 08.00-16.00 WITA.\n\nKami bersedia mematuhi tata tertib penggunaan ruangan, menjaga kebersihan, serta mengembalikan ruangan dalam keadaan semula. Mohon informasi ketersediaan ruang beserta persyaratan yang harus kami lengkapi.\n\nDemikian permohonan ini, atas perhatian dan bantuannya kami ucapkan terima kasih.\n\nHormat kami,\nKetua IBI Cabang Kukar\nHj. Marlina, S.ST.",
    ),
    _E(
        "email",
        "umum",
        "Yth. Bapak/Ibu,\n\nKami dari Fakultas Kehutanan sebuah universitas di Samarinda. Pada 23 September kami mengirim surat resmi nomor 412/UN/KS/2024 yang ditujukan kepada Bupati Kutai Kartanegara, diantar langsung oleh staf kami ke Kantor Bupati. Isi suratnya mengenai rencana nota kesepahaman penelitian, tetapi substansi itu nanti akan kami bicarakan sendiri dengan pihak terkait.\n\nSaat ini kami hanya ingin memastikan apakah surat tersebut sudah tercatat/diagendakan sebagai surat masuk dan sudah didisposisikan ke mana, karena staf kami tidak diberi tanda terima, hanya diminta meletakkan di meja depan. Sudah tiga minggu belum ada kabar.\n\nMohon bantuan pengecekan. Bila perlu kami kirim ulang salinannya.\n\nHormat kami,\nDr. Rudi Hartono\nWakil Dekan Bidang Kerja Sama",
    ),
    _E(
        "email",
        "umum",
        "---------- Forwarded message ---------\nDari: Staf Pelaksana, Setda Kukar\nSubjek: Ruang kerja lantai 2 gedung B\n\nMaaf Pak, sekalian saya teruskan ke alamat pengaduan supaya tercatat. TPP bulan lalu memang belum masuk juga, tapi itu sudah ditanyakan teman-teman ke keuangan, jadi tidak usah dibahas di sini.\n\nYang mendesak: AC di ruang kerja lantai 2 gedung B mati sejak dua minggu, ruangan panas sekali sampai ada rekan yang pusing. Selain itu plafon di dekat jendela bocor tiap hujan dan air menetes ke meja, sudah kami taruh ember. Stop kontak di dekat printer juga sering memercik. Sudah dilaporkan lisan ke petugas pemeliharaan gedung tapi belum ada tindakan.\n\nMohon segera diperbaiki sebelum ada kerusakan dokumen atau korsleting.\n\nTerima kasih,\nDewi",
    ),
    _E(
        "email",
        "umum",
        "Selamat siang,\n\nSaya warga Samboja. Sabtu kemarin (12/10) sekitar pukul 20.00 saya melihat mobil berpelat merah KT 1xxx K dipakai berbelanja keluarga di sebuah mal di Samarinda, lengkap dengan anak-anak dan barang belanjaan. Minggu sebelumnya mobil yang sama saya lihat diparkir di tempat resepsi pernikahan di Loa Janan. Setahu saya kendaraan dinas tidak untuk keperluan pribadi di hari libur.\n\nSaya lampirkan foto. Mohon ditertibkan penggunaan kendaraan dinas ini.\n\nHormat saya,\nWarga yang peduli",
    ),
    _E(
        "whatsapp",
        "umum",
        "Pak parkiran kantor bupati penuh trs tiap pagi, tamu gak kebagian tempat. Byk motor pegawai parkir sembarangan di depan lobby sampai nutup jalan masuk mobil. Mohon diatur petugas parkirnya 🙏",
    ),
    _E(
        "whatsapp",
        "umum",
        "Selamat siang pak. Kemarin sy dtg ke kantor bupati bareng rombongan kades, kami ada jadwal ketemu pimpinan, itu urusan lain sdh beres. Yg mau sy sampaikan: satpam di pos depan bentak2 rombongan kami, disuruh putar lewat belakang tanpa penjelasan, padahal sdh tunjukkan undangan. Terus toilet di lantai dasar gak ada air, kotor, pintunya gak bisa dikunci. Malu kami bawa tamu dr desa. Tolong dibenahi keamanan & kebersihannya ya pak.",
    ),
    _E(
        "whatsapp",
        "umum",
        "toilet kantor bupati lt 1 bau bgt sumpah 🤢 gak pernah dibersihin kah. tisu gak ada, kran bocor, lantainya becek. malu sama tamu",
    ),
    _E(
        "web",
        "umum",
        "Komunitas senam lansia dari Kelurahan Melayu ingin memakai halaman depan Kantor Bupati untuk senam pagi setiap Minggu pukul 06.00-07.30. Bagaimana prosedur permohonan izin penggunaan halaman/area kantor tersebut dan ke mana surat permohonannya ditujukan? Terima kasih.",
    ),
    _E(
        "web",
        "umum",
        "Hari Selasa saya ada urusan di Kantor Bupati Kukar dan memarkir motor di parkiran samping. Saat kembali, helm dan jas hujan di motor hilang. Tidak ada petugas jaga di area itu dan CCTV katanya mati. Saya tidak menuntut ganti rugi, tapi mohon keamanan area parkir ditingkatkan, minimal ada petugas yang berjaga.",
    ),
    _E(
        "sms",
        "umum",
        "Yth, sy kurir ekspedisi. paket & surat utk kantor bupati ditolak di pos jaga, disuruh antar ke bag surat tp ruangannya tutup jam 2 siang. mhn info jam penerimaan surat yg benar. mks",
    ),
    _E(
        "sms",
        "umum",
        "mobil dinas plat merah KT 1xxx parkir di tmpt hiburan mlm tenggarong td mlm smp jam 2. tlg ditertibkan",
    ),
    _E(
        "telegram",
        "umum",
        "Pagi min. Lampu penerangan di kompleks kantor bupati (dari gerbang samping smp parkiran belakang) mati semua udh seminggu. Mlm gelap bgt, rawan, pegawai yg lembur takut jalan ke motor.",
    ),
    _E(
        "telegram",
        "umum",
        "> Peminjaman ruang dapat diajukan paling lambat 7 hari sebelum kegiatan.\n\nKami sdh ajukan surat 10 hari lalu pak utk pakai ruang rapat tgl 28, tp smp skrg blm ada jawaban disetujui atau tdk. Acara tinggal 5 hari lg, undangan sdh disebar.",
    ),
    _E(
        "twitter",
        "umum",
        "Gerbang samping kantor bupati Kukar digembok dari minggu lalu, pegawai & tamu harus muter jauh lewat depan. Kenapa ya? Gak ada pengumuman @PemkabKukar",
    ),
    _E(
        "twitter",
        "umum",
        "Halaman kantor bupati penuh sampah bekas acara semalam, gelas plastik & kotak nasi, belum diangkut sampai siang 😑 @PemkabKukar",
    ),
]

_PROKOM = [
    _E(
        "email",
        "prokom",
        "Kepada Yth.\nBupati Kutai Kartanegara\nmelalui Sekretariat Daerah\ndi Tenggarong\n\nPerihal: Permohonan Audiensi\n\nDengan hormat,\nKami pengurus Forum Kepala Desa se-Kecamatan Muara Kaman memohon kesempatan beraudiensi dengan Bapak Bupati. Sebagai latar belakang, beberapa desa kami masih menghadapi persoalan tapal batas, lalu ada keluhan warga soal debu angkutan sawit, dan tunjangan guru ngaji yang belum cair. Semua itu sudah kami sampaikan masing-masing ke instansi teknis dan tidak kami mintakan penyelesaian melalui surat ini.\n\nMelalui audiensi kami ingin menyampaikan secara langsung aspirasi forum untuk tahun anggaran mendatang. Rombongan berjumlah 12 orang. Kami dapat menyesuaikan waktu dengan jadwal Bapak Bupati pada minggu kedua atau ketiga November.\n\nMohon informasi jadwal yang memungkinkan melalui nomor kontak di bawah.\n\nHormat kami,\nKetua Forum Kepala Desa Kec. Muara Kaman\nM. Jailani\nHP 0813-4xxx-xxxx",
    ),
    _E(
        "email",
        "prokom",
        "Yth. Bapak Bupati Kutai Kartanegara\n\nDengan hormat,\nPanitia Turnamen Sepak Bola Antar Desa 'Kota Bangun Cup 2024' bermaksud mengundang Bapak Bupati untuk membuka secara resmi turnamen ini sekaligus memberikan sambutan pada:\nhari/tanggal: Sabtu, 16 November 2024\nwaktu: 15.30 WITA\ntempat: Lapangan Sepak Bola Desa Kota Bangun Ilir\n\nTurnamen diikuti 24 tim dari 21 desa. Apabila Bapak berhalangan, kami mohon dapat diwakilkan. Kami juga mohon informasi kontak ajudan/protokol untuk koordinasi susunan acara.\n\nSurat undangan resmi terlampir.\n\nHormat kami,\nKetua Panitia\nSupriadi",
    ),
    _E(
        "email",
        "prokom",
        "Selamat pagi,\n\nSaya Lestari, jurnalis media daring yang berkantor di Samarinda. Kami ingin mengajukan wawancara dengan Bupati Kukar terkait program 100 hari kerja, durasi sekitar 20 menit, bisa di sela kegiatan beliau.\n\nSelain itu, sejak bulan lalu redaksi kami tidak lagi menerima siaran pers kegiatan Bupati, padahal sebelumnya rutin dikirim lewat grup wartawan dan email. Apakah ada perubahan daftar media? Mohon redaksi kami dimasukkan kembali.\n\nTerima kasih atas bantuannya.\n\nSalam,\nLestari Wulandari\nRedaktur Pelaksana",
    ),
    _E(
        "email",
        "prokom",
        "---------- Forwarded message ---------\nFrom: Panitia Seminar Nasional, Fakultas Ekonomi\nTo: Sekretariat Daerah Kukar\nSubject: Konfirmasi kehadiran keynote speaker\n\nYth. Bapak/Ibu,\nMenyambung surat undangan kami tanggal 1 Oktober, kami ingin memastikan kesediaan Bapak Bupati Kutai Kartanegara menjadi pembicara kunci pada Seminar Nasional 'Ekonomi Pasca-Tambang' tanggal 7 November di Samarinda. Nota kesepahaman antara kampus dan Pemkab sudah ditandatangani tahun lalu, jadi tidak ada yang perlu dibahas soal itu.\n\nMohon konfirmasi apakah beliau hadir langsung atau diwakilkan, serta kami perlukan judul materi/bahan paparan paling lambat H-5 untuk dimasukkan ke buku acara.\n\nTerima kasih,\nDian Puspita, S.E., M.M.\nSekretaris Panitia",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Assalamualaikum pak, kami dari Karang Taruna Desa Sungai Meriam mau ngundang pak Bupati di acara puncak lomba agustusan (mundur ke bln depan krn banjir kmrn). Suratnya kami tujukan ke siapa ya pak biar nyampe ke beliau? Trims 🙏",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Selamat sore. Sy perangkat Desa Perangat Selatan, Marang Kayu. Td pagi akun IG resmi bupati posting kunjungan ke desa kami, tp di captionnya nama desa ditulis salah & foto yg dipakai malah foto masjid desa tetangga. Bantuan rumah ibadah yg disebut di situ jg utk desa lain sebenarnya, tp soal bantuannya biar kami urus sendiri. Mohon postingannya dikoreksi ya pak, warga byk yg protes di komentar.",
    ),
    _E(
        "whatsapp",
        "prokom",
        "kok komentar sy di IG pak bupati dihapus trs? sy cuma nanya sopan soal jalan kampung. adminnya gak mau dikritik ya",
    ),
    _E(
        "web",
        "prokom",
        "Saya guru di SMPN 1 Loa Kulu. Pada upacara Hari Guru minggu lalu, sambutan Bupati dibacakan oleh Camat. Kami ingin memuat naskah sambutan tersebut di buletin sekolah. Apakah naskah lengkapnya bisa kami peroleh dalam bentuk file, dan ke mana kami memintanya?",
    ),
    _E(
        "web",
        "prokom",
        "Kami mahasiswa asal Kukar yang kuliah di Yogyakarta, tergabung dalam ikatan pelajar daerah. Saat libur semester Desember nanti kami ingin bersilaturahmi sekaligus menyampaikan laporan kegiatan asrama kepada Bapak Bupati. Soal perbaikan asrama akan kami usulkan tersendiri. Bagaimana prosedur mengajukan audiensi dan berapa lama biasanya menunggu jadwal?",
    ),
    _E(
        "sms",
        "prokom",
        "Ass. Mhn info kpn pak bupati bs terima audiensi kelompok tani kami dr Muara Kaman Ulu. surat sdh dikirim 2 mgg lalu blm ada kabar. trims. Ketua Poktan Harapan Jaya",
    ),
    _E(
        "sms",
        "prokom",
        "upacara HUT Kukar bsk tamu undangan pakaiannya apa ya? di undangan gak ditulis. kumpul jam brp jg",
    ),
    _E(
        "telegram",
        "prokom",
        "Pagi min. Sy dr media lokal Tenggarong. Kmrn pak Bupati kunjungan kerja ke Tabang, boleh minta rilis resmi + foto2nya? Kami mau tayang hari ini. Makasih 🙏",
    ),
    _E(
        "telegram",
        "prokom",
        "> Permohonan audiensi sdh kami catat, nanti dihubungi.\n\nItu balasan 3 minggu lalu pak. Apakah sdh ada jadwal? Rombongan kami dr Muara Jawa perlu siapkan transport & izin kerja.",
    ),
    _E(
        "twitter",
        "prokom",
        "Min medsos Pemkab Kukar, tolong caption jgn salah tulis nama kecamatan ya. 'Muara Kaman' bukan 'Muara Kamam' 😅 udh 2 postingan loh",
    ),
    _E(
        "twitter",
        "prokom",
        "Pak Bupati @PemkabKukar kapan mau datang ke kampung kami di Tabang? Udah 3x kami undang ke acara adat belum pernah hadir, diwakilkan pun enggak 🙏",
    ),
]

_PERENCANAAN_KEUANGAN = [
    _E(
        "email",
        "perencanaan_keuangan",
        "Kepada Yth.\nPejabat Penatausahaan Keuangan\nSekretariat Daerah Kab. Kutai Kartanegara\n\nPerihal: Konfirmasi Pembayaran Tagihan\n\nDengan hormat,\nKami CV Sumber Rezeki Tenggarong selaku penyedia alat tulis kantor dan bahan cetak untuk Sekretariat Daerah berdasarkan surat pesanan bulan Juni 2024. Barang telah kami serahkan lengkap dan berita acara serah terima sudah ditandatangani pada 28 Juni 2024. Tagihan beserta kuitansi dan faktur pajak kami ajukan pada 3 Juli 2024.\n\nHingga saat ini, lebih dari tiga bulan, pembayaran belum kami terima. Kami mohon informasi status tagihan tersebut, apakah masih ada kekurangan berkas, dan perkiraan waktu pembayarannya.\n\nDemikian kami sampaikan, terima kasih atas perhatiannya.\n\nHormat kami,\nH. Baharuddin\nPimpinan CV Sumber Rezeki",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Yth. Bapak/Ibu di Sekretariat Daerah Kukar,\n\nSaya dosen di Samarinda yang pada 20 Agustus lalu menjadi narasumber pada bimbingan teknis penyusunan dokumen perencanaan yang diselenggarakan Setda di Tenggarong. Sebelumnya saya juga pernah diajak membicarakan kerja sama kampus dengan Pemkab dan sempat diundang ke acara HUT Kabupaten; dua hal itu sudah selesai dan tidak ada masalah.\n\nYang ingin saya tanyakan adalah honorarium narasumber dan penggantian biaya transport saya yang sampai sekarang belum ditransfer. Waktu itu saya sudah menandatangani daftar hadir, kuitansi, serta menyerahkan fotokopi NPWP dan buku rekening kepada panitia. Ketika saya tanyakan ke panitia, katanya masih menunggu proses di bagian keuangan.\n\nMohon dibantu dicek. Terima kasih.\n\nSalam hormat,\nDr. Ahmad Fauzi\nFakultas Teknik",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Selamat siang,\n\nSaya staf pelaksana di salah satu bagian Setda Kukar. Klaim SPPD perjalanan dinas saya ke Jakarta tanggal 2-5 September dikembalikan verifikator dengan catatan boarding pass kepulangan tidak ada. Boarding pass memang hilang, tetapi saya punya e-tiket, bukti pembayaran, dan surat pernyataan. Apakah dokumen pengganti itu bisa diterima? Kalau tidak, bagaimana caranya agar biaya tiket sebesar Rp 2,4 juta yang sudah saya talangi tetap bisa diganti?\n\nTerima kasih,\nAgus Salim",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "---------- Forwarded message ---------\nDari: Bendahara Pengeluaran Pembantu\nSubjek: Fw: pertanyaan pegawai soal potongan TPP\n\nMohon arahan. Saya teruskan pertanyaan dari beberapa pegawai di unit kami:\n\n'TPP bulan September kami terpotong antara 10-25% padahal absensi lengkap dan tidak ada cuti. Di slip tidak dijelaskan komponen apa yang dipotong. Tolong dijelaskan dasar perhitungannya dan kalau salah hitung mohon dikembalikan di bulan berikut.'\n\nKami di unit juga tidak punya rincian perhitungannya, jadi mohon penjelasan dan data perhitungan per pegawai.\n\nTerima kasih,\nNurul",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "Pak maaf mau nanya, sy tenaga honorer di Setda, ditaruh di bagian umum. Gaji bln ini blm masuk, tmn2 honorer lain udh. Rekening sy gak ganti kok. Ke siapa sy harus tanya ya pak?",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "Assalamualaikum pak. Sy pemilik usaha katering kecil di Tenggarong. Bulan Juli-Agustus kami isi konsumsi rapat2 di kantor bupati, kira2 18 kali, total 47 jt lebih. Wkt itu ruang rapatnya sering pindah2, kadang AC mati, tp itu bukan urusan sy. Masalahnya tagihan sy sampai skrg blm dibayar, tiap nanya dibilang tunggu SP2D. Sy sdh pinjam modal utk belanja bahan, bunganya jalan trs. Tolong dibantu kapan bisa cair 🙏",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "SPPD bulan juli kpn cair sih, udh nombok duluan nih dr gaji 😩 kwitansi hotel & tiket udh dikumpul dr kapan tau",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Kami penyedia sewa tenda dan sound system untuk acara HUT Kabupaten di halaman kantor bupati bulan September. Acaranya lancar dan panitia puas. Namun tagihan kami sebesar Rp 36.500.000 yang diajukan ke Setda belum juga dibayar, dan kami diminta berkali-kali melengkapi berkas. Mohon kepastian jadwal pembayaran.",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Saya PPTK di lingkungan Setda. SPJ kegiatan rapat koordinasi bulan Agustus sudah tiga kali dikembalikan oleh verifikator dengan catatan berbeda-beda setiap kali (pertama format daftar hadir, lalu tanda tangan, lalu foto kegiatan). Mohon ada daftar kelengkapan SPJ yang baku supaya tidak bolak-balik.",
    ),
    _E(
        "sms",
        "perencanaan_keuangan",
        "Slmt sore pak, honor narasumber sy wkt rakor di kantor bupati tgl 12 blm ditransfer. no rekening sdh sy kirim ke panitia. mks. Fitri",
    ),
    _E(
        "sms",
        "perencanaan_keuangan",
        "TPP pegawai setda kok telat lg. tiap bln begini trs, cicilan kami gmn",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "Min mau tanya, uang lembur staf Setda yg lembur waktu persiapan APBD perubahan kemarin apa ada? Kami lembur smp jam 11 mlm hampir 2 minggu, tp blm ada info.",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "> Berkas tagihan sdh kami terima dan sedang proses verifikasi.\n\nItu 5 minggu lalu bu. Tagihan cetak spanduk & baliho utk Setda masih blm dibayar. Verifikasinya brp lama sebenarnya?",
    ),
    _E(
        "twitter",
        "perencanaan_keuangan",
        "Jadi rekanan Setda Kukar harus sabar ya, tagihan bulan Maret sampai Oktober blm dibayar. Usaha kecil bisa gulung tikar nih 😮‍💨 @PemkabKukar",
    ),
    _E(
        "twitter",
        "perencanaan_keuangan",
        "Honor panitia HUT Kukar dari Setda belum cair2, padahal acaranya udh lewat sebulan lebih. Halo? Ada yg bisa jawab? @PemkabKukar",
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
