# ruff: noqa: E501
"""Blind set written 2026-12-07 (twenty-fifth of the day) for issue 16: the e-mail inbox as it really arrives: formal letters from village heads, camat offices, schools, houses of worship, companies, vendors, cooperatives, NGOs and associations (salutations, "Perihal:", numbered letters, closings, signatures with NIP and phone numbers), letters pasted into the body, forwards with a cover note, replies quoting an earlier message, e-mails that name other offices or matters in passing, long e-mails with a main request, short e-mails from phones; the other channels in informal Indonesian. 15 cases per section; per section 6 email, 2 web, 2 whatsapp, 2 sms, 1 telegram, 2 twitter (72 email, 24 each of web, whatsapp, sms and twitter, 12 telegram). Written by two helper sessions, six sections each, with the same instructions, and joined into this file unread.

Written without reading config.yaml, routing/ or tests/routing/; each case is labelled only from
the mandates in docs/sections.md.

Scored ONCE, blind, with the rules of main 234e647 (this file committed unread in that commit; the
rules are those of 5fbef44, the end of the session before), on 2026-12-07 at 23:33 UTC: 166/180
correct = 92.2% (Wilson 95% interval 87.4%-95.3%), one fallback (#102, to organisasi). Per
channel: email 63/72 = 87.5%, sms 23/24, telegram 11/12, twitter 23/24, web 23/24, whatsapp
23/24.
The errors (index in CASES, label -> got): #15 kesra -> adpem, #16 kesra -> adpem, #18 kesra ->
perencanaan_keuangan, #32 hukum -> organisasi, #39 hukum -> adpem, #77 sda -> organisasi, #80
sda -> kerjasama, #91 adpem -> organisasi, #102 adpem -> organisasi (fallback), #118 pbj ->
adpem, #126 organisasi -> perencanaan_keuangan, #135 umum -> prokom, #146 umum -> organisasi,
#151 prokom -> kesra.
"""

from __future__ import annotations

from tests.routing.case import Case

_PEMERINTAHAN = [
    Case(
        "email",
        "pemerintahan",
        "Kepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nNomor : 140/087/DS-SBT/IV/2024\nLampiran : 1 (satu) berkas\nPerihal : Permohonan Fasilitasi Penegasan Batas Desa\n\nDengan hormat,\nBersama ini kami Pemerintah Desa Sebuntal Kecamatan Marangkayu menyampaikan bahwa sampai saat ini batas wilayah antara Desa Sebuntal dan Desa Santan Ilir di sekitar RT 09 belum pernah ditegaskan secara resmi. Akibatnya terdapat kurang lebih 40 kepala keluarga yang KTP-nya tercatat di Santan Ilir tetapi rumahnya berada di wilayah yang selama ini kami layani, sehingga pendataan penerima bantuan dan penagihan PBB menjadi tumpang tindih.\n\nKami telah dua kali mengadakan musyawarah bersama pemerintah desa tetangga yang difasilitasi Camat Marangkayu (19 Januari dan 7 Maret 2024), namun belum tercapai kesepakatan mengenai titik pilar di tepi Sungai Santan. Oleh karena itu kami mohon kiranya Bapak berkenan menugaskan tim penegasan batas desa tingkat kabupaten untuk turun melakukan pelacakan dan pemasangan pilar batas.\n\nSebagai bahan pertimbangan, bersama ini kami lampirkan peta sketsa, berita acara kedua musyawarah, serta daftar nama warga yang terdampak.\n\nDemikian permohonan ini kami sampaikan, atas perhatian dan kerjasamanya diucapkan terima kasih.\n\nSebuntal, 2 April 2024\nKepala Desa Sebuntal\n\nttd\n\nH. ABDUL RAHMAN\n\nTembusan:\n1. Camat Marangkayu\n2. Ketua BPD Sebuntal\n\nKontak: 0812-5561-3320",
    ),
    Case(
        "email",
        "pemerintahan",
        "Yth. Bapak/Ibu di Setda Kukar,\nBersama ini saya teruskan surat keberatan dari tim salah satu calon yang masuk ke kantor kami semalam. Karena menyangkut penetapan hasil pemilihan kepala desa, menurut pimpinan kami perlu arahan dari kabupaten sebelum panitia mengirim berkas ke BPD. Mohon petunjuk.\n\nSalam,\nRusdiansyah\nStaf Kantor Camat Loa Janan\n\n---------- Forwarded message ---------\nDari: Tim Pemenangan Nomor 2 <timno2.loaduriilir@gmail.com>\nTanggal: Kam, 16 Nov 2023 pukul 20.41\nSubjek: Keberatan Hasil Penghitungan Suara Pilkades Loa Duri Ilir\nKepada: <kec.loajanan@gmail.com>\n\nDengan hormat,\nKami menyampaikan keberatan atas hasil penghitungan suara pemilihan kepala desa Loa Duri Ilir tanggal 15 November 2023. Di TPS 3 terdapat 57 surat suara yang dinyatakan tidak sah karena coblosan tembus, padahal menurut tata tertib yang dibacakan panitia sendiri, coblos tembus yang tidak mengenai kotak calon lain dianggap sah. Selisih suara antara calon nomor 1 dan nomor 2 hanya 31 suara. Saksi kami sudah menyatakan keberatan di TPS tetapi tidak dicatat dalam berita acara oleh panitia.\n\nKami mohon dilakukan penghitungan ulang surat suara TPS 3 dan penundaan penetapan calon terpilih sampai keberatan ini diselesaikan.\n\nHormat kami,\nMuhammad Iqbal (Ketua Tim)\n0821-5400-7781",
    ),
    Case(
        "email",
        "pemerintahan",
        "Selamat siang,\n\nBerikut saya lengkapi data yang diminta:\n- Nama: Sulastri\n- Alamat: Jl. Danau Murung RT 21, Kelurahan Loa Ipuh Darat, Tenggarong\n- Yang dilaporkan: penggantian ketua RT 21 oleh Lurah tanpa pemilihan\n\nKetua RT kami yang lama, Pak Sugianto, masa baktinya baru habis Desember 2024, tetapi tanggal 2 Mei 2024 keluar SK Lurah yang menunjuk orang lain sebagai ketua RT. Warga tidak pernah diundang rapat, tidak ada pemilihan, dan waktu kami tanyakan ke kelurahan jawabannya hanya 'sudah keputusan pimpinan'. Orang yang ditunjuk itu pun baru empat bulan tinggal di lingkungan kami. Kami mohon SK tersebut ditinjau kembali dan pemilihan ketua RT dilakukan sesuai aturan yang berlaku.\n\nTerima kasih.\n\nPada Sen, 13 Mei 2024 pukul 09.12 Pengaduan Setda Kukar <pengaduan.setda@kukarkab.go.id> menulis:\n> Yth. Sdr. Sulastri,\n> Terima kasih atas pesan Anda. Agar dapat kami teruskan, mohon\n> lengkapi nama lengkap, alamat, serta uraian singkat permasalahan.\n>\n> Salam,\n> Admin Pengaduan Setda Kukar",
    ),
    Case(
        "email",
        "pemerintahan",
        "Kepada Yth. Bapak Bupati Kutai Kartanegara\nCc: Ketua DPRD Kab. Kutai Kartanegara; Sekretaris Daerah\n\nAssalamu'alaikum Wr. Wb.\n\nSaya Hendra Saputra, warga Desa Sumber Sari, Kecamatan Loa Kulu. Tahun lalu saya pernah mengirim pengaduan tentang jalan usaha tani yang berlubang di RT 07 dan alhamdulillah sudah ditangani Dinas PU, untuk itu kami berterima kasih.\n\nKali ini saya ingin menyampaikan keadaan di kantor desa kami. Sejak Januari kepala desa hampir tidak pernah hadir. Menurut perangkat, beliau sekarang tinggal di Samarinda dan hanya datang kalau ada kunjungan dari kecamatan. Musyawarah desa untuk RKPDes 2025 tidak pernah diumumkan, papan informasi APBDes di depan kantor kosong sejak 2023, dan BPD mengaku tidak pernah diberi salinan laporan realisasi. Dua orang kaur diberhentikan bulan Maret tanpa alasan yang jelas dan, setahu kami, tanpa rekomendasi camat.\n\nHal ini sudah kami sampaikan ke Kecamatan Loa Kulu secara lisan pada bulan April, tetapi sampai sekarang belum ada pembinaan apa pun. Kami mohon pemerintah kabupaten menurunkan tim untuk membina dan memeriksa jalannya penyelenggaraan desa di Sumber Sari.\n\nWassalamu'alaikum Wr. Wb.\n\nHendra Saputra\nRT 05 Desa Sumber Sari\nHP 0853-4612-0098",
    ),
    Case(
        "email",
        "pemerintahan",
        "pak kapan jadwal pilkades serentak kukar berikutnya? desa kami jembayan tengah kadesnya sudah habis masa jabatan sejak bulan lalu sekarang dipegang pj dari kecamatan. warga tanya2 terus ke saya selaku ketua rt, katanya ada yg mau nyalon tp blm tau persyaratannya\n\nDikirim dari Yahoo Mail di Android",
    ),
    Case(
        "email",
        "pemerintahan",
        "Kepada Yth.\nBapak Sekretaris Daerah Kabupaten Kutai Kartanegara\nc.q. Asisten I\ndi -\n      Tenggarong\n\nNomor     : 100.3/214/Kec.KJ/2024\nSifat     : Penting\nLampiran  : 1 (satu) bundel\nPerihal   : Usulan Pembentukan Desa Persiapan\n\nDengan hormat,\nMenindaklanjuti aspirasi masyarakat Dusun Sungai Lunuk yang disampaikan dalam musyawarah desa Long Beleh Haloq tanggal 12 Februari 2024, bersama ini kami sampaikan usulan pembentukan desa persiapan dengan data sebagai berikut:\n1. Jumlah penduduk dusun: 1.287 jiwa / 352 KK;\n2. Jarak ke kantor desa induk: kurang lebih 27 km, hanya dapat ditempuh melalui sungai atau jalan perusahaan;\n3. Sarana yang telah tersedia: SD filial, pustu, balai pertemuan dusun dan masjid.\n\nMengingat usulan ini menyangkut perubahan cakupan wilayah desa induk, kami mohon kiranya Bapak dapat memberikan arahan mengenai persyaratan dan tahapan yang harus dipenuhi, serta menjadwalkan verifikasi lapangan oleh tim kabupaten.\n\nDemikian disampaikan, atas perhatian Bapak diucapkan terima kasih.\n\nKembang Janggut, 4 Maret 2024\nCAMAT KEMBANG JANGGUT,\n\nDrs. ISMAIL HAMDANI, M.Si\nPembina Tk. I (IV/b)\nNIP. 19710314 199803 1 006",
    ),
    Case(
        "web",
        "pemerintahan",
        "Nama: Yuliani\nKecamatan: Muara Muntai\nJudul: Pengangkatan perangkat desa tidak melalui seleksi\nIsi laporan: Kepala Desa Jantur bulan Juni kemarin mengangkat sekretaris desa dan kasi pelayanan yang baru. Dua-duanya masih keluarga dekat beliau (adik ipar dan keponakan). Tidak ada pengumuman penjaringan, tidak ada ujian, warga yang sudah siap mendaftar tidak diberi kesempatan. Waktu kami tanyakan di kantor camat disuruh menunggu. Mohon ini ditinjau karena menurut kami tidak sesuai prosedur pengangkatan perangkat desa.",
    ),
    Case(
        "web",
        "pemerintahan",
        "Judul: Sengketa lapangan dan tanah kas desa\nIsi laporan: Saya ketua BPD Desa Bukit Raya, Tenggarong Seberang. Sebidang tanah kas desa seluas sekitar 1,5 hektare yang dipakai untuk lapangan sepak bola sejak tahun 1990-an sekarang diklaim oleh Desa Manunggal Jaya sebagai bagian dari wilayah mereka, dan mereka sudah memasang papan nama. Kedua desa sama-sama punya peta sendiri yang berbeda. Sudah dua kali rapat di kecamatan tapi buntu. Kami mohon kabupaten turun tangan menyelesaikan persoalan ini sebelum warga kedua desa bentrok.",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "Assalamualaikum pak, maaf mengganggu. mau lapor ketua RT 14 kami di Jl. Gunung Belah sdh meninggal 3 bln lalu, sampe skrg blm ada pemilihan RT baru. kelurahan Mangkurawang blm ada tindakan. urus surat pengantar jd susah, warga bingung mau minta ttd ke siapa. mohon dibantu pak 🙏",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "pak sy mau tanya, knp nama calon kades dr kampung kami dicoret panitia pilkades sungai meriam? alasannya ijazah paket C ga diakui, pdhl calon lain jg paket C tp lolos. ini ga adil pak, tolong dicek sblm pemungutan suara tgl 20",
    ),
    Case(
        "sms",
        "pemerintahan",
        "Yth Setda. BPD desa Kutai Lama tdk prnh diajak musdes, kades tetapkan APBDes sendiri tnpa rapat. Sdh lapor ke camat Anggana blm ada tanggapan. Mohon dibina. Warga RT 3",
    ),
    Case(
        "sms",
        "pemerintahan",
        "Pak, kades terpilih Desa Batuah kapan dilantik? pilkades sdh bln Nov tp smp skrg blm ada pelantikan, desa masih dipegang Pj. Mohon info. Tks",
    ),
    Case(
        "telegram",
        "pemerintahan",
        "Min, izin nanya. Syarat jadi calon kepala desa di Kukar apa aja ya? batas umurnya berapa, terus harus tinggal di desa itu brp tahun? Saya dari Desa Tanjung Limau, Muara Badak. Makasih min",
    ),
    Case(
        "twitter",
        "pemerintahan",
        "@PemkabKukar batas kec. Loa Kulu sama Tenggarong Seberang di sekitar Jembayan kapan jelasnya sih? warga di ujung sana KTP ikut satu kecamatan, ngurus surat disuruh ke kecamatan satunya. bingung 🙃 #Kukar",
    ),
    Case(
        "twitter",
        "pemerintahan",
        "Kades kami udh 2 bulan ga nongol di kantor desa, surat2 ga ada yg tandatangan, udh lapor camat tp adem ayem aja. Kabupaten tolong lah turun ke Desa Sabintulung, Muara Kaman @PemkabKukar",
    ),
]

_KESRA = [
    Case(
        "email",
        "kesra",
        "PANITIA PEMBANGUNAN MASJID NURUL HUDA\nDesa Kota Bangun Ulu, Kecamatan Kota Bangun, Kabupaten Kutai Kartanegara\nSekretariat: Jl. Poros Kota Bangun - Muara Muntai RT 04\n\nNomor    : 017/PPM-NH/VI/2024\nLampiran : 1 (satu) berkas proposal\nPerihal  : Permohonan Bantuan Dana Rehabilitasi Masjid\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\nmelalui Sekretaris Daerah\ndi Tenggarong\n\nAssalamu'alaikum Wr. Wb.\n\nDengan hormat, bersama surat ini kami Panitia Pembangunan Masjid Nurul Huda memohon bantuan dana untuk rehabilitasi bangunan masjid yang atap dan lantainya rusak akibat banjir luapan Sungai Mahakam pada bulan Januari 2024. Lantai kayu ulin di sisi utara sudah lapuk dan atap seng bocor di 11 titik, sehingga sebagian jamaah salat Jumat (kurang lebih 300 orang) terpaksa salat di teras.\n\nKebutuhan biaya rehabilitasi berdasarkan RAB adalah Rp 387.500.000,-, sedangkan swadaya jamaah yang terkumpul baru Rp 62.000.000,-. Proposal lengkap beserta RAB, foto kondisi masjid, akta ikrar wakaf serta rekomendasi Kepala Desa dan Camat kami lampirkan.\n\nDemikian permohonan ini kami sampaikan. Atas perhatian dan bantuan Bapak kami ucapkan jazakumullah khairan katsiran.\n\nWassalamu'alaikum Wr. Wb.\n\nKota Bangun Ulu, 10 Juni 2024\n\nKetua,                          Sekretaris,\n\nH. MUHAMMAD SYAHRANI            ABDUL GAFUR, S.Pd.I\n\nMengetahui,\nKepala Desa Kota Bangun Ulu\n\nSUPRIADI\n\nNarahubung: 0813-4720-5516",
    ),
    Case(
        "email",
        "kesra",
        "Yth. Bapak/Ibu Pejabat di Sekretariat Daerah Kukar,\n\nSalam sejahtera.\n\nKami dari Majelis Jemaat GKII Tabang Lama, Kecamatan Tabang. Pada tanggal 21 Agustus 2023 kami telah memasukkan proposal permohonan bantuan pembangunan gedung gereja (surat nomor 09/MJ-GKII/TBL/VIII/2023) melalui kantor Camat Tabang. Waktu itu kami diberi tahu proposal akan dievaluasi untuk anggaran tahun 2024. Sampai hari ini kami belum menerima kabar apa pun, apakah proposal tersebut diterima, ditolak, atau masih perlu dilengkapi.\n\nGedung gereja kami saat ini masih berdinding papan dan menampung sekitar 140 jemaat. Fondasi gedung baru sudah kami kerjakan dengan swadaya, namun terhenti karena dana jemaat habis.\n\nMohon informasi mengenai status proposal kami dan langkah yang perlu kami tempuh selanjutnya. Bila diperlukan kami siap datang ke Tenggarong, walaupun perjalanan dari Tabang memakan waktu hampir sehari.\n\nTuhan memberkati.\n\nPdt. Yohanes Lawing\nKetua Majelis Jemaat GKII Tabang Lama\nHP/WA 0852-5089-3314",
    ),
    Case(
        "email",
        "kesra",
        "Mohon maaf Bapak/Ibu, saya orang tua mahasiswa. Saya teruskan email dari kampus anak saya karena kata kampus urusannya ada di pemkab. Anak saya terancam tidak bisa ikut UAS karena UKT semester ini belum terbayar, padahal namanya ada di daftar penerima beasiswa dari kabupaten. Tolong dibantu, kami sudah tidak tahu harus bertanya ke mana lagi.\n\nSalam,\nMarlina (ibu dari Rizky Ananda)\nDesa Rapak Lambur, Tenggarong\n0811-5844-2027\n\n---------- Forwarded message ---------\nDari: Kemahasiswaan FEB Unmul <kemahasiswaan.feb@unmul.ac.id>\nTanggal: Sel, 11 Jun 2024 pukul 10.22\nSubjek: Pemberitahuan Tunggakan UKT Semester Genap 2023/2024\nKepada: <rizkyananda21@gmail.com>\n\nKepada Sdr. Rizky Ananda (NIM 2101015034),\n\nBerdasarkan data kami, dana beasiswa Kukar Idaman semester genap 2023/2024 atas nama Saudara belum ditransfer oleh pemberi beasiswa, sehingga UKT sebesar Rp 4.500.000 masih tercatat sebagai tunggakan. Batas akhir pelunasan adalah 28 Juni 2024. Mahasiswa yang belum melunasi tidak dapat mengikuti ujian akhir semester.\n\nSilakan berkoordinasi dengan pemberi beasiswa.\n\nHormat kami,\nSubbag Kemahasiswaan dan Alumni",
    ),
    Case(
        "email",
        "kesra",
        "Terima kasih balasannya pak. Tapi sampai hari ini (3 Oktober) insentif kami untuk Januari sampai Juni belum masuk ke rekening. Teman-teman guru TPA lain di Kecamatan Sanga-Sanga juga sama, ada 23 orang yang namanya sudah diverifikasi KUA. Yang di Muara Jawa katanya sudah cair bulan Agustus. Kenapa kami belum? Apakah ada berkas kami yang kurang?\n\nWassalam,\nUstadzah Nurhayati\nTPA Al-Ikhlas, Kelurahan Sanga-Sanga Dalam\n\nPada Sel, 10 Sep 2024 pukul 14.03 <pengaduan.setda@kukarkab.go.id> menulis:\n> Wa'alaikumsalam Ibu Nurhayati,\n> Pesan Ibu sudah kami terima dan kami teruskan ke unit terkait.\n> Pencairan insentif semester I sedang dalam proses. Mohon bersabar.\n>\n> > Pada Sen, 9 Sep 2024, Nurhayati <nurhayati.tpa@gmail.com> menulis:\n> > Assalamualaikum, insentif guru ngaji semester 1 tahun ini kapan cair ya pak?",
    ),
    Case(
        "email",
        "kesra",
        "selamat pagi, mohon info pendaftaran beasiswa S2 dari pemkab kukar untuk tahun 2025 kapan dibuka ya, dan apakah honorer boleh ikut mendaftar? terima kasih\n\nDikirim dari iPhone saya",
    ),
    Case(
        "email",
        "kesra",
        "Kepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nTembusan: Kepala Kantor Kementerian Agama Kab. Kutai Kartanegara\n\nNomor  : 021/KBIH-AM/II/2025\nPerihal: Koordinasi Pemberangkatan dan Pemulangan Jamaah Haji Asal Kukar\n\nAssalamu'alaikum Wr. Wb.\n\nDengan hormat,\nPertama-tama kami menyampaikan terima kasih atas dipinjamkannya pendopo untuk kegiatan manasik akbar tahun lalu. Surat ini kami kirim terkait hal lain, yaitu persiapan musim haji tahun ini.\n\nBerdasarkan data Kemenag, jamaah haji asal Kutai Kartanegara tahun ini berjumlah 612 orang yang direncanakan tergabung dalam dua kloter. Pengalaman tahun lalu, jamaah dari kecamatan hulu (Tabang, Kembang Janggut, Kenohan dan Muara Wis) harus tiba di Tenggarong sehari sebelumnya dan menginap dengan biaya sendiri, karena bus menuju Asrama Haji Balikpapan berangkat pukul 03.00 dini hari. Beberapa jamaah lansia sampai jatuh sakit sebelum berangkat. Saat pemulangan, jamaah juga menunggu jemputan di asrama lebih dari lima jam karena jadwal armada tidak sinkron dengan kedatangan pesawat.\n\nUntuk itu kami mohon agar pemerintah kabupaten dapat memfasilitasi penginapan transit bagi jamaah dari kecamatan hulu serta mengoordinasikan jadwal armada keberangkatan dan pemulangan bersama Kemenag dan KBIH. Kami siap hadir apabila diadakan rapat koordinasi.\n\nDemikian, atas perhatian Bapak kami ucapkan terima kasih.\n\nWassalamu'alaikum Wr. Wb.\n\nKBIH Al-Mabrur Tenggarong\n\nKH. Ahmad Zaini\nKetua\nHP 0812-5300-1184",
    ),
    Case(
        "web",
        "kesra",
        "Nama: Ahmad Fauzan\nAlamat: Desa Badak Baru, Muara Badak\nJudul: Uang pembinaan juara MTQ belum diterima\nIsi laporan: Saya juara 2 cabang tilawah remaja putra pada MTQ ke-44 tingkat kabupaten yang digelar di Muara Badak bulan Mei lalu. Sampai sekarang uang pembinaan untuk juara belum kami terima, padahal katanya juara dari kecamatan lain sudah. Fotokopi buku rekening dan KTP sudah kami serahkan ke panitia waktu penyerahan piala. Mohon kejelasan kapan dibayarkan.",
    ),
    Case(
        "web",
        "kesra",
        "Judul: Proposal hibah kelompok penyandang disabilitas\nIsi laporan: Kami Perkumpulan Penyandang Disabilitas Tenggarong Seberang (34 anggota) sudah dua kali mengajukan proposal bantuan hibah untuk usaha menjahit dan pengadaan kursi roda, tahun 2022 dan 2023, lewat aplikasi e-hibah. Tidak ada jawaban sama sekali. Bagaimana syaratnya supaya kelompok kami bisa menerima hibah tahun 2025? Apakah perkumpulan harus berbadan hukum dulu dan terdaftar di Kesbangpol? Terima kasih.",
    ),
    Case(
        "whatsapp",
        "kesra",
        "assalamualaikum pak, sy marbot masjid Al Furqan di Loa Kulu Kota. mau nanya insentif marbot dr pemkab thn ini ada lg ga? thn lalu sy cm dpt 3 bln trs berhenti, ga ada pemberitahuan apa2. mksh pak",
    ),
    Case(
        "whatsapp",
        "kesra",
        "kak mau tanya beasiswa kukar idaman yg tahap 2 kok blm cair2 ya? udh diumumin lolos dr bulan juli, sy kuliah di unikarta smt 5. temen sekelas yg lain jg blm. makasih kak 🙏",
    ),
    Case(
        "sms",
        "kesra",
        "Yth Bpk di Setda. Kami pengurus Pura Giri Kusuma desa Kerta Buana Tenggarong Seberang mohon info bantuan perbaikan pura, proposal sdh masuk Feb 2024 blm ada kabar. Tks. Made Sukarta 0813-4651-2290",
    ),
    Case(
        "sms",
        "kesra",
        "Pak guru ngaji di desa Santan Ulu blm trima insentif thn 2024, pdhl data sdh dikirim ke kecamatan sjk Maret. Mohon dicek. Wassalam",
    ),
    Case(
        "telegram",
        "kesra",
        "Min, mau tanya. Anak saya sudah hafal 10 juz, mondok di ponpes di Tenggarong. Ada program beasiswa buat penghafal Quran dari pemkab ga? daftarnya ke mana dan syaratnya apa? tks",
    ),
    Case(
        "twitter",
        "kesra",
        "@PemkabKukar pengumuman penerima beasiswa kukar idaman 2024 kapan sih min? udh lewat jadwal 2 minggu, anak² rantau di Jogja pd nanyain terus di grup 😩",
    ),
    Case(
        "twitter",
        "kesra",
        "guru TPA di kampung ngajar tiap sore, insentifnya cuma 300rb sebulan itupun cairnya setahun sekali 😔 @PemkabKukar tolong diperhatikan lah nasib guru ngaji",
    ),
]

_HUKUM = [
    Case(
        "email",
        "hukum",
        "Kepada Yth.\nBapak Sekretaris Daerah Kab. Kutai Kartanegara\ndi Tenggarong\n\nNomor   : 180/045/Ds-MJ/VII/2024\nLampiran: 3 (tiga) lembar\nPerihal : Permohonan Pendampingan Advokat bagi Warga Kurang Mampu\n\nDengan hormat,\nBersama ini kami sampaikan bahwa salah satu warga kami, Sdri. Rosmiati (52 tahun), seorang janda yang tercatat dalam DTKS, saat ini digugat oleh seseorang di Pengadilan Negeri Tenggarong terkait sebidang tanah pekarangan yang telah ditempati keluarganya sejak tahun 1989 (perkara Nomor 41/Pdt.G/2024/PN Trg). Sidang pertama dijadwalkan tanggal 6 Agustus 2024. Yang bersangkutan tidak mampu membayar pengacara dan tidak memahami proses persidangan.\n\nSehubungan dengan hal tersebut, kami mohon kiranya pemerintah kabupaten dapat memberikan pendampingan advokat secara cuma-cuma bagi yang bersangkutan, sebagaimana program bagi masyarakat miskin yang pernah disosialisasikan di kecamatan. Terlampir surat keterangan tidak mampu, fotokopi KTP/KK dan relaas panggilan sidang.\n\nDemikian, atas perhatian Bapak diucapkan terima kasih.\n\nManunggal Jaya, 22 Juli 2024\nKepala Desa Manunggal Jaya\n\nSUKIMAN\n\nTembusan:\nCamat Tenggarong Seberang",
    ),
    Case(
        "email",
        "hukum",
        "PERHIMPUNAN HOTEL DAN RESTORAN INDONESIA\nBADAN PIMPINAN CABANG KUTAI KARTANEGARA\nSekretariat: Jl. Pahlawan No. 88, Tenggarong\n\nNomor  : 014/PHRI-KKR/V/2024\nPerihal: Permohonan Salinan Rancangan Perda dan Undangan Konsultasi Publik\n\nKepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nKami memperoleh informasi dari media bahwa pemerintah kabupaten sedang menyusun Rancangan Peraturan Daerah tentang Penyelenggaraan Kepariwisataan yang antara lain akan mengatur jam operasional rumah makan, kafe dan tempat hiburan, serta kewajiban sertifikasi usaha. Sebagai organisasi yang menaungi 47 hotel dan restoran di Kukar, kami berkepentingan untuk memberikan masukan, khususnya terhadap ketentuan yang kabarnya mewajibkan rumah makan tutup pukul 23.00 WITA.\n\nSehubungan dengan itu kami mohon:\n1. Salinan naskah rancangan dan naskah akademiknya;\n2. Agar PHRI Kukar diundang dalam konsultasi publik sebelum rancangan diserahkan ke DPRD.\n\nDemikian permohonan ini, atas perhatian Bapak kami ucapkan terima kasih.\n\nHormat kami,\n\nIr. Bambang Sutrisno\nKetua\n\nDewi Kartika, S.E.\nSekretaris\nTelp. 0541-661234 / 0811-5512-778",
    ),
    Case(
        "email",
        "hukum",
        "Yth. Bapak/Ibu,\nMohon izin meneruskan pertanyaan dari Kabid kami. Kami memerlukan pendapat tertulis sebelum tanggal 20 Agustus karena akan dibahas dalam rapat bersama Satlantas. Terima kasih.\n\nRina Apriyanti\nSubbag Umum dan Kepegawaian\nDinas Perhubungan Kab. Kutai Kartanegara\n\n---------- Forwarded message ---------\nDari: Kabid Lalu Lintas Dishub Kukar <lalin.dishubkukar@gmail.com>\nTanggal: Sen, 5 Agu 2024 pukul 08.17\nSubjek: Mohon telaah - sanksi truk ODOL di jalan kabupaten\nKepada: <dishub.kukar@gmail.com>\n\nRina, tolong teruskan ke Setda ya.\n\nKami berencana menindak truk angkutan batu bara dan CPO yang melebihi muatan di ruas jalan kabupaten (Loa Kulu - Loa Janan dan Tenggarong Seberang). Pertanyaan kami:\n1. Apakah Perda Kukar tentang penyelenggaraan perhubungan yang ada sekarang sudah cukup menjadi dasar pengenaan sanksi administratif oleh Dishub, atau perlu Perbup pelaksana tersendiri?\n2. Kalau perlu Perbup, apakah draf bisa kami susun sendiri lalu diajukan untuk pengharmonisan, dan berapa lama prosesnya?\n\nTerima kasih.\nSuryadi, S.T., M.T.\nNIP. 19760822 200312 1 005",
    ),
    Case(
        "email",
        "hukum",
        "Terima kasih jawabannya, tapi tautan yang dikirim tidak bisa dibuka (muncul tulisan 404 Not Found). Saya sudah coba mencari di situs JDIH Kukar dengan kata kunci 'penghasilan tetap kepala desa' dan 'Perbup 2023', hasilnya kosong. Yang saya perlukan adalah salinan Peraturan Bupati tentang penghasilan tetap dan tunjangan kepala desa dan perangkat desa yang berlaku tahun 2024, untuk bahan skripsi saya di Fakultas Syariah UINSI Samarinda. Apakah bisa dikirimkan file PDF-nya lewat email ini saja?\n\nHormat saya,\nNadia Rahmah\n\nPada Rab, 17 Jul 2024 pukul 09.45 Admin JDIH Kukar <jdih@kukarkab.go.id> menulis:\n> Yth. Saudari Nadia,\n> Silakan unduh dokumen yang dimaksud pada tautan berikut:\n> https://jdih.kukarkab.go.id/dokumen/perbup-2023-xx\n> Terima kasih telah menghubungi kami.",
    ),
    Case(
        "email",
        "hukum",
        "Selamat sore. Saya mau minta salinan Perda Kukar tentang ketertiban umum yang terbaru, yang ada pasal larangan berjualan di trotoar dan bahu jalan. Perlu buat bahan rapat paguyuban pedagang kaki lima Jl. Kartini minggu depan. Terima kasih.\n\nDikirim dari Yahoo Mail di Android",
    ),
    Case(
        "email",
        "hukum",
        "KANTOR ADVOKAT SYAHRIR & REKAN\nJl. Jenderal Sudirman No. 45, Balikpapan\nTelp. 0542-733210\n\nNomor  : 23/SR-ADV/IX/2024\nPerihal: Somasi (Teguran) Pertama\n\nKepada Yth.\nBupati Kutai Kartanegara\nc.q. Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nBertindak untuk dan atas nama klien kami, Sdr. H. Jumadi, pemilik sebidang tanah seluas 2.450 m2 di Jl. Poros Samboja - Balikpapan KM 41, Kelurahan Sungai Merdeka, Kecamatan Samboja Barat, berdasarkan Sertifikat Hak Milik Nomor 1127, dengan ini kami sampaikan hal-hal sebagai berikut:\n1. Bahwa di atas tanah milik klien kami sejak tahun 2019 telah berdiri gedung puskesmas pembantu yang dibangun oleh Pemerintah Kabupaten Kutai Kartanegara tanpa pelepasan hak dan tanpa ganti kerugian;\n2. Bahwa klien kami telah tiga kali menyurati Pemerintah Kabupaten (tahun 2020, 2021 dan 2023) namun tidak pernah mendapat tanggapan;\n3. Bahwa perbuatan tersebut sangat merugikan klien kami.\n\nOleh karena itu, melalui surat ini kami meminta agar dalam waktu 14 (empat belas) hari sejak surat ini diterima, Pemerintah Kabupaten Kutai Kartanegara menyelesaikan ganti kerugian kepada klien kami. Apabila tidak diindahkan, kami akan mengajukan gugatan perdata ke Pengadilan Negeri Tenggarong tanpa pemberitahuan lebih lanjut.\n\nDemikian somasi ini kami sampaikan untuk menjadi perhatian.\n\nHormat kami,\nKuasa Pemohon\n\nSYAHRIR, S.H., M.H.\nAdvokat",
    ),
    Case(
        "web",
        "hukum",
        "Judul: Minta pendampingan pengacara gratis\nIsi laporan: Suami saya ditangkap polisi Polsek Muara Kaman tanggal 3 Maret karena dituduh mencuri buah sawit di kebun perusahaan, padahal itu kebun plasma kami sendiri yang belum dibagi. Kami keluarga tidak mampu, tidak bisa membayar pengacara. Saya dengar pemkab punya program pendampingan perkara gratis untuk warga miskin. Bagaimana cara mengajukannya dan ke mana harus datang? Sidangnya katanya bulan depan. Saya tinggal di Desa Muara Kaman Ulu.",
    ),
    Case(
        "web",
        "hukum",
        "Judul: Masukan untuk rancangan Perbup Kawasan Tanpa Rokok\nIsi laporan: Saya membaca berita bahwa rancangan Peraturan Bupati tentang Kawasan Tanpa Rokok sudah hampir selesai. Tetapi naskahnya tidak bisa ditemukan di mana pun, baik di situs pemkab maupun JDIH. Kami dari komunitas pemuda di Tenggarong ingin memberi masukan, terutama soal pasal sanksi bagi pedagang kecil di sekitar sekolah. Mohon naskah rancangannya dipublikasikan dan diberitahukan kapan ada uji publik.",
    ),
    Case(
        "whatsapp",
        "hukum",
        "Pak mau tanya perda kukar ttg retribusi parkir tepi jalan yg terbaru itu nomor brp thn brp ya? jukir di Tenggarong narik 5rb katanya sesuai perda, sy mau cek sendiri isinya. di jdih cm nemu yg thn 2012",
    ),
    Case(
        "whatsapp",
        "hukum",
        "Assalamualaikum. sy warga Loa Janan Ilir, rumah sy kena gusur proyek pelebaran jalan. warga sdh gugat dan pemkab kalah di PN, putusannya sdh inkracht thn 2022, tp ganti rugi blm dibayar smp skrg. ini diurus siapa ya pak? sdh bolak balik ke PU disuruh ke setda",
    ),
    Case(
        "sms",
        "hukum",
        "Yth Setda Kukar, sy mhn pendampingan pengacara gratis utk kasus KDRT, sy ibu rumah tangga tdk mampu tinggal di Marangkayu. Berkas sdh di Polres. Mhn info caranya. Tks",
    ),
    Case(
        "sms",
        "hukum",
        "Situs JDIH Kukar tdk bs diakses sjk minggu lalu, sy perlu Perbup ttg standar satuan harga 2024 utk penyusunan RAB desa. Mohon diperbaiki. Operator desa Loa Duri Ulu",
    ),
    Case(
        "telegram",
        "hukum",
        "Bang, izin tanya. Kami di Disdikbud lagi nyusun draf Perbup juknis BOSDA 2025. Harmonisasinya lewat Setda dulu atau langsung ke Kanwil Kemenkumham? Terus format batang tubuhnya ada template resmi ga? takut salah lagi kayak tahun lalu dikembalikan 2x",
    ),
    Case(
        "twitter",
        "hukum",
        "Katanya Kukar punya Perda larangan peredaran minuman beralkohol ya? Perda nomor berapa sih min, masih berlaku atau lagi direvisi? mau baca sendiri isinya, di google ga nemu @PemkabKukar",
    ),
    Case(
        "twitter",
        "hukum",
        "@PemkabKukar website JDIH nya kenapa ya min? mau download Perbup terbaru malah keluar file kosong 0 KB. Udah coba 3 hari. Tolong dicek 🙏",
    ),
]

_KERJASAMA = [
    Case(
        "email",
        "kerjasama",
        "UNIVERSITAS KUTAI KARTANEGARA\nLembaga Penelitian dan Pengabdian kepada Masyarakat\nJl. Gunung Kombeng No. 27 Tenggarong\n\nNomor : 112/LPPM-UNIKARTA/III/2024\nHal   : Permohonan Penyusunan Nota Kesepahaman\n\nKepada Yth.\nBupati Kutai Kartanegara\nmelalui Sekretaris Daerah\ndi Tenggarong\n\nDengan hormat,\nDalam rangka mendukung program pembangunan desa di Kutai Kartanegara, Universitas Kutai Kartanegara bermaksud menjalin nota kesepahaman dengan Pemerintah Kabupaten Kutai Kartanegara yang mencakup:\n1. Pelaksanaan KKN tematik di 30 desa tertinggal setiap tahun;\n2. Penelitian terapan bidang pertanian, perikanan dan pariwisata;\n3. Pertukaran dan pemanfaatan data untuk kajian kebijakan.\n\nBersama surat ini kami lampirkan draf naskah nota kesepahaman untuk dapat dibahas bersama. Kami mohon kiranya dapat dijadwalkan pertemuan pembahasan draf pada bulan April 2024, agar penandatanganan dapat dilaksanakan bertepatan dengan Dies Natalis Unikarta.\n\nNarahubung: Dr. Hj. Siti Masitah, M.Pd. (0812-5832-4410)\n\nDemikian, atas perhatian Bapak kami ucapkan terima kasih.\n\nKetua LPPM,\n\nDr. Akhmad Riduan, M.Si\nNIDN. 1105067801",
    ),
    Case(
        "email",
        "kerjasama",
        "Kepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\n\nPerihal: Sinkronisasi Program TJSL Tahun 2025\n\nDengan hormat,\nPT Mahakam Delta Energi selaku operator lapangan migas di wilayah Kecamatan Anggana dan Muara Badak merencanakan alokasi dana Tanggung Jawab Sosial dan Lingkungan tahun 2025 sebesar Rp 3,2 miliar untuk 14 desa sekitar wilayah operasi. Agar program kami tidak tumpang tindih dengan program pemerintah kabupaten dan desa, kami memohon:\n1. Daftar prioritas usulan program desa di wilayah ring 1 yang telah dihimpun pemerintah kabupaten;\n2. Jadwal rapat forum TJSL kabupaten tahun ini;\n3. Format laporan realisasi yang harus kami sampaikan untuk program tahun 2024 (realisasi Rp 2,75 miliar).\n\nKami juga mengusulkan agar penyaluran bantuan pendidikan dan air bersih tahun depan dilakukan melalui satu pintu bersama pemerintah kabupaten supaya tepat sasaran.\n\nAtas perhatian Bapak kami ucapkan terima kasih.\n\nHormat kami,\n\nAndi Prasetyo\nManager Community Development\nPT Mahakam Delta Energi\nHandil Baru, Muara Jawa\nTelp. 0811-5470-9901",
    ),
    Case(
        "email",
        "kerjasama",
        "Yth. Bapak Sekda,\nMohon atensi Bapak. Di bawah ini surat elektronik kami kepada perusahaan yang sudah dua bulan tidak dibalas. Warga di RT yang tidak kebagian mulai protes ke kantor desa. Kami mohon pemkab dapat memanggil perusahaan agar program bantuannya dibagi merata.\n\nHormat kami,\nSyahrani\nKepala Desa Sungai Meriam, Kec. Anggana\n0852-4601-7732\n\n---------- Forwarded message ---------\nDari: Pemdes Sungai Meriam <pemdes.sungaimeriam@gmail.com>\nTanggal: Rab, 7 Feb 2024 pukul 11.05\nSubjek: Pemerataan program CSR air bersih\nKepada: <csr@ptsinarbumimahakam.co.id>\n\nYth. Bapak/Ibu Tim CSR PT Sinar Bumi Mahakam,\nKami berterima kasih atas program sambungan air bersih dari CSR perusahaan tahun 2023. Namun dari 19 RT di Desa Sungai Meriam, sambungan baru dipasang di RT 01, 02 dan 05 saja yang dekat dengan kantor perusahaan, sementara RT 11 sampai 17 yang paling kesulitan air bersih tidak mendapat apa-apa. Kami mohon penjelasan mengenai kriteria penerima dan rencana tahap berikutnya.\n\nHormat kami,\nPemerintah Desa Sungai Meriam",
    ),
    Case(
        "email",
        "kerjasama",
        "Selamat pagi Bapak/Ibu,\n\nMenindaklanjuti korespondensi kita di bawah, bersama ini kami kirimkan kembali draf Perjanjian tentang Pelayanan Kesehatan bagi Warga di Wilayah Perbatasan Kecamatan Marangkayu dan Kelurahan Bontang Lestari yang sudah kami sesuaikan dengan masukan dari tim Kukar (pasal 5 tentang pembiayaan dan pasal 9 tentang jangka waktu). Kami mohon konfirmasi apakah draf ini sudah dapat disetujui, sehingga penandatanganan oleh kedua kepala daerah dapat dijadwalkan sebelum akhir Oktober.\n\nSalam,\nFitriani, S.IP\nAnalis Kebijakan, Setda Kota Bontang\n0813-5022-6418\n\nPada Jum, 30 Agu 2024 pukul 15.20 Setda Kukar <setda@kukarkab.go.id> menulis:\n> Yth. Setda Kota Bontang,\n> Terima kasih atas draf yang dikirimkan. Terdapat dua catatan dari kami:\n> pembagian biaya rujukan (pasal 5) dan jangka waktu berlaku yang\n> sebaiknya 3 tahun (pasal 9). Mohon dapat disesuaikan.\n> Salam.",
    ),
    Case(
        "email",
        "kerjasama",
        "pak, dana CSR tambang utk desa kami Bhuana Jaya katanya disalurkan lewat forum TJSL kabupaten, kok sampai sekarang blm ada kabar? proposal pembangunan posyandu sdh kami masukkan bulan Januari. mohon infonya\n\nDikirim dari Yahoo Mail di Android",
    ),
    Case(
        "email",
        "kerjasama",
        "Yth. Sekretaris Daerah Kabupaten Kutai Kartanegara,\n\nDengan hormat,\nSaya Ir. Hasanuddin, M.T., Wakil Direktur IV Politeknik Negeri Samarinda. Pada tahun 2021 Pemerintah Kabupaten Kutai Kartanegara dan Polnes menandatangani nota kesepahaman tentang pengembangan SDM vokasi dan magang mahasiswa, yang masa berlakunya berakhir 14 Desember 2024. Selama tiga tahun terakhir sudah lebih dari 200 mahasiswa kami melaksanakan magang di perangkat daerah Kukar dan beberapa program pelatihan teknisi untuk pemuda desa telah berjalan di Loa Kulu dan Sebulu.\n\nKami bermaksud memperpanjang nota kesepahaman tersebut untuk lima tahun ke depan dan sekaligus menyusun perjanjian turunannya dengan Dinas Tenaga Kerja dan Dinas PMD. Draf perpanjangan terlampir. Mohon kiranya dapat diagendakan rapat pembahasan pada bulan November.\n\nSebagai tambahan, ada beberapa mahasiswa kami asal Kukar yang menanyakan apakah mereka masih bisa mendaftar beasiswa kabupaten walaupun kuliah di politeknik; mungkin hal ini dapat sekalian dijelaskan pada saat rapat.\n\nAtas perhatian Bapak kami ucapkan terima kasih.\n\nHormat saya,\nIr. Hasanuddin, M.T.\nWadir IV Polnes\nHP 0812-5544-0937",
    ),
    Case(
        "web",
        "kerjasama",
        "Judul: Janji sumur bor dari CSR tidak terealisasi\nIsi laporan: Tahun 2023 perusahaan batu bara yang beroperasi dekat Desa Sumber Sari, Loa Kulu, berjanji membangun 3 sumur bor dan tandon air untuk warga sebagai program CSR. Sudah ada peletakan batu pertama dan foto-foto di media sosial perusahaan, tapi sampai hari ini tidak ada satu pun yang selesai. Waktu ditanya, humas perusahaan bilang programnya sudah dilaporkan ke pemkab. Kami minta pemkab menagih janji perusahaan tersebut.",
    ),
    Case(
        "web",
        "kerjasama",
        "Judul: Cara kelompok warga mengajukan bantuan dari perusahaan\nIsi laporan: Kami kelompok ibu-ibu pengolah amplang di Kelurahan Sanga-Sanga Muara. Kami dengar perusahaan migas dan tambang di Kukar wajib menyisihkan dana TJSL untuk masyarakat sekitar dan ada forum di tingkat kabupaten yang mengatur penyalurannya. Bagaimana caranya kelompok kami bisa mengajukan proposal ke sana? Apakah harus lewat kelurahan dulu?",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "pak lapor, paket sembako CSR dari perusahaan sawit kmrn di desa Kahala cm dibagi ke keluarga perangkat sama orang2 dekat aja. warga yg bnr2 susah ga dpt. tolong pemkab tegur perusahaannya biar pembagian selanjutnya pake data yg bener",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "selamat siang pak, sy dosen di STIPER Kutim. kampus kami mau jalin MoU dgn pemkab kukar utk penelitian dan magang mahasiswa. surat permohonannya ditujukan ke siapa ya pak dan apa aja lampirannya? makasih",
    ),
    Case(
        "sms",
        "kerjasama",
        "Yth Setda. Dana CSR perusahaan utk desa Kahala Ilir blm diterima sjk 2023, kt perusahaan sdh disalurkan lwt forum di kabupaten. Mohon penjelasan. Kades",
    ),
    Case(
        "sms",
        "kerjasama",
        "Pak, katanya ada MoU pemkab dgn Unmul utk dokter spesialis di RS Parikesit, apa benar sdh ditandatangani? kapan mulai jalan? Tks",
    ),
    Case(
        "telegram",
        "kerjasama",
        "Mas, izin tanya. Dinas kami mau bikin perjanjian dengan BUMN untuk pengelolaan aset gedung. Naskah PKS-nya harus direviu dan dicatat di Setda dulu sebelum ditandatangani kadis atau ga? Ada format bakunya?",
    ),
    Case(
        "twitter",
        "kerjasama",
        "Tiap tahun perusahaan tambang di Kukar ngaku salurin CSR miliaran, tapi datanya ga pernah dibuka. Desa mana aja yg dapat, berapa? @PemkabKukar tolong umumkan dong laporan penyaluran TJSL nya",
    ),
    Case(
        "twitter",
        "kerjasama",
        "@PemkabKukar katanya ada MoU Kukar sama Pemkot Samarinda soal pengelolaan sampah di perbatasan Loa Janan, gimana kelanjutannya min? dari 2022 cuma seremoni tanda tangan doang",
    ),
]

_PEREKONOMIAN = [
    Case(
        "email",
        "perekonomian",
        "Kepada Yth.\nBapak Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nNomor   : 500/031/DS-MW/VIII/2024\nPerihal : Kelangkaan dan Tingginya Harga LPG 3 Kg\n\nDengan hormat,\nBersama ini kami sampaikan bahwa sejak awal Juli 2024 masyarakat Desa Muara Wis sangat kesulitan memperoleh LPG 3 kg. Satu-satunya pangkalan di desa kami hanya menerima pasokan dua kali sebulan, masing-masing sekitar 80 tabung, sedangkan kebutuhan warga kurang lebih 450 tabung per bulan. Akibatnya warga membeli dari pengecer yang mendatangkan tabung dari Kota Bangun dengan harga Rp 45.000 sampai Rp 55.000 per tabung.\n\nBerkenaan dengan hal tersebut, kami mohon Bapak dapat berkoordinasi dengan agen dan Pertamina agar kuota pangkalan di Muara Wis ditambah serta dilakukan pengawasan harga di tingkat pengecer. Kami juga mengusulkan penambahan satu pangkalan baru di Dusun II.\n\nDemikian kami sampaikan, atas perhatian Bapak diucapkan terima kasih.\n\nMuara Wis, 5 Agustus 2024\nKepala Desa Muara Wis\n\nttd\n\nJUHRAN\nHP 0852-4788-1046\n\nTembusan:\n1. Camat Muara Wis\n2. Ketua DPRD Kab. Kutai Kartanegara",
    ),
    Case(
        "email",
        "perekonomian",
        "IKATAN PEDAGANG PASAR TANGGA ARUNG\nTenggarong, Kutai Kartanegara\n\nNomor  : 07/IPPTA/III/2024\nPerihal: Pembenahan Pengelolaan Pasar Tangga Arung\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\nc.q. Sekretaris Daerah\ndi Tenggarong\n\nDengan hormat,\nKami pengurus Ikatan Pedagang Pasar Tangga Arung mewakili kurang lebih 380 pedagang menyampaikan beberapa persoalan yang kami alami:\n1. Pembagian los dan kios setelah penataan tahun lalu tidak transparan. Sebanyak 42 los di lantai dasar diberikan kepada orang yang bukan pedagang dan kemudian disewakan kembali kepada pedagang dengan harga Rp 1,5 juta per bulan;\n2. Pedagang lama yang sudah berjualan puluhan tahun justru ditempatkan di lantai atas yang sepi pembeli, sehingga omzet turun lebih dari separuh;\n3. Pasar tumpah di sepanjang Jl. Diponegoro dibiarkan, sehingga pembeli enggan masuk ke dalam pasar.\n\nKami mohon pemerintah kabupaten melakukan pendataan ulang pedagang, menertibkan penguasaan los oleh bukan pedagang, dan menata ulang pengelolaan pasar agar kembali ramai.\n\nDemikian, atas perhatian Bapak diucapkan terima kasih.\n\nKetua,\nH. Mursidi\n\nSekretaris,\nNorhayati\nHP 0813-4677-2019",
    ),
    Case(
        "email",
        "perekonomian",
        "Yth. Bapak/Ibu,\nSaya teruskan keluhan anggota forum kami. Intinya teman-teman UMKM di Kukar bingung karena pelatihan dan bantuan dari berbagai dinas jalan sendiri-sendiri: orangnya itu-itu saja yang dipanggil, sementara yang lain tidak pernah tersentuh. Kami berharap pemkab bisa mengoordinasikan program pembinaan UMKM dari semua dinas dalam satu data.\n\nSalam,\nWahyu Hidayat\nKetua Forum UMKM Kutai Kartanegara\n0812-5360-8810\n\n---------- Forwarded message ---------\nDari: Siti Aminah <aminah.kerupukikan@gmail.com>\nTanggal: Sen, 20 Mei 2024 pukul 21.33\nSubjek: Curhat soal pelatihan UMKM\nKepada: <forumumkm.kukar@gmail.com>\n\nPak Wahyu, saya sudah tiga tahun daftar pelatihan pengemasan dan sertifikasi halal, tapi tidak pernah dipanggil. Kemarin tetangga saya di Loa Janan dapat tiga pelatihan sekaligus dari Dinas Koperasi, Dinas Perindustrian dan Dinas Pariwisata, materinya sama semua. Bantuan alat juga begitu. Saya jualan kerupuk ikan haruan di Muara Muntai, pengen naik kelas tapi tidak tahu lewat pintu mana. Mohon disampaikan ke pemkab ya pak.\n\nSiti Aminah",
    ),
    Case(
        "email",
        "perekonomian",
        "Selamat siang,\n\nSudah hampir sebulan sejak balasan di bawah, tetapi kami eks karyawan perusahaan daerah tersebut belum menerima kabar apa pun. Gaji kami bulan Oktober sampai Desember 2023 serta pesangon 17 orang yang dirumahkan belum dibayar sama sekali, totalnya sekitar Rp 612 juta. Direksi yang baru selalu menjawab menunggu penyertaan modal dari kabupaten. Kami mohon pemkab sebagai pemilik perusda memanggil direksi dan memberi kepastian.\n\nHormat kami,\nAgus Salim\nMewakili eks karyawan Perusda\n0853-9102-4476\n\nPada Kam, 15 Feb 2024 pukul 10.40 Pengaduan Setda Kukar <pengaduan.setda@kukarkab.go.id> menulis:\n> Yth. Bapak Agus Salim,\n> Pengaduan Bapak terkait hak karyawan perusahaan daerah telah kami\n> terima dan akan dikoordinasikan dengan pihak terkait.\n> Terima kasih.",
    ),
    Case(
        "email",
        "perekonomian",
        "pak harga cabe rawit di pasar kota bangun sdh 120rb/kg, bawang merah 60rb. padahal bulan lalu masih separuhnya. tolong pemkab adakan operasi pasar, pedagang kecil kayak sy ga sanggup beli modalnya\n\nDikirim dari Yahoo Mail di Android",
    ),
    Case(
        "email",
        "perekonomian",
        "Kepada Yth. Sekretaris Daerah Kab. Kutai Kartanegara\n\nPerihal: Kelangkaan Solar untuk Angkutan Sungai\n\nDengan hormat,\nKami Koperasi Angkutan Sungai 'Mahakam Bersatu' di Muara Muntai, beranggotakan 64 pemilik kapal penumpang dan barang yang melayani jalur Muara Muntai - Kota Bangun - Tenggarong. Sejak Juni 2024 pasokan solar di APMS Muara Muntai hanya datang seminggu sekali dan habis dalam beberapa jam. Anggota kami terpaksa membeli solar eceran seharga Rp 11.000 - Rp 12.500 per liter, jauh di atas harga subsidi, sehingga ongkos penumpang ikut naik dan banyak kapal tidak beroperasi.\n\nKami mohon pemerintah kabupaten berkoordinasi dengan Pertamina dan BPH Migas agar kuota solar untuk APMS Muara Muntai ditambah, serta memfasilitasi penerbitan surat rekomendasi pembelian solar bagi kapal anggota koperasi.\n\nSebagai informasi tambahan, dermaga penumpang di Muara Muntai Ilir yang pernah kami laporkan tahun lalu juga masih rusak, namun yang paling mendesak saat ini adalah soal solar.\n\nDemikian, atas perhatiannya diucapkan terima kasih.\n\nHormat kami,\nKoperasi Angkutan Sungai Mahakam Bersatu\n\nH. Aspiannur\nKetua\nHP 0812-5086-7731",
    ),
    Case(
        "web",
        "perekonomian",
        "Judul: Beras SPHP tidak ada di toko\nIsi laporan: Sudah tiga minggu beras SPHP Bulog tidak bisa ditemukan di toko-toko di Kecamatan Samboja. Beras premium di warung sudah Rp 16.500 per kilo. Di berita katanya stok beras aman, tapi di lapangan tidak ada. Mohon pemkab mengecek distribusinya dan kalau bisa adakan pasar murah di Samboja.",
    ),
    Case(
        "web",
        "perekonomian",
        "Judul: Permohonan pasar murah menjelang Ramadan\nIsi laporan: Kami pengurus RT 12 Kelurahan Loa Tebu, Tenggarong, mohon agar ada gerakan pangan murah di kelurahan kami menjelang Ramadan. Harga minyak goreng, gula dan telur sudah naik sejak Januari dan banyak warga kami buruh harian. Tahun lalu pasar murah hanya diadakan di halaman kantor bupati dan warga kami tidak kebagian karena antreannya sangat panjang.",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "pak gas melon di daerah Sebulu Ilir langka dari minggu lalu, pangkalan bilang blm dikirim agen. di pengecer 40rb satu tabung itupun hrs antri. tolong dicek pak",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "min antrean pertalite di SPBU Loa Janan tiap hari panjang smp ke jalan, katanya banyak pengetap pake tangki modif. kami yg mau kerja jd telat terus. tolong pemkab koordinasi sm pertamina biar pengetapnya ditertibkan",
    ),
    Case(
        "sms",
        "perekonomian",
        "Yth Setda, hrg LPG 3kg di pangkalan Desa Santan Tengah dijual 35rb pdhl HET 22rb. Warga ga berani protes. Mohon ditindak. Tks",
    ),
    Case(
        "sms",
        "perekonomian",
        "Pak hrg gula pasir di Muara Badak sdh 20rb/kg, telur 2.200/btr. Kapan ada operasi pasar? Wrg kecil makin susah",
    ),
    Case(
        "telegram",
        "perekonomian",
        "Selamat malam min. Saya punya usaha keripik pisang rumahan di Tenggarong Seberang. Mau tanya ada program pendampingan UMKM dari pemkab ga, misalnya urus PIRT, label halal, sama dibantu masuk ke toko oleh-oleh? Kemarin ke dinas disuruh nunggu info aja",
    ),
    Case(
        "twitter",
        "perekonomian",
        "Jam 5 subuh udah antre solar di SPBU Tenggarong Seberang, jam 10 udah habis. Sopir truk sayur kayak kami mau jalan gimana? @PemkabKukar tolong ditambah kuotanya",
    ),
    Case(
        "twitter",
        "perekonomian",
        "gas 3kg di Kota Bangun tembus 50rb 😭 ini tabung subsidi apa tabung emas? @PemkabKukar tolong sidak pangkalan & pengecer",
    ),
]

_SDA = [
    Case(
        "email",
        "sda",
        "Kepada Yth.\nBapak Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nNomor   : 660/019/DS-BP/V/2024\nLampiran: 1 (satu) berkas foto dan peta lokasi\nPerihal : Lubang Bekas Tambang di Dekat Permukiman\n\nDengan hormat,\nBersama ini kami Pemerintah Desa Bukit Pariaman, Kecamatan Tenggarong Seberang, melaporkan adanya lubang bekas galian batu bara seluas kurang lebih 4 hektare dengan kedalaman diperkirakan lebih dari 30 meter yang kini terisi air, berjarak sekitar 150 meter dari permukiman RT 08 dan hanya 300 meter dari SD Negeri di desa kami. Lubang tersebut ditinggalkan oleh perusahaan pemegang izin sejak tahun 2021 tanpa reklamasi, tanpa pagar dan tanpa papan peringatan. Anak-anak sering berenang di sana sepulang sekolah, dan pada bulan Maret lalu seorang remaja hampir tenggelam.\n\nKami mohon Bapak dapat mendesak perusahaan dan instansi berwenang agar lubang tersebut segera direklamasi, dan sementara itu dipasang pagar serta rambu larangan.\n\nDemikian disampaikan, atas perhatian Bapak kami ucapkan terima kasih.\n\nBukit Pariaman, 14 Mei 2024\nKepala Desa Bukit Pariaman\n\nttd\n\nSUTRISNO\nHP 0812-5522-3871\n\nTembusan:\n1. Camat Tenggarong Seberang\n2. Ketua Komisi III DPRD Kukar",
    ),
    Case(
        "email",
        "sda",
        "KELOMPOK TANI KARYA BERSAMA\nDesa Bukit Raya, Kecamatan Tenggarong Seberang\n\nNomor  : 05/KT-KB/II/2024\nPerihal: Permohonan Bantuan Alat dan Mesin Pertanian\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\nmelalui Sekretaris Daerah\ndi Tenggarong\n\nDengan hormat,\nKami Kelompok Tani Karya Bersama beranggotakan 28 petani dengan luas sawah garapan 41 hektare. Selama ini pengolahan lahan masih mengandalkan satu traktor tangan pinjaman Gapoktan yang dipakai bergiliran oleh empat kelompok, sehingga jadwal tanam kami sering terlambat hingga sebulan. Di musim kemarau, sawah di blok timur tidak terairi karena kami tidak memiliki pompa.\n\nSehubungan dengan itu, kami mohon bantuan:\n1. Traktor roda dua (hand tractor) 2 unit;\n2. Pompa air 4 inci 2 unit beserta selang;\n3. Alat perontok padi (power thresher) 1 unit.\n\nProposal, daftar anggota, dan SK pengukuhan kelompok dari penyuluh terlampir. Kami juga sudah mengajukan ke Dinas Pertanian tahun lalu namun belum terakomodasi, sehingga kami mohon bantuan koordinasi dari Bapak.\n\nDemikian, atas perhatian Bapak kami ucapkan terima kasih.\n\nKetua,\nSUPARNO\n\nSekretaris,\nDWI LESTARI\n\nMengetahui,\nPenyuluh Pertanian Lapangan\nAgus Widodo, S.P.\nNIP. 19850407 201001 1 012",
    ),
    Case(
        "email",
        "sda",
        "Yth. Sekretariat Daerah Kukar,\nKami teruskan laporan anggota kami di lapangan beserta dokumentasinya. Kejadian seperti ini sudah berulang tiga kali sejak 2022 dan laporan kami ke perusahaan tidak pernah ditanggapi. Kami mohon pemkab segera menurunkan tim untuk mengambil sampel air dan menindak perusahaan yang bersangkutan.\n\nSalam lestari,\nRahmat Hidayat\nKoordinator Lembaga Pemerhati Lingkungan Mahakam (LPLM)\n0813-4690-2275\n\n---------- Forwarded message ---------\nDari: Danu Saputra <danu.lplm@gmail.com>\nTanggal: Sab, 14 Sep 2024 pukul 17.52\nSubjek: Laporan lapangan: limbah PKS masuk Sungai Kedang Kepala\nKepada: <lplm.kaltim@gmail.com>\n\nBang, tadi pagi warga Desa Liang, Kota Bangun, menemukan ratusan ikan mati mengapung di anak Sungai Kedang Kepala. Airnya berwarna cokelat kehitaman dan bau busuk menyengat. Menurut warga, kolam limbah pabrik kelapa sawit di hulu jebol setelah hujan deras dua hari lalu. Nelayan keramba di sekitar situ rugi besar, ikan patin dan nila di keramba mati semua. Foto dan video terlampir (12 file).\n\nDanu",
    ),
    Case(
        "email",
        "sda",
        "Terima kasih atas tanggapannya. Sesuai permintaan, berikut kami kirimkan ulang berkas kelompok kami: proposal, daftar 21 anggota beserta kartu KUSUKA, dan surat keterangan dari kepala desa. Yang kami mohonkan adalah 10 unit mesin ketinting 13 PK dan jaring insang, karena sebagian besar mesin anggota rusak setelah dipakai lebih dari delapan tahun dan hasil tangkapan kami terus menurun.\n\nKami berharap permohonan ini bisa masuk dalam daftar penerima bantuan alat tangkap tahun depan.\n\nHormat kami,\nH. Baharuddin\nKetua Kelompok Nelayan Bina Bahari\nDesa Tanjung Limau, Muara Badak\n0852-5044-1930\n\nPada Sen, 2 Sep 2024 pukul 13.18 <pengaduan.setda@kukarkab.go.id> menulis:\n> Yth. Bapak Baharuddin,\n> Permohonan Bapak telah kami terima. Namun lampiran pada email\n> sebelumnya tidak dapat dibuka. Mohon dikirim ulang dalam format PDF.\n> Terima kasih.",
    ),
    Case(
        "email",
        "sda",
        "pak lahan di belakang perumahan kami di Samboja Kuala dibakar orang buat buka kebun, asapnya masuk rumah sampai malam, anak saya batuk2. sdh 3 hari ga padam. tolong segera ditangani\n\nDikirim dari Yahoo Mail di Android",
    ),
    Case(
        "email",
        "sda",
        "Kepada Yth.\nBapak Bupati Kutai Kartanegara\nTembusan: Sekretaris Daerah; Ketua DPRD Kab. Kutai Kartanegara\n\nPerihal: Penyerobotan Lahan Warga oleh Perusahaan Perkebunan Kelapa Sawit\n\nDengan hormat,\nKami yang bertanda tangan di bawah ini, perwakilan masyarakat adat Desa Muara Kedang, Kecamatan Kenohan, dengan ini menyampaikan keberatan atas kegiatan pembukaan lahan oleh PT Agro Sawit Nusantara yang sejak Februari 2024 telah menggusur kurang lebih 85 hektare kebun karet dan ladang warga yang berada di luar areal HGU perusahaan. Alat berat perusahaan juga menimbun dua anak sungai yang selama ini menjadi sumber air dan tempat mencari ikan warga, sehingga saat hujan kampung kami kebanjiran.\n\nPada tahun 2022 kami pernah menyampaikan pengaduan mengenai bantuan CSR perusahaan yang tidak sampai ke desa kami, dan sampai sekarang belum ada penyelesaian. Namun yang jauh lebih mendesak adalah hilangnya kebun dan rusaknya sungai kami.\n\nKami mohon pemerintah kabupaten:\n1. Menghentikan sementara kegiatan pembukaan lahan di luar HGU;\n2. Melakukan pengukuran ulang batas HGU bersama warga;\n3. Memulihkan anak sungai yang ditimbun.\n\nDemikian surat ini kami sampaikan. Atas perhatian Bapak kami ucapkan terima kasih.\n\nMuara Kedang, 3 Juni 2024\n\n1. Petrus Ajang (Kepala Adat) - ttd\n2. Ahmad Yani (Tokoh Masyarakat) - ttd\n3. Lukas Lalung (Ketua Pemuda) - ttd\n\nKontak: 0821-5712-4408",
    ),
    Case(
        "web",
        "sda",
        "Judul: Rumah retak akibat peledakan tambang\nIsi laporan: Saya warga RT 15 Desa Jembayan Dalam, Loa Kulu. Sejak perusahaan tambang batu bara di belakang kampung kami mulai melakukan peledakan (blasting) bulan April, dinding rumah saya dan sedikitnya 12 rumah tetangga retak-retak. Setiap siang sekitar jam 12 terasa getaran seperti gempa dan debu menutupi atap. Perusahaan hanya memberi uang Rp 500 ribu per rumah lalu tidak ada kelanjutan. Mohon pemkab memeriksa dampak kegiatan tambang ini.",
    ),
    Case(
        "web",
        "sda",
        "Judul: Tambang ilegal di Loa Kulu\nIsi laporan: Di sekitar Desa Lung Anai, Loa Kulu, ada kegiatan penggalian batu bara yang menurut warga tidak punya izin. Excavator bekerja malam hari dan batu bara diangkut truk lewat jalan desa. Hutan di sekitar bukit sudah gundul dan air sungai jadi keruh. Warga takut melapor langsung. Mohon ditindaklanjuti dengan koordinasi ke instansi yang berwenang.",
    ),
    Case(
        "whatsapp",
        "sda",
        "pak tolong, sawah kami di desa Sumber Sari kebanjiran lumpur dr area tambang sebelah tiap kali hujan deras. padi yg baru tanam 3 minggu mati semua kurleb 6 hektar. perusahaan cuma janji2 ganti rugi. gmn ini pak",
    ),
    Case(
        "whatsapp",
        "sda",
        "assalamualaikum pak, sy ketua poktan di desa Manunggal Daya, Sebulu. kami mau tanya bantuan bibit padi unggul sm pompa air dr pemerintah thn ini ada ga? ngajuinnya lewat PPL atau langsung ke kabupaten? mksh pak",
    ),
    Case(
        "sms",
        "sda",
        "Yth Setda, limbah pabrik sawit dibuang ke sungai di dkt desa Sebelimbingan Kota Bangun, air bau & ikan mati. Wrg ga bs mandi. Mohon segera dicek",
    ),
    Case(
        "sms",
        "sda",
        "Pak, nelayan desa Handil Terusan Anggana mohon bantuan perahu & mesin, bnyk perahu kami rusak kena ombak bln lalu. Proposal sdh kami antar ke kecamatan",
    ),
    Case(
        "telegram",
        "sda",
        "Min, mau lapor. Di hulu Sungai Belayan daerah Tabang banyak kayu log dihanyutkan tiap malam, dugaan pembalakan liar di kawasan hutan. Sudah berbulan2 dan air sungai makin keruh. Ada yg bisa ditindaklanjuti?",
    ),
    Case(
        "twitter",
        "sda",
        "Udah berapa anak lagi yang harus tenggelam di lubang tambang Kukar baru ditutup? Lubang bekas tambang di Tenggarong Seberang itu masih dibiarin terbuka tanpa pagar @PemkabKukar #LubangTambang",
    ),
    Case(
        "twitter",
        "sda",
        "Ikan mati ngambang di Mahakam depan Loa Janan pagi ini, air bau solar. Ada yg buang limbah ini 😡 @PemkabKukar tolong cek dong",
    ),
]

_ADPEM = [
    Case(
        "email",
        "adpem",
        "Kepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\ndi -\nTenggarong\n\nNomor : 140/87/DS-SBT/V/2025\nLampiran : 4 (empat) lembar foto\nPerihal : Laporan Pekerjaan Jembatan Desa Sebuntal yang Terhenti\n\nDengan hormat,\nBersama surat ini kami Pemerintah Desa Sebuntal, Kecamatan Marangkayu, menyampaikan bahwa pekerjaan pembangunan jembatan beton penghubung RT 05 dan RT 08 yang dibiayai APBD Kabupaten Tahun Anggaran 2024 sampai hari ini belum selesai. Papan proyek mencantumkan waktu pelaksanaan 150 hari kalender terhitung Juli 2024, namun sejak pertengahan Desember 2024 tidak ada lagi pekerja di lokasi. Tiang pancang sudah terpasang tetapi lantai jembatan baru dicor sebagian, besi tulangan dibiarkan terbuka dan mulai berkarat.\n\nSaat ini warga, termasuk anak-anak sekolah, masih menyeberang memakai titian kayu lama yang sudah lapuk. Kami mohon Pemerintah Kabupaten dapat menindaklanjuti dan memastikan kelanjutan pekerjaan tersebut.\n\nDemikian laporan ini kami sampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.\n\nSebuntal, 12 Mei 2025\nKepala Desa Sebuntal\n\nH. Rusdiansyah\nHP 0812-5533-0917",
    ),
    Case(
        "email",
        "adpem",
        "Mohon izin meneruskan laporan warga yang masuk ke email kecamatan. Lokasinya di wilayah kami, tetapi kegiatannya dianggarkan kabupaten dan bukan kewenangan kecamatan. Terima kasih.\n\nSalam,\nSeksi Ekbang Kantor Camat Kota Bangun\n\n---------- Forwarded message ---------\nDari: Hendra Saputra <hendra.sptr88@gmail.com>\nTanggal: Sen, 3 Mar 2025 pukul 07.41\nSubjek: jalan semenisasi retak\nKepada: <kecamatan.kotabangun@gmail.com>\n\nSelamat pagi pak/bu,\nSaya warga Desa Kota Bangun Ilir RT 11. Jalan semenisasi ke arah dermaga yang baru selesai dikerjakan bulan Januari kemarin sekarang sudah retak memanjang dan di beberapa titik ambles, padahal belum dilewati truk. Ketebalan cornya kelihatan tipis, waktu pengecoran juga tidak terlihat ada wiremesh. Di papan proyek tertulis APBD Kukar 2024, nilai Rp 1,38 miliar. Mohon dicek apakah pekerjaannya sudah sesuai spesifikasi, sebelum masa pemeliharaannya habis.\n\nTerima kasih\nHendra",
    ),
    Case(
        "email",
        "adpem",
        "Selamat siang,\n\nMenindaklanjuti balasan Bapak/Ibu bulan lalu, saya ingin mengabarkan bahwa kondisinya belum berubah sama sekali. Saluran drainase di Jl. Poros Bukit Raya, Kecamatan Tenggarong Seberang masih mangkrak. Galian sepanjang kurang lebih 200 meter dibiarkan terbuka, U-ditch baru terpasang sekitar sepertiganya dan sisanya ditumpuk di bahu jalan. Kalau hujan, air justru masuk ke rumah warga karena saluran lama sudah dibongkar. Minggu lalu ada pengendara motor terperosok ke galian malam hari karena tidak ada rambu maupun lampu.\n\nKami mohon kepastian kapan pekerjaan ini dilanjutkan dan siapa penanggung jawabnya.\n\nSalam,\nSiti Maryam\nRT 09 Bukit Raya\n\nPada Kam, 10 Apr 2025 pukul 14.02, Pengaduan Setda Kukar <pengaduan.setda@kukarkab.go.id> menulis:\n> Yth. Ibu Siti Maryam,\n> Terima kasih atas laporan Ibu. Laporan telah kami catat dan akan dikoordinasikan\n> dengan perangkat daerah terkait untuk pengecekan lapangan.\n> Salam,\n> Admin Pengaduan",
    ),
    Case(
        "email",
        "adpem",
        "Kepada Yth.\nBapak Bupati Kutai Kartanegara\nc.q. Sekretariat Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nNomor : 421.2/034/SDN012-MB/2025\nPerihal : Kondisi Ruang Kelas Baru\n\nDengan hormat,\nKami sampaikan bahwa bangunan 3 (tiga) ruang kelas baru di SD Negeri 012 Muara Badak yang diserahterimakan pada akhir Desember 2024 sudah mengalami kerusakan: plafon gipsum jebol di dua kelas karena atap bocor, lantai keramik terangkat, dan kusen pintu terlepas dari dinding. Ruang tersebut terpaksa tidak kami gunakan sehingga siswa kelas IV dan V belajar bergantian pada siang hari.\n\nSebelumnya sekolah kami pernah berkirim surat mengenai usulan beasiswa bagi siswa kurang mampu, dan hal itu sudah terselesaikan. Surat ini khusus mengenai kondisi bangunan. Kami mohon dilakukan pemeriksaan mutu pekerjaan dan perbaikan oleh pelaksana selama masih dalam masa pemeliharaan.\n\nDemikian surat ini kami sampaikan. Atas perhatian Bapak kami ucapkan terima kasih.\n\nMuara Badak, 20 Februari 2025\nKepala Sekolah,\n\nDra. Nurhayati\nNIP 19700514 199403 2 007\nTelp. 0813-4677-2210\n\nTembusan:\n1. Ketua Komisi III DPRD Kab. Kutai Kartanegara\n2. Kepala Dinas Pendidikan dan Kebudayaan Kab. Kutai Kartanegara",
    ),
    Case(
        "email",
        "adpem",
        "pak mau lapor, proyek turap pinggir sungai di loa kulu kota dekat dermaga penyeberangan sdh 2 bln ga ada yg kerja. excavator ditinggal aja, tanah urugan longsor lagi ke sungai. ini mau dilanjut ga sih?\n\nDikirim dari Yahoo Mail di Android",
    ),
    Case(
        "email",
        "adpem",
        "Kepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nNomor : 017/FPPK/IV/2025\nPerihal : Permohonan Data Capaian Fisik Kegiatan Infrastruktur TA 2024\n\nDengan hormat,\nForum Pemantau Pembangunan Kutai Kartanegara (FPPK) adalah perkumpulan warga yang melakukan pemantauan mandiri atas kegiatan pembangunan di 18 kecamatan. Dari pemantauan kami pada triwulan IV 2024, sedikitnya 9 paket pekerjaan fisik (antara lain peningkatan jalan ruas Rempanga - Loa Janan, gedung pertemuan di Muara Muntai, dan turap di Sanga-Sanga) belum rampung pada akhir tahun anggaran, sementara di lapangan sudah tidak ada aktivitas.\n\nSehubungan dengan itu kami mohon:\n1. Rekapitulasi realisasi fisik dan keuangan per paket kegiatan pembangunan TA 2024;\n2. Penjelasan tindak lanjut atas paket yang tidak selesai (perpanjangan waktu, denda keterlambatan, atau pemutusan kontrak);\n3. Jadwal pertemuan teknis dengan unit terkait untuk memaparkan temuan kami.\n\nAdapun persoalan tapal batas antar desa yang juga kami jumpai di Muara Muntai akan kami sampaikan tersendiri kepada instansi yang berwenang.\n\nDemikian, atas perhatiannya diucapkan terima kasih.\n\nHormat kami,\nKoordinator FPPK\n\nAndi Firmansyah\n0821-5090-3344\nJl. Gunung Belah No. 27, Tenggarong",
    ),
    Case(
        "web",
        "adpem",
        "Jalan poros Sebulu - Muara Kaman di ruas Desa Sabintulung yang baru diaspal hotmix bulan November 2024 sekarang sudah bergelombang dan berlubang di beberapa titik, paling parah dekat jembatan km 12. Baru lima bulan sudah begini. Tolong diperiksa mutu pekerjaannya dan kontraktornya diminta memperbaiki karena setahu saya masih masa pemeliharaan.",
    ),
    Case(
        "web",
        "adpem",
        "Gedung serbaguna di ibu kota Kecamatan Tabang yang dibangun sejak 2023 sampai sekarang belum bisa dipakai. Bangunannya sudah berdiri tapi jendela belum terpasang, listrik belum ada, halaman penuh semak. Kabarnya anggarannya sudah habis. Mohon penjelasan status pembangunannya, apakah dilanjutkan tahun ini atau dibiarkan begitu saja.",
    ),
    Case(
        "whatsapp",
        "adpem",
        "Assalamualaikum min, mau nanya jembatan ulin di desa jahab yg dibangun dr thn lalu kapan selesainya ya? skrg baru separo, kayunya udh numpuk d pinggir jalan kena ujan trs. warga tiap hari muter lewat jalan lain 3 km 🙏",
    ),
    Case(
        "whatsapp",
        "adpem",
        "Pak sy warga Loa Janan Ilir, proyek gorong2 di gg keluarga RT 14 itu kerjanya asal2an bgt. baru dipasang udh miring, timbunannya ga dipadatin. kl hujan jalan jd lumpur smua. tlg dicek pak sblm diserahterimakan",
    ),
    Case(
        "sms",
        "adpem",
        "Lapor, pembangunan kantor desa Bhuana Jaya dr dana APBD kab sdh 3 bln berhenti, baru tiang cor aja yg berdiri. Mohon ditindaklanjuti. Trims. Wayan, Tenggarong Seberang",
    ),
    Case(
        "sms",
        "adpem",
        "Mhn info, proyek peningkatan jln di Ds Loh Sumber Loa Kulu kok cuma diaspal setengah lebar? sisanya msh tanah. apa memang begitu gambarnya? Tq",
    ),
    Case(
        "telegram",
        "adpem",
        "Min, pembangunan GOR di Tenggarong Seberang katanya target rampung Desember, ini udah April msh rangka baja doang. Ada laporan progresnya ga sih yg bisa dilihat publik? Penasaran udah berapa persen",
    ),
    Case(
        "twitter",
        "adpem",
        "@PemkabKukar drainase di Jl. Muso Salim Tenggarong baru dikerjain tp tutup salurannya udh pecah2, mobil lewat dikit langsung retak. Kualitas kerjaan kok gini amat 🙄 #Kukar",
    ),
    Case(
        "twitter",
        "adpem",
        "Turap di Sanga-Sanga Dalam udah setahun mangkrak, besi2 karatan, tiang pancang miring. Duit rakyat loh ini. Kapan dilanjut @PemkabKukar? #mangkrak #Kukar",
    ),
]

_PBJ = [
    Case(
        "email",
        "pbj",
        "Kepada Yth.\nPokja Pemilihan Paket Rehabilitasi Gedung Balai Penyuluhan Kecamatan Kenohan\nSekretariat Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nNomor : 045/CV.MBA/V/2025\nLampiran : 1 (satu) berkas\nPerihal : Sanggahan atas Hasil Pemilihan\n\nDengan hormat,\nYang bertanda tangan di bawah ini:\nNama : Syahrani\nJabatan : Direktur\nPerusahaan : CV Mahakam Bina Abadi\nAlamat : Jl. Ahmad Yani Gg. Rahmat No. 8, Tenggarong\n\nmengajukan sanggahan atas penetapan pemenang tender paket tersebut di atas (kode tender 10458127) yang diumumkan pada 6 Mei 2025, dengan alasan:\n1. Penawaran kami digugurkan pada evaluasi teknis karena dianggap tidak melampirkan sertifikat kompetensi kerja tenaga ahli, padahal dokumen itu telah kami unggah (bukti tangkapan layar terlampir);\n2. Harga penawaran pemenang Rp 2.130.450.000, lebih tinggi Rp 184 juta dari penawaran kami;\n3. Kami tidak pernah diundang untuk klarifikasi atau pembuktian kualifikasi.\n\nBerdasarkan hal tersebut kami mohon dilakukan evaluasi ulang secara objektif.\n\nDemikian sanggahan ini kami sampaikan. Atas perhatiannya kami ucapkan terima kasih.\n\nTenggarong, 9 Mei 2025\nCV Mahakam Bina Abadi\n\nSyahrani\nDirektur\nHP 0811-5840-226",
    ),
    Case(
        "email",
        "pbj",
        "Bapak/Ibu yang terhormat,\n\nBerikut saya teruskan email yang sudah dua kali kami kirim ke helpdesk namun belum berbalas. Akun perusahaan kami masih berstatus menunggu verifikasi sejak 14 April, padahal dokumen asli sudah kami bawa langsung untuk dicocokkan. Mohon bantuannya karena ada paket pekerjaan yang ingin kami ikuti minggu depan.\n\nSalam,\nLinda Kartika\nAdmin PT Borneo Cipta Konstruksi\n0853-4712-9900\n\n---------- Forwarded message ---------\nDari: Admin PT BCK <admin.ptbck@gmail.com>\nTanggal: Sel, 22 Apr 2025 pukul 10.17\nSubjek: Permohonan verifikasi akun penyedia\nKepada: <helpdesk.lpse@kukarkab.go.id>\n\nYth. Admin,\nKami PT Borneo Cipta Konstruksi, beralamat di Jl. Poros Samboja km 38, telah mendaftar sebagai penyedia pada SPSE tanggal 14 April 2025 dan mengunggah akta, NIB, NPWP, serta SBU. Mohon akun kami segera diverifikasi.\n\nTerima kasih.",
    ),
    Case(
        "email",
        "pbj",
        "Kepada Yth.\nPengelola Katalog Elektronik Lokal\nPemerintah Kabupaten Kutai Kartanegara\n\nPerihal : Permohonan Informasi Penayangan Produk\n\nDengan hormat,\nKami UD Sinar Meubel Tenggarong, produsen meja dan kursi sekolah berbahan kayu lokal, telah mengajukan permohonan penayangan 14 item produk pada katalog elektronik lokal Kabupaten Kutai Kartanegara sejak 3 Februari 2025, lengkap dengan daftar harga, foto produk, dan TKDN. Hingga kini status pengajuan kami belum berubah dan kami belum menerima undangan negosiasi harga.\n\nKami mohon penjelasan mengenai tahapan dan lama proses penayangan, serta apakah terdapat dokumen yang masih kurang.\n\nDemikian permohonan ini, atas perhatiannya diucapkan terima kasih.\n\nHormat kami,\nH. Jumadi\nPemilik UD Sinar Meubel\nJl. Danau Aji No. 15, Tenggarong\nHP 0812-5120-7781",
    ),
    Case(
        "email",
        "pbj",
        "Terima kasih atas jawabannya, namun mohon maaf belum menjawab pertanyaan kami.\n\nYang kami persoalkan adalah jadwal pemasukan penawaran paket Pengadaan Pakaian Dinas Lapangan yang dimundurkan dua kali tanpa alasan yang jelas, dan adendum dokumen pemilihan baru ditayangkan sekitar satu jam sebelum batas akhir unggah. Akibatnya kami tidak sempat menyesuaikan penawaran sesuai perubahan spesifikasi kain. Mohon penjelasan tertulis dasar perubahan jadwal tersebut dan apakah akan ada perpanjangan waktu.\n\nSebagai catatan, keluhan kami tahun lalu soal tunggakan pembayaran sudah selesai, jadi email ini murni soal proses tendernya.\n\nHormat kami,\nYusran\nCV Kutai Sandang Mandiri\n\nPada Sel, 22 Apr 2025 pukul 09.15, Pengaduan Setda Kukar <pengaduan.setda@kukarkab.go.id> menulis:\n> Yth. Bapak Yusran,\n> Terima kasih atas pertanyaannya. Seluruh informasi jadwal dapat dilihat\n> langsung pada laman SPSE masing-masing paket.\n> Salam",
    ),
    Case(
        "email",
        "pbj",
        "Kepada Yth.\nBapak Bupati Kutai Kartanegara\ndi Tenggarong\n\nNomor : 12/DPC-AKLK/III/2025\nPerihal : Persyaratan Tender yang Memberatkan Kontraktor Lokal\n\nDengan hormat,\nAsosiasi Kontraktor Lokal Kutai Kartanegara menerima banyak keluhan anggota terkait persyaratan kualifikasi pada sejumlah tender tahun 2025, antara lain:\n1. Pengalaman pekerjaan sejenis minimal Rp 10 miliar dalam 4 tahun terakhir untuk paket bernilai Rp 4,5 miliar;\n2. Kewajiban memiliki asphalt mixing plant sendiri dalam radius tertentu;\n3. Spesifikasi barang yang mengarah pada satu merek tertentu.\n\nPersyaratan tersebut praktis hanya dapat dipenuhi segelintir perusahaan besar dari luar daerah. Kami mohon dokumen pemilihan ditinjau ulang agar persaingan sehat dan pelaku usaha daerah mendapat kesempatan yang wajar.\n\nDemikian, atas perhatian Bapak diucapkan terima kasih.\n\nTenggarong, 17 Maret 2025\nKetua DPC,\n\nIr. Bahrun Effendi\nSekretaris,\n\nM. Noor Hidayat\n\nTembusan:\n1. Ketua DPRD Kab. Kutai Kartanegara\n2. Sekretaris Daerah Kab. Kutai Kartanegara",
    ),
    Case(
        "email",
        "pbj",
        "Selamat siang. Mohon bantuan, waktu mau kirim dokumen penawaran paket pengadaan mebel sekolah di SPSE tadi jam 14.10 muncul error gagal kirim terus, batas akhirnya jam 15.00. Sudah coba 3 laptop dan 2 jaringan. Apakah bisa diperpanjang waktunya? Screenshot terlampir.\n\nRudi - CV Tiga Saudara\n0852-4611-7720\n\nDikirim dari ponsel Samsung Galaxy saya",
    ),
    Case(
        "web",
        "pbj",
        "Saya penyedia dari Muara Jawa. Mau tanya kenapa paket pembelian meja dan kursi kantor untuk beberapa kantor kecamatan tahun ini tidak pernah diumumkan, tahu-tahu sudah ada penyedia yang ditunjuk. Bagaimana caranya penyedia lain bisa ikut bersaing? Mohon transparansi prosesnya.",
    ),
    Case(
        "web",
        "pbj",
        "Pembelian laptop lewat katalog elektronik oleh salah satu dinas di Kukar harganya jauh di atas pasaran, sekitar Rp 24 juta per unit untuk spesifikasi standar kantor. Di toko resmi Samarinda harganya tidak sampai Rp 14 juta. Mohon diperiksa bagaimana produk itu dipilih dan kenapa tidak dibandingkan dengan penyedia lain.",
    ),
    Case(
        "whatsapp",
        "pbj",
        "Pagi kak, mau tanya cara daftar jd penyedia di LPSE Kukar gmn ya? sy ada CV baru bidang ATK & perlengkapan kantor, NIB udh ada. hrs dtg langsung bawa berkas asli atau bisa online aja?",
    ),
    Case(
        "whatsapp",
        "pbj",
        "bang tender rehab puskesmas di muara wis itu kok pemenangnya perusahaan yg alamatnya sama kyk pemenang paket lain ya, satu ruko di samarinda. kami curiga diatur. kami ikut nawar jg tp kalah padahal harga lbh murah 90jt",
    ),
    Case(
        "sms",
        "pbj",
        "Yth. Pokja, kapan pengumuman pemenang tender pengadaan speedboat patroli? sdh lewat jadwal 5 hr blm tayang di LPSE. trm ksh. Darmawan",
    ),
    Case(
        "sms",
        "pbj",
        "Sy mau ajukan sanggahan tp menunya di SPSE sdh tertutup pdhl msh dlm masa sanggah. mhn solusinya. CV Borneo Karya, Sebulu",
    ),
    Case(
        "telegram",
        "pbj",
        "Admin, LPSE Kukar lg down ya? dari jam 8 pagi ga bisa login, padahal hari ini batas upload penawaran 2 paket kami. tolong diinfokan ke pengelolanya, kalo bisa jadwalnya diundur",
    ),
    Case(
        "twitter",
        "pbj",
        "@PemkabKukar lelang paket jalan lingkungan di Anggana kok syaratnya pengalaman 10 thn + alat berat milik sendiri? ini mah cuma buat perusahaan besar, kontraktor lokal ga kebagian. #LPSE #Kukar",
    ),
    Case(
        "twitter",
        "pbj",
        "Katalog elektronik lokal Kukar isinya itu2 aja. Produk usaha lokal udh daftar berbulan2 ga ditayangin juga. Gimana mau belanja produk daerah @PemkabKukar",
    ),
]

_ORGANISASI = [
    Case(
        "email",
        "organisasi",
        "Kepada Yth.\nBapak Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nPerihal : Pengaduan Biaya Tambahan Pengurusan Dokumen Kependudukan\n\nDengan hormat,\nSaya yang bertanda tangan di bawah ini, Muhammad Rizal, warga Desa Tani Aman RT 03, Kecamatan Loa Janan, ingin menyampaikan pengalaman saya saat mengurus perubahan Kartu Keluarga dan cetak ulang KTP-el di loket Dinas Kependudukan dan Pencatatan Sipil Kukar pada 14 April 2025. Petugas menyampaikan bahwa kalau ingin selesai hari itu saya harus membayar Rp 150.000 sebagai 'uang percepatan', dan tanpa itu dokumen baru bisa diambil tiga minggu kemudian. Tidak ada kuitansi. Setahu saya layanan ini tidak dipungut biaya. Beberapa tetangga saya juga mengalami hal serupa.\n\nSaya mohon hal ini diperiksa dan ada kejelasan agar warga tidak dirugikan.\n\nDemikian pengaduan ini saya sampaikan, atas perhatiannya saya ucapkan terima kasih.\n\nHormat saya,\n\nMuhammad Rizal\nNIK 6402xxxxxxxx0003\nHP 0857-5021-3348",
    ),
    Case(
        "email",
        "organisasi",
        "Pak/Bu, ini saya forward email saya ke dinas perizinan yang sampai sekarang tidak dibalas. Sudah tiga bulan lebih. Mohon dibantu, setidaknya saya tahu berkas saya ada di tahap mana.\n\nTerima kasih,\nHengky Wijaya\n\n---------- Forwarded message ---------\nDari: Hengky Wijaya <hengkyw.tgr@gmail.com>\nTanggal: Jum, 14 Feb 2025 pukul 16.22\nSubjek: Menanyakan status permohonan PBG\nKepada: <dpmptsp@kukarkab.go.id>\n\nSelamat sore,\nSaya mengajukan Persetujuan Bangunan Gedung untuk ruko 2 lantai di Jl. Panjaitan, Tenggarong, pada 6 Januari 2025. Status di aplikasi masih 'verifikasi' sejak awal. Setiap saya datang, petugasnya berbeda dan jawabannya berbeda: ada yang bilang tunggu tim teknis, ada yang bilang berkas kurang tapi tidak menyebut apa yang kurang. Di brosur tertulis waktu penyelesaian 28 hari kerja. Mohon penjelasan.\n\nHengky",
    ),
    Case(
        "email",
        "organisasi",
        "Selamat pagi,\n\nSaya membalas email ini karena keluhan saya bulan Maret ternyata tidak ada tindak lanjut yang nyata. Kemarin, 6 Mei, saya kembali membawa truk untuk uji berkala kendaraan di Dinas Perhubungan dan lagi-lagi diminta 'uang administrasi' Rp 200.000 di luar retribusi resmi, dibayar ke orang yang mengaku membantu petugas di area pengujian. Yang lebih mengecewakan, waktu saya tanya soal pengaduan saya sebelumnya, petugas di sana bilang tidak pernah menerima apa pun.\n\nSaya minta kejelasan: pengaduan saya sebenarnya diteruskan ke mana dan siapa yang menangani? Saya juga minta daftar tarif resmi dipasang di loket.\n\nTerima kasih,\nAgus Salim\nPengusaha angkutan, Loa Kulu\n\nPada Rab, 19 Mar 2025 pukul 11.30, Pengaduan Setda Kukar <pengaduan.setda@kukarkab.go.id> menulis:\n> Yth. Bapak Agus Salim,\n> Pengaduan Bapak telah kami terima dan akan diteruskan kepada perangkat daerah\n> terkait untuk ditindaklanjuti.\n> Salam",
    ),
    Case(
        "email",
        "organisasi",
        "Kepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nNomor : 08/PMP3/V/2025\nPerihal : Keterbukaan Standar dan Hasil Survei Layanan Perangkat Daerah\n\nDengan hormat,\nPerkumpulan Masyarakat Peduli Pelayanan Publik (PMP3) Kukar selama April 2025 mengunjungi 11 unit layanan di Tenggarong. Kami mendapati: 7 unit tidak memajang maklumat dan rincian persyaratan, waktu, serta biaya layanan; kios survei kepuasan di 4 unit dalam keadaan mati; dan hasil survei kepuasan tahun 2024 hampir tidak ada yang diumumkan ke publik.\n\nKami mohon agar Pemerintah Kabupaten:\n1. Mewajibkan setiap unit layanan memajang persyaratan, prosedur, waktu, dan biaya secara jelas;\n2. Mengumumkan hasil survei kepuasan masyarakat beserta tindak lanjutnya;\n3. Memperbaiki sarana survei yang rusak.\n\nDemikian, atas perhatian dan kerja samanya diucapkan terima kasih.\n\nKetua,\nRatna Dewi Lestari, S.Sos.\nHP 0813-5015-4420\nJl. Mangkurawang No. 3, Tenggarong",
    ),
    Case(
        "email",
        "organisasi",
        "Yth. Bapak/Ibu di Sekretariat Daerah,\n\nSaya warga Muara Jawa Ulu. Tanggal 28 April saya berangkat subuh ke Tenggarong untuk membayar dan mengurus keberatan SPPT PBB di kantor Bapenda. Perjalanan hampir 3 jam karena jalan di beberapa titik masih rusak, tapi itu soal lain. Yang ingin saya keluhkan adalah pelayanannya: dari 4 loket hanya 1 yang buka, tidak ada nomor antrean, dan saya menunggu dari jam 9 sampai jam 13.15 baru dilayani. Petugas sempat meninggalkan loket hampir satu jam tanpa keterangan. Saat saya tanya berapa lama proses keberatan, jawabannya 'tidak tentu'.\n\nSaya berharap ada perbaikan: jumlah loket yang buka sesuai jam layanan, sistem antrean, dan kepastian waktu proses. Banyak warga dari kecamatan jauh yang harus menginap kalau tidak selesai sehari.\n\nTerima kasih,\nFitriani\n0812-5402-8816",
    ),
    Case(
        "email",
        "organisasi",
        "Pak, di papan depan MPP Tenggarong jam layanan sampai 15.00 tapi tadi jam 12 lewat loketnya udah pada tutup semua, kata satpam petugasnya istirahat lalu pulang. sy dr Kenohan jauh2. ini aturan resminya gimana sih?\n\nDikirim dari Yahoo Mail di Android",
    ),
    Case(
        "web",
        "organisasi",
        "Saya mengurus legalisir ijazah di kantor Dinas Pendidikan, petugas bilang ada uang map Rp 20 ribu per lembar. Apakah ini resmi? Tidak ada pengumuman tarif di loket dan tidak diberi kuitansi. Mohon dijelaskan dan kalau memang tidak resmi tolong ditertibkan.",
    ),
    Case(
        "web",
        "organisasi",
        "Saran dan keluhan: setiap kantor pelayanan di Kukar seharusnya memajang syarat, lama proses, dan biayanya. Saya mengurus izin trayek angkutan desa di Dinas Perhubungan, tidak ada informasi apa pun, petugas hanya bilang tunggu saja. Sudah 6 minggu tanpa kabar.",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "min sy td ke disdukcapil tenggarong jam 10, kata satpam kuota antrian udh habis. pdhl sy dr kembang janggut 5 jam perjalanan. masa ga ada solusi? antrian online jg error trs dr minggu lalu",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "assalamualaikum, mau lapor ada oknum di MPP minta 300rb biar izin usaha sy cepet jadi, katanya kl ga bayar bisa sebulan. pdhl setau sy gratis ya? ada nomor pengaduan resminya ga",
    ),
    Case(
        "sms",
        "organisasi",
        "Kpd Yth Setda, sy isi survei kepuasan di kantor dinas tp lembarnya udh diisi petugas, kami cm disuruh tanda tangan. Apa gunanya survei kl begitu. Warga Samboja",
    ),
    Case(
        "sms",
        "organisasi",
        "Sdh 3x bolak balik ke kantor dinas sosial utk surat rekomendasi, tiap dtg disuruh lengkapi syarat baru yg sblmnya ga disebut. Syarat lengkapnya apa sbnrnya? mhn diperjelas. Ibu Ani, Sanga-Sanga",
    ),
    Case(
        "telegram",
        "organisasi",
        "Selamat siang. Kenapa loket pelayanan di kantor Bapenda Kukar petugasnya baru datang jam 9.30 padahal jadwal buka jam 8? Sudah 3x saya alami bulan ini. Tolong diawasi kedisiplinan pelayanannya",
    ),
    Case(
        "twitter",
        "organisasi",
        "Ngurus akta kelahiran anak di Kukar udh sebulan blm jadi, tiap ditanya jawabnya 'sistem lagi gangguan'. Pelayanan publik kok gini @PemkabKukar #PelayananPublik",
    ),
    Case(
        "twitter",
        "organisasi",
        "Ambil berkas izin di salah satu kantor dinas Kukar ditarik 'biaya admin' 50rb, ga ada kuitansi. Ini pungli kan @PemkabKukar? #SaberPungli #Kukar",
    ),
]

_UMUM = [
    Case(
        "email",
        "umum",
        "Kepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nNomor : 021/PGRI-KK/V/2025\nLampiran : 1 (satu) lembar susunan acara\nPerihal : Permohonan Peminjaman Ruang Pertemuan\n\nDengan hormat,\nDalam rangka Rapat Kerja Pengurus Persatuan Guru Republik Indonesia (PGRI) Kabupaten Kutai Kartanegara, kami bermaksud meminjam ruang pertemuan lantai 3 Kantor Bupati Kutai Kartanegara beserta pengeras suara dan proyektor pada:\nhari/tanggal : Sabtu, 14 Juni 2025\nwaktu : 08.00 - 16.00 WITA\npeserta : ± 120 orang\n\nKami bersedia menjaga kebersihan dan ketertiban ruangan serta mengikuti ketentuan yang berlaku. Adapun undangan kepada Bapak Bupati untuk membuka acara akan kami sampaikan melalui surat tersendiri.\n\nDemikian permohonan ini, atas perhatian dan bantuannya diucapkan terima kasih.\n\nTenggarong, 19 Mei 2025\nKetua,\n\nDrs. H. Syaiful Anwar\nNIP 19680302 199203 1 011\nSekretaris,\n\nErna Wati, S.Pd.\nHP 0812-5586-1029",
    ),
    Case(
        "email",
        "umum",
        "Yth. Admin,\n\nMohon bantuannya. Surat kami di bawah ini sudah kami antar langsung ke Kantor Bupati tanggal 3 Maret dan diterima petugas di meja depan, tetapi waktu kami tanyakan sebulan kemudian katanya tidak tercatat di buku agenda surat masuk. Saat itu kami tidak diberi tanda terima. Mohon dicek keberadaan surat kami dan bagaimana cara memastikan surat yang diantar tercatat.\n\nTerima kasih,\nBudi Santoso\nSekretaris KSU Mandiri Sejahtera, Sebulu\n0852-5011-3490\n\n---------- Forwarded message ---------\nDari: KSU Mandiri Sejahtera <ksu.mandirisejahtera@gmail.com>\nTanggal: Sen, 3 Mar 2025 pukul 08.05\nSubjek: Surat No. 12/KSU-MS/II/2025\nKepada: <budi.sant77@gmail.com>\n\nPak Budi, ini file scan surat yang sudah ditandatangani ketua, tolong dicetak 2 rangkap dan diantar hari ini ke kantor bupati. Terlampir: Surat_12_KSU-MS.pdf",
    ),
    Case(
        "email",
        "umum",
        "Terima kasih balasannya, tapi hari ini kondisinya masih sama.\n\nSaya datang jam 09.00 ke Kantor Bupati untuk mengantar berkas. Lahan parkir tamu di depan lobi penuh oleh mobil dinas yang sudah parkir sejak pagi, sebagian malah ditutup kain. Saya terpaksa parkir di bahu jalan dan ditegur petugas. Lansia dan penyandang disabilitas yang datang juga kesulitan karena harus berjalan jauh dari gerbang.\n\nMohon parkir tamu benar-benar dipisahkan dari parkir kendaraan pegawai dan ada petugas yang mengatur.\n\nSalam,\nRahmat Hidayat\nTimbau, Tenggarong\n\nPada Sen, 17 Mar 2025 pukul 13.40, Pengaduan Setda Kukar <pengaduan.setda@kukarkab.go.id> menulis:\n> Yth. Bapak Rahmat,\n> Terima kasih atas masukannya. Akan menjadi perhatian kami.\n> Salam",
    ),
    Case(
        "email",
        "umum",
        "Kepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nSaya ingin melaporkan penggunaan mobil dinas berpelat merah KT 1083 (Toyota Innova warna hitam) yang setahu saya merupakan kendaraan operasional di lingkungan Kantor Bupati. Pada Minggu, 4 Mei 2025 sekitar pukul 14.00 mobil tersebut terlihat di parkiran sebuah mal di Samarinda membawa rombongan keluarga, dan pada Sabtu berikutnya dipakai mengangkut bahan bangunan di Desa Bukit Biru. Foto dan video saya lampirkan.\n\nSaya mohon penggunaan kendaraan dinas di luar jam dan keperluan kedinasan ditertibkan, serta dicek siapa pemegang kendaraan tersebut.\n\nDemikian, atas perhatiannya saya ucapkan terima kasih.\n\nHormat saya,\nYohanes Lede\nHP 0821-5344-7012",
    ),
    Case(
        "email",
        "umum",
        "Yth. Bapak/Ibu,\n\nKemarin, 21 Mei, saya mengikuti rapat di Kantor Bupati sebagai perwakilan perusahaan. Saya ingin menyampaikan keluhan soal kondisi gedung: toilet di lantai 1 dekat lobi kotor, kran air rusak dan tidak ada sabun; AC di ruang tunggu tamu mati sehingga pengap; tempat sampah di koridor penuh sampai berceceran; dan lift sebelah kanan macet sehingga peserta rapat yang sudah berumur harus naik tangga ke lantai 3.\n\nUntuk kantor pusat pemerintahan kabupaten sebesar Kukar, rasanya hal-hal dasar ini perlu mendapat perhatian. Email ini juga saya tembuskan ke salah satu anggota DPRD yang kebetulan hadir di rapat tersebut.\n\nSalam,\nDian Puspitasari\nPT Etam Logistik Nusantara\n0811-5430-2788",
    ),
    Case(
        "email",
        "umum",
        "Pak, helm dan jas hujan sy hilang di parkiran motor samping kantor bupati tadi siang waktu sy ngantar surat. satpam bilang bukan tanggung jawab mereka. apa ga ada cctv di situ? tolong keamanan parkirannya ditingkatkan, ini bukan pertama kali katanya\n\nSent from my iPhone",
    ),
    Case(
        "web",
        "umum",
        "Lampu halaman dan taman depan Kantor Bupati Kukar banyak yang mati, malam hari gelap sekali padahal banyak warga jalan santai dan duduk di sana. Beberapa bangku taman juga patah dan pagar pembatas ada yang lepas. Mohon diperbaiki.",
    ),
    Case(
        "web",
        "umum",
        "Kami dari Karang Taruna Kelurahan Melayu ingin meminjam halaman depan Kantor Bupati untuk senam massal hari Minggu, 22 Juni 2025 pagi. Bagaimana prosedurnya, surat ditujukan ke siapa, dan berapa lama sebelumnya harus diajukan?",
    ),
    Case(
        "whatsapp",
        "umum",
        "siang pak, td sy antar surat ke kantor bupati, meja penerimaan suratnya kosong dr jam 12 ga ada yg jaga. surat ini hrs masuk hari ini krn ada batas waktunya. bisa dititip kemana ya biar tetap tercatat?",
    ),
    Case(
        "whatsapp",
        "umum",
        "min toilet lantai 1 kantor bupati airnya mati dr kemarin, bau bgt sampe ke lobi. tamu2 pada ngeluh. tlg diperbaiki ya",
    ),
    Case(
        "sms",
        "umum",
        "Yth Setda, pagar belakang kantor bupati jebol dekat parkir motor, malam sering ada yg nongkrong & buang sampah di situ. Mhn keamanan diperketat. Warga Timbau",
    ),
    Case(
        "sms",
        "umum",
        "Sy sopir yg sering antar tamu ke kantor bupati. Di halaman ga ada petugas yg atur parkir, mobil keluar masuk semrawut, sdh 2x nyaris tabrakan. Mhn ditertibkan",
    ),
    Case(
        "telegram",
        "umum",
        "Halo, ruang rapat lantai 2 kantor bupati yg sdh kami pinjam resmi utk tgl 15 Mei tiba2 dibatalkan sehari sebelumnya tanpa surat pemberitahuan. Kami udh sebar undangan ke 60 peserta. Gimana ini, ada ruang pengganti ga?",
    ),
    Case(
        "twitter",
        "umum",
        "Mobil pelat merah parkir depan tempat karaoke di Tenggarong jam 1 pagi. Itu kendaraan dinas kantor bupati kan? @PemkabKukar tolong dicek",
    ),
    Case(
        "twitter",
        "umum",
        "Kantor Bupati Kukar megah tp sampah di halaman belakang numpuk seminggu, baunya sampe ke jalan. Petugas kebersihannya kemana @PemkabKukar",
    ),
]

_PROKOM = [
    Case(
        "email",
        "prokom",
        "Kepada Yth.\nBapak Bupati Kutai Kartanegara\ndi Tenggarong\n\nNomor : 005/045/PEM-MKU/IV/2025\nSifat : Penting\nLampiran : -\nPerihal : Permohonan Audiensi\n\nDengan hormat,\nKami Pemerintah Desa Muara Kaman Ulu bersama Badan Permusyawaratan Desa dan tokoh masyarakat bermaksud menghadap Bapak Bupati untuk menyampaikan secara langsung aspirasi warga hasil musyawarah desa, antara lain mengenai akses jalan menuju dermaga dan kebutuhan air bersih.\n\nRombongan berjumlah 10 (sepuluh) orang. Mengenai waktu kami serahkan sepenuhnya kepada Bapak, dengan harapan dapat dilaksanakan pada minggu kedua atau ketiga Mei 2025.\n\nDemikian permohonan ini kami sampaikan, atas perhatian dan perkenan Bapak diucapkan terima kasih.\n\nMuara Kaman Ulu, 25 April 2025\nKepala Desa Muara Kaman Ulu\n\nSupriadi\nHP 0852-5067-1193",
    ),
    Case(
        "email",
        "prokom",
        "Kepada Yth.\nBapak Bupati Kutai Kartanegara\ndi Tenggarong\n\nNomor : 07/PAN-MAB/VI/2025\nPerihal : Undangan Peresmian Masjid\n\nAssalamu'alaikum Wr. Wb.\n\nDengan hormat,\nAlhamdulillah pembangunan Masjid Al-Muhajirin Desa Bakungan, Kecamatan Loa Janan, telah selesai. Sebagian pembangunan masjid ini terbantu oleh hibah Pemerintah Kabupaten tahun 2023, untuk itu kami sangat berharap Bapak berkenan hadir untuk meresmikan, memberikan sambutan, dan menandatangani prasasti pada:\n\nhari/tanggal : Jumat, 27 Juni 2025\nwaktu : 13.30 WITA (ba'da sholat Jumat)\ntempat : Masjid Al-Muhajirin, Jl. Poros Loa Janan - Tenggarong km 5, Bakungan\n\nMengingat pentingnya acara tersebut, kami mohon kiranya Bapak dapat hadir.\n\nWassalamu'alaikum Wr. Wb.\n\nKetua Panitia,\nH. Abdul Latief\nKetua Takmir,\nUst. Mukhlis Hamdani\nKontak panitia: 0813-4633-5081",
    ),
    Case(
        "email",
        "prokom",
        "Mohon perhatian. Ini email kami sebulan lalu yang belum mendapat tanggapan apa pun, sementara pola yang sama terulang pada kunjungan kerja minggu lalu.\n\nSalam,\nRedaksi Kukar Terkini\n\n---------- Forwarded message ---------\nDari: Redaksi Kukar Terkini <redaksi@kukarterkini.id>\nTanggal: Sel, 8 Apr 2025 pukul 19.20\nSubjek: Akses liputan kegiatan Bupati\nKepada: <pengaduan.setda@kukarkab.go.id>\n\nYth. Bapak/Ibu,\nPada acara penyerahan SK di Pendopo tanggal 7 April, wartawan kami dilarang masuk area liputan dan tidak bisa ikut sesi wawancara bersama Bupati, padahal media lain diperbolehkan. Rilis resmi kegiatan juga hanya dikirim ke grup tertentu. Kami mohon penjelasan mengenai syarat peliputan kegiatan pimpinan daerah, cara mendapatkan jadwal agenda Bupati, dan agar rilis dibagikan merata ke semua media yang terverifikasi.\n\nHormat kami,\nAhmad Fauzi\nPemimpin Redaksi\n0812-5511-9034",
    ),
    Case(
        "email",
        "prokom",
        "Selamat sore,\n\nMenanggapi balasan sebelumnya, postingan itu sampai sekarang masih belum diralat. Di akun Instagram resmi Bupati, ucapan duka untuk almarhum tokoh adat kami tertulis dengan nama dan gelar yang salah, dan desa asalnya ditulis Kota Bangun Ulu padahal beliau berasal dari Desa Sangkuliman, Kecamatan Kota Bangun. Keluarga merasa kurang dihargai. Selain itu komentar warga yang meminta koreksi malah dihapus.\n\nKami mohon caption diperbaiki dan ada penjelasan mengapa komentar koreksi dihapus.\n\nHormat kami,\nKeluarga besar Alm. Aji Raden Sulaiman\nKota Bangun\n\nPada Rab, 7 Mei 2025 pukul 10.08, Pengaduan Setda Kukar <pengaduan.setda@kukarkab.go.id> menulis:\n> Yth. Bapak/Ibu,\n> Terima kasih atas informasinya. Akan kami sampaikan kepada pengelola akun.\n> Salam",
    ),
    Case(
        "email",
        "prokom",
        "Kepada Yth.\nBapak Bupati Kutai Kartanegara\ndi Tenggarong\n\nNomor : 118/ETN-EXT/VII/2025\nPerihal : Permohonan Kehadiran dan Sambutan\n\nDengan hormat,\nDalam rangka peringatan 25 tahun beroperasinya PT Etam Tambang Nusantara di Kecamatan Muara Jawa, kami akan menyelenggarakan syukuran bersama masyarakat pada Kamis, 14 Agustus 2025 pukul 09.00 WITA di lapangan kantor site Muara Jawa Ilir. Kami mengharapkan kehadiran Bapak Bupati sekaligus memberikan sambutan.\n\nPada kesempatan tersebut juga akan dilakukan penyerahan simbolis program tanggung jawab sosial perusahaan kepada lima desa sekitar, yang rinciannya telah kami koordinasikan sebelumnya dengan instansi terkait. Mohon informasi apakah diperlukan bahan sambutan dari pihak kami dan susunan acara yang perlu disesuaikan.\n\nDemikian, atas perhatian Bapak kami ucapkan terima kasih.\n\nHormat kami,\nBambang Hermawan\nExternal Relations Manager\nHP 0811-5590-4471",
    ),
    Case(
        "email",
        "prokom",
        "Pak/Bu, mau tanya upacara HUT Kota Tenggarong ke-243 tgl 28 September nanti apa masyarakat umum boleh ikut, dan kalau sekolah mau kirim barisan daftarnya ke mana? Terima kasih.\n\nDikirim dari Yahoo Mail di Android",
    ),
    Case(
        "web",
        "prokom",
        "Mohon akun media sosial resmi Bupati lebih responsif. Saya sudah tiga kali kirim pesan menanyakan jadwal open house Idulfitri tapi tidak dibalas, akhirnya banyak warga datang di hari yang salah dan pulang kecewa. Jadwal acara pimpinan sebaiknya diumumkan jelas.",
    ),
    Case(
        "web",
        "prokom",
        "Kami siswa ekstrakurikuler jurnalistik SMA Negeri 2 Tenggarong ingin mewawancarai Bapak Bupati untuk majalah sekolah edisi Agustus. Bagaimana cara mengajukan permohonan wawancara dan berapa lama biasanya prosesnya?",
    ),
    Case(
        "whatsapp",
        "prokom",
        "Assalamualaikum pak, kami pengurus lamin adat Dayak Kenyah desa Lung Anai mau undang Pak Bupati di acara syukuran panen tgl 20 juli. surat undangannya dikirim kemana ya? boleh ga lwt wa dl baru nyusul aslinya?",
    ),
    Case(
        "whatsapp",
        "prokom",
        "bang video sambutan bupati di youtube pemkab kemarin suaranya ilang separo, trs judulnya salah tulis nama desa kami (Sungai Payang jd Sungai Pinang). tlg diralat ya",
    ),
    Case(
        "sms",
        "prokom",
        "Yth Setda, kami ingin mohon waktu bertemu Bpk Bupati utk menyerahkan hasil musyawarah nelayan Muara Badak. Mhn info prosedur & kontaknya. Trm ksh, Ketua KUB Bahari Jaya",
    ),
    Case(
        "sms",
        "prokom",
        "Mhn info jadwal gladi upacara 17 Agustus tingkat kabupaten utk petugas paskibra dr Kec Tabang, kami hrs berangkat 2 hr sblmnya. Trims",
    ),
    Case(
        "telegram",
        "prokom",
        "Selamat sore, sy wartawan media online di Samarinda. Mau minta rilis resmi kunjungan kerja Bupati ke Kembang Janggut kemarin, di website belum ada. Sekalian mau ajukan wawancara singkat. Bisa dibantu kontak yg pegang?",
    ),
    Case(
        "twitter",
        "prokom",
        "@PemkabKukar kenapa komentar warga di postingan IG resmi pak bupati soal banjir dihapus2in? Kritik kok dihapus. #Kukar",
    ),
    Case(
        "twitter",
        "prokom",
        "Jadwal halal bihalal / open house Bupati Kukar kapan ya min? Warga Loa Kulu mau datang rame2 @PemkabKukar",
    ),
]

_PERENCANAAN_KEUANGAN = [
    Case(
        "email",
        "perencanaan_keuangan",
        "Kepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nNomor : 033/DE-CTR/VI/2025\nLampiran : 1 (satu) berkas salinan tagihan\nPerihal : Permohonan Pembayaran Tagihan\n\nDengan hormat,\nKami Catering Dapur Etam telah menyediakan makan dan minum rapat di lingkungan Sekretariat Daerah Kabupaten Kutai Kartanegara selama Januari - Februari 2025 berdasarkan pesanan tertulis, dengan total tagihan Rp 87.450.000 (delapan puluh tujuh juta empat ratus lima puluh ribu rupiah). Tagihan beserta kuitansi, nota, dan berita acara telah kami serahkan pada 5 Maret 2025.\n\nHingga akhir Juni 2025 tagihan tersebut belum dibayarkan, dan setiap kami tanyakan belum ada kepastian waktu. Sebagai usaha kecil, keterlambatan ini sangat memberatkan modal dan gaji karyawan kami.\n\nKami mohon kejelasan jadwal pembayaran. Demikian, atas perhatiannya diucapkan terima kasih.\n\nHormat kami,\nHj. Rosidah\nPemilik Catering Dapur Etam\nJl. Sultan Sulaiman, Tenggarong\nHP 0813-4620-1157",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Mohon maaf mengganggu, Bapak/Ibu. Saya teruskan email rekan-rekan anggota tim. Kami sudah menanyakan ke bendahara tiga kali dan jawabannya masih menunggu.\n\nSalam,\nNorhayati, S.E.\nNIP 19860911 201001 2 004\n\n---------- Forwarded message ---------\nDari: Arief Rahman <arief.rhm@kukarkab.go.id>\nTanggal: Kam, 15 Mei 2025 pukul 15.48\nSubjek: Honor Tim Penyusun LKPJ TA 2024\nKepada: Norhayati <norhayati@kukarkab.go.id>\n\nBu Nor,\nHonor tim penyusun LKPJ berdasarkan SK Sekda bulan Januari sampai April (Rp 750.000 per bulan per anggota) sampai sekarang belum ada yang cair untuk 12 anggota tim. Mohon bantu tanyakan, apakah ada berkas yang kurang dari kami.\n\nTerima kasih,\nArief",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Terima kasih atas balasannya.\n\nNamun sampai hari ini, 22 Mei, tambahan penghasilan bulan April untuk pegawai di lingkungan Sekretariat Daerah belum juga masuk, sementara teman-teman di dinas lain sudah menerima sejak tanggal 10. Selain itu, TPP saya bulan Maret dipotong 15% padahal rekap absensi saya penuh dan tidak ada cuti. Mohon penjelasan dasar perhitungan potongannya.\n\nHormat saya,\nRina Marlina\nNIP 19910223 201503 2 002\n\nPada Sen, 12 Mei 2025 pukul 09.55, Pengaduan Setda Kukar <pengaduan.setda@kukarkab.go.id> menulis:\n> Yth. Ibu Rina,\n> Pembayaran sedang dalam proses. Mohon ditunggu.\n> Salam",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Yth. Bapak/Ibu,\n\nSaya pegawai di Sekretariat Daerah Kukar (NIP 19880415 201101 1 006). Saya melaksanakan perjalanan dinas ke Jakarta tanggal 10 - 13 Februari 2025 untuk konsultasi ke kementerian, berdasarkan surat tugas Nomor 094/112/ST/II/2025. Biaya tiket pesawat dan hotel sebesar Rp 8.760.000 saya talangi sendiri. Seluruh berkas pertanggungjawaban (boarding pass, bill hotel, laporan perjalanan) sudah saya serahkan lengkap pada 20 Februari, tetapi penggantiannya sampai sekarang belum dibayarkan.\n\nMohon informasi kapan dapat dicairkan.\n\nTerima kasih,\nFajar Nugroho",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Kepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\n\nPerihal : Keterlambatan Pembayaran Pesanan ATK\n\nDengan hormat,\nKami CV Mitra Karya Tenggarong, penyedia alat tulis kantor, telah mengirimkan seluruh pesanan ATK triwulan I untuk Sekretariat Daerah pada 28 Maret 2025 dan berita acara serah terima sudah ditandatangani. Namun pembayaran sebesar Rp 46.320.000 belum kami terima hingga kini, sudah lebih dari dua bulan.\n\nSelain itu kami juga ingin bertanya apakah tahun ini masih ada rencana belanja tinta printer, tetapi hal itu dapat dijawab kemudian; yang mendesak adalah penyelesaian tagihan kami.\n\nDemikian, atas perhatiannya diucapkan terima kasih.\n\nHormat kami,\nHerman Sutanto\nDirektur\nJl. Imam Bonjol No. 41, Tenggarong\nHP 0812-5832-0065",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Bu, SPJ rapat koordinasi bulan Maret dikembalikan lagi utk ketiga kalinya, katanya daftar hadir hrs pakai format baru. formatnya yg mana? tolong dikirim contohnya biar ga bolak balik terus. makasih\n\nDikirim dari Yahoo Mail di Android",
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        "Saya tenaga kontrak di lingkungan Sekretariat Daerah Kukar. Gaji bulan Mei belum dibayarkan sampai tanggal 15 Juni, tanpa pemberitahuan apa pun. Teman-teman kontrak di dinas lain sudah terima. Mohon penjelasan dan kepastian kapan dibayarkan.",
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        "Kami penyedia sewa tenda dan sound system untuk kegiatan Sekretariat Daerah pada rangkaian HUT Tenggarong September 2024. Tagihan Rp 32 juta sampai sekarang belum dibayar, jawabannya selalu tunggu anggaran perubahan. Sudah hampir 9 bulan. Mohon kejelasan.",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "pak, uang harian perjalanan dinas ke kec tabang bulan lalu kok cm dibayar separo ya? kata bendahara standar biayanya berubah, tp aturannya mana? kami ga pernah dikasih tau",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "Min sy driver di setda, uang lembur & honor sopir bulan maret-april blm cair. kmi udh tanya ke keuangan jwbnya nunggu terus. anak sy mau bayar sekolah",
    ),
    Case(
        "sms",
        "perencanaan_keuangan",
        "Yth. Setda, tagihan cetak spanduk & baliho utk kegiatan Setda bln Feb sebesar Rp 12,5 jt blm dibayar. Mohon kejelasan. Percetakan Mitra Grafika Tenggarong",
    ),
    Case(
        "sms",
        "perencanaan_keuangan",
        "Mhn info kapan TPP pegawai Setda bln Juni dibayar? sdh tgl 20 blm masuk. Trims",
    ),
    Case(
        "telegram",
        "perencanaan_keuangan",
        "Selamat pagi, sy pegawai Setda. Mau tanya status penggantian SPPD perjalanan ke Balikpapan tgl 3-4 Juni, kuitansi sdh diserahkan tp di aplikasi masih 'proses verifikasi'. Biasanya berapa lama ya?",
    ),
    Case(
        "twitter",
        "perencanaan_keuangan",
        "Vendor lokal udah kerja, barang udah diantar ke Setda Kukar, tagihan 5 bulan ga dibayar. Usaha kecil bisa bangkrut nunggu pemerintah bayar @PemkabKukar",
    ),
    Case(
        "twitter",
        "perencanaan_keuangan",
        "Honor narasumber sy di bimtek Setda Kukar bulan April blm dibayar jg, udh kirim NPWP & no rekening 2x. @PemkabKukar tolong dong",
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
