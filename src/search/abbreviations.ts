/**
 * The abbreviations staff and readers use, each with the spellings that mean the same. Search
 * treats them as one (src/search/about-names.ts): "CCB" finds the articles that write "Cựu
 * chiến binh" and the other way round. The organisations catalogue (content/organisations.yaml)
 * adds its own name and short name pairs; this list holds what reports abbreviate besides. Add
 * a line here when readers search for an abbreviation that finds nothing.
 */
/** Spellings that mean the same, abbreviation first. */
export const ABBREVIATIONS: readonly (readonly string[])[] = [
  ['CCB', 'Cựu chiến binh'],
  ['LHPN', 'Liên hiệp Phụ nữ'],
  ['MTTQ', 'Mặt trận Tổ quốc'],
  ['CHQS', 'Chỉ huy Quân sự'],
  ['LLVT', 'Lực lượng vũ trang'],
  ['ĐTN', 'Đoàn TN', 'Đoàn Thanh niên'],
  ['TNCS', 'Thanh niên Cộng sản'],
  ['HĐND', 'Hội đồng nhân dân'],
  ['UBND', 'Ủy ban nhân dân'],
  ['BCH', 'Ban Chỉ huy', 'Ban Chấp hành'],
  ['QS', 'Quân sự'],
  ['QP-AN', 'QPAN', 'Quốc phòng - An ninh', 'Quốc phòng và an ninh'],
  ['QĐND', 'Quân đội nhân dân'],
  ['CAND', 'Công an nhân dân'],
  ['BĐBP', 'Bộ đội Biên phòng'],
  ['CTĐ', 'Chữ thập đỏ'],
  ['LĐLĐ', 'Liên đoàn Lao động'],
  ['DQTV', 'Dân quân tự vệ'],
  ['ANTT', 'An ninh trật tự'],
  ['KT-XH', 'Kinh tế - xã hội'],
  ['NTM', 'Nông thôn mới'],
];

