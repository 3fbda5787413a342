import NewsFactsKit

/// A document and a set of records full of what breaks writers and loaders: commas, quotes, CR and LF,
/// tabs, `<&>`, C0 controls, U+FFFE/U+FFFF, characters outside the BMP, emoji sequences, right-to-left
/// marks, combining marks (which must not be normalized), literal backslash escapes, cells that
/// spreadsheets take for formulas, leading and trailing spaces, a 400-digit amount, negative and tiny
/// amounts, and very long strings.
///
/// Every fact and entity is valid (its span is right in `text`), except the ones in `invalid`, which
/// the validate stage must reject, so that `rejects` gets hard records too.
public struct HardCases: Sendable {
    /// The file name of the document (also its `doc`): comma, quotes, `<&>` and an emoji.
    public static let fileName = "hard, \"cases\" <&> 😀.txt"

    /// The document text.
    public let text: String
    /// Valid facts.
    public let facts: [FactRecord]
    /// Valid entities.
    public let entities: [EntityRecord]
    /// Facts the validator must reject, with the reason it must give.
    public let invalid: [(FactRecord, RejectReason)]
    /// The document's own date.
    public let documentDate = PartialDate(year: nil, month: 3, day: 12)
    /// The number of articles.
    public let articles = 2

    /// Builds the set for a document key.
    public init(doc: String = HardCases.fileName) {
        var text = TextBuilder()
        var facts: [FactRecord] = []
        var entities: [EntityRecord] = []

        func fact(_ before: String, _ mention: String, _ after: String, value: ExactNumber, valueMax: ExactNumber? = nil,
                  unit: String?, kind: FactKind, qualifier: Qualifier = .exact, per: String? = nil, change: Change? = nil,
                  subject: String?, normalized: (ExactNumber, String)? = nil, article: Int = 0, headline: String? = nil,
                  context: String, place: (String, AttributionSource)? = nil, date: (String, AttributionSource)? = nil) {
            text.add(before)
            let span = text.mark(mention)
            text.add(after)
            facts.append(FactRecord(
                id: "\(doc)#\(span.lowerBound)-\(span.upperBound)", doc: doc, start: span.lowerBound, end: span.upperBound,
                mention: mention, value: value, valueMax: valueMax, unit: unit, kind: kind, qualifier: qualifier, per: per,
                change: change, subject: subject, normalizedValue: normalized?.0, normalizedUnit: normalized?.1,
                article: article, headline: headline, context: context, place: place?.0, placeSource: place?.1,
                date: date?.0, dateSource: date?.1))
        }
        func entity(_ before: String, _ mention: String, _ after: String, type: EntityType, normalized: String? = nil,
                    role: String? = nil, adcode: String? = nil, article: Int = 0) {
            text.add(before)
            let span = text.mark(mention)
            text.add(after)
            entities.append(EntityRecord(
                id: "\(doc)#\(type.rawValue):\(span.lowerBound)-\(span.upperBound)", doc: doc, start: span.lowerBound,
                end: span.upperBound, mention: mention, type: type, normalized: normalized, role: role, adcode: adcode,
                article: article))
        }

        let headline = "标题：\"引号\", 逗号 <&> 😀"
        text.add(headline + "\r\n")
        fact("全市共有", "1,200人", "参加，", value: ExactNumber(1200), unit: "人", kind: .count, subject: "\"党员\", 干部",
             headline: headline, context: "全市共有1,200人参加，他说：\"好\"。")
        fact("总投资", "36.4\r\n亿元", "。\n", value: ExactNumber(3_640_000_000), unit: "元", kind: .money, subject: "总投资",
             normalized: (ExactNumber(3_640_000_000), "CNY"), context: "总投资36.4亿元。", place: ("山西省大同市阳高县", .sentence),
             date: ("2023-02-23", .document))
        fact("耕地", "8000\t亩", "\t", value: ExactNumber(8000), unit: "亩", kind: .measure, subject: "耕地\t面积",
             normalized: (ExactNumber(double: 5_333_333.33, decimal: "5333333.33"), "m2"), context: "耕地8000\t亩")
        fact("<tag>", "5<&>吨", "</tag>", value: ExactNumber(5), unit: "<&>吨", kind: .measure, subject: "<![CDATA[x]]>",
             normalized: (ExactNumber(5000), "kg"), context: "<tag>5<&>吨</tag> &amp; ]]> <!-- -->")
        fact("控制", "7\u{1}\u{8}\u{B}\u{C}\u{1F}个", "字符\u{7F}", value: ExactNumber(7), unit: "个", kind: .count,
             subject: "控\u{1}制\u{1B}[31m", context: "C0: \u{1}\u{2}\u{3}\u{4}\u{5}\u{6}\u{7}\u{8}\u{B}\u{C}\u{E}\u{F}\u{10}\u{11}\u{12}\u{13}\u{14}\u{15}\u{16}\u{17}\u{18}\u{19}\u{1A}\u{1B}\u{1C}\u{1D}\u{1E}\u{1F} C1: \u{80}\u{85}\u{9F}")
        fact("非字符", "\u{FFFE}9\u{FFFF}条", "\u{FFFD}", value: ExactNumber(9), unit: "条", kind: .count, subject: "\u{FFFF}",
             context: "非字符\u{FFFE}9\u{FFFF}条 and a literal \\u0001 and \\\\ and \\u{1}")
        fact("增补", "𠀀12个😀", "👨‍👩‍👧", value: ExactNumber(12), unit: "个😀", kind: .count, qualifier: .moreThan,
             subject: "𠀀𝟘👨‍👩‍👧‍👦🇨🇳", context: "增补𠀀12个😀👨‍👩‍👧 \u{E000}\u{F8FF}\u{10FFFF}")
        fact("比例\u{200F}", "\u{202E}45%\u{202C}", "\u{200E}", value: ExactNumber(45), unit: "%", kind: .percent,
             change: .increaseTo, subject: "\u{200F}عربي\u{200F}", context: "\u{202E}比例45%\u{202C} \u{2028}行\u{2029}段")
        let huge = "1" + String(repeating: "0", count: 400)
        fact("天文数字", huge + "元", "。", value: ExactNumber(double: .infinity, decimal: huge), unit: "元", kind: .money,
             subject: "天文数字", normalized: (ExactNumber(double: .infinity, decimal: huge), "CNY"), context: "天文数字\(huge)元。")
        fact("气温", "-5至-3度", "。", value: ExactNumber(-5), valueMax: ExactNumber(-3), unit: "度", kind: .measure,
             qualifier: .approx, subject: "-气温", context: "-5至-3度")
        fact("浓度", "0.000001微克/立方米", "，", value: ExactNumber(0.000001), unit: "微克", kind: .measure, per: "立方米",
             subject: "=SUM(A1:A9)", normalized: (ExactNumber(0.000001), "μg/m3"), context: "=HYPERLINK(\"http://x\",\"y\")")
        fact("大数", "1e20吨", "。", value: ExactNumber(1e20), unit: "吨", kind: .measure, subject: "+大数",
             normalized: (ExactNumber(1e23), "kg"), context: "@SUM(1)")
        fact("组合", "Cafe\u{301}3家", "", value: ExactNumber(3), unit: "家", kind: .count, subject: "Caf\u{E9} vs Cafe\u{301}",
             context: "\tTab first")
        fact("空格", " 4 所 ", "", value: ExactNumber(4), unit: " 所 ", kind: .count, per: " 每年", subject: " 学校 ",
             article: 1, headline: " 第二篇 ", context: "\rCR first")
        fact("引号", "'6'项", "", value: ExactNumber(6), unit: "项", kind: .count, subject: "'quoted", article: 1,
             context: "''two quotes")
        let long = String(repeating: "长文本，\"引\"\n", count: 10_000)
        fact("长", "2000多名", "", value: ExactNumber(2000), unit: "名", kind: .count, qualifier: .moreThan,
             subject: String(repeating: "😀𠀀", count: 2_000), article: 1, context: long)

        entity("记者 ", "潘红", " ", type: .person, role: "记者 \"特约\", <&>")
        entity("", "阳高县", "，", type: .place, normalized: "山西省大同市阳高县", adcode: "140221")
        entity("", "晋能控股煤业集团😀", "、", type: .organization)
        entity("", "1月22日至28日", "，", type: .date, normalized: "2018-01-22/2018-01-28")
        entity("", "3月12日", "\u{0}", type: .date, normalized: "XXXX-03-12", article: 1)
        entity("", "巴黎\u{202E}", "。", type: .place)

        text.add("\n尾")
        let wrongSpan = FactRecord(id: "\(doc)#0-2", doc: doc, start: 0, end: 2, mention: "不对\r\n\u{1}😀",
                                   value: ExactNumber(1), unit: "个", kind: .count, context: "错")
        let nul = FactRecord(id: "\(doc)#0-1", doc: doc, start: 0, end: 1, mention: "标", value: ExactNumber(1),
                             unit: "个", kind: .count, subject: "NUL\u{0}here", context: "零")

        self.text = text.string
        self.facts = facts
        self.entities = entities
        self.invalid = [(wrongSpan, .spanMismatch), (nul, .fieldNUL)]
    }
}
