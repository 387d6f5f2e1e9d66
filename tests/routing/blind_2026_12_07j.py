# ruff: noqa: E501
"""Blind set written 2026-12-07 (tenth of the day) for issue 16: "who writes is not what they ask". Each complaint comes from a writer whose role or background belongs to one section's world (contractors and vendors, village heads, BPD members and RT chairs, teachers, imams and pastors, ASN of the Secretariat and of other agencies, journalists and social-media admins, farmers, fishermen and miners' neighbours, market traders and BUMD staff, students and universities, lawyers and NGOs, drivers and security guards of the regent's office) but who asks for something in another section's (or, for some, the same) mandate; many name the place or programme of their own world as background before the actual request, and everyday words of other mandates (jalan, kantor, surat, acara, dana, bantuan, izin, harga, tambang, lahan, proyek, gaji) appear casually. About half the cases are hard in this way; the other half are ordinary complaints where writer and request agree. Mostly informal Indonesian with abbreviations, some Kutai/Banjar words and emoji on chat channels; e-mails and web forms are more formal letters or forms. Real Kukar place names. 180 cases, 15 per section; per section 3 email, 3 whatsapp, 2 sms, 2 telegram, 3 twitter, 2 web (36 email, 36 whatsapp, 24 sms, 24 telegram, 36 twitter, 24 web).

Written without reading config.yaml, routing/ or tests/routing/; each case is labelled only from
the mandates in docs/sections.md.

Scored ONCE, blind, with the rules of main a458ba9 (this file committed in that commit, unread by
the rules' authors), on 2026-12-07: 156/180 correct = 86.7% (Wilson 95% interval 80.9%-90.9%),
2 fallbacks. Per channel: email 32/36, sms 19/24, telegram 22/24, twitter 32/36, web 20/24,
whatsapp 31/36. (The rules of 303ab4f, the previous session's start: 156/180, email 32/36.)
The errors (index in CASES, label -> got):
- the writer's role read as the topic: an imam (#14 pemerintahan, #64 perekonomian, #94 adpem,
  #124 organisasi -> kesra), a contractor (#0 pemerintahan, #31 hukum -> adpem), a trader (#7
  pemerintahan -> perekonomian), a scholarship holder (#12 pemerintahan -> kesra), an oil palm
  farmer (#25 kesra -> sda), a Perusda worker (#27 kesra -> perekonomian), a farmers' group
  (#112 pbj -> sda), a village head (#126 organisasi, #143 umum -> pemerintahan), an RT chair
  (#49 kerjasama -> pemerintahan), a journalist (#39 hukum -> prokom), a lawyer (#89 sda ->
  hukum), a vendor (#136 umum -> perencanaan_keuangan);
- what is asked for loses to what is listed: #151 prokom -> perencanaan_keuangan (an audience
  to raise late invoices, tenders and stalled projects), #179 perencanaan_keuangan -> prokom (a
  working visit's unpaid meal bill);
- #51 kerjasama -> kesra (CSR groceries given only to officials' families: a tie);
- #100 adpem -> sda (a road works' dust); #123 organisasi -> pemerintahan (a sub-district
  office's counter hours);
- fallbacks: #13 pemerintahan (which sub-district an RT belongs to), #127 organisasi (a fee for
  legalising a diploma said to be free).
"""

from __future__ import annotations

from tests.routing.case import Case

_E = Case

_PEMERINTAHAN = [
    _E(
        "email",
        "pemerintahan",
        "Yth. Bapak/Ibu Bagian Pemerintahan Setda Kukar\n\nDengan hormat,\nSaya Direktur CV Mahakam Karya, pelaksana proyek peningkatan jalan di perbatasan Desa Jembayan dan Desa Loa Kulu Kota. Pekerjaan kami sebenarnya lancar, namun di lapangan warga kedua desa saling klaim bahwa patok batas desa berada di wilayah masing-masing, sampai papan nama desa dicabut dan dipasang ulang. Kami tidak meminta apa pun terkait proyek. Kami hanya memohon agar Pemkab segera melakukan penegasan batas antara kedua desa tersebut supaya warga tidak terus bersitegang.\n\nHormat kami,\nRusdi Hamzah",
    ),
    _E(
        "email",
        "pemerintahan",
        "Yth. Kepala Bagian Pemerintahan,\n\nKami selaku calon kepala desa nomor urut 2 pada Pilkades Desa Sumber Sari, Kecamatan Loa Kulu, menyampaikan keberatan atas penetapan daftar pemilih tetap oleh panitia pilkades. Terdapat sekitar 140 nama warga yang sudah pindah ke Samarinda tetapi masih tercantum, sementara warga baru yang ber-KTP desa tidak terdaftar. Panitia menolak memberikan salinan DPT kepada kami. Mohon Pemkab melalui panitia kabupaten melakukan verifikasi ulang sebelum hari pemungutan suara.\n\nHormat kami,\nSuyanto",
    ),
    _E(
        "email",
        "pemerintahan",
        "Dengan hormat,\nSaya guru honorer di SDN 012 Muara Muntai dan sehari-hari mengurus administrasi sekolah, jadi sering perlu tanda tangan pemerintah desa. Yang ingin saya laporkan bukan soal sekolah, tetapi Kepala Desa Muara Muntai Ulu yang sejak Juli praktis tinggal di Samarinda dan hanya pulang sebulan sekali. Perangkat desa tidak berani mengambil keputusan, musyawarah desa tertunda, dan warga bingung harus ke siapa. Mohon Bagian Pemerintahan bersama camat menegur dan membina kepala desa tersebut.\n\nHormat saya,\nNurhayati, S.Pd.",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Assalamualaikum pak, sy warga RT 14 Kel. Timbau Tenggarong. Bulan lalu kami sdh pemilihan ketua RT baru secara musyawarah, tp sampai skrg lurah blm mau terbitkan SK pengesahan, alasannya nunggu arahan camat 🙏 Mhn dibantu pak, RT kami jd kosong kepengurusan",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Pak, ulun nelayan di Desa Sepatin Anggana. Bukan soal ikan atau kapal nah 😅 Kakak ulun kaur keuangan desa, diberhentikan kades kada pakai surat, kada ada rekomendasi camat, diganti keponakan kades. Kada adil ini pak, mhn pemkab cek aturan pemberhentian perangkat desa",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Slmt siang. Kami warga Dusun Tanjung Limau, Desa Muara Badak Ulu. Jumlah penduduk dusun kami sdh lebih 3.000 jiwa, sdh 4 thn usul pemekaran jd desa persiapan, berkas sdh ke kecamatan tp tdk ada kabar. Mhn info prosesnya sampai mana 🙏",
    ),
    _E(
        "sms",
        "pemerintahan",
        "Pak, Desa Sumber Rejo Kec Sebulu sdh 2 thn dipimpin Pj kades. Kapan pilkades dilaksanakan? Warga sdh lama menunggu.",
    ),
    _E(
        "sms",
        "pemerintahan",
        "Sy pedagang sayur di Pasar Tangga Arung. Lapak & rumah sy di pinggir antara Kel Panji dan Kel Melayu, 2 kelurahan sama2 minta sy ikut RT mereka. Mhn batas kelurahan ditegaskan.",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "Selamat pagi. Sy ASN di Setda, tp ini soal kampung halaman sy di Desa Kembang Janggut. Pengisian anggota BPD periode baru dilakukan diam-diam, tdk ada musyawarah per dusun, yg dilantik semua keluarga kades. Mohon Bag. Pemerintahan meninjau ulang proses pengisian BPD tsb.",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "Min, kades Bukit Pariaman Tenggarong Seberang tdk pernah menyampaikan laporan penyelenggaraan pemdes ke warga, musdes cuma formalitas, papan info APBDes kosong. Tlg dibina, warga mau transparansi desa 🙏",
    ),
    _E(
        "twitter",
        "pemerintahan",
        "Sbg wartawan biasanya sy yg nanya pemkab, kali ini sbg warga Desa Bukit Raya: kebun warga kami diklaim masuk Desa Sidomulyo, dua kades sama2 terbitkan surat keterangan tanah. @pemkabkukar tlg mediasi sengketa lahan antar desa ini",
    ),
    _E(
        "twitter",
        "pemerintahan",
        "RT 07 Kel. Loa Janan Ilir sdh 8 bln gak ada ketua RT sejak beliau meninggal. Surat pengantar apa2 jadi susah. Kelurahan kapan adakan pemilihan RT? @kukarkab",
    ),
    _E(
        "twitter",
        "pemerintahan",
        "Sy mahasiswa penerima beasiswa Kukar tp kampung sy di perbatasan Marangkayu malah didata masuk Bontang 😩 warga jd bingung KTP ikut mana. Min, kapan batas Kukar-Bontang di wilayah kami dituntaskan?",
    ),
    _E(
        "web",
        "pemerintahan",
        "Nama: Hj. Rahmawati\nAlamat: Desa Tani Bhakti, Kec. Loa Janan\nIsi pengaduan: Kecamatan kami sering tertukar kewenangan dengan Kecamatan Samboja untuk beberapa RT di perbatasan. Warga RT 09 kadang diminta urus surat ke Samboja, kadang ke Loa Janan. Kami mohon kejelasan cakupan wilayah administratif kecamatan untuk RT tersebut.",
    ),
    _E(
        "web",
        "pemerintahan",
        "Nama: Ustadz Mahmud\nAlamat: Desa Kota Bangun Ilir, Kec. Kota Bangun\nIsi pengaduan: Saya imam masjid jami di desa kami. Banyak jamaah bertanya kepada saya karena kepala desa kami ditahan sejak dua bulan lalu dan sampai sekarang belum ada penjabat yang ditunjuk. Pelayanan di kantor desa berhenti. Mohon Pemkab segera menunjuk Pj kepala desa.",
    ),
]

_KESRA = [
    _E(
        "email",
        "kesra",
        "Yth. Kepala Bagian Kesra Setda Kukar\n\nDengan hormat,\nSaya kontraktor bangunan di Tenggarong Seberang, namun surat ini saya tulis sebagai Ketua Panitia Pembangunan Masjid Nurul Iman, Desa Bukit Raya. Proposal bantuan rumah ibadah untuk lanjutan pembangunan kubah dan tempat wudhu telah kami ajukan pada Februari 2026 lengkap dengan RAB dan foto. Sampai saat ini belum ada kabar apakah proposal lolos verifikasi. Mohon informasi status proposal hibah tersebut.\n\nHormat kami,\nH. Amran",
    ),
    _E(
        "email",
        "kesra",
        "Yth. Bapak/Ibu pengelola Beasiswa Kukar Idaman,\n\nSaya mahasiswi semester 5 di UGM asal Kecamatan Sebulu, penerima beasiswa kategori prestasi. Dana semester ganjil yang biasanya cair September belum masuk sampai Desember, padahal batas bayar UKT sudah lewat dan saya terancam cuti akademik. Status di portal hanya tertulis 'proses'. Mohon kejelasan jadwal pencairan.\n\nTerima kasih,\nAyu Lestari",
    ),
    _E(
        "email",
        "kesra",
        "Dengan hormat,\nSaya ASN di Dinas PUPR Kukar. Di luar jam dinas saya mengajar di TPA Al-Hidayah, Kelurahan Maluhu, bersama enam guru ngaji lain. Insentif guru mengaji dari Pemkab untuk triwulan II dan III belum kami terima, sementara desa tetangga sudah. Nama kami sudah terdaftar sejak 2024. Mohon dicek apakah ada kendala pada data kami.\n\nHormat saya,\nFauzi Rahman",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Assalamualaikum, sy marbot masjid di Loa Ipuh. Insentif marbot & imam dr pemkab thn ini blm cair sama sekali pak, biasanya Juni sdh masuk. Mhn infonya 🙏",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Pak, sy kades Sungai Payang Loa Kulu. Ada kelompok majelis taklim ibu2 di desa kami mau ajukan hibah utk alat hadrah & kegiatan, proposal lewat desa atau langsung ke kabupaten? Syaratnya apa aja ya pak 🙏",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Min, kafilah MTQ Kec. Anggana yg juara di MTQ kabupaten kemarin blm terima uang pembinaan, katanya nunggu SK. Sdh 3 bulan loh 😔",
    ),
    _E(
        "sms",
        "kesra",
        "Sy sopir di kantor bupati. Ibu sy calon jemaah haji Kukar 2027, blm dpt info jadwal manasik tingkat kabupaten. Mhn infonya.",
    ),
    _E(
        "sms",
        "kesra",
        "Pengumuman beasiswa S2 Kukar kapan keluar? Sdh lewat jadwal 2 minggu. Tks.",
    ),
    _E(
        "telegram",
        "kesra",
        "Sy wartawan, tp ini urusan pribadi. Anak sy penerima beasiswa Kukar, di data penerima namanya salah ketik & NIK beda satu angka, jadi dana tdk bisa cair. Mohon dibantu perbaikan data 🙏",
    ),
    _E(
        "telegram",
        "kesra",
        "Salam sejahtera. Saya pendeta Gereja Kemah Injil di Kota Bangun. Atap gereja kami sudah lapuk, kami ingin mengajukan bantuan rehab rumah ibadah tahun 2027. Kapan pendaftaran proposal dibuka?",
    ),
    _E(
        "twitter",
        "kesra",
        "Sy petani sawit di Kembang Janggut, anak sy alhamdulillah lolos beasiswa Kukar tp sdh semester 2 dananya blm masuk juga. Sawit lagi murah, mau bayar kuliah pakai apa min 😢",
    ),
    _E(
        "twitter",
        "kesra",
        "Katanya semua warga Kukar dijamin BPJS gratis dari pemkab, tp ibu sy di Muara Wis kartunya nonaktif pas mau berobat. Program jaminan kesehatannya gimana ini @kukarkab",
    ),
    _E(
        "twitter",
        "kesra",
        "Sy kerja di Perusda, tp sbg ketua remaja masjid mau tanya: musholla Al-Ikhlas Loa Janan Ulu bisa dpt bantuan karpet & sound system rumah ibadah gak dr pemkab? 🙏",
    ),
    _E(
        "web",
        "kesra",
        "Nama: Siti Aminah\nAlamat: Kel. Sangasanga Dalam, Kec. Sangasanga\nIsi pengaduan: Kami kelompok lansia Sehat Bahagia telah dua kali mengajukan proposal hibah kegiatan sosial ke Pemkab tetapi tidak ada jawaban diterima atau ditolak. Mohon kejelasan mekanisme hibah untuk kelompok masyarakat.",
    ),
    _E(
        "web",
        "kesra",
        "Nama: Andi Firmansyah, S.H.\nAlamat: Jl. Muso Salim, Tenggarong\nIsi pengaduan: Saya berprofesi advokat, namun pengaduan ini saya sampaikan sebagai orang tua. Anak saya dinyatakan tidak lolos beasiswa Kukar dengan alasan berkas tidak lengkap, padahal semua berkas telah diunggah dan ada bukti tangkapan layar. Mohon verifikasi ulang berkas anak saya sebelum penetapan akhir.",
    ),
]

_HUKUM = [
    _E(
        "email",
        "hukum",
        "Yth. Bagian Hukum Setda Kukar\n\nDengan hormat,\nSaya warga Desa Teluk Dalam, Kecamatan Tenggarong Seberang, buruh harian dengan penghasilan tidak tetap. Tanah warisan orang tua saya digugat oleh seseorang di Pengadilan Negeri Tenggarong dan sidang pertama bulan depan. Saya tidak mampu membayar pengacara. Saya mohon informasi bagaimana mendapatkan bantuan hukum gratis dari Pemkab bagi warga miskin.\n\nHormat saya,\nMuhammad Said",
    ),
    _E(
        "email",
        "hukum",
        "Yth. Kepala Bagian Hukum,\n\nKami PT Borneo Cipta Konstruksi, penyedia paket pembangunan gedung serbaguna di Muara Jawa. Kontrak kami diputus sepihak oleh PPK dengan alasan keterlambatan, padahal keterlambatan disebabkan perubahan desain. Kami sudah dua kali mengirim somasi dan belum ditanggapi. Sebelum menempuh gugatan, kami memohon agar Pemkab membuka ruang penyelesaian sengketa secara musyawarah dan menunjuk pihak yang berwenang mewakili Pemkab.\n\nHormat kami,\nDirektur",
    ),
    _E(
        "email",
        "hukum",
        "Dengan hormat,\nSebagai Kepala Desa Loa Lepu, kami sedang menyusun APBDes 2027 dan membutuhkan Peraturan Bupati terbaru tentang pedoman penyusunan APBDes serta Perbup tentang pembagian alokasi dana desa. Kami sudah mencari di website JDIH Kukar tetapi dokumen 2026 belum diunggah, hanya judulnya saja. Mohon salinan Perbup tersebut dapat diunggah atau dikirimkan.\n\nHormat kami,\nKepala Desa Loa Lepu",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Pak, website JDIH Kukar error terus, file Perda gak bisa didownload, muncul tulisan 404. Sy butuh Perda RTRW utk tugas kuliah 🙏",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Assalamualaikum. Kami pedagang Pasar Sebulu dengar ada Raperda retribusi pasar yg baru, tarif lapak mau naik. Kami minta salinan rancangannya & minta dilibatkan waktu uji publik, jgn tiba2 ditetapkan pak 🙏",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Selamat siang, sy staf Dinas Kesehatan. Kami mau konsultasi hukum soal draf perjanjian sewa alat lab dgn pihak swasta, ada klausul denda yg kami ragukan. Bisa dijadwalkan konsultasi dgn Bag. Hukum pak?",
    ),
    _E(
        "sms",
        "hukum",
        "Sy warga miskin di Loa Duri Ilir, anak sy ditahan polisi. Apa pemkab ada pengacara gratis? Ke mana sy harus minta?",
    ),
    _E(
        "sms",
        "hukum",
        "Rumah sy di Desa Batuah retak2 krn tambang sebelah. Sy mau gugat perusahaan tp tdk punya uang. Ada bantuan hukum dr pemkab?",
    ),
    _E(
        "telegram",
        "hukum",
        "Min, Perda kawasan tanpa rokok Kukar itu sdh berlaku blm? Di JDIH cuma ada raperda nya. Mohon info nomor perdanya.",
    ),
    _E(
        "telegram",
        "hukum",
        "Sy jurnalis media online Tenggarong. Mau konfirmasi: gugatan warga Muara Kaman terhadap Bupati di PTUN Samarinda sdh putus blm? Mohon salinan putusan atau keterangan status perkaranya dr Bag. Hukum.",
    ),
    _E(
        "twitter",
        "hukum",
        "Perda Kukar soal larangan ternak lepas itu nomor berapa sih? Cari di JDIH gak ketemu2 @kukarkab",
    ),
    _E(
        "twitter",
        "hukum",
        "Sbg guru honorer sy dengar ada rancangan Perbup ttg tunjangan guru non-ASN. Mhn drafnya dibuka ke publik dulu min, biar kami bisa kasih masukan sblm ditandatangani",
    ),
    _E(
        "twitter",
        "hukum",
        "Tanah kakek sy di Rapak Lambur dipakai bangun SD sejak 1998 tanpa ganti rugi, sertifikat masih atas nama kakek. Mau tempuh jalur hukum lawan pemkab, ke bagian mana harus ajukan?",
    ),
    _E(
        "web",
        "hukum",
        "Nama: Yayasan Hutan Lestari Mahakam\nAlamat: Jl. Jelawat, Tenggarong\nIsi pengaduan: Kami LSM lingkungan yang mendampingi masyarakat adat di Kecamatan Tabang. Kami mendengar DPRD dan Pemkab sedang membahas Raperda Pengakuan dan Perlindungan Masyarakat Hukum Adat. Kami memohon naskah akademik dan draf raperda dapat dibagikan serta kami diundang dalam konsultasi publik.",
    ),
    _E(
        "web",
        "hukum",
        "Nama: Rini (disamarkan)\nAlamat: Kec. Samboja\nIsi pengaduan: Saya korban kekerasan dalam rumah tangga dan ingin mengajukan gugatan cerai serta melapor, tetapi tidak punya biaya. Saya mohon didampingi melalui program bantuan hukum Pemkab.",
    ),
]

_KERJASAMA = [
    _E(
        "email",
        "kerjasama",
        "Yth. Kepala Bagian Kerja Sama Setda Kukar\n\nDengan hormat,\nKami dari LPPM Politeknik Pertanian Negeri Samarinda. Pada Juni lalu kami telah mengirimkan draf nota kesepahaman tentang pengembangan riset dan KKN tematik di wilayah Kukar. Draf sudah diparaf pimpinan kampus, namun kami belum menerima tanggapan atau jadwal penandatanganan dari Pemkab. Mohon informasi tindak lanjut MoU tersebut.\n\nHormat kami,\nKetua LPPM",
    ),
    _E(
        "email",
        "kerjasama",
        "Dengan hormat,\nSaya pemilik CV Bersih Lestari yang selama ini hanya ikut lelang kecil. Kali ini kami tidak ingin ikut tender, melainkan mengusulkan perjanjian kerja sama pengelolaan bank sampah dan daur ulang plastik dengan Pemkab di Kecamatan Tenggarong, dengan skema bagi hasil. Mohon petunjuk prosedur pengajuan kerja sama dengan pihak ketiga dan ke mana proposal disampaikan.\n\nHormat saya,\nDedi Kurniawan",
    ),
    _E(
        "email",
        "kerjasama",
        "Yth. Bapak/Ibu Bagian Kerja Sama,\n\nSaya Kepala Desa Tanjung Batu, Kecamatan Tenggarong Seberang. Desa kami berbatasan langsung dengan konsesi tambang batubara PT Bara Mahakam. Perusahaan menyatakan dana TJSL untuk desa kami tahun 2026 sudah disalurkan melalui forum CSR kabupaten, tetapi desa tidak menerima program apa pun, baik air bersih maupun beasiswa. Mohon Pemkab menelusuri penyaluran CSR tersebut.\n\nHormat kami,\nKepala Desa Tanjung Batu",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Pak, program beasiswa CSR perusahaan migas di Muara Badak thn ini penerimanya kok anak karyawan semua ya 🤔 anak nelayan & petani di Saliki gak ada yg dapat. Mhn pemkab awasi penyaluran CSR nya",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Assalamualaikum, sy ketua RT 05 Desa Loa Janan Ulu. PT di sebelah janji bangun sumur bor & tandon air dari dana CSR utk 3 RT, tp yg dibangun cuma di RT 01 dekat rumah kades 😓 RT kami blm. Mohon pemkab tegur perusahaan nya",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Slmt pagi, mau tanya kelanjutan kerja sama Kukar dgn Kota Samarinda soal pengolahan sampah regional. Katanya sdh tanda tangan MoU thn lalu tp TPA bersama blm ada kabar sama sekali",
    ),
    _E(
        "sms",
        "kerjasama",
        "Bantuan sembako CSR PT sawit di Sebulu kemarin cuma dibagi ke keluarga perangkat desa. Warga lain tdk dpt. Tlg dicek pak.",
    ),
    _E(
        "sms",
        "kerjasama",
        "Sy mhs Unmul penerima beasiswa Kukar. Kampus bilang MoU magang dgn Pemkab Kukar habis & blm diperpanjang, kami tdk bisa magang di OPD. Mohon diperpanjang.",
    ),
    _E(
        "telegram",
        "kerjasama",
        "Kami nelayan Desa Tani Baru, Anggana. Thn lalu perusahaan migas umumkan program TJSL bantuan jaring & kapal utk 50 nelayan, tp sampai skrg tdk ada realisasi. Mohon pemkab tanyakan ke perusahaan 🙏",
    ),
    _E(
        "telegram",
        "kerjasama",
        "Selamat siang. Kerja sama sister city Kukar dgn kabupaten di Jawa Tengah utk pertukaran pelajar dan budaya masih berjalan tidak? Sekolah kami mau ikut, perjanjiannya berlaku sampai kapan?",
    ),
    _E(
        "twitter",
        "kerjasama",
        "Forum TJSL Kukar kapan rilis laporan penyaluran CSR 2026 per perusahaan? Biar warga tau perusahaan mana yg beneran nyalurin @kukarkab",
    ),
    _E(
        "twitter",
        "kerjasama",
        "Sy jurnalis, bukan mau minta rilis, cuma butuh data: realisasi CSR perusahaan tambang di Kukar 2025 berapa & disalurkan ke desa mana saja? Mhn dibuka min",
    ),
    _E(
        "twitter",
        "kerjasama",
        "Sy guru SDN di Anggana. Sekolah kami dijanjikan renovasi toilet & perpustakaan lewat CSR perusahaan migas, sdh disurvei 2x tp gak ada lanjutan. Mohon pemkab tagih komitmen CSR nya 🙏",
    ),
    _E(
        "web",
        "kerjasama",
        "Nama: Hasanuddin\nAlamat: Desa Pela, Kec. Kota Bangun\nIsi pengaduan: Kami pengurus Pokdarwis Danau Semayang ingin mengusulkan program pesut dan wisata desa agar dibiayai CSR perusahaan. Kami tidak tahu jalurnya. Mohon informasi bagaimana mengajukan usulan program ke forum CSR melalui Pemkab.",
    ),
    _E(
        "web",
        "kerjasama",
        "Nama: Ratna Sari\nAlamat: Dinas Pariwisata Kukar\nIsi pengaduan: Saya ASN di Dinas Pariwisata. Draf perjanjian kerja sama promosi Erau dengan maskapai penerbangan sudah kami kirim ke Setda untuk ditelaah sejak Agustus, tetapi belum kembali sehingga pihak maskapai menunggu. Mohon percepatan telaah PKS tersebut.",
    ),
]

_PEREKONOMIAN = [
    _E(
        "email",
        "perekonomian",
        "Yth. Bagian Perekonomian Setda Kukar\n\nDengan hormat,\nKami warga Kelurahan Kota Bangun Ulu melaporkan bahwa harga LPG 3 kg di warung sudah mencapai Rp50.000 per tabung, padahal HET jauh di bawah itu. Pangkalan resmi selalu kosong sejak pagi dan katanya tabung sudah habis diambil pengecer. Mohon Pemkab menertibkan distribusi dan melakukan operasi pasar LPG.\n\nHormat kami,\nWarga Kota Bangun",
    ),
    _E(
        "email",
        "perekonomian",
        "Yth. Kepala Bagian Perekonomian,\n\nKami kontraktor pelaksana beberapa paket jalan di Kecamatan Tabang. Sejak tiga minggu terakhir solar di SPBU Tabang kosong hampir setiap hari, sementara solar eceran dijual Rp14.000 per liter. Bukan hanya alat berat kami yang berhenti, angkutan sembako dan perahu warga juga terdampak. Kami mohon Pemkab berkoordinasi dengan Pertamina untuk menambah kuota dan mengawasi penyaluran solar di Tabang.\n\nHormat kami,\nCV Tabang Jaya",
    ),
    _E(
        "email",
        "perekonomian",
        "Dengan hormat,\nKami karyawan Perusda Tunggang Parangan. Gaji kami sudah empat bulan tidak dibayar, sementara direksi menyatakan perusahaan menunggu penyertaan modal. Kami memahami ini bukan gaji pegawai Setda, namun Perusda adalah BUMD milik Pemkab. Mohon Pemkab selaku pemilik mengevaluasi kondisi keuangan dan manajemen Perusda tersebut.\n\nHormat kami,\nPerwakilan karyawan",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "Pak, harga cabe rawit di Pasar Tangga Arung tembus 120rb/kg, bawang merah jg naik terus 😫 Kapan ada operasi pasar?",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "Assalamualaikum pak, sy imam masjid di Desa Kupang Baru Muara Kaman. Jamaah banyak mengeluh ke sy, pangkalan elpiji 3kg di desa jual ke pengecer semua, warga antri tdk kebagian. Mhn ditindak pangkalannya 🙏",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "Kami pedagang Pasar Loa Kulu dipindah ke lapak darurat sejak 3 bln, tdk ada kepastian kapan kembali & lapak darurat becek. Pengelola pasar tdk bisa ditemui. Mohon dibantu pak 🙏",
    ),
    _E(
        "sms",
        "perekonomian",
        "Pertalite eceran di Muara Wis 15rb/ltr, SPBU kompak kosong 2 minggu. Mohon pasokan BBM ditambah.",
    ),
    _E(
        "sms",
        "perekonomian",
        "Sy kades Lebak Mantan Muara Wis. Desa kami 600 KK cuma 1 pangkalan LPG. Mohon kuota & pangkalan LPG 3kg ditambah utk desa kami.",
    ),
    _E(
        "telegram",
        "perekonomian",
        "Sy ASN Setda, bukan soal kantor. Istri sy pelaku UMKM amplang di Tenggarong, katanya ada pendampingan & pameran UMKM dr pemkab tp infonya tdk pernah sampai. Mohon info pendaftaran UMKM binaan.",
    ),
    _E(
        "telegram",
        "perekonomian",
        "Harga beras medium di Tenggarong Seberang naik 2rb per kilo dlm sebulan. Mohon pemkab adakan gerakan pangan murah.",
    ),
    _E(
        "twitter",
        "perekonomian",
        "Minyak goreng kemasan langka di Samboja, yg ada cuma merk mahal 😤 pemkab tolong cek distributornya",
    ),
    _E(
        "twitter",
        "perekonomian",
        "Sy petani di Sebulu. Harga gabah anjlok ke 4.500/kg tp beras di pasar tetap 15rb. Mohon pemkab kendalikan harga & minta Bulog serap gabah petani @kukarkab",
    ),
    _E(
        "twitter",
        "perekonomian",
        "Sbg wartawan ekonomi, sy mau tanya: laporan keuangan & kinerja BUMD Kukar (Perusda & PT yg dimiliki pemkab) kenapa gak pernah dipublikasi? Rugi atau untung rakyat berhak tau",
    ),
    _E(
        "web",
        "perekonomian",
        "Nama: Nurul Hidayah\nAlamat: Kel. Loa Ipuh, Tenggarong\nIsi pengaduan: Saya pelaku UMKM kue kering. Tahun lalu ada informasi pinjaman modal bunga rendah untuk UMKM dari Pemkab, namun sampai sekarang tidak jelas mendaftar di mana dan syaratnya apa. Mohon koordinasi informasi program dukungan UMKM.",
    ),
    _E(
        "web",
        "perekonomian",
        "Nama: Baharuddin\nAlamat: Desa Muara Pantuan, Kec. Anggana\nIsi pengaduan: Saya nelayan. Solar bersubsidi untuk nelayan tidak pernah tersedia di SPBUN desa kami sejak Oktober, kami terpaksa membeli eceran dengan harga dua kali lipat sehingga tidak bisa melaut. Mohon Pemkab memastikan penyaluran solar subsidi nelayan.",
    ),
]

_SDA = [
    _E(
        "email",
        "sda",
        "Yth. Bagian Sumber Daya Alam Setda Kukar\n\nDengan hormat,\nKami warga RT 23 Kelurahan Loa Ipuh Darat melaporkan lubang bekas tambang batubara yang berjarak kurang dari 300 meter dari permukiman dan tidak direklamasi. Lubang itu kini berisi air dan sering dipakai anak-anak berenang; tahun lalu sudah ada korban. Tidak ada pagar atau papan peringatan. Mohon Pemkab mendesak perusahaan menutup dan mereklamasi lubang tersebut.\n\nHormat kami,\nKetua RT 23",
    ),
    _E(
        "email",
        "sda",
        "Dengan hormat,\nSaya kontraktor yang sedang mengerjakan proyek drainase di Desa Sebulu Ilir. Saat penggalian, pekerja kami melihat limbah cair hitam berbau menyengat dari arah pabrik kelapa sawit mengalir ke Sungai Mahakam melalui parit. Proyek kami sendiri tidak ada masalah; kami hanya melaporkan dugaan pencemaran ini agar Pemkab melakukan pemeriksaan terhadap pabrik tersebut.\n\nHormat kami,\nIr. Budiman",
    ),
    _E(
        "email",
        "sda",
        "Yth. Bapak/Ibu Bagian SDA,\n\nSaya ASN di Sekretariat Daerah, tetapi surat ini menyangkut rumah saya di Desa Bukit Biru. Setiap hari puluhan truk batubara melintas di jalan desa sehingga debu menutupi rumah, dan anak saya serta anak tetangga sering terkena ISPA. Jalan hauling khusus yang dijanjikan perusahaan tambang tidak pernah dibangun. Mohon Pemkab menindak dampak angkutan batubara tersebut.\n\nHormat saya,\nAgus Salim",
    ),
    _E(
        "whatsapp",
        "sda",
        "Pak, bantuan traktor tangan & pompa air utk kelompok tani di Desa Sumber Sari cuma dpt kelompok yg dekat sama penyuluh. Kelompok kami sdh ajukan 2 thn 😔 Mohon pembagian alsintan lebih adil",
    ),
    _E(
        "whatsapp",
        "sda",
        "Sy ketua RT 11 Kel. Jawa, Sangasanga. Tiap hujan lumpur dari area tambang masuk ke rumah warga & sumur kami keruh 😡 Tlg pemkab tindak perusahaan tambangnya, bikin kolam endapan yg benar",
    ),
    _E(
        "whatsapp",
        "sda",
        "Assalamualaikum, kami kelompok nelayan Muara Badak Ilir. Bantuan mesin ketinting & jaring yg diumumkan bulan Mei blm kami terima smpai skrg. Kapan dibagikan pak? 🚤",
    ),
    _E(
        "sms",
        "sda",
        "Sy pedagang ikan di pasar Loa Kulu. Ikan di Sungai Mahakam mati massal sejak kemarin, diduga limbah. Mohon segera diperiksa.",
    ),
    _E(
        "sms",
        "sda",
        "Perusahaan sawit di Kembang Janggut tanam sampai ke kebun karet warga tanpa ganti rugi. Mhn pemkab turun ke lokasi.",
    ),
    _E(
        "telegram",
        "sda",
        "Selamat siang, sy guru di SDN 008 Sangasanga. Peledakan (blasting) tambang di dekat sekolah bikin kaca bergetar & murid ketakutan, jam pelajaran terganggu. Mohon pemkab minta perusahaan hentikan blasting di dekat sekolah.",
    ),
    _E(
        "telegram",
        "sda",
        "Asap kebakaran lahan gambut di Muara Kaman sdh 5 hari, sesak napas. Apinya dekat kebun sawit perusahaan. Mohon penanganan cepat.",
    ),
    _E(
        "twitter",
        "sda",
        "Truk kayu bulat keluar malam2 dari hutan di Tabang, diduga illegal logging 🌲 @kukarkab tolong cek sebelum hutan kami habis",
    ),
    _E(
        "twitter",
        "sda",
        "Kami admin akun info warga Kukar, bukan mau bahas postingan, tp inbox kami penuh video Sungai Belayan keruh & bau di Kembang Janggut. Mohon pemkab cek sumber pencemarannya",
    ),
    _E(
        "twitter",
        "sda",
        "Lagi KKN di Desa Perangat Marangkayu, petani sawit swadaya di sini belum pernah dpt bantuan bibit unggul & pupuk, padahal kebun tua semua. Min, bantuan utk pekebun kecil ada gak?",
    ),
    _E(
        "web",
        "sda",
        "Nama: Slamet Riyadi\nAlamat: Desa Sidomulyo, Kec. Tenggarong Seberang\nIsi pengaduan: Kelompok Tani Sido Makmur belum menerima bantuan benih padi dan pupuk untuk musim tanam Oktober–Maret. Musim tanam sudah lewat dua minggu. Mohon percepatan penyaluran bantuan pertanian.",
    ),
    _E(
        "web",
        "sda",
        "Nama: Kantor Advokat Rahmat & Rekan\nAlamat: Jl. Wolter Monginsidi, Tenggarong\nIsi pengaduan: Kami mendampingi warga Desa Margahayu, Loa Kulu. Kami tidak sedang menggugat Pemkab. Yang kami mohonkan adalah agar Pemkab turun meninjau dampak operasi tambang di dekat permukiman (retakan rumah, sumur kering) dan meminta perusahaan menghentikan penggalian di batas aman.",
    ),
]

_ADPEM = [
    _E(
        "email",
        "adpem",
        "Yth. Bagian Administrasi Pembangunan Setda Kukar\n\nDengan hormat,\nKami melaporkan ruas jalan poros Kota Bangun–Kenohan yang baru selesai diaspal pada Agustus 2026 sudah mengelupas dan berlubang di beberapa titik hanya dalam tiga bulan. Lapisan aspal terlihat sangat tipis. Mohon dilakukan pemeriksaan mutu pekerjaan dan kontraktor diminta memperbaiki dalam masa pemeliharaan.\n\nHormat kami,\nForum Warga Kenohan",
    ),
    _E(
        "email",
        "adpem",
        "Dengan hormat,\nSebagai Kepala Desa Liang Ulu, Kecamatan Kota Bangun, kami melaporkan pembangunan jembatan penghubung desa kami dengan jalan kabupaten yang dibiayai APBD mangkrak sejak awal 2025. Tiang pancang sudah berdiri tetapi tidak ada pekerja sama sekali, dan warga masih menyeberang dengan perahu. Ini bukan urusan administrasi desa; kami mohon Pemkab memantau dan menuntaskan proyek tersebut.\n\nHormat kami,\nKepala Desa Liang Ulu",
    ),
    _E(
        "email",
        "adpem",
        "Yth. Bapak/Ibu,\n\nSaya guru di SDN 003 Loa Janan. Gedung sekolah kami direhab dengan dana Pemkab tahun 2026, tetapi baru dua bulan dipakai plafon ruang kelas 4 sudah jebol dan lantai keramik retak. Kami khawatir keselamatan murid. Mohon pekerjaan rehab tersebut diperiksa kualitasnya.\n\nHormat saya,\nSri Wahyuni",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Pak, proyek drainase di Jl. Poros Tenggarong Seberang (dekat simpang Bangun Rejo) ditinggal kontraktor, galian terbuka sdh sebulan, motor warga sdh 2x jatuh 😡",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Assalamualaikum, sy imam masjid Al-Falah Muara Jawa Ulu. Depan masjid ada proyek turap sungai dr pemkab yg berhenti setengah jalan, tanahnya longsor ke arah masjid 😟 Mohon proyeknya dilanjutkan",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Semenisasi jalan gang di RT 04 Kel. Mangkurawang baru seminggu sdh retak2, tebalnya kayaknya gak sampai 10 cm. Tlg dicek pengawasnya pak",
    ),
    _E(
        "sms",
        "adpem",
        "Sy sopir di kantor bupati, tiap hari lewat Loa Janan. Proyek pelebaran jalan Loa Janan berhenti 2 bln, alat berat diam. Kapan dilanjut?",
    ),
    _E(
        "sms",
        "adpem",
        "Jembatan di Muara Kaman Ulu progresnya lambat sekali, papan proyek jg tdk dipasang. Mohon dipantau.",
    ),
    _E(
        "telegram",
        "adpem",
        "Sy petani di Desa Manunggal Jaya. Proyek jalan usaha tani dr pemkab sdh 6 bulan cuma ditimbun tanah merah, belum dipadatkan & dikerikil, kalau hujan hasil panen gak bisa keluar. Mohon dipantau proyeknya.",
    ),
    _E(
        "telegram",
        "adpem",
        "Pembangunan gedung Pustu di Desa Sungai Bawang Muara Badak sdh 2 thn gak selesai, tinggal rangka. Mohon dicek kenapa mangkrak.",
    ),
    _E(
        "twitter",
        "adpem",
        "Jalan Tenggarong–Sebulu dikerjain dari Maret gak kelar2, debu tiap hari, sebagian ruas malah belum disentuh 😤 @kukarkab progresnya berapa persen sih",
    ),
    _E(
        "twitter",
        "adpem",
        "Sy wartawan. Bukan minta rilis, sy minta data progres fisik & keuangan proyek multiyears jalan & jembatan Kukar 2026 per paket. Laporan monitoringnya bisa diakses publik?",
    ),
    _E(
        "twitter",
        "adpem",
        "Sy pedagang di pasar baru Sebulu. Gedung pasar yg dibangun pemkab ini baru 1 thn udah retak dindingnya & talang bocor 😩 kualitas proyeknya tolong diperiksa",
    ),
    _E(
        "web",
        "adpem",
        "Nama: Rudi Hartono\nAlamat: Kel. Muara Jawa Tengah\nIsi pengaduan: Pembangunan Gedung Olahraga di Muara Jawa yang dimulai 2024 mangkrak. Bangunan tidak beratap, besi berkarat, dan lokasi ditumbuhi semak. Mohon Pemkab menjelaskan status proyek dan rencana penyelesaiannya.",
    ),
    _E(
        "web",
        "adpem",
        "Nama: H. Syahrani\nAlamat: Jl. Pesut, Tenggarong\nIsi pengaduan: Saya juga kontraktor, tetapi ini bukan paket saya dan saya tidak punya kepentingan tagihan. Box culvert di Desa Perjiwa, Tenggarong, ditinggalkan pelaksana dalam keadaan setengah jadi sejak Juli, jalan menyempit dan berbahaya di malam hari. Mohon proyek itu dipantau dan diselesaikan.",
    ),
]

_PBJ = [
    _E(
        "email",
        "pbj",
        "Yth. Pokja Pemilihan / Bagian Pengadaan Barang dan Jasa Setda Kukar\n\nDengan hormat,\nKami PT Karya Mahakam Utama, peserta tender Peningkatan Jalan Muara Muntai–Batuq. Kami menyampaikan sanggahan atas hasil evaluasi karena penawaran kami digugurkan dengan alasan SKA tidak sesuai, padahal sertifikat tenaga ahli kami masih berlaku dan telah diunggah. Mohon Pokja meninjau kembali hasil evaluasi tersebut.\n\nHormat kami,\nDirektur Utama",
    ),
    _E(
        "email",
        "pbj",
        "Dengan hormat,\nSaya Kepala Desa Bukit Pariaman. BUMDes kami memproduksi paving block dan ingin menjadi penyedia di katalog elektronik lokal Kukar agar dapat dibeli oleh OPD. Kami bingung tahapan pendaftaran akun penyedia dan penayangan produknya. Mohon bimbingan dari Bagian Pengadaan.\n\nHormat kami,\nKepala Desa Bukit Pariaman",
    ),
    _E(
        "email",
        "pbj",
        "Yth. Kepala Bagian PBJ,\n\nSaya staf Setda yang ditunjuk sebagai pejabat pengadaan. Ini bukan soal TPP atau gaji saya. Akun SPSE saya terkunci sejak pergantian sertifikat elektronik sehingga saya tidak dapat memproses pengadaan langsung yang sudah dijadwalkan. Mohon admin LPSE membuka kembali akun saya.\n\nTerima kasih,\nYuliana",
    ),
    _E(
        "whatsapp",
        "pbj",
        "Pak, LPSE Kukar down dari jam 1 siang, kami gak bisa upload dokumen penawaran, batasnya jam 4 sore ini 😰 Mohon jadwal diperpanjang!",
    ),
    _E(
        "whatsapp",
        "pbj",
        "Slmt siang. Tagihan kami yg thn lalu sdh beres dibayar, terima kasih. Skrg mau tanya lelang paket rehab Puskesmas Loa Kulu, kenapa kami digugurkan di evaluasi teknis padahal penawaran terendah? Alasannya gak dijelaskan di LPSE",
    ),
    _E(
        "whatsapp",
        "pbj",
        "Sy daftar akun penyedia baru di LPSE Kukar sdh 3 minggu, verifikasi belum juga, padahal berkas asli sdh sy bawa ke kantor 🙏",
    ),
    _E(
        "sms",
        "pbj",
        "Jadwal lelang rehab kantor camat Kenohan diubah 3x tanpa penjelasan di LPSE. Mohon transparan.",
    ),
    _E(
        "sms",
        "pbj",
        "Sy ketua kelompok tani, kami produksi pupuk organik. Bagaimana cara daftar jadi penyedia/vendor pemkab?",
    ),
    _E(
        "telegram",
        "pbj",
        "Sy wartawan. Ada info pemenang lelang pengadaan mobil dinas 2026 sdh diketahui seminggu sblm pengumuman. Mohon Bag. PBJ jelaskan proses tendernya & buka dokumen evaluasinya.",
    ),
    _E(
        "telegram",
        "pbj",
        "Produk UMKM kami sdh diajukan ke katalog elektronik lokal sejak Agustus, tp blm tayang2. Mohon dicek verifikasinya.",
    ),
    _E(
        "twitter",
        "pbj",
        "Tender di Kukar kok pemenangnya itu2 aja tiap tahun 🙄 @kukarkab tolong evaluasi pokja nya",
    ),
    _E(
        "twitter",
        "pbj",
        "Kami dari pusat kajian kampus di Samarinda, bukan soal MoU, mau ikut tender jasa konsultansi penyusunan kajian di Kukar. Perguruan tinggi boleh jadi peserta gak min?",
    ),
    _E(
        "twitter",
        "pbj",
        "Sanggahan kami atas tender pengadaan alat kesehatan sdh 5 hari kerja gak dijawab pokja. Prosedurnya gimana ini @kukarkab",
    ),
    _E(
        "web",
        "pbj",
        "Nama: Darmawan\nAlamat: Kel. Sukarame, Tenggarong\nIsi pengaduan: Saya bekerja sebagai satpam di kantor bupati, tetapi di luar itu istri saya dan saya punya usaha katering. Kami ingin mendaftar sebagai penyedia makan minum untuk kegiatan pemerintah lewat e-katalog. Mohon informasi syarat dan cara pendaftarannya.",
    ),
    _E(
        "web",
        "pbj",
        "Nama: CV Sinar Loa Janan\nAlamat: Loa Janan Ilir\nIsi pengaduan: Pengumuman pemenang tender paket drainase Loa Janan sudah diumumkan lewat grup WhatsApp tetapi tidak tayang di LPSE. Kami tidak bisa mengajukan sanggahan karena tahapannya tidak muncul.",
    ),
]

_ORGANISASI = [
    _E(
        "email",
        "organisasi",
        "Yth. Bagian Organisasi Setda Kukar\n\nDengan hormat,\nSaya mengajukan pencetakan ulang KTP-el di Disdukcapil Kukar sejak Agustus karena KTP rusak. Sampai sekarang setiap datang selalu dijawab blangko kosong atau operator sedang rapat, tanpa kepastian waktu dan tanpa bukti antrean. Tidak ada informasi standar waktu pelayanan yang bisa saya pegang. Mohon perbaikan pelayanan.\n\nHormat saya,\nLukman Hakim",
    ),
    _E(
        "email",
        "organisasi",
        "Dengan hormat,\nKami kontraktor lokal di Tenggarong Seberang. Saat mengurus PBG untuk gudang kami di loket DPMPTSP, petugas meminta 'uang percepatan' Rp3.000.000 di luar retribusi resmi, dan berkas kami ditahan karena kami menolak. Ini bukan soal proyek Pemkab, melainkan pungutan liar di loket pelayanan. Mohon ditindak.\n\nHormat kami,\nDirektur CV Seberang Mandiri",
    ),
    _E(
        "email",
        "organisasi",
        "Yth. Bapak/Ibu,\n\nSaya guru PNS di SMPN 2 Kota Bangun. Usulan kenaikan pangkat saya ke BKPSDM sudah sembilan bulan tanpa kejelasan. Berkas dinyatakan hilang dua kali dan saya diminta mengirim ulang, tanpa ada standar waktu atau nomor registrasi. Mohon pelayanan kepegawaian ini dievaluasi.\n\nHormat saya,\nMarlina",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "Pak, loket pelayanan di kantor camat Samboja baru buka jam 10, petugasnya sering gak ada di tempat. Warga dari jauh datang pagi2 nunggu lama 😤",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "Assalamualaikum, sy imam masjid di Loa Kulu. Kami mau adakan acara Maulid, urus rekomendasi izin keramaian di kecamatan dimintai 500rb, gak ada kuitansi. Ini pungli kan pak? 🙏",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "Slmt siang, tadi sy di kantor Dispora, survei kepuasan masyarakat nya diisi sendiri sama petugas, kami cuma disuruh tanda tangan 😅 hasil SKM nya jd gak jujur dong",
    ),
    _E(
        "sms",
        "organisasi",
        "Sy kades di Kenohan. Urus rekomendasi teknis di dinas kabupaten sdh 4 bln bolak-balik, syarat berubah2. Mohon pelayanannya diperbaiki.",
    ),
    _E(
        "sms",
        "organisasi",
        "Legalisir ijazah di Disdik katanya gratis tp sy dimintai 50rb per lembar. Mohon ditertibkan.",
    ),
    _E(
        "telegram",
        "organisasi",
        "Sy nelayan Muara Badak. Urus surat kecakapan & pas kecil kapal di Dishub kabupaten, sdh 2 bln, dimintai biaya tambahan tanpa kuitansi. Mohon dicek pelayanannya.",
    ),
    _E(
        "telegram",
        "organisasi",
        "Di loket pendaftaran RSUD AM Parikesit tdk ada papan standar pelayanan, petugasnya judes & antrean tdk jelas. Mohon dievaluasi.",
    ),
    _E(
        "twitter",
        "organisasi",
        "Antri di Mal Pelayanan Publik Tenggarong dari jam 7, nomor antrean habis jam 9 😡 pelayanan publik kok gini",
    ),
    _E(
        "twitter",
        "organisasi",
        "Sy mau daftar beasiswa, butuh SKTM. Di kantor kelurahan dipungut 100rb katanya uang administrasi 🙄 min ini pungli bukan?",
    ),
    _E(
        "twitter",
        "organisasi",
        "Sy pedagang pasar, urus izin usaha di DPMPTSP bolak-balik 5x, tiap datang persyaratan beda. Gak ada SOP yg jelas? @kukarkab",
    ),
    _E(
        "web",
        "organisasi",
        "Nama: Fitriani\nAlamat: Desa Loh Sumber, Kec. Loa Kulu\nIsi pengaduan: Mengurus akta kelahiran anak di Disdukcapil memakan waktu lebih dari satu bulan, sedangkan melalui calo di depan kantor bisa selesai dua hari dengan bayar Rp300.000. Mohon praktik calo dan pungutan ini ditertibkan.",
    ),
    _E(
        "web",
        "organisasi",
        "Nama: LSM Pemantau Pelayanan Publik Kukar\nAlamat: Jl. Kartini, Tenggarong\nIsi pengaduan: Kami lembaga bantuan dan advokasi warga. Kami tidak mengajukan gugatan, melainkan meminta Pemkab mengevaluasi standar pelayanan di seluruh puskesmas Kukar karena hasil pantauan kami menunjukkan jam layanan tidak konsisten dan maklumat pelayanan tidak dipajang.",
    ),
]

_UMUM = [
    _E(
        "email",
        "umum",
        "Yth. Kepala Bagian Umum Setda Kukar\n\nDengan hormat,\nKami pengurus DPD KNPI Kukar bermaksud meminjam Ruang Rapat Serbaguna Kantor Bupati pada 20 Desember 2026 pukul 09.00–13.00 untuk rapat kerja daerah. Mohon informasi ketersediaan ruangan dan prosedur peminjamannya.\n\nHormat kami,\nSekretaris DPD KNPI Kukar",
    ),
    _E(
        "email",
        "umum",
        "Dengan hormat,\nKami rekanan Setda yang pada 3 Oktober 2026 mengantarkan surat penagihan asli ke kantor bupati. Saat kami menanyakan di bagian keuangan, surat tersebut dinyatakan tidak pernah diterima, padahal kami memegang tanda terima dari petugas surat masuk. Kami mohon agar buku agenda surat masuk pada tanggal tersebut ditelusuri dan posisi surat kami diketahui.\n\nHormat kami,\nCV Mitra Sejati",
    ),
    _E(
        "email",
        "umum",
        "Yth. Bapak/Ibu,\n\nSaya wartawan yang rutin meliput di kantor bupati. Pada 2 Desember sepeda motor saya hilang di area parkir depan kantor bupati saat jam kerja. Petugas keamanan mengatakan CCTV parkir sudah lama rusak. Mohon rekaman yang ada diperiksa dan pengamanan area parkir diperbaiki.\n\nHormat saya,\nIrwan",
    ),
    _E(
        "whatsapp",
        "umum",
        "Pak, toilet di lobi kantor bupati kotor sekali & airnya mati sejak pagi 🤢 Tamu banyak, tolong petugas kebersihannya",
    ),
    _E(
        "whatsapp",
        "umum",
        "Slmt pagi, sy staf Dinas Pendidikan. Surat kami utk Sekda tgl 10 Nov, nomor 400/2217, katanya blm tercatat di surat masuk kantor bupati. Mohon dicek di TU, sdh diantar langsung pak 🙏",
    ),
    _E(
        "whatsapp",
        "umum",
        "Mobil dinas plat merah KT 1xxx dipakai antar keluarga ke Pantai Samboja hari Minggu kemarin 📸 ada fotonya. Mohon penggunaan kendaraan dinas ditertibkan",
    ),
    _E(
        "sms",
        "umum",
        "Parkiran kantor bupati penuh mobil pribadi pegawai sejak pagi, tamu tdk dpt tempat parkir. Mohon diatur.",
    ),
    _E(
        "sms",
        "umum",
        "Sy guru mau antar surat permohonan ke kantor bupati tp satpam tdk izinkan masuk. Loket surat masuk di mana?",
    ),
    _E(
        "telegram",
        "umum",
        "Sy kades Sumber Sari. Surat kami ke Bupati soal usulan pemekaran dusun sdh dikirim 2 bln lalu, ada tanda terimanya. Mohon dicek nomor agenda & sudah didisposisi ke mana.",
    ),
    _E(
        "telegram",
        "umum",
        "AC ruang tunggu tamu di kantor bupati mati & plafonnya bocor kalau hujan. Mohon diperbaiki.",
    ),
    _E(
        "twitter",
        "umum",
        "Lampu halaman & jalan masuk kantor bupati mati semua, gelap banget malam hari 🌑 rawan. @kukarkab tolong",
    ),
    _E(
        "twitter",
        "umum",
        "Kami BEM kampus di Tenggarong mau pinjam aula kantor bupati utk seminar mahasiswa, syaratnya apa min? Surat ditujukan ke siapa?",
    ),
    _E(
        "twitter",
        "umum",
        "Mobil dinas Setda nabrak pagar kebun sy di Loa Kulu kemarin sore, sopirnya langsung pergi 😠 plat nomor sy catat. Siapa yg tanggung jawab?",
    ),
    _E(
        "web",
        "umum",
        "Nama: Hendra\nAlamat: Kel. Panji, Tenggarong\nIsi pengaduan: Gerbang belakang kantor bupati tidak pernah dijaga pada malam hari, orang bebas keluar masuk dan beberapa kali ada yang nongkrong di teras gedung. Mohon pengamanan kantor bupati diperketat.",
    ),
    _E(
        "web",
        "umum",
        "Nama: Ust. Jailani\nAlamat: Kel. Melayu, Tenggarong\nIsi pengaduan: Saya sering menjadi imam salat zuhur di musala kompleks kantor bupati. Keran tempat wudhu banyak yang patah dan karpet berbau. Ini bukan permohonan bantuan rumah ibadah, hanya mohon musala di kantor bupati dirawat.",
    ),
]

_PROKOM = [
    _E(
        "email",
        "prokom",
        "Yth. Kepala Bagian Protokol dan Komunikasi Pimpinan\n\nDengan hormat,\nKami pengurus Karang Taruna Kabupaten Kukar memohon waktu audiensi dengan Bapak Bupati untuk menyampaikan program kepemudaan tahun 2027. Kami dapat menyesuaikan jadwal pada minggu kedua atau ketiga Januari. Mohon informasi kesediaan waktu Bapak Bupati.\n\nHormat kami,\nKetua Karang Taruna Kukar",
    ),
    _E(
        "email",
        "prokom",
        "Dengan hormat,\nKami pengurus Gapensi Kukar. Anggota kami banyak mengeluhkan tagihan yang terlambat dibayar, lelang yang sepi paket, dan proyek yang terhenti. Kami tidak meminta Bagian ini menyelesaikan masalah tersebut satu per satu; kami memohon dijadwalkan audiensi dengan Bapak Bupati agar dapat menyampaikannya secara langsung.\n\nHormat kami,\nKetua BPC Gapensi Kukar",
    ),
    _E(
        "email",
        "prokom",
        "Yth. Bapak Bupati Kutai Kartanegara melalui Bagian Protokol,\n\nUniversitas Kutai Kartanegara akan menyelenggarakan wisuda periode Desember pada 21 Desember 2026 di Tenggarong. Kami mengundang Bapak Bupati untuk hadir dan menyampaikan orasi ilmiah. Undangan ini terpisah dari rencana MoU kampus dengan Pemkab. Mohon konfirmasi kehadiran.\n\nHormat kami,\nRektor",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Assalamualaikum pak, sy imam & ketua takmir Masjid Baitul Muttaqin Sebulu. Masjid kami sdh selesai dibangun, kami mau mengundang Pak Bupati meresmikan tgl 5 Januari 🕌 Undangan resmi dikirim ke mana ya pak?",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Pak, sy kades Sumber Sari Loa Kulu. Desa kami mau adakan panen raya padi akhir bulan, kami mau mengundang Pak Bupati hadir & panen bersama petani 🌾 Mohon dibantu jadwalnya",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Min, kenapa komentar warga di IG resmi Bupati dihapus2? Cuma nanya soal banjir malah diblok 😒 admin akunnya tolong profesional",
    ),
    _E(
        "sms",
        "prokom",
        "Mohon info susunan acara & gladi upacara HUT Kukar. Kami paskibra kecamatan blm dpt jadwal.",
    ),
    _E(
        "sms",
        "prokom",
        "Sy mohon naskah sambutan Bupati di pembukaan Erau kemarin utk dokumentasi sekolah. Bisa diminta di mana?",
    ),
    _E(
        "telegram",
        "prokom",
        "Sy ASN Setda, bukan soal kepegawaian. Ada akun FB palsu pakai foto & nama Bupati minta transfer ke warga. Mohon diklarifikasi lewat akun resmi pimpinan & dilaporkan.",
    ),
    _E(
        "telegram",
        "prokom",
        "Sy wartawan. Rilis pers kegiatan Bupati sering baru dibagi sore hari padahal acara pagi, foto resolusi rendah. Mohon diperbaiki distribusi rilisnya.",
    ),
    _E(
        "twitter",
        "prokom",
        "Akun resmi Bupati cuma posting seremonial, info penting kayak jadwal kunjungan kerja ke kecamatan gak pernah diumumkan @kukarkab",
    ),
    _E(
        "twitter",
        "prokom",
        "Kami nelayan Muara Badak sdh 3x ajukan surat minta bertemu Pak Bupati soal nasib nelayan, blm pernah dijadwalkan audiensi 😔 Tolong min",
    ),
    _E(
        "twitter",
        "prokom",
        "Beredar dokumen rapat pimpinan yg bocor di grup WA soal mutasi pejabat. Sbg media kami minta klarifikasi resmi dari Pemkab sblm menayangkan berita",
    ),
    _E(
        "web",
        "prokom",
        "Nama: Media Kaltim Satu\nAlamat: Jl. Cut Nyak Dien, Samarinda\nIsi pengaduan: Kami mengajukan permohonan akreditasi peliputan untuk agenda Bupati pada rangkaian Hari Jadi Kota Tenggarong. Hingga kini belum ada jawaban mengenai kartu liputan.",
    ),
    _E(
        "web",
        "prokom",
        "Nama: Drs. Yohanes\nAlamat: SMAN 1 Tenggarong\nIsi pengaduan: Saya guru pembina olimpiade. Tiga siswa kami meraih medali di olimpiade sains nasional. Kami tidak meminta hadiah atau beasiswa; kami memohon siswa-siswa tersebut dapat diterima Bapak Bupati dalam audiensi singkat.",
    ),
]

_PERENCANAAN_KEUANGAN = [
    _E(
        "email",
        "perencanaan_keuangan",
        "Yth. Kepala Bagian Perencanaan dan Keuangan Setda Kukar\n\nDengan hormat,\nKami CV Tinta Mas, penyedia ATK dan bahan cetak untuk Sekretariat Daerah. Barang telah kami serahkan pada Juli 2026 dan berita acara serah terima sudah ditandatangani, namun tagihan sebesar Rp87.500.000 belum dibayar hingga kini. Mohon informasi kapan pembayaran akan dilakukan.\n\nHormat kami,\nDirektur CV Tinta Mas",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Dengan hormat,\nKami pelaksana pekerjaan rehabilitasi ruang rapat lantai 2 Kantor Bupati. Pekerjaan telah selesai 100% dan diserahterimakan pada 30 September 2026, ruangan bahkan sudah dipakai. Namun pembayaran termin akhir dan retensi dari Sekretariat Daerah belum kami terima. Kami tidak mempersoalkan ruangan atau proyeknya, hanya pembayaran tagihan.\n\nHormat kami,\nPT Rajawali Kontraktor",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Yth. Bapak/Ibu,\n\nSaya dosen Universitas Mulawarman yang diundang Setda Kukar sebagai narasumber bimtek penyusunan SOP pada 14 Oktober 2026. Hingga sekarang honorarium narasumber belum diterima, sementara panitia mengatakan masih menunggu proses di keuangan. Mohon kejelasan pembayaran.\n\nHormat saya,\nDr. Hendro",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "Pak, TPP staf Setda bulan Oktober & November blm cair ya? Bagian lain di Pemkab sdh 😔",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "Assalamualaikum pak, sy sopir di kantor bupati, tenaga honorer Setda. Gaji honor sy 3 bulan blm dibayar, anak mau bayar sekolah 🙏 mohon dibantu",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "Sy staf Setda, SPPD perjalanan dinas ke Jakarta bulan Agustus blm diganti, tiket & hotel pakai uang pribadi dulu. Kapan cair pak?",
    ),
    _E(
        "sms",
        "perencanaan_keuangan",
        "Sy satpam kantor bupati. Uang lembur jaga malam Sept-Nov blm dibayar. Mohon dibantu.",
    ),
    _E(
        "sms",
        "perencanaan_keuangan",
        "SPJ kegiatan kami di Setda dikembalikan terus, format berubah tiap minggu. Mohon ada pedoman SPJ yg jelas.",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "Kami penyedia katering utk acara HUT Kukar yg diselenggarakan Setda bulan September. Tagihan 1.200 kotak nasi blm dibayar, pesanan lewat panitia. Mohon kejelasan pembayaran.",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "Sy ASN Setda. TPP sy bulan ini dipotong hampir 30% tanpa penjelasan, absensi sy lengkap. Mohon rincian perhitungannya.",
    ),
    _E(
        "twitter",
        "perencanaan_keuangan",
        "Media kami sdh tayangkan advertorial kerja sama publikasi dgn Setda Kukar sejak Mei, invoice blm dibayar 6 bulan 😓 mohon bagian keuangan setda",
    ),
    _E(
        "twitter",
        "perencanaan_keuangan",
        "Honor tim pelaksana kegiatan di Setda dari bulan Juli blm dibayar, katanya nunggu anggaran perubahan. Sampai kapan? 😩",
    ),
    _E(
        "twitter",
        "perencanaan_keuangan",
        "Kami paduan suara gereja yg tampil di Natal bersama Setda Kukar thn lalu, honor tampil blm dibayar sampai skrg 🙏 mohon dicek min",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Nama: Ahmad Riduan\nAlamat: Setda Kukar, Bagian Pemerintahan\nIsi pengaduan: Klaim SPPD saya untuk perjalanan dinas ke Muara Kaman dan Tabang dipotong tanpa penjelasan, uang harian dihitung lebih rendah dari standar biaya. Mohon penjelasan perhitungannya.",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Nama: Hj. Masnah\nAlamat: Desa Muara Kaman Ilir\nIsi pengaduan: Saya pemilik rumah makan di Muara Kaman. Rombongan Setda saat kunjungan kerja bulan Agustus makan di tempat kami dengan bon atas nama Sekretariat Daerah sebesar Rp6.400.000 dan sampai sekarang belum dibayar. Mohon dibayarkan.",
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
