# ruff: noqa: E501
"""Blind set written 2026-12-08 (fifth of the day) for issue 16: the regency's own people and its partners as complainants: staff of the Secretariat and of other regional offices, honorary staff, village governments and BPD, vendors and contractors, companies, universities, NGOs, associations, religious and youth organisations, writing Nota Dinas, official letters, e-mails, WhatsApp messages to a contact at the Secretariat and web reports; their office, title or trade often belongs to another section's world than what they ask. 15 cases per section; per section 5 email, 4 whatsapp, 3 web, 1 sms, 1 telegram, 1 twitter (60 email, 48 whatsapp, 36 web, 12 each of sms, telegram and twitter).. Written by two helper sessions, six sections each, with the same instructions, and joined into this file unread.

Written without reading config.yaml, routing/ or tests/routing/; each case is labelled only from
the mandates in docs/sections.md.

Scored ONCE, blind, with the rules of main 7ffe33c (this file committed unread in that commit;
after the tuning on 2026-12-08a to 08d), on 2026-12-08 at 02:03 UTC: 173/180 correct = 96.1%
(Wilson 95% interval 92.2%-98.1%), 1 fallback (0.6%). Per channel: email 56/60 = 93.3%, sms
12/12, telegram 11/12, twitter 12/12, web 36/36, whatsapp 46/48.
The errors (index in CASES, label -> got): #15 kesra -> kerjasama, #48 kerjasama -> hukum, #126
organisasi -> perencanaan_keuangan, #133 organisasi -> fallback, #136 umum -> kerjasama, #140 umum
-> kesra, #154 prokom -> umum.
"""

from __future__ import annotations

from tests.routing.case import Case

_PEMERINTAHAN = [
    Case(
        "email",
        "pemerintahan",
        "Perihal: Permohonan fasilitasi penyelesaian status lahan Pustu di perbatasan Desa Sebulu Ilir\n\nYth. Bapak/Ibu Pejabat di Sekretariat Daerah Kab. Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\n\nBersama ini kami sampaikan bahwa bangunan Puskesmas Pembantu (Pustu) yang kami kelola berdiri di atas lahan yang saat ini diakui oleh dua desa, yaitu Desa Sebulu Ilir dan Desa Sebulu Modern. Kepala Desa Sebulu Ilir menerbitkan surat keterangan bahwa lahan tersebut masuk wilayahnya, sementara Pemerintah Desa Sebulu Modern juga mengeluarkan surat serupa dan meminta Pustu dicatat sebagai bagian dari wilayah dan asetnya.\n\nAkibatnya kami kesulitan melengkapi dokumen akreditasi karena alamat dan status tanah harus jelas. Kedua kepala desa sudah dua kali dipertemukan di kantor kecamatan namun belum ada titik temu mengenai garis batasnya, dan patok lama sudah hilang.\n\nKami mohon kiranya Pemerintah Kabupaten dapat memfasilitasi penegasan batas antara kedua desa tersebut sehingga status lahan Pustu menjadi jelas dan pelayanan kesehatan tidak terganggu.\n\nDemikian kami sampaikan, atas perhatian dan kerja samanya kami ucapkan terima kasih.\n\nHormat kami,\n\ndr. Rahmawati\nKepala UPT Puskesmas Sebulu I\nKec. Sebulu",
    ),
    Case(
        "email",
        "pemerintahan",
        "Subject: Pekerjaan jalan lingkungan terhenti krn warga dua desa saling klaim\n\nSelamat siang Bapak/Ibu,\n\nSaya Hendra, direktur CV Mahakam Karya Mandiri, pelaksana semenisasi jalan lingkungan yang dibiayai Dana Desa Bhuana Jaya, Kec. Tenggarong Seberang.\n\nMasalah kami bukan di pekerjaannya. Material sudah di lokasi dan tukang siap. Tapi waktu kami mulai di ujung ruas dekat perbatasan, warga Desa Manunggal Jaya menghentikan pekerjaan karena menurut mereka 300 meter terakhir itu masuk wilayah desa mereka, bukan Bhuana Jaya. Pak Kades Bhuana Jaya bilang itu wilayahnya sesuai peta lama. Patoknya sendiri sudah tidak ada.\n\nKami sebagai pihak ketiga tidak bisa memutuskan siapa yang benar. Kami cuma minta ada kepastian dari pemerintah kabupaten soal batas kedua desa itu supaya kami tidak disalahkan salah satu pihak. Kata Pak Camat sudah dilaporkan ke kabupaten tapi belum ada tindak lanjut.\n\nMohon arahannya.\n\nSalam,\nHendra S.\nCV Mahakam Karya Mandiri\nHP 0812-5xxx-xxxx",
    ),
    Case(
        "email",
        "pemerintahan",
        "Yth. Bapak/Ibu di Setda Kukar,\n\nAssalamualaikum wr. wb.\n\nPerkenalkan, saya Sutrisno, S.Pd, guru PNS di SDN 011 Kota Bangun. Saya didorong oleh tokoh masyarakat Desa Sebelimbingan untuk mencalonkan diri sebagai kepala desa pada pemilihan serentak tahun depan.\n\nYang ingin saya tanyakan:\n1. Apakah PNS boleh ikut mencalonkan diri, dan izin dari siapa yang harus saya kantongi?\n2. Kalau terpilih, apakah saya harus berhenti sebagai guru atau cukup cuti di luar tanggungan negara selama menjabat?\n3. Kapan kira-kira tahapan pemilihan di Kecamatan Kota Bangun dimulai? Di desa kami belum ada informasi apa-apa soal pembentukan panitia.\n\nSaya tidak ingin salah langkah lalu malah digugurkan waktu pendaftaran. Mohon penjelasannya.\n\nWassalamualaikum wr. wb.\n\nHormat saya,\nSutrisno\nNIP 19780412 200501 1 009",
    ),
    Case(
        "email",
        "pemerintahan",
        "---------- Pesan terusan ----------\nDari: Kasi Pemerintahan Kec. Muara Kaman\nTanggal: Senin, 3 Maret\nSubjek: Fwd: Pengaduan BPD Desa Muara Kaman Ulu\n\nSelamat pagi Pak,\nMohon izin meneruskan surat Ketua BPD di bawah ini untuk ditindaklanjuti kabupaten, karena sudah kami mediasi di kecamatan tapi tidak selesai.\n\n> Kepada Yth. Bapak Camat Muara Kaman\n>\n> Dengan hormat,\n> Kami Badan Permusyawaratan Desa (BPD) Muara Kaman Ulu menyampaikan keberatan atas tindakan Kepala Desa yang memberhentikan 7 (tujuh) Ketua RT sekaligus pada bulan lalu dan langsung menunjuk pengganti tanpa musyawarah warga dan tanpa pemberitahuan kepada BPD.\n> Ketua RT yang diberhentikan tidak pernah mendapat teguran sebelumnya, dan sebagian besar diketahui tidak mendukung Kepala Desa pada pemilihan yang lalu. Warga RT 04 dan RT 09 menolak ketua RT baru sehingga surat pengantar warga macet.\n> Kami mohon agar keputusan tersebut ditinjau kembali sesuai aturan yang berlaku.\n>\n> Hormat kami,\n> H. Abdul Kadir\n> Ketua BPD Muara Kaman Ulu\n\nTerima kasih.\nSalam,\nRusdi\nKecamatan Muara Kaman",
    ),
    Case(
        "email",
        "pemerintahan",
        "Perihal: Laporan temuan mahasiswa KKN di Desa Sedulang\n\nKepada Yth.\nSekretariat Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\n\nMenindaklanjuti penempatan mahasiswa KKN Universitas Kutai Kartanegara tahun ini yang dilaksanakan berdasarkan kerja sama dengan Pemkab, kami ingin menyampaikan satu hal yang dilaporkan kelompok KKN di Desa Sedulang, Kecamatan Muara Kaman.\n\nDesa tersebut sudah hampir dua tahun dipimpin penjabat kepala desa dari kecamatan yang hanya datang seminggu sekali. Beberapa perangkat desa mengundurkan diri dan belum diganti, sehingga musyawarah desa hingga penyusunan RKPDes praktis berhenti. Mahasiswa kami pun kesulitan mendapatkan tanda tangan untuk program kerjanya.\n\nWarga berulang kali bertanya kepada mahasiswa kapan akan ada kepala desa definitif, atau setidaknya penjabat yang bisa berkantor penuh di desa. Karena kami tidak berwenang menjawab, hal ini kami teruskan kepada Pemkab.\n\nTerima kasih atas perhatiannya.\n\nSalam hormat,\nDr. Muhammad Ilham, M.Si\nKepala LPPM Universitas Kutai Kartanegara",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "pak maaf ganggu, sy honorer di kantor kelurahan loa ipuh. mau tanya, SK ketua RT 17 sama RT 21 di tempat kami sdh habis dr bulan lalu tp pak lurah blm mau proses pemilihan baru krn katanya nunggu aturan dr kabupaten. warga udh mulai ribut, ada yg mau nyalon ada yg mau ketua lama lanjut. sebenernya aturannya gmn ya pak, pemilihan RT itu yg fasilitasi kelurahan atau warga sendiri? makasih pak",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "Selamat pagi Pak Anton, saya Dewi dari HRD PT Bara Kaltim Sejahtera, dulu kita ketemu waktu sosialisasi di kantor bupati. Mau minta arahan pak. Mess karyawan kami di km 12 arah Jonggon. Karyawan yg mau urus surat domisili disuruh ke Desa Bukit Pariaman, tapi di sana bilang lokasi itu masuk Desa Bukit Raya. Di Bukit Raya dibilang balik lagi ke Bukit Pariaman 🙏 Sdh 3 bulan begini, 40an karyawan gak bisa urus apa2. Sebenarnya lokasi itu masuk desa mana ya pak, dan siapa yg bisa memastikan? Terima kasih banyak pak",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "Assalamualaikum bu, sy bidan desa di Desa Teluk Muda, Kenohan. Maaf mau curhat sekalian nanya. Pak kades kami udh hampir 3 bln gk pernah ngantor, kabarnya sakit dan berobat di Samarinda tp gk ada yg ditunjuk gantikan. Sekdes gk mau tanda tangan krn takut salah. SKTM warga buat berobat, surat pengantar nikah, semua numpuk gk ada yg teken. Kalau kades berhalangan lama gt siapa sih yg berwenang nunjuk pelaksana tugasnya? camat atau bupati? tolong dibantu bu 🙏",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "Siang Pak. Sy Yusuf, yg biasa antar ATK ke kantor bapak 😁 tp kali ini bukan soal kerjaan. Sy kan jg ketua RT 08 di Kel. Jahab. RT sy tinggal 31 KK krn banyak yg pindah ke perumahan baru, sementara RT 09 sebelah malah 180an KK. Ada usulan warga RT dilebur atau ditata ulang batasnya. Prosedurnya gmn ya pak, cukup musyawarah warga terus lapor lurah atau hrs ada SK dr kabupaten? Trims pak",
    ),
    Case(
        "web",
        "pemerintahan",
        "Kami dari Lembaga Pemantau Demokrasi Desa (LPDD) Kukar melaporkan dugaan ketidaknetralan panitia pemilihan kepala desa di Desa Jembayan Tengah, Kecamatan Loa Kulu. Salah satu bakal calon, Sdr. Jumadi, dinyatakan tidak memenuhi syarat dengan alasan fotokopi ijazah SMP tidak dilegalisir, padahal legalisir sudah diserahkan sebelum batas waktu dan ada tanda terimanya. Calon tersebut sudah mengajukan keberatan ke panitia desa tapi ditolak tanpa penjelasan tertulis. Kami meminta panitia tingkat kabupaten meninjau ulang keputusan itu sebelum penetapan calon, karena jika dibiarkan berpotensi memicu konflik antarpendukung. Bukti tanda terima dan foto dokumen dapat kami kirimkan jika diperlukan.",
    ),
    Case(
        "web",
        "pemerintahan",
        "Saya guru di SD filial yang berada di salah satu pulau di kawasan Delta Mahakam. Kampung kami selama ini didata masuk Kecamatan Anggana, tapi sejak tahun lalu warga didatangi aparat dari Kecamatan Muara Jawa yang bilang kampung kami masuk wilayah mereka dan mau mendata ulang penduduk. Warga jadi bingung KTP mau ikut mana, bantuan desa mau ambil di mana, bahkan ada yang didata dua kali. Untuk sekolah juga kami bingung alamat di Dapodik harus ditulis apa. Mohon pemerintah kabupaten memastikan kampung kami sebenarnya masuk kecamatan mana, dan kalau memang ada perselisihan batas tolong diselesaikan supaya warga tidak jadi korban.",
    ),
    Case(
        "web",
        "pemerintahan",
        "Assalamualaikum. Saya ketua Karang Taruna Desa Tani Bhakti, Kec. Loa Janan. Salah satu dusun di desa kami jaraknya hampir 15 km dari kantor desa, jalannya lewat jalan hauling dan kalau hujan tidak bisa dilewati. Penduduknya sudah lebih dari 1.500 jiwa. Warga dan tokoh masyarakat sepakat ingin mengusulkan dusun ini berdiri jadi desa sendiri. Kami mau tanya apa saja syaratnya, berapa lama prosesnya, dan usulannya lewat kepala desa dulu atau bisa langsung ke bupati? Kami dengar ada moratorium, apa benar? Terima kasih.",
    ),
    Case(
        "sms",
        "pemerintahan",
        "PAK HASIL SELEKSI PERANGKAT DESA SEBULU ULU SDH DIUMUMKAN 4 BLN LALU TP KADES BLM JG MELANTIK KATANYA MAU PAKAI ORANG LAIN. SY SALAH SATU YG LULUS. MOHON DIBANTU. RUSLI",
    ),
    Case(
        "telegram",
        "pemerintahan",
        "Selamat malam pak, saya sopir di kantor camat Muara Muntai, sekalian warga Desa Jantur. Mau lapor, gapura tanda masuk Desa Jantur yg baru dibangun kemarin dibongkar warga Desa Jantur Selatan, katanya gapura itu berdiri di wilayah mereka. Sekarang dua kampung lagi panas, anak2 muda sudah saling tantang. Pak camat lagi dinas luar. Mohon kabupaten turun tangan soal batasnya sebelum terjadi apa2.",
    ),
    Case(
        "twitter",
        "pemerintahan",
        "@kukarkab pemilihan kades di desa kami (kec kembang janggut) udah 3x diundur, kadesnya Pj terus dari 2022. kapan sih jadwal pastinya?? warga butuh pemimpin definitif bukan PJ abadi",
    ),
]

_KESRA = [
    Case(
        "email",
        "kesra",
        "Perihal: Keterlambatan pencairan Beasiswa Kukar Idaman semester genap\n\nYth. Bapak/Ibu Pengelola Beasiswa\nPemerintah Kabupaten Kutai Kartanegara\n\nDengan hormat,\n\nSesuai perjanjian kerja sama penyaluran beasiswa antara universitas dan Pemkab, Bagian Kemahasiswaan Universitas Mulawarman menampung pertanyaan dari mahasiswa asal Kutai Kartanegara yang dinyatakan lolos sebagai penerima tahun ini. Sampai minggu ketiga perkuliahan, dana beasiswa belum mereka terima, sementara batas pembayaran UKT semester genap sudah lewat dan sebagian mahasiswa terancam tidak bisa mengisi KRS.\n\nDaftar 63 mahasiswa penerima yang terdampak kami lampirkan. Kami mohon informasi jadwal pencairannya, agar universitas dapat memberikan dispensasi keterlambatan pembayaran kepada mahasiswa yang bersangkutan.\n\nAtas perhatian Bapak/Ibu kami ucapkan terima kasih.\n\nHormat kami,\nDra. Sri Wahyuni, M.Pd\nKepala Bagian Kemahasiswaan\nUniversitas Mulawarman",
    ),
    Case(
        "email",
        "kesra",
        "Fwd: Menanyakan tindak lanjut proposal Masjid Nurul Huda\n\nPak, ini saya teruskan email dari panitia masjid di desa kami. Mohon bantuannya. - Kades Loa Duri Ulu\n\n-----Original Message-----\nFrom: Panitia Pembangunan Masjid Nurul Huda\nSent: Kamis\nSubject: Menanyakan tindak lanjut proposal\n\nAssalamualaikum warahmatullahi wabarakatuh\n\nBapak yang kami hormati,\nPada bulan Agustus tahun lalu kami telah menyerahkan proposal permohonan bantuan pembangunan Masjid Nurul Huda RT 05 Desa Loa Duri Ulu, Kecamatan Loa Janan, lengkap dengan RAB, akta ikrar wakaf, serta rekomendasi KUA dan kepala desa. Saat itu kami diberitahu proposal akan diverifikasi dan ditinjau ke lapangan.\n\nSampai sekarang belum ada kabar apakah proposal kami diterima atau tidak. Pembangunan masjid terhenti di tahap pemasangan rangka atap karena dana swadaya jamaah sudah habis.\n\nMohon kiranya kami diberi informasi status proposal tersebut.\n\nWassalamualaikum wr. wb.\n\nKetua Panitia,\nH. Syamsuddin",
    ),
    Case(
        "email",
        "kesra",
        "Subject: Bantuan tahap II untuk rehab Gereja Kemah Injil Bangun Rejo\n\nSelamat sore Bapak/Ibu,\n\nSaya Robert, pemborong yang dikontrak oleh Panitia Pembangunan Gereja Kemah Injil di Desa Bangun Rejo, Tenggarong Seberang, untuk pekerjaan rehab atap dan lantai.\n\nPekerjaan sudah kami selesaikan sekitar 80%. Menurut panitia, biayanya bersumber dari bantuan pemerintah kabupaten untuk rumah ibadah yang disalurkan dua tahap. Tahap pertama sudah diterima, tapi tahap kedua katanya tertahan karena laporan penggunaan tahap pertama dianggap belum lengkap. Panitia sudah melengkapi dan menyerahkan ulang sejak dua bulan lalu, namun belum ada kabar.\n\nKarena itu sisa pembayaran saya belum bisa dilunasi panitia dan tukang sudah menagih upah. Saya mohon penjelasan kapan bantuan tahap kedua untuk gereja tersebut bisa disalurkan, atau kekurangan apa lagi yang harus dilengkapi panitia.\n\nTerima kasih.\n\nHormat saya,\nRobert Lumban Gaol\nCV Tiga Saudara",
    ),
    Case(
        "email",
        "kesra",
        "Perihal: Insentif guru ngaji dan marbot Kecamatan Marangkayu belum dibayarkan\n\nKepada Yth.\nSekretaris Daerah Kab. Kutai Kartanegara\nc.q. Kepala Bagian terkait\ndi Tenggarong\n\nDengan hormat,\n\nBersama ini kami sampaikan keluhan para guru TPA/TPQ, guru ngaji kampung, dan marbot masjid se-Kecamatan Marangkayu yang sampai dengan bulan ini belum menerima insentif triwulan I dan II. Data penerima telah kami kirimkan sesuai jadwal pada bulan Januari dan sudah diverifikasi ulang pada bulan April.\n\nHampir setiap minggu ada guru ngaji yang datang menanyakan ke kantor camat. Sebagian dari mereka sudah lanjut usia dan mengajar tanpa imbalan lain.\n\nKami mohon informasi jadwal pembayaran, serta apakah ada perubahan nama penerima yang perlu kami ketahui.\n\nDemikian disampaikan, atas perhatiannya diucapkan terima kasih.\n\nKasi Pemberdayaan Masyarakat Desa\nKecamatan Marangkayu\n\nNurhayati, S.Sos\nNIP 19830715 201001 2 012",
    ),
    Case(
        "email",
        "kesra",
        "Subject: Pertanyaan persiapan kafilah MTQ tingkat kabupaten\n\nAssalamualaikum Pak Hasan,\n\nSaya Ustadz Fauzan, pembina kafilah Kecamatan Tabang. Dari grup WA LPTQ kami dengar MTQ tingkat kabupaten tahun ini akan digelar di Muara Badak. Ada beberapa hal yang ingin kami tanyakan karena kami dari hulu perlu persiapan lebih lama:\n\n1. Apakah tanggal pelaksanaan sudah pasti? Kami harus carter speedboat dan mobil jauh hari.\n2. Penginapan kafilah disiapkan panitia atau masing-masing kecamatan?\n3. Batas usia cabang tilawah anak-anak masih sama seperti tahun lalu? Ada peserta kami yang lahir bulan Juli.\n4. Kapan technical meeting-nya?\n\nMohon maaf banyak pertanyaan, tahun lalu kami sempat tertinggal pendaftaran karena informasinya terlambat sampai ke Tabang.\n\nJazakallah khairan.\n\nWassalam,\nFauzan Ahmad\nPembina Kafilah Kec. Tabang\n0813-4xxx-xxxx",
    ),
    Case(
        "whatsapp",
        "kesra",
        "bu maaf sy honorer di disdikbud, bukan soal kantor ya bu hehe. anak sy baru lulus SMA mau daftar beasiswa kukar idaman jalur kurang mampu, tp web pendaftarannya udh ditutup padahal di pengumuman sampe tgl 30. skrg baru tgl 27 bu. apa ada perpanjangan? atau bs daftar manual? mksh bu 🙏",
    ),
    Case(
        "whatsapp",
        "kesra",
        "Assalamualaikum pak, saya Darmawan staf di Dinas PU. Orang tua saya (bapak & ibu) masuk daftar jemaah haji tahun ini dari Kec. Sangasanga. Mau tanya pak, manasik tingkat kabupaten jadwalnya kapan ya, dan utk keberangkatan ke asrama haji Balikpapan apakah bus disiapkan Pemkab spt thn lalu atau keluarga antar sendiri? Ortu sy sdh sepuh jd kami perlu atur dr skrg. Terima kasih pak",
    ),
    Case(
        "whatsapp",
        "kesra",
        "slmt siang kak, sy ketua remaja masjid al ikhlas di desa sungai payang loa kulu. kami mau ngajuin bantuan hibah utk alat hadroh sm sound system kegiatan pengajian remaja. kemarin ke kecamatan katanya hrs lewat aplikasi e-hibah & organisasinya hrs terdaftar dulu. kami blm punya akta notaris kak. apa bisa tetap ngajuin? trus batas pengajuan utk thn depan kapan? makasih kak",
    ),
    Case(
        "whatsapp",
        "kesra",
        "Selamat pagi Pak. Sy Rina, petugas pendaftaran di Puskesmas Muara Wis. Mau konfirmasi soal program berobat gratis warga kurang mampu yg iuran BPJS nya ditanggung Pemkab. Ada 20an warga Desa Muara Enggelam yg kartunya nonaktif sejak awal tahun, padahal dulu terdaftar. Dinsos bilang datanya dr kabupaten, dinkes bilang bukan mereka. Sebenernya siapa yg koordinasi pendaftaran ulang ya pak, dan apa syaratnya? Kasian ada yg harus dirujuk ke RS.",
    ),
    Case(
        "web",
        "kesra",
        "Kami pengurus Gereja Katolik Stasi Santo Yosef di Kelurahan Sangasanga Dalam. Atap gereja kami bocor parah dan plafon sudah runtuh sebagian sejak musim hujan kemarin, ibadah Minggu terpaksa dipindah ke rumah umat. Kami ingin mengajukan permohonan bantuan perbaikan gereja kepada Pemkab. Mohon informasi syarat-syaratnya, apakah tanah gereja harus sudah bersertifikat atas nama keuskupan, dan apakah pengajuan bisa sepanjang tahun atau ada batas waktunya.",
    ),
    Case(
        "web",
        "kesra",
        "Saya Nadia, alumni SMAN 1 Muara Badak, saat ini diterima di program magister Universitas Gadjah Mada. Saya mendaftar program beasiswa pascasarjana Pemkab Kukar tapi dinyatakan tidak lolos administrasi dengan alasan surat keterangan domisili tidak sesuai format. Padahal surat itu dikeluarkan resmi oleh desa dan sudah dilegalisir camat. Saya sudah mengirim email keberatan ke alamat panitia dua kali namun belum ada jawaban. Mohon berkas saya ditinjau kembali, atau setidaknya saya diberi kesempatan memperbaiki, karena perkuliahan dimulai bulan depan dan saya sangat bergantung pada bantuan ini.",
    ),
    Case(
        "web",
        "kesra",
        "Assalamualaikum. Kami Majelis Taklim Nurul Iman Desa Sumber Sari, Sebulu, anggotanya 60 ibu-ibu. Tahun lalu kami mengajukan proposal bantuan hibah untuk kegiatan pengajian dan pelatihan keterampilan, dan sudah terdaftar di aplikasi. Tapi statusnya sampai sekarang masih menunggu verifikasi dan tidak berubah-ubah. Kami tanya ke kecamatan disuruh tanya ke kabupaten. Mohon dicek status proposal kami, dan kalau ada kekurangan berkas tolong disampaikan supaya bisa kami lengkapi. Terima kasih.",
    ),
    Case(
        "sms",
        "kesra",
        "ass pak sy guru ngaji di desa kedang ipil kota bangun, insentif guru ngaji thn ini kok blm cair ya pak, biasanya bln 6 sdh masuk. trims",
    ),
    Case(
        "telegram",
        "kesra",
        "Selamat siang Bu. Maaf mengganggu. Anak saya juara 1 cabang hifzhil Quran 10 juz pada MTQ kabupaten tahun lalu, utusan Kec. Kenohan. Waktu itu diumumkan uang pembinaan akan ditransfer, tapi sampai sekarang belum masuk. Nomor rekening sudah kami serahkan ke panitia waktu itu. Mohon dibantu dicek ya Bu. Terima kasih.",
    ),
    Case(
        "twitter",
        "kesra",
        "min beasiswa kukar idaman kapan cair sih 😭 UKT udh jatuh tempo minggu depan, ditanya ke kampus katanya nunggu pemkab #kukar",
    ),
]

_HUKUM = [
    Case(
        "email",
        "hukum",
        "NOTA DINAS\n\nKepada : Yth. Sekretaris Daerah Kabupaten Kutai Kartanegara\nDari : Kepala Dinas Perhubungan\nTanggal : 14 Mei\nNomor : 551/412/Dishub-Sekr/V\nSifat : Segera\nLampiran : 1 (satu) berkas\nPerihal : Permohonan telaah Rancangan Peraturan Bupati tentang Penyelenggaraan Parkir\n\n1. Dalam rangka penataan parkir tepi jalan umum di kawasan kota Tenggarong, Dinas Perhubungan telah menyusun Rancangan Peraturan Bupati tentang Penyelenggaraan Parkir sebagaimana terlampir.\n2. Terdapat beberapa hal yang memerlukan pendapat, antara lain: (a) apakah tarif parkir progresif dapat dimuat dalam Perbup atau harus menunggu perubahan Perda Pajak dan Retribusi Daerah; (b) kewenangan penarikan oleh juru parkir mitra; (c) sanksi penggembokan kendaraan.\n3. Sehubungan dengan hal tersebut, mohon kiranya dapat dilakukan telaah serta difasilitasi rapat harmonisasi sebelum rancangan diajukan untuk ditetapkan.\n\nDemikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.\n\nKepala Dinas Perhubungan\n\nttd\n\nIr. Ahmad Yani, M.T.\nNIP 19690310 199503 1 004",
    ),
    Case(
        "email",
        "hukum",
        "Perihal: Pemutusan kontrak sepihak dan rencana upaya hukum\n\nKepada Yth.\nBupati Kutai Kartanegara\nc.q. Sekretaris Daerah\ndi Tenggarong\n\nDengan hormat,\n\nKami, PT Borneo Cipta Konstruksi, adalah penyedia pekerjaan pembangunan gedung serbaguna Kecamatan Muara Jawa tahun anggaran lalu. Kontrak kami diputus sepihak oleh PPK pada progres 72% dengan alasan keterlambatan, padahal keterlambatan disebabkan perubahan desain yang diminta dinas sendiri dan sudah kami laporkan secara tertulis.\n\nAtas pemutusan tersebut perusahaan kami juga dimasukkan ke daftar hitam. Keberatan administratif yang kami ajukan tidak ditanggapi. Melalui surat ini kami sampaikan bahwa kami berencana mengajukan gugatan ke PTUN Samarinda atas penetapan daftar hitam, dan gugatan wanprestasi ke Pengadilan Negeri Tenggarong.\n\nSebelum menempuh jalur tersebut, kami masih membuka kemungkinan penyelesaian di luar pengadilan, dan mohon ditunjuk pejabat atau kuasa hukum Pemerintah Kabupaten yang dapat kami ajak berunding.\n\nHormat kami,\nPT Borneo Cipta Konstruksi\n\nIr. Bambang Susilo\nDirektur Utama",
    ),
    Case(
        "email",
        "hukum",
        "Yth. Bapak/Ibu di Sekretariat Daerah Kukar,\n\nSaya Kepala Desa Bukit Merdeka, Kecamatan Samboja. Melalui email ini saya ingin bertanya sekaligus memohon bantuan untuk salah satu warga kami, Ibu Marlina (45 th), janda dengan tiga anak yang bekerja sebagai buruh cuci.\n\nIbu Marlina saat ini digugat oleh seorang pengusaha dari Balikpapan atas tanah rumah yang ia tempati sejak tahun 1998. Sidang pertama di Pengadilan Negeri sudah dijadwalkan bulan depan. Ia tidak punya uang untuk membayar pengacara dan tidak mengerti proses persidangan.\n\nKami dengar Pemkab punya program pendampingan hukum gratis bagi warga tidak mampu. Bagaimana cara mengaksesnya, dan dokumen apa saja yang perlu kami siapkan dari desa? SKTM sudah bisa kami terbitkan.\n\nTerima kasih atas bantuannya.\n\nSalam,\nSyahrani\nKepala Desa Bukit Merdeka",
    ),
    Case(
        "email",
        "hukum",
        "Subject: Permohonan salinan Perda dan Perbup yang tautannya rusak\n\nYth. Bapak/Ibu,\n\nDengan hormat, kami dari Pusat Studi Hukum Daerah Fakultas Hukum Universitas Kutai Kartanegara sedang meneliti produk hukum daerah di bidang pertanahan dan masyarakat adat, sebagai bagian dari penelitian bersama yang didukung nota kesepahaman antara universitas dan Pemkab.\n\nKami mendapati beberapa dokumen di situs JDIH Kukar tidak dapat diunduh, antara lain Perda tentang Pengakuan dan Perlindungan Masyarakat Hukum Adat beserta dua Perbup pelaksanaannya. Selain itu, beberapa Perbup tidak mencantumkan status apakah masih berlaku atau sudah dicabut.\n\nMohon kiranya dapat dikirimkan salinan dokumen tersebut beserta keterangan status berlakunya, dan tautan di situs dapat diperbaiki.\n\nAtas bantuannya kami ucapkan terima kasih.\n\nSalam,\nDr. Aji Bayu, S.H., M.H.\nKetua Pusat Studi Hukum Daerah\nFH Unikarta",
    ),
    Case(
        "email",
        "hukum",
        "Perihal: Masukan atas Rancangan Perda tentang Tanggung Jawab Sosial dan Lingkungan Perusahaan\n\nKepada Yth.\nPemerintah Kabupaten Kutai Kartanegara\nu.p. Tim Penyusun Raperda\n\nDengan hormat,\n\nKami, PT Agro Sawit Mahakam, yang beroperasi di Kecamatan Kembang Janggut dan Kenohan, memperoleh informasi bahwa Pemkab sedang menyusun Raperda tentang TJSL yang akan diajukan ke DPRD tahun ini.\n\nSebagai salah satu perusahaan yang akan terikat, kami ingin memberikan masukan, khususnya mengenai: (1) ketentuan besaran minimal dana berbasis persentase laba, yang menurut kami perlu diselaraskan dengan PP 47 Tahun 2012; (2) kewajiban penyaluran melalui rekening forum yang dikelola pemerintah; dan (3) pasal sanksi administratif.\n\nKami mohon diberikan salinan draf terakhir beserta naskah akademiknya, serta diundang dalam konsultasi publik apabila diselenggarakan.\n\nHormat kami,\nPT Agro Sawit Mahakam\n\nLinda Kusuma, S.H.\nManajer Legal & Perizinan",
    ),
    Case(
        "whatsapp",
        "hukum",
        "Assalamualaikum pak, sy Fitri staf kecamatan Tenggarong Seberang. Pak camat dpt relaas panggilan dr PTUN Samarinda, digugat warga soal surat keterangan penguasaan tanah yg diterbitkan thn 2019. Sidang pertama tgl 12. Pak camat minta sy tanya, apa bisa didampingi dr kabupaten & surat kuasanya gmn. Berkas gugatan sdh sy scan, mau sy kirim ke email siapa ya pak? 🙏",
    ),
    Case(
        "whatsapp",
        "hukum",
        "Pak, saya ketua paguyuban pedagang Pasar Tangga Arung. Kemarin petugas pasar narik retribusi kios naik hampir 2x lipat, katanya ada Perbup baru. Kami gak pernah diajak sosialisasi. Boleh minta salinan perbupnya pak, nomor brp tahun brp? Sama mau tanya kenaikan itu sdh resmi berlaku atau masih rancangan. Biar kami gk salah paham ke petugas. Trims",
    ),
    Case(
        "whatsapp",
        "hukum",
        "pak sy ketua RT 03 desa sungai meriam anggana. ada warga sy nelayan, perahunya nabrak tali tongkang batubara & skrg dituntut ganti rugi 150 jt sm perusahaan, udh dpt somasi dr pengacara mereka. warga sy ini org gk mampu pak. ada gk pengacara gratis dr pemkab yg bisa dampingi? mksh",
    ),
    Case(
        "whatsapp",
        "hukum",
        "Selamat siang Bu Ririn. Maaf mengganggu, sy Kepala Puskesmas Loa Janan. Draf Perbup tarif layanan BLUD Puskesmas yg kami ajukan lewat dinkes bulan Maret itu sdh sampai mana ya bu prosesnya? Kami ada catatan revisi di pasal tarif persalinan rawat inap, apa masih bisa disisipkan? Kalau bisa kami minta jadwal rapat pembahasannya. Terima kasih bu",
    ),
    Case(
        "web",
        "hukum",
        "Saya mewakili pedagang kaki lima di sepanjang Jalan Ahmad Yani dan sekitar dermaga Pulau Kumala. Kami membaca di media bahwa Pemkab sedang menyusun Raperda Ketertiban Umum yang salah satu pasalnya melarang berjualan di trotoar dan bahu jalan dalam kota dengan sanksi denda. Kami tidak menolak penataan, tapi kami belum pernah diajak bicara. Kami ingin menyampaikan masukan tertulis sebelum raperda itu dibahas di DPRD, misalnya soal lokasi pengganti dan masa peralihan. Ke mana dan paling lambat kapan masukan itu bisa kami sampaikan? Apakah drafnya bisa dibaca publik?",
    ),
    Case(
        "web",
        "hukum",
        "Kami Kelompok Tani Karya Bersama Desa Bukit Raya, Tenggarong Seberang. Perkara tanah seluas 24 hektare antara anggota kelompok kami dengan Pemerintah Kabupaten, terkait lahan yang dipakai untuk fasilitas pemerintah, sudah diputus Mahkamah Agung dan berkekuatan hukum tetap dua tahun lalu, dengan amar Pemkab wajib membayar ganti kerugian. Sampai hari ini putusan itu belum dilaksanakan. Kami sudah dua kali mengirim surat dan belum dijawab. Kami mohon penjelasan kapan Pemkab akan melaksanakan putusan tersebut dan pejabat siapa yang menangani perkaranya.",
    ),
    Case(
        "web",
        "hukum",
        "Saya mahasiswa Fakultas Hukum Universitas Mulawarman yang sedang menyusun skripsi tentang perlindungan anak dalam peraturan daerah di Kukar. Saya membutuhkan naskah akademik dan risalah pembahasan Perda tentang Kabupaten Layak Anak. Di situs resmi hanya tersedia batang tubuh perdanya saja. Apakah dokumen pendukung tersebut bisa saya minta, dan prosedurnya bagaimana? Saya siap datang langsung ke Tenggarong dengan surat pengantar dari kampus.",
    ),
    Case(
        "sms",
        "hukum",
        "Pak perbup ttg jam operasional tempat hiburan malam yg baru itu sdh ada nomornya blm? sy pengelola karaoke di tenggarong perlu salinannya. trm ksh",
    ),
    Case(
        "telegram",
        "hukum",
        "Selamat pagi. Saya Rudi Hartono, S.H., advokat, kuasa hukum ahli waris almarhum H. Mahmud. Klien kami keberatan atas pemasangan plang aset Pemkab di atas tanah mereka di Kelurahan Timbau yang bersertifikat hak milik. Somasi pertama sudah kami kirim ke kantor bupati tiga minggu lalu dan belum ada tanggapan. Mohon informasi kepada pejabat mana kami harus berkoordinasi sebelum gugatan kami daftarkan.",
    ),
    Case(
        "twitter",
        "hukum",
        "@kukarkab min web jdih kukar kok gak bisa dibuka dr minggu lalu? mau download perda retribusi utk bahan kerjaan kantor, error 503 terus 🙏",
    ),
]

_KERJASAMA = [
    Case(
        "email",
        "kerjasama",
        "Subject: Perpanjangan nota kesepahaman Fakultas Pertanian Unmul dengan Pemkab Kukar\n\nYth. Bapak/Ibu,\n\nSalam sejahtera. Nota kesepahaman antara Fakultas Pertanian Universitas Mulawarman dan Pemerintah Kabupaten Kutai Kartanegara yang ditandatangani tahun 2019 telah berakhir Desember lalu. Selama ini dokumen tersebut menjadi dasar penempatan mahasiswa praktik lapang dan penelitian dosen di desa-desa sentra padi di Tenggarong Seberang dan Loa Kulu.\n\nKami ingin mengajukan perpanjangan sekaligus menambah ruang lingkup di bidang budidaya ikan air tawar. Mohon informasi:\n- format dan tahapan pengajuan draf naskahnya,\n- apakah perlu surat resmi dari Rektor atau cukup dari Dekan,\n- perkiraan waktu sampai penandatanganan.\n\nKami berharap perpanjangan selesai sebelum semester ganjil dimulai agar mahasiswa dapat diberangkatkan.\n\nTerima kasih.\n\nSalam,\nDr. Ir. Yosep Ruslim, M.Sc.\nWakil Dekan III\nFakultas Pertanian Unmul",
    ),
    Case(
        "email",
        "kerjasama",
        "Perihal: Fw: Usulan kesepakatan rujukan pasien dengan Pemkot Bontang\n\nSelamat siang Pak,\n\nMenindaklanjuti obrolan di rakor kemarin, berikut saya teruskan surat dari Dinas Kesehatan Kota Bontang. Intinya Pemkot Bontang mengajak Pemkab membuat perjanjian pelayanan rujukan pasien dari Marangkayu dan Muara Badak ke RSUD Taman Husada Bontang, karena jarak ke Tenggarong jauh. Selama ini banyak warga kita dirujuk ke sana tanpa dasar kesepakatan dan sering muncul masalah klaim biaya.\n\nMohon arahan mekanisme penyusunan dan penandatanganannya, karena menurut pihak Bontang dokumennya harus ditandatangani kepala daerah masing-masing.\n\n> Kepada Yth. Kepala Dinas Kesehatan Kab. Kutai Kartanegara\n> Dengan hormat, bersama ini kami sampaikan usulan kesepakatan bersama di bidang pelayanan kesehatan rujukan bagi penduduk wilayah perbatasan...\n\nSalam,\ndr. Maria Ulfa\nKabid Pelayanan Kesehatan\nDinas Kesehatan Kab. Kukar",
    ),
    Case(
        "email",
        "kerjasama",
        "Perihal: Keberatan atas penyaluran program tanggung jawab sosial perusahaan di Desa Kutai Lama\n\nKepada Yth.\nBapak Sekretaris Daerah Kab. Kutai Kartanegara\n\nDengan hormat,\n\nKami Pemerintah Desa Kutai Lama, Kecamatan Anggana, desa yang berbatasan langsung dengan areal operasi PT Kaltim Batu Prima, menyampaikan bahwa pada forum musyawarah program sosial perusahaan tahun lalu telah disepakati desa kami memperoleh program air bersih dan bantuan biaya sekolah bagi 20 pelajar.\n\nNamun dalam pelaksanaannya program air bersih dialihkan ke desa lain yang tidak berada di ring satu, sementara bantuan sekolah hanya diberikan kepada 6 pelajar. Ketika kami tanyakan, pihak perusahaan menyampaikan bahwa perubahan itu atas arahan tim dari kabupaten.\n\nKami mohon penjelasan mengenai dasar perubahan tersebut dan meminta agar penyaluran dikembalikan sesuai kesepakatan forum.\n\nDemikian kami sampaikan.\n\nKepala Desa Kutai Lama\n\nttd\n\nH. Muhammad Arsyad",
    ),
    Case(
        "email",
        "kerjasama",
        "Subject: Permohonan penjajakan nota kesepahaman program pencegahan stunting\n\nYth. Bapak/Ibu,\n\nPerkenalkan, kami Yayasan Generasi Sehat Borneo, lembaga nirlaba yang sejak 2021 mendampingi posyandu di beberapa desa di Muara Muntai dan Kota Bangun dengan dukungan donor internasional.\n\nUntuk tahun depan donor kami mensyaratkan adanya nota kesepahaman resmi dengan pemerintah kabupaten agar program dapat diperluas ke 20 desa. Kami sudah berkomunikasi dengan Dinas Kesehatan dan mereka menyarankan naskahnya diproses melalui Sekretariat Daerah.\n\nKami mohon informasi alur pengajuan, dokumen yang harus disiapkan (legalitas yayasan, rencana kerja, dan lain-lain), serta siapa yang dapat kami temui untuk membahas draf.\n\nTerima kasih atas perhatian Bapak/Ibu.\n\nSalam hangat,\nAnita Rahman\nDirektur Program\nYayasan Generasi Sehat Borneo",
    ),
    Case(
        "email",
        "kerjasama",
        "Dear Bapak/Ibu,\n\nSaya Fikri dari tim Community Development PT Mahakam Energi Lestari, Muara Badak. Tahun ini perusahaan kami mengalokasikan dana TJSL untuk tiga desa ring 1, yaitu Saliki, Salo Palai, dan Badak Baru. Kami ingin memastikan program yang kami jalankan sejalan dengan prioritas Pemkab dan tidak tumpang tindih dengan program dinas.\n\nBeberapa pertanyaan:\n1. Apakah forum TJSL kabupaten masih aktif, dan kapan rapat berikutnya?\n2. Apakah usulan program dari desa harus diverifikasi dulu oleh kabupaten sebelum kami salurkan?\n3. Seperti apa format laporan realisasi yang harus kami sampaikan ke Pemkab?\n\nKami juga terbuka bila Pemkab ingin menuangkannya dalam perjanjian tertulis.\n\nBest regards,\nFikri Ramadhan\nCommunity Development Officer\nPT Mahakam Energi Lestari",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "Pak maaf sy ketua RT 02 Desa Loh Sumber Loa Kulu. Kmrn ada pembagian paket sembako CSR dr perusahaan sawit, katanya pendataannya lewat pemkab & desa. RT sy 70 KK gak ada satupun yg dpt, padahal RT sebelah dpt semua. Sy gk nuntut apa2 pak cuma mau tau data penerimanya dr mana & gmn caranya biar warga sy masuk di penyaluran berikutnya. mksh pak",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "Selamat pagi Bu Sari, saya Agus dari Politeknik Pertanian Negeri Samarinda. Mau menanyakan draf PKS magang mahasiswa di lingkungan Setda & OPD Kukar yg kami kirim bulan Februari. Sdh 3 bulan blm ada kabar, padahal mahasiswa gelombang 1 hrs berangkat Juli. Apa ada pasal yg perlu kami revisi bu? Atau ada dokumen yg kurang? Terima kasih bu 🙏",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "Assalamualaikum Pak Rahmat. Sy kepsek SMKN 1 Samboja. Mau tanya pak, program beasiswa CSR dr perusahaan migas yg diumumkan waktu peresmian bengkel praktik kemarin, kata perusahaan penyalurannya dikoordinasikan lewat pemkab. Sdh 4 bln siswa kami yg didata blm terima apa2 & gk jelas siapa yg pegang datanya. Perusahaan lempar ke pemkab, dinas pendidikan bilang bukan program mereka. Mohon petunjuk pak ke siapa kami harus tanya",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "Pak, sy Hendri dari kecamatan Loa Janan. Mau info, Pemkot Samarinda lewat DLH nya nawarin sampah warga Loa Janan Ilir boleh dibuang ke TPA Sambutan krn TPS kita sdh penuh. Tp kata mereka hrs ada perjanjian antar pemda dulu, gk bisa cuma kesepakatan camat. Alurnya gmn ya pak utk ngusulin itu? apa kecamatan bikin surat ke sekda dulu? mksh pak",
    ),
    Case(
        "web",
        "kerjasama",
        "Pada bulan Januari, sebuah perusahaan tambang menyerahkan satu unit ambulans dari dana CSR secara simbolis untuk Desa Dondang, Muara Jawa, disaksikan perwakilan Pemkab. Tapi sampai sekarang ambulans itu belum pernah sampai ke desa. Kata pihak perusahaan, unitnya sudah diserahkan ke Pemkab untuk diatur pembagiannya. Kami warga Dondang mohon kejelasan di mana ambulans itu sekarang dan kapan diserahkan ke desa, karena warga yang sakit masih diangkut pakai mobil pribadi.",
    ),
    Case(
        "web",
        "kerjasama",
        "Kami kelompok pembudidaya madu kelulut di Desa Mulawarman, Tenggarong Seberang, beranggotakan 18 orang. Kami dengar beberapa perusahaan tambang sedang mencari mitra binaan UMKM untuk program TJSL mereka, tetapi usulannya harus melalui forum yang dikoordinasikan Pemkab. Bagaimana caranya agar kelompok kami bisa diusulkan sebagai penerima program tersebut? Dokumen apa yang harus kami siapkan dan kepada siapa diserahkan?",
    ),
    Case(
        "web",
        "kerjasama",
        "Kami Yayasan Pendidikan Cendekia Mahakam di Tenggarong ingin menawarkan pelatihan guru PAUD dan SD secara gratis untuk sekolah di kecamatan hulu (Tabang, Kembang Janggut, Kenohan), dibiayai mitra kami dari Jakarta. Mitra mensyaratkan adanya naskah perjanjian dengan pemerintah daerah sebelum dana dicairkan. Surat penawaran sudah kami kirim ke kantor bupati bulan lalu tetapi kami belum tahu siapa yang menangani. Mohon diinformasikan prosedurnya dan unit yang harus kami hubungi untuk menyusun naskah perjanjian tersebut.",
    ),
    Case(
        "sms",
        "kerjasama",
        "pak dana csr perusahaan tambang utk desa jembayan sdh disepakati di forum thn lalu 500jt utk sarana air bersih, smp skrg blm terealisasi. mohon ditanyakan ke perusahaannya. kades jembayan",
    ),
    Case(
        "telegram",
        "kerjasama",
        "Selamat sore pak. Saya dari PT Karya Mahakam Konstruksi. Direksi kami berencana menyalurkan TJSL dalam bentuk perbaikan jalan desa sepanjang 2 km di Desa Tanjung Batu, Tenggarong Seberang. Apakah penyaluran semacam ini harus dituangkan dalam perjanjian dengan Pemkab, atau cukup dengan pemerintah desa? Kami tidak ingin nanti dianggap proyek liar. Mohon arahannya.",
    ),
    Case(
        "twitter",
        "kerjasama",
        "dana CSR perusahaan tambang di kukar itu larinya kemana sih? desa kami ring 1 tiap hari makan debu, programnya cuma spanduk doang. @kukarkab tolong transparan dong pembagiannya per desa",
    ),
]

_PEREKONOMIAN = [
    Case(
        "email",
        "perekonomian",
        "Perihal: Kelangkaan LPG 3 kg di Desa Perangat Baru\n\nKepada Yth.\nBapak Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\n\nKami Pemerintah Desa Perangat Baru, Kecamatan Marangkayu, menyampaikan bahwa sejak sebulan terakhir warga kami sangat kesulitan memperoleh gas elpiji 3 kg. Dua pangkalan di desa hanya menerima kiriman seminggu sekali dan tabung habis dalam hitungan jam. Kami juga menerima laporan bahwa sebagian tabung justru dijual ke rumah makan dan pengecer di luar desa dengan harga di atas ketentuan.\n\nPemerintah desa tidak memiliki kewenangan mengatur agen maupun pangkalan. Oleh karena itu kami mohon Pemkab dapat berkoordinasi dengan Pertamina dan agen terkait penambahan alokasi serta pengawasan penyaluran di wilayah kami.\n\nDemikian kami sampaikan, atas perhatian Bapak kami ucapkan terima kasih.\n\nKepala Desa Perangat Baru\n\nSubhan",
    ),
    Case(
        "email",
        "perekonomian",
        "Subject: Antrean solar di SPBU Kota Bangun\n\nSelamat pagi Bapak/Ibu,\n\nKami CV Sinar Kota Bangun, usaha angkutan material yang sering menjadi rekanan pekerjaan di wilayah Kota Bangun dan Muara Muntai. Sebulan terakhir solar di SPBU Kota Bangun hanya tersedia 2-3 jam setelah mobil tangki datang, dan antrean truk bisa sampai 1 km. Kami perhatikan ada kendaraan dengan tangki modifikasi yang mengisi berulang kali, sementara truk kami sering kehabisan.\n\nPembeli dengan jeriken untuk kebutuhan nelayan dan petani juga ditolak kalau tidak membawa surat rekomendasi, padahal banyak yang tidak tahu cara mengurusnya.\n\nKami mohon Pemkab berkoordinasi dengan Pertamina dan pengelola SPBU soal kuota dan pengawasan penyaluran solar di Kota Bangun.\n\nTerima kasih.\n\nHormat kami,\nSyahrul Effendi\nCV Sinar Kota Bangun",
    ),
    Case(
        "email",
        "perekonomian",
        "Perihal: Gaji karyawan PT Kukar Mahakam Niaga (Perseroda) tertunggak lima bulan\n\nYth. Bapak Sekretaris Daerah\nselaku wakil Pemkab sebagai pemegang saham\n\nDengan hormat,\n\nKami perwakilan 42 karyawan PT Kukar Mahakam Niaga (Perseroda) menyampaikan bahwa gaji kami belum dibayarkan sejak bulan Januari. Direksi hanya menyatakan perusahaan tidak punya kas dan sedang menunggu tambahan penyertaan modal dari Pemkab. Sementara itu unit usaha distribusi yang selama ini berjalan sudah berhenti sejak akhir tahun lalu tanpa penjelasan kepada karyawan.\n\nKami mohon Pemkab sebagai pemilik perusahaan dapat memanggil direksi, mengevaluasi kondisi perusahaan, dan memastikan hak-hak karyawan dibayarkan.\n\nAtas perhatian Bapak kami ucapkan terima kasih.\n\nHormat kami,\nPerwakilan Karyawan\n\nAndi Firmansyah\nRina Oktaviani",
    ),
    Case(
        "email",
        "perekonomian",
        "NOTA DINAS\n\nKepada : Yth. Sekretaris Daerah Kabupaten Kutai Kartanegara\nDari : Kepala Dinas Ketahanan Pangan\nSifat : Segera\nPerihal : Kenaikan harga beras dan telur menjelang Ramadan\n\n1. Berdasarkan hasil pemantauan harga mingguan di Pasar Tangga Arung, Pasar Loa Janan, dan Pasar Kota Bangun, harga beras medium naik dari Rp 13.500 menjadi Rp 15.800 per kg, dan telur ayam ras mencapai Rp 62.000 per rak dalam dua minggu terakhir.\n2. Stok beras di tingkat pedagang besar dilaporkan menipis karena pasokan dari Sulawesi terlambat.\n3. Sehubungan dengan hal tersebut, mohon kiranya dapat dijadwalkan rapat Tim Pengendalian Inflasi Daerah (TPID) dan dipertimbangkan pelaksanaan operasi pasar serta gerakan pangan murah sebelum memasuki bulan Ramadan.\n\nDemikian disampaikan untuk menjadi perhatian.\n\nKepala Dinas Ketahanan Pangan\n\nttd\n\nDrs. H. Masrani\nNIP 19680822 199303 1 006",
    ),
    Case(
        "email",
        "perekonomian",
        "Subject: Program pendampingan UMKM yang tumpang tindih antar dinas\n\nYth. Bapak/Ibu,\n\nKami Forum UMKM Kukar, wadah sekitar 300 pelaku usaha mikro di 18 kecamatan. Tahun ini anggota kami didata oleh setidaknya empat dinas berbeda (koperasi, perindustrian, pariwisata, ketahanan pangan) untuk pelatihan dan bantuan yang mirip-mirip. Ada anggota yang sudah tiga kali ikut pelatihan pengemasan, sementara yang lain sama sekali tidak tersentuh. Program sertifikasi halal gratis yang dijanjikan juga simpang siur, dinas mana yang mengurus.\n\nKami mohon Pemkab menyatukan data pelaku usaha dan mengatur pembagian program antar dinas supaya bantuan tepat sasaran.\n\nKami siap hadir jika diundang rapat.\n\nSalam,\nHj. Rosmini\nKetua Forum UMKM Kukar",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "bu sy guru honorer di SDN 003 loa kulu. minyak goreng kemasan di pasar loa kulu sm warung2 kosong hampir seminggu, yg curah ada tp 22rb seliter. ibu2 di sini pd ngeluh bu. pemkab ada rencana operasi pasar gk? 🙏",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "PAK SY SOPIR TRAVEL TGR SMD. ANTRE PERTALITE DI SPBU TIMBAU TIAP PAGI BISA 2 JAM, TP LIAT AJA MOTOR2 TANGKI BESAR BOLAK BALIK NGISI TRUS DIJUAL ECERAN BOTOLAN 15RB. TOLONG LAH PAK PEMKAB TEGUR SPBU NYA",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "Assalamualaikum pak. Sy sekdes Desa Sumber Sari Loa Kulu. Pangkalan LPG di desa kami jual tabung 3 kg 35rb, jauh di atas HET. Kalo warga protes katanya stok dikit & ongkos angkut mahal. Kami dr desa gk punya wewenang negur pangkalan. Bisa dibantu pak sampaikan ke agen/pertamina atau tim pengawasnya? mksh",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "Pak, sy pedagang ikan di Pasar Tenggarong yg mau dipindah ke pasar baru. Pembagian los di pasar baru gk adil pak, pedagang lama kayak sy dpt los paling belakang dekat WC, sementara ada org yg bukan pedagang dpt los depan trs disewakan lg. Katanya diundi tp kami gk pernah liat undiannya. Mohon dicek pak sebelum pindahan bulan depan",
    ),
    Case(
        "web",
        "perekonomian",
        "Saya warga Tenggarong Seberang dan dulu pemasok gabah untuk unit penggilingan padi milik salah satu perusahaan daerah Kukar. Perusahaan itu mendapat penyertaan modal puluhan miliar dari APBD, tetapi sejak tiga tahun lalu pabriknya tutup, mesin berkarat, dan pembayaran ke beberapa pemasok masih tertunggak. Tidak pernah ada laporan ke publik ke mana modal itu. Kami minta Pemkab selaku pemilik mengevaluasi direksinya dan menjelaskan rencana untuk perusahaan serta asetnya.",
    ),
    Case(
        "web",
        "perekonomian",
        "Harga gula pasir di Muara Muntai sudah Rp 22.000 per kilo dan beberapa kios kosong. Pedagang bilang barang dari Samarinda terlambat karena air Mahakam surut dan kapal tidak bisa masuk. Kami ibu-ibu mau bikin kue untuk acara selamatan, tapi gula susah dicari. Tolong Pemkab pantau stok sembako di kecamatan hulu dan kalau perlu adakan pasar murah.",
    ),
    Case(
        "web",
        "perekonomian",
        "Saya pelaku usaha keripik pisang di Kelurahan Loa Ipuh Darat. Tahun lalu saya ikut pendataan usaha mikro dan dijanjikan bantuan alat spinner dan sealer. Teman-teman satu kelompok sudah ada yang terima tapi saya tidak, padahal data yang dikumpulkan sama. Saya sudah ke dinas koperasi, katanya penerima ditentukan tim kabupaten. Mohon dicek kenapa nama saya tidak masuk, dan apakah masih ada tahap berikutnya.",
    ),
    Case(
        "sms",
        "perekonomian",
        "LPG 3KG KOSONG SDH 8 HARI DI DESA SIDOMULYO ANGGANA, PANGKALAN BLG BLM ADA KIRIMAN DR AGEN. WARGA MASAK PAKE KAYU. TLG PAK",
    ),
    Case(
        "telegram",
        "perekonomian",
        "Selamat siang Pak. Saya admin di salah satu agen LPG di Samboja. Mulai bulan ini alokasi tabung 3 kg untuk agen kami dipotong hampir 15% tanpa pemberitahuan, sementara jumlah pangkalan tetap. Pangkalan sudah protes ke kami dan warga mulai antre. Apakah Pemkab sudah dapat informasi pengurangan kuota Kukar dari Pertamina? Mohon dibantu dikoordinasikan.",
    ),
    Case(
        "twitter",
        "perekonomian",
        "harga cabe rawit di pasar tangga arung tembus 120rb/kg 🥵 bawang merah jg naik terus. @kukarkab pasar murahnya kapan??",
    ),
]

_SDA = [
    Case(
        "email",
        "sda",
        "Perihal: Lubang bekas galian batu bara di belakang SDN 004 Tenggarong Seberang\n\nKepada Yth.\nBapak Sekretaris Daerah Kab. Kutai Kartanegara\n\nDengan hormat,\n\nKami sampaikan bahwa sekitar 300 meter di belakang sekolah kami di Desa Mulawarman terdapat lubang bekas galian batu bara yang sudah terisi air dan tidak berpagar. Setiap pulang sekolah dan hari libur banyak anak berenang di sana. Dewan guru sudah berkali-kali melarang, namun pengawasan di luar jam sekolah tidak mungkin kami lakukan.\n\nMengingat sudah berulang kali ada anak tenggelam di lubang serupa di kabupaten ini, kami sangat khawatir. Papan peringatan pun tidak ada. Kami mohon Pemkab meminta perusahaan pemegang konsesi untuk memagari dan menutup lubang tersebut.\n\nTerima kasih.\n\nKepala SDN 004 Tenggarong Seberang\n\nSiti Aminah, S.Pd\nNIP 19750905 199802 2 003",
    ),
    Case(
        "email",
        "sda",
        "Subject: Kenaikan kasus ISPA di Desa Purwajaya terkait debu batu bara\n\nYth. Bapak/Ibu,\n\nKami dari UPT Puskesmas Loa Janan ingin menyampaikan bahwa dalam tiga bulan terakhir kunjungan pasien ISPA dari Desa Purwajaya naik sekitar 40% dibanding periode yang sama tahun lalu, terutama anak balita dan lansia.\n\nDari kunjungan rumah petugas kami, warga mengeluhkan debu hitam dari stockpile dan lalu lintas truk pengangkut batu bara yang melintas dekat permukiman sepanjang hari. Debu menempel di lantai, jemuran, dan tempat penampungan air.\n\nKami mohon Pemkab dapat menindaklanjuti dengan perusahaan terkait agar ada upaya pengendalian debu, misalnya penyiraman rutin dan penutupan stockpile. Data kunjungan dapat kami sampaikan bila diperlukan.\n\nHormat kami,\ndr. Eko Prasetyo\nKepala UPT Puskesmas Loa Janan",
    ),
    Case(
        "email",
        "sda",
        "Perihal: Penanaman kelapa sawit di luar areal HGU di wilayah Desa Kelekat\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\nc.q. Sekretaris Daerah\n\nDengan hormat,\n\nKami Pemerintah Desa Kelekat, Kecamatan Kembang Janggut, menyampaikan bahwa sejak awal tahun sebuah perusahaan perkebunan membuka dan menanami sawit di lahan sekitar 120 hektare yang selama ini merupakan kebun karet dan ladang warga, serta sempadan anak sungai. Berdasarkan peta yang pernah disosialisasikan, lahan tersebut berada di luar HGU perusahaan.\n\nWarga sudah dua kali menghadang alat berat dan situasi mulai memanas. Kami mohon Pemkab menurunkan tim untuk memeriksa batas areal perusahaan dan menghentikan pembukaan lahan di luar izinnya.\n\nDemikian kami sampaikan.\n\nKepala Desa Kelekat\n\nYohanes Ding",
    ),
    Case(
        "email",
        "sda",
        "Subject: Bantuan mesin dan jaring tidak sampai ke nelayan\n\nKepada Yth. Bapak/Ibu di Setda Kukar,\n\nKami Kelompok Nelayan Bina Bahari, Desa Tanjung Limau, Muara Badak, anggota 25 orang yang semuanya melaut setiap hari. Tahun lalu kami mengusulkan bantuan mesin ketinting dan jaring melalui penyuluh perikanan, dan nama kelompok kami sempat tercantum dalam daftar penerima.\n\nNamun bantuan yang datang bulan lalu justru diserahkan kepada kelompok lain yang anggotanya sebagian besar bukan nelayan, bahkan beberapa mesin sudah dijual lagi di Samarinda. Kami sudah menanyakan ke penyuluh tetapi jawabannya daftar diubah dari atas.\n\nKami mohon dilakukan pengecekan ulang penerima bantuan tersebut.\n\nHormat kami,\nLa Ode Hamid\nKetua Kelompok Nelayan Bina Bahari",
    ),
    Case(
        "email",
        "sda",
        "Yth. Bapak Sekretaris Daerah Kabupaten Kutai Kartanegara,\n\nDengan hormat, kami dari Laboratorium Kualitas Air, Fakultas Perikanan dan Ilmu Kelautan Universitas Mulawarman, menyampaikan hasil pemantauan kualitas air Sungai Jembayan yang kami lakukan dalam rangka penelitian dosen tahun ini.\n\nPada tiga titik di hilir saluran keluar kolam pengendapan sebuah perusahaan pertambangan, kadar padatan tersuspensi (TSS) dan besi (Fe) terukur jauh di atas baku mutu, dan pH air turun hingga 4,5. Warga di sekitar masih menggunakan air sungai untuk mandi dan memelihara ikan dalam keramba.\n\nTemuan ini kami sampaikan agar dapat ditindaklanjuti instansi yang berwenang. Kami siap memaparkan data lengkapnya.\n\nHormat kami,\nDr. Esti Handayani, M.Si\nKepala Laboratorium Kualitas Air FPIK Unmul",
    ),
    Case(
        "whatsapp",
        "sda",
        "Assalamualaikum pak, sy Yudi staf kecamatan Loa Kulu. Ini bukan laporan dinas ya pak, pribadi sbg warga. Di belakang perumahan kami di Jembayan Dalam udh 2 minggu ada alat berat ngeruk batubara malam2, truk keluar masuk dr jam 11 mlm sampe subuh. Kayaknya gk ada izinnya krn gk ada plang apa2. Jalan desa ancur, dinding rumah warga retak2 kena getaran. Mohon diteruskan ke yg berwenang pak 🙏",
    ),
    Case(
        "whatsapp",
        "sda",
        "Pak, sy ketua poktan Sri Rejeki desa Separi, Tenggarong Seberang. Usulan hand traktor dan pompa air utk poktan kami udh masuk dr 2 thn lalu, proposal lengkap, udh disurvei jg. Poktan sebelah yg baru dibentuk malah udh dpt. Mau tanya pak sebenernya kuotanya gmn & kapan giliran kami. Musim tanam bentar lagi. mksh pak",
    ),
    Case(
        "whatsapp",
        "sda",
        "Pak, sy kades Tuana Tuha Kenohan. Api di lahan gambut belakang desa sdh 3 hari gk padam, asapnya masuk kampung, anak2 pd batuk. Lahan itu baru dibuka perusahaan sawit utk tanam baru. Regu pemadam desa cuma 10 org alat seadanya. Mohon bantuan kabupaten koordinasi ke perusahaan & manggala agni. Foto2nya sy kirim di bawah pak",
    ),
    Case(
        "whatsapp",
        "sda",
        "pak ikan di keramba sy & warga lain di loa kulu mati mendadak semua, nila sm patin kira2 3 ton. air sungai tiba2 item & bau. warga curiga limbah pabrik cpo di hulu dibuang pas hujan. sy sdh lapor ke desa. tolong diperiksa pak airnya, kami rugi besar",
    ),
    Case(
        "web",
        "sda",
        "Tanggul kolam pengendapan milik perusahaan batu bara di sekitar Desa Loa Ulung, Tenggarong Seberang jebol saat hujan deras minggu lalu. Air berlumpur masuk ke sawah kelompok tani kami sekitar 15 hektare yang sedang bunting, padi rebah dan tertimbun lumpur. Perusahaan hanya datang memotret tanpa kejelasan ganti rugi. Kami mohon Pemkab memanggil perusahaan dan memeriksa kelayakan tanggulnya supaya tidak terulang.",
    ),
    Case(
        "web",
        "sda",
        "Kami dari Perkumpulan Pesisir Lestari, lembaga yang mendampingi nelayan di Delta Mahakam. Dalam pemantauan tiga bulan terakhir, sekitar 40 hektare mangrove di Desa Muara Pantuan, Anggana, dibabat dan dibakar untuk pembukaan tambak baru oleh pemodal dari luar daerah. Sebagian lokasi kami duga masuk kawasan hutan. Kami mohon Pemkab berkoordinasi dengan instansi kehutanan provinsi untuk menghentikan pembukaan ini sebelum kerusakannya makin luas.",
    ),
    Case(
        "web",
        "sda",
        "Saya guru di salah satu SMP di Kembang Janggut. Sejak beberapa bulan terakhir setiap sore tercium bau busuk menyengat dari kolam limbah pabrik kelapa sawit yang jaraknya kurang dari 1 km dari sekolah dan permukiman. Siswa sering mengeluh pusing dan mual di kelas. Air sumur warga di sekitar juga berubah warna kecokelatan. Mohon Pemkab memeriksa pengelolaan limbah pabrik tersebut.",
    ),
    Case(
        "sms",
        "sda",
        "PAK BANTUAN BIBIT PADI & PUPUK DR PEMKAB UTK KELOMPOK TANI KAMI DI MUARA WIS SDH DIUMUMKAN TP BLM SAMPAI2. MUSIM TANAM SDH LEWAT. MOHON DICEK. KETUA POKTAN",
    ),
    Case(
        "telegram",
        "sda",
        "Selamat malam pak. Saya mantan karyawan kontraktor tambang yang dulu beroperasi di Desa Margahayu, Loa Kulu. Perusahaan sudah berhenti produksi sejak 2021 dan angkat kaki, tapi lubang galiannya dibiarkan, tidak ada reklamasi sama sekali. Sekarang lubang itu jadi danau besar hanya 50 meter dari rumah warga dan tebingnya mulai longsor. Saya tahu persis titik-titiknya kalau pemkab mau cek.",
    ),
    Case(
        "twitter",
        "sda",
        "air sungai di sangasanga keruh coklat kayak kopi susu sejak minggu lalu 😡 pasti limbah tambang lagi. @kukarkab ada yg mau turun cek gk?",
    ),
]

_ADPEM = [
    Case(
        "email",
        "adpem",
        "Perihal: Laporan Pekerjaan Rehabilitasi Gedung Puskesmas Muara Muntai Terhenti\n\nKepada Yth.\nBapak/Ibu Kepala Bagian terkait\nSekretariat Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\n\nBersama ini kami sampaikan bahwa pekerjaan rehabilitasi gedung rawat inap Puskesmas Muara Muntai yang dibiayai APBD Kabupaten Tahun Anggaran berjalan sejak bulan Agustus tidak ada aktivitas sama sekali. Atap baru terpasang sebagian, rangka plafon dibiarkan terbuka, dan material berserakan di halaman. Pekerja dan pengawas dari pihak pelaksana sudah tidak pernah terlihat lagi di lokasi.\n\nAkibatnya setiap hujan air masuk ke ruang perawatan dan pasien terpaksa kami pindahkan ke ruang tunggu. Papan proyek menyebutkan waktu pelaksanaan 150 hari kalender, dan menurut hitungan kami masa itu sudah lewat.\n\nKami mohon agar pekerjaan ini dapat dicek ke lapangan dan pihak pelaksana ditegur supaya pekerjaan diselesaikan. Foto kondisi terakhir kami lampirkan.\n\nAtas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nKepala UPT Puskesmas Muara Muntai\n\ndr. Rina Oktaviani\nNIP 19840312 201001 2 007",
    ),
    Case(
        "email",
        "adpem",
        "Subject: Ruang kelas baru SDN 012 Kota Bangun sudah retak-retak\n\nAssalamualaikum wr. wb.\n\nYth. Bapak/Ibu di Sekretariat Daerah Kukar,\n\nSaya Kepala SDN 012 Kota Bangun ingin menyampaikan keadaan dua ruang kelas baru (RKB) sekolah kami yang dibangun tahun lalu dengan dana kabupaten. Gedung itu diserahkan ke sekolah bulan Maret, tapi sekarang baru sekitar tiga bulan dipakai dindingnya sudah retak memanjang dari kusen jendela sampai ke lantai, dan lantai keramik di bagian belakang kelas turun kira-kira 5 cm.\n\nKami khawatir dengan keselamatan anak-anak. Sudah kami tanyakan ke pelaksananya lewat telepon, katanya masih masa pemeliharaan tapi sampai sekarang tidak ada yang datang memperbaiki.\n\nMohon kiranya ada pemeriksaan kualitas bangunan ini dan penyedia diminta melakukan perbaikan sebelum tahun ajaran baru. Terlampir foto-foto retakan.\n\nWassalamualaikum wr. wb.\n\nSuparno, S.Pd.\nKepala SDN 012 Kota Bangun\nHP 0813 4xxx 2210",
    ),
    Case(
        "email",
        "adpem",
        "Nomor : 005/117/Kec-Sbl/IX\nSifat : Biasa\nLampiran : -\nPerihal : Permohonan data progres fisik kegiatan pembangunan di wilayah Kecamatan Sebulu\n\nKepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\ndi -\nTenggarong\n\nDengan hormat,\n\nSehubungan dengan banyaknya pertanyaan dari kepala desa dan masyarakat dalam rapat koordinasi kecamatan mengenai kegiatan fisik kabupaten di wilayah Kecamatan Sebulu (peningkatan jalan poros Sebulu Ilir - Sumber Sari, pembangunan drainase di Desa Sebulu Modern, dan jembatan di Desa Senoni), bersama ini kami mohon dapat diberikan data capaian progres fisik dan keuangan terakhir dari masing-masing kegiatan tersebut beserta perkiraan waktu selesainya.\n\nData tersebut akan kami gunakan sebagai bahan penjelasan kepada masyarakat agar tidak terjadi simpang siur informasi di lapangan.\n\nDemikian permohonan ini kami sampaikan, atas kerja samanya diucapkan terima kasih.\n\nCamat Sebulu,\n\nH. Abdul Rahman, S.Sos., M.Si\nPembina Tk. I",
    ),
    Case(
        "email",
        "adpem",
        "---------- Forwarded message ---------\nFrom: Tim Penelitian Fakultas Teknik Unikarta\nDate: Sen, 14 Okt\nSubject: Temuan lapangan drainase Tenggarong Seberang\n\nSelamat siang Pak Yusuf,\n\nSesuai obrolan kita minggu lalu, saya teruskan ringkasan temuan mahasiswa kami waktu survei di Desa Bukit Raya dan Manunggal Jaya.\n\n---\n\nYth. Bapak/Ibu di Setda Kukar,\n\nKami dari Program Studi Teknik Sipil Universitas Kutai Kartanegara sedang melakukan penelitian tentang saluran drainase perdesaan. Dalam survei kami menemukan saluran drainase beton yang baru dikerjakan tahun ini di ruas jalan Bukit Raya ketebalan dindingnya hanya sekitar 8-10 cm, padahal di papan informasi tertulis konstruksi beton bertulang. Di beberapa titik besi tulangan tidak terlihat sama sekali dan sambungan antar segmen sudah pecah. Elevasi dasar saluran juga tidak rata sehingga air menggenang di tengah ruas.\n\nKami tidak bermaksud menuduh siapa pun, namun kami rasa temuan ini perlu ditindaklanjuti oleh pihak yang berwenang melakukan pengendalian mutu pekerjaan. Kami bersedia menyerahkan data pengukuran dan dokumentasi lengkap.\n\nHormat kami,\nIr. Hendra Saputra, M.T.\nKetua Tim Peneliti\nFakultas Teknik Unikarta",
    ),
    Case(
        "email",
        "adpem",
        'Perihal: Jembatan Sungai Loa Kulu Kota yang tidak kunjung selesai\n\nYth. Sekretariat Daerah Kabupaten Kutai Kartanegara,\n\nKami dari bagian Community Relations PT Bara Sentosa Abadi yang beroperasi di wilayah Kecamatan Loa Kulu. Kami ingin menyampaikan keluhan warga sekitar yang sering mampir ke kantor site kami terkait pembangunan jembatan beton penghubung Loa Kulu Kota dan Desa Jembayan.\n\nJembatan ini dikerjakan sejak dua tahun lalu dengan dana Pemkab, namun sampai sekarang baru abutment dan sebagian gelagar yang terpasang. Sejak awal tahun tidak ada pekerja di lokasi dan jalan alternatif yang dipakai warga (termasuk anak sekolah) sangat sempit dan licin saat hujan. Warga berulang kali meminta perusahaan untuk "membantu menyelesaikan", padahal itu bukan proyek kami dan kami tidak dapat masuk ke sana.\n\nKami berharap Pemkab dapat memberikan kejelasan kapan pekerjaan jembatan ini dilanjutkan agar kami juga bisa menjelaskan kepada masyarakat.\n\nTerima kasih atas perhatian Bapak/Ibu.\n\nSalam,\nDian Pratama\nSuperintendent Community Relations\nPT Bara Sentosa Abadi - Site Loa Kulu',
    ),
    Case(
        "whatsapp",
        "adpem",
        "Assalamualaikum pak, maaf ganggu malam2. sy Kades Muara Kaman Ulu. mau tanya pak, semenisasi jalan gang di desa kami yg dikerjakan pihak ketiga dr kabupaten itu baru jadi kira2 40% trs kontraktornya ngilang sdh 3 bln. warga tiap hari nanya ke sy, sy jg bingung mau jawab apa. bisa dibantu dicek gk pak kira2 kapan dilanjut",
    ),
    Case(
        "whatsapp",
        "adpem",
        "Pak Andi ini sy Marjuki ketua BPD Sumber Sari Loa Kulu. Jalan usaha tani yg dicor tahun kemarin dari pemkab itu baru 6 bln udh retak2 pak, pinggirnya pada gompal, malah ada yg bolong kena truk sawit. Padahal katanya masih tanggungan kontraktor. Tolong disampaikan ke yg ngawasi proyek pak biar diperbaiki sblm makin parah. Fotonya sy kirim abis ini",
    ),
    Case(
        "whatsapp",
        "adpem",
        "slmt siang bu, sy honorer di kantor camat anggana. gedung kantor camat yg baru dibangun sebelah kantor lama itu kok berhenti ya bu pengerjaannya, udh 2 bulan gk ada tukang. dindingnya udah naik tp atapnya blm. kami kira akhir tahun udh bisa pindah. pak sekcam minta sy nanya ke ibu siapa yg bisa ditanyain soal progresnya",
    ),
    Case(
        "whatsapp",
        "adpem",
        "Selamat pagi Pak. Saya Rizal, tenaga lapangan konsultan supervisi pekerjaan drainase Jl. Mangkurawang - Tenggarong. Mohon maaf sebelumnya pak saya sampaikan lewat japri. Beberapa minggu ini pelaksana mengecor saluran tanpa menunggu hasil uji slump dan ukuran besi yang dipasang lebih kecil dari gambar kerja. Sudah kami tegur tertulis 2x tapi tidak diindahkan, dan PPK di dinas kurang merespon. Saya khawatir kualitas pekerjaan tidak sesuai spek. Mohon arahan pak, kepada siapa laporan ini sebaiknya kami sampaikan secara resmi supaya bisa ditindaklanjuti.",
    ),
    Case(
        "web",
        "adpem",
        "Saya ketua Karang Taruna Desa Bangun Rejo, Tenggarong Seberang. Di desa kami ada pembangunan gedung olahraga serbaguna dari kabupaten yang mulai dikerjakan tahun 2022. Sampai sekarang bangunan cuma rangka baja sama dinding setengah, sudah ditumbuhi rumput dan jadi tempat anak-anak nongkrong malam. Pemuda di desa kami sangat berharap gedung ini bisa dipakai untuk latihan voli dan badminton. Kami minta penjelasan kenapa proyek ini berhenti dan apakah akan dilanjutkan. Kalau memang dibiarkan mangkrak sayang sekali uang rakyat.",
    ),
    Case(
        "web",
        "adpem",
        "Assalamualaikum. Kami pengurus Masjid Nurul Huda RT 07 Kelurahan Loa Ipuh Darat. Tahun ini ada pekerjaan saluran drainase dan pengaspalan jalan lingkungan di depan masjid dari pemkab. Aspalnya sudah selesai tapi saluran di sisi kanan jalan hanya digali lalu ditinggal, tidak dipasang u-ditch nya. Sekarang tiap hujan air dari jalan masuk ke halaman masjid dan tempat wudhu. Pekerja bilang materialnya habis. Mohon ditinjau pekerjaan ini dan diselesaikan sesuai kontrak. Terima kasih.",
    ),
    Case(
        "web",
        "adpem",
        "turap siring di pinggir sungai dekat sekolah TK kami di kelurahan Sungai Merdeka samboja ambruk sebagian, padahal baru selesai dikerjakan tahun lalu. sekarang tanah di belakang sekolah mulai longsor sedikit sedikit. saya guru disitu khawatir kalau hujan deras lagi makin parah. mohon dicek kualitas pekerjaannya dan diminta kontraktornya perbaiki, setau saya masih ada masa pemeliharaan",
    ),
    Case(
        "sms",
        "adpem",
        "Pak jembatan ulin di Desa Teluk Dalam Muara Jawa proyek pemkab sdh 2 thn blm selesai jg, kapan dilanjut. Warga sdh capek nyebrang pake perahu. Hasan RT 03",
    ),
    Case(
        "telegram",
        "adpem",
        "Pagi pak, sy Wulan operator di Kecamatan Tabang. Kami diminta kirim laporan triwulan realisasi fisik dan keuangan kegiatan pembangunan yg ada di wilayah kecamatan, tp di aplikasi monev nya akun kami gk bisa input, menu kegiatannya kosong. Batasnya tgl 10. Mohon petunjuk pak gimana caranya dan formatnya yg terbaru yg mana",
    ),
    Case(
        "twitter",
        "adpem",
        "Proyek jalan Kembang Janggut - Kelekat yg katanya multiyears itu kok sepi alat berat udah berbulan2? Mangkrak lagi kah? Wartawan lokal nanya dinas gak dijawab. @PemkabKukar #Kukar",
    ),
]

_PBJ = [
    Case(
        "email",
        "pbj",
        "Perihal: Keberatan atas Hasil Evaluasi Tender Paket Peningkatan Jalan Desa Rempanga\n\nKepada Yth.\nKelompok Kerja Pemilihan\nUKPBJ Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\n\nKami yang bertanda tangan di bawah ini, Direktur CV Mahakam Karya Mandiri, peserta tender paket Peningkatan Jalan Desa Rempanga Kecamatan Loa Kulu, dengan ini menyampaikan keberatan atas pengumuman pemenang yang ditayangkan pada tanggal 18 bulan ini.\n\nAdapun alasan keberatan kami:\n1. Penawaran kami dinyatakan gugur dengan alasan personel manajerial tidak memenuhi, padahal SKK ahli muda yang kami unggah masih berlaku sampai tahun 2026.\n2. Calon pemenang menurut informasi yang kami peroleh tidak memiliki peralatan utama (asphalt finisher) sebagaimana disyaratkan dalam dokumen pemilihan.\n3. Selisih harga penawaran kami lebih rendah Rp 412.000.000,- dari calon pemenang.\n\nBerdasarkan hal tersebut kami mohon Pokja melakukan evaluasi ulang. Dokumen pendukung kami lampirkan dan juga telah kami unggah melalui aplikasi dalam masa yang ditentukan.\n\nDemikian surat ini kami sampaikan.\n\nHormat kami,\nCV Mahakam Karya Mandiri\n\nAhmad Fauzi\nDirektur",
    ),
    Case(
        "email",
        "pbj",
        "Subject: Akun penyedia terkunci - mohon bantuan reset\n\nSelamat pagi Admin,\n\nKami PT Borneo Medika Utama, penyedia alat kesehatan yang berdomisili di Samarinda dan sudah terdaftar di SPSE Kabupaten Kutai Kartanegara sejak 2021.\n\nSejak Senin kemarin akun kami tidak bisa login, muncul keterangan user terkunci karena salah password beberapa kali. Fitur lupa password juga tidak mengirim email ke alamat yang terdaftar. Kami sedang mengikuti dua paket yang batas pemasukan penawarannya hari Kamis ini sehingga kondisinya cukup mendesak.\n\nMohon bantuannya untuk membuka kunci akun dan reset password. Jika perlu datang langsung membawa dokumen asli, mohon diinformasikan jam layanannya.\n\nTerima kasih.\n\nSalam,\nMeliana Sari\nStaf Tender\nPT Borneo Medika Utama\nTelp. 0541-7xxxxx",
    ),
    Case(
        "email",
        "pbj",
        "Nota Dinas\n\nKepada : Kepala Bagian terkait, Setda Kab. Kukar\nDari : Pejabat Pembuat Komitmen Dinas Kesehatan\nTanggal : 22 Juli\nPerihal : Kendala pembelian ambulans melalui katalog\n\n1. Dinas Kesehatan pada tahun anggaran ini mengalokasikan belanja 2 (dua) unit ambulans untuk Puskesmas Kenohan dan Puskesmas Kembang Janggut.\n2. Sesuai ketentuan, pembelian dilakukan melalui katalog elektronik, namun produk ambulans dengan spesifikasi 4x4 yang sesuai dengan kondisi jalan di wilayah hulu belum tayang di katalog lokal, sedangkan di katalog nasional harga yang tayang belum termasuk biaya kirim ke Kukar.\n3. Penyedia lokal yang kami hubungi menyatakan sudah mengajukan penayangan produk sejak dua bulan lalu namun belum diproses.\n4. Mohon arahan apakah penayangan produk tersebut dapat dipercepat, atau metode pembelian lain yang dapat kami tempuh.\n\nDemikian disampaikan, atas perhatiannya diucapkan terima kasih.\n\nPPK Dinas Kesehatan\nNurhayati, S.KM",
    ),
    Case(
        "email",
        "pbj",
        'Perihal: Aspirasi Pengusaha Jasa Konstruksi Lokal\n\nYth. Bapak Sekretaris Daerah Kabupaten Kutai Kartanegara\nc.q. Bagian yang membidangi pengadaan\n\nDengan hormat,\n\nKami dari Dewan Pengurus Cabang asosiasi kontraktor Kabupaten Kutai Kartanegara menyampaikan keluhan anggota kami terkait pelaksanaan pemilihan penyedia pekerjaan konstruksi tahun ini:\n\n- Banyak paket ditayangkan dengan jadwal pemasukan penawaran hanya 3-4 hari kerja, sehingga kontraktor di kecamatan hulu seperti Tabang dan Kembang Janggut yang sinyalnya susah sangat kesulitan menyiapkan dokumen.\n- Persyaratan pengalaman dan peralatan pada paket kecil (di bawah 2 miliar) dibuat setara paket besar sehingga praktis hanya perusahaan tertentu dari luar daerah yang bisa memenuhi.\n- Pertanyaan saat penjelasan (aanwijzing) banyak yang tidak dijawab atau dijawab "sesuai dokumen".\n\nKami mohon kiranya dapat dilakukan evaluasi dan diadakan pertemuan dengan pengurus asosiasi untuk membahas hal ini.\n\nHormat kami,\nKetua DPC\n\nH. Syahrani\n\nSekretaris\nM. Ridwan',
    ),
    Case(
        "email",
        "pbj",
        "Re: Informasi pendaftaran sebagai penyedia\n\n> Pada Rab, 4 Sep, Admin menulis:\n> Silakan membaca panduan di halaman depan.\n\nYth. Admin,\n\nTerima kasih atas balasannya, tapi kami sudah membaca panduan tersebut dan masih ada yang belum jelas.\n\nKami dari Lembaga Penelitian dan Pengabdian Masyarakat sebuah perguruan tinggi swasta di Tenggarong. Kami berminat mengikuti seleksi jasa konsultansi penyusunan kajian yang biasanya diumumkan dinas-dinas. Pertanyaan kami:\n1. Apakah lembaga di bawah perguruan tinggi (bukan badan usaha) bisa didaftarkan sebagai penyedia di SPSE Kukar?\n2. Dokumen apa saja yang harus dibawa saat verifikasi, karena kami tidak punya NIB seperti perusahaan?\n3. Apakah verifikasi bisa dilakukan oleh staf yang kami kuasakan?\n\nMohon penjelasannya.\n\nSalam hormat,\nDr. Siti Mahmudah\nKepala LPPM",
    ),
    Case(
        "whatsapp",
        "pbj",
        "pak td sy upload dok penawaran di lpse error trs, muncul tulisan gagal kirim. udh coba ganti browser sama apendo versi baru jg sama aja. batas wkt jam 4 sore ini pak gmn ini, sy kontraktor dr muara badak paket rehab gedung sekolah. tlg pak",
    ),
    Case(
        "whatsapp",
        "pbj",
        "Assalamualaikum bu, sy Ani pelaku usaha kerajinan anyaman dan batik dari Tenggarong. Sy dgr dinas2 skrg belanja souvenir lewat katalog online ya bu. Gimana caranya produk sy bisa masuk kesitu? Sy udh punya NIB tp blm ngerti daftarnya dmn. Mksh bu 🙏",
    ),
    Case(
        "whatsapp",
        "pbj",
        "Slmt sore pak. Mau nanya, paket pengadaan mebel sekolah Disdik yg kemarin kami ikut itu kok tiba2 statusnya tender batal trus tayang ulang dgn nilai HPS yg beda. Gk ada penjelasan apa2 di aplikasi. Kami udh keluar biaya utk jaminan penawaran pak. Alasannya apa ya pak kok dibatalkan",
    ),
    Case(
        "whatsapp",
        "pbj",
        "pak ijin, undangan pembuktian kualifikasi paket pembangunan pustu desa Lamin Telihan baru masuk ke email kami td malam jam 11, padahal jadwal pembuktiannya pagi ini jam 9 di tenggarong. kami dr kenohan pak, gk mungkin nyampe. apa bisa dijadwalkan ulang? kalo gk hadir kami digugurkan kah",
    ),
    Case(
        "web",
        "pbj",
        "Saya mau melaporkan dugaan pengaturan pemenang lelang di Kukar. Sudah hampir dua tahun paket-paket jalan di wilayah Muara Jawa dan Sangasanga pemenangnya selalu bergantian dari 4 perusahaan yang sama, padahal alamatnya sama dan direkturnya masih keluarga. Penawaran perusahaan lain selalu gugur di administrasi dengan alasan sepele. Saya sendiri pernah ikut dan gugur karena alasan materai. Tolong diperiksa proses pemilihannya. Saya tidak mau nama saya dipublikasikan.",
    ),
    Case(
        "web",
        "pbj",
        "Halo admin, saya punya usaha percetakan kecil di Loa Janan dan juga aktif di Karang Taruna. Saya sudah isi pendaftaran akun penyedia di website LPSE dua minggu lalu dan katanya harus datang untuk verifikasi. Saya sudah datang 2 kali tapi petugasnya bilang berkas saya kurang akta perubahan. Usaha saya perorangan jadi tidak punya akta. Mohon penjelasan syarat verifikasi untuk usaha perorangan yang benar apa.",
    ),
    Case(
        "web",
        "pbj",
        "Kami distributor alat kesehatan mengajukan keberatan atas spesifikasi teknis dalam paket pengadaan alat laboratorium RSUD yang sedang tayang. Spesifikasi ditulis sangat detail sampai ukuran dan fitur yang hanya dimiliki satu merek tertentu, sehingga produk setara dari merek lain otomatis tidak memenuhi. Hal ini membatasi persaingan. Mohon spesifikasi ditinjau ulang dan dibuka kesempatan untuk produk yang setara sebelum batas pemasukan penawaran.",
    ),
    Case(
        "sms",
        "pbj",
        "Yth Admin LPSE Kukar, verifikasi akun penyedia CV Sinar Anggana sdh 2 minggu blm aktif padahal berkas asli sdh kami bawa. Mohon dibantu. Trm ksh - Rusdi",
    ),
    Case(
        "telegram",
        "pbj",
        "Pak, pengumuman pemenang seleksi konsultan pengawas paket jalan Muara Wis itu sampai skrg blm tayang di lpse, padahal di jadwal harusnya udh lewat 5 hari. Statusnya masih evaluasi teknis. Apa ada perubahan jadwal? Kok gk ada adendum yg diumumkan",
    ),
    Case(
        "twitter",
        "pbj",
        "LPSE Kukar down dari pagi, gak bisa buka sama sekali padahal hari ini batas akhir upload penawaran. Tolong jadwalnya diperpanjang min, jangan penyedia yg dirugikan @PemkabKukar",
    ),
]

_ORGANISASI = [
    Case(
        "email",
        "organisasi",
        'Perihal: Keluhan Pelayanan Pengurusan Berkas Kenaikan Pangkat\n\nYth. Bapak/Ibu di Sekretariat Daerah Kab. Kutai Kartanegara,\n\nSaya Kepala SMPN 3 Kota Bangun ingin menyampaikan keluhan atas pelayanan pengurusan berkas usulan kenaikan pangkat guru di kantor BKPSDM.\n\nBerkas 6 orang guru kami sudah kami antar langsung sejak bulan Februari. Pada bulan April kami diminta mengirim ulang karena berkasnya "tidak ditemukan". Bulan Juni kami ditelepon lagi katanya ada kekurangan, tetapi saat ditanya kekurangan apa, petugas yang berbeda memberikan jawaban yang berbeda pula. Tidak ada tanda terima yang jelas, tidak ada informasi berapa lama prosesnya, dan tidak ada tempat untuk mengecek status berkas.\n\nKami dari daerah hulu harus menempuh perjalanan berjam-jam setiap kali diminta datang. Kami berharap ada perbaikan tata cara pelayanan, kejelasan persyaratan dan waktu penyelesaiannya.\n\nTerima kasih atas perhatiannya.\n\nHormat saya,\nDrs. Bahrudin\nKepala SMPN 3 Kota Bangun',
    ),
    Case(
        "email",
        "organisasi",
        'Subject: Permintaan uang di kantor kecamatan\n\nAssalamualaikum,\n\nYth. Bapak Ibu pejabat di Setda Kukar,\n\nSaya Kepala Desa salah satu desa di Kecamatan Muara Kaman. Saya menyampaikan ini dengan berat hati karena menyangkut rekan sesama aparatur.\n\nWarga kami yang mengurus surat pengantar/registrasi untuk pengurusan sertifikat tanah di kantor kecamatan diminta membayar "uang administrasi" Rp 300.000 sampai Rp 500.000 per berkas oleh oknum petugas di meja pelayanan. Tidak ada kuitansi resmi, dan setahu saya tidak ada peraturan yang mengatur biaya tersebut. Beberapa warga yang tidak mampu bayar berkasnya tidak diproses berbulan-bulan.\n\nSaya sudah menyampaikan secara lisan ke pimpinan di kecamatan namun belum ada perubahan. Mohon kiranya hal ini dapat ditindaklanjuti agar warga tidak terus dirugikan. Saya bersedia memberikan keterangan lebih lanjut.\n\nWassalam,\n(nama dan desa mohon dirahasiakan)',
    ),
    Case(
        "email",
        "organisasi",
        "Nomor : 041/LSM-PP/VIII\nPerihal : Hasil Pemantauan Pelayanan Perizinan\n\nKepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\n\nLembaga kami, Perkumpulan Pemantau Pelayanan Publik Kukar, selama bulan Juli melakukan pemantauan di kantor pelayanan perizinan terpadu dan tiga kantor kecamatan. Beberapa temuan kami:\n\n1. Di ruang pelayanan tidak terpampang informasi persyaratan, alur, waktu penyelesaian dan biaya untuk sebagian besar jenis layanan.\n2. Janji waktu layanan yang disampaikan petugas berbeda-beda antara satu loket dengan loket lain.\n3. Kotak saran tersedia tetapi terkunci dan menurut petugas tidak pernah dibuka.\n4. Pemohon tidak pernah dimintai pendapat tentang kepuasan atas layanan yang diterima.\n\nKami memohon agar Pemerintah Kabupaten melakukan pembinaan kepada unit-unit layanan tersebut dan kami siap berdiskusi untuk menyampaikan laporan lengkap.\n\nHormat kami,\nKetua,\n\nYohanes Lede",
    ),
    Case(
        "email",
        "organisasi",
        "Perihal: Permohonan pendampingan penyusunan maklumat dan survei kepuasan\n\nYth. Bapak/Ibu,\n\nDengan hormat, kami dari UPT Puskesmas Loa Janan Ilir bermaksud memohon pendampingan teknis. Pada penilaian akreditasi tahun lalu kami mendapat catatan bahwa puskesmas belum memiliki dokumen standar layanan yang ditetapkan dan belum rutin melakukan pengukuran indeks kepuasan masyarakat.\n\nKami sudah mencoba menyusun sendiri, tetapi kami belum yakin komponen mana saja yang wajib dicantumkan, bagaimana prosedur penetapannya, serta kuesioner dan cara pengolahan hasil survei yang sesuai aturan terbaru.\n\nApabila memungkinkan, kami mohon dapat diberikan contoh format dan dijadwalkan waktu konsultasi bagi tim mutu kami.\n\nAtas bantuan Bapak/Ibu kami ucapkan terima kasih.\n\nSalam,\nKoordinator Tim Mutu\nUPT Puskesmas Loa Janan Ilir\nEka Wahyuni, S.Kep., Ns",
    ),
    Case(
        "email",
        "organisasi",
        'Subject: Fwd: permintaan uang rokok saat pengurusan berkas\n\n---------- Forwarded message ---------\nDari: Budi Santoso\nKepada: kontak Setda\n\nPak Hamdan yth,\n\nSaya teruskan keluhan ini ke Bapak karena saya bingung harus lapor ke mana.\n\nSaya rekanan yang mengerjakan pengadaan rambu lalu lintas di salah satu dinas teknis. Setiap kali kami mengantar berkas pemeriksaan dan serah terima pekerjaan, ada oknum staf di bagian administrasi dinas tersebut yang meminta "uang rokok" Rp 1-2 juta supaya berkas cepat ditandatangani. Kalau tidak dikasih berkas kami dibiarkan menumpuk di meja dan selalu dibilang pejabatnya belum ada.\n\nSaya tidak mau lagi memberikan uang seperti itu, tapi saya takut nanti pekerjaan kami dipersulit. Mohon kiranya praktik seperti ini bisa ditertibkan.\n\nTerima kasih pak.\nBudi Santoso\nCV Rambu Mahakam',
    ),
    Case(
        "whatsapp",
        "organisasi",
        "assalamualaikum pak, sy ketua RT 14 kelurahan Jahab. mau nyampein keluhan warga pak. di kantor kelurahan loket pelayanannya sering kosong, petugasnya gk tau kmn, kalo ada jg sibuk main hp. warga sy ngurus surat keterangan domisili aja 2 minggu blm jadi, disuruh balik2 terus. jam buka jg gk jelas, kadang jam 10 baru buka. mohon dibina pak pelayanan nya",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "Pak maaf sy honorer guru di SD di Muara Wis. Mau tanya pak, sy ngurus perpanjangan SK honor di kantor dinas, trus ada org di situ bilang klo mau cepet siapin 500rb, nanti diuruskan. Temen2 honorer yg lain jg ada yg dimintain. Itu memang ada biayanya kah pak? Kami gaji aja gk seberapa 😔",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "Bang sy sopir truk perusahaan ekspedisi di tenggarong seberang. Td uji KIR di dishub, tarif retribusi yg ditempel cuma segitu tp kami ditarik lagi 150rb sama petugas katanya biar lulus, gk dikasih kwitansi. Tiap kali uji gt trs bang. Ini bisa dilaporin kmn ya",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "Selamat pagi Bu. Saya Sekcam Kenohan. Kami mau ikut penilaian inovasi pelayanan tahun ini dan salah satu syaratnya harus ada hasil pengukuran kepuasan pengguna layanan kantor camat. Kami blm pernah buat survei itu bu. Apakah ada format kuesioner dan aplikasi pengolahan yg dipakai seragam di kabupaten? Kalau bisa kami minta dijadwalkan bimtek bu. Terima kasih",
    ),
    Case(
        "web",
        "organisasi",
        "Saya pengurus yayasan panti asuhan di Kecamatan Tenggarong. Kami sedang mengurus perpanjangan tanda daftar lembaga di kantor dinas. Masalahnya persyaratannya berubah-ubah. Datang pertama diminta 5 dokumen, datang kedua petugas lain bilang kurang 3 lagi, datang ketiga katanya formulir yang dipakai sudah formulir lama. Sudah 5 kali bolak-balik dan belum selesai. Tidak ada daftar persyaratan tertulis yang bisa kami pegang. Mohon agar persyaratan dibuat jelas dan diumumkan supaya pengurus lembaga seperti kami tidak dipersulit.",
    ),
    Case(
        "web",
        "organisasi",
        "Kami dari bagian legal sebuah perusahaan perkebunan di Kecamatan Kembang Janggut. Permohonan rekomendasi teknis yang kami ajukan ke kantor pelayanan perizinan sudah 3 bulan tidak ada kabar, padahal di brosur mereka tertulis 14 hari kerja. Setiap kali kami telepon jawabannya masih di meja pejabat. Kami tidak diberi nomor registrasi atau cara untuk memantau status permohonan. Kami mohon ada kejelasan dan teguran kepada unit layanan tersebut.",
    ),
    Case(
        "web",
        "organisasi",
        "lapor, di kantor dinas pendidikan untuk legalisir fotokopi ijazah dipungut Rp 10.000 per lembar, tidak ada kuitansi dan tidak ada pengumuman resmi biayanya. Saya guru honorer mau daftar PPPK butuh 10 lembar legalisir. Teman saya bilang di kabupaten lain gratis. Apakah pungutan ini ada dasar hukumnya? kalau tidak mohon ditertibkan",
    ),
    Case(
        "sms",
        "organisasi",
        "Pak sy staf puskesmas mau lapor, di loket pengurusan rekomendasi izin praktik di dinkes diminta uang 200rb tanpa kwitansi. Ini resmi atau tdk pak",
    ),
    Case(
        "telegram",
        "organisasi",
        "Pak ijin sy ASN di salah satu dinas. Pengajuan cuti sy lewat aplikasi kepegawaian udh 3 minggu statusnya 'menunggu verifikasi', tanya ke admin katanya gk tau siapa yg verifikasi. Gk ada kejelasan alur dan berapa lama prosesnya. Temen2 lain jg ngalamin. Mohon dibenahi pak layanannya",
    ),
    Case(
        "twitter",
        "organisasi",
        "Ngurus surat rekomendasi di salah satu kantor camat di Kukar bolak balik 4x, tiap dtg syaratnya beda lagi & ditanya 'ada uang lelahnya?'. Katanya reformasi birokrasi? @PemkabKukar",
    ),
]

_UMUM = [
    Case(
        "email",
        "umum",
        "Perihal: Permohonan Peminjaman Ruang Rapat\n\nKepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\nc.q. Kepala Bagian yang mengelola ruang rapat Kantor Bupati\ndi Tenggarong\n\nDengan hormat,\n\nDalam rangka kegiatan Lokakarya Penguatan Peran Perempuan dalam Pembangunan Desa yang akan diselenggarakan oleh Yayasan Perempuan Mahakam bekerja sama dengan beberapa kepala desa, kami bermaksud meminjam salah satu ruang rapat di lingkungan Kantor Bupati Kutai Kartanegara pada:\n\nHari/tanggal : Kamis, 12 September\nWaktu : 08.00 - 15.00 WITA\nPerkiraan peserta : 60 orang\n\nKami juga mohon informasi apakah tersedia pengeras suara dan proyektor, serta ketentuan yang harus kami penuhi terkait kebersihan dan penggunaan ruangan.\n\nDemikian permohonan ini, atas perkenannya kami ucapkan terima kasih.\n\nHormat kami,\nDirektur Yayasan Perempuan Mahakam\n\nSri Handayani",
    ),
    Case(
        "email",
        "umum",
        "Subject: Konfirmasi penerimaan surat Universitas\n\nYth. Petugas Tata Usaha Sekretariat Daerah Kab. Kutai Kartanegara,\n\nKami dari Biro Kerja Sama sebuah universitas negeri di Samarinda. Pada tanggal 2 Agustus kami telah mengirimkan surat resmi bernomor 1187/UN17/KS/VIII ditujukan kepada Bapak Bupati melalui jasa ekspedisi, dan menurut pelacakan paket tersebut telah diterima oleh petugas di pos jaga Kantor Bupati pada tanggal 5 Agustus.\n\nNamun sampai hari ini kami belum mendapat kabar apa pun, dan ketika kami menelepon, staf yang menerima telepon tidak dapat menemukan surat tersebut di buku agenda.\n\nMohon bantuan untuk memastikan apakah surat kami sudah tercatat sebagai surat masuk dan sudah diteruskan ke mana. Jika memang tidak ditemukan, kami akan mengirim ulang; mohon diinformasikan alamat dan cara pengiriman yang benar agar tidak tercecer lagi.\n\nTerima kasih.\n\nSalam,\nRatna Dewi\nStaf Biro Kerja Sama",
    ),
    Case(
        "email",
        "umum",
        "Yth. Kasubbag yang menangani rumah tangga,\n\nMohon maaf kami sampaikan lewat email karena laporan lisan sudah beberapa kali tapi belum ada tindak lanjut.\n\nRuang kerja staf di lantai 2 sayap kiri Kantor Bupati (ruang Bagian Hukum) kondisinya sebagai berikut:\n- Dua unit AC mati sejak awal bulan lalu, ruangan sangat panas terutama siang hari.\n- Plafon di dekat jendela bocor, saat hujan air menetes ke meja arsip dan beberapa berkas sudah basah.\n- Satu pintu kaca tidak bisa dikunci.\n\nKarena di ruangan ini tersimpan dokumen penting, kami mohon perbaikan dapat segera dijadwalkan.\n\nTerima kasih.\n\nSalam,\nRahmat Hidayat\nStaf Bagian Hukum Setda Kukar\nExt. 214",
    ),
    Case(
        "email",
        "umum",
        "Perihal: Kehilangan sepeda motor di area parkir Kantor Bupati\n\nYth. Bapak/Ibu,\n\nSaya Arif, staf lapangan sebuah perusahaan kontraktor yang pada hari Selasa lalu datang ke Kantor Bupati untuk rapat di salah satu bagian. Motor saya (Honda Beat hitam, KT 4xxx xx) saya parkir di area parkir tamu samping gedung sekitar pukul 09.00, dan ketika saya keluar pukul 13.30 motor sudah tidak ada.\n\nPetugas jaga di pos depan mengatakan tidak melihat apa-apa dan menyarankan saya bertanya ke kantor. Saya sudah membuat laporan polisi, tetapi polisi meminta rekaman CCTV dari pengelola gedung.\n\nMohon bantuan Bapak/Ibu agar rekaman CCTV area parkir pada jam tersebut dapat diperiksa dan diberikan kepada penyidik. Saya juga berharap pengamanan area parkir tamu dapat ditingkatkan.\n\nTerima kasih.\n\nHormat saya,\nArif Budiman\nHP 0821 5xxx 7788",
    ),
    Case(
        "email",
        "umum",
        "Nomor : 400/212/Kec-MB\nPerihal : Permohonan pinjam pakai kendaraan bus\n\nKepada Yth.\nSekretaris Daerah Kab. Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\n\nDalam rangka keberangkatan kafilah Kecamatan Muara Badak untuk mengikuti MTQ tingkat Kabupaten di Kecamatan Tenggarong Seberang tanggal 20 s.d. 27 Oktober, bersama ini kami mohon kiranya dapat dipinjamkan 1 (satu) unit bus operasional milik Sekretariat Daerah untuk mengangkut peserta dan pendamping sebanyak 38 orang.\n\nBiaya bahan bakar dan uang makan pengemudi akan kami tanggung sepenuhnya.\n\nDemikian permohonan kami, atas perhatian dan bantuannya diucapkan terima kasih.\n\nCamat Muara Badak,\n\nttd\n\nSyamsul Bahri, S.STP",
    ),
    Case(
        "whatsapp",
        "umum",
        "pak ijin lapor, toilet pria di lantai 1 gedung kantor bupati yg dkt mushola mampet udh seminggu, bau bgt sampe ke lorong. tamu2 pd ngeluh. sy honorer di sini pak, udh bilang ke cleaning service katanya nunggu tukang. tlg dibantu pak 🙏",
    ),
    Case(
        "whatsapp",
        "umum",
        "Siang mas, sy kurir ekspedisi mau antar surat2 dan paket dokumen utk kantor bupati, tp satpam di gerbang gk ngizinin masuk, suruh taruh di pos aja. Sy takut hilang mas soalnya harus ada tanda terima dan cap. Sebenarnya bagian yg nerima surat masuk itu di ruangan mana ya mas? Jam berapa bukanya?",
    ),
    Case(
        "whatsapp",
        "umum",
        "Pak maaf mengganggu. Sy ketua RT di Timbau. Tiap malam minggu ada mobil dinas plat merah dgn stiker Setda diparkir di depan kafe dkt lapangan sampe jam 2 pagi, yg bawa anak2 muda bukan pegawai kayaknya. Apa memang boleh mobil dinas sekretariat dipake gt? Nopolnya sy kirim ya pak",
    ),
    Case(
        "whatsapp",
        "umum",
        "Assalamualaikum kak, sy dr DPD KNPI Kukar. Kami rencana rapat kerja daerah tgl 5 bulan depan, pengen pinjam aula lantai 3 kantor bupati. Prosedurnya gmn ya kak, surat ditujukan ke siapa, ada biaya atau gk? Kira2 hari itu aula kosong gk",
    ),
    Case(
        "web",
        "umum",
        "Saya sering ada urusan ke Kantor Bupati sebagai rekanan. Area parkir tamu selalu penuh sejak pagi oleh kendaraan pegawai, sehingga tamu terpaksa parkir di bahu jalan depan kantor dan beberapa kali kena tilang. Tidak ada petugas yang mengatur dan tanda parkir khusus tamu juga sudah pudar. Mohon penataan parkir di lingkungan Kantor Bupati supaya tamu dari luar bisa parkir dengan tertib.",
    ),
    Case(
        "web",
        "umum",
        "Kami karyawan perusahaan yang kantornya berseberangan dengan kompleks Kantor Bupati. Beberapa malam terakhir pos jaga di gerbang belakang kosong, lampu halaman banyak yang mati dan kami melihat orang tak dikenal keluar masuk pagar belakang membawa barang. Kami khawatir ada pencurian aset kantor. Mohon pengamanan malam hari di kompleks tersebut diperketat.",
    ),
    Case(
        "web",
        "umum",
        "tumpukan sampah dan kardus bekas di belakang gedung kantor bupati dekat gudang sudah berminggu minggu tidak diangkut, bau dan banyak lalat, kelihatan dari jalan. saya guru yang tiap hari lewat situ antar murid. malu dilihat tamu, tolong dibersihkan",
    ),
    Case(
        "sms",
        "umum",
        "Pak lampu taman dan lampu parkir di kantor bupati mati smua sdh sebulan, gelap bgt klo kami lembur pulang malam. Mohon diperbaiki. Staf Setda",
    ),
    Case(
        "telegram",
        "umum",
        "Pak, lift di gedung utama kantor bupati macet lagi sejak kemarin, kemarin sempat ada pegawai terjebak 15 menit. Tamu yg disabilitas jd gk bisa naik ke lt 3. Tlg segera dipanggil teknisinya pak",
    ),
    Case(
        "twitter",
        "umum",
        "Kantor Bupati Kukar gedungnya megah tp toilet tamunya jorok, air gak ngalir, tisu gak ada. Malu sama tamu dr luar daerah. Tolong diurus @PemkabKukar",
    ),
]

_PROKOM = [
    Case(
        "email",
        "prokom",
        'Nomor : 212/Rek/UNIKARTA/IX\nPerihal : Permohonan Kesediaan Menjadi Pembicara Kunci\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\n\nDalam rangka Dies Natalis Universitas Kutai Kartanegara, kami akan menyelenggarakan Seminar Nasional bertema "Kukar Pasca Tambang: Arah Ekonomi Berkelanjutan" pada:\n\nHari/tanggal : Sabtu, 19 Oktober\nTempat : Auditorium Kampus Unikarta, Tenggarong\nWaktu : 08.30 WITA s.d. selesai\n\nSehubungan dengan hal tersebut, kami mohon kesediaan Bapak Bupati untuk hadir dan menyampaikan pidato kunci (keynote speech) pada sesi pembukaan selama kurang lebih 20 menit. Narahubung panitia dapat dihubungi melalui nomor di bawah untuk koordinasi waktu dan materi.\n\nAtas perhatian dan kesediaan Bapak, kami sampaikan terima kasih.\n\nRektor,\n\nttd\n\nNarahubung: Fajar (0812 5xxx 3344)',
    ),
    Case(
        "email",
        "prokom",
        "Subject: Permohonan waktu audiensi dengan Bapak Bupati\n\nYth. Bapak/Ibu di Sekretariat Daerah Kabupaten Kutai Kartanegara,\n\nKami dari PT Kaltim Agro Lestari, perusahaan perkebunan yang beroperasi di Kecamatan Muara Kaman dan Kenohan. Manajemen kami yang baru saja berganti bermaksud bersilaturahmi sekaligus memaparkan secara langsung rencana program tanggung jawab sosial perusahaan untuk tiga tahun ke depan kepada Bapak Bupati.\n\nKami mohon kiranya dapat diberikan jadwal pertemuan dengan Bapak Bupati pada minggu kedua atau ketiga bulan November. Rombongan kami berjumlah 5 orang dipimpin oleh Direktur Operasional.\n\nMohon informasi prosedur dan kelengkapan yang harus kami siapkan.\n\nHormat kami,\nAndreas Simatupang\nGeneral Manager External Affairs\nPT Kaltim Agro Lestari",
    ),
    Case(
        "email",
        "prokom",
        "Perihal: Permintaan dimasukkan dalam daftar media undangan liputan kegiatan Bupati\n\nYth. Bapak/Ibu pengelola hubungan media Sekretariat Daerah Kukar,\n\nKami dari redaksi media daring lokal yang berbasis di Tenggarong, sudah terverifikasi Dewan Pers sejak tahun lalu. Selama ini kami hanya mengetahui jadwal kegiatan Bapak Bupati dari unggahan media sosial setelah acaranya selesai, sedangkan beberapa media lain rutin mendapat undangan peliputan dan siaran pers.\n\nKami mohon kiranya media kami dapat dimasukkan ke dalam grup/daftar distribusi undangan liputan dan rilis resmi Pemkab. Bersama email ini kami lampirkan profil redaksi, sertifikat verifikasi, dan kartu pers wartawan kami yang bertugas.\n\nTerima kasih atas perhatiannya.\n\nSalam redaksi,\nM. Iqbal\nPemimpin Redaksi",
    ),
    Case(
        "email",
        "prokom",
        "Perihal: Undangan Peresmian Festival Budaya Desa\n\nYth. Bapak Bupati Kutai Kartanegara\nmelalui Sekretariat Daerah\n\nDengan hormat,\n\nPemerintah Desa Kedang Ipil, Kecamatan Kota Bangun, bersama lembaga adat setempat akan menggelar Festival Budaya Nutuk Beham pada tanggal 14-16 November. Kami sangat berharap Bapak Bupati berkenan hadir untuk membuka secara resmi festival tersebut pada tanggal 14 November pukul 09.00 WITA, sekaligus memberikan sambutan kepada masyarakat.\n\nSurat undangan resmi sudah kami antar ke Kantor Bupati pada tanggal 1 Oktober. Melalui email ini kami ingin menanyakan apakah sudah ada kepastian kehadiran beliau, karena kami perlu menyiapkan susunan acara dan tempat.\n\nAtas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nKepala Desa Kedang Ipil\n\nttd\n\nRusliansyah",
    ),
    Case(
        "email",
        "prokom",
        "Subject: Re: Koordinasi upacara HUT Kota Tenggarong\n\n> Mohon Dinas segera mengirim nama petugas upacara.\n\nSelamat siang Pak,\n\nNama petugas dari kami sudah kami kirim kemarin sore. Sekalian kami mau menanyakan dua hal:\n\n1. Jadwal gladi kotor dan gladi bersih upacara di halaman Kantor Bupati jadi tanggal berapa dan jam berapa? Di grup ada dua informasi yang berbeda.\n2. Untuk dokumentasi dan buku laporan kegiatan dinas, apakah kami bisa mendapatkan naskah sambutan Bapak Bupati pada upacara tahun lalu dan tahun ini setelah dibacakan?\n\nTerima kasih atas bantuannya.\n\nSalam,\nLina Marlina\nStaf Dinas Pariwisata Kab. Kukar",
    ),
    Case(
        "whatsapp",
        "prokom",
        "bang mau tanya, surat undangan kami utk pak bupati hadir di pelantikan pengurus ormas pemuda tingkat kabupaten tgl 28 udh masuk blm ya? kami antar minggu lalu. kpn kira2 ada kepastian beliau bisa hadir atau diwakilkan? soalnya mau cetak baliho bang",
    ),
    Case(
        "whatsapp",
        "prokom",
        "Selamat sore Bu. Sy guru di SDN 005 Loa Janan. Akun IG resmi Bupati kemarin upload foto kunjungan ke sekolah kami, tp di fotonya keliatan jelas wajah murid kami yg lagi dlm pengasuhan khusus (kasus keluarga) dan orang tuanya keberatan. Mohon bantuan Bu, apakah fotonya bisa diganti atau diturunkan? Trims",
    ),
    Case(
        "whatsapp",
        "prokom",
        "Assalamualaikum pak, sy ketua majelis taklim ibu2 di Desa Sungai Mariam Anggana. Kami mau mengundang Pak Bupati utk membuka pengajian akbar dlm rangka Maulid Nabi tgl 15 bulan depan pak. Suratnya ditujukan kemana ya pak dan berapa lama sebelumnya harus diantar? Mksh pak",
    ),
    Case(
        "whatsapp",
        "prokom",
        "Pak ijin sy staf kecamatan Kembang Janggut. Rencana kunjungan kerja Pak Bupati ke sini tgl 9, kami mau nanya tata urutan sambutan (camat, kades tuan rumah, tokoh adat) dan susunan tempat duduk undangan di tenda spt apa pak. Apa ada pedoman dr protokol yg bisa kami ikuti? Soalnya takut salah",
    ),
    Case(
        "web",
        "prokom",
        "Kami kelompok tani gabungan dari Desa Sidomulyo dan Bukit Pariaman, Tenggarong Seberang, sudah beberapa kali menyampaikan masalah kami ke dinas tapi belum ada titik temu. Kami mohon diberi kesempatan bertemu langsung dengan Bapak Bupati untuk menyampaikan aspirasi petani. Perwakilan kami sekitar 10 orang. Mohon informasi bagaimana cara mengajukan permohonan pertemuan dan berapa lama biasanya menunggu jadwal.",
    ),
    Case(
        "web",
        "prokom",
        "Saya wartawan dari media cetak mingguan. Pada konferensi pers Bupati di Pendopo hari Jumat lalu, saya dan dua wartawan lain dilarang masuk oleh petugas protokol dengan alasan 'hanya media undangan', padahal saya sudah menunjukkan kartu pers. Setelah acara tidak ada rilis yang dibagikan kepada kami. Mohon penjelasan tentang aturan peliputan kegiatan pimpinan daerah dan agar perlakuan kepada media dibuat adil.",
    ),
    Case(
        "web",
        "prokom",
        "halo kak, saya ketua OSIS SMA Negeri di Tenggarong Seberang. sekolah kami mau adakan seminar kepemimpinan pelajar se-Kukar bulan depan dan kami ingin sekali pak bupati jadi pembicara atau minimal membuka acaranya. apakah pelajar boleh mengundang langsung? surat harus ditandatangani kepala sekolah atau cukup OSIS? terimakasih kak",
    ),
    Case(
        "sms",
        "prokom",
        "Mhn info pak, permohonan audiensi Forum Ketua RT Kel. Loa Ipuh dgn Bapak Bupati sdh dijadwalkan blm? surat kami msk tgl 3 bln lalu. Trm ksh. Ketua Forum",
    ),
    Case(
        "telegram",
        "prokom",
        "Selamat pagi Pak. Sy dr bagian corporate communication Bank Kaltimtara cabang Tenggarong. Utk publikasi penandatanganan kemarin, kami mau minta foto2 resmi Pak Bupati saat acara dan memastikan isi siaran pers bersama sblm kami terbitkan di media. Drafnya sy kirim di sini ya pak, mohon dikoreksi bila ada kutipan beliau yg kurang tepat",
    ),
    Case(
        "twitter",
        "prokom",
        "Min, video sambutan Pak Bupati di upacara 17an kemarin kok gak diupload full di YouTube resmi? Cuma potongan 1 menit di IG. Mau nonton ulang bagian yg soal beasiswa itu @PemkabKukar",
    ),
]

_PERENCANAAN_KEUANGAN = [
    Case(
        "email",
        "perencanaan_keuangan",
        'Perihal: Permohonan Pembayaran Tagihan Konsumsi Kegiatan\n\nKepada Yth.\nBendahara Pengeluaran Sekretariat Daerah Kab. Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\n\nKami, CV Dapur Tepian, penyedia jasa makan dan minum untuk beberapa kegiatan rapat dan penerimaan tamu di lingkungan Sekretariat Daerah selama bulan Mei dan Juni, dengan ini menyampaikan bahwa tagihan kami sebesar Rp 87.450.000,- (delapan puluh tujuh juta empat ratus lima puluh ribu rupiah) sampai saat ini belum dibayarkan.\n\nSeluruh berkas tagihan (faktur, berita acara, daftar hadir dan foto kegiatan) telah kami serahkan pada tanggal 8 Juli. Setiap kami konfirmasi, jawaban yang kami terima hanya "masih proses".\n\nSebagai usaha kecil, keterlambatan ini sangat memberatkan karena kami harus membayar pemasok bahan dan upah karyawan. Kami mohon kejelasan kapan tagihan tersebut dapat dibayarkan.\n\nHormat kami,\nCV Dapur Tepian\n\nHj. Norhayati\nPemilik',
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Subject: Honorarium narasumber sosialisasi Perbup\n\nYth. Bapak/Ibu,\n\nSaya dosen Fakultas Hukum yang diundang sebagai narasumber pada kegiatan sosialisasi peraturan bupati yang diselenggarakan Sekretariat Daerah di Hotel Grand Elty Singgasana pada tanggal 23 April.\n\nPada saat acara saya sudah menandatangani daftar penerimaan honorarium dan menyerahkan fotokopi NPWP serta nomor rekening, namun sampai sekarang, sudah lebih dari empat bulan, honorarium tersebut belum saya terima. Panitia yang saya hubungi menyampaikan bahwa urusan pembayaran bukan di mereka.\n\nMohon kiranya dapat dibantu dicek status pembayarannya. Jika ada dokumen yang kurang, saya siap melengkapinya.\n\nTerima kasih.\n\nSalam hormat,\nDr. Hairul Anwar, S.H., M.H.",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Yth. Subbagian yang mengurus keuangan Setda,\n\nSaya staf pelaksana di Bagian Pemerintahan Setda Kukar. TPP saya bulan Agustus yang masuk ke rekening hanya sekitar 60% dari biasanya, padahal saya tidak pernah absen dan laporan kinerja harian sudah saya isi lengkap dan disetujui atasan.\n\nSaya sudah tanya ke operator kepegawaian di bagian, katanya perhitungan potongan dari keuangan. Saya ingin tahu rincian potongan tersebut dasarnya apa, dan jika ada kesalahan input mohon dapat dikoreksi pada pembayaran berikutnya.\n\nTerima kasih atas bantuannya.\n\nSalam,\nNurul Fitriani\nNIP 19910507 201503 2 004",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Subject: Penggantian biaya perjalanan dinas ke Jakarta belum dibayar\n\nSelamat pagi Bu Ratna,\n\nMohon maaf saya menanyakan lagi. Perjalanan dinas saya mendampingi pimpinan ke Jakarta tanggal 10-13 Juni lalu sampai sekarang belum dibayarkan. Waktu itu tiket pesawat dan hotel saya talangi dulu pakai uang pribadi sekitar Rp 9,2 juta.\n\nBulan lalu saya diminta mengumpulkan ulang bill hotel asli karena yang pertama katanya hilang. Sudah saya serahkan lagi tanggal 3 Agustus, tapi belum ada kabar.\n\nMohon dibantu ya Bu, karena uang tersebut sebenarnya untuk biaya sekolah anak.\n\nTerima kasih,\nYoga Prasetyo\nStaf Bagian Protokol dan Komunikasi Pimpinan",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Subject: Re: Re: Tagihan cetak buku agenda dan map Setda\n\n> Baik Pak, berkas sudah kami terima, nanti kami proses.\n> ---\n> Terlampir faktur dan BAST, mohon diproses.\n\nSelamat siang Pak,\n\nMenyambung email di bawah, tagihan pencetakan 1.500 buku agenda dan 3.000 map berlogo untuk Sekretariat Daerah yang barangnya sudah kami serahkan ke Bagian Umum bulan Februari, sampai hari ini (sudah 7 bulan) belum juga dibayar. Berkas sudah kami kirim dua kali.\n\nKami mohon kepastian jadwal pembayarannya, karena percetakan kami juga harus melunasi utang kertas ke distributor.\n\nTerima kasih.\n\nHormat kami,\nSusanto\nPercetakan Mahakam Jaya, Tenggarong",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "pak maaf sy Udin sopir kontrak di Setda yg biasa bawa mobil pimpinan. honor sy bulan juli sm agustus blm masuk pak, temen2 tenaga kontrak lain jg sama. kmrn tanya katanya nunggu anggaran. sy udh ngutang sana sini pak buat makan. kira2 kapan cair ya pak",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "Bu, ini Dewi dr Prokom. SPJ kegiatan rapat koordinasi humas bulan lalu dikembalikan lagi sm verifikator, katanya format kwitansi sm daftar hadir gk sesuai yg terbaru. Boleh minta contoh format SPJ yg berlaku skrg bu? Soalnya kalo gk masuk minggu ini, pencairan GU bagian kami ketahan",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "Slmt siang pak, sy kontraktor yg ngerjain renovasi ruang rapat lantai 2 Setda. Pekerjaan sdh 100% dan BAST sdh ditandatangani bulan lalu, tp pembayaran termin terakhir blm masuk pak. Katanya SP2D nya blm terbit. Tolong dibantu pak, tukang2 sy blm dibayar",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "pak mau tanya, uang lembur kami staf setda yg ikut nyiapin acara HUT Kukar kemarin sampe malam2 itu gk dibayar kah? udh 3 bln. SK lemburnya katanya ada. sy dr bagian umum pak",
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        "Kami toko alat tulis kantor di Jl. Muso Salim Tenggarong. Sejak bulan Maret kami mengirim ATK dan tinta printer untuk Sekretariat Daerah setiap bulan sesuai pesanan, total tagihan sekarang sudah Rp 46 juta lebih. Waktu kami tanyakan, katanya menunggu anggaran perubahan. Kami pedagang kecil, modal kami tertahan. Mohon tagihan kami segera diselesaikan.",
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        "Saya PPPK yang ditempatkan di Sekretariat Daerah sejak awal tahun. Sampai bulan ini saya dan 11 rekan PPPK lain di Setda belum pernah menerima tambahan penghasilan, padahal PPPK di beberapa dinas lain sudah menerima. Kami ingin penjelasan apakah PPPK di Setda memang belum dianggarkan atau ada berkas yang belum kami lengkapi.",
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        "Kami dari bagian sales hotel di Tenggarong. Pada bulan Juni Sekretariat Daerah memesan 18 kamar selama 3 malam untuk tamu kegiatan, dengan surat pemesanan resmi. Invoice sudah kami kirim, tetapi sampai sekarang belum ada pembayaran dan kami kesulitan menghubungi pihak yang memesan. Mohon bantuan agar tagihan kami diproses.",
    ),
    Case(
        "sms",
        "perencanaan_keuangan",
        "Pak sy sopir rental yg disewa Setda utk antar jemput tamu bupati bln lalu 5 hari, uang sewa mobil blm dibayar sampai skrg. Mohon info kpn cair. Trm ksh - Jamal",
    ),
    Case(
        "telegram",
        "perencanaan_keuangan",
        "Pak, SPPD sy perjalanan dinas ke Kembang Janggut 3 hari bulan lalu blm diganti, sy udh pake duit pribadi utk speedboat sm penginapan. Kwitansi udh sy serahin ke bendahara bagian. Kira2 kpn ya pak?",
    ),
    Case(
        "twitter",
        "perencanaan_keuangan",
        "Udah 5 bulan tagihan katering kami ke Setda Kukar belum dibayar. UMKM lokal modal pas2an, tiap ditanya jawabnya 'sabar ya'. Tolong lah @PemkabKukar",
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
