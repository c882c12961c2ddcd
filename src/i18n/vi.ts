/**
 * Every string a reader or an author sees, in one place. Typed: a page that asks for a label
 * that is not here fails the type check instead of rendering "undefined".
 */
import type { ArticleKind, Qualifier, UnitLevel } from '../schema/vocabulary.ts';
import { toLocalIso } from '../domain/vietnamese-date.ts';

/** The portal's name, description and menu are its settings (content/site.yaml), not strings here. */
export const site = {
  footer: 'Trang tin được dựng tĩnh bằng bantin: không dùng cookie theo dõi.',
} as const;

/** Labels of the portal's identity in the footer (content/site.yaml, Nghị định 42/2022/NĐ-CP). */
export const portalLabels = {
  heading: 'Thông tin cơ quan',
  agency: 'Cơ quan chủ quản',
  responsible: 'Chịu trách nhiệm nội dung',
  address: 'Địa chỉ',
  phone: 'Điện thoại',
  email: 'Thư điện tử',
  licence: 'Giấy phép',
  sample: 'Thông tin mẫu: cổng này dùng thông tin cơ quan minh họa, chưa phải thông tin thật.',
  printedFrom: 'In từ',
  printedOn: 'ngày in',
} as const;

export const nav = {
  home: 'Trang chủ',
  years: 'Theo năm',
  units: 'Đơn vị',
  tags: 'Chủ đề',
  search: 'Tìm kiếm',
  statistics: 'Thống kê',
  rss: 'RSS',
  skipToContent: 'Bỏ qua, đến nội dung chính',
  breadcrumb: 'Đường dẫn',
  mainMenu: 'Danh mục chính',
  pagination: 'Phân trang',
  previousPage: 'Trang trước',
  nextPage: 'Trang sau',
  pageOf: (page: number, total: number) => `Trang ${page}/${total}`,
} as const;

export const kinds: Readonly<Record<ArticleKind, string>> = {
  'so-ket': 'Sơ kết',
  'tong-ket': 'Tổng kết',
  'hoi-nghi': 'Hội nghị',
  'tin-hoat-dong': 'Tin hoạt động',
};

export const levels: Readonly<Record<UnitLevel, string>> = { tinh: 'Cấp tỉnh', huyen: 'Cấp huyện', xa: 'Cấp xã' };

export const qualifiers: Readonly<Record<Qualifier, string>> = { exact: 'đúng như số ghi', over: 'trên/hơn', under: 'gần' };

/**
 * The words reports use for a qualifier, for the check's suggestion only ("qualifier: trên" →
 * write over): the contract itself accepts nothing but its keys.
 */
export const qualifierWords: Readonly<Record<string, Qualifier>> = {
  trên: 'over',
  hơn: 'over',
  'trên/hơn': 'over',
  'hơn/trên': 'over',
  'ít nhất': 'over',
  gần: 'under',
  'gần như': 'under',
  'dưới': 'under',
  đúng: 'exact',
  'chính xác': 'exact',
  'đúng như số ghi': 'exact',
};

export interface FieldText {
  /** What the field is called in the editor, the check's messages and the staff guide. */
  label: string;
  /** One line on what to write. */
  hint: string;
}

/**
 * The article's fields as staff read them: one label and one hint per field of the schema.
 * src/schema/field-labels.ts holds this table against the schema's own keys, so a field added to
 * the schema without its text here fails the type check. The content check, `npm run new` and
 * the editor read them from here.
 */
export const articleFields = {
  title: { label: 'Tiêu đề', hint: 'Tiêu đề bài viết, như sẽ hiện trên trang.' },
  summary: { label: 'Tóm tắt (sapo)', hint: 'Một hoặc hai câu tóm tắt, hiện dưới tiêu đề và trong kết quả tìm kiếm.' },
  publishedAt: { label: 'Ngày đăng', hint: 'Dạng "YYYY-MM-DD" hoặc "YYYY-MM-DDTHH:mm", giờ Việt Nam; ví dụ "2024-06-28T08:30".' },
  updatedAt: { label: 'Ngày cập nhật', hint: 'Cùng dạng với ngày đăng; chỉ điền khi sửa bài sau khi đã đăng.' },
  unit: { label: 'Đơn vị', hint: 'Khóa của đơn vị trong content/units.yaml, ví dụ gia-vien.' },
  kind: { label: 'Loại tin', hint: 'so-ket (sơ kết), tong-ket (tổng kết), hoi-nghi (hội nghị) hoặc tin-hoat-dong (tin hoạt động).' },
  period: {
    label: 'Kỳ báo cáo',
    hint: 'Khoảng thời gian các số liệu bao quát: { from: "YYYY-MM-DD", to: "YYYY-MM-DD" }, ví dụ 6 tháng đầu năm 2025 là { from: "2025-01-01", to: "2025-06-30" }. Bắt buộc với bài sơ kết, tổng kết có số liệu; tin hoạt động, hội nghị không ghi thì số liệu tính vào ngày đăng.',
  },
  author: { label: 'Tác giả', hint: 'Họ tên người viết bài.' },
  source: { label: 'Nguồn', hint: 'Cơ quan, đơn vị của tác giả (không bắt buộc).' },
  tags: { label: 'Chủ đề', hint: 'Danh sách chủ đề, mỗi chủ đề một dòng bắt đầu bằng "- ".' },
  cover: { label: 'Ảnh bìa', hint: 'Tên tệp ảnh đặt cạnh index.md, ví dụ ./hoi-nghi.jpg.' },
  coverAlt: { label: 'Mô tả ảnh bìa', hint: 'Một câu mô tả ảnh bìa cho người không xem được ảnh.' },
  coverCaption: { label: 'Chú thích ảnh bìa', hint: 'Chú thích hiện dưới ảnh bìa (không bắt buộc); bỏ trống thì ảnh không có chú thích.' },
  indicators: { label: 'Số liệu', hint: 'Các số liệu trong bài: mỗi mục { key, value, qualifier?, org?, period?, note? }.' },
  draft: { label: 'Bản nháp', hint: 'true: bài chỉ hiện khi xem thử; xóa dòng này khi bài sẵn sàng xuất bản.' },
  legacyViews: { label: 'Lượt xem cũ', hint: 'Số lượt xem mang sang từ cổng thông tin cũ (số nguyên).' },
  indicatorSuggestions: {
    label: 'Số liệu cần xác nhận',
    hint: 'Số liệu máy đọc được trong bài cũ nhưng chưa chắc thuộc chỉ tiêu nào: chuyển sang indicators (thêm key) hoặc xóa. Chỉ có trong bài nháp.',
  },
  review: {
    label: 'Việc cần kiểm tra',
    hint: 'Những điều máy đoán khi nhập bài cũ (đơn vị, loại tin, kỳ báo cáo, tác giả…): kiểm tra rồi xóa từng dòng. Chỉ có trong bài nháp.',
  },
} as const satisfies Record<string, FieldText>;

/** The fields of one figure in `indicators`. */
export const indicatorFields = {
  key: { label: 'Chỉ tiêu', hint: 'Khóa của chỉ tiêu trong content/indicators.yaml, ví dụ tuyen-quan-nguoi.' },
  value: { label: 'Giá trị', hint: 'Một số viết liền, không dấu chấm hay phẩy ngăn cách hàng nghìn: 1600, 12600000.' },
  qualifier: { label: 'Mức chính xác', hint: 'exact (đúng số, mặc định), over (trên/hơn) hoặc under (gần).' },
  org: { label: 'Tổ chức', hint: 'Khóa của tổ chức trong content/organisations.yaml; bỏ trống nếu là số liệu chung.' },
  period: { label: 'Kỳ của số liệu', hint: 'Chỉ điền khi số liệu này bao quát khoảng thời gian khác kỳ báo cáo của bài.' },
  note: { label: 'Ghi chú', hint: 'Ghi chú ngắn về số liệu (không bắt buộc).' },
} as const satisfies Record<string, FieldText>;

/** The two ends of a period. */
export const periodFields: Readonly<Record<'from' | 'to', FieldText>> = {
  from: { label: 'Từ ngày', hint: 'Ngày đầu kỳ, dạng "YYYY-MM-DD".' },
  to: { label: 'Đến ngày', hint: 'Ngày cuối kỳ, dạng "YYYY-MM-DD".' },
};

export const article = {
  lead: 'Tóm tắt',
  published: 'Đăng lúc',
  updated: 'Cập nhật',
  author: 'Tác giả',
  unit: 'Đơn vị',
  kind: 'Loại tin',
  period: 'Thời gian',
  tags: 'Chủ đề',
  figures: 'Số liệu',
  figuresCaption: (period: string) => `Số liệu trong bài (${period})`,
  figuresIndicator: 'Chỉ tiêu',
  figuresValue: 'Kết quả',
  figuresOrg: 'Tổ chức',
  related: 'Tin liên quan',
  share: 'Chia sẻ',
  shareFacebook: 'Chia sẻ lên Facebook',
  shareZalo: 'Chia sẻ qua Zalo',
  sidebar: 'Bài viết khác',
  latest: 'Tin mới',
  unitOthers: (unit: string) => `Tin khác của ${unit}`,
  mostRead: 'Đọc nhiều',
  mostReadSpan: (days: number) => `Trong ${days} ngày qua`,
  shareCopied: 'Đã chép liên kết bài viết: mở Zalo và dán vào tin nhắn để chia sẻ.',
  shareEmail: 'Gửi qua thư điện tử',
  print: 'In bài viết',
  views: 'Lượt xem',
  draft: 'Bản nháp: chỉ hiện khi xem thử, không được xuất bản',
} as const;

export const home = {
  title: 'Trang chủ',
  lead: 'Tin nổi bật',
  latest: 'Tin mới',
  byYear: 'Tin theo năm',
  byUnit: 'Theo đơn vị',
  allYears: 'Xem toàn bộ lưu trữ theo năm',
} as const;

export const archive = {
  yearsTitle: 'Lưu trữ theo năm',
  yearsLead: 'Toàn bộ bài viết, xếp theo năm đăng.',
  yearTitle: (year: number | string) => `Tin năm ${year}`,
  articleCount: (n: number) => `${n} bài viết`,
  unitsTitle: 'Đơn vị',
  unitsLead: 'Các đơn vị cấp tỉnh, huyện và xã có bài viết trên cổng.',
  unitsWithout: 'Đơn vị chưa có bài viết',
  subUnitsWithout: 'Chưa có bài viết:',
  unitTitle: (name: string) => name,
  unitIncludesChildren: 'Bao gồm tin của các đơn vị trực thuộc.',
  subUnits: 'Đơn vị trực thuộc',
  parentUnit: 'Trực thuộc',
  tagsTitle: 'Chủ đề',
  tagTitle: (tag: string) => `Chủ đề: ${tag}`,
  authorTitle: (name: string) => `Bài viết của ${name}`,
  empty: 'Chưa có bài viết.',
} as const;

export const search = {
  title: 'Tìm kiếm',
  label: 'Tìm bài viết',
  placeholder: 'Nhập từ khóa, có dấu hoặc không dấu',
  submit: 'Tìm',
  noScript: 'Tìm kiếm cần JavaScript. Bạn vẫn có thể xem toàn bộ bài viết trong',
  noScriptLink: 'lưu trữ theo năm',
  hint: 'Gõ có dấu hay không dấu đều được: "dan van" tìm ra "dân vận", "doan" tìm ra "Đoàn".',
  filters: 'Bộ lọc',
  facets: { year: 'Năm', unit: 'Đơn vị', level: 'Cấp', kind: 'Loại tin', tag: 'Chủ đề', indicator: 'Có số liệu về' },
  any: 'Tất cả',
  clearFilters: 'Bỏ bộ lọc',
  sort: 'Sắp xếp',
  sortNewest: 'Mới nhất trước',
  sortRelevance: 'Liên quan nhất',
  results: 'Kết quả tìm kiếm',
  /** Read by public/js/search/search-page.js; {count}, {query} and {label} are filled in there. */
  client: {
    loading: 'Đang tìm…',
    found: 'Tìm thấy {count} bài viết cho “{query}”.',
    foundFiltered: 'Có {count} bài viết phù hợp với bộ lọc.',
    none: 'Không tìm thấy bài viết nào. Hãy thử từ khóa khác, viết ngắn hơn hoặc bỏ bớt bộ lọc.',
    activeFilters: '({count} đang chọn)',
    more: 'Xem thêm kết quả',
    option: '{label} ({count})',
    failed: 'Không tải được công cụ tìm kiếm. Hãy tải lại trang hoặc xem lưu trữ theo năm.',
    /** After a count found in the newest years only (public/js/search/search-parts.js). */
    partial: 'Đã tìm trong các bài từ năm {from} đến năm {to}; bấm “Xem thêm kết quả” để tìm tiếp các năm trước.',
  },
} as const;

export const statistics = {
  title: 'Thống kê số liệu',
  lead: 'Tổng hợp theo năm các số liệu được ghi trong bài sơ kết, tổng kết và tin hoạt động, theo các nguyên tắc công bố công khai. Bấm vào một số liệu để xem nó được cộng từ những bài viết nào.',
  nav: { overview: 'Tổng quan', rules: 'Cách tính', quality: 'Chất lượng dữ liệu', data: 'Dữ liệu mở' },
  overviewCaption: 'Tổng các tỉnh theo năm (mỗi tỉnh tính theo địa giới hiện nay)',
  indicator: 'Chỉ tiêu',
  unitColumn: 'Đơn vị',
  orgColumn: 'Tổ chức',
  yearColumn: 'Năm',
  valueColumn: 'Số liệu',
  periodColumn: 'Thời gian',
  sourcesColumn: 'Bài viết nguồn',
  noFigure: '—',
  empty: 'Chưa có số liệu cộng được.',
  yearHeading: (year: number) => `Năm ${year}`,
  listedTitle: 'Tỷ lệ và số liệu không cộng dồn',
  listedLead: 'Tỷ lệ, số mô hình đang duy trì, số nhiệm vụ… không được cộng: mỗi số liệu được liệt kê theo bài viết đã đưa tin.',
  listedOverviewLead: 'Tỷ lệ, số mô hình đang duy trì, số nhiệm vụ… không được cộng. Trang của mỗi chỉ tiêu liệt kê từng số liệu theo bài viết đã đưa tin.',
  figuresColumn: 'Số liệu',
  yearsColumn: 'Năm',
  indicatorTitle: (label: string) => `Thống kê: ${label}`,
  indicatorLead: (unit: string) => `Đơn vị tính: ${unit}. Mỗi ô là số liệu của một đơn vị trong một năm; bấm vào số liệu để xem bài viết nguồn.`,
  chartTitle: (label: string) => `Biểu đồ ${label.toLowerCase()} theo năm`,
  chartDescription: (label: string, items: string[]) => `${label} theo năm, tổng các tỉnh: ${items.join('; ')}.`,
  portalRow: 'Tổng các tỉnh',
  byUnitTitle: 'Theo đơn vị và năm',
  todayTitle: 'Theo tỉnh hiện nay (sau sắp xếp đơn vị hành chính ngày 01/07/2025)',
  todayLead: 'Số liệu của tỉnh đã hợp nhất được cộng vào tỉnh mới, có ghi rõ; không cộng khi báo cáo của tỉnh mới đã bao gồm cùng kỳ.',
  includes: (names: string[]) => `gồm số liệu của ${names.join(', ')}`,
  byOrgTitle: 'Theo tổ chức',
  byOrgLead: 'Số liệu riêng của từng tổ chức. Khi đơn vị có số liệu chung của cả chương trình, phần của các tổ chức chỉ là chi tiết, không cộng thêm.',
  cumulativeTitle: 'Số liệu lũy kế nhiều năm',
  cumulativeLead: 'Số liệu của cả một giai đoạn nhiều năm không được cộng vào năm nào; được giữ nguyên cùng khoảng thời gian của nó.',
  sourcesTitle: 'Nguồn của từng số liệu',
  sumOfChildren: (names: string[]) => `tổng của đơn vị trực thuộc: ${names.join(', ')}`,
  sumOfChildrenShort: 'tổng đơn vị trực thuộc',
  reported: 'đơn vị báo cáo',
  covers: (text: string) => `chỉ gồm ${text}`,
  partlyCovered: 'có đơn vị chỉ báo cáo một phần năm',
  notAdded: 'không cộng',
  breakdown: 'chi tiết của số liệu chung, không cộng thêm',
  conflict: 'các bài đưa số khác nhau; lấy bài cập nhật gần nhất',
  reportedBy: (title: string) => title,
  winnerNote: 'bài cập nhật gần nhất, số được dùng',
  rulesTitle: 'Cách tính số liệu thống kê',
  rulesLead: 'Cổng chỉ cộng những gì cộng được và ghi rõ mỗi tổng được cộng từ đâu. Một tổng sai còn tệ hơn không có tổng.',
  rules: [
    'Mỗi số liệu là một chỉ tiêu trong một bài viết đã đăng, của một đơn vị, một tổ chức (hoặc chung cả chương trình), trong một kỳ: kỳ ghi ở số liệu, không có thì kỳ báo cáo của bài, không có nữa thì ngày đăng bài.',
    'Chỉ cộng các chỉ tiêu cộng được (số người, số suất quà, số tiền…). Tỷ lệ, số mô hình đang duy trì và các số liệu tương tự chỉ được liệt kê theo từng bài, không bao giờ cộng.',
    'Số liệu chỉ được tính vào một năm khi cả kỳ của nó nằm trong năm đó. Số liệu lũy kế nhiều năm (ví dụ “từ năm 2016 đến nay”) không cộng vào năm nào mà nằm trong bảng lũy kế, kèm khoảng thời gian.',
    'Nhiều bài cùng đưa một số liệu (cùng chỉ tiêu, đơn vị, tổ chức, kỳ) thì chỉ tính một lần: lấy số của bài được cập nhật gần nhất, liệt kê mọi bài là nguồn; nếu các bài đưa số khác nhau, trang Chất lượng dữ liệu ghi lại.',
    'Trong một năm, số liệu cả năm thay cho số liệu 6 tháng (không bao giờ cộng cả hai); các kỳ không trùng nhau thì cộng (6 tháng đầu + 6 tháng cuối, bốn quý). Hai kỳ trùng nhau một phần thì không cộng: giữ kỳ dài hơn và ghi lại. Tổng nói rõ nó gồm kỳ nào: năm chỉ có sơ kết 6 tháng thì ghi “6 tháng đầu năm”.',
    'Số liệu của một đơn vị trong năm là số đơn vị đó báo cáo; nếu đơn vị không báo cáo thì là tổng của các đơn vị trực thuộc, có ghi rõ. Không bao giờ cộng cả hai, vì báo cáo của tỉnh thường đã gồm kết quả của các huyện.',
    'Có phần nào ghi “trên/hơn” thì tổng ghi “trên”; có phần ghi “gần” thì tổng ghi “gần”; có cả hai thì tổng ghi “khoảng”.',
    'Khi đơn vị có số liệu chung của cả chương trình cho một kỳ, phần của từng tổ chức trong kỳ đó là chi tiết, không cộng thêm. Không có số liệu chung thì cộng số liệu của các tổ chức.',
    'Từ ngày 01/07/2025 không còn cấp huyện và 63 tỉnh, thành phố được sắp xếp thành 34. Số liệu luôn thuộc đơn vị đã báo cáo; bảng “theo tỉnh hiện nay” cộng số liệu của tỉnh cũ vào tỉnh mới, có ghi “gồm số liệu của …”, và không cộng khi báo cáo của tỉnh mới đã gồm cùng kỳ.',
    'Không số liệu nào bị bỏ qua mà không báo: số liệu trùng, bị thay thế, trùng kỳ hay không xếp được đều được liệt kê ở trang Chất lượng dữ liệu.',
  ],
  dataTitle: 'Dữ liệu mở',
  dataLead: 'Toàn bộ số liệu và các tổng, tải về để dùng trong bảng tính (CSV, mã UTF-8) hoặc chương trình (JSON):',
  dataFiles: { factsJson: 'Số liệu từng bài (JSON)', factsCsv: 'Số liệu từng bài (CSV)', totalsJson: 'Tổng hợp theo năm (JSON)', totalsCsv: 'Tổng hợp theo năm (CSV)', todayJson: 'Tổng hợp theo tỉnh hiện nay (JSON)', todayCsv: 'Tổng hợp theo tỉnh hiện nay (CSV)', findingsJson: 'Các vấn đề về chất lượng dữ liệu (JSON)', findingsCsv: 'Các vấn đề về chất lượng dữ liệu (CSV)' },
  qualityTitle: 'Chất lượng dữ liệu',
  qualityLead: 'Những số liệu không được cộng như bình thường, và vì sao. Biên tập viên sửa bài nguồn để các mục này hết.',
  qualityEmpty: 'Không có vấn đề nào: mọi số liệu đều được cộng theo nguyên tắc.',
  qualityAll: 'Danh sách đầy đủ, mở được bằng bảng tính:',
  qualityMore: (shown: number, count: number) => `Trang này liệt kê ${shown} mục đầu tiên trong ${count} mục; tất cả có trong tệp dữ liệu mở ở đầu trang.`,
  qualityKinds: {
    conflict: 'Các bài đưa số khác nhau cho cùng một số liệu',
    superseded: 'Số liệu được thay bằng số liệu của kỳ dài hơn',
    overlap: 'Kỳ trùng nhau một phần, không cộng',
    dropped: 'Số liệu không xếp được',
  },
  yearTotalsTitle: (year: number | string) => `Số liệu năm ${year}`,
  unitTotalsTitle: 'Số liệu theo năm',
  unitEnded: (day: string) => `Đơn vị này kết thúc hoạt động từ sau ngày ${day}.`,
  unitSuccessor: 'Đơn vị kế thừa:',
  unitPredecessors: 'Gồm các đơn vị trước đây:',
  moreStatistics: 'Xem toàn bộ thống kê',
  yearJump: 'Đến số liệu của năm',
  yearJumpLabel: 'Đến năm:',
} as const;

/** Findings of the statistics, as the build prints them and the data-quality page lists them. */
export const findings = {
  conflict: (what: string, reports: string[]) => `${what}: các bài đưa số khác nhau (${reports.join('; ')}); dùng số của bài cập nhật gần nhất`,
  superseded: (what: string, by: string) => `${what}: không cộng, vì đã có ${by} bao gồm kỳ này`,
  overlap: (what: string, kept: string) => `${what}: kỳ trùng một phần với ${kept}; không cộng, giữ số liệu bao quát nhiều hơn`,
  droppedIndicator: (what: string) => `${what}: chỉ tiêu không có trong content/indicators.yaml, không tính`,
  droppedUnit: (what: string) => `${what}: đơn vị không có trong content/units.yaml, không tính`,
  droppedUnitEnded: (what: string, end?: { lastDay: string; successor?: string }) =>
    `${what}: đơn vị đã kết thúc hoạt động${end ? ` ngày ${end.lastDay}` : ''} trước cuối kỳ này, không tính` +
    (end?.successor ? ` (số liệu sau ngày đó ghi cho ${end.successor})` : ''),
  warningsMore: (count: number) => `  … và ${count} số liệu khác: xem trang /thong-ke/chat-luong-du-lieu/ sau khi dựng.`,
  timing: (facts: number, totals: number, ms: number) => `Thống kê: ${facts} số liệu → ${totals} tổng theo năm, tính trong ${Math.round(ms)} ms.`,
  warningHeading: (count: number) => `Thống kê: ${count} số liệu không được cộng như bình thường (xem trang /thong-ke/chat-luong-du-lieu/):`,
} as const;

export const notFound = {
  title: 'Không tìm thấy trang',
  body: 'Trang bạn tìm không tồn tại hoặc đã được chuyển đi. Hãy thử tìm kiếm hoặc xem tin theo năm.',
} as const;

/** Messages of the content check, shown to authors by the build, `npm run check` and the importer. */
export const validation = {
  required: 'Thiếu trường bắt buộc này',
  requiredField: (label: string, hint: string) => `Thiếu trường bắt buộc "${label}": ${hint}`,
  expectedText: (received: string) => `Cần một đoạn chữ; nhận được ${received}`,
  emptyText: 'Không được để trống',
  expectedNumber: (received: string) =>
    `Cần một số viết liền, không có dấu chấm hay dấu phẩy ngăn cách hàng nghìn (ví dụ: 1600 hoặc 12600000); nhận được ${received}`,
  thousandsDot: (source: string) =>
    `Số "${source}" sẽ bị máy hiểu là số thập phân ${source.replace('.', ',')}; nếu là ${source} theo cách viết thông thường thì hãy viết liền: ${source.replace(/\./g, '')}`,
  wholeCount: (value: number, label: string, unit: string, meant: number | undefined) =>
    `Chỉ tiêu "${label}" đếm bằng ${unit} nên phải là số nguyên; nhận được ${String(value).replace('.', ',')}` +
    (meant === undefined
      ? '. Hãy viết số nguyên'
      : `. Nếu ý là ${meant.toLocaleString('vi-VN')} thì hãy viết liền: ${meant} (dấu chấm bị máy hiểu là dấu thập phân)`) +
    '; nếu chỉ tiêu này thật sự có phần thập phân, thêm "decimal: true" cho nó trong indicators.yaml',
  negativeFigure: (value: number) =>
    `Số liệu là số người, số việc hay số tiền nên không thể âm; nhận được ${value}. Hãy viết số không có dấu trừ (ví dụ: ${-value}); nếu là mức giảm, ghi rõ trong note`,
  updatedBeforePublished: (updated: Date, published: Date) =>
    `Ngày cập nhật ${formatDateTimeForCheck(updated)} sớm hơn ngày đăng ${formatDateTimeForCheck(published)}; ngày cập nhật phải bằng hoặc sau ngày đăng (xóa updatedAt nếu bài chưa sửa sau khi đăng)`,
  expectedInteger: (received: string) => `Cần một số nguyên không âm; nhận được ${received}`,
  expectedBoolean: (received: string) => `Cần true hoặc false; nhận được ${received}`,
  expectedList: (received: string) => `Cần một danh sách (mỗi mục một dòng bắt đầu bằng "- "); nhận được ${received}`,
  expectedObject: (received: string) => `Cần một nhóm trường con; nhận được ${received}`,
  oneOf: (values: readonly string[], received: string) =>
    `Chỉ nhận một trong các giá trị: ${values.join(', ')}; nhận được ${received}`,
  oneOfMeant: (message: string, meant: string) => `${message}; hãy viết ${meant}`,
  figureMeant: (message: string, meant: number) => `${message}: hãy viết ${meant}`,
  unknownField: (name: string, suggestion?: string) =>
    `Trường "${name}" không có trong mẫu bài viết` + (suggestion ? `; có phải ý bạn là "${suggestion}"?` : ''),
  dateFormat: (received: string) =>
    `Cần ngày dạng YYYY-MM-DD hoặc ngày giờ dạng YYYY-MM-DDTHH:mm (ví dụ: "2022-07-29T09:00"); nhận được ${received}`,
  calendarDateFormat: (received: string) => `Cần ngày dạng YYYY-MM-DD (ví dụ: "2022-06-30"); nhận được ${received}`,
  dateDoesNotExist: (received: string) => `Ngày ${received} không có trên lịch`,
  periodReversed: (from: string, to: string) => `Ngày bắt đầu ${from} sau ngày kết thúc ${to}`,
  unknownKey: (key: string, file: string, suggestion?: string) =>
    `Không có khóa "${key}" trong ${file}` + (suggestion ? `; có phải ý bạn là "${suggestion}"?` : '; hãy thêm khóa đó vào danh mục trước'),
  coverAltMissing: 'Có ảnh bìa (cover) thì phải có coverAlt: một câu mô tả ảnh cho người không xem được ảnh',
  imageMissing: (path: string) => `Không tìm thấy tệp ảnh "${path}" cạnh bài viết`,
  photoHeic: (path: string) =>
    `Tệp ảnh "${path}" là ảnh HEIC (định dạng mặc định của iPhone), cổng không đọc được; hãy chuyển ảnh sang JPEG rồi chép lại (trên iPhone: Cài đặt › Camera › Định dạng › Tương thích nhất)`,
  photoUnreadable: (path: string) =>
    `Tệp "${path}" không phải ảnh JPEG, PNG, WebP, GIF, AVIF hay SVG (có thể tệp bị hỏng, tải về chưa hết, hoặc chỉ bị đổi đuôi); hãy mở ảnh gốc và lưu lại ở dạng JPEG`,
  yearFolder: (folder: string, year: number) =>
    `Bài viết nằm trong thư mục năm ${folder} nhưng publishedAt thuộc năm ${year}; hãy chuyển bài vào content/articles/${year}/`,
  slugFormat: (slug: string, suggestion: string) =>
    `Tên thư mục "${slug}" phải viết thường, không dấu, nối bằng gạch ngang; hãy đổi thành "${suggestion}"`,
  duplicateSlug: (other: string) => `Tên bài (slug) trùng với ${other}; hãy đổi tên một trong hai thư mục`,
  duplicateKey: (key: string) => `Khóa "${key}" xuất hiện hai lần`,
  keyFormat: (key: string, suggestion: string) =>
    `Khóa "${key}" phải viết thường, không dấu, nối bằng gạch ngang; ví dụ "${suggestion}"`,
  parentLevel: (parent: string, expected: string) => `Đơn vị cha "${parent}" phải là đơn vị ${expected}`,
  parentMissingLevel: 'Đơn vị cấp huyện hoặc xã phải có parent: khóa của đơn vị cấp trên',
  or: ' hoặc ',
  successorWithoutLastDay: 'Có successor (đơn vị kế thừa) thì phải có lastDay: ngày cuối cùng đơn vị còn tồn tại, ví dụ "2025-06-30"',
  successorEndedFirst: (successor: string, day: string) =>
    `Đơn vị kế thừa "${successor}" cũng kết thúc (ngày ${day}) không muộn hơn đơn vị này; hãy chọn đơn vị còn tồn tại sau đó`,
  reviewPeriodMissing: (suggestion?: { from: string; to: string }) =>
    'Bài sơ kết, tổng kết có số liệu phải ghi kỳ báo cáo (period), nếu không số liệu sẽ bị tính vào ngày đăng bài; ' +
    (suggestion
      ? `theo tiêu đề, hãy thêm dòng: period: { from: "${suggestion.from}", to: "${suggestion.to}" }`
      : 'hãy thêm dòng: period: { from: "YYYY-MM-DD", to: "YYYY-MM-DD" } với ngày đầu và ngày cuối của kỳ'),
  /** A figure of a unit after its last day (src/check/facts-after-unit-end.ts). */
  factAfterUnitEnd: (p: {
    unit: string;
    unitName?: string;
    lastDay: string;
    firstDayAfter: string;
    span: string;
    partly: boolean;
    /** What sets the figure's period: its own, the article's, or (no period) the day of publication. */
    where: 'entry' | 'period' | 'publication';
    successor?: { key: string; name?: string };
  }) => {
    const unit = p.unitName ? `${p.unitName} (${p.unit})` : p.unit;
    const next = p.successor ? `unit: ${p.successor.key}${p.successor.name ? ` (${p.successor.name})` : ''}` : 'unit là đơn vị còn tồn tại trong kỳ đó';
    const stated =
      `${unit} kết thúc hoạt động ngày ${p.lastDay} (lastDay trong content/units.yaml), nhưng số liệu ` +
      (p.where === 'publication' ? `không có period nên được tính vào ngày đăng bài, ${p.span}` : `thuộc kỳ ${p.span}`) +
      (p.partly ? `, có phần sau ngày ${p.lastDay}. ` : `, sau ngày ${p.lastDay}. `);
    if (p.where === 'publication') {
      return stated + `Nếu số liệu là của kỳ trước ngày ${p.lastDay}, hãy thêm period: { from: "YYYY-MM-DD", to: "YYYY-MM-DD" } với kỳ đó; nếu là việc làm sau ngày đó, hãy ghi ${next}`;
    }
    const fix = p.where === 'entry' ? `hãy đưa số liệu này vào bài của đơn vị kế thừa (${next})` : `hãy ghi ${next}`;
    return (
      stated +
      (p.partly
        ? `Số liệu đến hết ngày ${p.lastDay} thuộc đơn vị này; từ ngày ${p.firstDayAfter}, ${fix}. Nếu kỳ ghi nhầm, hãy sửa period`
        : `Số liệu từ ngày ${p.firstDayAfter} không thuộc đơn vị này: ${fix}, hoặc sửa period nếu ghi nhầm`)
    );
  },
  outlivesParent: (parent: string, day: string) =>
    `Đơn vị cha "${parent}" kết thúc ngày ${day}; hãy ghi lastDay cho đơn vị này (không muộn hơn ngày đó) hoặc đổi parent sang đơn vị còn tồn tại`,
  yamlSyntax: (detail: string) => `Phần đầu bài (frontmatter) viết sai cú pháp YAML: ${detail}`,
  noFrontmatter: 'Bài viết phải bắt đầu bằng phần đầu giữa hai dòng "---" (title, summary, publishedAt…)',
  unsafeHtml: (what: string) =>
    `Bài viết không được chứa ${what}: vì an toàn cho người đọc, chỉ dùng Markdown (chữ, tiêu đề, ảnh, liên kết, bảng)`,
  misplacedArticle:
    'Tệp bài viết phải nằm ở content/articles/<năm>/<tên-bài>/index.md (hoặc index.mdx); tệp này sẽ không được xuất bản',
  catalogueNotList: 'Danh mục phải là một danh sách YAML, mỗi mục bắt đầu bằng "- "',
  portalMissing: (file: string) =>
    `Thiếu tệp ${file}: thông tin của cổng (tên, cơ quan chủ quản, người chịu trách nhiệm, địa chỉ, điện thoại, thư điện tử, menu); hãy chép từ mẫu trong README`,
  portalNotObject: 'Tệp thông tin cổng phải là các dòng "tên trường: giá trị" (name, agency, responsible…)',
  portalYamlSyntax: (detail: string) => `Tệp viết sai cú pháp YAML: ${detail}`,
  expectedEmail: (received: string) => `Cần một địa chỉ thư điện tử (ví dụ: banbientap@example.gov.vn); nhận được ${received}`,
  expectedSitePath: (received: string) => `Cần một đường dẫn trong trang, bắt đầu bằng "/" (ví dụ: /nam/ hoặc /logo.png); nhận được ${received}`,
  emptyList: 'Danh sách cần ít nhất một mục',
  summaryHeading: (count: number) => `Nội dung có ${count} lỗi cần sửa trước khi xuất bản:`,
  summaryHint: 'Sửa các lỗi trên rồi chạy lại. Bản đã xuất bản trước đó (dist/) vẫn giữ nguyên.',
  ok: (articles: number) => `Nội dung hợp lệ: ${articles} bài viết.`,
  fixed: 'Đã hết lỗi nội dung: trang xem thử hiện lại bài viết.',
  storeNotWritten: (detail: string) =>
    `Không ghi được kho nội dung của Astro khi dừng xem thử (${detail}). Lần chạy sau, Astro đọc lại những bài đã sửa từ tệp của chúng.`,
  storeInMemoryUnavailable:
    'Bản Astro này không có kho nội dung để các trang đọc thẳng trong bộ nhớ: kho đi qua tệp của nó như Astro vẫn làm (chậm hơn và tốn bộ nhớ hơn với kho lớn).',
} as const;

/** Review markers of imported drafts (indicatorSuggestions, review). */
export const draftMarkers = {
  onlyInDrafts: (field: string) =>
    `Trường "${field}" chỉ dùng cho bài nháp (draft: true): xử lý xong từng mục (chuyển số liệu sang indicators, kiểm tra điều được ghi) rồi xóa cả trường này trước khi bỏ draft`,
} as const;

/** Warnings of `npm run check` on figures versus text (src/check/figure-warnings.ts): they never stop a build. */
export const figureWarnings = {
  heading: (count: number) => `${count} cảnh báo về số liệu (không chặn xuất bản, nhưng nên xem lại):`,
  valueNotInText: (label: string, value: string, closest?: { text: string; line: number }) =>
    `Số liệu "${label}" ghi ${value} nhưng trong nội dung bài không thấy số này` +
    (closest ? `; số gần nhất trong bài là "${closest.text}" (dòng ${closest.line})` : '; nội dung bài không có số liệu nào') +
    '. Hãy kiểm tra lại số trong indicators hoặc trong bài.',
  figureNotInIndicators: (text: string, guess?: { key: string; label: string }) =>
    `Trong bài có "${text}" nhưng số này không có trong indicators` +
    (guess ? `; có thể thuộc chỉ tiêu ${guess.key} (${guess.label})` : '; chưa rõ thuộc chỉ tiêu nào trong content/indicators.yaml') +
    '. Thêm vào indicators nếu số này cần được thống kê.',
} as const;

/** Messages of `npm run import` (scripts/import/): review markers written into drafts, and the report. */
export const importer = {
  usage:
    'Cách dùng: npm run import -- [--out content/articles] [--unit <khóa đơn vị mặc định>] <tệp hoặc thư mục…>\nNhận trang đã lưu (.html, .htm) và văn bản chép từ trình duyệt (.txt).',
  defaultAuthor: 'Ban biên tập',
  review: {
    unitGuessed: (key: string, from: string) => `Đơn vị: máy đoán là ${key} từ “${from}” trong nội dung bài; kiểm tra lại`,
    unitMissing: (key: string) => `Đơn vị: bài không nêu rõ đơn vị; tạm ghi ${key}, hãy sửa thành khóa đúng trong content/units.yaml`,
    kindMissing: 'Loại tin: không đoán được; tạm ghi tin-hoat-dong, sửa nếu bài là sơ kết, tổng kết hay hội nghị',
    periodMissing: 'Kỳ báo cáo: bài không nêu rõ các số liệu thuộc kỳ nào; thêm period { from, to } cho bài sơ kết, tổng kết',
    periodGuessed: (from: string) => `Kỳ báo cáo: máy đoán từ “${from}” trong nội dung bài; kiểm tra lại`,
    dateFromStory: 'Ngày đăng: trang không ghi ngày đăng; đã lấy ngày diễn ra sự kiện trong bài, hãy sửa nếu biết ngày đăng',
    yearGuessed: (year: number) => `Ngày đăng: trang không ghi năm; máy đoán năm ${year}`,
    titleFromMeta: 'Tiêu đề: lấy từ tiêu đề cửa sổ trình duyệt của trang cũ; kiểm tra lại',
    authorMissing: 'Tác giả: không thấy chữ ký cuối bài; tạm ghi “Ban biên tập”',
    summaryCut: 'Tóm tắt: đoạn mở đầu dài, máy lấy câu đầu tiên; viết lại cho gọn nếu cần',
    photosMissing: (count: number) => `Ảnh: ${count} ảnh chưa có tệp (xem các dòng TODO trong bài); đặt tệp ảnh cạnh index.md`,
    indicatorsMapped: (count: number) => `Số liệu: máy xếp ${count} số vào indicators; đối chiếu với bài trước khi xuất bản`,
    suggestions: (count: number) =>
      `Số liệu: ${count} số trong indicatorSuggestions cần xác nhận: chuyển sang indicators (thêm key) hoặc xóa`,
  },
  photoTodo: (file: string) =>
    `TODO ảnh: trang đã lưu không có tệp "${file}". Đặt ảnh cạnh index.md rồi thay dòng này bằng: ![Mô tả ảnh](./ten-anh.jpg)`,
  photoTodoNoFile: 'TODO ảnh: ở đây trang cũ có một ảnh. Đặt ảnh cạnh index.md rồi thay dòng này bằng: ![Mô tả ảnh](./ten-anh.jpg)',
  importedFrom: (file: string, fingerprint: string) => `Nhập từ bài cũ: ${file} (mã ${fingerprint})`,
  noTitle: 'không tìm thấy tiêu đề bài',
  noDate: 'không tìm thấy ngày đăng (dạng 29/07/2022) ở đầu trang hay trong câu mở đầu',
  noText: 'không tìm thấy nội dung bài',
  unreadable: (reason: string) => `không đọc được tệp: ${reason}`,
  notFound: (path: string) => `Không có tệp hay thư mục "${path}"`,
  unknownUnit: (unit: string) => `Không có đơn vị "${unit}" trong content/units.yaml`,
  reportWritten: (file: string, to: string) => `✓ ${file} → ${to}`,
  reportSkipped: (file: string, existing: string) => `= ${file}: đã nhập trước đó vào ${existing}; không ghi lại`,
  reportFailed: (file: string, reason: string) => `✗ ${file}: ${reason}`,
  extracted: (items: string[]) => `  Lấy được: ${items.join('; ')}`,
  guessed: (items: string[]) => `  Đoán: ${items.join('; ')}`,
  uncertain: (items: string[]) => `  Cần kiểm tra: ${items.join(' | ')}`,
  summary: (written: number, skipped: number, failed: number, seconds: string) =>
    `Đã nhập ${written} bài (bản nháp), bỏ qua ${skipped} bài đã có, ${failed} tệp không nhập được; ${seconds} giây. Chạy npm run check để kiểm tra.`,
} as const;

/** Messages of `npm run new`. */
export const authoring = {
  usage: [
    'Cách dùng: npm run new -- "Tiêu đề bài viết" --unit <khóa đơn vị> [tùy chọn]',
    '',
    'Tạo một bài nháp trong content/articles/<năm>/<tên-bài>/index.md, có sẵn các trường cần điền.',
    '',
    'Tùy chọn:',
    '  --unit <khóa>    đơn vị của bài: một khóa trong content/units.yaml, ví dụ gia-vien (bắt buộc)',
    '  --kind <loại>    so-ket, tong-ket, hoi-nghi hoặc tin-hoat-dong (mặc định: tin-hoat-dong)',
    '  --author "Tên"   tác giả (mặc định: Ban biên tập)',
    '  --copy           vẫn tạo bài mới khi đã có bài cùng tiêu đề (tên thư mục thêm -2, -3…)',
    '  --help, -h       hiện hướng dẫn này',
  ].join('\n'),
  missingTitle: 'Hãy cho biết tiêu đề bài viết, trong dấu nháy kép.',
  unknownOption: (option: string, suggestion?: string) =>
    `Không có tùy chọn "${option}"` + (suggestion ? `; có phải ý bạn là "--${suggestion}"?` : '.'),
  optionNeedsValue: (option: string) => `Tùy chọn ${option} cần một giá trị ngay sau nó (ví dụ: --unit gia-vien, --author "Nguyễn Văn An")`,
  optionTakesNoValue: (option: string) => `Tùy chọn ${option} không nhận giá trị; chỉ viết ${option}`,
  alreadyExists: (path: string) =>
    `Đã có bài cùng tiêu đề: ${path}\nMở bài đó để viết tiếp; nếu thật sự cần một bài mới cùng tiêu đề, chạy lại lệnh với --copy.`,
  unitsUnreadable: (path: string) => `Không đọc được danh mục đơn vị ${path}; chạy npm run check để xem lỗi.`,
  unknownUnit: (unit: string | undefined, suggestion: string | undefined, all: string[]) =>
    (unit ? `Không có đơn vị "${unit}" trong content/units.yaml` : 'Hãy cho biết đơn vị: --unit <khóa đơn vị>') +
    (suggestion ? `; có phải ý bạn là "${suggestion}"?` : '') +
    `\nCác đơn vị có: ${all.join(', ')}`,
  unknownKind: (kind: string, kinds: readonly string[]) => `Loại tin "${kind}" không có; chọn một trong: ${kinds.join(', ')}`,
  created: (path: string) =>
    `Đã tạo bài nháp: ${path}\nMở tệp để viết; xem thử bằng: npm run dev. Xóa dòng "draft: true" khi bài đã sẵn sàng xuất bản.`,
} as const;

/** A date as the author wrote it in the frontmatter: "2022-07-29T09:00" (Vietnam time), or "2022-07-29". */
function formatDateTimeForCheck(date: Date): string {
  const local = toLocalIso(date);
  return local.endsWith('T00:00:00+07:00') ? local.slice(0, 10) : local.slice(0, 16);
}

/** How a value the author wrote is named back to them in a message. */
export function describeReceived(value: unknown): string {
  if (value === undefined) return 'không có gì';
  if (value === null) return 'giá trị rỗng';
  if (typeof value === 'string') return `chữ "${value}"`;
  if (typeof value === 'number') return `số ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (Array.isArray(value)) return 'một danh sách';
  if (value instanceof Date) return `ngày ${value.toISOString().slice(0, 10)}`;
  return 'một nhóm trường';
}

/** Messages for the operator who runs the build. */
export const operator = {
  heapExhausted: (heapMb: number | undefined) =>
    `Astro dừng giữa chừng vì hết bộ nhớ dành cho JavaScript (giới hạn hiện tại: ${heapMb === undefined ? 'mặc định của Node, khoảng 4 GB' : `${heapMb} MB`}). Kho bài lớn cần giới hạn cao hơn: đặt BANTIN_BUILD_HEAP_MB, ví dụ BANTIN_BUILD_HEAP_MB=12000 cho khoảng 100 000 bài (cần máy 16 GB), rồi dựng lại. dist/ vẫn như trước.`,
  machineOutOfMemory: () =>
    'Astro bị hệ điều hành dừng (SIGKILL), thường vì máy hết bộ nhớ. Khoảng 100 000 bài cần máy 16 GB (xem mục "Speed and scale" trong README); đóng bớt chương trình khác hoặc dựng trên máy lớn hơn. dist/ vẫn như trước.',
  heapLimit: (value: string) =>
    `BANTIN_BUILD_HEAP_MB phải là số megabyte viết liền (ví dụ: 8192); nhận được "${value}". Bỏ biến này để dùng giới hạn mặc định của Node.`,
  buildRunning: (pid: number, lockFile: string) =>
    `Một lần dựng khác của cổng đang chạy (tiến trình ${pid}). Chờ lần đó xong rồi chạy lại. Nếu chắc chắn không còn lần dựng nào, xóa tệp ${lockFile}.`,
  searchStageWrite: (slug: string, folder: string, reason: string) =>
    `Không ghi được bài "${slug}" vào thư mục tài liệu tìm kiếm ${folder}: ${reason}. Kiểm tra dung lượng đĩa và quyền ghi của thư mục rồi dựng lại.`,
} as const;

/**
 * The visitor counters (npm run analytics): the footer, the article's Lượt xem, the
 * access-statistics page and the job's report to the operator.
 */
export const visitors = {
  title: 'Thống kê truy cập',
  online: 'Đang online',
  today: 'Hôm nay',
  week: 'Trong tuần',
  total: 'Tất cả',
  lead: 'Số người đọc cổng thông tin, đếm từ nhật ký truy cập của máy chủ web: không dùng cookie, không dùng mã theo dõi, không lưu địa chỉ IP.',
  totals: 'Tổng số người đọc',
  chartHeading: 'Người đọc mỗi ngày, 30 ngày gần nhất',
  chartAlt: 'Biểu đồ cột số người đọc mỗi ngày trong 30 ngày gần nhất; mỗi cột ghi số người đọc của ngày đó.',
  chartDescription: (days: readonly { date: string; visitors: number }[]) =>
    days.map((d) => `${d.date}: ${d.visitors}`).join('; '),
  day: 'Ngày',
  dayVisitors: 'Người đọc',
  mostRead: 'Bài được đọc nhiều nhất',
  views: 'Lượt xem',
  updatedAt: 'Cập nhật theo nhật ký đến',
  noScript: 'Các con số dưới đây được cập nhật vài phút một lần và cần JavaScript để hiện; biểu đồ và tệp số liệu vẫn xem được:',
  csvLink: 'Lượt xem của mọi trang (tệp CSV)',
  rulesHeading: 'Cách đếm',
  rules: [
    'Một lượt xem trang là một yêu cầu GET tới một trang của cổng được máy chủ trả lời thành công (200 hoặc 304). Tệp ảnh, tệp kiểu trình bày, trang không tồn tại (404) và máy tìm kiếm, chương trình tự động (nhận biết qua tên trình duyệt) không được tính.',
    'Một người đọc là một cặp địa chỉ IP và trình duyệt trong một ngày. Cặp này chỉ được giữ dưới dạng mã băm với một khóa bí mật của ngày đó; khóa bị xóa khi hết ngày, nên không ai lần lại được địa chỉ IP. Địa chỉ IP và tên trình duyệt không bao giờ được lưu.',
    'Ngày và tuần tính theo giờ Việt Nam; tuần bắt đầu từ thứ Hai.',
    'Lượt xem của một bài: số người đọc khác nhau của bài mỗi ngày, cộng qua các ngày, cộng số lượt xem mang sang từ cổng cũ. Một người đọc lại bài nhiều lần trong ngày chỉ tính một lần.',
    'Hôm nay: số người đọc trong ngày. Trong tuần: cộng số người đọc từng ngày từ thứ Hai. Tất cả: cộng số người đọc từng ngày từ trước đến nay, cộng tổng của cổng cũ. Đang online: số người đọc trong 5 phút gần nhất.',
    'Thời điểm “bây giờ” là dòng nhật ký mới nhất, nên cùng một nhật ký luôn cho cùng những con số.',
  ],
  /** The operator's report. */
  report: {
    usage:
      'Cách dùng: npm run analytics -- [--site dist] [--state <tệp trạng thái>] [--baseline <tổng cũ>] <tệp nhật ký…>\n' +
      'Ví dụ: npm run analytics -- --site /var/www/bantin --state /var/lib/bantin/luot-xem.sqlite /var/log/nginx/access.log /var/log/nginx/access.log.1',
    noSite: (site: string) => `Không thấy trang đã dựng trong ${site}: chạy npm run build trước, hoặc chỉ đúng thư mục bằng --site.`,
    badBaseline: (value: string) => `--baseline phải là một số nguyên không âm viết liền (ví dụ: 3898151); nhận được "${value}".`,
    busy: (state: string) => `Một lần chạy khác đang dùng tệp trạng thái ${state}; lần này dừng, không thay đổi gì. Lần chạy theo lịch sau sẽ đọc tiếp.`,
    newState: (state: string) => `Tệp trạng thái ${state} mới (hoặc đã mất): mọi dòng của các tệp nhật ký đưa vào được đếm từ đầu; những ngày không còn nhật ký sẽ không có số liệu.`,
    recovered: (state: string, aside: string) => `Tệp trạng thái ${state} hỏng, đã được chuyển sang ${aside}; bắt đầu trạng thái mới từ các tệp nhật ký đưa vào.`,
    file: (name: string, what: string) => `  ${name}: ${what}`,
    fileRead: (lines: number, from: number, to: number) => `đọc ${lines} dòng (byte ${from} → ${to})`,
    fileUnchanged: 'không có gì mới',
    fileMissing: 'không có tệp này',
    fileEmpty: 'tệp rỗng',
    fileUnreadable: (reason: string) => `không đọc được (${reason})`,
    fileShrunk: 'tệp ngắn hơn phần đã đọc lần trước: bỏ qua',
    fileTruncated: 'tệp gzip bị cắt cụt: đã đếm các dòng trước chỗ cắt',
    filePending: (bytes: number) => `${bytes} byte của dòng cuối chưa ghi xong, chờ lần sau`,
    summary: (r: { lines: number; counted: number; bots: number; notPages: number; malformed: number; late: number }) =>
      `Tổng: ${r.lines} dòng; ${r.counted} lượt xem trang được đếm; ${r.bots} của máy (bot); ${r.notPages} không phải lượt xem trang; ` +
      `${r.malformed} dòng sai dạng; ${r.late} thuộc ngày đã khóa sổ (không đếm).`,
    malformedSample: 'Ví dụ dòng sai dạng:',
    counters: (c: { online: number; today: number; week: number; total: number }) =>
      `Đang online ${c.online} · Hôm nay ${c.today} · Trong tuần ${c.week} · Tất cả ${c.total}`,
    written: (folder: string) => `Đã ghi ${folder}`,
  },
} as const;

/** The four counters in the order every page shows them, by their key in luot-xem/tong-quan.json. */
export const visitorCounterLabels = [
  ['online', visitors.online],
  ['today', visitors.today],
  ['week', visitors.week],
  ['total', visitors.total],
] as const;

/**
 * Messages of the article-body check (src/check/article-body.ts, mdx-rules.ts, body-resources.ts)
 * and of the page scan that runs on every build (src/security/page-scan.ts).
 */
export const bodySafety = {
  mdxEsm:
    'Bài MDX không được có lệnh import/export: đó là mã chạy trên máy dựng trang. Hãy xóa dòng này; ảnh thì viết ![mô tả](./ten-anh.jpg)',
  mdxExpression: (code: string) =>
    `Bài MDX không được có biểu thức trong ngoặc nhọn {${code}}: đó là mã chạy trên máy dựng trang. Muốn viết dấu ngoặc nhọn như chữ thường, hãy viết \\{ và \\}`,
  mdxSpread: (element: string) =>
    `Thẻ <${element}> không được có {…} trong danh sách thuộc tính: chỉ viết thuộc tính dạng tên="giá trị"`,
  mdxComputedAttribute: (element: string, attribute: string) =>
    `Thuộc tính ${attribute} của thẻ <${element}> phải là chữ trong ngoặc kép (${attribute}="…"), không phải biểu thức {…}`,
  mdxAttribute: (element: string, attribute: string, allowed: readonly string[]) =>
    `Thẻ <${element}> không được có thuộc tính ${attribute}` +
    (allowed.length ? `; chỉ dùng: ${allowed.join(', ')}` : '; hãy viết thẻ không có thuộc tính'),
  mdxComponent: (name: string) =>
    `Thành phần <${name}> không phải thành phần của cổng: bài MDX chỉ dùng Markdown và vài thẻ HTML đơn giản (xem mục "Bài MDX được viết gì" trong README)`,
  mdxImageTag:
    'Ảnh trong bài viết bằng cú pháp Markdown ![mô tả ảnh](./ten-anh.jpg), tệp ảnh đặt cạnh bài; không dùng thẻ <img>',
  mdxElement: (name: string) =>
    `Thẻ <${name}> không được dùng trong bài: chỉ dùng Markdown (chữ, tiêu đề, ảnh, liên kết, bảng) và các thẻ <sup>, <sub>, <abbr>, <mark>, <br />`,
  mdxLessThan:
    'Dấu < ở đây bị hiểu là mở một thẻ. Muốn viết dấu "nhỏ hơn" (như <5%), hãy viết &lt; (ví dụ: &lt;5%) hoặc viết bằng chữ ("dưới 5%")',
  mdxUnclosedTag: (tag: string) =>
    `Thẻ <${tag}> mở ở đây nhưng không được đóng: thêm </${tag}> sau nội dung của nó (cùng đoạn văn), hoặc viết <${tag} /> nếu thẻ không có nội dung (ví dụ <br />)`,
  mdxStrayClosingTag: (tag: string) => `Thẻ đóng </${tag}> không có thẻ mở <${tag}> tương ứng trước nó: hãy xóa thẻ đóng này hoặc thêm thẻ mở`,
  mdxMismatchedTag: (closing: string, open: string) =>
    `Thẻ đóng </${closing}> không khớp với thẻ đang mở <${open}>: hãy đóng <${open}> bằng </${open}> trước`,
  mdxBrace: 'Dấu { mở một biểu thức MDX (mã chạy trên máy dựng trang). Muốn viết dấu ngoặc nhọn như chữ thường, hãy viết \\{ và \\}',
  mdxHtmlComment: 'Bài MDX không nhận chú thích HTML <!-- … -->: hãy xóa chú thích, hoặc đổi tên tệp thành index.md nếu bài không cần MDX',
  mdxSyntax: (column: number) =>
    `Cú pháp MDX sai ở cột ${column} của dòng này. Nếu bài không cần thẻ MDX, hãy đổi tên tệp thành index.md; nếu có dấu < hoặc { trong chữ, hãy viết &lt; hoặc \\{`,
  unsafeLink: (url: string) =>
    `Liên kết "${url}" không được dùng: chỉ liên kết tới trang web (https://…), thư điện tử (mailto:…) hoặc số điện thoại (tel:…)`,
  remoteImage: (url: string) =>
    `Ảnh "${url}" nằm trên trang web khác: cổng không tải ảnh từ nơi khác (để bảo vệ người đọc). Hãy tải ảnh về, đặt tệp cạnh bài viết và viết ![mô tả ảnh](./ten-anh.jpg)`,
  remoteResource: (tag: string, url: string) =>
    `Thẻ <${tag}> tải "${url}" từ trang web khác: cổng không tải tệp từ nơi khác (để bảo vệ người đọc). Ảnh thì đặt tệp cạnh bài viết và viết ![mô tả ảnh](./ten-anh.jpg)`,
  rawHtmlElement: (tag: string) => `Thẻ HTML <${tag}> sẽ bị gỡ khỏi bài khi dựng trang: hãy dùng Markdown thay cho nó`,
  rawHtmlAttribute: (tag: string, attribute: string) =>
    `Thuộc tính ${attribute} của thẻ <${tag}> sẽ bị gỡ khi dựng trang (vì an toàn cho người đọc): hãy xóa nó`,
  pageUnsafe: (page: string, what: string) =>
    `Trang ${page} chứa ${what}: bản dựng không được xuất bản. Hãy sửa bài viết, hoặc báo cho người quản trị nếu bài không có gì như vậy`,
  pageFinding: {
    script: 'mã chạy (script) mà cổng không viết',
    handler: 'thuộc tính sự kiện (onclick, onerror…)',
    'dangerous-url': 'địa chỉ javascript:, vbscript: hoặc data:',
    frame: 'khung nhúng trang khác (iframe, object, embed)',
    'remote-load': 'tệp tải từ trang web khác',
  },
  pageHeading: (count: number) => `Kiểm tra an toàn trang: ${count} trang có nội dung nguy hiểm, bản dựng bị dừng:`,
} as const;

/** Encodings a content file may be refused for (src/check/text-encoding.ts), as staff know them. */
export const encodingNames = {
  'utf-16': 'UTF-16 (Notepad gọi là "Unicode")',
  'utf-32': 'UTF-32',
  'windows-1258': 'Windows-1258 (bảng mã tiếng Việt cũ của Windows)',
  tcvn3: 'TCVN3 (ABC), của các phông .VnTime, .VnArial',
  vni: 'VNI Windows, của các phông VNI-Times',
  'double-utf8': 'UTF-8 bị đọc nhầm thành Windows-1252 rồi lưu lại',
  unknown: 'một bảng mã cũ, không phải UTF-8',
} as const;

const SAVE_AS_UTF8 =
  'mở tệp bằng Notepad, chọn File › Save As, ở ô Encoding chọn UTF-8 rồi lưu đè (trong Word: File › Save As, chọn Plain Text, rồi chọn Unicode (UTF-8))';
const unikey = (source: string) =>
  `chép toàn bộ nội dung tệp, mở UniKey, bấm Ctrl+Shift+F6 (Công cụ chuyển mã), chọn Nguồn "${source}" và Đích "Unicode", bấm "Chuyển mã", rồi dán đè vào tệp và lưu ở dạng UTF-8`;

/** Why a file's encoding is refused and how to save it as UTF-8; `sample`: a line as it should read. */
export function encodingRefused(encoding: keyof typeof encodingNames, sample?: string): string {
  const name = encodingNames[encoding];
  const reads = sample ? `; đọc theo bảng mã đó, dòng này là "${sample}"` : '';
  switch (encoding) {
    case 'utf-16':
    case 'utf-32':
      return `Tệp được lưu ở dạng ${name}, không phải UTF-8. Hãy ${SAVE_AS_UTF8}`;
    case 'windows-1258':
      return `Tệp không lưu ở dạng UTF-8 mà có vẻ ở bảng mã ${name}${reads}. Hãy ${SAVE_AS_UTF8}`;
    case 'tcvn3':
      return `Chữ trong tệp được gõ bằng bảng mã ${name}, sẽ hiện sai trên cổng${reads}. Hãy chuyển sang Unicode: ${unikey('TCVN3 (ABC)')}`;
    case 'vni':
      return `Chữ trong tệp được gõ bằng bảng mã ${name}, sẽ hiện sai trên cổng${reads}. Hãy chuyển sang Unicode: ${unikey('VNI Windows')}`;
    case 'double-utf8':
      return `Chữ trong tệp đã bị hỏng (${name})${sample ? `; dòng này đúng ra là "${sample}"` : ''}. Hãy chép lại nội dung từ bản gốc (tệp Word, thư điện tử) rồi lưu ở dạng UTF-8`;
    case 'unknown':
      return `Tệp không lưu ở dạng UTF-8 và có chữ không đọc được. Hãy ${SAVE_AS_UTF8}; nếu chữ tiếng Việt hiện sai, chuyển mã bằng UniKey (Ctrl+Shift+F6) sang "Unicode" trước`;
  }
}

/** YAML mistakes in a frontmatter or a catalogue, said with what to write (src/check/yaml-mistakes.ts). */
export const yamlMistakes = {
  catalogueSyntax: (detail: string) => `Danh mục viết sai cú pháp YAML: ${detail}`,
  tabIndent: 'dòng này thụt đầu dòng bằng phím Tab; YAML chỉ nhận dấu cách: xóa Tab và thụt bằng dấu cách (mỗi cấp 2 dấu cách)',
  unclosedQuote: (quote: string, example: string) =>
    `dấu nháy ${quote} mở đầu giá trị nhưng không có dấu nháy đóng; hãy thêm ${quote} vào cuối giá trị: ${example}`,
  itemsUnderEmptyList: (field: string) =>
    `"${field}: []" nghĩa là danh sách trống, nhưng bên dưới lại có các mục; hãy xóa "[]" để dòng chỉ còn "${field}:"`,
  quoteThenText: (example: string) =>
    `dấu nháy phải bao cả giá trị, không chỉ một phần; hãy đặt cả giá trị trong dấu nháy kép và dùng dấu nháy cong “ ” ở bên trong: ${example}`,
  colonInValue: (field: string, example: string, curly: boolean) =>
    `giá trị của ${field} có dấu hai chấm nên YAML hiểu nhầm là một trường mới` +
    (curly ? '; dấu nháy cong “ ” (Word tự đổi) không phải dấu nháy của YAML' : '') +
    `; hãy đặt cả giá trị trong dấu nháy kép thẳng: ${example}`,
  spaceAfterColon: (field: string, example: string, nbsp: boolean) =>
    (nbsp
      ? `sau dấu hai chấm của ${field} là dấu cách không ngắt (thường do dán từ Word hay trang web), YAML không nhận; `
      : `sau dấu hai chấm của ${field} cần một dấu cách; `) + `hãy viết: ${example}`,
  reservedStart: (sign: string, example: string) =>
    `giá trị bắt đầu bằng "${sign}", ký hiệu riêng của YAML; hãy đặt cả giá trị trong dấu nháy kép: ${example}`,
  unclosedBracket: 'dấu [ mở một danh sách nhưng không có dấu ] đóng trên cùng dòng; hãy thêm ] vào cuối dòng (hoặc, nếu đây không phải danh sách, đặt cả giá trị trong dấu nháy kép)',
  unclosedBrace: 'dấu { mở một số liệu nhưng không có dấu } đóng trên cùng dòng; hãy thêm } vào cuối dòng',
  duplicateField: (field: string, firstLine: number) => `trường ${field} đã có ở dòng ${firstLine}; mỗi trường chỉ viết một lần, hãy xóa một trong hai dòng`,
  badIndent:
    'dòng này thụt đầu dòng không thẳng hàng; các trường cùng cấp phải bắt đầu ở cùng một cột (các trường của một mục "- " thẳng cột với trường đầu tiên sau "- ")',
  unknownSyntax: (parser: string) => `hãy xem lại dòng này: dấu hai chấm, dấu nháy và chỗ thụt đầu dòng (trình đọc YAML báo: ${parser})`,
  invisibleCharacter: (what: string) =>
    `dòng này có ký tự ẩn: ${what}, thường do dán từ Word hay trang web; hãy xóa dòng này và gõ lại`,
  oddSpaceInName: (field: string) =>
    `tên trường ${field} có dấu cách không ngắt hoặc dấu cách lạ (thường do dán từ Word hay trang web); hãy xóa rồi gõ lại "${field}: " bằng phím cách`,
  commaInFlowFigure: (written: string, number: number | null) =>
    `số liệu phải là một số viết liền, không dấu chấm, dấu phẩy hay chữ` +
    (number === null ? '' : `: hãy viết ${number} thay cho "${written}"`) +
    `; trong { } dấu phẩy ngăn cách các trường nên "${written}" bị tách làm đôi`,
  curlyQuotes: (example: string) => `dấu nháy cong “ ” (Word tự đổi) không phải dấu nháy của YAML; hãy dùng dấu nháy thẳng: ${example}`,
} as const;

/** What `npm run build` prints (src/build/build-summary.ts, scripts/build.ts). */
export const buildReport = {
  started: (logFile: string) => `Đang dựng cổng thông tin… (nhật ký chi tiết ghi vào ${logFile})`,
  done: (outDir: string, seconds: number, pages: number, articles: number) =>
    `✓ Đã dựng xong ${outDir}/ trong ${formatSeconds(seconds)}: ${pages} trang, ${articles} bài viết, kèm chỉ mục tìm kiếm.`,
  rendered: (rendered: number, restored: number) =>
    restored > 0 ? `  ${rendered} trang dựng mới, ${restored} trang không đổi chép lại từ lần dựng trước.` : `  Dựng mới cả ${rendered} trang.`,
  phases: (check: number, pages: number, search: number) =>
    `  Thời gian: kiểm tra nội dung ${formatSeconds(check)}, dựng trang ${formatSeconds(pages)}, chỉ mục tìm kiếm ${formatSeconds(search)}.`,
  preview: '  Xem trước bản vừa dựng: npm run serve rồi mở http://localhost:4321/',
  warnings: (count: number) => `Có ${count} cảnh báo cần xem (trang vẫn được dựng):`,
  moreWarnings: (count: number) => `  … và ${count} cảnh báo nữa trong nhật ký.`,
  logFile: (logFile: string) => `Nhật ký đầy đủ của Astro: ${logFile} (hoặc chạy npm run build -- --verbose để xem ngay khi dựng).`,
  failed: (logFile: string) =>
    `✗ Dựng không thành công. Nhật ký đầy đủ ở trên và trong ${logFile}; bản đã xuất bản trước đó (dist/) vẫn giữ nguyên.`,
  failedDetail: (detail: string) => `  Chi tiết: ${detail}`,
  usage: [
    'Cách dùng: npm run build [-- tùy chọn]',
    '',
    'Kiểm tra nội dung, dựng toàn bộ cổng vào dist/ và chỉ mục tìm kiếm. Nội dung có lỗi thì dừng, dist/ giữ nguyên.',
    '',
    'Tùy chọn:',
    '  --fresh          dựng lại mọi trang, không chép trang không đổi từ lần dựng trước',
    '  --out <thư mục>  dựng vào thư mục khác thay cho dist/',
    '  --verbose        hiện nhật ký chi tiết của Astro ngay khi dựng',
    '  --help, -h       hiện hướng dẫn này',
  ].join('\n'),
  unknownOption: (option: string) => `Tùy chọn "${option}" không có, hoặc thiếu giá trị đi kèm.`,
} as const;

/** 19.04 → "19,0 giây"; 0.2 → "0,2 giây". */
function formatSeconds(seconds: number): string {
  return `${seconds.toFixed(1).replace('.', ',')} giây`;
}

/** The preview's page for broken content (src/check/dev-preview.ts). */
export const preview = {
  title: 'Bài viết có lỗi cần sửa',
  heading: (count: number) => `Bài viết chưa xem trước được: có ${count} lỗi cần sửa`,
  howToFix: 'Sửa tệp theo hướng dẫn trên rồi lưu lại: trang này tự tải lại và hiện bài viết ngay khi hết lỗi.',
} as const;

/** The staff editor (`npm run editor`, scripts/editor/): what the CMS page and its local server say. */
export const editor = {
  pageTitle: 'Biên tập bài viết — bantin',
  collection: 'Bài viết',
  collectionSingular: 'bài viết',
  collectionHint: 'Mỗi bài được lưu thành content/articles/<năm>/<tên-bài>/index.md, ảnh đặt cùng thư mục.',
  body: { label: 'Nội dung', hint: 'Nội dung bài. Ảnh trong bài: chèn ảnh, rồi ngay dòng dưới viết chú thích in nghiêng.' },
  indicatorSingular: 'số liệu',
  unitOption: (name: string, key: string) => `${name} (${key})`,
  indicatorOption: (label: string, unit: string) => `${label} (${unit})`,
  organisationOption: (name: string, short?: string) => (short ? `${name} (${short})` : name),
  noJavaScript: 'Trang biên tập cần JavaScript. Hãy bật JavaScript trong trình duyệt rồi tải lại trang.',
  started: (editorUrl: string, previewUrl: string) =>
    [
      `Trang biên tập: ${editorUrl}`,
      `Xem thử cổng: ${previewUrl} (bài nháp cũng hiện)`,
      'Mở trang biên tập bằng trình duyệt bất kỳ trên máy này. Nhấn Ctrl+C để dừng.',
    ].join('\n'),
  saveRefused: (count: number) => `Chưa lưu: bài có ${count} lỗi cần sửa.`,
  saved: (path: string) => `Đã lưu ${path}`,
  warningsHeading: (count: number) => `Đã lưu. ${count} cảnh báo về số liệu (không chặn xuất bản, nhưng nên xem lại):`,
  noWarnings: 'Đã lưu. Bước kiểm tra không thấy lỗi hay cảnh báo nào.',
  close: 'Đóng',
  slugTaken: (path: string) => `Đã có bài cùng tiêu đề ở ${path}: hãy đổi tiêu đề (hoặc mở bài đó để viết tiếp).`,
  badRequest: 'Yêu cầu không hợp lệ gửi tới máy chủ biên tập.',
  outsideContent: (path: string) => `Đường dẫn ${path} nằm ngoài thư mục nội dung: không ghi.`,
  portInUse: (port: number) => `Cổng ${port} đang được dùng. Đóng chương trình đang dùng cổng đó, hoặc chạy với BANTIN_EDITOR_PORT=<cổng khác>.`,
} as const;
