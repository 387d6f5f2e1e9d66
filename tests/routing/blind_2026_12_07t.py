# ruff: noqa: E501
"""Blind set written 2026-12-07 (twentieth of the day) for issue 16: the hard cases a desk officer meets: a complaint whose words mostly belong to another section's world while the request is this section's, sarcasm and rhetorical questions, lists of three or four matters with the one to handle named, feelings with the request in one short line, typos and missing spaces, Kutai/Banjar and English words. 15 cases per section; per section 4 email, 4 whatsapp, 2 web, 2 sms, 2 telegram, 1 twitter (48 each of email and whatsapp, 24 each of web, sms and telegram, 12 twitter). Written by two helper sessions, six sections each, with the same instructions, and joined into this file unread.

Written without reading config.yaml, routing/ or tests/routing/; each case is labelled only from
the mandates in docs/sections.md.

Scored ONCE, blind, with the rules of main 1594a82 (this file committed unread in that commit), on
2026-12-07, after the changes tuned on 2026-12-07n to s and the request bonus: 168/180 correct =
93.3% (Wilson 95% interval 88.7%-96.1%), 1 fallback. Per channel: email 45/48 = 93.8%, sms
22/24, telegram 23/24, twitter 12/12, web 20/24, whatsapp 46/48. The rules of 1ca627b (the
session's start) place 164/180 (email 44/48): the day's changes gained #15, #56, #88, #120 and
#173 and lost #153 (prokom -> sda).
The errors (index in CASES, label -> got): #13 pemerintahan -> sda, #23 kesra -> hukum, #71
perekonomian -> fallback, #81 sda -> perekonomian, #122 organisasi -> prokom, #127 organisasi ->
adpem, #128 organisasi -> adpem, #143 umum -> prokom, #153 prokom -> sda, #159 prokom -> kesra,
#161 prokom -> kesra, #167 perencanaan_keuangan -> adpem.
"""

from __future__ import annotations

from tests.routing.case import Case

_E = Case

_PEMERINTAHAN = [
    _E(
        "email",
        "pemerintahan",
        "PANITIA PEMBANGUNAN MASJID AL-IKHLAS\nDusun Karya Jaya, Kecamatan Sebulu\n\nNomor: 07/PPM-AI/III/2025\nPerihal: Mohon Penegasan Batas Desa Lokasi Masjid\n\nYth. Bapak Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nAssalamu'alaikum warahmatullahi wabarakatuh.\nDengan hormat,\nKami panitia pembangunan Masjid Al-Ikhlas menyampaikan terima kasih atas perhatian Pemkab selama ini. Pembangunan masjid kami sudah sampai tahap atap dan insyaallah bisa dipakai Ramadan tahun depan. Namun ada satu persoalan yang membuat jamaah resah. Lokasi masjid berada di perbatasan Desa Sebulu Ulu dan Desa Sebulu Ilir. Kedua kepala desa sama-sama menyatakan masjid masuk wilayahnya, dan masing-masing meminta kami mengurus surat keterangan domisili serta register tanah wakaf ke desanya. Patok batas lama sudah hilang sejak pelebaran jalan tahun 2019, dan peta dari kecamatan berbeda dengan peta di kantor desa.\nKami tidak sedang meminta bantuan dana. Yang kami mohonkan adalah agar Pemerintah Kabupaten memfasilitasi penegasan batas antara kedua desa tersebut, sehingga jelas desa mana yang berwenang menerbitkan surat-surat untuk tanah masjid ini.\nDemikian permohonan kami. Atas perhatian Bapak kami ucapkan terima kasih.\n\nWassalamu'alaikum warahmatullahi wabarakatuh.\n\nSebulu, 3 Maret 2025\nKetua Panitia,\nH. Abdul Rasyid\nSekretaris,\nMuhammad Fadli",
    ),
    _E(
        "email",
        "pemerintahan",
        "Kepada Yth. Sekretariat Daerah Kab. Kutai Kartanegara\nPerihal: Permohonan klarifikasi wilayah administrasi desa di area konsesi\n\nDengan hormat,\nKami dari PT Borneo Bara Lestari, pemegang IUP operasi produksi di Kecamatan Loa Kulu, ingin menyampaikan kendala di lapangan. Dalam rencana pembebasan lahan blok utara seluas kurang lebih 42 hektare, kami menerima dua surat dari dua pemerintah desa berbeda, yaitu Desa Jonggon Jaya dan Desa Sumber Sari, yang sama-sama menyatakan lahan tersebut berada di wilayah administrasinya. Akibatnya, surat keterangan riwayat tanah yang diterbitkan kedua desa saling bertentangan dan warga pemilik lahan menjadi bingung siapa yang berhak menandatangani.\nKami tidak mempersoalkan izin tambang maupun dampak lingkungan dalam surat ini; dokumen perusahaan kami lengkap. Yang kami butuhkan adalah kepastian garis batas kedua desa dari pemerintah kabupaten, karena perusahaan tidak berwenang menentukannya sendiri. Mohon kiranya dapat difasilitasi pertemuan kedua kepala desa bersama camat dan tim penegasan batas desa, sehingga persoalan administrasi tanah antar-desa ini selesai.\nBersama ini kami lampirkan peta overlay dan salinan kedua surat desa.\n\nHormat kami,\nRudi Hartanto\nManajer Hubungan Eksternal\nPT Borneo Bara Lestari\nTenggarong",
    ),
    _E(
        "email",
        "pemerintahan",
        "Perihal: Re: Jadwal Pilkades Serentak Desa Tani Baru\n\nYth. Admin Aduan Setda Kukar,\n\nTerima kasih atas balasan sebelumnya. Namun jawaban tersebut belum menjawab pertanyaan kami.\n\n> Pada 12 Februari 2025, Admin Aduan menulis:\n> Terima kasih atas laporannya. Aduan Bapak sudah kami teruskan ke instansi terkait untuk ditindaklanjuti.\n\nSudah hampir sebulan, belum ada kabar apa pun. Saya ulangi: masa jabatan Kepala Desa Tani Baru, Kecamatan Anggana, berakhir Desember 2024. Sejak itu desa kami dipimpin Penjabat Kepala Desa dari kecamatan yang hanya datang dua kali seminggu. Warga mendengar desa kami tidak masuk daftar pilkades serentak gelombang tahun ini, sementara desa tetangga masuk. Ada yang bilang karena berkas panitia desa tidak lengkap, ada pula yang bilang karena anggaran.\nKami mohon penjelasan tertulis: apakah Desa Tani Baru masuk jadwal pilkades serentak 2025, dan jika tidak, apa alasannya serta kapan paling lambat pemilihan dilaksanakan. Kami juga siap membentuk ulang panitia pemilihan jika memang ada persyaratan yang kurang.\n\nHormat saya,\nSyamsul Bahri\nKetua BPD Desa Tani Baru\nKec. Anggana",
    ),
    _E(
        "email",
        "pemerintahan",
        "---------- Forwarded message ---------\nDari: Ketua LPM Kelurahan Loa Ipuh Darat\nTanggal: Sen, 20 Jan 2025\nSubjek: Dua Ketua RT di RT 14\n\nPak Lurah, mohon petunjuk, warga sudah mulai ribut.\n----------\n\nPerihal: Penerusan aduan soal kepengurusan RT 14\n\nYth. Sekretariat Daerah Kab. Kukar,\nDengan hormat,\nBersama ini saya teruskan surat yang sebelumnya kami kirim ke kelurahan. Singkatnya, pada musyawarah warga 5 Januari 2025 di RT 14 Kelurahan Loa Ipuh Darat, Tenggarong, pemilihan ketua RT berujung ricuh. Sebagian warga menganggap pemilihan itu sah, sebagian lagi menggelar pemilihan ulang seminggu kemudian di rumah warga lain. Kini ada dua orang yang sama-sama mengaku ketua RT, sama-sama mengeluarkan surat pengantar untuk KTP dan nikah, dan sama-sama menagih iuran kebersihan. Warga bingung surat pengantar mana yang berlaku.\nKelurahan menyatakan menunggu arahan kabupaten. Kami mohon Pemkab memberi kepastian: hasil pemilihan mana yang sah dan bagaimana penetapan ketua RT yang baru dilakukan, supaya kepengurusan RT 14 kembali satu.\n\nHormat kami,\nIr. Darmawan\nKetua LPM Kelurahan Loa Ipuh Darat",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Assalamualaikum min. Mau tanya aja nih, desa Muara Kaman Ulu ni sebenernya punya kades kah kada? 😅 sdh 3 bulan beliau tinggal di Samarinda, kantor desa cuma dibuka sekretaris. Surat2 tertahan krn tdk ada yg ttd. Mungkin kades kami lg sibuk jd warga Samarinda ya 🙃 Tolong lah pemkab tegur atau gmn aturannya kalau kades gak ngantor berbulan2",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Pian, ulun handak betakun. Kades lawas di desa kami (Kembang Janggut) sdh habis jabatannya dari tahun tadi, tapi pilkades kada jua dilaksanakan. Bubuhan warga sdh betakun ke kecamatan, jawabannya 'tunggu jadwal kabupaten' haja. Kapan lah jadwal pilkades nang baru tu? 🙏",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Selamat siang. Sy warga Desa Perangat Baru, Marangkayu. Masalah di sini banyak sebenarnya: jalan poros rusak, LPG susah, sinyal HP hilang2an. Tp yg mau sy adukan hari ini cuma 1: batas desa kami dgn desa sebelah gak jelas, kebun warga kami skrg diklaim masuk wilayah mereka & surat tanahnya diterbitkan sana. Tolong difasilitasi penegasan batasnya 🙏",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Maaf sy curhat dulu ya min 😢 sy sdh 11 thn jd kaur keuangan di desa, kerja siang malam, honor kecil sy terima ikhlas. Anak sy lg sakit, istri jualan kue. Tiba2 minggu lalu kades baru ngeluarin SK pemberhentian sy tanpa alasan, tanpa teguran. Sy malu sama tetangga, rasanya hancur 💔 Desa Bukit Raya, Tenggarong Seberang. Intinya sy mohon pemberhentian perangkat desa sepihak ini ditinjau camat/pemkab 🙏",
    ),
    _E(
        "web",
        "pemerintahan",
        "Kami nelayan dari Desa Muara Pantuan, Kecamatan Anggana. Selama ini kami mencari ikan dan memasang bagan di perairan muara yang turun-temurun dianggap wilayah desa kami. Sejak awal tahun, perangkat Desa Sepatin menyatakan perairan itu masuk wilayah mereka dan meminta nelayan kami membuat surat keterangan di desa mereka. Kami tidak minta bantuan alat atau mesin. Kami hanya minta Pemkab memastikan garis batas wilayah kedua desa di perairan muara itu, supaya nelayan tidak bertengkar lagi. Sudah dua kali hampir terjadi perkelahian di laut.",
    ),
    _E(
        "web",
        "pemerintahan",
        "Saya warga Kabupaten Kutai Barat, kampung kami berbatasan langsung dengan desa-desa di Kecamatan Tabang, Kukar. Di lapangan patok batas antarkabupaten di daerah hulu tidak jelas, sehingga warga Tabang dan warga kami saling klaim ladang, bahkan ada warga perbatasan yang tercatat penduduk di dua kabupaten. Mohon informasi apakah Pemkab Kukar sudah menetapkan garis batas wilayah dengan Kutai Barat di segmen ini dan bagaimana warga bisa menyampaikan data patok lama di lapangan.",
    ),
    _E(
        "sms",
        "pemerintahan",
        "Yth Setda Kukar, sy warga Desa Loh Sumber Loa Kulu. Pj kades kami sdh 2 thn lebih, apa bisa selamanya pj? kapan ada kades definitif? trims",
    ),
    _E(
        "sms",
        "pemerintahan",
        "mohonbantuan,kami warga dusun Long Lalang tabang.jarak ke kantordesa induk 3jam naik ketinting.warga sdh sepakat mau pemekaran jd desa sendiri,syaratnya apa&diajukan kmana? trmksh",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "Hi admin 👋 sy mau tanya procedure nya gmn kalau kelurahan mau di-reclassify jadi desa? Or sebaliknya desa jadi kelurahan? Warga Sangasanga Dalam pada confused krn katanya status wilayah kami mau berubah. Who decides and what's the timeline? Thanks 🙏",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "Assalamualaikum. Sy ketua Poktan Harapan Maju, Muara Jawa. Bukan soal pupuk atau traktor ya pak 😅 Masalahnya sawah kelompok kami 12 ha sdh ada surat tanah dari Desa Dondang, tp skrg kelurahan sebelah jg menerbitkan surat tanah utk lahan yg sama ke orang lain. Dua kantor saling lempar. Mohon pemkab menengahi sengketa administrasi tanah antar desa/kelurahan ini.",
    ),
    _E(
        "twitter",
        "pemerintahan",
        "Selamat ya Desa Liang Ulu, Kota Bangun, skrg punya DUA kades sekaligus 🙃 satu kades lama yg gak mau lengser, satu kades terpilih yg blm dilantik2. Warga bingung minta tanda tangan ke siapa. Pemkab kapan lantik kades hasil pilkades? #Kukar",
    ),
]

_KESRA = [
    _E(
        "email",
        "kesra",
        "PEMERINTAH KABUPATEN KUTAI KARTANEGARA\nKECAMATAN KENOHAN\nDESA TELUK BINGKAI\n\nNomor: 400/045/TB/IV/2025\nPerihal: Beasiswa mahasiswa asal Desa Teluk Bingkai\n\nYth. Sekretaris Daerah Kab. Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nSehubungan dengan musyawarah desa tanggal 14 April 2025 yang membahas RKP Desa dan laporan BPD, kami sebagai pemerintah desa menampung aspirasi warga yang berulang kali muncul, yaitu mengenai beasiswa kabupaten. Tercatat 17 mahasiswa asal desa kami yang sudah mendaftar beasiswa melalui portal pada periode tahun lalu dan dinyatakan lolos verifikasi berkas, namun sampai saat ini dananya belum diterima. Beberapa mahasiswa terancam cuti kuliah karena tidak mampu membayar UKT semester ini.\nUrusan administrasi di desa kami berjalan baik; pemerintah desa hanya bisa membantu membuat surat keterangan tidak mampu. Karena itu kami mohon penjelasan mengenai jadwal pencairan beasiswa tersebut dan ke mana mahasiswa dapat menanyakan status berkasnya. Daftar nama mahasiswa kami lampirkan.\nAtas perhatian Bapak kami sampaikan terima kasih.\n\nTeluk Bingkai, 22 April 2025\nKepala Desa Teluk Bingkai,\n\nSuriansyah",
    ),
    _E(
        "email",
        "kesra",
        "Perihal: Pencairan bantuan tahap II pembangunan Masjid Nurul Huda Loa Janan\n\nYth. Pemerintah Kabupaten Kutai Kartanegara\nc.q. Sekretariat Daerah\n\nDengan hormat,\nKami CV Mahakam Karya Mandiri, penyedia jasa konstruksi yang ditunjuk panitia pembangunan Masjid Nurul Huda, Desa Bakungan, Kecamatan Loa Janan. Pekerjaan struktur dan atap sudah 65 persen, dan laporan progres disertai foto telah kami serahkan kepada panitia pada 10 Mei 2025.\nPerlu kami tegaskan, ini bukan proyek APBD dan kami tidak menagih pembayaran dari Pemkab. Pembangunan dibiayai panitia, salah satunya dari bantuan rumah ibadah Pemkab sebesar Rp 350.000.000 yang dicairkan dua tahap. Tahap I sudah diterima panitia, sementara tahap II belum cair, padahal laporan penggunaan tahap I sudah disampaikan. Akibatnya panitia belum bisa membayar material dan pekerjaan terhenti sejak awal Juni; tukang sudah kami pulangkan.\nMohon kiranya dapat dijelaskan kepada panitia masjid apa kekurangan berkas pencairan bantuan tahap II dan kapan perkiraan pencairannya, agar pembangunan masjid bisa dilanjutkan sebelum musim hujan.\n\nHormat kami,\nCV Mahakam Karya Mandiri\nAndi Saputra\nDirektur",
    ),
    _E(
        "email",
        "kesra",
        "Perihal: Re: Insentif guru TPA/TPQ Kecamatan Muara Wis\n\nYth. Admin Aduan Setda Kukar,\n\n> Pada Senin, 3 Maret 2025, Admin Aduan menulis:\n> Yth. Bapak, insentif guru ngaji tahun 2025 masih dalam proses pendataan ulang. Mohon menunggu informasi selanjutnya.\n\nTerima kasih atas jawabannya. Namun sekarang sudah bulan Juli dan kami belum juga menerima insentif sejak Januari. Di Forum Komunikasi TPQ Kecamatan Muara Wis ada 43 guru ngaji, kebanyakan ibu-ibu dan bapak-bapak yang mengajar sukarela di langgar dan rumah sendiri, sebagian mengajar sambil menjaring ikan. Pendataan ulang sudah kami ikuti: fotokopi KTP, buku rekening, SK pengurus TPQ dan surat keterangan desa sudah kami serahkan lewat kecamatan pada bulan Maret.\nKami tidak menuntut banyak. Kami hanya ingin tahu apakah nama-nama guru kami sudah masuk data penerima insentif tahun ini, berapa besar insentif per bulan, dan kapan dicairkan. Beberapa guru mulai berhenti mengajar karena merasa tidak dihargai, sayang anak-anak.\n\nWassalam,\nUstadz Hamdani\nKetua FKTPQ Kec. Muara Wis",
    ),
    _E(
        "email",
        "kesra",
        "---------- Pesan terusan ----------\nDari: Hj. Nurhayati\nKepada: Pengurus KBIH An-Nur\nSubjek: Info keberangkatan\n\nBapak/Ibu pengurus, mohon diteruskan ke Pemkab ya, jamaah banyak bertanya.\n----------------------------------\n\nPerihal: Koordinasi pemberangkatan calon jemaah haji Kukar ke embarkasi\n\nYth. Sekretariat Daerah Kabupaten Kutai Kartanegara,\nDengan hormat,\nKami meneruskan pertanyaan jamaah dari KBIH An-Nur Tenggarong. Tahun ini ada 68 calon jemaah haji bimbingan kami dari Tenggarong, Loa Kulu, dan Sebulu, sebagian besar lansia di atas 65 tahun. Sampai hari ini belum ada kepastian jadwal kumpul, titik penjemputan bus dari Kukar ke asrama haji embarkasi Balikpapan, serta apakah ada pendampingan petugas kesehatan daerah selama perjalanan darat. Tahun lalu jamaah kami menunggu lebih dari lima jam tanpa tempat duduk yang cukup, dan dua jamaah lansia sempat pingsan.\nMohon informasi jadwal dan teknis pemberangkatan jemaah haji dari kabupaten, termasuk pembagian kloter per kecamatan, supaya kami bisa menyiapkan jamaah lansia dan keluarganya dengan baik.\n\nHormat kami,\nH. Baharuddin\nKetua KBIH An-Nur Tenggarong",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Katanya Kukar Idaman 😂 beasiswa S1 sy diumumkan lolos bulan November, skrg udh Juni blm cair jg. UKT sy Rp 4.500.000 dibayar pake utang. Mungkin nunggu sy wisuda dulu kali ya baru cair? 🙃 Tolong min, kapan pencairan beasiswa tahap ini?",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Assalamualaikum pian. Ulun pengurus langgar di Muara Muntai Ilir. Atap langgar kami bocor parah, amun hujan jamaah salat di teras haja. Proposal bantuan rumah ibadah sdh ulun antar ke kabupaten bulan Maret, tapi kada jua ada kabar. Kawa lah dicek sampai mana proposal kami? 🙏🕌",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Pak/bu, di kampung kami banyak masalah: harga sembako naik, jalan becek, air PDAM mati. Tp sy tdk minta itu semua diurus lewat sini. Yg sy tanyakan: proposal hibah kelompok pengajian ibu2 Al-Hidayah Desa Sumber Sari sdh masuk sejak Februari, gmn kelanjutannya? 🙏",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Maaf min sy mau curhat 😭 Sy ibu tunggal, suami meninggal 2 thn lalu krn kecelakaan di tambang. Sy jualan gorengan, dpt 50rb sehari kadang kurang. Anak sy juara kelas, baru masuk kuliah di Samarinda. Rasanya sy sdh berjuang sekuat tenaga tp tetap kurang, sering nangis malam2. Anak sy daftar beasiswa kabupaten tp ditolak katanya blm punya IPK krn mhs baru. Mohon ditinjau, apa mhs baru bisa ikut beasiswa jalur kurang mampu?",
    ),
    _E(
        "web",
        "kesra",
        "Kami Karang Taruna Desa Jembayan Tengah, Loa Kulu. Sesuai Perbup tentang tata cara pemberian hibah dan bantuan sosial, proposal hibah kami untuk peralatan olahraga dan kegiatan pemuda sudah kami ajukan pada 6 Januari 2025 lengkap dengan akta, SK kepengurusan dan rekening organisasi. Kami tidak mempermasalahkan isi peraturannya. Yang kami tanyakan hanya: apakah proposal kami sudah diverifikasi, sudah masuk tahap mana, dan kapan tim akan melakukan survei ke lapangan. Nomor registrasi proposal: HB/2025/0317.",
    ),
    _E(
        "web",
        "kesra",
        "Saya mahasiswa S1 di Yogyakarta, asal Desa Kertabuana, Tenggarong Seberang. Kartu keluarga orang tua saya sempat pindah ke Balikpapan selama dua tahun karena pekerjaan ayah, dan sejak 2024 sudah kembali tercatat di Kukar. Apakah saya masih memenuhi syarat beasiswa Pemkab Kukar untuk mahasiswa yang kuliah di luar Kalimantan Timur? Berapa lama minimal harus tercatat sebagai penduduk Kukar? Saya ingin mendaftar pada periode berikutnya.",
    ),
    _E(
        "sms",
        "kesra",
        "Ass.wr.wb. sy marbot masjid di Desa Sungai Payang Loa Kulu. Insentif marbot dr pemkab thn ini blm trima sdh 5 bln. Mohon info kpn cair. Trims",
    ),
    _E(
        "sms",
        "kesra",
        "selamatpagi,gereja kami GKII di kotabangun ajukan bantuan rumahibadah th2024 utk renovasi atap yg bocor,sampe skrg blm ada kabar.mohon dicek pak.trims tuhan memberkati",
    ),
    _E(
        "telegram",
        "kesra",
        "Hi min, quick question 🙏 is there any scholarship from Pemkab Kukar for S2 abroad? Sy dpt LoA dari univ di Australia utk master of public health, tp funding blm ada. Requirements dan deadline nya apa ya? Thx",
    ),
    _E(
        "telegram",
        "kesra",
        "Selamat sore. Sy ketua kelompok nelayan Bina Bahari di Muara Pantuan. Soal mesin kapal dr dinas sdh kami terima, makasih 👍 Skrg yg mau sy tanya lain: anak2 nelayan kami yg lulus SMA mau kuliah, bisa dapat beasiswa kabupaten kah? ada jalur khusus gak utk anak pesisir? 🙏",
    ),
    _E(
        "twitter",
        "kesra",
        "Kafilah MTQ Kukar pulang bawa piala, foto2 rame di medsos 🏆 Tp uang pembinaan qori qoriah dari desa2 sampai skrg blm cair. Piala bisa dimakan kah? 🙃 Mohon kejelasan kapan dibayar. #Kukar",
    ),
]

_HUKUM = [
    _E(
        "email",
        "hukum",
        "PT SINAR MAHAKAM KONSTRUKSI\nJl. Panjaitan No. 21, Tenggarong\n\nPerihal: Permohonan salinan resmi Perda Pajak dan Retribusi Daerah serta Perbup pelaksanaannya\n\nYth. Sekretariat Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nKami perusahaan jasa konstruksi yang sering mengerjakan bangunan gedung swasta di Tenggarong dan Tenggarong Seberang. Saat mengurus persetujuan bangunan gedung untuk ruko klien kami, petugas menyebut tarif retribusi mengacu pada Perda Pajak Daerah dan Retribusi Daerah yang baru beserta Perbup pelaksanaannya. Masalahnya, kami tidak menemukan naskah Perbup tersebut di situs JDIH; tautan unduhan menampilkan pesan error, dan versi Perda yang tersedia masih naskah lama.\nKami perlu kepastian dokumen mana yang berlaku, karena selisih tarifnya memengaruhi penawaran harga kepada klien kurang lebih Rp 27 juta. Ini bukan keberatan atas tender atau proyek pemerintah; kami hanya memerlukan salinan resmi produk hukum daerah yang berlaku.\nMohon kiranya dapat dikirimkan salinan Perda dan Perbup dimaksud, atau tautan di JDIH diperbaiki.\n\nHormat kami,\nIr. Hendra Wijaya\nDirektur",
    ),
    _E(
        "email",
        "hukum",
        "YAYASAN MASJID BAITURRAHMAN\nKelurahan Timbau, Tenggarong\n\nPerihal: Gugatan ahli waris atas tanah masjid yang berasal dari Pemkab\n\nYth. Bapak Sekretaris Daerah Kab. Kutai Kartanegara\n\nAssalamu'alaikum wr. wb.\nDengan hormat,\nMasjid Baiturrahman berdiri di atas tanah milik Pemerintah Kabupaten yang dipinjampakaikan kepada yayasan sejak tahun 2009. Pada 2 Juni 2025 kami menerima relaas panggilan dari Pengadilan Negeri Tenggarong: sekelompok orang yang mengaku ahli waris menggugat yayasan dan Pemerintah Kabupaten Kutai Kartanegara sebagai Tergugat II, serta meminta tanah dikosongkan. Sidang pertama dijadwalkan 19 Juni 2025.\nJamaah sangat resah; ada yang mengusulkan menggalang dana untuk pengacara. Kami tidak meminta bantuan renovasi masjid. Kami mohon arahan dari Pemkab sebagai pihak yang juga digugat: siapa yang akan mewakili Pemkab di persidangan, dokumen apa yang perlu kami siapkan, dan apakah yayasan dapat berkoordinasi dengan kuasa hukum Pemkab agar jawaban gugatan tidak saling bertentangan.\nTerlampir salinan relaas dan surat perjanjian pinjam pakai.\n\nWassalamu'alaikum wr. wb.\nKetua Yayasan,\nH. M. Yusran",
    ),
    _E(
        "email",
        "hukum",
        "Perihal: Re: Permohonan telaah hukum Rancangan Perbup Pelimpahan Sebagian Kewenangan Bupati kepada Camat\n\nYth. Sekretariat Daerah,\n\n> Pada 14 Mei 2025, Sekretariat menulis:\n> Mohon draf dikirim dalam format Word beserta naskah penjelasannya.\n\nSesuai permintaan, bersama ini kami kirimkan kembali draf rancangan Perbup dalam format Word beserta lampiran matriks kewenangan. Draf disusun tim kecamatan setelah rapat dengan para kepala desa se-Kecamatan Samboja.\nAda beberapa hal yang kami mohonkan telaah hukumnya sebelum draf diajukan resmi: (1) apakah camat boleh menandatangani rekomendasi izin keramaian dan surat keterangan tanah tertentu atas nama bupati; (2) apakah pelimpahan kewenangan cukup diatur dengan Perbup atau perlu Keputusan Bupati; dan (3) apakah ada pertentangan dengan Perda yang sudah ada tentang kecamatan. Kami khawatir keliru dan menimbulkan masalah hukum di kemudian hari.\nMohon kiranya dapat dijadwalkan konsultasi atau diberikan catatan tertulis atas draf ini.\n\nHormat kami,\nSekretaris Kecamatan Samboja\nDrs. Agus Priyanto",
    ),
    _E(
        "email",
        "hukum",
        "-----Pesan yang diteruskan-----\nDari: Kepala Desa Sidomulyo\nTanggal: 8 Agustus 2025\nPerihal: Warga kami butuh pendampingan hukum\n\nMohon dibantu, ini warga kami yang tidak mampu.\n-----\n\nPerihal: Permohonan bantuan hukum bagi warga tidak mampu\n\nYth. Pemerintah Kabupaten Kutai Kartanegara,\nDengan hormat,\nSaya Wagiman, warga RT 05 Desa Sidomulyo, Kecamatan Anggana, meneruskan surat kepala desa di atas. Anak saya, Dimas (19 tahun), saat ini ditahan di Polsek karena dituduh ikut dalam perkelahian di acara hiburan desa. Menurut saksi, anak saya justru melerai. Kami keluarga petani dengan penghasilan tidak tetap dan tidak sanggup membayar pengacara; pengacara yang datang ke rumah meminta Rp 15 juta.\nSaya mendengar Pemkab punya program bantuan hukum gratis untuk warga miskin melalui lembaga bantuan hukum. Mohon petunjuk bagaimana cara mendaftar, syarat apa saja yang diperlukan (kami punya SKTM dan terdaftar DTKS), dan apakah anak saya bisa didampingi sebelum berkasnya dilimpahkan ke kejaksaan.\n\nHormat saya,\nWagiman",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Min, raperda sarang burung walet itu dibahas dr jaman sy masih SMA, skrg anak sy udh SMA 😂 Udh disahkan blm sih? Atau nunggu waletnya punah dulu? 🐦 Kami pengusaha walet di Muara Badak butuh kepastian aturannya, tolong info statusnya 🙏",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Assalamualaikum. Ulun warga Loa Janan Ilir. Ulun digugat di pengadilan soal tanah rumah nang sdh ulun diami 20 tahun lawas. Ulun kada punya duit gasan bayar pengacara, gawian ulun cuma buruh. Kawan bepadah pemkab ada bantuan hukum gasan warga kada mampu. Kaya apa caranya? 🙏",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Pak, sy ketua RT 11 Kel. Panji Tenggarong. Ada bbrp hal: 1) lampu jalan gang mati, 2) sampah numpuk depan pasar, 3) sy perlu salinan Perbup ttg insentif & operasional RT yg baru, katanya nominalnya berubah. Yg no 1 & 2 sdh sy lapor ke kelurahan. Tolong yg no 3 aja, file perbup nya dmn? di JDIH blm ada 🙏",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Sy mohon maaf kalau panjang 🙏 sy janda, tinggal sama 3 cucu. Rumah sy di Loa Kulu kena pelebaran jalan, sy blm setuju ganti ruginya krn kecil bgt. Tiap malam sy tdk bisa tidur, takut diusir 😢 Kemarin datang surat dr pengadilan, katanya pemkab titip uang ganti rugi di pengadilan (konsinyasi) dan sy dipanggil sidang tgl 12. Sy tdk ngerti hukum. Sy cuma mau tanya, di pemkab siapa yg bisa sy temui utk urusan perkara ini?",
    ),
    _E(
        "web",
        "hukum",
        "Kami kelompok nelayan Desa Tanjung Limau, Muara Badak. Kami mendengar sudah ada Peraturan Bupati tentang larangan penggunaan alat tangkap tertentu di perairan muara. Di lapangan ada perbedaan pendapat: sebagian nelayan bilang aturan itu masih rancangan. Kami tidak meminta bantuan alat tangkap. Mohon informasi apakah peraturan tersebut sudah ditetapkan dan diundangkan, berapa nomor dan tahunnya, dan di mana kami bisa mengunduh naskah resminya untuk kami sosialisasikan kepada anggota.",
    ),
    _E(
        "web",
        "hukum",
        "Saya mahasiswi Fakultas Hukum sebuah universitas di Makassar, sedang menyusun skripsi tentang pengakuan masyarakat hukum adat di Kalimantan Timur. Saya membutuhkan naskah lengkap Perda Kabupaten Kutai Kartanegara tentang pengakuan dan perlindungan masyarakat hukum adat, beserta naskah akademiknya jika tersedia, namun di JDIH hanya ada abstraknya. Mohon informasi cara memperoleh salinan lengkapnya dan apakah perlu surat pengantar dari kampus.",
    ),
    _E(
        "sms",
        "hukum",
        "Yth admin, situs jdih kukar sdh seminggu tdk bisa dibuka, sy perlu perda ttg penyelenggaraan pendidikan utk bahan rapat di sekolah. Mohon diperbaiki/kirim filenya. Trm ksh",
    ),
    _E(
        "sms",
        "hukum",
        "kamiwarga desa Batuah loajanan,th2021 sdh menang gugatan ganti rugi tanah lawan pemkab sampai MA,tp smp skrg putusan blm dilaksanakan.mohon kejelasan kpn pemkab jalankan putusan",
    ),
    _E(
        "telegram",
        "hukum",
        "Hi min, do you have free legal aid (bantuan hukum) utk warga low income? Sy ditipu dlm jual beli mobil, sdh bayar DP Rp 25jt tp mobilnya gak dikasih. Mau lapor & gugat tp no money for lawyer. Gmn prosedurnya? Thx 🙏",
    ),
    _E(
        "telegram",
        "hukum",
        "Selamat pagi. Kami dari bagian legal salah satu Perusda milik Pemkab Kukar. Kami diminta menyiapkan bahan Raperda penyertaan modal tambahan utk 2026, krn raperda sebelumnya dikembalikan provinsi saat evaluasi. Mohon arahan: konsultasi penyusunan draf & naskah akademiknya dgn siapa? Bisa dijadwalkan minggu ini?",
    ),
    _E(
        "twitter",
        "hukum",
        "Katanya Perbup jam malam pelajar sdh terbit & mulai ditegakkan, tp di JDIH Kukar gak ada sama sekali. Aturan rahasia kah? 🤔 Mohon diunggah supaya ortu bisa baca isinya. #Kukar",
    ),
]

_KERJASAMA = [
    _E(
        "email",
        "kerjasama",
        "HIMPUNAN NELAYAN MARANGKAYU\nSekretariat: Desa Sebuntal, Kec. Marangkayu\n\nPerihal: Kelanjutan kesepakatan Kukar-Bontang soal pendaratan ikan\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nSebagian besar anggota kami, sekitar 240 nelayan, menjual hasil tangkapan ke tempat pelelangan ikan di Kota Bontang karena lebih dekat daripada ke Samarinda. Tahun 2023 kami diberi tahu bahwa Pemkab Kukar dan Pemkot Bontang sudah menandatangani kesepakatan bersama, salah satunya tentang pemanfaatan fasilitas pendaratan ikan bagi nelayan Kukar. Namun di lapangan nelayan kami tetap diperlakukan seperti nelayan luar daerah, dikenai tarif berbeda dan tidak bisa memakai cold storage.\nKami tidak sedang meminta bantuan kapal atau alat tangkap. Kami mohon penjelasan: apakah kesepakatan itu benar ada, apakah sudah ditindaklanjuti dengan perjanjian kerja sama teknis, dan sejak kapan berlaku. Jika masa berlakunya sudah habis, kami berharap kesepakatan diperpanjang dengan memasukkan kepentingan nelayan Marangkayu secara tertulis.\n\nHormat kami,\nLa Ode Sahrul\nKetua Himpunan Nelayan Marangkayu",
    ),
    _E(
        "email",
        "kerjasama",
        "POLITEKNIK AGRO NUSANTARA\nBanjarbaru, Kalimantan Selatan\n\nNomor: 118/PAN/KS/V/2025\nPerihal: Permohonan penjajakan Nota Kesepahaman (MoU)\n\nYth. Bupati Kutai Kartanegara\nc.q. Sekretaris Daerah\n\nDengan hormat,\nPoliteknik Agro Nusantara bermaksud menjajaki kerja sama dengan Pemerintah Kabupaten Kutai Kartanegara di bidang pendidikan, penelitian, dan pengabdian kepada masyarakat. Mulai semester ganjil 2025/2026 kami berencana menempatkan 60 mahasiswa praktik kerja lapangan di sentra padi dan perikanan darat di Kecamatan Kota Bangun dan Muara Muntai, serta melakukan penelitian budidaya ikan di danau.\nKami tidak mengajukan permintaan dana, bibit, maupun bantuan sarana pertanian. Yang kami butuhkan adalah dasar kerja sama resmi berupa MoU dan perjanjian kerja sama turunannya, agar mahasiswa dapat diterima di desa dan data dapat diakses secara sah. Bersama surat ini kami lampirkan draf MoU versi kami.\nMohon informasi mekanisme pengajuan, tahapan pembahasan draf, dan pejabat yang dapat kami hubungi.\n\nHormat kami,\nDr. Ir. Siti Rahmah, M.P.\nWakil Direktur Bidang Kerja Sama",
    ),
    _E(
        "email",
        "kerjasama",
        "Perihal: Re: Pembagian program CSR PT Kaltim Batu Hitam di Kecamatan Sangasanga\n\nYth. Admin Aduan Setda,\n\n> Pada 2 April 2025 Admin Aduan menulis:\n> Untuk dampak kegiatan tambang, silakan laporkan ke instansi lingkungan hidup.\n\nMohon maaf, sepertinya surat kami disalahpahami. Kami tidak melaporkan debu atau lubang tambang. Yang kami sampaikan adalah soal pembagian program tanggung jawab sosial (TJSL/CSR) perusahaan. Di Kecamatan Sangasanga ada lima kelurahan di sekitar operasi PT Kaltim Batu Hitam. Tahun 2024 program CSR berupa bedah rumah, beasiswa, dan bantuan modal UMKM hampir semuanya jatuh ke satu kelurahan, sedangkan Kelurahan Sarijaya yang paling dekat dengan pit hanya mendapat satu paket sembako per KK menjelang Lebaran.\nKami mohon Pemkab, melalui forum CSR kabupaten, meninjau rencana penyaluran CSR 2025 perusahaan tersebut agar dibagi secara adil dan melibatkan musyawarah kelurahan.\n\nHormat kami,\nLurah Sarijaya\nMuhammad Ilham",
    ),
    _E(
        "email",
        "kerjasama",
        "---------- Forwarded message ---------\nFrom: Sekretariat Direksi RS Harapan Sehat Samarinda\nDate: Rab, 9 Jul 2025\nSubject: PKS rujukan pasien Kukar berakhir\n\n(mohon diteruskan ke Pemkab Kukar)\n---------\n\nPerihal: Perpanjangan Perjanjian Kerja Sama layanan rujukan\n\nYth. Sekretariat Daerah Kabupaten Kutai Kartanegara,\nDengan hormat,\nKami meneruskan surat manajemen RS Harapan Sehat Samarinda. Perjanjian kerja sama antara Pemkab Kutai Kartanegara dan rumah sakit kami tentang layanan rujukan pasien dari wilayah hulu Kukar berakhir pada 30 Juni 2025. Sejak itu kami masih menerima beberapa pasien dari Kembang Janggut dan Tabang tanpa dasar perjanjian yang berlaku, sehingga administrasi dan layanan ambulans menjadi tidak jelas.\nKami tidak menagih pembayaran dalam surat ini. Kami mohon informasi apakah Pemkab berkenan memperpanjang perjanjian tersebut, dokumen apa yang perlu kami siapkan untuk pembahasan draf perpanjangan, dan siapa narahubung dari pihak Pemkab.\n\nHormat kami,\ndr. Wahyu Pratama\nDirektur RS Harapan Sehat Samarinda",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "CSR perusahaan sawit di Kec. Kembang Janggut itu sampai ke desa kah kada? atau cuma sampai di baliho & spanduk ulang tahun perusahaan aja? 😂 Desa kami pas di sebelah kebun mereka, tiap tahun katanya ada program TJSL, tp kami gak pernah tau isinya apa. Tolong diminta laporan penyaluran CSR nya ke desa2 🙏",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Pian, bubuhan pemuda Desa Tanjung Batu handak minta bantuan CSR gasan memperbaiki lapangan bola. Kami dengar proposal kada bulih langsung ke perusahaan, harus lewat pemkab. Nang mana kantornya lah? lawas sdh kami menunggu 🙏⚽",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Assalamualaikum, sy guru di salah satu SD di Muara Badak. Mau lapor bbrp hal: banjir tiap hujan, LPG langka, sama CSR perusahaan migas yg janji bangun perpustakaan sekolah thn lalu. Yg sy mau tanyakan cuma yg terakhir: janji CSR perpustakaan itu gmn kelanjutannya? Kepsek sdh tanda tangan berita acara serah terima lokasi 📚",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Maaf sy panjang min 😔 anak sy lulus SMK Teknik thn lalu, sdh kirim lamaran ke mana2, tdk ada panggilan. Tiap hari dia di kamar aja, sy sbg ibu sedih liatnya, takut dia stres. Tetangga bilang ada MoU pemkab sama perusahaan2 tambang & migas utk prioritas tenaga kerja lokal. Benarkah ada perjanjian itu? isinya apa dan gmn anak sy bisa ikut? 🙏",
    ),
    _E(
        "web",
        "kerjasama",
        "Kami CV Wisata Etam Lestari, pengelola paket wisata susur sungai di Tenggarong. Kami ingin mengajukan kerja sama pengelolaan dermaga wisata milik Pemkab di kawasan Pulau Kumala untuk layanan perahu wisata, dengan skema bagi hasil. Ini bukan pendaftaran tender atau pengadaan. Mohon informasi prosedur pengajuan proposal kerja sama dengan pihak ketiga, dokumen yang diperlukan, dan berapa lama proses sampai penandatanganan perjanjian.",
    ),
    _E(
        "web",
        "kerjasama",
        "Saya staf Pemerintah Kabupaten Kutai Barat. Pada Februari 2025 kami telah mengirimkan draf kesepakatan bersama antara Kabupaten Kutai Barat dan Kabupaten Kutai Kartanegara tentang angkutan sungai dan pemanfaatan dermaga di Kota Bangun dan Muara Muntai untuk warga kami yang bepergian ke Samarinda. Sampai sekarang belum ada tanggapan atas draf tersebut. Mohon informasi apakah draf sudah diterima, siapa yang menangani pembahasannya, dan kapan dapat dijadwalkan rapat pembahasan bersama.",
    ),
    _E(
        "sms",
        "kerjasama",
        "Yth Setda, dana TJSL perusahaan migas utk 4 desa di Samboja th 2024 katanya Rp 800jt, tp smp skrg blm disalurkan ke desa. Mohon dicek ke perusahaan. -Ketua BPD Tani Bhakti",
    ),
    _E(
        "sms",
        "kerjasama",
        "mohoninfo,programcsr perusahaan batubara yg di loakulu ada bantuan bedahrumah gk?kami sdh ajukan lewat desa th lalu tp blm ada kabar,kemana lg hrs ditanyakan.trims",
    ),
    _E(
        "telegram",
        "kerjasama",
        "Hello, I'm a lecturer from Universitas Mulawarman. Apakah Pemkab Kukar & fakultas kami sudah punya MoU yg masih aktif? Kami mau kirim mahasiswa magang di kecamatan2 & need a PKS as the legal basis. Who should I contact? Thanks 🙏",
    ),
    _E(
        "telegram",
        "kerjasama",
        "Assalamualaikum. Kami pengurus Masjid Al-Muhajirin Muara Jawa. Kami mau ajukan renovasi masjid lewat dana CSR/TJSL perusahaan migas di sini, tp perusahaan bilang proposal harus lewat forum TJSL kabupaten dulu. Ini bukan bantuan rumah ibadah dari APBD ya pak. Alamat/kontak forum itu dmn? 🙏",
    ),
    _E(
        "twitter",
        "kerjasama",
        "MoU Kukar dgn kota tetangga soal pengelolaan sampah regional ditandatangani 2023, foto2nya keren 📸 Sampai skrg isinya apa & jalan gak? Atau MoU cuma buat dipajang? 🙃 Mohon dibuka progres pelaksanaan kerja samanya. #Kukar",
    ),
]

_PEREKONOMIAN = [
    _E(
        "email",
        "perekonomian",
        "PONDOK PESANTREN DARUL HIKMAH\nDesa Bhuana Jaya, Kecamatan Tenggarong Seberang\n\nPerihal: Pasokan LPG 3 kg untuk dapur santri\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nAssalamu'alaikum wr. wb.\nDengan hormat,\nPondok kami mengasuh 310 santri mukim, sebagian besar anak yatim dan dari keluarga kurang mampu. Dapur umum kami memasak tiga kali sehari dan memerlukan sekitar 45 tabung LPG 3 kg per minggu. Sejak Mei 2025, pangkalan di desa kami hanya mau melayani maksimal 2 tabung per KTP dan menolak surat rekomendasi dari desa, sehingga pengurus terpaksa membeli di pengecer seharga Rp 35.000 hingga Rp 40.000 per tabung. Pengeluaran dapur naik hampir Rp 2,5 juta per bulan.\nKami tidak mengajukan proposal hibah atau bantuan operasional pesantren. Kami hanya memohon agar pemerintah kabupaten dapat mengatur alokasi LPG bersubsidi bagi lembaga sosial seperti pesantren, atau menunjuk pangkalan yang dapat melayani kebutuhan kami dengan harga resmi.\nAtas perhatiannya kami ucapkan jazakumullah khairan.\n\nWassalamu'alaikum wr. wb.\nPimpinan Pondok,\nKH. Mahmud Syarifuddin",
    ),
    _E(
        "email",
        "perekonomian",
        "PEMERINTAH DESA SALO CELLA\nKECAMATAN MUARA BADAK\n\nNomor: 500/112/SC/VIII/2025\nPerihal: Harga LPG 3 kg di pangkalan melebihi HET\n\nYth. Sekretaris Daerah Kab. Kutai Kartanegara\n\nDengan hormat,\nBerdasarkan laporan para Ketua RT dan hasil musyawarah dusun tanggal 4 Agustus 2025, kami sampaikan bahwa dua pangkalan LPG di wilayah Desa Salo Cella menjual tabung 3 kg kepada warga seharga Rp 28.000 hingga Rp 30.000, jauh di atas harga eceran tertinggi. Pangkalan juga hanya buka satu hari setelah truk agen datang, dan sisanya diduga dijual ke pengecer di desa lain.\nSebagai kepala desa, saya sudah menegur pemilik pangkalan, namun mereka beralasan ongkos angkut dari agen naik. Pemerintah desa tidak mempunyai kewenangan mencabut atau mengatur pangkalan.\nKami mohon Pemerintah Kabupaten melakukan pengecekan bersama agen dan Pertamina, menertibkan harga di pangkalan, dan bila perlu menambah pangkalan baru di dusun yang jauh dari jalan poros.\n\nDemikian kami sampaikan, atas perhatiannya diucapkan terima kasih.\n\nKepala Desa Salo Cella,\nAndi Baso",
    ),
    _E(
        "email",
        "perekonomian",
        "Perihal: Re: Solar nelayan di SPBN Sepatin\n\nYth. Admin,\n\n> Pada 10 Oktober 2025, Admin menulis:\n> Terima kasih. Untuk bantuan mesin dan alat tangkap nelayan silakan mengajukan proposal melalui kelompok.\n\nTerima kasih jawabannya, tapi kami tidak sedang meminta mesin atau alat tangkap. Mesin kami sudah ada, yang tidak ada solarnya. Kami ulangi: SPBN di Desa Sepatin, Kecamatan Anggana, sudah tiga minggu tidak menerima kiriman solar bersubsidi. Nelayan terpaksa membeli solar eceran Rp 12.000 per liter, padahal sekali melaut perahu kami perlu 20 sampai 30 liter. Banyak anggota memilih tidak melaut, dan ikan yang masuk ke pengumpul turun drastis.\nKami mohon Pemkab menanyakan kepada penyalur dan Pertamina mengapa kiriman solar ke SPBN kami terhenti, serta memastikan surat rekomendasi pembelian BBM untuk nelayan tetap dilayani dengan harga subsidi.\n\nSalam,\nH. Sulaiman\nKetua Kelompok Nelayan Sinar Laut\nDesa Sepatin",
    ),
    _E(
        "email",
        "perekonomian",
        "----- Pesan Diteruskan -----\nDari: Paguyuban Pedagang Pasar Tangga Arung\nTanggal: 18 Februari 2025\nSubjek: harga beras\n\nTolong teruskan ke Pemkab, pedagang sudah tidak tahan.\n-------------------------------\n\nPerihal: Lonjakan harga beras dan permohonan operasi pasar\n\nYth. Sekretariat Daerah Kabupaten Kutai Kartanegara,\nDengan hormat,\nKami meneruskan keluhan anggota paguyuban. Dalam tiga minggu terakhir harga beras medium dari distributor naik dari Rp 13.500 menjadi Rp 16.000 per kilogram, dan beras premium sudah di atas Rp 18.000. Pembeli berkurang drastis, sebagian beralih ke beras oplosan di pengecer. Pasokan dari Kota Bangun dan Muara Kaman juga tersendat. Menjelang Ramadan kami khawatir harga naik lagi.\nKami mohon Pemkab segera mengadakan operasi pasar atau gerakan pangan murah di Pasar Tangga Arung dan kecamatan sekitar, serta berkoordinasi dengan Bulog agar beras SPHP juga masuk ke pedagang pasar tradisional, bukan hanya ke ritel modern.\n\nHormat kami,\nH. Rahmadi\nKetua Paguyuban Pedagang Pasar Tangga Arung",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "Selamat! LPG 3kg di Samboja skrg resmi jd barang antik 😂 dicari susah, sekali ketemu Rp 45rb. Pangkalan bilang 'habis', pengecer sebelahnya penuh 🙃 Min, tolong lah dicek distribusi LPG di Kel. Sungai Merdeka ini",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "Pian, harga baras di pasar Kota Bangun naik tarus, ulun nang bejualan nasi bungkus kada sanggup lagi. Lawas kada ada operasi pasar di sini. Kawa lah pemkab adakan pasar murah di kecamatan kami? 🙏🍚",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "Pagi min. Di Loa Kulu bnyk masalah: jalan rusak dilewati truk, lampu PJU mati, kabel wifi desa putus. Tp yg paling mendesak & yg sy minta ditangani: antrean pertalite di SPBU Loa Kulu tiap hari 2 jam, krn banyak pengetap pake jerigen. Tolong diatur distribusinya 🙏⛽",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "Min sy mau curhat dikit 😞 sy buka usaha amplang & kerupuk ikan di Muara Badak sejak 2019, dulu rame, skrg sepi bgt. Modal habis, kadang sy mikir tutup aja, malu sama karyawan yg 3 org. Suami bilang sabar aja. Cuma mau tanya: ada gak program pendampingan/pelatihan UMKM atau bazar dr pemkab yg bisa sy ikuti? 🙏",
    ),
    _E(
        "web",
        "perekonomian",
        "Merujuk keputusan bupati tentang harga eceran tertinggi LPG 3 kg, HET di Kecamatan Tenggarong jauh di bawah harga yang kami bayar. Kami tidak mempersoalkan isi keputusan tersebut ataupun meminta revisinya. Yang kami laporkan adalah praktik di lapangan: sebuah pangkalan di Kelurahan Maluhu menjual Rp 30.000 per tabung dan hanya mau melayani pembeli yang sekaligus membeli barang lain di tokonya. Mohon pengawasan distribusi dan penertiban pangkalan tersebut.",
    ),
    _E(
        "web",
        "perekonomian",
        "Saya warga Kota Bontang yang berdagang ikan asin di pasar Kecamatan Marangkayu setiap Kamis dan Minggu sejak 2016. Setelah los pasar yang baru selesai dibangun, pedagang lama dipindahkan, tetapi pembagian los katanya hanya untuk pedagang ber-KTP Kukar, sehingga pedagang luar seperti saya disuruh berjualan di pinggir jalan. Mohon kejelasan pengaturan pembagian los di pasar tersebut dan apakah pedagang dari luar Kukar masih boleh mendapat tempat.",
    ),
    _E(
        "sms",
        "perekonomian",
        "Yth Pemkab, minyakita & minyak goreng kemasan kosong di toko2 Muara Muntai sdh 2 minggu. Kalau ada hrg Rp 22rb/ltr. Mohon dibantu pasokannya. Trims",
    ),
    _E(
        "sms",
        "perekonomian",
        "pangkalanlpg didesa kami tutup trs,bukanya cuma sejam.warga terpaksa beli dipengecer 40rb.tolong ditertibkan pak.desa Jembayan loakulu",
    ),
    _E(
        "telegram",
        "perekonomian",
        "Min, chili & shallot prices are skyrocketing 🌶️ cabe rawit Rp 110rb/kg di pasar Sebulu, bawang merah Rp 60rb. Ada rencana market operation atau pasar murah gak? Inflation is killing us small warung owners 😩",
    ),
    _E(
        "telegram",
        "perekonomian",
        "Selamat malam. Sy karyawan di salah satu Perusda milik Pemkab Kukar (unit usaha kebun & pengolahan). Gaji kami sdh 4 bulan blm dibayar, direksi cuma bilang 'cashflow'. Kami bukan pegawai Setda, tp pemkab kan pemilik perusda. Tolong pemkab sbg pemilik tegur/evaluasi direksi 🙏",
    ),
    _E(
        "twitter",
        "perekonomian",
        "Gula pasir Rp 20rb/kg, telur Rp 2.500/butir di Tenggarong 🥚 Pemkab msh ingat punya tim pengendali inflasi kah? 🙃 #Kukar",
    ),
]

_SDA = [
    _E(
        "email",
        "sda",
        "PENGURUS MASJID JAMI' AT-TAQWA\nDesa Bukit Pariaman, Kecamatan Tenggarong Seberang\n\nPerihal: Retak dinding masjid akibat peledakan tambang batubara\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nAssalamu'alaikum wr. wb.\nDengan hormat,\nMasjid kami dibangun dari swadaya jamaah dan bantuan Pemkab pada 2018. Sejak awal 2025, peledakan di pit tambang batubara milik perusahaan yang berjarak kurang lebih 600 meter dari masjid semakin sering, terutama siang hari menjelang salat Zuhur. Getarannya membuat kaca jendela bergetar dan kini muncul retakan hampir dua meter di dinding mihrab dan leher kubah. Debu batubara juga menempel di karpet dan tempat wudhu setiap hari.\nKami tidak meminta bantuan renovasi. Kami memohon agar pemerintah kabupaten memeriksa dampak kegiatan tambang tersebut, memastikan jarak aman peledakan dipatuhi, dan meminta perusahaan bertanggung jawab atas kerusakan. Jamaah, terutama anak-anak TPA, mulai takut berada di dalam masjid.\nFoto-foto retakan kami lampirkan.\n\nWassalamu'alaikum wr. wb.\nKetua Takmir,\nH. Sarifuddin\nSekretaris,\nAhmad Zaini",
    ),
    _E(
        "email",
        "sda",
        "Perihal: Lubang bekas tambang di belakang sekolah\n\nYth. Sekretariat Daerah Kab. Kutai Kartanegara\n\nDengan hormat,\nSaya kepala sekolah sebuah SD negeri di Desa Sungai Payang, Kecamatan Loa Kulu. Sekitar 150 meter di belakang sekolah kami terdapat lubang bekas tambang batubara yang sudah tergenang air dan dibiarkan terbuka tanpa pagar maupun papan peringatan sejak 2021. Anak-anak sering bermain ke sana sepulang sekolah, bahkan ada yang memancing di pinggirnya. Kita semua tahu sudah ada anak-anak di Kalimantan Timur yang meninggal tenggelam di lubang tambang.\nSekolah sudah memberi peringatan setiap upacara bendera, tetapi kami tidak bisa mengawasi anak di luar jam sekolah. Kami bukan mengajukan pembangunan pagar sekolah atau rehab gedung. Kami mohon pemerintah kabupaten mendesak perusahaan pemilik lubang tambang tersebut untuk menutup atau mereklamasi lubang itu, atau setidaknya segera memasang pagar, papan peringatan, dan penjaga.\nAtas perhatian Bapak/Ibu kami ucapkan terima kasih.\n\nHormat saya,\nSri Wahyuni, S.Pd.\nKepala Sekolah",
    ),
    _E(
        "email",
        "sda",
        "Perihal: Re: Bantuan alat tangkap Kelompok Nelayan Danau Semayang\n\nYth. Admin Aduan,\n\n> Pada 5 Mei 2025 Admin menulis:\n> Usulan bantuan Bapak telah dicatat dan akan diverifikasi.\n\nTerima kasih. Kami ingin menanyakan perkembangan usulan tersebut. Kelompok Nelayan Danau Semayang di Desa Semayang, Kecamatan Kenohan, beranggotakan 25 nelayan. Tahun lalu kami mengusulkan bantuan 25 unit jaring rengge, 10 unit mesin ketinting 13 PK, dan 5 unit keramba. Petugas pernah datang memfoto perahu kami pada bulan Juni, katanya bantuan akan dibagikan pada triwulan III. Sekarang sudah November dan belum ada kabar. Musim air naik sudah mulai, nelayan membutuhkan alat baru karena banyak jaring rusak tersangkut eceng gondok dan kayu hanyut.\nKami mohon kejelasan apakah kelompok kami masuk daftar penerima bantuan alat tangkap tahun ini, dan jika tidak, apa yang harus kami lengkapi.\n\nHormat kami,\nSyahrani\nKetua Kelompok Nelayan Danau Semayang",
    ),
    _E(
        "email",
        "sda",
        "-------- Forwarded Message --------\nSubject: Laporan warga air sungai bau\nDate: Sen, 15 Sep 2025\nFrom: Ketua RT 03 Desa Senoni\n\nPak Kades, ini foto-foto ikan mati di sungai belakang kampung, mohon diteruskan.\n-----------\n\nPerihal: Dugaan pencemaran limbah pabrik kelapa sawit (PKS)\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nBersama ini kami teruskan laporan Ketua RT 03. Sejak pertengahan Agustus 2025, air anak sungai yang melintasi Desa Senoni, Kecamatan Sebulu, berubah hitam pekat dan berbau busuk. Warga menduga kolam limbah pabrik kelapa sawit (PKS) milik perusahaan perkebunan di hulu meluap atau sengaja dibuang ke sungai saat hujan. Ikan di keramba warga mati, dan warga yang mandi di sungai mengeluh gatal-gatal.\nPemerintah desa sudah mendatangi pabrik tetapi hanya ditemui petugas keamanan. Kami memohon pemerintah kabupaten menurunkan tim untuk memeriksa kolam limbah pabrik tersebut, mengambil sampel air, dan menghentikan pembuangan limbah ke sungai.\n\nHormat kami,\nKepala Desa Senoni\nJumadi",
    ),
    _E(
        "whatsapp",
        "sda",
        "Terima kasih perusahaan tambang 🙏 sungai kami di Desa Loa Duri Ilir skrg warnanya coklat susu, gratis tiap hujan 😂 ikan pun males hidup. Pemkab kapan mau turun cek kolam pengendapan mereka? Atau nunggu sungainya jadi jalan hauling sekalian? 🙃",
    ),
    _E(
        "whatsapp",
        "sda",
        "Assalamualaikum pian. Kebun karet ulun di Desa Kupang Baru kena buka lahan bubuhan perusahaan sawit, 2 hektar haja sdh diratakan pakai ekskavator, kada bepadah lawan ulun. Patok lawas ulun dicabut. Tolong pemkab turun tangan lah, perusahaan sawit ni kada tahu aturan 😠",
    ),
    _E(
        "whatsapp",
        "sda",
        "Pak/bu, sy ketua poktan Sido Makmur Desa Karang Tunggal. Mau sampaikan 3 hal: 1) beasiswa anak sy blm cair, 2) LPG mahal, 3) usulan bantuan hand traktor & pompa air utk kelompok kami dari 2024 blm ada kabar. Yg no 1 & 2 sdh sy urus sendiri. Tolong yg no 3 ya 🙏🚜",
    ),
    _E(
        "whatsapp",
        "sda",
        "Sy petani padi di Desa Rempanga, Loa Kulu. Maaf sy curhat dulu 😢 musim ini panen gagal total, sawah kebanjiran 2x, hutang pupuk blm lunas, anak minta uang sekolah. Sy sdh 30 thn bertani baru kali ini rasanya mau nyerah. Yg sy minta cuma satu: bantuan mesin pompa air utk kelompok tani kami, supaya musim depan air bisa dibuang dari sawah 🙏",
    ),
    _E(
        "web",
        "sda",
        "Sesuai aturan lingkungan hidup dan kehutanan, kawasan hutan di hulu Sungai Belayan seharusnya dijaga. Kami tidak meminta perda baru atau konsultasi hukum. Kami melaporkan penebangan kayu liar di sekitar desa kami di Kecamatan Tabang: hampir setiap minggu ada rakit kayu log dihanyutkan ke hilir pada malam hari, dan bukit di belakang kampung sudah gundul. Mohon pemerintah kabupaten mengoordinasikan penghentiannya dengan instansi kehutanan dan aparat.",
    ),
    _E(
        "web",
        "sda",
        "Kami dari sebuah LSM lingkungan di Jakarta yang memantau kualitas udara di pesisir Kalimantan Timur. Pada 3-7 Maret 2025 kami mencatat konsentrasi PM2.5 yang sangat tinggi di permukiman Kelurahan Muara Jawa Pesisir, yang berdekatan dengan stockpile dan jetty batubara. Warga melaporkan debu hitam masuk ke rumah dan anak-anak batuk berkepanjangan. Kami mohon pemerintah kabupaten menindaklanjuti pencemaran debu tersebut kepada pengelola stockpile; kami bersedia menyerahkan data pemantauan lengkap.",
    ),
    _E(
        "sms",
        "sda",
        "Lapor, ada pembakaran lahan utk buka kebun sawit di Desa Sungai Bawang Muara Badak. Asap tebal sdh 3 hari, warga sesak. Mohon ditindak. Trm ksh",
    ),
    _E(
        "sms",
        "sda",
        "bantuanmesin ketinting utk kelompok nelayan kami didesa Saliki muarabadak sdh dijanjikan dr thn lalu tp blm sampe,nelayan msh pake dayung.mohon dicek pak",
    ),
    _E(
        "telegram",
        "sda",
        "Hi min, there's illegal mining (PETI) right behind my house in Loa Kulu 😡 excavators kerja malam2, trucks lewat jalan desa tiap malam. Tanah longsor ke kebun tetangga. Can Pemkab do something? Who can stop it?",
    ),
    _E(
        "telegram",
        "sda",
        "Selamat siang. Perusahaan tambang di kampung kami (Kec. Sangasanga) selalu bilang sdh kasih CSR & beasiswa, jadi warga jgn protes. Tp 3 lubang bekas galian mereka dibiarkan terbuka dekat permukiman sejak 2022. Kami bukan minta CSR tambahan. Kami minta lubang itu direklamasi/ditutup. Mohon pemkab tegas 🙏",
    ),
    _E(
        "twitter",
        "sda",
        "Ikan mati mengapung di Sungai Mahakam depan Loa Janan pagi ini 🐟💀 bau menyengat. Ada yg buang limbah kah? Mohon pemkab segera cek sumbernya. #Kukar",
    ),
]

_ADPEM = [
    _E(
        "email",
        "adpem",
        "Kepada Yth.\nPengelola Layanan Aduan Setda Kutai Kartanegara\ndi Tenggarong\n\nPerihal: Jalan usaha tani Desa Beloro sudah rusak sebelum musim panen\n\nDengan hormat,\nKami dari Kelompok Tani Karya Bersama, Desa Beloro, Kecamatan Sebulu. Anggota kami 42 orang, sebagian besar menanam padi sawah dan jagung. Musim tanam kemarin cukup baik walaupun harga pupuk naik dan bantuan handtraktor yang dijanjikan belum datang, tapi itu urusan lain dan sudah kami sampaikan ke dinas.\n\nYang ingin kami adukan adalah jalan usaha tani sepanjang kurang lebih 1,2 km yang dibangun dengan dana APBD Kabupaten tahun 2024. Pekerjaan selesai bulan Oktober, dan sekarang, belum genap empat bulan, cor betonnya sudah pecah di banyak titik, pinggirannya ambrol ke saluran, dan ada bagian yang tebalnya kami ukur hanya sekitar 10 cm, padahal di papan proyek tertulis 15 cm. Truk pengangkut gabah tidak berani lewat.\n\nKami mohon pekerjaan ini diperiksa mutunya, dan kontraktor diminta memperbaiki selama masa pemeliharaan masih berjalan. Foto-foto dan salinan papan proyek kami lampirkan.\n\nAtas perhatian Bapak/Ibu kami ucapkan terima kasih.\n\nHormat kami,\nKetua Kelompok Tani Karya Bersama\nSuparman\nHP 0812-5xxx-3341",
    ),
    _E(
        "email",
        "adpem",
        "Perihal: Re: Pembangunan ruang kelas baru SDN 012 Muara Kaman\n\nYth. Admin Layanan Aduan,\n\nDengan hormat,\nTerima kasih atas jawaban sebelumnya. Namun izinkan kami menanyakan kembali karena kondisinya belum berubah.\n\n> Pada 11 Nov 2024, Admin menulis:\n> Pembangunan RKB di sekolah Bapak/Ibu ditargetkan rampung akhir Desember 2024 sesuai kontrak. Mohon bersabar.\n\nSekarang sudah pertengahan Maret 2025. Bangunan dua lokal itu baru sampai dinding dan rangka atap, tidak ada tukang sejak Januari, dan besi-besi dibiarkan berkarat di halaman. Murid kelas IV dan V masih belajar bergantian di perpustakaan, jadwal ujian semester kami kacau, dan guru-guru sudah lelah menjawab pertanyaan orang tua murid. Komite sekolah juga mulai mempertanyakan.\n\nKami tidak meminta apa-apa selain kepastian: apakah pekerjaan ini putus kontrak, diperpanjang, atau akan dilanjutkan tahun ini? Kalau ada jadwal lanjutan, kami ingin tahu supaya bisa mengatur kelas untuk tahun ajaran baru.\n\nDemikian, atas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nKepala SDN 012 Muara Kaman\nRahmawati, S.Pd.",
    ),
    _E(
        "email",
        "adpem",
        "---------- Forwarded message ---------\nDari: Takmir Masjid Nurul Yaqin <takmir.nurulyaqin@gmail.com>\nTanggal: Sen, 3 Feb 2025 09.14\nSubjek: Galian parit depan masjid\nKepada: Ketua RT 14\n\nPak RT, mohon diteruskan ke pemkab, galian parit di depan masjid sudah sebulan ditinggal begitu saja.\n---------\n\nYth. Admin Aduan Setda Kukar,\n\nDengan hormat, saya teruskan pesan pengurus masjid di lingkungan kami, Desa Loa Janan Ulu. Kami tidak sedang meminta bantuan untuk masjid; alhamdulillah pembangunannya sudah cukup dari swadaya jamaah. Masalahnya adalah proyek saluran drainase kabupaten di sepanjang jalan depan masjid. Sejak awal Januari parit sudah digali sedalam kira-kira 1,5 meter, lalu pekerja dan alat berat menghilang. Tidak ada pagar pengaman, tidak ada lampu. Jamaah subuh harus melompati tumpukan tanah, seorang jamaah lansia sudah terperosok minggu lalu, dan kalau hujan air menggenang sampai ke teras masjid.\n\nMohon dicek siapa pelaksananya dan kapan pekerjaannya dilanjutkan, dan sementara itu minta dipasang pengaman. Menjelang Ramadan jamaah pasti bertambah.\n\nTerima kasih.\n\nWassalam,\nH. Abdul Gani\nKetua RT 14, Desa Loa Janan Ulu",
    ),
    _E(
        "email",
        "adpem",
        "Kepada Yth.\nAdmin Layanan Pengaduan Sekretariat Daerah Kabupaten Kutai Kartanegara\n\nPerihal: Permohonan data laporan realisasi fisik pembangunan 2023-2024\n\nDengan hormat,\nSaya dosen pada program studi perencanaan wilayah di sebuah perguruan tinggi swasta di Samarinda. Bersama dua mahasiswa tingkat akhir, kami sedang meneliti keterlambatan proyek infrastruktur di kabupaten-kabupaten penyangga IKN. Kami sudah membaca berita tentang beberapa jembatan dan gedung yang terlambat di Kukar, tapi berita saja tidak cukup untuk kajian akademik.\n\nPerlu kami tegaskan, kami tidak sedang mengajukan kerja sama resmi atau MoU antara kampus dan pemkab. Kami hanya membutuhkan laporan pemantauan kemajuan fisik dan keuangan proyek-proyek yang dibiayai APBD Kukar tahun 2023 dan 2024, atau setidaknya rekap per triwulan: nama paket, lokasi, nilai kontrak, persentase progres, dan keterangan proyek yang terlambat atau terhenti.\n\nSaya sudah mencoba mengajukan lewat PPID, namun diarahkan ke unit yang menyusun laporan pengendalian pembangunan. Mohon petunjuk ke mana surat resmi harus ditujukan dan dokumen apa yang bisa kami peroleh.\n\nTerima kasih atas bantuannya.\n\nSalam hormat,\nDr. Yohanes Pratama, M.T.\nSamarinda\n0853-xxxx-1120",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Jembatan di Desa Sidomukti Muara Kaman udh 2 thn cuma tiang doang 😂 mau dijadiin monumen ya pak? ato objek wisata baru 'Jembatan Setengah Jadi'? 🙃 serius nih, kapan dilanjut pembangunannya??",
    ),
    _E(
        "whatsapp",
        "adpem",
        "assalamualaikum pian, jalan semenisasi di RT 05 Desa Jembayan Loa Kulu nang baru tuntung dibangun bulan tadi sudah retak2 haja 😤 kada sampai 3 bulan. bubuhan kontraktor kada diawasi kah? tolong dicek pang",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Pak mau lapor bbrp hal: 1) gas melon susah di Muara Badak 2) lampu jalan depan sekolah mati 3) sinyal hp jelek 4) proyek peningkatan jln Badak Baru-Tanjung Limau mangkrak dr Agustus, alat berat ditinggal di pinggir jln. yg sy minta tolong ditindaklanjuti no 4 aja pak, yg lain sdh lapor ke tempat lain 🙏",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Pak jujur sy udh capek bgt 😔 tiap hujan rumah kebanjiran, anak sy kmrn kepleset jatuh di depan rumah lututnya robek, istri ngomel trs, tetangga jg pd stress. rasanya kayak ga ada yg peduli sm warga kecil 😢 sy cuma minta tolong satu: proyek saluran drainase di Kel. Loa Ipuh Tenggarong yg ditinggal kontraktor setengah jadi itu dicek & diselesaikan.",
    ),
    _E(
        "web",
        "adpem",
        "Saya pedagang ikan di Pasar Kota Bangun. Kami semua senang ada pembangunan gedung pasar baru dari kabupaten; soal sewa lapak, retribusi, dan harga-harga biar diurus belakangan. Yang saya adukan, gedungnya belum diserahterimakan tapi atapnya sudah bocor di belasan titik dan lantai los ikan sudah retak memanjang. Saluran pembuangan di los basah juga tidak ada kemiringannya, air menggenang. Tolong sebelum serah terima hasil pekerjaan kontraktornya diperiksa dulu, jangan sampai kami pindah ke gedung yang sudah rusak.",
    ),
    _E(
        "web",
        "adpem",
        "Kami Pemerintah Desa Sungai Payang, Kecamatan Loa Kulu. Urusan batas desa dengan desa tetangga dan persiapan pilkades sudah kami koordinasikan dengan kecamatan, jadi bukan itu yang kami tanyakan di sini. Kami menanyakan jembatan penghubung antar-RT di desa kami yang dibangun dengan anggaran kabupaten tahun 2024. Papan proyek menyebut masa pelaksanaan 150 hari mulai Juli, sekarang sudah Februari dan lantai jembatan belum dicor. Warga menanyakan ke kantor desa setiap hari. Mohon informasi progres dan jadwal penyelesaiannya.",
    ),
    _E(
        "sms",
        "adpem",
        "jln aspal di kembangjanggut yg baru diaspal bln lalu udh bolong2 lg,batu2nya lepas.kontraktornya kmn?tlg dicek kualitasnya pak,jgn cm tambal sulam",
    ),
    _E(
        "sms",
        "adpem",
        "Gedung pustu di Desa Sungai Meriam Anggana sdh 8 bln tdk dilanjut pembangunannya, tinggal rangka. Mohon info kapan selesai. Trm ksh.",
    ),
    _E(
        "telegram",
        "adpem",
        "Hi admin, the turap project along sungai Mahakam di Tenggarong Seberang progress-nya stuck di ~40% since January. No workers on site, cuma ada papan proyek. Any update on when it will continue? Thx 🙏",
    ),
    _E(
        "telegram",
        "adpem",
        "Apa memang standar jalan kabupaten sekarang cuma tahan 2 bulan? Jalan poros Desa Sebuntal Marangkayu baru selesai November, sekarang sudah bergelombang dan retak. Atau memang sengaja biar tahun depan ada proyek lagi? Mohon diperiksa dan kontraktornya diminta perbaiki.",
    ),
    _E(
        "twitter",
        "adpem",
        "Gedung serbaguna Kec. Kenohan mangkrak, rumput udh setinggi pinggang, kaca pecah semua. Miliaran APBD buat sarang walet? 🙃 Kapan dilanjut nih pembangunannya #Kukar",
    ),
]

_PBJ = [
    _E(
        "email",
        "pbj",
        "Kepada Yth.\nAdmin Layanan Aduan Setda Kabupaten Kutai Kartanegara\n\nPerihal: Cara koperasi tani ikut pengadaan benih dan pupuk\n\nDengan hormat,\nKami pengurus Koperasi Tani Makmur Sejahtera di Desa Bukit Raya, Kecamatan Tenggarong Seberang. Koperasi kami menaungi sekitar 60 petani padi dan hortikultura. Selama ini kami hanya menjadi penerima bantuan benih dan pupuk dari pemerintah, dan terus terang mutunya kadang kurang cocok untuk lahan kami.\n\nTahun ini koperasi kami sudah punya gudang, izin usaha perdagangan benih, dan NPWP badan. Kami ingin ikut menjadi penyedia, bukan penerima. Kami dengar ada paket pengadaan benih padi dan pupuk organik yang akan diumumkan lewat LPSE. Pertanyaan kami: (1) bagaimana koperasi mendaftar sebagai penyedia di LPSE Kukar dan dokumen apa saja yang harus dibawa untuk verifikasi; (2) apakah koperasi boleh ikut tender atau hanya pengadaan langsung; (3) kapan biasanya paket seperti ini diumumkan.\n\nKami tidak meminta bantuan alat atau subsidi, hanya ingin tahu prosedurnya supaya bisa bersaing secara wajar.\n\nTerima kasih.\n\nHormat kami,\nKetua Koperasi Tani Makmur Sejahtera\nWagiman\n0821-xxxx-7765",
    ),
    _E(
        "email",
        "pbj",
        "Nomor: 017/CV-MK/III/2025\nLampiran: 1 berkas\nPerihal: Sanggahan atas hasil evaluasi tender Rehabilitasi Gedung Aula Kecamatan Muara Jawa\n\nYth. Pokja Pemilihan\nKabupaten Kutai Kartanegara\nmelalui Layanan Aduan Setda\n\nDengan hormat,\nKami CV Mahakam Karya, beralamat di Samarinda, peserta tender paket tersebut dengan HPS Rp 1.846.000.000. Dalam pengumuman tanggal 4 Maret 2025, penawaran kami dinyatakan gugur karena 'metode pelaksanaan tidak memenuhi', padahal dokumen kami memuat seluruh tahapan pekerjaan struktur, atap, dan plafon sesuai spesifikasi teknis.\n\nSebaliknya, pemenang menawar 78% dari HPS tanpa klarifikasi kewajaran harga, dan menurut pengamatan kami personel manajerialnya sama dengan yang dipakai di paket lain yang sedang berjalan.\n\nSanggahan ini sudah kami unggah melalui SPSE, namun karena sistem sempat gagal mengunggah lampiran, kami kirim juga salinannya lewat surel ini. Mohon sanggahan kami diterima dan dijawab sesuai ketentuan, serta dilakukan evaluasi ulang.\n\nHormat kami,\nCV Mahakam Karya\nIr. Bambang Sutrisno\nDirektur",
    ),
    _E(
        "email",
        "pbj",
        "Perihal: Re: Verifikasi akun penyedia belum aktif\n\nYth. Admin,\n\nMohon maaf saya menulis lagi.\n\n> Pada 20 Jan 2025 pukul 10.02, Admin Aduan menulis:\n> Untuk aktivasi akun penyedia, silakan membawa dokumen asli (akta, NIB, NPWP, KTP pemilik) ke layanan verifikasi pada hari kerja.\n\nSesuai arahan tersebut, pada 22 Januari saya sudah datang membawa seluruh dokumen asli dan petugas sudah memeriksa serta memfotokopinya. Saya diberi tahu akun akan aktif dalam 1-3 hari kerja. Sekarang sudah tiga minggu, status akun di SPSE masih 'menunggu verifikasi', dan saya tidak bisa mendaftar pada paket pengadaan makan minum yang penutupannya tanggal 18 Februari.\n\nUsaha kami kecil, katering rumahan di Tenggarong Seberang dengan lima karyawan, dan ini pertama kali kami mencoba ikut pengadaan pemerintah. Rasanya sayang kalau kesempatan lewat hanya karena akun belum diaktifkan.\n\nMohon bantu dicek status akun atas nama UD Dapur Bunda, NIB 9120xxxxxxx.\n\nTerima kasih banyak.\n\nSalam,\nNurhayati\nUD Dapur Bunda",
    ),
    _E(
        "email",
        "pbj",
        "---------- Pesan terusan ----------\nDari: Sekretaris Asosiasi Perajin Tenggarong\nSubjek: soal e-katalog\n\nBu, tolong tanyakan ke Setda, produk kita bisa masuk e-katalog atau tidak.\n----------\n\nYth. Admin Layanan Aduan Setda Kukar,\n\nDengan hormat,\nSaya meneruskan pertanyaan anggota asosiasi kami. Asosiasi Perajin Tenggarong beranggotakan 35 pelaku UMKM: tenun ulap doyo, anyaman rotan, manik-manik, dan batik motif Kutai. Kami sudah beberapa kali ikut pameran UMKM dan pelatihan dari dinas, jadi kami tidak sedang minta pembinaan atau modal.\n\nYang kami tanyakan khusus soal belanja pemerintah. Banyak kantor di Kukar membeli suvenir dan seragam bermotif daerah untuk tamu dan acara, tetapi kami dengar sekarang pembeliannya harus lewat katalog elektronik. Bagaimana caranya produk anggota kami bisa tayang di e-katalog lokal Kukar? Apakah harus berbadan usaha, apakah ada batas minimal stok, dan siapa yang memverifikasi harga yang kami ajukan?\n\nMohon penjelasan, atau jadwal sosialisasi bila ada.\n\nTerima kasih,\nHj. Siti Aminah\nKetua Asosiasi Perajin Tenggarong",
    ),
    _E(
        "whatsapp",
        "pbj",
        "pak LPSE Kukar error trs pas upload dokumen penawaran 😭😭 udh 5x coba, file cm 4MB. deadline jam 16.00 hr ini, paket pengadaan alat kesehatan puskesmas. gmn ini pak, ada nomor helpdesk yg bisa dihubungi?",
    ),
    _E(
        "whatsapp",
        "pbj",
        "wah hebat ya pak, pemenang tender di Kukar kok itu2 aja tiap tahun 🙃 kebetulan bgt ya. Paket pengadaan mebel sekolah 2025 menang lg PT yg sama. Mohon dijelaskan dasar evaluasinya, kami peserta jg tp ga pernah dpt penjelasan knp gugur.",
    ),
    _E(
        "whatsapp",
        "pbj",
        "assalamualaikum, ulun handak umpat lelang pengadaan kursi wan meja sekolah, tapi kada paham caranya daftar akun LPSE. ulun kada pandai komputer jua 😅 ada kah nang bisa mengajari? ulun di Kota Bangun",
    ),
    _E(
        "whatsapp",
        "pbj",
        "ada 3 hal pak: 1) parkir kantor bupati penuh trs 2) honor narasumber sy blm cair 3) pengumuman lelang paket pengadaan genset kantor kecamatan kok tiba2 hilang dr LPSE pdhl sy sdh download dokumennya. yg mendesak no 3 aja dulu pak, gmn status paketnya?",
    ),
    _E(
        "web",
        "pbj",
        "Kami kelompok nelayan di Desa Tanjung Limau, Muara Badak. Kami tahu bantuan kapal nelayan diurus dinas, dan kami tidak sedang minta jatah kapal. Yang kami tanyakan: paket pengadaan kapal fiber 3 GT tahun ini sudah dua kali dinyatakan tender gagal di LPSE. Apakah akan ditender ulang atau diganti cara lain, dan kapan jadwalnya? Beberapa galangan kapal lokal di pesisir Muara Badak sebenarnya siap ikut kalau persyaratannya jelas.",
    ),
    _E(
        "web",
        "pbj",
        "Terus terang saya hampir menyerah. Saya lulusan baru, merintis usaha jasa desain dan percetakan kecil di Loa Janan dengan modal pinjaman keluarga, dan orang-orang bilang jangan mimpi dapat pekerjaan dari pemerintah karena semua sudah ada 'orangnya'. Tiap malam saya ragu apakah keputusan berhenti kerja kantoran itu benar. Tapi saya mau coba sekali lagi lewat jalur yang benar. Pertanyaan saya cuma satu: syarat apa saja supaya usaha perorangan bisa terdaftar dan terverifikasi sebagai penyedia di SPSE Kukar?",
    ),
    _E(
        "sms",
        "pbj",
        "Pak, jadwal pembuktian kualifikasi paket peningkatan jln di Loa Janan diundur tp tdk ada pengumuman di LPSE. Kami peserta mohon kepastian tgl & jamnya.",
    ),
    _E(
        "sms",
        "pbj",
        "sy sdh kirim sanggahan lwt spse tgl 3 tp blm ada jawaban smp skrg,bukannya bts wktu jwb sanggahn 5hr kerja?paket rehab puskesmas samboja.mhn ditindaklanjuti",
    ),
    _E(
        "telegram",
        "pbj",
        "Min, e-katalog lokal Kukar udh open for new vendors blm? Kami supplier ATK & toner dari Balikpapan, mau join etalase. Requirements-nya apa aja ya? Thanks 🙏",
    ),
    _E(
        "telegram",
        "pbj",
        "Paket pengadaan seragam linmas desa se-Kecamatan Sebulu itu ditender atau penunjukan langsung? Kok tiba2 sdh ada pemenang, di LPSE sy cari gak ketemu pengumumannya. Mohon penjelasan metode pemilihannya.",
    ),
    _E(
        "twitter",
        "pbj",
        "Server LPSE Kukar down lagi pas 2 jam terakhir pemasukan penawaran. Kebetulan? 🤔 Mohon perpanjangan jadwal buat paket yg terdampak, kasihan penyedia yg udh siap dokumen.",
    ),
]

_ORGANISASI = [
    _E(
        "email",
        "organisasi",
        "Kepada Yth.\nPengelola Layanan Aduan Setda Kukar\n\nPerihal: Pengurusan izin usaha bengkel yang tidak jelas waktunya\n\nDengan hormat,\nSaya pemilik usaha bengkel alat berat dan jasa angkutan di Tenggarong. Pelanggan kami kebanyakan kontraktor tambang batu bara dan perkebunan sawit, jadi ritme kerja kami ikut musim dan harga batu bara. Bulan November lalu kami mengajukan perubahan izin usaha karena menambah bengkel cabang di Loa Kulu.\n\nSudah hampir empat bulan, berkas kami tidak jelas posisinya. Di loket dikatakan menunggu tinjauan lapangan, di telepon dikatakan menunggu tanda tangan, dan minggu lalu petugas lain bilang ada syarat tambahan yang tidak pernah disebut sebelumnya. Di ruang tunggu tidak ada papan informasi tentang persyaratan, lama proses, maupun biaya. Saya tidak minta diistimewakan; saya hanya minta kejelasan: apa standar pelayanan untuk izin semacam ini, berapa hari seharusnya, dan ke mana saya mengadu kalau lewat batas waktu.\n\nSemoga ini juga menjadi masukan agar informasi pelayanan dipampang jelas untuk semua pemohon.\n\nHormat saya,\nHendra Wijaya\nCV Mitra Teknik Mahakam",
    ),
    _E(
        "email",
        "organisasi",
        "Perihal: Dimintai uang tanpa kuitansi di kantor camat\n\nYth. Bapak/Ibu pengelola pengaduan,\n\nDengan hormat,\nSaya warga Desa Muara Kembang, Kecamatan Muara Jawa. Pada Selasa, 14 Januari 2025 saya mengurus surat keterangan domisili usaha di kantor camat untuk syarat pinjaman bank. Setelah berkas diperiksa, petugas di meja pelayanan mengatakan surat baru bisa ditandatangani hari itu kalau saya membayar 'uang administrasi' Rp 150.000. Ketika saya tanya dasar aturannya dan minta kuitansi, petugas hanya bilang 'biasanya begitu', dan kalau tidak mau, surat selesai minggu depan.\n\nSaya bayar karena terdesak. Belakangan tetangga saya mengaku dimintai hal serupa untuk surat pengantar nikah. Setahu saya layanan seperti ini gratis.\n\nSaya tidak mempersoalkan camat ataupun urusan pemerintahan desa kami. Saya mohon praktik pungutan di meja layanan itu diperiksa dan dihentikan, dan papan tarif resmi dipasang supaya warga tahu mana yang gratis dan mana yang tidak.\n\nIdentitas saya mohon dirahasiakan.\n\nHormat saya,\nWarga Muara Jawa\n(nama dan nomor HP terlampir terpisah)",
    ),
    _E(
        "email",
        "organisasi",
        "Perihal: Re: Survei kepuasan di loket pelayanan\n\nYth. Admin,\n\n> Pada 5 Feb 2025, Admin menulis:\n> Terima kasih. Survei kepuasan masyarakat bersifat anonim dan hasilnya dipublikasikan secara berkala.\n\nTerima kasih balasannya, tapi kenyataan di lapangan berbeda. Kemarin, 10 Februari, saya kembali ke kantor Disdukcapil di Tenggarong dan diminta mengisi survei di tablet. Formulirnya mewajibkan NIK dan nomor HP sebelum bisa dikirim, dan petugas yang baru saja melayani saya berdiri di sebelah sambil menunggu. Bagaimana mungkin orang berani memberi nilai 'tidak puas' dalam kondisi seperti itu? Jangan heran kalau nilainya selalu bagus.\n\nSaya juga sudah mencari hasil survei tahun lalu di situs resmi dan tidak menemukannya.\n\nUsul saya sederhana: hapus kolom identitas, letakkan tablet di tempat yang tidak diawasi petugas, dan umumkan hasil serta tindak lanjutnya. Mohon kejelasan apakah masukan ini akan ditindaklanjuti.\n\nSalam,\nAndi Firmansyah\nTenggarong",
    ),
    _E(
        "email",
        "organisasi",
        "---------- Forwarded message ---------\nDari: Ketua RT 22 Kelurahan Sukarame\nTanggal: Kam, 6 Mar 2025\nSubjek: Fwd: berkas warga hilang\n\nMohon dibantu, ini keluhan warga saya.\n\n---------- Pesan asli ----------\nDari: Fitriani\n\nPak RT, berkas akta kelahiran anak saya yang saya serahkan bulan Desember ternyata hilang di kantor. Saya disuruh mengulang dari awal. Waktu pertama, petugas bilang cukup surat keterangan lahir dan KK; sekarang petugas lain minta buku nikah yang dilegalisir dan dua saksi. Sudah tiga kali saya izin kerja untuk bolak-balik, upah harian saya dipotong. Tidak ada yang bisa menjelaskan siapa yang bertanggung jawab atas berkas yang hilang itu.\n-----------------------------\n\nYth. Admin Aduan Setda Kukar,\n\nDengan hormat,\nKami mohon keluhan ini ditindaklanjuti: berkas warga hilang tanpa penjelasan dan persyaratan berubah-ubah tergantung petugas yang melayani. Mohon agar persyaratan resmi dipampang di loket dan ada cara bagi warga untuk melacak posisi berkasnya.\n\nHormat kami,\nKetua RT 22, Kelurahan Sukarame, Tenggarong",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "Hebat ya pelayanan di Disdukcapil Tenggarong 👏 di papan loket buka jam 8, petugasnya dtg jam 9.30 sambil nenteng kopi ☕, antrian udh sampe luar pintu. Mohon jam pelayanannya ditepati pak, kami jg kerja.",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "ulun disuruh bayar 200 ribu gasan urus surat keterangan tanah di kantor desa, kada dibari kuitansi. itu resmi kah? bubuhan tetangga jua kena. ulun di Muara Muntai 🙏",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "Pak maaf curhat dikit 😞 sy ibu tunggal, kerja serabutan, anak sy mau daftar sekolah butuh akta. udh 3x ke kantor capil, tiap dtg disuruh balik lg, kadang sistem, kadang pejabatnya cuti. sy malu ditanya gurunya trs, rasanya kayak ga dianggap 😢 sy cuma mau tau sebenarnya standar waktu bikin akta kelahiran brp hari?",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "mau lapor: 1. jln depan rmh rusak 2. lampu jln mati 3. petugas pendaftaran puskesmas Sebulu judes bgt & nomor antrian gak jelas, org yg kenal petugas didahulukan. yg sy laporkan no 3 aja pak, yg lain nanti.",
    ),
    _E(
        "web",
        "organisasi",
        "Saya sudah mencoba menghubungi nomor pengaduan yang tercantum di situs beberapa dinas di Kukar: dinas perizinan, dinas kependudukan, dan dinas sosial. Dari lima nomor, tiga tidak aktif, satu tidak pernah diangkat, dan satu nomor WhatsApp hanya centang satu sejak dua minggu. Formulir pengaduan di salah satu situs malah menampilkan pesan error. Kalau kanal pengaduannya saja tidak berfungsi, warga mau lapor ke mana? Mohon agar kontak layanan di tiap kantor diperbarui dan dipastikan ada yang menjawab.",
    ),
    _E(
        "web",
        "organisasi",
        "Antrean di Mal Pelayanan Publik Tenggarong tidak tertib. Saya ambil nomor jam 07.45 dan dapat nomor 23, tapi sampai jam 11 nomor saya dilewati, sementara orang yang datang belakangan dan ditemani seseorang berseragam langsung dilayani di meja belakang. Di parkiran juga ada orang yang menawarkan 'bantu urus cepat' dengan tarif. Tolong sistem antreannya ditegakkan dan praktik calo di situ ditertibkan.",
    ),
    _E(
        "sms",
        "organisasi",
        "Pak sy urus PBG rmh di Tenggarong Seberang sdh 4 bln blm kelar,tiap tanya jawabnya beda2.Standarnya brp lama sih?sy sdh lengkapi smua syarat",
    ),
    _E(
        "sms",
        "organisasi",
        "Petugas kantor kelurahan Melayu minta uang rokok 50rb utk tanda tangan surat pengantar SKCK. Mohon ditindak, sy ada rekamannya.",
    ),
    _E(
        "telegram",
        "organisasi",
        "Honestly disappointed sm pelayanan di kantor Disnaker Kukar. No queue system, no info board ttg requirements, kartu kuning aja sy 3x bolak-balik krn syaratnya beda2 tiap petugas. Please fix the service standard, kasian pencari kerja.",
    ),
    _E(
        "telegram",
        "organisasi",
        "Apakah kotak saran di kantor kecamatan Loa Janan itu cuma hiasan? 🤔 Sdh 5x sy isi soal loket yg sering kosong di jam kerja, tdk pernah ada tanggapan. Mohon ada yg benar2 menindaklanjuti keluhan pelayanan di sana.",
    ),
    _E(
        "twitter",
        "organisasi",
        "Urus KK di Disdukcapil Kukar: datang jam 7, jam 12 dapat jawaban 'sistem offline, besok lagi'. Minggu ini sdh 2x. Standar pelayanannya dipajang buat apa kalau gak dipakai? 🙃",
    ),
]

_UMUM = [
    _E(
        "email",
        "umum",
        "Kepada Yth.\nPengelola Layanan Aduan Sekretariat Daerah Kabupaten Kutai Kartanegara\n\nPerihal: Permohonan peminjaman ruang pertemuan di kantor bupati\n\nDengan hormat,\nKami Badan Eksekutif Mahasiswa sebuah universitas di Tenggarong berencana menyelenggarakan seminar publik bertema 'Lubang Bekas Tambang dan Keselamatan Anak' pada Sabtu, 26 April 2025, pukul 08.00-13.00, dengan perkiraan 150 peserta: mahasiswa, guru, dan warga sekitar lokasi tambang di Loa Kulu dan Tenggarong Seberang. Narasumber dari akademisi dan organisasi lingkungan sudah kami hubungi sendiri.\n\nKarena aula kampus kami sedang direnovasi, kami bermaksud meminjam salah satu ruang pertemuan di kompleks kantor bupati, lengkap dengan kursi dan pengeras suara bila memungkinkan. Kami tidak mengundang Bupati sebagai pembicara; kami hanya memerlukan tempat.\n\nMohon informasi: ruang mana yang tersedia pada tanggal tersebut, bagaimana prosedur dan syarat peminjamannya, apakah ada biaya atau jaminan, serta jam berapa kami boleh masuk untuk persiapan.\n\nAtas bantuan Bapak/Ibu kami ucapkan terima kasih.\n\nHormat kami,\nKetua BEM\nMuhammad Rizki\n0813-xxxx-4410",
    ),
    _E(
        "email",
        "umum",
        "Perihal: Re: Surat Kepala Desa Teluk Dalam tentang batas desa\n\nYth. Admin Layanan Aduan,\n\n> Pada 3 Mar 2025, Admin menulis:\n> Surat Bapak sudah diterima di kantor bupati pada 27 Februari 2025 dan akan diproses sesuai prosedur.\n\nTerima kasih atas informasinya. Kami tidak menanyakan isi atau penyelesaian persoalan batas desa itu; hal tersebut biarlah ditangani pihak yang berwenang. Yang kami perlukan sekarang adalah kepastian administrasi suratnya. Sampai hari ini kami belum menerima tanda terima ataupun nomor agenda surat masuk, padahal kecamatan meminta kami melampirkan bukti bahwa surat sudah teregistrasi di kantor bupati. Kurir kami waktu itu hanya diminta meninggalkan amplop di meja depan tanpa paraf.\n\nMohon dibantu: dengan nomor agenda berapa surat kami tercatat, dan sudah didisposisikan ke mana? Jika perlu, kami siap mengirim ulang dengan tanda terima resmi.\n\nDemikian, terima kasih.\n\nHormat kami,\nKepala Desa Teluk Dalam\nKecamatan Tenggarong Seberang",
    ),
    _E(
        "email",
        "umum",
        "---------- Forwarded message ---------\nDari: Dedi <dedi.smb@gmail.com>\nTanggal: Min, 9 Feb 2025 19.40\nSubjek: mobil dinas di pantai\n\nBang, ini foto tadi siang di Pantai Tanah Merah Samboja. Mobil dinas plat merah, di kacanya ada stiker Sekretariat Daerah Kukar, dipakai bawa rombongan keluarga. Tolong teruskan.\n---------\n\nYth. Admin Aduan Setda Kukar,\n\nSaya teruskan laporan kawan saya beserta foto terlampir. Kendaraan itu jenis MPV warna hitam, nomor polisi KT 1xxx xx, parkir di area pantai dari pagi sampai sore hari Minggu, dipakai mengangkut sekitar delapan orang termasuk anak-anak dengan peralatan piknik. Setahu saya kendaraan dinas tidak boleh dipakai untuk keperluan pribadi di hari libur, apalagi bahan bakarnya dibiayai negara.\n\nMohon dicek siapa pemegang kendaraan itu dan bagaimana aturan pemakaiannya, lalu ditertibkan. Saya tidak bermaksud menjatuhkan siapa pun, hanya ingin fasilitas kantor dipakai semestinya.\n\nTerima kasih.\n\nSalam,\nRahmat\nSamboja",
    ),
    _E(
        "email",
        "umum",
        "Kepada Yth.\nPengelola Layanan Aduan Setda Kukar\n\nPerihal: Gerbang belakang kantor bupati dan tumpukan sampah\n\nDengan hormat,\nSaya warga yang tinggal persis di belakang kompleks kantor bupati di Tenggarong, sudah lebih dari 15 tahun. Kami bangga tinggal dekat pusat pemerintahan, dan biasanya lingkungan ini tenang.\n\nNamun dua bulan terakhir, gerbang belakang kompleks sering dibiarkan terbuka sampai tengah malam tanpa penjaga. Anak-anak muda nongkrong di dalam halaman, menyalakan musik keras, dan kemarin pagi ada botol-botol minuman berserakan di dekat gedung. Di sisi yang sama, sampah dari kantor dikumpulkan di bak terbuka dan baru diangkut seminggu sekali; baunya sampai ke rumah kami, apalagi habis hujan.\n\nSaya mohon agar gerbang belakang dikunci atau dijaga pada malam hari, patroli petugas keamanan kantor ditingkatkan, dan pengangkutan sampah di kompleks kantor dibuat lebih sering.\n\nTerima kasih atas perhatiannya.\n\nHormat saya,\nIbu Sarifah\nRT 08, Kelurahan Panji, Tenggarong",
    ),
    _E(
        "whatsapp",
        "umum",
        "pak, sy mau antar surat resmi dr yayasan utk bupati, satpam di pos depan kantor bupati suruh ke gedung A, di gedung A suruh ke belakang, di belakang tutup 😤 sbnrnya surat masuk utk bupati diterima di mana sih? jam brp?",
    ),
    _E(
        "whatsapp",
        "umum",
        "assalamualaikum, ulun dari karang taruna Desa Bukit Pariaman handak pinjam ruang rapat di kantor bupati gasan rapat pengurus tanggal 15 kaina. kaya apa caranya, bayar kah? 🙏",
    ),
    _E(
        "whatsapp",
        "umum",
        "wah toilet lantai 2 kantor bupati keren bgt 👏 airnya mati 3 hari, baunya nyampe ruang tunggu tamu. mungkin biar tamu cepat pulang ya 🙃 tlg diperbaiki lah pak",
    ),
    _E(
        "whatsapp",
        "umum",
        "pak ada bbrp: 1. honor sy blm cair 2. jln ke Tabang rusak parah 3. mobil dinas plat merah parkir di trotoar depan kantor bupati tiap pagi, pejalan kaki hrs turun ke jln. yg mau sy lapor skrg no 3 aja, tlg ditertibkan",
    ),
    _E(
        "web",
        "umum",
        "Saya guru SD di Muara Wis. Tanggal 25 November kemarin saya termasuk guru yang diundang ke peringatan Hari Guru di kantor bupati; acaranya meriah dan kami terharu sekali. Sayangnya tas kecil saya berisi dompet, KTP, dan kartu ATM tertinggal di kursi ruang pertemuan lantai dasar. Waktu saya kembali, ruangan sudah dikunci. Apakah ada petugas keamanan atau pengelola gedung yang menyimpan barang tertinggal? Saya harus pulang ke Muara Wis naik kapal, jadi mohon kabar dulu sebelum saya berangkat lagi ke Tenggarong.",
    ),
    _E(
        "web",
        "umum",
        "Ada pohon besar di dalam pagar kompleks kantor bupati, di sisi yang menghadap jalan, yang sudah miring ke arah trotoar. Beberapa dahannya kering dan sudah ada yang jatuh menimpa pagar sampai pagarnya jebol sekitar dua meter. Setiap sore banyak anak sekolah dan pedagang lewat di bawahnya, dan musim angin kencang sudah mulai. Mohon pohonnya dipangkas atau ditebang dan pagar kantor yang rusak diperbaiki sebelum ada korban.",
    ),
    _E(
        "sms",
        "umum",
        "Lampu pagar kantor bupati sisi belakang mati sdh sebulan,gelap bgt mlm hari,rawan maling.Mohon diperbaiki.",
    ),
    _E(
        "sms",
        "umum",
        "Pak sy kurir ekspedisi bawa paket dokumen dinas alamat Setda Kukar,ditolak di pos jaga krn tdk ada yg tanda tangan.Penerimaan surat/paket dinas sbnrnya di mana?",
    ),
    _E(
        "telegram",
        "umum",
        "Hi, the lift in gedung utama kantor bupati has been out of order for two weeks. Kasian yg lansia & disabilitas hrs naik tangga ke lantai 3 buat urusan. Please get it fixed asap 🙏",
    ),
    _E(
        "telegram",
        "umum",
        "Mobil dinas Setda kok dipake antar-jemput anak sekolah tiap pagi ya? Sy liat sendiri di depan sebuah SMP di Tenggarong jam 6.45. Apa itu termasuk tugas dinas? Mohon ditertibkan pemakaiannya.",
    ),
    _E(
        "twitter",
        "umum",
        "Parkiran kantor bupati Kukar penuh terus sama mobil pribadi pegawai, tamu lansia disuruh parkir di pinggir jalan terus jalan kaki jauh 🙄 tolong diatur dong",
    ),
]

_PROKOM = [
    _E(
        "email",
        "prokom",
        "Kepada Yth.\nAdmin Layanan Aduan Setda Kabupaten Kutai Kartanegara\n\nPerihal: Kepastian jadwal kunjungan Bupati ke SDN 005 Kota Bangun\n\nDengan hormat,\nSaya guru kelas VI sekaligus ketua panitia peresmian perpustakaan di SDN 005 Kota Bangun. Perpustakaan ini dibangun dari swadaya orang tua murid dan donasi alumni, dan koleksinya kini lebih dari 2.000 buku. Anak-anak sangat bersemangat; mereka sudah berlatih tari Jepen dan paduan suara untuk penyambutan.\n\nBeberapa minggu lalu kami mendapat kabar lisan dari kecamatan bahwa Bupati dijadwalkan berkunjung dan meresmikan perpustakaan pada Kamis, 15 Mei 2025. Namun sampai sekarang belum ada konfirmasi tertulis. Kami perlu kepastian tanggal dan jam kedatangan, berapa lama beliau akan berada di sekolah, apakah perlu disiapkan sambutan kepala sekolah, serta susunan acara yang harus kami sesuaikan dengan tata acara resmi.\n\nMohon informasi kepada siapa kami harus berkoordinasi.\n\nTerima kasih.\n\nHormat saya,\nDewi Lestari, S.Pd.\nGuru SDN 005 Kota Bangun\n0852-xxxx-9081",
    ),
    _E(
        "email",
        "prokom",
        "Kepada Yth.\nBapak Bupati Kutai Kartanegara\nmelalui Layanan Aduan Setda\n\nPerihal: Undangan Panen Raya Padi Gapoktan Sumber Rejeki\n\nDengan hormat,\nGabungan Kelompok Tani Sumber Rejeki, Desa Manunggal Jaya, Kecamatan Tenggarong Seberang, tahun ini menanam padi varietas unggul di lahan seluas 180 hektare. Berkat saluran irigasi yang diperbaiki warga secara gotong royong, hasil ubinan mencapai 6,2 ton per hektare, tertinggi dalam lima tahun terakhir.\n\nSebagai wujud syukur, kami akan menyelenggarakan Panen Raya pada Rabu, 9 April 2025 pukul 08.00 WITA di hamparan sawah RT 07. Dengan segala kerendahan hati kami mengundang Bapak Bupati untuk hadir dan berkenan memulai panen secara simbolis, sekaligus memberi sambutan kepada para petani.\n\nSurat undangan resmi telah kami kirim, tetapi kami ingin memastikan undangan itu sampai, menanyakan apakah Bapak Bupati berkenan hadir, serta siapa yang dapat kami hubungi untuk koordinasi acara.\n\nAtas perhatian Bapak, kami ucapkan terima kasih.\n\nHormat kami,\nKetua Gapoktan Sumber Rejeki\nSukirno",
    ),
    _E(
        "email",
        "prokom",
        "Perihal: Re: Liputan Peringatan HUT Kota Tenggarong\n\nYth. Admin,\n\n> Pada 10 Sep 2024, Admin menulis:\n> Untuk peliputan, silakan mendaftar melalui formulir akreditasi media paling lambat H-3. Kartu identitas peliputan dapat diambil pada hari H.\n\nTerima kasih. Kami dari media daring lokal yang berbasis di Tenggarong sudah mengisi formulir tersebut pada 12 September, lengkap dengan surat tugas dan kartu pers. Namun pada hari H kemarin, nama kami tidak ada dalam daftar, wartawan kami tidak diberi kartu, dan hanya bisa meliput dari luar tali pembatas. Sementara itu beberapa media lain yang mendaftar belakangan justru masuk area utama.\n\nKami tidak ingin memperpanjang masalah, tetapi mohon kejelasan mekanisme akreditasi media untuk acara-acara resmi pimpinan ke depan, termasuk Hari Jadi Kabupaten dan Erau. Kami juga meminta salinan naskah sambutan Bupati pada acara kemarin untuk kelengkapan berita.\n\nHormat kami,\nRedaksi Kabar Mahakam Online\nAgus Riyanto\nPemimpin Redaksi",
    ),
    _E(
        "email",
        "prokom",
        "---------- Forwarded message ---------\nDari: Corporate Secretary PT Sinar Bara Kutai\nKepada: External Relations\nSubjek: Jadwal presentasi reklamasi\n\nTolong pastikan kita bisa bertemu langsung dengan Bupati, bukan hanya dengan dinas teknis.\n---------\n\nYth. Admin Layanan Aduan Setda Kukar,\n\nDengan hormat,\nKami PT Sinar Bara Kutai, pemegang IUP operasi produksi di wilayah Kecamatan Loa Janan. Sejak 2019 kami telah mereklamasi sekitar 140 hektare lahan bekas tambang, termasuk menutup tiga void dan membangun kolam ikan untuk masyarakat sekitar. Program ini sudah kami laporkan ke instansi teknis terkait.\n\nPimpinan perusahaan ingin bersilaturahmi langsung dengan Bapak Bupati untuk memaparkan hasil reklamasi dan rencana pascatambang, kira-kira 30 menit. Surat permohonan sudah kami kirim dua minggu lalu, tetapi belum ada kabar. Mohon informasi bagaimana prosedur mengajukan audiensi dan kemungkinan jadwalnya pada akhir bulan ini.\n\nTerima kasih.\n\nHormat kami,\nManajer Hubungan Eksternal\nPT Sinar Bara Kutai",
    ),
    _E(
        "whatsapp",
        "prokom",
        "min, akun IG resmi bupati kok postingan kunjungan ke Muara Muntai kmrn salah caption 😅 desa kami Muara Muntai Ilir ditulis Muara Muntai Ulu. warga pd protes di komen. tlg diralat ya min 🙏",
    ),
    _E(
        "whatsapp",
        "prokom",
        "assalamualaikum pian, ulun ketua adat di Kembang Janggut, handak menghadap bupati gasan menyampaikan aspirasi bubuhan warga. kaya apa caranya audiensi? sudah lawas ulun menunggu kabar, surat sudah dikirim bulan tadi 🙏",
    ),
    _E(
        "whatsapp",
        "prokom",
        "wah pak bupati rajin ya hadir ke acara kecamatan sebelah 👏 undangan kami utk malam puncak 17an udh 3x dikirim gak ada kabar, mungkin suratnya nyasar ke sungai 🙃 serius pak, gmn status undangan kami? acaranya tgl 17 Agustus di Kel. Sangasanga Dalam",
    ),
    _E(
        "whatsapp",
        "prokom",
        "pak sy mau tanya bbrp: 1. jln rusak di desa 2. LPG langka 3. sekolah kami mau buat buku kenangan 50 thn, mau minta sambutan tertulis dr bupati. no 1 & 2 sdh sy lapor ke desa, yg sy tanya di sini no 3 aja, gmn prosedurnya?",
    ),
    _E(
        "web",
        "prokom",
        "Kami redaksi tabloid mingguan di Samarinda yang rutin memuat berita daerah Kukar. Pada peresmian dermaga di Anggana hari Senin, Bupati menyampaikan pidato penting tentang angkutan sungai, namun rekaman wartawan kami tidak jelas karena hujan. Kami mohon siaran pers resmi dan transkrip sambutan Bupati pada acara tersebut, serta kontak humas pimpinan yang bisa dihubungi untuk konfirmasi kutipan sebelum terbit Jumat ini.",
    ),
    _E(
        "web",
        "prokom",
        "Maaf kalau pesan ini panjang dan campur aduk, saya masih terharu. Anak saya, 13 tahun, dari Desa Loa Kulu Kota, menjadi juara 1 tilawah anak di MTQ tingkat nasional bulan lalu. Dia berlatih sejak umur tujuh, setiap subuh, di langgar kecil dekat rumah, dengan guru ngaji yang tidak pernah minta bayaran. Ayahnya sudah meninggal, jadi saya membesarkannya sendiri. Waktu namanya dipanggil, saya menangis di depan televisi. Anak saya punya satu keinginan: bersalaman dengan Bupati. Bolehkah kami mengajukan waktu untuk bertemu beliau, walau sebentar? Bagaimana caranya?",
    ),
    _E(
        "sms",
        "prokom",
        "Pak, upacara HUT RI di halaman kantor bupati mulai jam brp & peserta hrs hadir jam brp? Kami kontingen pelajar dr Tenggarong Seberang perlu atur bus.",
    ),
    _E(
        "sms",
        "prokom",
        "mhn info apakah pakbupati jd hadir di peresmian masjid ds.jembayan tgl 20?panitia hrs siapkan apa sj utk penyambutan,sambutan beliau brp menit?",
    ),
    _E(
        "telegram",
        "prokom",
        "Hello, we're a Jakarta-based production house making a documentary on the Erau festival. We'd like to request an interview with the Bupati, sekitar 20 menit, late September. Who should we contact & what's the procedure? Thank you!",
    ),
    _E(
        "telegram",
        "prokom",
        "Kenapa tiap live streaming pidato bupati di kanal YouTube resmi suaranya hilang atau putus2? Apa tdk ada yg cek sebelum tayang? Warga di Tabang yg gak bisa datang cuma bisa nonton dr situ. Mohon diperbaiki.",
    ),
    _E(
        "twitter",
        "prokom",
        "Admin medsos resmi pimpinan Kukar, tolong dong klarifikasi di kolom komentar postingan bupati soal banjir Kenohan, hoaks bantuan 'transfer Rp1 juta' udh nyebar kemana2 😩",
    ),
]

_PERENCANAAN_KEUANGAN = [
    _E(
        "email",
        "perencanaan_keuangan",
        "Kepada Yth.\nPengelola Layanan Aduan Setda Kutai Kartanegara\n\nPerihal: Tagihan buah dan kue untuk rapat yang belum dibayar\n\nDengan hormat,\nSaya pedagang buah dan kue basah di Pasar Tangga Arung, Tenggarong, sudah berjualan hampir 20 tahun. Belakangan harga pisang, jeruk, dan telur naik turun tidak karuan, pembeli berkurang, dan retribusi lapak tetap harus dibayar. Kami pedagang pasar hidup dari perputaran uang harian.\n\nPada bulan Desember 2024, seorang staf Sekretariat Daerah memesan buah potong dan kue untuk rapat-rapat akhir tahun sebanyak enam kali. Semua pesanan sudah saya antar ke kantor bupati dan diterima, dengan nota yang ditandatangani penerima. Total tagihan Rp 7.850.000. Waktu itu saya dijanjikan dibayar paling lambat pertengahan Januari.\n\nSekarang sudah bulan Maret, belum ada pembayaran. Staf yang memesan bilang berkas sudah diserahkan ke bendahara dan tinggal menunggu. Saya mohon kejelasan kapan tagihan ini dibayar, dan apakah ada kekurangan berkas dari pihak saya.\n\nTerima kasih.\n\nHormat saya,\nHj. Masitah\nPedagang Pasar Tangga Arung\n0811-xxxx-2230",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Perihal: Honorarium narasumber bimtek penyusunan SOP, 18-19 November 2024\n\nYth. Admin Layanan Aduan Setda Kukar,\n\nDengan hormat,\nSaya dosen ilmu administrasi di sebuah universitas negeri di Samarinda. Pada 18-19 November 2024 saya diundang menjadi narasumber bimbingan teknis penyusunan standar operasional prosedur bagi staf Sekretariat Daerah, bertempat di Tenggarong. Acaranya berjalan baik, pesertanya antusias, dan saya senang bisa berbagi.\n\nSaat itu panitia meminta saya mengisi daftar hadir, tanda terima honorarium, fotokopi NPWP, dan nomor rekening. Dijelaskan bahwa honor dan penggantian transport akan ditransfer dalam dua minggu. Hingga hari ini, hampir empat bulan kemudian, belum ada transfer, dan nomor panitia yang saya hubungi tidak lagi aktif.\n\nSaya tidak bermaksud mempersoalkan besarannya. Saya hanya mohon dicek apakah pembayaran honorarium tersebut sudah diproses, atau apakah masih ada dokumen yang kurang dari pihak saya.\n\nTerima kasih atas perhatiannya.\n\nSalam hormat,\nDr. Ratna Kusuma, M.Si.\nSamarinda",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Perihal: Re: Pembayaran termin akhir pekerjaan renovasi ruang rapat\n\nYth. Admin,\n\n> Pada 14 Jan 2025, Admin menulis:\n> Pembayaran akan diproses setelah verifikasi SPJ dan dokumen serah terima selesai. Mohon ditunggu.\n\nTerima kasih. Sekadar mengingatkan, pekerjaan renovasi ruang rapat di lingkungan Sekretariat Daerah (penggantian plafon, instalasi listrik, dan pengecatan) sudah selesai 100% dan berita acara serah terima ditandatangani 20 Desember 2024. Pejabat pembuat komitmen sudah memeriksa hasil pekerjaan tanpa catatan. Jadi kami tidak sedang membicarakan mutu pekerjaan; ruangannya bahkan sudah dipakai rapat sejak Januari.\n\nYang belum selesai adalah pembayaran termin akhir sebesar Rp 186.400.000. Sudah lebih dari dua bulan sejak jawaban di atas. Kami perusahaan lokal dari Loa Janan; tukang dan toko bangunan terus menagih kami.\n\nMohon informasi posisi berkas kami saat ini dan perkiraan tanggal pembayarannya.\n\nHormat kami,\nCV Karya Bersama Loa Janan\nSugeng Hartono\nDirektur",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "---------- Forwarded message ---------\nDari: Staf Setda (nama disamarkan)\nTanggal: Rab, 7 Mei 2025\nSubjek: TPP belum masuk\n\nMbak, tolong sampaikan ke layanan aduan ya, saya sungkan kalau langsung.\n---------\n\nYth. Admin Layanan Aduan,\n\nDengan hormat,\nSaya meneruskan keluhan rekan-rekan pegawai di lingkungan Sekretariat Daerah. Tambahan penghasilan pegawai (TPP) untuk bulan Maret dan April 2025 belum kami terima, padahal teman-teman di beberapa dinas lain sudah menerimanya sejak pertengahan April. Banyak di antara kami yang punya cicilan rumah dan biaya sekolah anak, dan menjelang tahun ajaran baru ini terasa berat.\n\nKami sudah bertanya ke pengelola kepegawaian di unit masing-masing, dan jawabannya hanya 'masih proses'. Tidak ada penjelasan apakah ada kendala absensi elektronik, penilaian kinerja, atau ketersediaan anggaran.\n\nMohon kejelasan penyebab keterlambatan dan perkiraan kapan TPP tersebut dibayarkan.\n\nTerima kasih.\n\nHormat kami,\nPerwakilan pegawai Sekretariat Daerah\nTenggarong",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "pak sy staf setda, SPPD perjalanan dinas ke Jakarta bln Mei blm diganti smp skrg 😩 udh 2 bln, tiket pesawat & hotel pake uang pribadi hampir 9jt. kwitansi udh lengkap sy serahkan. kpn ya cairnya?",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "assalamualaikum, ulun nang jualan nasi kotak gasan rapat di setda bulan tadi, 3x antar, duitnya balum dibayar lagi. lawas banar ulun menunggu, modal ulun habis haja 😔 kaya apa pian? totalnya Rp 4.200.000",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "Terima kasih ya pak, honor narasumber sy dr acara Setda bln Februari mungkin lg ikut perjalanan dinas keliling dunia 🙃✈️ kapan pulangnya ke rekening sy?",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "kami staf setda, ada bbrp: 1. AC ruang rapat lt 2 rusak 2. parkir penuh 3. SPJ kegiatan kami dikembalikan trs sm verifikator tanpa alasan jelas, udh 3x revisi. yg mau sy tanyakan no 3 pak, apa sbnrnya yg kurang?",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Kami usaha percetakan di Tenggarong Seberang. Untuk peringatan Hari Jadi Kabupaten bulan lalu kami mencetak 40 spanduk, 6 baliho, dan 500 lembar undangan pesanan Sekretariat Daerah, termasuk baliho ucapan selamat bergambar pimpinan. Acaranya meriah dan baliho kami dipuji. Tapi sampai sekarang tagihan kami sebesar Rp 23.600.000 belum dibayar, padahal faktur dan berita acara penerimaan barang sudah diserahkan. Mohon dibantu, kapan pembayarannya?",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Saya CPNS yang baru ditempatkan di Sekretariat Daerah sejak Januari. Saya merantau dari Kota Bangun, ngekos di Tenggarong, dan jujur beberapa minggu terakhir saya sering menangis di kamar. Orang tua di kampung mengira saya sudah hidup enak karena jadi pegawai negeri, padahal saya pinjam uang ke teman untuk makan dan bensin. Saya malu mau cerita ke atasan. Gaji saya dari Januari sampai Maret belum dibayar sama sekali, mohon dicek kenapa.",
    ),
    _E(
        "sms",
        "perencanaan_keuangan",
        "Pak, tagihan sewa tenda & kursi utk acara Setda tgl 17 Juni blm dibayar. Nilai Rp 12.500.000. Nota sdh diserahkan. Mohon info kpn dibayar.",
    ),
    _E(
        "sms",
        "perencanaan_keuangan",
        "honor panitia bimtek setda bln lalu blm masuk rek kami,kt bendahara nunggu SP2D.kpn ya?sdh 5mgg",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "Hi, I'm a freelance MC, hosted an event for Setda Kukar on 5 July. Invoice Rp 3.500.000 masih unpaid sampai skrg. Could you please follow up ke yg berwenang? Thanks 🙏",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "Apakah wajar uang harian perjalanan dinas kami dipotong 30% tanpa penjelasan apa pun? Kami staf Setda yg tugas ke Kembang Janggut minggu lalu. Mohon dijelaskan dasar potongannya.",
    ),
    _E(
        "twitter",
        "perencanaan_keuangan",
        "Sudah 4 bulan tagihan katering rapat di Setda Kukar belum dibayar. UMKM kecil begini disuruh nunggu terus, dapur kami juga butuh modal 🙏",
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
