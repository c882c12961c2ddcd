/**
 * Word banks for the benchmark corpus: the phrases a district's coordination reports are made
 * of, so the generated archive has the vocabulary, length and diacritics (đ included) of the
 * real one — what the search index and the Markdown pipeline actually have to chew through.
 * `{unit}`, `{year}`… are filled in by corpus.ts.
 */

import type { ArticleKind } from '../../src/schema/vocabulary.ts';

export const FAMILY_NAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ',
  'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Đoàn', 'Lương', 'Hà', 'Lò', 'Nông',
];
export const MIDDLE_NAMES = ['Văn', 'Thị', 'Đức', 'Minh', 'Hữu', 'Quang', 'Thanh', 'Ngọc', 'Xuân', 'Công', 'Đình', 'Thu'];
export const GIVEN_NAMES = [
  'An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Đông', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hoa', 'Hùng',
  'Hương', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Phong', 'Phúc', 'Quân', 'Sơn',
  'Tâm', 'Thắng', 'Thảo', 'Trang', 'Trung', 'Tuấn', 'Việt', 'Yến', 'Đức', 'Định', 'Điệp', 'Nhung',
];

/** Who speaks at a conference; "{level}" becomes huyện, tỉnh or xã. */
export const ROLES = [
  'Phó Bí thư Thường trực {level} ủy', 'Chỉ huy trưởng Ban CHQS {level}', 'Trưởng Ban Dân vận {level} ủy',
  'Chủ tịch UBND {level}', 'Chính trị viên Ban CHQS {level}', 'Chủ tịch Hội Cựu chiến binh {level}',
  'Bí thư {level} đoàn', 'Chủ tịch Ủy ban MTTQ Việt Nam {level}', 'Phó Chủ tịch UBND {level}',
];

export const TAGS = [
  'dân vận', 'dân vận khéo', 'tuyển quân', 'nông thôn mới', 'an sinh xã hội', 'quốc phòng',
  'Đoàn Thanh niên', 'Hội Cựu chiến binh', 'Hội Liên hiệp Phụ nữ', 'Hội Nông dân', 'Hội Chữ thập đỏ',
  'Mặt trận Tổ quốc', 'biên giới', 'phòng chống thiên tai', 'khắc phục hậu quả bão lũ', 'nhà tình nghĩa',
  'nhà đại đoàn kết', 'hiến máu tình nguyện', 'khám chữa bệnh miễn phí', 'học bổng', 'đường giao thông',
  'giáo dục quốc phòng', 'an ninh trật tự', 'tuần tra', 'dân quân tự vệ', 'tân binh', 'hậu phương quân đội',
  'gia đình chính sách', 'đền ơn đáp nghĩa', 'thanh niên tình nguyện', 'mùa hè xanh', 'phong trào thi đua',
  'đồng bào dân tộc thiểu số', 'xóa đói giảm nghèo', 'chuyển đổi số', 'cải cách hành chính', 'đối thoại',
  'sơ kết', 'tổng kết', 'giao ban', 'ký kết', 'Ban CHQS', 'Bộ đội Biên phòng', 'diễn tập', 'cứu hộ cứu nạn',
];

/** Title patterns per article kind. */
export const TITLES: Record<ArticleKind, string[]> = {
  'so-ket': [
    '{place}: sơ kết 6 tháng thực hiện chương trình phối hợp năm {year}',
    '{place} sơ kết công tác dân vận 6 tháng đầu năm {year}',
    'Sơ kết 6 tháng phối hợp giữa Ban CHQS và các đoàn thể {place}',
    '{place} sơ kết 6 tháng phối hợp giữ gìn an ninh trật tự năm {year}',
    'Sơ kết phong trào thi đua “Dân vận khéo” 6 tháng đầu năm {year} tại {place}',
  ],
  'tong-ket': [
    '{place} tổng kết công tác phối hợp dân vận năm {prevYear}',
    'Tổng kết chương trình phối hợp giữa lực lượng vũ trang và các đoàn thể {place} năm {prevYear}',
    '{place}: tổng kết 5 năm thực hiện nghị quyết liên tịch, giai đoạn {fromYear}–{prevYear}',
    'Tổng kết công tác tuyển chọn và gọi công dân nhập ngũ năm {prevYear} tại {place}',
  ],
  'hoi-nghi': [
    'Hội nghị giao ban công tác dân vận quý {quarter} năm {year} tại {place}',
    '{place} tổ chức hội nghị triển khai nhiệm vụ phối hợp năm {year}',
    '{place} ký kết chương trình phối hợp giai đoạn {year}–{nextYears}',
    'Hội nghị đối thoại giữa người đứng đầu cấp ủy với đoàn viên, hội viên {place}',
  ],
  'tin-hoat-dong': [
    'Lực lượng vũ trang {place} giúp dân {activity}',
    'Tuổi trẻ {place} ra quân tháng thanh niên năm {year}',
    'Ngày hội hiến máu “Giọt hồng quân dân” tại {place}',
    '{org} {place} trao quà cho gia đình chính sách, hộ khó khăn',
    'Bàn giao nhà đại đoàn kết cho hộ nghèo ở {place}',
    '{place}: khám bệnh, cấp thuốc miễn phí cho đồng bào vùng sâu, vùng xa',
    'Đoàn viên thanh niên {place} tình nguyện hè năm {year}',
  ],
};

export const ACTIVITIES = [
  'khắc phục hậu quả mưa lũ', 'làm đường giao thông nông thôn', 'thu hoạch lúa', 'dựng nhà mới',
  'nạo vét kênh mương', 'dọn vệ sinh môi trường', 'xây dựng nông thôn mới', 'phòng chống dịch bệnh',
];

export const OPENINGS = [
  'Ngày {day}, {place} tổ chức hội nghị {occasion}. Dự hội nghị có đồng chí {person}, {role}; lãnh đạo các cơ quan, ban, ngành, đoàn thể và đại diện {level} ủy, chính quyền các xã, thị trấn trên địa bàn.',
  'Sáng {day}, tại hội trường {place}, Ban Chỉ huy Quân sự phối hợp với các đoàn thể tổ chức {occasion}. Đồng chí {person}, {role} chủ trì hội nghị.',
  'Trong không khí thi đua lập thành tích chào mừng các ngày lễ lớn, ngày {day}, {place} đã tổ chức {occasion} với sự tham dự của đông đảo cán bộ, hội viên, đoàn viên.',
  'Thực hiện kế hoạch năm {year}, ngày {day}, {place} tổ chức {occasion}, đánh giá kết quả đạt được và bàn giải pháp thực hiện nhiệm vụ trong thời gian tới.',
];

export const OCCASIONS = {
  'so-ket': 'sơ kết 6 tháng thực hiện chương trình phối hợp',
  'tong-ket': 'tổng kết công tác phối hợp',
  'hoi-nghi': 'giao ban định kỳ',
  'tin-hoat-dong': 'ra quân hưởng ứng phong trào',
} as const;

export const HEADINGS = [
  'Kết quả nổi bật', 'Nhiều mô hình hay, cách làm hiệu quả', 'Phát huy vai trò của các đoàn thể',
  'Một số tồn tại, hạn chế', 'Phương hướng, nhiệm vụ thời gian tới', 'Đồng hành cùng người dân',
  'Tăng cường công tác tuyên truyền', 'Quân với dân một ý chí',
];

/** Sentences that carry no figure: the connective tissue every report has. */
export const SENTENCES = [
  'Công tác phối hợp được triển khai đồng bộ, bám sát chức năng, nhiệm vụ của từng cơ quan, đơn vị.',
  'Các đoàn thể đã chủ động tuyên truyền, vận động hội viên, đoàn viên tích cực tham gia các phong trào thi đua yêu nước.',
  'Lực lượng vũ trang {place} luôn phát huy bản chất tốt đẹp “Bộ đội Cụ Hồ”, gắn bó mật thiết với nhân dân.',
  'Nhiều mô hình “Dân vận khéo” được nhân rộng, góp phần nâng cao đời sống vật chất, tinh thần của người dân.',
  'Công tác giáo dục chính trị, tư tưởng cho cán bộ, chiến sĩ được duy trì nền nếp, chất lượng ngày càng được nâng lên.',
  'Tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn cơ bản ổn định, không để xảy ra điểm nóng.',
  'Công tác tuyển chọn và gọi công dân nhập ngũ được thực hiện chặt chẽ, đúng quy trình, bảo đảm dân chủ, công khai.',
  'Các chương trình an sinh xã hội được triển khai kịp thời, đúng đối tượng, tạo sự đồng thuận trong nhân dân.',
  'Đoàn Thanh niên phối hợp với Ban CHQS tổ chức nhiều hoạt động tình nguyện vì cộng đồng, thu hút đông đảo đoàn viên tham gia.',
  'Hội Cựu chiến binh tích cực tham gia giải quyết mâu thuẫn, tranh chấp trong nhân dân ngay từ cơ sở.',
  'Hội Liên hiệp Phụ nữ vận động hội viên giúp nhau phát triển kinh tế, xây dựng gia đình no ấm, bình đẳng, tiến bộ, hạnh phúc.',
  'Hội Nông dân phối hợp tổ chức nhiều lớp tập huấn chuyển giao khoa học kỹ thuật cho bà con nông dân.',
  'Việc phối hợp tổ chức giáo dục quốc phòng và an ninh cho các đối tượng được thực hiện nghiêm túc, đạt chất lượng.',
  'Lực lượng dân quân tự vệ được xây dựng vững mạnh, rộng khắp, sẵn sàng tham gia phòng chống thiên tai, cứu hộ cứu nạn.',
  'Trong mùa mưa bão, cán bộ, chiến sĩ đã kịp thời có mặt giúp nhân dân di dời tài sản, khắc phục hậu quả.',
  'Bên cạnh kết quả đạt được, công tác phối hợp vẫn còn một số hạn chế, có nơi còn hình thức, thiếu sâu sát cơ sở.',
  'Việc sơ kết, rút kinh nghiệm ở một số đơn vị chưa kịp thời, chế độ thông tin, báo cáo có lúc chưa đầy đủ.',
  'Thời gian tới, các cơ quan, đơn vị tiếp tục đổi mới nội dung, phương thức phối hợp, hướng mạnh về cơ sở.',
  'Hội nghị thống nhất tập trung thực hiện tốt công tác tuyên truyền, nâng cao nhận thức của cán bộ, đảng viên và nhân dân.',
  'Các đơn vị cần phát huy hơn nữa vai trò nòng cốt của lực lượng vũ trang trong xây dựng nền quốc phòng toàn dân.',
  'Đồng bào các dân tộc trên địa bàn phấn khởi, tin tưởng vào sự lãnh đạo của Đảng, chính quyền các cấp.',
  'Những con đường bê tông mới, những ngôi nhà đại đoàn kết là minh chứng sinh động cho tình đoàn kết quân dân.',
  'Nhiều tập thể, cá nhân có thành tích xuất sắc đã được biểu dương, khen thưởng kịp thời.',
  'Công tác chuyển đổi số trong quản lý, điều hành bước đầu đạt kết quả, giúp đơn vị nắm chắc tình hình cơ sở.',
  'Phong trào thi đua “Dân vận khéo” tiếp tục được đẩy mạnh với nhiều mô hình thiết thực, hiệu quả.',
];

export const CLOSINGS = [
  'Phát biểu kết luận, đồng chí {person}, {role} ghi nhận, biểu dương kết quả các cơ quan, đơn vị đạt được và đề nghị tiếp tục duy trì nền nếp phối hợp, khắc phục hạn chế.',
  'Dịp này, {place} đã khen thưởng nhiều tập thể, cá nhân có thành tích xuất sắc trong thực hiện chương trình phối hợp.',
  'Kết thúc hội nghị, các đại biểu thống nhất ký kết kế hoạch phối hợp năm tiếp theo với nhiều nội dung cụ thể, sát thực tiễn.',
  'Đồng chí {person}, {role} đề nghị các đoàn thể tiếp tục phát huy vai trò nòng cốt, đồng hành cùng lực lượng vũ trang trong thực hiện nhiệm vụ chính trị của địa phương.',
];

export const SUMMARIES = [
  '{place} đánh giá kết quả thực hiện chương trình phối hợp giữa lực lượng vũ trang và các đoàn thể, đề ra nhiệm vụ thời gian tới.',
  'Các đoàn thể và lực lượng vũ trang {place} đã phối hợp chặt chẽ, góp phần giữ vững an ninh chính trị, xây dựng quê hương ngày càng giàu đẹp.',
  'Hoạt động thể hiện tình đoàn kết quân dân, được cấp ủy, chính quyền và nhân dân {place} đánh giá cao.',
  'Hội nghị ghi nhận nhiều kết quả nổi bật trong công tác dân vận, đồng thời chỉ ra những tồn tại cần khắc phục.',
  'Cán bộ, chiến sĩ và đoàn viên thanh niên {place} đã có nhiều việc làm thiết thực giúp đỡ người dân trên địa bàn.',
];

export const NOTES = ['Tại các xã biên giới', 'Ước tính quy đổi', 'Số liệu cộng dồn', 'Theo báo cáo của đơn vị', 'Bao gồm cả lực lượng dân quân'];

export const PHOTO_NAMES = ['hoi-nghi', 'trao-qua', 'phat-bieu', 'ra-quan', 'kham-benh', 'ban-giao-nha', 'lam-duong', 'ky-ket'];

export const PHOTO_ALTS = [
  'Quang cảnh hội nghị, các đại biểu ngồi theo hàng ghế trước phông nền đỏ có dòng chữ vàng.',
  'Đại diện lãnh đạo trao quà cho các gia đình chính sách đứng thành hàng trước hội trường.',
  'Đồng chí lãnh đạo phát biểu tại bục, phía sau là phông nền đỏ và lẵng hoa.',
  'Cán bộ, chiến sĩ mặc quân phục cùng đoàn viên thanh niên làm đường bê tông giữa cánh đồng.',
  'Nhân viên quân y đo huyết áp, khám bệnh cho người dân dưới mái che ở sân trường.',
  'Ngôi nhà đại đoàn kết mới xây, mái tôn đỏ, chủ nhà và cán bộ chụp ảnh lưu niệm phía trước.',
];

export const SOURCES = [
  'Báo {province}', 'Cổng thông tin điện tử {place}', 'Ban CHQS {place}',
  'Trung tâm Văn hóa - Thông tin và Thể thao {place}', 'Đài Phát thanh - Truyền hình {province}',
];
