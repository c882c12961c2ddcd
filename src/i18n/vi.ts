/**
 * Every string a reader or an author sees, in one place. Typed: a page that asks for a label
 * that is not here fails the type check instead of rendering "undefined".
 */
import type { ArticleKind, Qualifier, UnitLevel } from '../schema/vocabulary.ts';
import type { ArticleData, IndicatorEntry } from '../schema/article.ts';
import { toLocalIso } from '../domain/vietnamese-date.ts';

export const site = {
  name: 'Cổng thông tin Dân vận Quân sự',
  shortName: 'Dân vận Quân sự',
  tagline: 'Tin tức, số liệu sơ kết và tổng kết chương trình phối hợp giữa lực lượng vũ trang và các tổ chức chính trị - xã hội',
  footer: 'Trang tin được dựng tĩnh bằng bantin: không dùng cookie theo dõi.',
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
 * Typed over the schema's own keys, so a field added to the schema without its text here fails
 * the type check. The content check, `npm run new` and the editor read them from here.
 */
export const articleFields: Readonly<Record<keyof ArticleData, FieldText>> = {
  title: { label: 'Tiêu đề', hint: 'Tiêu đề bài viết, như sẽ hiện trên trang.' },
  summary: { label: 'Tóm tắt (sapo)', hint: 'Một hoặc hai câu tóm tắt, hiện dưới tiêu đề và trong kết quả tìm kiếm.' },
  publishedAt: { label: 'Ngày đăng', hint: 'Dạng "YYYY-MM-DD" hoặc "YYYY-MM-DDTHH:mm", giờ Việt Nam; ví dụ "2024-06-28T08:30".' },
  updatedAt: { label: 'Ngày cập nhật', hint: 'Cùng dạng với ngày đăng; chỉ điền khi sửa bài sau khi đã đăng.' },
  unit: { label: 'Đơn vị', hint: 'Khóa của đơn vị trong content/units.yaml, ví dụ gia-vien.' },
  kind: { label: 'Loại tin', hint: 'so-ket (sơ kết), tong-ket (tổng kết), hoi-nghi (hội nghị) hoặc tin-hoat-dong (tin hoạt động).' },
  period: { label: 'Kỳ báo cáo', hint: 'Khoảng thời gian các số liệu bao quát: { from: "YYYY-MM-DD", to: "YYYY-MM-DD" }.' },
  author: { label: 'Tác giả', hint: 'Họ tên người viết bài.' },
  source: { label: 'Nguồn', hint: 'Cơ quan, đơn vị của tác giả (không bắt buộc).' },
  tags: { label: 'Chủ đề', hint: 'Danh sách chủ đề, mỗi chủ đề một dòng bắt đầu bằng "- ".' },
  cover: { label: 'Ảnh bìa', hint: 'Tên tệp ảnh đặt cạnh index.md, ví dụ ./hoi-nghi.jpg.' },
  coverAlt: { label: 'Mô tả ảnh bìa', hint: 'Một câu mô tả ảnh bìa cho người không xem được ảnh.' },
  indicators: { label: 'Số liệu', hint: 'Các số liệu trong bài: mỗi mục { key, value, qualifier?, org?, period?, note? }.' },
  draft: { label: 'Bản nháp', hint: 'true: bài chỉ hiện khi xem thử; xóa dòng này khi bài sẵn sàng xuất bản.' },
  legacyViews: { label: 'Lượt xem cũ', hint: 'Số lượt xem mang sang từ cổng thông tin cũ (số nguyên).' },
};

/** The fields of one figure in `indicators`. */
export const indicatorFields: Readonly<Record<keyof IndicatorEntry, FieldText>> = {
  key: { label: 'Chỉ tiêu', hint: 'Khóa của chỉ tiêu trong content/indicators.yaml, ví dụ tuyen-quan-nguoi.' },
  value: { label: 'Giá trị', hint: 'Một số viết liền, không dấu chấm hay phẩy ngăn cách hàng nghìn: 1600, 12600000.' },
  qualifier: { label: 'Mức chính xác', hint: 'exact (đúng số, mặc định), over (trên/hơn) hoặc under (gần).' },
  org: { label: 'Tổ chức', hint: 'Khóa của tổ chức trong content/organisations.yaml; bỏ trống nếu là số liệu chung.' },
  period: { label: 'Kỳ của số liệu', hint: 'Chỉ điền khi số liệu này bao quát khoảng thời gian khác kỳ báo cáo của bài.' },
  note: { label: 'Ghi chú', hint: 'Ghi chú ngắn về số liệu (không bắt buộc).' },
};

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
  },
} as const;

export const statistics = {
  title: 'Thống kê số liệu',
  lead: 'Tổng hợp theo năm các số liệu được ghi trong bài viết sơ kết, tổng kết và tin hoạt động.',
  rules: [
    'Chỉ cộng các chỉ tiêu cộng được (số người, số suất quà, số tiền…); tỷ lệ và số liệu tích lũy không cộng.',
    'Mỗi đơn vị chỉ tính một lần mỗi năm: khi có cả sơ kết 6 tháng và tổng kết năm, lấy số liệu của kỳ dài hơn.',
    'Cấp tỉnh và cấp huyện được tổng hợp riêng, vì báo cáo của tỉnh thường đã gồm kết quả của các huyện.',
    'Số liệu của cả giai đoạn nhiều năm, hoặc không ghi kỳ báo cáo, không được cộng vào năm nào.',
    '“trên” nghĩa là tổng có ít nhất một số liệu ghi “trên/hơn”; “gần” tương tự; “khoảng” là có cả hai.',
  ],
  yearHeading: (year: number) => `Năm ${year}`,
  indicator: 'Chỉ tiêu',
  total: 'Tổng',
  reports: 'Số bài',
  empty: 'Chưa có số liệu cộng được.',
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
  yamlSyntax: (detail: string) => `Phần đầu bài (frontmatter) viết sai cú pháp YAML: ${detail}`,
  noFrontmatter: 'Bài viết phải bắt đầu bằng phần đầu giữa hai dòng "---" (title, summary, publishedAt…)',
  unsafeHtml: (what: string) =>
    `Bài viết không được chứa ${what}: vì an toàn cho người đọc, chỉ dùng Markdown (chữ, tiêu đề, ảnh, liên kết, bảng)`,
  misplacedArticle:
    'Tệp bài viết phải nằm ở content/articles/<năm>/<tên-bài>/index.md (hoặc index.mdx); tệp này sẽ không được xuất bản',
  catalogueNotList: 'Danh mục phải là một danh sách YAML, mỗi mục bắt đầu bằng "- "',
  summaryHeading: (count: number) => `Nội dung có ${count} lỗi cần sửa trước khi xuất bản:`,
  summaryHint: 'Sửa các lỗi trên rồi chạy lại. Bản đã xuất bản trước đó (dist/) vẫn giữ nguyên.',
  ok: (articles: number) => `Nội dung hợp lệ: ${articles} bài viết.`,
  fixed: 'Đã hết lỗi nội dung: trang xem thử hiện lại bài viết.',
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
  heapLimit: (value: string) =>
    `BANTIN_BUILD_HEAP_MB phải là số megabyte viết liền (ví dụ: 8192); nhận được "${value}". Bỏ biến này để dùng giới hạn mặc định của Node.`,
  buildRunning: (pid: number, lockFile: string) =>
    `Một lần dựng khác của cổng đang chạy (tiến trình ${pid}). Chờ lần đó xong rồi chạy lại. Nếu chắc chắn không còn lần dựng nào, xóa tệp ${lockFile}.`,
  searchStageWrite: (slug: string, folder: string, reason: string) =>
    `Không ghi được bài "${slug}" vào thư mục tài liệu tìm kiếm ${folder}: ${reason}. Kiểm tra dung lượng đĩa và quyền ghi của thư mục rồi dựng lại.`,
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
