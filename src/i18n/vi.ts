/**
 * Every string a reader or an author sees, in one place. Typed: a page that asks for a label
 * that is not here fails the type check instead of rendering "undefined".
 */
import type { ArticleKind, Qualifier, UnitLevel } from '../schema/vocabulary.ts';
import type { ArticleData, IndicatorEntry } from '../schema/article.ts';

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
  indicatorSuggestions: {
    label: 'Số liệu cần xác nhận',
    hint: 'Số liệu máy đọc được trong bài cũ nhưng chưa chắc thuộc chỉ tiêu nào: chuyển sang indicators (thêm key) hoặc xóa. Chỉ có trong bài nháp.',
  },
  review: {
    label: 'Việc cần kiểm tra',
    hint: 'Những điều máy đoán khi nhập bài cũ (đơn vị, loại tin, kỳ báo cáo, tác giả…): kiểm tra rồi xóa từng dòng. Chỉ có trong bài nháp.',
  },
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
  expectedInteger: (received: string) => `Cần một số nguyên không âm; nhận được ${received}`,
  expectedBoolean: (received: string) => `Cần true hoặc false; nhận được ${received}`,
  expectedList: (received: string) => `Cần một danh sách (mỗi mục một dòng bắt đầu bằng "- "); nhận được ${received}`,
  expectedObject: (received: string) => `Cần một nhóm trường con; nhận được ${received}`,
  oneOf: (values: readonly string[], received: string) =>
    `Chỉ nhận một trong các giá trị: ${values.join(', ')}; nhận được ${received}`,
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
  usage: 'Cách dùng: npm run new -- "Tiêu đề bài viết" --unit <khóa đơn vị> [--kind so-ket|tong-ket|hoi-nghi|tin-hoat-dong] [--author "Tên tác giả"]',
  unknownUnit: (unit: string | undefined, suggestion: string | undefined, all: string[]) =>
    (unit ? `Không có đơn vị "${unit}" trong content/units.yaml` : 'Hãy cho biết đơn vị: --unit <khóa đơn vị>') +
    (suggestion ? `; có phải ý bạn là "${suggestion}"?` : '') +
    `\nCác đơn vị có: ${all.join(', ')}`,
  unknownKind: (kind: string, kinds: readonly string[]) => `Loại tin "${kind}" không có; chọn một trong: ${kinds.join(', ')}`,
  created: (path: string) =>
    `Đã tạo bài nháp: ${path}\nMở tệp để viết; xem thử bằng: npm run dev. Xóa dòng "draft: true" khi bài đã sẵn sàng xuất bản.`,
} as const;

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
