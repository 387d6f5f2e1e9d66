# ruff: noqa: E501
"""Blind set written 2026-12-07 (thirtieth of the day) for issue 16: real complaints as they circulate in public, quoted or retold: quote-posts of news links, threads joined into one text, replies to official accounts, copied Instagram and Facebook comments, citizen journalists' reports, radio call-in transcripts, community leaders quoted in online news, petitions, residents' WhatsApp broadcasts, readers' letters forwarded by e-mail, journalists' e-mails asking for confirmation. 15 cases per section; per section 4 twitter, 4 email, 3 whatsapp, 2 web, 1 telegram, 1 sms (48 each of twitter and email, 36 whatsapp, 24 web, 12 each of telegram and sms). Written by two helper sessions, six sections each, with the same instructions, and joined into this file unread.

Written without reading config.yaml, routing/ or tests/routing/; each case is labelled only from
the mandates in docs/sections.md.

Scored ONCE, blind, with the rules of main c325500 (this file committed unread in that commit;
after the tuning on 2026-12-07y, z, ab, aa and ac), on 2026-12-08 at 00:23 UTC: 166/180 correct =
92.2% (Wilson 95% interval 87.4%-95.3%), one fallback (#168). Per channel: email 47/48, sms
12/12, telegram 11/12, twitter 45/48, web 21/24, whatsapp 30/36. The rules of 5fbef44 (the
session's start) place 163/180 (email 46/48).
The errors (index in CASES, label -> got): #1 pemerintahan -> prokom, #11 pemerintahan ->
prokom, #24 kesra -> organisasi, #25 kesra -> prokom, #48 kerjasama -> kesra, #54 kerjasama ->
sda, #72 perekonomian -> organisasi, #100 adpem -> prokom, #124 organisasi -> prokom, #133
organisasi -> pemerintahan, #144 umum -> prokom, #161 prokom -> kesra, #168
perencanaan_keuangan -> fallback, #174 perencanaan_keuangan -> prokom.
"""

from __future__ import annotations

from tests.routing.case import Case

_PEMERINTAHAN = [
    Case(
        "twitter",
        "pemerintahan",
        "Kades kok bisa 3 bulan gak pernah nongol di kantor desa? 🙃 Warga Desa Loa Raya mau minta tanda tangan aja harus nyusul ke Samarinda. Pak Camat Tenggarong Seberang, anak buahnya tolong dipanggil lah. https://kaltimkini.id/2024/08/12/kades-loa-raya-jarang-ngantor-warga-protes #Kukar #DesaLoaRaya",
    ),
    Case(
        "twitter",
        "pemerintahan",
        "1/ Utas soal pilkades di Desa Sumber Sari, Loa Kulu, 12 November kemarin. Calon nomor 2 kalah selisih 4 suara doang.\n2/ Ada 37 surat suara dinyatakan tidak sah cuma karena coblosannya tembus ke sebelah. Di desa lain yang begitu dihitung sah.\n3/ Panitia tolak permintaan hitung ulang, BPD diam saja, berita acara keberatan gak diterima.\n4/ Kami minta Pemkab turun tangan dan tunda pelantikan sampai sengketanya diselesaikan. Jangan sampai warga bentrok. #PilkadesKukar",
    ),
    Case(
        "twitter",
        "pemerintahan",
        "@kukarkab @DPMDKukar mohon maaf pak, patok antara Desa Santan Ulu dan Santan Tengah di Marangkayu itu dipindah-pindah terus sejak 2022. Warga RT 05 sekarang bingung masuk desa mana, data kependudukannya di Santan Ulu tapi yang ngurus jalan tani Santan Tengah. Kapan ditetapkan garisnya yang pasti?",
    ),
    Case(
        "twitter",
        "pemerintahan",
        "Keren sih Kelurahan Loa Ipuh ini 👏👏 Ketua RT 12 masa jabatannya habis Maret 2023, pemilihan RT ditunda terus sama pak lurah, alasannya 'nanti habis lebaran'. Lebaran udah lewat dua kali. RT seumur hidup nih ceritanya. RT kalau setuju 🔁 #Tenggarong",
    ),
    Case(
        "email",
        "pemerintahan",
        "Kepada Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nSaya Rahmat Hidayat, wartawan media daring Mahakam Pos. Saya sedang menyusun berita terkait aksi puluhan warga Desa Tanjung Batu, Kecamatan Tenggarong Seberang, pada Senin (3/6) yang menyegel kantor desa dan menuntut kepala desa diberhentikan karena dinilai tidak transparan mengelola Alokasi Dana Desa 2023.\n\nMohon konfirmasi: (1) apakah Pemkab sudah menerima laporan warga tersebut, (2) apakah akan ada pemeriksaan atau pemberhentian sementara kades, (3) siapa yang akan menjalankan pelayanan desa selama kantor disegel.\n\nTerima kasih atas waktunya.\nSalam,\nRahmat Hidayat\n0812-5xxx-4410",
    ),
    Case(
        "email",
        "pemerintahan",
        "Fwd: Surat Pembaca - Tribun Kaltim edisi 14 Februari\n\n---------- Forwarded message ---------\nJudul: Lima Tahun Jadi Desa Persiapan, Kami Digantung\n\nSaya warga Dusun Sidomulyo yang sejak 2019 ditetapkan sebagai desa persiapan pemekaran dari Desa Sabintulung, Muara Kaman. Lima tahun berlalu, status kami tidak pernah naik jadi desa definitif. Kepala desa persiapan diganti tiga kali, kode wilayah belum ada, dan dana desa masih menumpang ke desa induk. Kami hanya ingin kepastian: dilanjutkan atau dibatalkan?\n\nSuparman, Muara Kaman",
    ),
    Case(
        "email",
        "pemerintahan",
        "Yth. Bapak/Ibu Setda Kukar,\n\nBerikut kami teruskan kutipan berita Kaltim Today (20/5):\n\nTENGGARONG SEBERANG - Sengketa lahan seluas sekitar 40 hektare antara Desa Bukit Raya dan Desa Kerta Buana kembali memanas. Kedua kepala desa sama-sama menerbitkan surat keterangan tanah (SKT) di atas hamparan yang sama. 'Satu lahan, dua SKT, dua desa. Petani kami yang jadi korban,' ujar Ketua BPD Kerta Buana, Wayan Sudarma.\n\nKami mohon Pemkab memfasilitasi pertemuan kedua desa dan menetapkan mana SKT yang sah sebelum terjadi bentrokan fisik di lapangan.\n\nHormat kami,\nForum Warga Kerta Buana",
    ),
    Case(
        "email",
        "pemerintahan",
        "PETISI WARGA DESA SEBUNTAL, KECAMATAN MARANGKAYU\n\nKami yang bertanda tangan di bawah ini (312 orang) menyatakan:\n1. Desa Sebuntal sudah hampir dua tahun dipimpin penjabat kepala desa sejak kades definitif meninggal dunia pada April 2023.\n2. Sampai sekarang tidak ada musyawarah desa untuk pemilihan kepala desa antarwaktu seperti yang dijanjikan.\n3. Banyak keputusan desa tertunda karena penjabat hanya datang seminggu sekali.\n\nKami menuntut Bupati segera memerintahkan pelaksanaan pemilihan kades antarwaktu paling lambat triwulan depan.\n\nDitandatangani di Sebuntal, 10 Maret 2025.",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "*BROADCAST WARGA DESA MUARA ENGGELAM* 📢\n\nAssalamualaikum bapak ibu. Info terkini: 9 orang perangkat desa kita (kasi, kaur, kadus) DIBERHENTIKAN sepihak oleh kades baru tanpa rekomendasi camat, diganti orang-orang tim suksesnya. Pak Jumadi yang sudah 15 tahun jadi kaur keuangan juga kena.\n\nBesok kita kumpul di balai desa jam 9. Mohon diteruskan ke Pemkab supaya ada yang turun menengahi. Jangan cuma diam saja 🙏🙏",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "Transkrip dialog interaktif 'Halo Kukar' RRI Tenggarong, Kamis pagi:\n\nPenyiar: Silakan, Pak, dengan siapa di mana?\nPenelepon: Saya Pak Ahmad, Desa Liang Ulu, Kota Bangun.\nPenyiar: Silakan keluhannya.\nPenelepon: Begini, Mas. Musyawarah desa soal rencana kerja tahun depan itu dilaksanakan tanpa mengundang BPD. Ketua BPD kami baru tahu dari spanduk. Terus hasilnya langsung ditandatangani kades. Itu boleh ndak? Tolong pihak kabupaten jelaskan, jangan sampai desa jalan sendiri-sendiri.\nPenyiar: Baik, Pak, nanti kami teruskan.",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "Copas dari komen di grup FB Info Kutai Kartanegara, biar dibaca yang berwenang:\n\n'Kades Karya Merdeka Samboja itu terang-terangan pasang foto bareng caleg di baliho, ikut konvoi pakai mobil desa pula 🤦‍♂️ Katanya kades harus netral, mana buktinya? Tolong Pemkab tegur, jangan pura-pura gak lihat.'\n\n(udah 200+ like pak)",
    ),
    Case(
        "web",
        "pemerintahan",
        "Jurnalis Warga | Pilkades Desa Teluk Dalam Ditunda Tanpa Kejelasan\n\nOleh: Nur Aisyah\n\nTENGGARONG SEBERANG - Rencana pemilihan kepala desa di Desa Teluk Dalam yang dijadwalkan 19 Oktober batal digelar. Panitia mengaku hanya menerima pemberitahuan lisan bahwa jadwal diundur, tanpa tanggal pengganti. Tiga bakal calon sudah mengeluarkan biaya kampanye dan warga sudah mendapat undangan memilih. 'Kami cuma minta kepastian kapan, jangan digantung begini,' kata Hasan, salah satu bakal calon. Warga berharap Pemkab segera mengumumkan jadwal resmi.",
    ),
    Case(
        "web",
        "pemerintahan",
        "Formulir pengaduan online\nNama: Yohanes Lejau\nAlamat: Desa Kembang Janggut\nIsi: Kami tokoh masyarakat di hulu Sungai Belayan sudah menyerahkan usulan pemekaran kecamatan baru sejak 2021 karena jarak ke ibu kota kecamatan sampai 6 jam lewat sungai. Berkas lengkap, sudah ada kajian dari kampus, tapi tidak ada kabar sama sekali. Mohon diinformasikan sampai mana prosesnya dan apa yang masih kurang.",
    ),
    Case(
        "telegram",
        "pemerintahan",
        "Forwarded from Grup Warga Timbau 🏘️\n\nTiba-tiba ada surat dari kelurahan: RT 21 dan RT 22 digabung jadi satu mulai bulan depan. Gak ada rapat, gak ada musyawarah, ketua RT kami aja baru tahu kemarin. Jumlah KK jadi 180 lebih, satu RT. Gimana ngurusnya? Mohon ditinjau ulang keputusan ini.",
    ),
    Case(
        "sms",
        "pemerintahan",
        "Mhn info kpn pelantikan kades terpilih Desa Sabintulung, sdh 4 bln sejak pilkades blm dilantik jg, desa dipimpin pjs terus. Tks. Warga Muara Kaman",
    ),
]

_KESRA = [
    Case(
        "twitter",
        "kesra",
        "Pengumuman penerima beasiswa udah mundur 3x, anak kos udah ngutang UKT ke ibu kantin 😭😭 Katanya 'Kukar Idaman' tapi nunggu pengumuman aja kayak nunggu kepastian dari doi. https://kukarnews.id/beasiswa-kukar-idaman-2024-belum-diumumkan #BeasiswaKukarIdaman #Kukar",
    ),
    Case(
        "twitter",
        "kesra",
        "1/ Adik saya juara 2 cabang tilawah remaja di MTQ tingkat provinsi 2023, mewakili Kukar.\n2/ Waktu pelepasan kafilah dijanjikan bonus Rp 25 juta buat juara 1-3. Sudah difoto-foto, diunggah di mana-mana.\n3/ Sekarang sudah Juni 2024, bonusnya belum cair. Ditanya ke panitia, dilempar ke sana-sini.\n4/ Qori-qoriah ini latihan bertahun-tahun, tolong dihargai. 🙏 cc @kukarkab",
    ),
    Case(
        "twitter",
        "kesra",
        "@BupatiKukar assalamualaikum pak, insentif guru TPA/TPQ di Desa Sungai Meriam, Anggana sudah 6 bulan tidak masuk rekening. Guru-guru kami ngajar anak ngaji tiap sore tanpa bayaran sepeser pun dari wali santri. Mohon dicek pak 🙏",
    ),
    Case(
        "twitter",
        "kesra",
        "Proposal bantuan renovasi Masjid Al-Ikhlas Desa Bangun Rejo masuk sejak 2022, sudah diverifikasi, sudah difoto petugas. Yang cair malah masjid yang baru berdiri kemarin sore di sebelah rumah pejabat 🙂🙂 Adil banget ya. #Kukar #Tenggarong",
    ),
    Case(
        "email",
        "kesra",
        "Kepada Yth. Humas/Setda Kabupaten Kutai Kartanegara\n\nSaya Dewi Ratnasari, jurnalis Kaltim Update. Kami menerima keluhan dari keluarga calon jemaah haji asal Kukar kloter 12 bahwa bus pemberangkatan dari Tenggarong ke Asrama Haji Batakan, Balikpapan, pada Minggu (26/5) terlambat lebih dari lima jam. Sejumlah jemaah lansia disebut menunggu di halaman tanpa tempat duduk dan konsumsi.\n\nMohon tanggapan Pemkab: siapa yang mengatur transportasi jemaah dari kabupaten, dan apa langkah agar kejadian serupa tidak terulang pada kloter berikutnya?\n\nTerima kasih,\nDewi",
    ),
    Case(
        "email",
        "kesra",
        "Fwd: Surat Pembaca Kaltim Post, Rabu 7 Agustus\n\n'Hibah Karang Taruna Kami Ke Mana?'\n\nKarang Taruna Tunas Harapan, Kelurahan Sungai Merdeka, Samboja, sudah dinyatakan lolos sebagai penerima hibah Rp 35 juta untuk peralatan pelatihan sablon dan sound system pemuda. Surat pemberitahuannya sudah kami terima Februari lalu. Namun sampai Agustus dananya tidak pernah cair, sementara kelompok lain di kecamatan yang sama sudah menerima. Kami minta kejelasan.\n\nRizky Pratama, Ketua Karang Taruna",
    ),
    Case(
        "email",
        "kesra",
        "Subject: Petisi Mahasiswa Kukar di Luar Daerah\n\nKami, 540 mahasiswa asal Kutai Kartanegara yang kuliah di Yogyakarta, Malang, dan Makassar, menandatangani petisi di change.org berjudul 'Jangan Tinggalkan Mahasiswa Rantau'. Tahun ini syarat beasiswa prestasi tiba-tiba mewajibkan legalisir KHS langsung di Tenggarong dan wawancara tatap muka, padahal kami sedang UAS. Kami minta verifikasi bisa daring dan jadwal diperpanjang dua minggu.\n\nTautan petisi: change.org/p/beasiswa-mahasiswa-rantau-kukar\n\nKoordinator: Fadli Ramadhan",
    ),
    Case(
        "email",
        "kesra",
        "Yth. Setda Kukar,\nKami teruskan kutipan berita dari portal Kukar Terkini:\n\nKEMBANG JANGGUT - Pendeta Markus Ding, gembala Gereja Kemah Injil Desa Long Beleh Haloq, meminta perhatian Pemkab atas bantuan rehab gereja yang diajukan tiga tahun berturut-turut. 'Atap kami bocor, jemaat ibadah pakai terpal. Kami juga warga Kukar, jangan hanya masjid yang dapat,' ujarnya, Minggu (11/8).\n\nMohon kiranya permohonan jemaat tersebut dapat ditindaklanjuti.\n\nSalam,\nPersekutuan Gereja-gereja Kecamatan Kembang Janggut",
    ),
    Case(
        "whatsapp",
        "kesra",
        "🙏 *MOHON BANTU SEBAR* 🙏\n\nPanti Asuhan Nurul Yatim, Jl. Gunung Belah, Tenggarong, saat ini mengasuh 47 anak. Bantuan sosial dari kabupaten untuk panti yang biasanya cair bulan Maret, tahun ini belum ada kabar sampai Juli. Pengurus sudah tiga kali ke kantor bupati, jawabannya 'sedang proses'. Stok beras tinggal untuk seminggu.\n\nSiapa yang punya kenalan di Pemkab tolong diteruskan. Jazakumullah khairan.",
    ),
    Case(
        "whatsapp",
        "kesra",
        "Transkrip siaran 'Suara Warga' Radio Swara Kukar FM:\n\nPenelepon (Ibu Marlina, Muara Jawa): Saya mau tanya, Pak. Katanya Kukar sudah UHC, semua warga berobat gratis pakai KTP. Tapi kemarin suami saya masuk RSUD AM Parikesit, kartu BPJS-nya dibilang nonaktif, disuruh bayar sebagai pasien mandiri dulu Rp 4 juta.\nPenyiar: Sudah lapor ke mana, Bu?\nPenelepon: Sudah ke puskesmas, ke dinsos, saling lempar. Jadi program berobat gratis itu sebenarnya siapa yang koordinasi? Tolong dijawab, Pak.",
    ),
    Case(
        "whatsapp",
        "kesra",
        "Ini saya copas komen dari IG @infotenggarong ya, biar sampai ke panitia:\n\n'Kafilah kecamatan kami ke MTQ kabupaten di Muara Kaman ditaruh di ruang kelas SD, tidur di lantai tanpa kasur, makan nasi bungkus dingin jam 11 malam 😢 Peserta anak-anak umur 10 tahun. Ini lomba baca Al-Qur'an tingkat kabupaten lho, bukan kemah pramuka.'\n\n#MTQKukar",
    ),
    Case(
        "web",
        "kesra",
        "Citizen Report | Kuota Beasiswa Mahasiswa D3 Tiba-tiba Hilang\n\nPenulis: Andi Saputra, mahasiswa Politeknik di Samarinda\n\nSAMARINDA - Mahasiswa diploma asal Kukar terkejut karena kategori D3 tidak lagi muncul di formulir pendaftaran beasiswa tahun 2024. Tahun lalu kuota D3 masih 300 orang. Tidak ada pengumuman resmi soal penghapusan ini. 'Kami anak petani, justru yang paling butuh,' katanya. Penulis meminta Pemkab menjelaskan alasan dan mengembalikan kuota tersebut.",
    ),
    Case(
        "web",
        "kesra",
        "Formulir Aduan\nNama: Ustaz Hamdan\nLembaga: TPQ Nurul Huda, Desa Loa Duri Ilir, Loa Janan\nIsi aduan: Kami sudah mengajukan bantuan hibah untuk TPQ (pembelian Iqra, meja lipat, dan kipas angin) senilai Rp 15 juta. Tim verifikasi datang Oktober tahun lalu, menyatakan layak. Namun nama lembaga kami tidak tercantum dalam SK penerima. Mohon penjelasan dan kesempatan mengajukan ulang.",
    ),
    Case(
        "telegram",
        "kesra",
        "Diteruskan dari channel Info Tabang:\n\nProgram seragam sekolah gratis untuk siswa SD dan SMP dari Pemkab belum sampai ke sekolah-sekolah di Kecamatan Tabang, padahal semester ganjil sudah jalan sebulan. Anak-anak di Desa Muara Pedohon masih pakai seragam kakaknya yang sobek. Di Tenggarong katanya sudah dibagi dari Juli. Kami yang di hulu selalu paling belakang 😔",
    ),
    Case(
        "sms",
        "kesra",
        "Pak, mhn info jadwal manasik haji tk kabupaten 2025. Kami calon jemaah dr Samboja blm dpt undangan, tetangga di Tenggarong sdh ikut 2x. Trm ksh.",
    ),
]

_HUKUM = [
    Case(
        "twitter",
        "hukum",
        "Katanya mau libatkan masyarakat adat, tapi draf Raperda Pengakuan Masyarakat Adat Kukar sampai sekarang gak bisa diunduh di mana pun 🤷‍♀️ Konsultasi publiknya besok, kami disuruh kasih masukan atas dokumen yang gak pernah kami baca. https://kaltimkece.id/raperda-masyarakat-adat-kukar #Kukar #MasyarakatAdat",
    ),
    Case(
        "twitter",
        "hukum",
        "Utas kecil soal website JDIH Kukar 🧵\n1. Saya cari Perbup tentang tarif retribusi parkir tepi jalan, linknya 404.\n2. Coba cari Perda Nomor 9 Tahun 2019, yang keluar malah file Perda tahun 2009.\n3. Menu 'produk terbaru' isinya terakhir diperbarui 2021.\n4. Gimana warga mau taat aturan kalau aturannya aja gak bisa dibaca? Mohon dibenahi. cc @kukarkab",
    ),
    Case(
        "twitter",
        "hukum",
        "@kukarkab selamat siang min, ibu saya (62 th) dilaporkan ke polisi oleh sepupu sendiri soal tanah warisan di Loa Kulu. Kami keluarga tidak mampu, gak sanggup bayar pengacara. Katanya Pemkab punya program pendampingan advokat gratis untuk warga miskin, daftarnya di mana ya min? Mohon infonya 🙏",
    ),
    Case(
        "twitter",
        "hukum",
        "Pemkab kalah LAGI di pengadilan soal lahan, kali ini harus bayar Rp 8,2 miliar ke ahli waris 🙂 Uang rakyat yang dipakai bayar kekalahan karena administrasi lahan gak beres dari dulu. Siapa yang tanggung jawab nih? Mau banding atau gimana? https://prokal.co/pemkab-kukar-kalah-gugatan-lahan",
    ),
    Case(
        "email",
        "hukum",
        "Kepada Yth.\nSekretariat Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nSaya Bayu Anggara, reporter Samarinda Pos. Kami mendapat salinan gugatan warga negara (citizen lawsuit) yang didaftarkan 14 warga Tenggarong di Pengadilan Negeri Tenggarong pada 2 September, dengan tergugat Bupati Kutai Kartanegara terkait banjir berulang di Kelurahan Sukarame dan Melayu.\n\nMohon konfirmasi: apakah Pemkab sudah menerima relaas panggilan sidang, siapa yang akan mewakili Pemkab di persidangan, dan apa tanggapan resmi atas gugatan tersebut.\n\nTerima kasih.\nBayu Anggara",
    ),
    Case(
        "email",
        "hukum",
        "Fwd: Surat Pembaca Tribun Kaltim\n\n'Perda Walet Sudah Usang'\n\nSaya pengusaha sarang burung walet di Muara Muntai. Perda yang mengatur pengelolaan dan pengusahaan sarang walet di Kukar masih produk lama yang merujuk peraturan pusat yang sudah dicabut. Akibatnya aturan izin, zonasi, dan pungutan di lapangan simpang siur, tiap petugas menafsirkan sendiri. Sejak 2020 katanya sedang disusun revisinya, tapi drafnya tidak pernah dibahas. Kapan diperbarui?\n\nH. Syahrani, Muara Muntai",
    ),
    Case(
        "email",
        "hukum",
        "PETISI: SEGERA TERAPKAN PERDA PENDAMPINGAN PERKARA UNTUK WARGA MISKIN KUKAR\n\nKami, jaringan paralegal desa dan 1.120 penanda tangan, mendesak Pemkab Kutai Kartanegara:\n1. Menerbitkan Perbup pelaksana atas Perda tentang pemberian bantuan perkara bagi masyarakat miskin yang sudah disahkan sejak 2022 namun belum bisa dijalankan.\n2. Menetapkan lembaga advokat mitra dan besaran biaya per perkara.\n3. Membuka posko pengaduan di setiap kecamatan.\n\nTanpa aturan pelaksana, Perda itu hanya kertas. Salam keadilan.\n\nKoordinator: Sri Wahyuni, S.H.",
    ),
    Case(
        "email",
        "hukum",
        "Yth. Setda Kukar,\n\nBersama ini kami teruskan berita Kaltim Post (5/3) sebagai bahan:\n\nLOA JANAN - Seorang pasien di Puskesmas Loa Janan menggugat Puskesmas dan Pemkab Kutai Kartanegara ke PN Tenggarong dengan tuntutan ganti rugi Rp 1,5 miliar atas dugaan salah penanganan persalinan. 'Kami akan tempuh jalur perdata,' ujar kuasa penggugat.\n\nKami dari UPT Puskesmas Loa Janan sudah menerima panggilan sidang pertama tanggal 19 Maret dan belum memiliki pendamping. Mohon petunjuk dan pendampingan dalam menghadapi perkara ini.\n\nHormat kami,\nKepala UPT Puskesmas Loa Janan",
    ),
    Case(
        "whatsapp",
        "hukum",
        "⚠️ *CEK FAKTA DULU SEBELUM SEBAR* ⚠️\n\nDi grup-grup beredar gambar 'PERBUP KUKAR NO 17 TAHUN 2024: buang sampah sembarangan denda Rp 5 juta & kurungan 3 bulan'. Banyak warga Tenggarong Seberang panik.\n\nKami pengurus RT 09 Bukit Biru sudah cari di situs resmi produk aturan daerah tapi tidak ketemu. Mohon pihak kabupaten konfirmasi: aturan itu benar ada atau hoaks? Kalau benar, mana teks lengkapnya?",
    ),
    Case(
        "whatsapp",
        "hukum",
        "Transkrip telepon pendengar, program 'Curhat Warga' Radio Etam FM:\n\nPenelepon: Saya Rina, di Kelurahan Panji. Kakak saya korban KDRT, sudah lapor polisi, tapi sekarang suaminya balik melaporkan kakak saya. Kami bingung, ndak ngerti prosedur, ndak punya uang untuk pengacara.\nPenyiar: Sudah coba ke mana, Mbak?\nPenelepon: Belum ke mana-mana. Katanya pemkab ada layanan konsultasi dan pendampingan gratis ya? Kantornya di mana, syaratnya apa?\nPenyiar: Baik, semoga pihak terkait bisa menjawab.",
    ),
    Case(
        "whatsapp",
        "hukum",
        "Saya copas komentar di FB Pemkab Kukar ya pak, mohon dibaca:\n\n'Tahun 2021 kami menang gugatan lawan Pemkab soal ganti rugi lahan yang kena pelebaran jalan di Loa Kulu, putusan sudah inkrah sampai kasasi. Sudah tiga tahun, tidak dibayar juga. Surat permohonan eksekusi kami tidak dibalas. Negara kok tidak patuh putusan pengadilan? 😡'\n\n- Keluarga Alm. H. Abdul Kadir",
    ),
    Case(
        "web",
        "hukum",
        "Jurnalis Warga | Teman Tuli Tak Dilibatkan Bahas Raperda Disabilitas\n\nOleh: Maya Kartika\n\nTENGGARONG - Forum Disabilitas Kukar menyesalkan rapat dengar pendapat Raperda Perlindungan dan Pemenuhan Hak Penyandang Disabilitas, Selasa (16/7), yang digelar tanpa juru bahasa isyarat dan tanpa draf dalam format yang bisa dibaca tunanetra. 'Aturan tentang kami, dibahas tanpa kami,' kata Ketua Forum, Agus Salim. Forum meminta pembahasan pasal-pasal diulang dengan akomodasi yang layak sebelum draf dibawa ke DPRD.",
    ),
    Case(
        "web",
        "hukum",
        "Formulir Permohonan Informasi\nNama: Lestari Handayani\nPekerjaan: Mahasiswa S2 Kebijakan Publik\nPermohonan: Saya membutuhkan salinan lengkap Perda Kabupaten Kutai Kartanegara tentang Rencana Detail Tata Ruang Kota Tenggarong beserta lampiran petanya, untuk tesis. Dokumen tersebut tidak tersedia di laman dokumentasi produk aturan daerah, hanya judulnya saja. Mohon dikirimkan atau diunggah.",
    ),
    Case(
        "telegram",
        "hukum",
        "Forwarded from Advokat Kaltim Network:\n\nKantor Advokat Hasanuddin & Rekan hari ini melayangkan somasi kedua kepada Bupati Kutai Kartanegara atas nama ahli waris Alm. Daeng Patompo, yang mengklaim lahan 1,8 hektare di bawah Kantor Camat Loa Kulu belum pernah dibebaskan. 'Jika dalam 14 hari tidak ada itikad baik, kami daftarkan gugatan,' ujar Hasanuddin. Somasi pertama Januari lalu tidak dijawab.",
    ),
    Case(
        "sms",
        "hukum",
        "Slmt pagi. Sy mau tanya, konsultasi gratis masalah utang piutang & jaminan BPKB ke advokat pemkab itu buka hari apa aja & dmn tempatnya? Trims. Joko, Sebulu",
    ),
]

_KERJASAMA = [
    Case(
        "twitter",
        "kerjasama",
        "Dua tahun lalu foto-foto teken MoU sama kampus buat pendampingan desa wisata, sekarang desa wisata kami di Sangkuliman masih begini-begini aja. Dosen datang sekali, foto, pulang 🙃 MoU-nya cuma buat pajangan? https://kukarnews.id/pemkab-kukar-teken-mou-desa-wisata-2022 #Kukar",
    ),
    Case(
        "twitter",
        "kerjasama",
        "🧵 Soal dana CSR migas di Muara Badak:\n1/ Perusahaan bilang tiap tahun ada program TJSL buat desa sekitar lapangan migas.\n2/ Yang dapat paket sembako, beasiswa perusahaan, dan pelatihan cuma RT yang dekat rumah kades.\n3/ RT 14 Desa Salo Palai yang paling dekat pipa malah gak pernah kebagian.\n4/ Kami minta daftar penerima dibuka dan Pemkab ikut ngawasi pembagiannya.",
    ),
    Case(
        "twitter",
        "kerjasama",
        "@kukarkab min, warga perbatasan di Tabang tahun lalu dijanjikan bisa berobat di RSUD Kutai Barat karena lebih dekat, katanya sudah ada nota kesepakatan antar kabupaten. Kemarin tetangga saya ditolak di sana, katanya perjanjiannya belum diperpanjang. Jadi gimana ini min?",
    ),
    Case(
        "twitter",
        "kerjasama",
        "Spanduknya segede gaban: 'BANTUAN CSR UNTUK MASYARAKAT DESA JEMBAYAN' 😂😂 Isinya 10 sak semen sama 2 kaleng cat buat musala. Setahun truk perusahaan lewat depan rumah kami. Tolong Pemkab evaluasi lah program tanggung jawab sosial perusahaan ini, jangan cuma buat foto. #Kukar #LoaKulu",
    ),
    Case(
        "email",
        "kerjasama",
        "Kepada Yth. Setda Kabupaten Kutai Kartanegara\n\nDengan hormat,\nSaya Irfan Maulana, jurnalis Kaltim Faktual. Kami ingin mengonfirmasi informasi bahwa pengelolaan kawasan wisata Pulau Kumala akan diserahkan kepada investor swasta melalui perjanjian jangka panjang (disebut-sebut 25 tahun).\n\nMohon penjelasan: (1) siapa mitra swasta tersebut, (2) apakah perjanjiannya sudah ditandatangani, (3) berapa bagian pendapatan untuk daerah, dan (4) apakah dokumen perjanjian dapat diakses publik.\n\nTerima kasih.\nIrfan Maulana",
    ),
    Case(
        "email",
        "kerjasama",
        "Fwd: Surat Pembaca Kaltim Post, Sabtu 21 September\n\n'Forum CSR Kukar, Transparanlah'\n\nSetiap tahun Forum TJSL Kukar mengumumkan puluhan perusahaan menyalurkan program ke masyarakat dengan nilai miliaran rupiah. Namun warga tidak pernah bisa melihat rinciannya: perusahaan mana, programnya apa, di desa mana, berapa nilainya. Di desa kami di Anggana, program yang diklaim tidak pernah kami lihat wujudnya. Saya mohon daftar lengkap program tahun 2023 dipublikasikan.\n\nM. Yusuf, Anggana",
    ),
    Case(
        "email",
        "kerjasama",
        "PETISI WARGA DESA EMBALUT, TENGGARONG SEBERANG\n\nKepada Bupati Kutai Kartanegara.\nSudah lebih dari sepuluh tahun PLTU beroperasi di desa kami. Program tanggung jawab sosial perusahaan pembangkit selama ini hanya berupa bantuan seremonial saat HUT desa. Kami, 478 warga, menuntut:\n1. Program pemberdayaan yang terencana untuk nelayan dan petani sekitar.\n2. Pelibatan BPD dan tokoh warga dalam penentuan program.\n3. Laporan tahunan realisasi dana yang diumumkan di balai desa.\n\nEmbalut, 2 Juni 2024",
    ),
    Case(
        "email",
        "kerjasama",
        "Yth. Sekretariat Daerah Kukar,\n\nKami teruskan petikan berita Kukar Satu (8/10):\n\nTENGGARONG - Rektor Universitas Kutai Kartanegara menyayangkan nota kesepahaman dengan Pemkab yang diteken 2021 tidak pernah diturunkan menjadi perjanjian teknis. 'Program magang mahasiswa di OPD dan riset bersama yang kami usulkan tidak ada tindak lanjut. Kami sudah kirim draf PKS dua kali,' ujarnya.\n\nMohon informasi status draf perjanjian tersebut dan siapa yang dapat kami hubungi.\n\nHormat kami,\nKantor Urusan Kemitraan Unikarta",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "*INFO WARGA RT 03 DESA TANI BHAKTI* 💧\n\nBapak/ibu, ingat janji perusahaan waktu tanda tangan kesepakatan di balai desa bulan Januari? Katanya sumur bor dan tandon air bersih dari dana CSR selesai bulan April. Sampai sekarang baru tiang tandonnya doang yang berdiri. Pipa gak ada, pompa gak ada.\n\nMohon pengurus desa tanya ke Pemkab, siapa yang ngawasi janji-janji perusahaan begini? Air sudah mulai keruh musim kemarau 🙏",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "Transkrip singkat dialog 'Kukar Menyapa', RRI Samarinda:\n\nPenelepon (Pak Darmin, Samboja): Saya dengar Kukar sudah teken kesepakatan dengan Penajam Paser Utara dan Otorita IKN soal pasokan sayur dan ikan dari petani Samboja. Tapi di lapangan kami tidak tahu harus daftar di mana, siapa penghubungnya. Jangan-jangan yang dapat kontrak pengusaha besar saja.\nPenyiar: Jadi Bapak minta kejelasan isi kesepakatannya?\nPenelepon: Betul, dan bagaimana petani kecil bisa ikut.",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "Copas komen di FB 'Muara Jawa Bersuara' pak:\n\n'Ambulans desa dari CSR perusahaan kok dipakai antar jemput keluarga kades ke Balikpapan? Itu kan bantuan perusahaan untuk warga, ada tulisannya di pintu mobil. Warga yang mau ke RS malah disuruh sewa sendiri 😤 Tolong yang berwenang cek penggunaan bantuan ini.'\n\nUdah 300 komen ini pak.",
    ),
    Case(
        "web",
        "kerjasama",
        "Jurnalis Warga | Dana TJSL Rp 1,2 Miliar untuk Handil Terusan, Ke Mana?\n\nOleh: Sulaiman\n\nANGGANA - Papan informasi di kantor desa mencantumkan alokasi program tanggung jawab sosial dari perusahaan migas sebesar Rp 1,2 miliar untuk Desa Handil Terusan tahun 2023. Warga yang ditemui mengaku hanya menerima pelatihan menjahit tiga hari dan bantuan 20 unit tong sampah. 'Kami tidak tahu sisanya ke mana,' kata Pak Amat, nelayan setempat. Warga meminta Pemkab memfasilitasi audit penyaluran bersama perusahaan.",
    ),
    Case(
        "web",
        "kerjasama",
        "Formulir Kontak\nNama: Teguh Wibisono\nInstansi: PT Sinergi Desa Digital (startup)\nPesan: Kami ingin menawarkan program desa digital tanpa biaya untuk 20 desa di Kukar dan perlu payung MoU dengan Pemkab. Sudah dua bulan surat kami tidak dijawab dan kami diarahkan bolak-balik antar kantor. Mohon informasi prosedur dan persyaratan penyusunan nota kesepahaman dengan pihak swasta.",
    ),
    Case(
        "telegram",
        "kerjasama",
        "Forwarded from Info Kota Bangun:\n\nDanau Jempang sebagian masuk Kutai Barat, sebagian Kukar. Dua tahun lalu bupati dua kabupaten katanya sepakat kelola wisata dan perikanan danau bareng. Sekarang? Perahu wisata dari Kubar boleh masuk wilayah kita, perahu warga Muara Muntai ditarik retribusi di sana. Isi perjanjiannya apa sebenarnya? Tolong dibuka ke publik.",
    ),
    Case(
        "sms",
        "kerjasama",
        "Pak, paket sembako CSR dr PT Mahakam Bara di Desa Loa Ulung kok cm utk RT 1-3, kami RT 8 tdk dpt sama sekali pdhl dekat jalan hauling. Mhn ditanyakan. Trm ksh",
    ),
]

_PEREKONOMIAN = [
    Case(
        "twitter",
        "perekonomian",
        "Tabung melon di Kota Bangun udah tembus Rp 50 ribu 😭 HET-nya berapa sih? Emak-emak sampai masak pakai kayu lagi. Beritanya udah dari minggu lalu, belum ada yang turun tangan. https://kaltimpost.id/lpg-3-kg-langka-kota-bangun #LPGLangka #Kukar",
    ),
    Case(
        "twitter",
        "perekonomian",
        "Utas antrean Pertalite di SPBU Tenggarong 🧵\n1. Jam 6 pagi antrean udah sampai jembatan, jam 9 'habis'.\n2. Tapi jam 10 pengetap pakai motor tangki modifikasi masih diisi, warga biasa disuruh pulang.\n3. Di kios pinggir jalan dijual Rp 15 ribu/botol.\n4. Ini bukan langka, ini ada yang main. Tolong Pemkab ngecek penyaluran BBM subsidi di SPBU.",
    ),
    Case(
        "twitter",
        "perekonomian",
        "@kukarkab min, cabai rawit di Pasar Tangga Arung hari ini Rp 120 ribu/kg, beras premium naik Rp 2 ribu dalam seminggu. Katanya inflasi terkendali? Kapan ada pasar murah lagi di Tenggarong min? Warung makan kecil udah megap-megap 😮‍💨",
    ),
    Case(
        "twitter",
        "perekonomian",
        "Perusda Tunggang Parangan rugi lagi tahun ini 🙂 Modal dari APBD terus disuntik, setoran ke kas daerah nol, direksinya ganti-ganti tapi hasilnya sama. Kapan dievaluasi total? Atau mau ditutup aja biar gak jadi sumur bocor? #Kukar https://kukarnews.id/perusda-rugi-2024",
    ),
    Case(
        "email",
        "perekonomian",
        "Kepada Yth. Setda Kabupaten Kutai Kartanegara\n\nSaya Fitriani, wartawan ekonomi Kaltim Daily. Kami sedang menulis laporan tentang dana participating interest 10 persen Blok Mahakam yang dikelola PT Mahakam Gerbang Raja Migas (MGRM). Menurut sumber kami, dividen untuk daerah tahun buku 2023 belum disetor, sementara perusahaan menambah penyertaan di anak usaha.\n\nMohon konfirmasi: berapa dividen yang diterima Pemkab dari MGRM dalam tiga tahun terakhir, dan apakah Pemkab selaku pemegang saham akan mengevaluasi direksi?\n\nTerima kasih,\nFitriani",
    ),
    Case(
        "email",
        "perekonomian",
        "Fwd: Surat Pembaca - Kaltim Post, 3 Juli\n\n'Pedagang Pasar Tenggarong Seberang Terusir ke Pinggir Jalan'\n\nSejak relokasi pedagang dari pasar lama, separuh kios di gedung pasar baru kosong karena harga sewa dan pembagian lapak tidak adil; yang dapat lapak depan justru orang yang tidak berdagang lalu menyewakan lagi. Akhirnya pedagang sayur kembali berjualan di bahu jalan poros. Mohon pengelolaan pasar ditata ulang dan pembagian lapak dibuka.\n\nIbu Sumarni, pedagang sayur",
    ),
    Case(
        "email",
        "perekonomian",
        "Subjek: Petisi Pelaku Usaha Kecil Kukar - Beri Ruang Produk Lokal\n\nKami, 260 pelaku usaha mikro dan kecil di Kukar (amplang, kerupuk ikan, madu kelulut, kain tenun ulap doyo), mendesak Pemkab:\n1. Mewajibkan toko ritel modern di Kukar menyediakan rak produk lokal.\n2. Menyatukan pendampingan sertifikasi halal dan PIRT yang sekarang tersebar di beberapa dinas.\n3. Membuka data pelaku usaha binaan agar bantuan tidak jatuh ke orang yang sama terus.\n\nTautan petisi: change.org/p/produk-lokal-kukar",
    ),
    Case(
        "email",
        "perekonomian",
        "Yth. Setda Kukar,\n\nBerikut kutipan berita Kukar Pos (28/2) untuk ditindaklanjuti:\n\nTENGGARONG - Ketua Himpunan Pedagang Pasar Mangkurawang, H. Basri, meminta Pemkab menggelar operasi pasar minyak goreng dan gula pasir sebelum Ramadan. 'Minyakita sudah Rp 19 ribu per liter di tingkat pengecer, jauh di atas HET. Stok dari distributor juga dijatah,' ujarnya. Ia menilai tanpa intervensi, harga akan terus naik jelang Lebaran.\n\nHormat kami,\nHimpunan Pedagang Pasar Mangkurawang",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "*PENGUMUMAN UNTUK WARGA RT 15 LOA JANAN ULU* 🔥\n\nKami dapat info pangkalan gas di ujung gang sekarang cuma jual ke yang bawa KTP + KK, itu pun maksimal 1 tabung sebulan. Tapi tiap kiriman datang, 30 tabung langsung diangkut pick up ke warung-warung, dijual lagi Rp 35 ribu.\n\nYang punya bukti foto/video tolong kirim ke pengurus RT, mau kita laporkan ke Pemkab supaya distribusinya diawasi. Jangan dishare ke luar dulu ya.",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "Transkrip telepon pendengar 'Pagi Kukar' di Radio Kharisma FM:\n\nPenelepon (Bu Hartini, Sebulu): Pak, harga telur ayam di pasar Sebulu sekarang Rp 62 ribu sepapan, daging ayam Rp 45 ribu sekilo. Gaji suami saya buruh sawit tidak naik-naik.\nPenyiar: Jadi apa harapan Ibu?\nPenelepon: Pasar murah itu jangan cuma di Tenggarong, Pak. Kami di kecamatan jauh juga mau. Kapan jadwalnya ke Sebulu?",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "Pak, ini saya teruskan komentar di IG @kukar.update:\n\n'Galeri produk lokal di Tenggarong kok isinya barang dari Jawa semua? Kami perajin manik Dayak dari Tabang ditolak titip produk katanya kuota penuh. Katanya pemkab mau bela usaha kecil warga sendiri 🙄'\n\nMohon ditanggapi pak, banyak yang setuju di kolom komentar.",
    ),
    Case(
        "web",
        "perekonomian",
        "Jurnalis Warga | Solar Kosong Dua Pekan, Petani Muara Kaman Tak Bisa Bajak Sawah\n\nOleh: Rudi Hartono\n\nMUARA KAMAN - Satu-satunya SPBU di Muara Kaman tidak menerima kiriman solar sejak 2 September. Warga terpaksa membeli dari penjual eceran seharga Rp 14.000 per liter, hampir dua kali lipat harga resmi. 'Traktor tidak jalan, ketinting tidak jalan, semua macet,' kata Sarbini, warga Desa Sedulang. Warga meminta Pemkab berkoordinasi dengan Pertamina agar kuota dan jadwal kiriman dipastikan.",
    ),
    Case(
        "web",
        "perekonomian",
        "Formulir Pengaduan\nNama: Samsul Bahri\nAlamat: Kelurahan Loa Ipuh, Tenggarong\nIsi: Perusahaan air minum milik daerah menaikkan tarif hampir 40 persen mulai Agustus tanpa sosialisasi ke pelanggan. Sementara dalam laporan tahunannya perusahaan mencatat laba dan membagikan tantiem ke direksi. Sebagai pemilik perusahaan, Pemkab mohon mengevaluasi kebijakan tarif dan kinerja direksinya.",
    ),
    Case(
        "telegram",
        "perekonomian",
        "Forwarded from Kukar Info Harga 📊\n\nJelang Iduladha harga daging sapi di Pasar Tangga Arung sudah Rp 170 ribu/kg, naik Rp 20 ribu dari bulan lalu. Sapi lokal katanya kurang, pedagang ambil dari Sulawesi. Warga minta Pemkab cek stok dan gelar operasi pasar daging sebelum hari raya, jangan nunggu viral dulu.",
    ),
    Case(
        "sms",
        "perekonomian",
        "Pak, beras SPHP di pasar Samboja sdh 3 minggu tdk ada, yg ada beras premium Rp 16rb/kg. Mhn dicek distribusinya. Warga Samboja",
    ),
]

_SDA = [
    Case(
        "twitter",
        "sda",
        "Satu lagi anak kecil meninggal tenggelam di bekas galian batu bara yang dibiarkan menganga di Tenggarong Seberang 💔 Umurnya 9 tahun. Lubangnya gak dipagar, gak ada papan peringatan, perusahaannya udah angkat kaki. Berapa nyawa lagi? https://kaltimkece.id/anak-tenggelam-lubang-tambang-tenggarong-seberang #LubangTambang #Kukar",
    ),
    Case(
        "twitter",
        "sda",
        "🧵 Sungai di belakang Desa Jembayan Dalam, Loa Kulu:\n1/ Sejak Senin airnya cokelat pekat kayak kopi susu.\n2/ Warga bilang kolam pengendapan perusahaan di hulu jebol habis hujan deras.\n3/ Ikan di keramba warga mati, air buat mandi gatal-gatal.\n4/ Sudah lapor ke kepala desa, katanya nunggu orang kabupaten. Tolong segera diambil sampel airnya dan perusahaannya dipanggil.",
    ),
    Case(
        "twitter",
        "sda",
        "@kukarkab pak, perusahaan sawit di Desa Bukit Layang, Kembang Janggut sudah panen 12 tahun tapi kebun plasma 20 persen untuk warga tidak pernah diserahkan. Lahan kami dulu dilepas dengan janji itu. Tolong dipanggil perusahaannya pak, warga sudah mau blokir jalan kebun 😤",
    ),
    Case(
        "twitter",
        "sda",
        "Pagi di Muara Kaman rasanya kayak hidup di asbak 😷 Asap kebakaran gambut dari arah Desa Sabintulung udah seminggu, sekolah anak diliburkan, jarak pandang di sungai tinggal 50 meter. Apinya dari lahan yang mau dibuka buat kebun. Siapa yang ngawasi? #Karhutla #Kukar",
    ),
    Case(
        "email",
        "sda",
        "Kepada Yth. Setda Kabupaten Kutai Kartanegara\n\nDengan hormat,\nSaya Agus Salim, jurnalis Kaltim Investigasi. Kami memperoleh citra satelit dan foto lapangan yang menunjukkan aktivitas penggalian batu bara tanpa izin di dalam kawasan Taman Hutan Raya Bukit Soeharto, wilayah Samboja, sedikitnya 30 hektare sejak awal tahun. Alat berat terlihat beroperasi malam hari.\n\nMohon konfirmasi: apakah Pemkab mengetahui aktivitas ini, langkah apa yang sudah diambil, dan apakah sudah berkoordinasi dengan pengelola kawasan dan aparat?\n\nHormat saya,\nAgus Salim",
    ),
    Case(
        "email",
        "sda",
        "Fwd: Surat Pembaca Tribun Kaltim, 12 Maret\n\n'Traktor Bantuan Parkir di Rumah Kerabat Kades'\n\nKelompok tani kami di Desa Sidomukti, Kecamatan Muara Kaman, tercatat menerima bantuan dua unit traktor tangan dan satu pompa air tahun lalu. Faktanya, alat-alat itu disimpan di rumah kerabat kepala desa dan disewakan ke petani Rp 300 ribu per hari. Anggota kelompok sendiri harus antre. Mohon bantuan alat pertanian ini diperiksa dan dikembalikan ke kelompok.\n\nSuwarno, anggota Poktan Tunas Maju",
    ),
    Case(
        "email",
        "sda",
        "PETISI WARGA RT 11 DAN RT 12 DESA BUKIT PARIAMAN, TENGGARONG SEBERANG\n\nKami, 196 warga, menyatakan keberatan atas kegiatan peledakan (blasting) di area galian batu bara yang berjarak kurang dari 500 meter dari permukiman. Sejak Mei 2024, 43 rumah retak dindingnya, satu sumur ambles, dan anak-anak ketakutan tiap siang ada ledakan.\n\nKami menuntut: (1) peledakan dihentikan sampai ada kajian ulang, (2) ganti rugi rumah yang rusak, (3) batas aman operasi ditinjau.\n\nBukit Pariaman, 15 Agustus 2024",
    ),
    Case(
        "email",
        "sda",
        "Yth. Setda Kukar,\n\nKami teruskan kutipan berita Kaltim Post (9/4):\n\nMUARA BADAK - Ketua Kelompok Nelayan Bina Bahari Desa Saliki, Muhammad Aris, mengeluhkan bantuan mesin tempel dan jaring insang yang dijanjikan sejak musim lalu tak kunjung datang. 'Sudah tiga kali kami diminta foto kapal dan fotokopi kartu nelayan. Bantuannya tidak pernah tiba, sementara kelompok baru bentukan kemarin sudah terima,' ujarnya.\n\nMohon kejelasan daftar penerima bantuan alat tangkap tahun ini.\n\nHormat kami,\nKelompok Nelayan Bina Bahari",
    ),
    Case(
        "whatsapp",
        "sda",
        "*INFO GRUP WARGA DESA LOA ULUNG* 🚛\n\nAssalamualaikum. Sejak seminggu truk batu bara lewat jalan desa siang malam, debunya masuk ke rumah sampai ke piring makan. Anak-anak batuk pilek, jemuran hitam. Perusahaan janji siram jalan tiap 2 jam, nyatanya sehari sekali kalau ingat.\n\nHasil rapat RT: kita kirim surat resmi ke kabupaten minta aktivitas angkut di jalan desa dihentikan sampai ada jalan khusus. Yang setuju tanda tangan di rumah Pak RT ya.",
    ),
    Case(
        "whatsapp",
        "sda",
        "Transkrip dialog 'Suara Pedalaman' Radio Kota Bangun FM:\n\nPenelepon (Pak Amran, Desa Kedang Ipil): Pak, dua hari ini ikan di Sungai Kedang Kepala banyak mati mengapung, baunya busuk. Kami curiga limbah pabrik pengolahan CPO di hulu, kolam limbahnya meluap pas hujan.\nPenyiar: Sudah ada yang cek, Pak?\nPenelepon: Belum ada. Kami nelayan sungai ini tidak bisa jualan. Minta orang kabupaten ambil sampel air secepatnya.",
    ),
    Case(
        "whatsapp",
        "sda",
        "Ini saya copas dari komen FB 'Kembang Janggut Bersatu' pak:\n\n'Bantuan bibit karet unggul katanya 5.000 batang buat kelompok tani kami, yang datang cuma 2.000 dan separuhnya kering mati sebelum ditanam 😡 Pas ditanya ke penyalur, katanya segitu dari atas. Tolong dicek lah, petani kecil jangan dibohongi terus.'\n\nMohon ditindaklanjuti pak 🙏",
    ),
    Case(
        "web",
        "sda",
        "Jurnalis Warga | Hutan Bakau Delta Mahakam Terus Dibabat untuk Tambak\n\nOleh: Rahmawati\n\nANGGANA - Dalam sebulan terakhir, warga Desa Sepatin melihat sedikitnya lima ekskavator membuka kawasan mangrove di tepi Sungai Muara Pantuan untuk dijadikan tambak udang. 'Dulu kepiting dan udang alam banyak di sini, sekarang habis,' kata Daeng Sikki, nelayan setempat. Abrasi juga mulai menggerus permukiman. Warga meminta Pemkab menghentikan pembukaan lahan tersebut dan memulihkan hutan bakau.",
    ),
    Case(
        "web",
        "sda",
        "Formulir Pengaduan\nNama: Sutrisno\nKelompok: Gapoktan Sri Rejeki, Desa Kerta Buana\nIsi: Bantuan benih padi dan pompa air untuk musim tanam Oktober baru datang pertengahan Desember, padahal sawah sudah kering. Benihnya juga varietas yang tidak cocok untuk sawah tadah hujan kami. Akibatnya 60 hektare gagal tanam. Mohon jadwal dan jenis bantuan pertanian disesuaikan dengan kebutuhan kelompok.",
    ),
    Case(
        "telegram",
        "sda",
        "Forwarded from Pemuda Tabang Peduli 🌳\n\nTiap malam ada rakit kayu ulin dan meranti dihanyutkan dari hulu Sungai Belayan. Warga Desa Muara Ritan lihat sendiri, kayunya dari hutan di belakang kampung yang statusnya hutan lindung. Yang kerja orang luar, dibekingi katanya. Mohon Pemkab koordinasi dengan pihak kehutanan, sebelum hutan kami habis.",
    ),
    Case(
        "sms",
        "sda",
        "Pak, air sumur warga RT 4 Desa Margahayu bau & berminyak sejak galian batu bara sebelah buka 3 bln lalu. Mhn ada yg cek airnya. Trm ksh",
    ),
]

_ADPEM = [
    Case(
        "twitter",
        "adpem",
        "Baru diaspal Agustus, November udah kayak permukaan bulan 🌕 bolong di mana-mana. Ruas Loa Kulu–Jonggon itu duit APBD Kukar hampir Rp12 M lho. Hasil kerjaan kontraktornya pernah dicek gak sih sebelum diterima? cc @PemkabKukar @dpupr_kukar\n\nQuote: Warga Keluhkan Jalan Jonggon Kembali Berlubang Tiga Bulan Usai Diperbaiki | kaltimtoday.co/2024/11/warga-keluhkan-jalan-jonggon",
    ),
    Case(
        "twitter",
        "adpem",
        "1/ Jembatan penghubung Desa Sebelimbingan–Liang Ulu di Kota Bangun dikerjakan sejak 2022. Sekarang yang tersisa cuma deretan tiang pancang berdiri sendirian di tengah rawa 🧵\n\n2/ Papan informasinya udah pudar, masih kebaca nilai kontrak Rp8,4 M, sumber dana APBD Kabupaten. Gak ada alat berat, gak ada tukang sejak pertengahan 2023.\n\n3/ Anak sekolah tiap hari tetap nyeberang pakai ces, bayar 5 ribu sekali jalan. Tolong kasih kejelasan kapan dilanjut dan siapa yang tanggung jawab. #KukarBangkit #JembatanMangkrak",
    ),
    Case(
        "twitter",
        "adpem",
        "@PemkabKukar min, galian saluran air di Jl. Gunung Belah depan Gg. Mawar Tenggarong itu dibiarin menganga udah 2 bulan. Box culvert numpuk di pinggir jalan, hujan sebentar air langsung masuk rumah warga. Katanya kegiatan tahun ini, kok pekerjanya ngilang? Semalam ada pengendara motor nyungsep ke lubangnya 😡 Mohon kontraktornya disuruh balik nyelesaiin.",
    ),
    Case(
        "twitter",
        "adpem",
        "RT @infosamboja: GOR Samboja diresmikan Juni lalu, jadi kebanggaan warga pesisir 🏸\n\nKebanggaan apaan. Baru 4 bulan, plafon tribun udah jebol, lantai kayunya menggelembung tiap hujan karena atap bocor. Dibangun pakai uang rakyat miliaran, hasilnya begini. Masa pemeliharaan kontraktor kan masih jalan, tolong diperiksa fisiknya & suruh perbaiki. #KukarIdaman",
    ),
    Case(
        "email",
        "adpem",
        "Subjek: Permohonan konfirmasi – progres peningkatan ruas Sebulu–Muara Kaman\n\nYth. Sekretariat Daerah Kabupaten Kutai Kartanegara,\n\nSaya Rahmat Hidayat, jurnalis Kaltimkece.id. Kami sedang menyiapkan laporan tentang paket peningkatan jalan dan jembatan ruas Sebulu–Muara Kaman yang masa kontraknya berakhir 20 Desember 2024. Pantauan kami di lapangan pada 2 Desember, pekerjaan tampak belum mencapai separuh, dan warga Desa Sumber Sari menyebut aktivitas sempat berhenti sepanjang Oktober.\n\nMohon konfirmasi: (1) berapa persen capaian fisik dan serapan anggaran per akhir November; (2) apakah sudah ada adendum perpanjangan waktu; (3) langkah Pemkab bila target tidak tercapai, termasuk denda keterlambatan.\n\nTenggat tulisan kami Jumat, 6 Desember pukul 15.00 WITA. Terima kasih atas perhatiannya.\n\nSalam,\nRahmat Hidayat\nKaltimkece.id",
    ),
    Case(
        "email",
        "adpem",
        "Fwd: Surat Pembaca Tribun Kaltim, 14 Oktober 2024\n\n---------- Forwarded message ---------\nDari: Arif Budiman (Ketua RT 12 Bukit Raya)\n\nSURAT PEMBACA\nCor Jalan Asal Jadi di Bukit Raya\n\nSaya warga RT 12 Desa Bukit Raya, Tenggarong Seberang. Jalan cor di lingkungan kami dikerjakan Juli 2024; di papan proyek tertulis sumber dana APBD Kabupaten, pelaksana CV Mahakam Jaya Konstruksi. Tebal cor yang kami ukur di beberapa titik hanya 10–12 cm, padahal kabarnya spesifikasinya 20 cm. Belum tiga bulan, retak memanjang muncul sepanjang kurang lebih 150 meter dan tepinya sudah gompal.\n\nKami mohon Pemkab menurunkan tim untuk memeriksa mutu pekerjaan ini sebelum serah terima akhir.\n\nSupriyanto, warga Bukit Raya",
    ),
    Case(
        "email",
        "adpem",
        "Kepada Yth. Sekretariat Daerah Kab. Kutai Kartanegara,\n\nBersama ini kami teruskan berita yang terbit kemarin, mohon tanggapan Pemkab.\n\n---\nDermaga Muara Muntai Terbengkalai, Tokoh Masyarakat: Uang Rakyat Terbuang\n\nMUARA MUNTAI – Dermaga penumpang di tepi Sungai Mahakam, Desa Muara Muntai Ilir, dibiarkan tak terurus meski pembangunannya belum rampung sejak 2021. Tiang ulin dan lantai beton yang sudah terpasang kini mulai miring dan ditumbuhi rumput.\n\n“Sudah tiga tahun begini. Kalau memang tidak dilanjut, sampaikan ke masyarakat alasannya. Jangan dibiarkan roboh sendiri,” ujar H. Abdul Rasyid, tokoh masyarakat setempat, Senin (9/9/2024).\n\nIa meminta Pemkab Kukar menuntaskan pekerjaan dermaga itu karena warga masih naik-turun kapal lewat titian kayu yang licin.\n\nBaca juga: Jalur Sungai Masih Jadi Andalan Warga Pedalaman Kukar\n---\n\nHormat kami,\nForum Warga Peduli Muara Muntai",
    ),
    Case(
        "email",
        "adpem",
        "Perihal: Permintaan data capaian fisik kegiatan konstruksi TA 2024\n\nYth. Pemkab Kutai Kartanegara,\n\nKami dari Koalisi Masyarakat Sipil untuk Transparansi Anggaran Kukar. Sejak Mei 2024 laporan triwulanan tentang kemajuan pekerjaan fisik yang dulu bisa dilihat publik di dasbor daring Pemkab tidak lagi dapat diakses (halaman error 404). Padahal data itu kami pakai untuk memantau jalan, jembatan, dan gedung yang dibangun di 20 kecamatan.\n\nKami meminta: daftar paket pekerjaan fisik bernilai di atas Rp1 miliar per kecamatan, persentase kemajuannya per 30 September 2024, serta daftar paket yang dinyatakan terlambat atau kritis. Kami juga berharap laporan berkala itu kembali dipublikasikan.\n\nTerima kasih,\nNurul Fadilah\nKoordinator",
    ),
    Case(
        "whatsapp",
        "adpem",
        "*BROADCAST WARGA PERUM GRIYA LOA DURI INDAH* 📢\n\nAssalamualaikum bapak ibu, info dari pengurus RT 07:\nSaluran drainase besar di depan perumahan kita (dikerjakan sejak Juni, papan proyek Dinas PU Kukar) sampai sekarang BELUM tersambung ke sungai. Airnya malah tertahan, Minggu kemarin (20/10) banjir selutut masuk ke 14 rumah.\n\nPengurus sudah kirim foto ke kecamatan tapi belum ada jawaban. Mohon warga yang punya foto/video banjir kirim ke Pak RT, akan kami teruskan ke Pemkab supaya kontraktor menuntaskan sambungan salurannya sebelum puncak musim hujan.\n\nTerima kasih 🙏 Mohon disebar ke grup lain.",
    ),
    Case(
        "whatsapp",
        "adpem",
        "Selamat pagi Pak/Bu, saya copas komentar dari grup FB 'Info Kembang Janggut Terkini', banyak yang setuju:\n\n“Jalan poros Kembang Janggut–Kelekat yang katanya ditingkatkan tahun ini, batu sama pasirnya udah numpuk di bahu jalan sejak Agustus, tapi alat beratnya pergi. Sekarang batunya longsor ke badan jalan, tiap malam ada aja yang jatuh. Kontraktornya ke mana?? 😤 #KukarBukanDesaTertinggal”\n\nDi balasan lain warga bilang lokasinya sekitar km 9. Mohon ditindaklanjuti, kasihan yang lewat malam.",
    ),
    Case(
        "whatsapp",
        "adpem",
        "Transkrip telepon interaktif 'Halo Kukar', Radio Etam FM, Selasa 15 Oktober 2024 pukul 08.20 WITA (diteruskan oleh tim siaran):\n\nPenelepon: Halo, Etam FM? Saya Bu Hasnah dari Desa Semayang, Kenohan.\nPenyiar: Silakan, Bu.\nPenelepon: Mau menyampaikan, jembatan beton yang gantikan jembatan ulin di Semayang itu katanya sudah selesai. Tapi pagar pengamannya cuma sebelah, lampunya belum ada, terus tanjakan ujungnya ambles, Pak. Motor sering terbalik di situ, kemarin ada anak SMP luka. Kami minta yang bangun diperiksa lagi, jangan diterima dulu pekerjaannya.\nPenyiar: Baik Bu Hasnah, keluhan ini kami teruskan ke Pemkab ya.\nPenelepon: Iya Pak, terima kasih.",
    ),
    Case(
        "web",
        "adpem",
        "PETISI: Tuntaskan Jalan Tabang – Kembang Janggut Sebelum Musim Hujan\nDitujukan kepada: Bupati Kutai Kartanegara\n\nKami, warga Kecamatan Tabang dan sekitarnya, sudah lima tahun menunggu perbaikan ruas Tabang–Kembang Janggut. Pekerjaan tahun 2023 hanya menyelesaikan 3,2 km dari sekitar 18 km yang rusak berat, dan pekerjaan tahun 2024 berhenti di sekitar Desa Buluq Sen tanpa penjelasan. Saat hujan, truk logistik tertahan dua sampai tiga hari.\n\nTuntutan kami:\n1. Umumkan jadwal kelanjutan pekerjaan ruas ini.\n2. Beri sanksi kontraktor yang terlambat.\n3. Libatkan warga dalam mengawasi mutu pekerjaan.\n\n1.248 orang telah menandatangani. #SelamatkanJalanTabang",
    ),
    Case(
        "web",
        "adpem",
        "[Jurnalisme Warga] Gedung Perpustakaan Baru di Loa Kulu Belum Dipakai, Dindingnya Sudah Retak\nOleh: Dimas Prasetyo, warga Loa Kulu Kota\n\nLOA KULU – Gedung perpustakaan dua lantai yang selesai dibangun akhir 2023 hingga kini belum juga dibuka. Saat saya datang Sabtu (12/10/2024), retakan selebar jari tampak di dinding sisi timur, keramik lantai dua terangkat, dan talang air sudah putus.\n\n“Belum diserahkan, katanya masih ada perbaikan,” kata penjaga gedung yang enggan disebut namanya.\n\nWarga berharap Pemkab memeriksa kualitas bangunan senilai miliaran rupiah itu dan memastikan kontraktor memperbaikinya sebelum dipakai anak-anak.",
    ),
    Case(
        "telegram",
        "adpem",
        "Diteruskan dari channel Tenggarong Update:\n🚧 Trotoar baru di Jl. Diponegoro (depan Museum Mulawarman sampai simpang Timbau) baru rampung September, paving block-nya udah copot-copot, ada yang amblas sampai 10 cm. Pejalan kaki malah milih turun ke aspal. Netizen nanya: ini masih masa pemeliharaan kan? Siapa yang ngawasin kerjaannya? 🤔 #TenggarongKotaRaja",
    ),
    Case(
        "sms",
        "adpem",
        "Yth Pemkab Kukar, lampu jln tenaga surya proyek kabupaten di jln poros Anggana-Sepatin 40 tiang, baru 2 bln dipasang separuhnya sdh mati & panelnya miring. Mohon dicek kontraktornya. Warga Anggana",
    ),
]

_PBJ = [
    Case(
        "twitter",
        "pbj",
        "Lagi-lagi pemenangnya perusahaan yang alamatnya sama, cuma beda nama direktur 🙃 Tiga paket di LPSE Kukar bulan ini. Pokja pemilihannya gak curiga apa gimana? #TenderKukar\n\nQuote: Tiga Paket Tender Dimenangkan Perusahaan Satu Alamat | niaga.asia/tiga-paket-tender-satu-alamat",
    ),
    Case(
        "twitter",
        "pbj",
        "@lpsekukar min, SPSE down dari jam 13.00 tadi, batas unggah penawaran paket Belanja Seragam Linmas jam 15.00 hari ini (14/8). Udah ganti jaringan tetep error 502. Kalau lewat batas waktu kami yang digugurkan? Tolong jadwalnya diperpanjang 🙏 cc @PemkabKukar",
    ),
    Case(
        "twitter",
        "pbj",
        "(1/3) Perusahaan kami ikut tender jasa konsultansi pengawasan di Kukar, digugurkan di evaluasi teknis dengan alasan “pengalaman tidak sesuai”. Padahal kontrak sejenis kami lampirkan lengkap.\n\n(2/3) Sanggahan sudah kami kirim lewat aplikasi 3 Juli, masa sanggah selesai 5 Juli. Sampai hari ini 22 Juli belum ada jawaban, tapi tahapan tanda tangan kontrak kok sudah jalan?\n\n(3/3) Ini bukan soal menang-kalah, tapi prosedur. Mohon dijawab sesuai aturan. cc @lpsekukar @PemkabKukar",
    ),
    Case(
        "twitter",
        "pbj",
        "Laptop spek standar di marketplace 9 jutaan, dibeli lewat katalog elektronik buat kantor dinas di Kukar jadi 21 juta per unit. Premium banget ya kualitasnya 😂 Dibuka aja dokumen pemesanannya biar publik gak nebak-nebak.\n\nQuote: Pembelian 80 Unit Laptop Rp1,7 Miliar Disorot Pegiat Antikorupsi – prokal.co/kaltim/pembelian-laptop-disorot",
    ),
    Case(
        "email",
        "pbj",
        "Perihal: Permohonan penjelasan hasil evaluasi – Tender Alat Kesehatan Puskesmas TA 2024\n\nKepada Yth. Kelompok Kerja Pemilihan\nPemkab Kutai Kartanegara\n\nDengan hormat,\nKami PT Borneo Medika Sejahtera, peserta tender kode 10293847. Berdasarkan pengumuman hasil evaluasi tanggal 18 Juni 2024, penawaran kami digugurkan karena “surat dukungan distributor tidak sesuai”. Padahal dokumen pemilihan maupun berita acara penjelasan tidak mensyaratkan surat dukungan tersebut untuk seluruh item.\n\nKami mohon penjelasan tertulis dasar pengguguran itu sebelum batas masa sanggah, agar kami dapat menentukan langkah selanjutnya.\n\nHormat kami,\nIr. Hendra Wijaya\nDirektur",
    ),
    Case(
        "email",
        "pbj",
        "Subjek: Konfirmasi – tender ambulans desa gagal tiga kali\n\nSelamat siang,\n\nSaya Yuliana, wartawan Kaltim Post biro Tenggarong. Kami mendapat informasi bahwa tender 18 unit ambulans desa tahun 2024 sudah tiga kali dinyatakan gagal di LPSE Kukar, terakhir pada 2 Agustus, karena tidak ada penawaran yang memenuhi syarat.\n\nMohon konfirmasi: apa penyebab kegagalan berulang tersebut, apakah nilai HPS dinilai terlalu rendah oleh penyedia, dan apakah Pemkab akan beralih ke pembelian lewat katalog atau penunjukan langsung. Kami juga ingin tahu apakah ada penyedia yang mengajukan keberatan.\n\nBerita ini rencananya terbit Senin. Terima kasih.\n\nYuliana\nKaltim Post",
    ),
    Case(
        "email",
        "pbj",
        "Subjek: Akun penyedia belum diverifikasi sejak 3 minggu\n\nYth. Pengelola layanan tender Pemkab Kukar,\n\nSaya Nur Aini, pemilik CV Etam Sejahtera (penyedia alat tulis dan perlengkapan kantor) di Tenggarong Seberang. Saya mendaftar akun penyedia di SPSE Kukar tanggal 2 September, mengunggah NIB, NPWP, akta pendirian, dan KTP, lalu datang ke kantor layanan di Tenggarong untuk verifikasi berkas asli tanggal 9 September.\n\nSampai hari ini (30 September) status akun masih “belum terverifikasi”, sehingga saya tidak bisa ikut paket pengadaan langsung yang tayang minggu ini. Telepon ke nomor layanan tidak diangkat.\n\nMohon dibantu. Terima kasih.\n\nNur Aini\n0813-4xxx-2211",
    ),
    Case(
        "email",
        "pbj",
        "Fwd: Berita Kaltimtoday – Gapensi Kukar Soroti Paket yang Tak Pernah Diumumkan\n\nTENGGARONG – Ketua Gapensi Kutai Kartanegara, Syahrani, mempertanyakan puluhan paket pekerjaan bernilai di bawah Rp200 juta yang menurutnya langsung ditunjuk tanpa pernah tayang di Sistem Informasi Rencana Umum Pengadaan (SiRUP).\n\n“Anggota kami di kecamatan tidak pernah tahu ada paket. Tiba-tiba sudah ada yang mengerjakan. Ini seperti dikondisikan,” ujarnya, Kamis (25/7/2024).\n\nIa meminta Pemkab membuka daftar penyedia yang ditunjuk sepanjang semester pertama.\n\n---\nDiteruskan oleh sekretariat Gapensi Kukar. Kami mohon tanggapan resmi dan daftar paket dimaksud.",
    ),
    Case(
        "whatsapp",
        "pbj",
        "*Info Grup Kontraktor Lokal Kukar* ‼️\n\nRekan-rekan, paket tender Rehabilitasi Gedung Pertemuan Kecamatan Loa Janan jadwal pemasukan penawarannya DIMAJUKAN dari 25 ke 20 Juni lewat adendum yang tayang jam 22.00 malam tadi. Banyak yang belum siap jaminan penawaran dari bank.\n\nKami sepakat kirim surat keberatan bersama ke pengelola tender Pemkab soal perubahan jadwal mendadak ini. Yang mau ikut tanda tangan silakan japri admin sebelum besok jam 10 ya. 🙏",
    ),
    Case(
        "whatsapp",
        "pbj",
        "Selamat siang Pak, saya penyedia dari Muara Badak. Akun SPSE saya terkunci setelah salah kata sandi 3 kali. Kata operator harus datang langsung ke kantor layanan di Tenggarong bawa surat permohonan dan KTP asli. Jaraknya hampir 3 jam Pak, padahal besok hari terakhir unggah penawaran. Bisa tidak dibuka lewat email atau video call? Terima kasih.",
    ),
    Case(
        "whatsapp",
        "pbj",
        "Pak/Bu, ini saya kumpulkan komentar di postingan IG @kukarinfo soal tender seragam sekolah gratis:\n\n@ibu.tati_jahit: “Kami penjahit Tenggarong sudah siap, kok pemenangnya perusahaan dari Jawa? 🥲”\n@rudi.kkr: “Syaratnya pengalaman 3 tahun dengan nilai kontrak 5 M, ya jelas yang lokal gak bakal lolos”\n@nanaa_87: “Dokumen pemilihannya dibikin buat satu perusahaan doang kayaknya”\n\nMohon Pemkab menjelaskan kenapa syarat kualifikasi tender ini setinggi itu dan siapa saja pesertanya.",
    ),
    Case(
        "web",
        "pbj",
        "PETISI: Buka Seluruh Hasil Tender Pemkab Kutai Kartanegara\nDimulai oleh: Forum Pemuda Peduli Anggaran Kukar\n\nPengumuman pemenang di portal tender Kukar hanya tampil beberapa hari lalu hilang. Berita acara hasil evaluasi, jumlah peserta, dan harga penawaran tiap peserta tidak pernah bisa dilihat publik. Akibatnya masyarakat tidak bisa menilai apakah persaingannya sehat.\n\nKami meminta Bupati memerintahkan agar semua pengumuman pemenang, berita acara evaluasi, dan nilai kontrak tetap dapat diakses minimal satu tahun.\n\n#TenderTerbuka #KukarTransparan\n712 pendukung",
    ),
    Case(
        "web",
        "pbj",
        "[Laporan Warga] Dokumen Tender Tak Bisa Diunduh, Peserta Kebingungan\n\nTENGGARONG – Sejumlah penyedia mengeluhkan dokumen pemilihan paket Pengadaan Bibit Tanaman Hias Taman Kota yang tayang 3 Oktober 2024 tidak bisa diunduh dari aplikasi. Tautan hanya menampilkan berkas kosong berukuran 0 KB.\n\n“Sudah tiga hari begini. Masa pertanyaan sudah mau ditutup, kami belum tahu spesifikasinya,” kata Joko, salah satu calon peserta.\n\nPeserta meminta jadwal penjelasan diulang dan dokumen diunggah ulang.",
    ),
    Case(
        "telegram",
        "pbj",
        "Forward dari grup 'Penyedia Katalog Lokal Kaltim':\nProduk kami (meja-kursi sekolah kayu meranti) sudah tayang di katalog lokal Kukar sejak Maret. Tiap ada sekolah mau pesan, pejabat pembuat komitmennya bilang harus lewat mini kompetisi dulu, tapi penyedia lain langsung dapat pesanan tanpa itu. Aturannya yang mana sih? Mohon kejelasan mekanisme pembelian lewat katalog biar adil. 🙏",
    ),
    Case(
        "sms",
        "pbj",
        "Sy peserta tender kode 10384756 paket sound system gedung pertemuan. Sanggahan sdh sy kirim 11/6 lwt SPSE, sampai 19/6 blm ada jawaban pokja. Mohon info. Budi, CV Karya Mandiri",
    ),
]

_ORGANISASI = [
    Case(
        "twitter",
        "organisasi",
        "Bikin KTP-el yang katanya gratis, di loket masih ditawari “jalur cepat” 150 ribu. Ini udah 2024 lho 🤡 Yang gak bayar disuruh balik 2 minggu lagi. #StopPungli @PemkabKukar\n\nQuote: Warga Keluhkan Biaya Tak Resmi Urus Dokumen Kependudukan di Tenggarong – kaltimpost.id/warga-keluhkan-biaya-tak-resmi",
    ),
    Case(
        "twitter",
        "organisasi",
        "🧵 Pengalaman ngurus izin di Mal Pelayanan Publik Tenggarong.\n\n1/ Datang 3 Juni, berkas diterima, katanya 7 hari kerja.\n2/ 17 Juni balik, disuruh nunggu tanda tangan. 1 Juli disuruh ganti formulir karena “format baru”.\n3/ Gak ada papan info syarat, biaya, dan lama proses. Tanya ke 3 petugas, jawabannya beda semua.\n4/ Udah hampir sebulan, usaha katering saya gak bisa ikut kontrak karena izinnya belum keluar. Tolong dibenahi cara kerjanya 🙏 @PemkabKukar",
    ),
    Case(
        "twitter",
        "organisasi",
        "@PemkabKukar min, survei kepuasan di loket Bapenda kemarin kok diarahkan petugas? Saya mau pilih “tidak puas” karena antre bayar PBB 4 jam, tabletnya langsung diambil: “sudah Pak, biar saya isikan”. Pantes nilainya selalu “sangat baik” 🙄",
    ),
    Case(
        "twitter",
        "organisasi",
        "Uji KIR truk di Dishub Kukar: berkas lengkap, kendaraan lulus uji. Tapi buku ujinya “belum bisa diambil” kalau gak ada uang rokok 100 ribu per unit. Saya punya 6 armada. Mau sampai kapan begini? @ombudsmanRI137 cc @PemkabKukar #SaberPungli",
    ),
    Case(
        "email",
        "organisasi",
        "Fwd: Surat pembaca – Tiga Minggu Menunggu Selembar Resume Medis\n\n---------- Forwarded message ---------\nYth. Redaksi,\n\nSaya Maria Ulfa, warga Kelurahan Sukarame, Tenggarong. Pada 2 September saya mengajukan permintaan resume medis almarhum ayah saya di loket rekam medis RSUD AM Parikesit untuk klaim asuransi. Petugas bilang tiga hari jadi. Setelah lima kali bolak-balik, alasannya selalu “dokternya belum tanda tangan”. Tidak ada nomor pengaduan, tidak ada kepastian waktu, dan tidak ada yang mau menjelaskan.\n\nSaya hanya minta kejelasan berapa lama sebenarnya layanan ini dan kepada siapa warga bisa mengadu.\n\nMaria Ulfa\n\n(Diteruskan redaksi Tribun Kaltim kepada Pemkab Kukar untuk ditanggapi)",
    ),
    Case(
        "email",
        "organisasi",
        "Subjek: Permohonan tanggapan – nilai kepatuhan pelayanan publik Kukar turun\n\nYth. Sekretariat Daerah Kabupaten Kutai Kartanegara,\n\nSaya Andi Saputra dari Kaltimtoday.co. Berdasarkan hasil penilaian Ombudsman RI Perwakilan Kaltim yang dirilis 10 Desember 2024, nilai kepatuhan Pemkab Kukar turun dari zona hijau ke zona kuning. Sejumlah unit layanan disebut tidak memasang informasi syarat, biaya, dan jangka waktu, serta tidak punya sarana pengaduan.\n\nMohon tanggapan: apa penyebab penurunan ini, unit mana saja yang paling bermasalah, dan langkah apa yang akan diambil tahun 2025.\n\nTerima kasih,\nAndi Saputra",
    ),
    Case(
        "email",
        "organisasi",
        "Subjek: Legalisir ijazah 3 minggu belum selesai\n\nSelamat siang,\n\nSaya Rizky, alumni SMP Negeri di Loa Janan. Tanggal 5 Agustus saya mengajukan legalisir ijazah dan surat keterangan pengganti ijazah hilang di kantor Dinas Pendidikan Kukar untuk keperluan melamar kerja. Sudah tiga minggu, setiap datang jawabannya “pejabatnya dinas luar”. Tidak ada pejabat pengganti, tidak ada jadwal yang jelas, dan saya sudah dua kali tertinggal batas lamaran.\n\nMohon kejelasan prosedur dan waktu penyelesaiannya.\n\nHormat saya,\nRizky Ramadhan",
    ),
    Case(
        "email",
        "organisasi",
        "Kepada Yth. Bupati Kutai Kartanegara\nc.q. Sekretariat Daerah\n\nBersama ini kami sampaikan hasil pemantauan LSM Lentera Publik Kukar, 1–30 Oktober 2024, terhadap 12 kantor layanan di Tenggarong, Loa Kulu, dan Samboja:\n- 9 kantor tidak memasang maklumat dan informasi syarat-biaya-waktu layanan;\n- 7 kantor tidak punya kotak atau nomor pengaduan yang aktif;\n- di 4 kantor, warga diminta “uang administrasi” tanpa tanda terima.\n\n“Pelayanan publik di Kukar masih bergantung pada siapa petugasnya, bukan pada aturan yang jelas,” ujar koordinator kami, Hairul Anwar, dalam konferensi pers kemarin.\n\nKami mendesak Pemkab mewajibkan seluruh unit layanan memenuhi ketentuan tersebut dan menindak petugas yang memungut biaya tak resmi.\n\nHormat kami,\nLentera Publik Kukar",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "⚠️ HATI-HATI ⚠️\nInfo dari warga Kel. Loa Ipuh: ada oknum yang ngaku “orang dalam” Disdukcapil menawarkan jasa urus KK dan KIA jadi 1 hari, tarif 200–300 ribu, transaksinya di warung depan kantor. Kemarin dua tetangga sudah bayar tapi dokumennya gak jadi-jadi.\n\nMohon Pemkab segera menertibkan, dan tolong pasang pengumuman di loket bahwa pengurusan dokumen itu GRATIS. Sebarkan ke grup keluarga ya 🙏",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "Pak, ini saya salin komentar saya di FB Pemkab yang tidak pernah dibalas:\n\n“Urus kartu kuning (AK-1) di Disnaker Kukar, loket tulisannya buka 08.00–14.00, jam 11 sudah tutup. Petugasnya ada, tapi duduk main HP, bilang ‘kuota hari ini habis’. Kuota kok gak pernah diumumkan? Saya dari Muara Jawa, ongkos PP 150 ribu, sudah dua kali pulang tangan kosong 😭”\n\nMohon dibantu, saya perlu kartu itu untuk melamar di perusahaan minggu depan.",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "Transkrip interaktif 'Suara Warga' Radio Kukar FM, Kamis 7 November 2024 (dikirim produser):\n\nPenyiar: Penelepon berikutnya, silakan.\nPenelepon: Assalamualaikum, saya Siti, bidan di Muara Kaman. Saya urus perpanjangan surat izin praktik di Dinas Kesehatan sejak Agustus, sudah tiga bulan belum terbit. Terus ada yang bilang kalau mau cepat bisa “dibantu” 500 ribu. Saya gak mau, tapi izin saya habis, saya gak bisa praktik.\nPenyiar: Ada tanda terima berkasnya, Bu?\nPenelepon: Ada, tanggal 12 Agustus. Tolong Pemkab tegur, ini kan layanan yang harusnya jelas waktunya.\nPenyiar: Baik Bu Siti, kami teruskan.",
    ),
    Case(
        "web",
        "organisasi",
        "PETISI: Hentikan Syarat Berbelit di Kantor-Kantor Layanan Kukar\nDitujukan kepada: Bupati Kutai Kartanegara\n\nWarga Kukar masih harus membawa fotokopi yang sama berkali-kali, surat pengantar RT–desa–kecamatan untuk urusan yang datanya sudah ada di sistem, dan datang langsung meski layanan daring katanya tersedia.\n\nKami meminta:\n1. Pangkas syarat yang tumpang tindih di setiap layanan.\n2. Satu kali datang, satu kali selesai.\n3. Umumkan waktu penyelesaian dan beri kompensasi bila terlambat.\n\n#KukarMelayani #SederhanakanLayanan\n2.034 tanda tangan",
    ),
    Case(
        "web",
        "organisasi",
        "[Jurnalisme Warga] Aduan Ditutup Sepihak, Warga Merasa Dipermainkan\nOleh: Fajar Sidiq, Tenggarong Seberang\n\nSaya melaporkan lewat kanal SP4N-LAPOR pada 14 Agustus 2024 tentang petugas sebuah dinas di Tenggarong yang tidak melayani di jam kerja. Dua minggu kemudian status laporan berubah menjadi “selesai” dengan jawaban satu kalimat: “sudah ditindaklanjuti”. Tidak ada penjelasan apa yang dilakukan, dan saat saya datang lagi keadaannya sama saja.\n\n“Kalau aduan cuma ditutup begitu, buat apa ada kanal pengaduan,” kata tetangga saya yang mengalami hal serupa.\n\nSaya berharap Pemkab mengawasi cara unit kerja menangani aduan warga.",
    ),
    Case(
        "telegram",
        "organisasi",
        "Warga Desa Sumber Sari, Sebulu, sudah kumpul dari jam 8 pagi di balai desa Sabtu kemarin (19/10) karena ada pengumuman layanan keliling perekaman KTP-el dan cetak KIA. Sampai jam 2 siang petugas tidak datang, tidak ada kabar, nomor yang dicantumkan di pengumuman tidak aktif. Lansia dan ibu-ibu bawa balita pulang dengan kecewa. Mohon jadwal layanan keliling dibuat pasti dan dipatuhi.",
    ),
    Case(
        "sms",
        "organisasi",
        "Pengurusan rekomendasi teknis sambungan saluran ruko di kantor Dinas PUPR Kukar sy diminta Rp500rb tanpa kwitansi, katanya biar cepat. Mohon ditindak. Hendra, Tenggarong",
    ),
]

_UMUM = [
    Case(
        "twitter",
        "umum",
        "Mobil plat merah KT nongkrong di parkiran mall Samarinda hari Minggu siang, yang turun ibu-ibu bawa kantong belanja sama anak-anak 🙄 Stiker di kacanya jelas stiker kantor bupati Kukar. #MobilDinasBukanMobilKeluarga\n\nQuote @kaltim_viral: Video mobil dinas berplat merah terparkir di pusat perbelanjaan akhir pekan ramai dibagikan warganet",
    ),
    Case(
        "twitter",
        "umum",
        "@PemkabKukar mau antar berkas ke kantor bupati, parkiran dalam penuh mobil pegawai, tamu disuruh parkir di bahu Jl. Wolter Monginsidi. Terus ada jukir minta 5 ribu tanpa karcis. Ini resmi apa gimana? Kasihan lansia jalan jauh panas-panasan 🥵",
    ),
    Case(
        "twitter",
        "umum",
        "1/ Juli lalu kami dari Karang Taruna Desa Loa Raya antar surat permohonan ke kantor Bupati Kukar. Diterima petugas di meja penerimaan surat, dapat tanda terima tulisan tangan.\n\n2/ September kami tanya, katanya “tidak tercatat di buku agenda”. Disuruh kirim ulang.\n\n3/ Kirim ulang Oktober, sekarang sudah November, tetap gak ada nomor agenda, gak ada kabar diteruskan ke mana. Surat warga tuh hilangnya di mana sih? Mohon pencatatannya dibenahi, kalau bisa ada pelacakan surat online. 🙏",
    ),
    Case(
        "twitter",
        "umum",
        "Toilet di lobi kantor bupati Kukar: air mati, tisu gak ada, baunya sampai ke ruang tunggu tamu. Gedung megah, toiletnya bikin nangis 😭 Mau ketemu pejabat harus nahan pipis dulu. Tolong petugas kebersihannya dicek @PemkabKukar #KukarIdaman",
    ),
    Case(
        "email",
        "umum",
        "Perihal: Permohonan informasi peminjaman Ruang Serbaguna Kantor Bupati\n\nYth. Sekretariat Daerah Kabupaten Kutai Kartanegara,\n\nKami Himpunan Mahasiswa Kutai Kartanegara (HMKK) berencana menggelar seminar kepemudaan pada Sabtu, 14 Desember 2024, untuk sekitar 150 peserta. Pada 18 November kami sudah mengantar surat permohonan pemakaian Ruang Serbaguna di lantai 1 kantor bupati, namun hingga kini belum ada jawaban apakah ruangan tersedia, apa syaratnya, dan apakah ada biaya kebersihan atau listrik.\n\nMohon informasi prosedur dan kepastian jadwalnya, karena undangan peserta harus segera kami sebar.\n\nHormat kami,\nM. Fikri\nKetua Panitia\n0852-5xxx-7788",
    ),
    Case(
        "email",
        "umum",
        "Subjek: Konfirmasi – kecelakaan mobil dinas di poros Tenggarong–Samarinda\n\nSelamat sore,\n\nSaya Dewi Lestari, jurnalis Niaga.Asia. Sabtu malam (12/10/2024) sebuah mobil berpelat merah dengan stiker kendaraan kantor bupati Kukar terlibat tabrakan dengan sepeda motor di Jl. Poros Samarinda–Tenggarong, Loa Janan. Video yang beredar memperlihatkan pengemudi adalah seorang pemuda yang diduga bukan pegawai.\n\nMohon konfirmasi: kendaraan tersebut dipegang oleh siapa, apakah boleh dipakai di luar jam dinas, dan langkah apa yang diambil Pemkab. Kami juga ingin tahu aturan pengawasan pemakaian kendaraan dinas.\n\nTerima kasih,\nDewi Lestari",
    ),
    Case(
        "email",
        "umum",
        "Fwd: Surat pembaca Kaltim Post – Motor Hilang di Halaman Kantor Bupati\n\nYth. Redaksi,\n\nSelasa (3/9/2024) sekitar pukul 10.00 saya datang ke kantor bupati Kukar untuk menghadiri rapat dengan dinas. Motor saya, Honda Beat hitam KT 4721 AB, saya parkir di area parkir samping gedung. Pukul 12.30 motor sudah tidak ada. Pos jaga di pintu samping kosong, dan petugas bilang kamera pengawas di area itu sudah lama mati.\n\nKalau di kantor pemerintahan saja kendaraan bisa hilang siang hari, bagaimana warga bisa merasa aman? Saya berharap pengamanan dan kamera di kompleks itu segera dibenahi.\n\nRusdi, Loa Kulu",
    ),
    Case(
        "email",
        "umum",
        "Perihal: Surat kami belum mendapat tanda terima\n\nYth. Sekretariat Daerah Kabupaten Kutai Kartanegara,\n\nPada 7 Oktober 2024 kami, PMI Kabupaten Kutai Kartanegara, mengirim surat resmi (No. 112/PMI-KKR/X/2024) melalui alamat email kantor dan juga mengantar salinan fisiknya ke kantor bupati, berisi permohonan izin memakai halaman depan kantor bupati untuk kegiatan donor darah pada 2 November 2024.\n\nHingga kini kami tidak menerima tanda terima, nomor agenda, maupun jawaban. Saat kami telepon, petugas menyatakan belum menemukan surat tersebut. Mohon bantuan menelusuri dan memberi kepastian, karena persiapan tenda dan petugas harus segera dilakukan.\n\nHormat kami,\nSekretaris PMI Kukar",
    ),
    Case(
        "whatsapp",
        "umum",
        "*INFO WARGA RT 09 (belakang kompleks kantor bupati)* 📢\n\nBapak/ibu, sudah seminggu tumpukan sampah dan sisa bongkaran di sudut belakang kompleks kantor bupati tidak diangkut. Baunya masuk ke rumah, lalat banyak, kemarin ada yang bakar sebagian jadi asapnya ke mana-mana 😷\n\nPak RT sudah lapor ke pos satpam depan tapi katanya bukan urusan mereka. Kami minta pengelola kantor segera mengangkut dan jangan lagi jadikan sudut itu tempat buang sampah. Mohon dukungan like & share ke grup lain 🙏",
    ),
    Case(
        "whatsapp",
        "umum",
        "Selamat siang, saya kutip komentar di postingan FB Pemkab kemarin, banyak yang mengiyakan:\n\n“Ruang tunggu tamu di lantai dasar kantor bupati AC-nya mati sudah dua minggu, kipas angin cuma satu. Lift ke lantai 3 juga rusak, ibu saya yang pakai tongkat harus naik tangga untuk antar undangan 😞 Gedung semegah itu masa perawatannya begini?”\n\nMohon segera diperbaiki, banyak warga lansia yang datang ke sana.",
    ),
    Case(
        "whatsapp",
        "umum",
        "Transkrip interaktif 'Kukar Pagi Ini', Radio Etam FM, Senin 21 Oktober 2024 (diteruskan produser):\n\nPenelepon: Halo, saya Pak Darto, tinggal dekat kantor bupati. Itu di halaman belakang kantor bupati ada belasan mobil dinas rusak ditumpuk, sudah berkarat, bannya kempes, kacanya pecah. Kalau hujan airnya tergenang di dalam, jadi sarang nyamuk. Anak saya kemarin kena DBD.\nPenyiar: Sudah berapa lama, Pak?\nPenelepon: Hampir setahun. Kalau memang mau dilelang, cepat dilelang, kalau tidak ya disimpan yang rapi. Tolong disampaikan ke Pemkab.\nPenyiar: Siap, Pak Darto.",
    ),
    Case(
        "web",
        "umum",
        "PETISI: Buka Kembali Halaman Kantor Bupati Kukar untuk Olahraga Pagi Warga\nDitujukan kepada: Bupati Kutai Kartanegara\n\nBertahun-tahun warga Tenggarong memakai jalur keliling halaman kantor bupati untuk jalan pagi dan senam setiap Minggu. Sejak Agustus 2024 semua gerbang dikunci di akhir pekan tanpa pengumuman, dan satpam menolak warga masuk.\n\nKami meminta gerbang samping dibuka setiap Minggu pukul 05.30–08.00, dengan aturan kebersihan dan keamanan yang jelas. Kami siap ikut menjaga kebersihan.\n\n#JalanPagiTenggarong\n864 tanda tangan",
    ),
    Case(
        "web",
        "umum",
        "[Jurnalisme Warga] Ember di Lorong Kantor Bupati\nOleh: Yusuf Maulana, Tenggarong\n\nTENGGARONG – Kamis (14/11/2024) saya datang ke lantai 2 gedung utama kantor bupati Kukar. Di lorong dekat ruang rapat, enam ember berjajar menampung tetesan air dari plafon yang sudah jebol. Bau lembap menyengat, dan beberapa panel plafon tampak hampir jatuh di atas kursi tunggu.\n\n“Sudah dari musim hujan tahun lalu, Mas,” kata seorang petugas kebersihan.\n\nSemoga atap dan plafon gedung itu segera diperbaiki sebelum ada yang tertimpa.",
    ),
    Case(
        "telegram",
        "umum",
        "Kami dari panitia rapat koordinasi Forum Kepala Desa se-Kecamatan Muara Badak. Sudah dapat konfirmasi tertulis pemakaian ruang rapat lantai 3 kantor bupati untuk Selasa 5 November pukul 09.00. Pas datang, ruangannya dipakai kegiatan lain, dan petugas bilang jadwal kami “tidak ada di catatan”. 60 peserta yang datang jauh-jauh terlantar di lorong 1,5 jam. Mohon penjadwalan ruangan dibenahi supaya tidak bentrok lagi.",
    ),
    Case(
        "sms",
        "umum",
        "Mobil dinas plat merah KT 1087 dipakai antar jemput anak sekolah tiap pagi di SD depan Pasar Mangkurawang. Sy rasa itu tdk sesuai aturan. Mohon ditertibkan",
    ),
]

_PROKOM = [
    Case(
        "twitter",
        "prokom",
        "@PemkabKukar kenapa komentar saya di postingan Pak Bupati soal banjir di Loa Ipuh dihapus, terus akun saya diblokir? Saya gak pakai kata kasar lho. Akun resmi pemerintah kok antikritik 🙃 Admin medsos itu digaji dari uang kami juga. #KukarAntiKritik",
    ),
    Case(
        "twitter",
        "prokom",
        "Peserta upacara berdiri dari jam 06.30, bupati baru datang 08.15. 17 pelajar pingsan, gak ada tenda buat peserta, air minum pun gak disiapin 😤 Yang ngatur acara tolong dievaluasi, jangan anak sekolah yang jadi korban.\n\nQuote: 17 Peserta Upacara HUT RI di Tenggarong Pingsan – tribunkaltim.co/17-peserta-upacara-pingsan",
    ),
    Case(
        "twitter",
        "prokom",
        "Thread 🧵\n1. Sejak Maret, Aliansi Pemuda Muara Kaman sudah 4 kali kirim surat minta bertemu langsung Bupati Kukar, mau menyampaikan soal banjir tahunan di kampung kami.\n2. Tiap kali ditanya, jawabannya “jadwal Bapak padat”, “tunggu kabar dari ajudan”.\n3. Kami gak minta apa-apa, cuma minta waktu 30 menit untuk didengar. Tolong kasih kepastian jadwalnya 🙏 @PemkabKukar",
    ),
    Case(
        "twitter",
        "prokom",
        "Konferensi pers capaian 100 hari kerja Bupati tadi pagi, wartawan lokal yang gak “media partner” gak diundang, pas datang malah gak boleh masuk 🤐 Katanya keterbukaan informasi. Kami juga meliput Kukar tiap hari, Pak. #PersBukanHumas cc @PemkabKukar",
    ),
    Case(
        "email",
        "prokom",
        "Perihal: Permohonan kehadiran Bupati pada Wisuda Universitas Kutai Kartanegara\n\nYth. Bupati Kutai Kartanegara\nmelalui Sekretariat Daerah\n\nDengan hormat,\nKami mengundang Bapak Bupati untuk hadir dan memberikan sambutan pada Wisuda Sarjana dan Pascasarjana Unikarta ke-42, Sabtu, 23 November 2024, pukul 08.00 WITA di Gedung Putri Karang Melenu, Tenggarong. Surat undangan resmi sudah kami antar pada 28 Oktober.\n\nHingga kini kami belum menerima konfirmasi kehadiran maupun nama pejabat yang akan mewakili, padahal susunan acara dan tata tempat duduk harus kami finalkan minggu ini. Mohon kabar secepatnya.\n\nHormat kami,\nPanitia Wisuda Unikarta",
    ),
    Case(
        "email",
        "prokom",
        "Subjek: Permintaan naskah sambutan Bupati – Musrenbang Kecamatan Sebulu\n\nSelamat siang,\n\nSaya Hadi Kurniawan, jurnalis Kaltimkece.id. Potongan video sambutan Bupati pada Musrenbang Kecamatan Sebulu, Rabu (7/2/2024), beredar di TikTok dengan keterangan bahwa Bupati “menolak usulan warga”. Banyak warganet marah.\n\nAgar pemberitaan kami akurat, mohon kami diberi naskah resmi atau rekaman utuh sambutan tersebut, serta pernyataan resmi Pemkab terkait potongan video yang beredar. Tenggat kami besok pukul 12.00 WITA.\n\nTerima kasih,\nHadi Kurniawan",
    ),
    Case(
        "email",
        "prokom",
        "Fwd: Surat Pembaca – Empat Jam Menunggu di Pendopo, Pertemuan Dibatalkan\n\nYth. Redaksi,\n\nKami 12 orang perwakilan petani karet Desa Sumber Sari sudah dijadwalkan bertemu Bupati Kukar di Pendopo Odah Etam, Senin (14/10/2024) pukul 10.00. Kami berangkat dari Sebulu sejak subuh. Setelah menunggu sampai pukul 14.00 tanpa kabar, staf hanya bilang pertemuan dibatalkan karena Bapak ada agenda lain, tanpa jadwal pengganti.\n\nKami paham pejabat sibuk, tapi tolong hargai waktu warga: beri kabar lebih awal dan tentukan jadwal pengganti.\n\nSuwarno, Sebulu",
    ),
    Case(
        "email",
        "prokom",
        "Perihal: Permohonan kartu identitas liputan – peringatan Hari Jadi Kota Tenggarong\n\nYth. Pemkab Kutai Kartanegara,\n\nKami dari redaksi Mahakam TV ingin meliput rangkaian acara puncak peringatan Hari Jadi Kota Tenggarong di Stadion Rondong Demang. Formulir pendaftaran kartu liputan yang dibagikan lewat grup wartawan sudah kami isi pada 10 September untuk dua jurnalis dan satu kamerawan, tetapi sampai H-3 belum ada konfirmasi atau pemberitahuan kapan kartu diambil.\n\nMohon informasi, termasuk titik pengambilan gambar yang diizinkan bagi media.\n\nSalam,\nRina Marlina\nKoordinator Liputan Mahakam TV",
    ),
    Case(
        "whatsapp",
        "prokom",
        "Assalamualaikum, kami Pokdarwis Danau Semayang, Kenohan. 🙏\nKami menggelar Festival Danau Semayang 2024 tanggal 16–17 November, dan sudah mengantar surat undangan agar Bapak Bupati berkenan membuka acara. Sampai sekarang belum ada kabar apakah Bapak bisa hadir atau diwakili.\n\nWarga sudah siapkan perahu hias dan penyambutan adat, jadi kami perlu kepastian paling lambat Jumat ini. Mohon info ke nomor ini. Terima kasih.",
    ),
    Case(
        "whatsapp",
        "prokom",
        "Pak, ini beberapa komentar di postingan FB 'Tenggarong Info' tentang acara peresmian taman kemarin:\n\n“Katanya acara untuk rakyat, tapi warga yang mau nonton diusir panitia, yang boleh dekat cuma yang pakai batik undangan.”\n“Pedagang kecil disuruh bubar sejak pagi, padahal bupatinya datang jam 11.”\n“Panggung VIP ada tenda, warga berdiri di aspal panas 🥵”\n\nMohon ke depan acara resmi Pemkab diatur lebih manusiawi dan terbuka untuk warga.",
    ),
    Case(
        "whatsapp",
        "prokom",
        "Transkrip interaktif 'Halo Kukar', Radio Etam FM, Rabu 9 Oktober 2024:\n\nPenelepon: Halo, saya Pak Ramli, ketua kelompok pengrajin anyaman di Kota Bangun. Saya mau tanya, acara ngobrol santai bareng Bupati yang biasanya keliling kecamatan itu kok sudah tiga bulan gak ada? Kami mau menyampaikan langsung unek-unek ke Bapak.\nPenyiar: Biasanya lewat surat ke Pemkab, Pak.\nPenelepon: Sudah, Pak, dua kali. Tidak ada jawaban. Kami cuma minta dijadwalkan bertemu, di Tenggarong juga tidak apa-apa.\nPenyiar: Baik, kami teruskan permintaan Bapak.",
    ),
    Case(
        "web",
        "prokom",
        "PETISI: Bupati Kukar, Temui Mahasiswa dalam Dialog Terbuka!\nDimulai oleh: BEM se-Kutai Kartanegara\n\nSudah setahun kami meminta ruang dialog terbuka dengan Bupati untuk membahas beasiswa, lapangan kerja, dan banjir. Yang kami terima hanya janji. Kami ingin Bupati hadir langsung, bukan diwakili, dalam forum tanya jawab yang terbuka untuk publik dan disiarkan langsung.\n\nKami meminta Pemkab menetapkan tanggal forum tersebut sebelum akhir November 2024.\n\n#BupatiTemuiMahasiswa\n3.117 pendukung",
    ),
    Case(
        "web",
        "prokom",
        "[Jurnalisme Warga] Salah Info Jadwal, Warga Pulang Kecewa dari Pendopo\nOleh: Lina Agustina, Tenggarong\n\nAkun Instagram resmi Pemkab Kukar mengumumkan open house Idulfitri Bupati di Pendopo Odah Etam pada hari kedua Lebaran. Ratusan warga, termasuk saya dan anak-anak, datang sejak pukul 09.00. Ternyata acara sudah digelar sehari sebelumnya. Unggahan itu baru diralat sore hari, tanpa permintaan maaf, dan komentar warga yang menanyakan malah dihapus.\n\nSaya berharap pengelola akun resmi lebih teliti dan bertanggung jawab atas informasi yang diunggah.",
    ),
    Case(
        "telegram",
        "prokom",
        "Rekan-rekan humas Pemkab, rilis resmi kunjungan kerja Bupati ke Muara Jawa yang dibagikan kemarin (22/10) memakai foto kegiatan tahun lalu, dan nama desanya salah tulis (Muara Jawa Pesisir ditulis Muara Jawa Tengah). Beberapa media sudah terlanjur menayangkan. Mohon segera ralat resmi dan kirim foto yang benar ke grup wartawan. Terima kasih. — Arman, wartawan Tenggarong",
    ),
    Case(
        "sms",
        "prokom",
        "Yth Pemkab Kukar, kami Forum Ketua RT Kel. Sukarame mohon waktu bertemu Bpk Bupati terkait banjir di wilayah kami. Surat sdh kami antar 2 Sept, blm ada jadwal. Mohon kabarnya. Hamzah, 0812xxxx",
    ),
]

_PERENCANAAN_KEUANGAN = [
    Case(
        "twitter",
        "perencanaan_keuangan",
        "Katering nasi kotak buat rapat-rapat di Setda Kukar dari Januari sampai Mei, tagihannya Rp47 juta belum dibayar sampai sekarang. Usaha kecil kayak kami modal muternya ya dari situ 😢 Tiap ditanya: “sabar, masih proses”. #BayarUtangnya\n\nQuote: Sejumlah Rekanan Setda Kukar Mengaku Belum Dibayar – kaltimtoday.co/rekanan-setda-belum-dibayar",
    ),
    Case(
        "twitter",
        "perencanaan_keuangan",
        "1/ Kami pegawai di lingkungan Setda Kukar. Tunjangan kinerja bulan Juli–September belum cair, padahal OPD lain katanya sudah.\n2/ Alasannya “masih verifikasi kehadiran”. Padahal absen kami sudah terekam otomatis di aplikasi.\n3/ Banyak yang punya cicilan, anak sekolah. Mohon kejelasan jadwal pencairannya. (akun anonim ya, takut 😅) #CurhatASN",
    ),
    Case(
        "twitter",
        "perencanaan_keuangan",
        "@PemkabKukar saya jadi narasumber bimtek yang digelar Sekretariat Daerah tanggal 22 Agustus di Tenggarong. Honornya sampai sekarang belum ditransfer, katanya nunggu berkas pertanggungjawaban lengkap. Kuitansi & daftar hadir sudah saya tanda tangani sejak awal September lho 🙂 Mohon dicek.",
    ),
    Case(
        "twitter",
        "perencanaan_keuangan",
        "Staf Setda: disuruh dinas ke Jakarta, tiket & hotel ditalangin pakai uang pribadi Rp8,6 juta. Udah 3 bulan, jawabannya “anggarannya belum turun”. Pemerintah ngutang ke pegawainya sendiri 🙂🙂 #CurhatASN #KukarIdaman",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Perihal: Konfirmasi status pembayaran tagihan alat tulis kantor\n\nYth. Sekretariat Daerah Kabupaten Kutai Kartanegara,\n\nKami CV Sinar Mahakam, penyedia alat tulis kantor untuk Sekretariat Daerah berdasarkan Surat Pesanan No. 027/045/SP/Setda/III/2024. Barang telah kami serahkan lengkap dan berita acara serah terima ditandatangani pada 18 Maret 2024. Tagihan sebesar Rp64.350.000 beserta kuitansi dan faktur pajak kami ajukan pada 25 Maret 2024.\n\nHingga 30 Juli 2024 pembayaran belum kami terima dan kami tidak mendapat penjelasan kapan akan dibayarkan. Mohon informasi status tagihan kami.\n\nHormat kami,\nLukman Hakim\nDirektur CV Sinar Mahakam",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Subjek: Konfirmasi temuan BPK – perjalanan dinas Sekretariat Daerah\n\nSelamat pagi,\n\nSaya Yuliana, wartawan Kaltim Post. Dalam Laporan Hasil Pemeriksaan BPK atas laporan pemerintah daerah Kukar tahun 2023, tercantum temuan kelebihan pembayaran perjalanan dinas di Sekretariat Daerah sebesar Rp612 juta, antara lain bukti tiket pesawat yang tidak dapat diverifikasi maskapai dan tagihan hotel yang tidak sesuai.\n\nMohon tanggapan: berapa yang sudah dikembalikan ke kas daerah, apakah ada sanksi bagi pegawai yang bersangkutan, dan bagaimana perbaikan pemeriksaan bukti pertanggungjawaban ke depan.\n\nTerima kasih,\nYuliana\nKaltim Post",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Fwd: Surat Pembaca Tribun Kaltim – Gaji Suami Dipotong Tanpa Penjelasan\n\nYth. Redaksi,\n\nSuami saya staf golongan II di Sekretariat Daerah Kukar. Gaji bulan Agustus yang ia terima berkurang Rp750.000 dibanding biasanya, tanpa pemberitahuan tertulis. Ketika ditanyakan, bendahara hanya bilang “itu potongan, nanti dijelaskan”. Sampai Oktober pemotongan berlanjut, dan kami tidak pernah menandatangani persetujuan potongan apa pun.\n\nKami hanya minta rincian potongan dan dasar hukumnya.\n\nIbu Ratna, Tenggarong Seberang",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Perihal: Tagihan pencetakan agenda dan kalender 2024 belum dibayar\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara,\n\nKami Percetakan Kartanegara Grafika telah menyelesaikan pesanan 1.500 buku agenda dan 2.000 kalender dinding untuk Sekretariat Daerah pada Desember 2023, dengan nilai Rp36.500.000. Berita acara penyerahan ditandatangani 20 Desember 2023.\n\nSetiap kami menanyakan, jawabannya anggaran tahun lalu sudah tutup dan harus menunggu APBD Perubahan 2024. Sekarang sudah Oktober 2024 dan belum ada kepastian. Kami mohon kejelasan jadwal pembayaran.\n\nHormat kami,\nH. Sulaiman\nPemilik",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "*Grup Tenaga Kontrak Setda Kukar* 📢\n\nAssalamualaikum rekan-rekan, sampai hari ini (15/11) honor bulan Oktober kita belum masuk rekening ya. Bulan lalu juga telat sampai tanggal 20. Yang belum terima mohon tulis nama dan unit di bawah, nanti kami rangkum dan sampaikan ke bendahara Setda minta kepastian tanggal bayar. Banyak yang sudah pinjam sana-sini 🙏",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "Pak, ini saya salin komentar saya di IG Pemkab yang belum dijawab:\n\n“Saya sopir kontrak di Setda Kukar, tiap malam dan akhir pekan antar-jemput tamu pimpinan. Uang lembur dari Juni sampai Oktober belum dibayar sama sekali, totalnya sekitar 4 juta. Tiap tanya disuruh sabar. Sopir juga punya keluarga, Pak 🙏”\n\nMohon dibantu dicek.",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "Transkrip interaktif 'Suara Warga' Radio Kukar FM, Selasa 29 Oktober 2024:\n\nPenelepon: Halo, saya Ibu Wati, usaha sewa tenda dan sound system di Tenggarong. Bulan Agustus kami pasang tenda, kursi, sama sound untuk acara Sekretariat Daerah di halaman kantor bupati. Nilainya 27 juta. Sudah tanda tangan berita acara, tapi sampai sekarang belum dibayar.\nPenyiar: Sudah ditanyakan, Bu?\nPenelepon: Sudah berkali-kali ke bendaharanya, disuruh tunggu terus. Saya harus bayar anak buah, Pak.\nPenyiar: Baik, kami sampaikan ke Pemkab ya, Bu.",
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        "PETISI: Transparansi Potongan Tunjangan Kinerja Pegawai Setda Kukar\nDimulai oleh: Paguyuban Pegawai Setda Kukar\n\nMulai Juli 2024, tunjangan kinerja kami dipotong sekitar 30% dengan alasan “penyesuaian kemampuan anggaran”, tanpa surat edaran dan tanpa rincian perhitungan per pegawai. Sementara itu kabarnya unit lain tidak mengalami potongan serupa.\n\nKami meminta: 1) dasar hukum pemotongan diumumkan; 2) rincian perhitungan dibagikan ke tiap pegawai; 3) kekurangan bayar dikembalikan bila potongan tidak berdasar.\n\n#TunjanganTransparan\n214 tanda tangan",
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        "Saya staf pelaksana di Sekretariat Daerah Kukar. Klaim perjalanan dinas saya ke Balikpapan tanggal 9–11 Juli 2024 dikembalikan dua kali oleh verifikator karena bukti tagihan hotel harus “asli cap basah”, padahal hotel hanya mengeluarkan invoice elektronik. Tidak pernah ada pemberitahuan tertulis tentang aturan ini sebelumnya. Akibatnya uang pribadi Rp3,2 juta belum diganti. Mohon kejelasan syarat bukti yang berlaku dan percepatan pembayaran klaim saya.",
    ),
    Case(
        "telegram",
        "perencanaan_keuangan",
        "Forward dari grup rekanan: PT Bersih Lestari Borneo, penyedia jasa cleaning service gedung Sekretariat Daerah Kukar, belum menerima pembayaran termin Juli–September senilai Rp186 juta. Karena itu gaji 22 petugas kebersihan kami sudah telat dua bulan. Berkas tagihan sudah lengkap sejak 5 Oktober. Mohon Setda segera memproses pembayarannya.",
    ),
    Case(
        "sms",
        "perencanaan_keuangan",
        "Uang harian perjalanan dinas kami ke Kota Bangun tgl 3-5 Sept blm dibayar, sdh 2 bln. Sy staf Setda Kukar, berkas sdh diserahkan. Mohon dicek. Andi",
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
