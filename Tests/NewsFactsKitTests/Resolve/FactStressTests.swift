import Testing
@testable import NewsFactsKit

/// A test input with required spans `⟦…⟧` and optional spans `⟪…⟫` (GUIDELINES §1 "Optional": a fact
/// there may be found or not).
struct StressText {
    /// The text without markers.
    let text: String
    /// The required spans, in order.
    let required: [Range<Int>]
    /// The optional spans.
    let optional: [Range<Int>]

    init(_ marked: String) {
        var plain = String.UnicodeScalarView()
        var required: [Range<Int>] = []
        var optional: [Range<Int>] = []
        var open: Int? = nil
        for s in marked.unicodeScalars {
            switch s {
            case "⟦", "⟪": open = plain.count
            case "⟧": if let start = open { required.append(start..<plain.count) }; open = nil
            case "⟫": if let start = open { optional.append(start..<plain.count) }; open = nil
            default: plain.append(s)
            }
        }
        self.text = String(plain)
        self.required = required
        self.optional = optional
    }
}

/// Stress cases for the Resolve stage, written for this suite in the style of Chinese news across many
/// domains and regions (none copied from the seed or development pages). Expected values follow
/// GUIDELINES §1 and were fixed before the program was run on them.
///
/// Each input marks the required facts `⟦…⟧` and the optional ones `⟪…⟫`; every other number must give
/// no fact. Subjects are checked loosely, because a subject is "as short as still says what it is" and the
/// scorer accepts overlap: the expected noun must be in the found subject, which may run on by two
/// characters (or have up to six words of scope or action before it), or the found subject must be part
/// of the expected one.
@Suite struct FactStressTests {
    // MARK: Economy and statistics bulletins
    static let economyCases: [(String, [ExpectedFact])] = [
        ("2023年，全市实现地区生产总值⟦4856.3亿元⟧，按可比价格计算，比上年增长⟦6.2%⟧。", [
            .init(value: 4856.3e8, unit: "元", kind: .money, subject: "地区生产总值", normalized: 4856.3e8, normalizedUnit: "CNY"),
            .init(value: 6.2, unit: "%", kind: .percent, change: .increaseBy),
        ]),
        ("规模以上工业增加值增长⟦7.1%⟧，增速比一季度加快⟦0.8个百分点⟧。", [
            .init(value: 7.1, unit: "%", kind: .percent, change: .increaseBy, subject: "工业增加值"),
            .init(value: 0.8, unit: "个百分点", kind: .percent, change: .increaseBy, subject: "增速"),
        ]),
        ("全年社会消费品零售总额⟦1532.7亿元⟧，增长⟦8.9%⟧；其中，网上零售额⟦312.4亿元⟧，增长⟦15.3%⟧。", [
            .init(value: 1532.7e8, unit: "元", kind: .money, subject: "社会消费品零售总额"),
            .init(value: 8.9, unit: "%", kind: .percent, change: .increaseBy, subject: "社会消费品零售总额"),
            .init(value: 312.4e8, unit: "元", kind: .money, subject: "网上零售额"),
            .init(value: 15.3, unit: "%", kind: .percent, change: .increaseBy),
        ]),
        ("居民人均可支配收入⟦38562元⟧，比上年增长⟦5.8%⟧。扣除价格因素，实际增长⟦5.1%⟧。", [
            .init(value: 38562, unit: "元", kind: .money, subject: "人均可支配收入"),
            .init(value: 5.8, unit: "%", kind: .percent, change: .increaseBy),
            .init(value: 5.1, unit: "%", kind: .percent, change: .increaseBy),
        ]),
        ("城镇新增就业⟦12.6万人⟧，城镇调查失业率为⟦5.2%⟧。", [
            .init(value: 126_000, unit: "人", kind: .count, subject: "城镇新增就业"),
            .init(value: 5.2, unit: "%", kind: .percent, subject: "城镇调查失业率"),
        ]),
        ("居民消费价格（CPI）同比上涨⟦0.3%⟧，工业生产者出厂价格（PPI）下降⟦2.7%⟧。", [
            .init(value: 0.3, unit: "%", kind: .percent, change: .increaseBy, subject: "居民消费价格"),
            .init(value: 2.7, unit: "%", kind: .percent, change: .decreaseBy, subject: "工业生产者出厂价格"),
        ]),
        ("货物进出口总额⟦6321.8亿元⟧，其中出口⟦4102.5亿元⟧，进口⟦2219.3亿元⟧。", [
            .init(value: 6321.8e8, unit: "元", kind: .money, subject: "货物进出口总额"),
            .init(value: 4102.5e8, unit: "元", kind: .money, subject: "出口"),
            .init(value: 2219.3e8, unit: "元", kind: .money, subject: "进口"),
        ]),
        ("第一产业增加值⟦213.4亿元⟧，第二产业增加值⟦1789.2亿元⟧，三次产业结构为4.4:36.8:58.8。", [
            .init(value: 213.4e8, unit: "元", kind: .money, subject: "第一产业增加值"),
            .init(value: 1789.2e8, unit: "元", kind: .money, subject: "第二产业增加值"),
        ]),
        ("年末全市常住人口⟦943.7万人⟧，城镇化率⟦68.5%⟧，比上年末提高⟦0.9个百分点⟧。", [
            .init(value: 9_437_000, unit: "人", kind: .count, subject: "常住人口"),
            .init(value: 68.5, unit: "%", kind: .percent, subject: "城镇化率"),
            .init(value: 0.9, unit: "个百分点", kind: .percent, change: .increaseBy),
        ]),
        ("全年粮食总产量⟦62.3亿斤⟧，连续⟦8年⟧稳定在⟦60亿斤以上⟧。", [
            .init(value: 62.3e8, unit: "斤", kind: .measure, subject: "粮食总产量", normalized: 31.15e8, normalizedUnit: "kg"),
            .init(value: 8, unit: "年", kind: .duration, normalized: 8 * 31_536_000, normalizedUnit: "s"),
            .init(value: 60e8, unit: "斤", kind: .measure, qualifier: .atLeast),
        ]),
        ("1—11月，规上工业企业实现利润总额⟦512.6亿元⟧，同比下降⟦3.4%⟧。", [
            .init(value: 512.6e8, unit: "元", kind: .money, subject: "利润总额"),
            .init(value: 3.4, unit: "%", kind: .percent, change: .decreaseBy),
        ]),
        ("前三季度，全省GDP同比增长⟦5.3%⟧，高于全国平均水平⟦0.1个百分点⟧。", [
            .init(value: 5.3, unit: "%", kind: .percent, change: .increaseBy, subject: "GDP"),
            .init(value: 0.1, unit: "个百分点", kind: .percent),
        ]),
        ("固定资产投资比上年下降⟦1.2%⟧，其中民间投资下降⟦6.8%⟧，基础设施投资增长⟦9.5%⟧。", [
            .init(value: 1.2, unit: "%", kind: .percent, change: .decreaseBy, subject: "固定资产投资"),
            .init(value: 6.8, unit: "%", kind: .percent, change: .decreaseBy, subject: "民间投资"),
            .init(value: 9.5, unit: "%", kind: .percent, change: .increaseBy, subject: "基础设施投资"),
        ]),
        ("全市一般公共预算收入完成⟦286.5亿元⟧，同口径增长⟦4.3%⟧。", [
            .init(value: 286.5e8, unit: "元", kind: .money, subject: "一般公共预算收入"),
            .init(value: 4.3, unit: "%", kind: .percent, change: .increaseBy),
        ]),
        ("全年万元GDP能耗下降⟦3.2%⟧，单位GDP二氧化碳排放下降⟦4.1%⟧。", [
            .init(value: 3.2, unit: "%", kind: .percent, change: .decreaseBy, subject: "能耗"),
            .init(value: 4.1, unit: "%", kind: .percent, change: .decreaseBy),
        ]),
        ("实际使用外资⟦12.8亿美元⟧，增长⟦11.4%⟧。", [
            .init(value: 12.8e8, unit: "美元", kind: .money, subject: "实际使用外资", normalized: 12.8e8, normalizedUnit: "USD"),
            .init(value: 11.4, unit: "%", kind: .percent, change: .increaseBy),
        ]),
        ("新登记市场主体⟦8.6万户⟧，年末实有市场主体⟦105.3万户⟧。", [
            .init(value: 86_000, unit: "户", kind: .count, subject: "新登记市场主体"),
            .init(value: 1_053_000, unit: "户", kind: .count, subject: "实有市场主体"),
        ]),
        ("金融机构本外币存款余额⟦1.56万亿元⟧，比年初增加⟦1236亿元⟧。", [
            .init(value: 1.56e12, unit: "元", kind: .money, subject: "本外币存款余额", normalized: 1.56e12, normalizedUnit: "CNY"),
            .init(value: 1236e8, unit: "元", kind: .money, change: .increaseBy),
        ]),
        ("全年接待国内外游客⟦1.2亿人次⟧，实现旅游总收入⟦1380亿元⟧，分别恢复到2019年的⟦96%⟧和⟦102%⟧。", [
            .init(value: 1.2e8, unit: "人次", kind: .count, subject: "游客"),
            .init(value: 1380e8, unit: "元", kind: .money, subject: "旅游总收入"),
            .init(value: 96, unit: "%", kind: .percent),
            .init(value: 102, unit: "%", kind: .percent),
        ]),
        ("全年小微企业净增⟦2.3万家⟧，民营经济占GDP比重达⟦58.6%⟧。", [
            .init(value: 23_000, unit: "家", kind: .count, change: .increaseBy, subject: "小微企业"),
            .init(value: 58.6, unit: "%", kind: .percent),
        ]),
        ("截至6月末，全市金融机构人民币贷款余额⟦2.36万亿元⟧，同比增长⟦9.8%⟧，比年初增加⟦1582亿元⟧。", [
            .init(value: 2.36e12, unit: "元", kind: .money, subject: "人民币贷款余额"),
            .init(value: 9.8, unit: "%", kind: .percent, change: .increaseBy),
            .init(value: 1582e8, unit: "元", kind: .money, change: .increaseBy),
        ]),
        ("上半年，全市居民人均消费支出⟦16258元⟧，增长⟦7.2%⟧，其中服务性消费支出占比⟦45.3%⟧。", [
            .init(value: 16258, unit: "元", kind: .money, subject: "人均消费支出"),
            .init(value: 7.2, unit: "%", kind: .percent, change: .increaseBy),
            .init(value: 45.3, unit: "%", kind: .percent, subject: "服务性消费支出占比"),
        ]),
        ("全县农村居民人均可支配收入达到⟦1.68万元⟧，年均增长⟦8.1%⟧，增速高于城镇居民⟦1.9个百分点⟧。", [
            .init(value: 16_800, unit: "元", kind: .money, subject: "农村居民人均可支配收入"),
            .init(value: 8.1, unit: "%", kind: .percent, change: .increaseBy),
            .init(value: 1.9, unit: "个百分点", kind: .percent, subject: "增速"),
        ]),
        ("今年以来，全市新开工项目⟦412个⟧，其中亿元以上项目⟦168个⟧。", [
            .init(value: 412, unit: "个", kind: .count, subject: "新开工项目"),
            .init(value: 168, unit: "个", kind: .count, subject: "项目"),
        ]),
        ("国家统计局发布数据，5月份全国CPI同比上涨⟦0.2%⟧，PPI同比下降⟦4.6%⟧，降幅比上月扩大⟦1个百分点⟧。", [
            .init(value: 0.2, unit: "%", kind: .percent, change: .increaseBy, subject: "CPI"),
            .init(value: 4.6, unit: "%", kind: .percent, change: .decreaseBy, subject: "PPI"),
            .init(value: 1, unit: "个百分点", kind: .percent, change: .increaseBy, subject: "降幅"),
        ]),
        ("该企业年产值由⟦5000万元⟧增长到⟦2.3亿元⟧，员工从⟦80人⟧增加到⟦460人⟧。", [
            .init(value: 5000e4, unit: "元", kind: .money, subject: "年产值"),
            .init(value: 2.3e8, unit: "元", kind: .money, change: .increaseTo),
            .init(value: 80, unit: "人", kind: .count, subject: "员工"),
            .init(value: 460, unit: "人", kind: .count, change: .increaseTo),
        ]),
        ("全市规模以上工业企业达到⟦2836户⟧，比上年净增⟦218户⟧。", [
            .init(value: 2836, unit: "户", kind: .count, subject: "工业企业"),
            .init(value: 218, unit: "户", kind: .count, change: .increaseBy),
        ]),
        ("直播带货成交额突破⟦1.2亿元⟧，观看人次超⟦5000万⟧。", [
            .init(value: 1.2e8, unit: "元", kind: .money, qualifier: .moreThan, subject: "成交额"),
            .init(value: 5e7, unit: nil, kind: .count, qualifier: .moreThan, subject: "观看人次"),
        ]),
        ("“十四五”期间，全市计划实施重大项目⟦500个以上⟧，总投资超⟦8000亿元⟧。", [
            .init(value: 500, unit: "个", kind: .count, qualifier: .atLeast, subject: "重大项目"),
            .init(value: 8000e8, unit: "元", kind: .money, qualifier: .moreThan, subject: "总投资"),
        ]),
        ("今年上半年，全市商品房销售面积⟦420万平方米⟧，同比下降⟦18.6%⟧；销售额⟦512亿元⟧，下降⟦22.3%⟧。", [
            .init(value: 420e4, unit: "平方米", kind: .measure, subject: "商品房销售面积"),
            .init(value: 18.6, unit: "%", kind: .percent, change: .decreaseBy),
            .init(value: 512e8, unit: "元", kind: .money, subject: "销售额"),
            .init(value: 22.3, unit: "%", kind: .percent, change: .decreaseBy),
        ]),
        ("春节假期，全市重点景区累计接待游客⟦286.5万人次⟧，实现旅游收入⟦18.6亿元⟧，分别同比增长⟦32.1%⟧和⟦41.5%⟧。", [
            .init(value: 2_865_000, unit: "人次", kind: .count, subject: "接待游客"),
            .init(value: 18.6e8, unit: "元", kind: .money, subject: "旅游收入"),
            .init(value: 32.1, unit: "%", kind: .percent, change: .increaseBy, subject: "接待游客"),
            .init(value: 41.5, unit: "%", kind: .percent, change: .increaseBy, subject: "旅游收入"),
        ]),
        ("2023年，我国粮食总产量⟦13908.2亿斤⟧，比上年增加⟦177.6亿斤⟧，增长⟦1.3%⟧，连续⟦9年⟧稳定在⟦1.3万亿斤以上⟧。", [
            .init(value: 13908.2e8, unit: "斤", kind: .measure, subject: "粮食总产量"),
            .init(value: 177.6e8, unit: "斤", kind: .measure, change: .increaseBy),
            .init(value: 1.3, unit: "%", kind: .percent, change: .increaseBy),
            .init(value: 9, unit: "年", kind: .duration),
            .init(value: 1.3e12, unit: "斤", kind: .measure, qualifier: .atLeast),
        ]),
        ("全市建成区面积⟦512平方公里⟧，城区常住人口⟦468万⟧。", [
            .init(value: 512, unit: "平方公里", kind: .measure, subject: "建成区面积", normalized: 5.12e8, normalizedUnit: "m2"),
            .init(value: 4_680_000, unit: nil, kind: .count, subject: "城区常住人口"),
        ]),
        ("新能源汽车产量⟦45.6万辆⟧，增长⟦1.3倍⟧。", [
            .init(value: 456_000, unit: "辆", kind: .count, subject: "新能源汽车产量"),
            .init(value: 1.3, unit: "倍", kind: .percent, change: .increaseBy),
        ]),
        ("按商品分，机电产品出口额居首，达到⟦86.2亿元⟧；按企业性质分，民营企业出口增长达到⟦12.5%⟧。", [
            .init(value: 86.2e8, unit: "元", kind: .money, subject: "机电产品出口额"),
            .init(value: 12.5, unit: "%", kind: .percent, change: .increaseBy, subject: "民营企业出口"),
        ]),
        ("全省水稻和小麦产量分别约占全国的⟦4.5%⟧和⟦3%⟧。", [
            .init(value: 4.5, unit: "%", kind: .percent, qualifier: .approx),
            .init(value: 3, unit: "%", kind: .percent, qualifier: .approx),
        ]),
        ("去年该市人均GDP达到⟦1.5万美元⟧，相当于⟦10.2万元人民币⟧。", [
            .init(value: 15_000, unit: "美元", kind: .money, subject: "人均GDP"),
            .init(value: 102_000, unit: "元", kind: .money, subject: "人均GDP", normalized: 102_000, normalizedUnit: "CNY"),
        ]),
        ("年轻人的平均结婚年龄推迟到⟦28.7岁⟧，会议要求各部门做到'三个必须'。", [
            .init(value: 28.7, unit: "岁", kind: .age, change: .increaseTo, subject: "平均结婚年龄"),
        ]),
    ]

    // MARK: Agriculture
    static let agricultureCases: [(String, [ExpectedFact])] = [
        ("今年全县种植马铃薯⟦12万亩⟧，预计亩产⟦4000斤左右⟧。", [
            .init(value: 120_000, unit: "亩", kind: .measure, subject: "马铃薯", normalized: 80_000_000, normalizedUnit: "m2"),
            .init(value: 4000, unit: "斤", kind: .measure, qualifier: .approx, subject: "亩产"),
        ]),
        ("该合作社流转土地⟦3200余亩⟧，带动周边⟦460户⟧农户增收。", [
            .init(value: 3200, unit: "亩", kind: .measure, qualifier: .moreThan, subject: "流转土地"),
            .init(value: 460, unit: "户", kind: .count, subject: "农户"),
        ]),
        ("全市生猪出栏⟦186.4万头⟧，存栏⟦98.2万头⟧，猪肉产量⟦14.3万吨⟧。", [
            .init(value: 1_864_000, unit: "头", kind: .count, subject: "生猪出栏"),
            .init(value: 982_000, unit: "头", kind: .count, subject: "存栏"),
            .init(value: 143_000, unit: "吨", kind: .measure, subject: "猪肉产量", normalized: 1.43e8, normalizedUnit: "kg"),
        ]),
        ("夏粮收购价每斤⟦1.18元⟧，比去年同期高⟦3分钱⟧。", [
            .init(value: 1.18, unit: "元", kind: .money, per: "斤", subject: "夏粮收购价"),
            .init(value: 3, unit: "分", kind: .money, normalized: 0.03, normalizedUnit: "CNY"),
        ]),
        ("大棚蔬菜每亩纯收入可达⟦2万元以上⟧。", [
            .init(value: 20_000, unit: "元", kind: .money, qualifier: .atLeast, per: "亩", subject: "纯收入"),
        ]),
        ("全省建成高标准农田⟦5600万亩⟧，占耕地面积的⟦六成以上⟧。", [
            .init(value: 56e6, unit: "亩", kind: .measure, subject: "高标准农田"),
            .init(value: 6, unit: "成", kind: .percent, qualifier: .atLeast),
        ]),
        ("小麦平均亩产⟦463.2公斤⟧，增产⟦8.6公斤⟧。", [
            .init(value: 463.2, unit: "公斤", kind: .measure, subject: "平均亩产", normalized: 463.2, normalizedUnit: "kg"),
            .init(value: 8.6, unit: "公斤", kind: .measure, change: .increaseBy),
        ]),
        ("受干旱影响，玉米减产⟦两成左右⟧。", [
            .init(value: 2, unit: "成", kind: .percent, qualifier: .approx, change: .decreaseBy, subject: "玉米"),
        ]),
        ("茶叶种植面积达⟦1.5万公顷⟧，年产干茶⟦2.3万吨⟧，综合产值突破⟦50亿元⟧。", [
            .init(value: 15_000, unit: "公顷", kind: .measure, subject: "茶叶种植面积", normalized: 1.5e8, normalizedUnit: "m2"),
            .init(value: 23_000, unit: "吨", kind: .measure, subject: "干茶"),
            .init(value: 50e8, unit: "元", kind: .money, qualifier: .moreThan, subject: "综合产值"),
        ]),
        ("全县发放农机购置补贴⟦2860万元⟧，惠及农户⟦1.1万户⟧。", [
            .init(value: 2860e4, unit: "元", kind: .money, subject: "农机购置补贴"),
            .init(value: 11_000, unit: "户", kind: .count, subject: "农户"),
        ]),
        ("苹果收购价从每斤⟦2.5元⟧涨到⟦3.2元⟧。", [
            .init(value: 2.5, unit: "元", kind: .money, per: "斤", subject: "苹果收购价"),
            .init(value: 3.2, unit: "元", kind: .money, change: .increaseTo),
        ]),
        ("该村养殖肉牛⟦1200头⟧、山羊⟦3500只⟧，建成标准化圈舍⟦86座⟧。", [
            .init(value: 1200, unit: "头", kind: .count, subject: "肉牛"),
            .init(value: 3500, unit: "只", kind: .count, subject: "山羊"),
            .init(value: 86, unit: "座", kind: .count, subject: "圈舍"),
        ]),
        ("今年秋粮收购量⟦850万吨⟧，收购价格每公斤⟦2.76元⟧。", [
            .init(value: 850e4, unit: "吨", kind: .measure, subject: "秋粮收购量"),
            .init(value: 2.76, unit: "元", kind: .money, per: "公斤", subject: "收购价格"),
        ]),
        ("全县农民专业合作社发展到⟦1563家⟧，家庭农场⟦892个⟧。", [
            .init(value: 1563, unit: "家", kind: .count, change: .increaseTo, subject: "农民专业合作社"),
            .init(value: 892, unit: "个", kind: .count, subject: "家庭农场"),
        ]),
        ("捐赠化肥⟦200袋⟧、种子⟦150箱⟧。", [
            .init(value: 200, unit: "袋", kind: .count, subject: "化肥"),
            .init(value: 150, unit: "箱", kind: .count, subject: "种子"),
        ]),
        ("持续⟦3天⟧的强降雨导致⟦1.2万亩⟧农田受灾，全县⟦3.2万⟧脱贫人口全部实现稳定增收。", [
            .init(value: 3, unit: "天", kind: .duration),
            .init(value: 12_000, unit: "亩", kind: .measure, subject: "农田"),
            .init(value: 32_000, unit: nil, kind: .count, subject: "脱贫人口"),
        ]),
        ("全市⟦60%以上⟧的行政村实现了集体经济收入⟦10万元以上⟧。", [
            .init(value: 60, unit: "%", kind: .percent, qualifier: .atLeast, subject: "行政村"),
            .init(value: 100_000, unit: "元", kind: .money, qualifier: .atLeast, subject: "集体经济收入"),
        ]),
        ("据测算，项目建成后每年可增加税收⟦2亿元左右⟧，带动就业⟦3000余人⟧。", [
            .init(value: 2e8, unit: "元", kind: .money, qualifier: .approx, subject: "税收"),
            .init(value: 3000, unit: "人", kind: .count, qualifier: .moreThan, subject: "就业"),
        ]),
    ]

    // MARK: Energy
    static let energyCases: [(String, [ExpectedFact])] = [
        ("该风电场总装机容量⟦20万千瓦⟧，年发电量约⟦5亿千瓦时⟧，每年可节约标准煤⟦15万吨⟧。", [
            .init(value: 200_000, unit: "千瓦", kind: .measure, subject: "总装机容量", normalized: 2e8, normalizedUnit: "W"),
            .init(value: 5e8, unit: "千瓦时", kind: .measure, qualifier: .approx, subject: "年发电量", normalized: 5e11, normalizedUnit: "Wh"),
            .init(value: 150_000, unit: "吨", kind: .measure, subject: "标准煤"),
        ]),
        ("二氧化碳排放减少⟦40万吨⟧。", [
            .init(value: 400_000, unit: "吨", kind: .measure, change: .decreaseBy, subject: "二氧化碳排放"),
        ]),
        ("全省新能源装机突破⟦5000万千瓦⟧，占总装机的⟦52%⟧。", [
            .init(value: 5e7, unit: "千瓦", kind: .measure, qualifier: .moreThan, subject: "新能源装机"),
            .init(value: 52, unit: "%", kind: .percent),
        ]),
        ("光伏电站年均发电⟦1.2亿度⟧，上网电价为⟦0.35元/度⟧。", [
            .init(value: 1.2e8, unit: "度", kind: .measure, normalized: 1.2e11, normalizedUnit: "Wh"),
            .init(value: 0.35, unit: "元", kind: .money, per: "度", subject: "上网电价"),
        ]),
        ("城市电网供电可靠率达到⟦99.98%⟧，用户年均停电时间缩短至⟦1.5小时⟧。", [
            .init(value: 99.98, unit: "%", kind: .percent, subject: "供电可靠率"),
            .init(value: 1.5, unit: "小时", kind: .duration, change: .decreaseTo, subject: "停电时间", normalized: 5400, normalizedUnit: "s"),
        ]),
        ("新建⟦110千伏⟧变电站⟦3座⟧，改造⟦10千伏⟧线路⟦126公里⟧。", [
            .init(value: 110, unit: "千伏", kind: .measure, subject: "变电站", normalized: 110_000, normalizedUnit: "V"),
            .init(value: 3, unit: "座", kind: .count, subject: "变电站"),
            .init(value: 10, unit: "千伏", kind: .measure, subject: "线路"),
            .init(value: 126, unit: "公里", kind: .measure, subject: "线路", normalized: 126_000, normalizedUnit: "m"),
        ]),
        ("天然气日均供应量达⟦1800万立方米⟧，同比增加⟦12%⟧。", [
            .init(value: 18e6, unit: "立方米", kind: .measure, subject: "天然气日均供应量", normalized: 18e6, normalizedUnit: "m3"),
            .init(value: 12, unit: "%", kind: .percent, change: .increaseBy),
        ]),
        ("煤炭产量⟦1.3亿吨⟧，下降⟦2.1%⟧；原油产量⟦2100万吨⟧，增长⟦1.8%⟧。", [
            .init(value: 1.3e8, unit: "吨", kind: .measure, subject: "煤炭产量"),
            .init(value: 2.1, unit: "%", kind: .percent, change: .decreaseBy, subject: "煤炭产量"),
            .init(value: 21e6, unit: "吨", kind: .measure, subject: "原油产量"),
            .init(value: 1.8, unit: "%", kind: .percent, change: .increaseBy, subject: "原油产量"),
        ]),
        ("全市建成充电桩⟦2.6万个⟧，换电站⟦48座⟧。", [
            .init(value: 26_000, unit: "个", kind: .count, subject: "充电桩"),
            .init(value: 48, unit: "座", kind: .count, subject: "换电站"),
        ]),
        ("储能电站规模为⟦100兆瓦⟧/⟦200兆瓦时⟧。", [
            .init(value: 100, unit: "兆瓦", kind: .measure, normalized: 1e8, normalizedUnit: "W"),
            .init(value: 200, unit: "兆瓦时", kind: .measure, normalized: 2e8, normalizedUnit: "Wh"),
        ]),
        ("全社会用电量⟦3562亿千瓦时⟧，其中工业用电量增长⟦6.7%⟧。", [
            .init(value: 3562e8, unit: "千瓦时", kind: .measure, subject: "全社会用电量", normalized: 3562e11, normalizedUnit: "Wh"),
            .init(value: 6.7, unit: "%", kind: .percent, change: .increaseBy, subject: "工业用电量"),
        ]),
        ("国际油价跌至每桶⟦70美元以下⟧，原油日产量⟦1200万桶⟧。", [
            .init(value: 70, unit: "美元", kind: .money, qualifier: .lessThan, change: .decreaseTo, per: "桶"),
            .init(value: 12e6, unit: "桶", kind: .count, subject: "原油日产量"),
        ]),
        ("土石方开挖⟦120万方⟧，浇筑混凝土⟦36万立方米⟧。", [
            .init(value: 1.2e6, unit: "方", kind: .measure, subject: "土石方开挖", normalized: 1.2e6, normalizedUnit: "m3"),
            .init(value: 360_000, unit: "立方米", kind: .measure, subject: "混凝土"),
        ]),
    ]

    // MARK: Transport
    static let transportCases: [(String, [ExpectedFact])] = [
        ("全年完成客运量⟦1.86亿人次⟧，货运量⟦3.2亿吨⟧，港口集装箱吞吐量⟦1020万标准箱⟧。", [
            .init(value: 1.86e8, unit: "人次", kind: .count, subject: "客运量"),
            .init(value: 3.2e8, unit: "吨", kind: .measure, subject: "货运量"),
            .init(value: 1020e4, unit: "标准箱", kind: .count, subject: "港口集装箱吞吐量"),
        ]),
        ("地铁3号线全长⟦38.5公里⟧，共设车站⟦27座⟧，设计时速⟦80公里⟧。", [
            .init(value: 38.5, unit: "公里", kind: .measure, subject: "全长", normalized: 38_500, normalizedUnit: "m"),
            .init(value: 27, unit: "座", kind: .count, subject: "车站"),
            .init(value: 80, unit: "公里", kind: .measure, subject: "设计时速"),
        ]),
        ("高铁开通后，两地通行时间由⟦3小时⟧缩短至⟦1小时以内⟧。", [
            .init(value: 3, unit: "小时", kind: .duration, subject: "通行时间"),
            .init(value: 1, unit: "小时", kind: .duration, qualifier: .atMost, change: .decreaseTo),
        ]),
        ("春运期间，全省铁路预计发送旅客⟦2100万人次⟧，日均⟦52.5万人次⟧。", [
            .init(value: 21e6, unit: "人次", kind: .count, subject: "发送旅客"),
            .init(value: 525_000, unit: "人次", kind: .count),
        ]),
        ("机场旅客吞吐量首次突破⟦3000万人次⟧。", [
            .init(value: 3e7, unit: "人次", kind: .count, qualifier: .moreThan, subject: "机场旅客吞吐量"),
        ]),
        ("G15沈海高速改扩建工程全长⟦93公里⟧，总投资⟦156亿元⟧。", [
            .init(value: 93, unit: "公里", kind: .measure, subject: "沈海高速改扩建工程全长"),
            .init(value: 156e8, unit: "元", kind: .money, subject: "总投资"),
        ]),
        ("全市公交车辆⟦5600辆⟧，其中新能源公交占比达⟦92%⟧。", [
            .init(value: 5600, unit: "辆", kind: .count, subject: "公交车辆"),
            .init(value: 92, unit: "%", kind: .percent, subject: "新能源公交占比"),
        ]),
        ("交警部门共查处酒驾⟦326起⟧，醉驾⟦58起⟧。", [
            .init(value: 326, unit: "起", kind: .count, subject: "酒驾"),
            .init(value: 58, unit: "起", kind: .count, subject: "醉驾"),
        ]),
        ("春运首日，12306网站售出车票⟦1520万张⟧。", [
            .init(value: 1520e4, unit: "张", kind: .count, subject: "车票"),
        ]),
        ("乘坐K1234次列车的⟦300余名⟧旅客被妥善安置。", [
            .init(value: 300, unit: "名", kind: .count, qualifier: .moreThan, subject: "旅客"),
        ]),
        ("该航班于北京时间14时25分起飞，比计划晚了⟦2个多小时⟧。", [
            .init(value: 2, unit: "个小时", kind: .duration, qualifier: .moreThan, normalized: 7200, normalizedUnit: "s"),
        ]),
        ("新开通国际货运航线⟦8条⟧，每周运营⟦24班⟧。", [
            .init(value: 8, unit: "条", kind: .count, subject: "国际货运航线"),
            .init(value: 24, unit: "班", kind: .count, per: "周"),
        ]),
        ("大桥主跨⟦1120米⟧，桥面宽⟦33.5米⟧，设计时速⟦100公里/小时⟧。", [
            .init(value: 1120, unit: "米", kind: .measure, subject: "主跨", normalized: 1120, normalizedUnit: "m"),
            .init(value: 33.5, unit: "米", kind: .measure, subject: "桥面宽"),
            .init(value: 100, unit: "公里/小时", kind: .measure, subject: "设计时速", normalized: 100, normalizedUnit: "km/h"),
        ]),
        ("快递业务量累计完成⟦12.6亿件⟧，同比增长⟦18%⟧。", [
            .init(value: 12.6e8, unit: "件", kind: .count, subject: "快递业务量"),
            .init(value: 18, unit: "%", kind: .percent, change: .increaseBy),
        ]),
    ]

    // MARK: Health and epidemics
    static let healthCases: [(String, [ExpectedFact])] = [
        ("全省累计报告确诊病例⟦1256例⟧，治愈出院⟦1198例⟧，死亡⟦6例⟧。", [
            .init(value: 1256, unit: "例", kind: .count, subject: "确诊病例"),
            .init(value: 1198, unit: "例", kind: .count, subject: "治愈出院"),
            .init(value: 6, unit: "例", kind: .count, subject: "死亡"),
        ]),
        ("昨日新增本土确诊病例⟦23例⟧、无症状感染者⟦156例⟧。", [
            .init(value: 23, unit: "例", kind: .count, subject: "本土确诊病例"),
            .init(value: 156, unit: "例", kind: .count, subject: "无症状感染者"),
        ]),
        ("全市共有医疗卫生机构⟦3862个⟧，床位⟦5.6万张⟧，卫生技术人员⟦7.8万人⟧。", [
            .init(value: 3862, unit: "个", kind: .count, subject: "医疗卫生机构"),
            .init(value: 56_000, unit: "张", kind: .count, subject: "床位"),
            .init(value: 78_000, unit: "人", kind: .count, subject: "卫生技术人员"),
        ]),
        ("婴儿死亡率下降到⟦3.1‰⟧。", [
            .init(value: 3.1, unit: "‰", kind: .percent, change: .decreaseTo, subject: "婴儿死亡率"),
        ]),
        ("全市累计接种新冠疫苗⟦2100万剂次⟧，加强免疫接种⟦380万人⟧。", [
            .init(value: 21e6, unit: "剂次", kind: .count, subject: "新冠疫苗"),
            .init(value: 380e4, unit: "人", kind: .count),
        ]),
        ("流感样病例占门急诊病例总数的⟦4.7%⟧。", [
            .init(value: 4.7, unit: "%", kind: .percent, subject: "流感样病例占门急诊病例总数"),
        ]),
        ("患者平均住院日缩短⟦0.8天⟧。", [
            .init(value: 0.8, unit: "天", kind: .duration, change: .decreaseBy, subject: "平均住院日", normalized: 69_120, normalizedUnit: "s"),
        ]),
        ("该药品每盒售价从⟦198元⟧降至⟦68元⟧，降幅达⟦65.7%⟧。", [
            .init(value: 198, unit: "元", kind: .money, per: "盒", subject: "售价"),
            .init(value: 68, unit: "元", kind: .money, change: .decreaseTo),
            .init(value: 65.7, unit: "%", kind: .percent, change: .decreaseBy),
        ]),
        ("120急救中心全年接警⟦18.6万次⟧。", [
            .init(value: 186_000, unit: "次", kind: .count),
        ]),
        ("一名⟦45岁⟧男子突发心梗，经抢救脱离危险。", [
            .init(value: 45, unit: "岁", kind: .age, subject: "男子"),
        ]),
        ("每千人口执业（助理）医师⟦3.2人⟧，每万人口全科医生⟦3.9名⟧。", [
            .init(value: 3.2, unit: "人", kind: .count, subject: "医师"),
            .init(value: 3.9, unit: "名", kind: .count, subject: "全科医生"),
        ]),
        ("医保目录新增药品⟦126种⟧，平均降价⟦61.7%⟧。", [
            .init(value: 126, unit: "种", kind: .count, subject: "药品"),
            .init(value: 61.7, unit: "%", kind: .percent, change: .decreaseBy),
        ]),
        ("发放口罩⟦10万只⟧、消毒液⟦5000瓶⟧、药品⟦800盒⟧。", [
            .init(value: 100_000, unit: "只", kind: .count, subject: "口罩"),
            .init(value: 5000, unit: "瓶", kind: .count, subject: "消毒液"),
            .init(value: 800, unit: "盒", kind: .count, subject: "药品"),
        ]),
        ("人均预期寿命达到⟦78.6岁⟧，孕产妇死亡率降至⟪9.8/10万⟫。", [
            .init(value: 78.6, unit: "岁", kind: .age, subject: "人均预期寿命"),
        ]),
        ("全市养老机构床位⟦3.6万张⟧，每千名老年人拥有养老床位⟦32张⟧。", [
            .init(value: 36_000, unit: "张", kind: .count, subject: "养老机构床位"),
            .init(value: 32, unit: "张", kind: .count, per: "千名", subject: "养老床位"),
        ]),
        ("全省医疗机构门急诊量达⟦3.2亿人次⟧，出院⟦1250万人⟧，病床使用率⟦81.6%⟧。", [
            .init(value: 3.2e8, unit: "人次", kind: .count, subject: "门急诊量"),
            .init(value: 1250e4, unit: "人", kind: .count),
            .init(value: 81.6, unit: "%", kind: .percent, subject: "病床使用率"),
        ]),
        ("目前，全市日均核酸检测能力达到⟦50万管⟧。", [
            .init(value: 500_000, unit: "管", kind: .count, subject: "核酸检测能力"),
        ]),
        ("县第一人民医院新院区建筑面积⟦18万平方米⟧，设置床位⟦1200张⟧。", [
            .init(value: 180_000, unit: "平方米", kind: .measure, subject: "新院区建筑面积"),
            .init(value: 1200, unit: "张", kind: .count, subject: "床位"),
        ]),
        ("课题组共调查⟦12万⟧成年人，其中⟦八成⟧年轻人每天使用手机超过⟦5小时⟧。", [
            .init(value: 120_000, unit: nil, kind: .count, subject: "成年人"),
            .init(value: 8, unit: "成", kind: .percent, subject: "年轻人"),
            .init(value: 5, unit: "小时", kind: .duration, qualifier: .moreThan),
        ]),
        ("该病毒潜伏期一般为⟦3至7天⟧，最长不超过⟦14天⟧。", [
            .init(value: 3, unit: "天", kind: .duration, valueMax: 7, subject: "病毒潜伏期"),
            .init(value: 14, unit: "天", kind: .duration, qualifier: .atMost),
        ]),
        ("2023年人口出生率为⟦6.39‰⟧，人口自然增长率为⟦-1.48‰⟧，男性占⟦51.2%⟧。", [
            .init(value: 6.39, unit: "‰", kind: .percent, subject: "人口出生率"),
            .init(value: -1.48, unit: "‰", kind: .percent, change: .increaseBy, subject: "人口自然增长率"),
            .init(value: 51.2, unit: "%", kind: .percent, subject: "男性"),
        ]),
    ]

    // MARK: Education
    static let educationCases: [(String, [ExpectedFact])] = [
        ("今年全省高考报名人数达⟦68.2万人⟧，比去年增加⟦3.1万人⟧。", [
            .init(value: 682_000, unit: "人", kind: .count, subject: "高考报名人数"),
            .init(value: 31_000, unit: "人", kind: .count, change: .increaseBy),
        ]),
        ("全市共有中小学⟦1126所⟧，在校学生⟦98.6万人⟧，专任教师⟦6.9万名⟧。", [
            .init(value: 1126, unit: "所", kind: .count, subject: "中小学"),
            .init(value: 986_000, unit: "人", kind: .count, subject: "在校学生"),
            .init(value: 69_000, unit: "名", kind: .count, subject: "专任教师"),
        ]),
        ("该校本科毕业生就业率为⟦95.3%⟧，其中⟦三成以上⟧选择继续深造。", [
            .init(value: 95.3, unit: "%", kind: .percent, subject: "就业率"),
            .init(value: 3, unit: "成", kind: .percent, qualifier: .atLeast),
        ]),
        ("学校占地面积⟦260亩⟧，建筑面积⟦12万平方米⟧，可容纳学生⟦3000人⟧。", [
            .init(value: 260, unit: "亩", kind: .measure, subject: "占地面积"),
            .init(value: 120_000, unit: "平方米", kind: .measure, subject: "建筑面积", normalized: 120_000, normalizedUnit: "m2"),
            .init(value: 3000, unit: "人", kind: .count, subject: "学生"),
        ]),
        ("新建、改扩建幼儿园⟦45所⟧，新增学位⟦1.35万个⟧。", [
            .init(value: 45, unit: "所", kind: .count, subject: "幼儿园"),
            .init(value: 13_500, unit: "个", kind: .count, subject: "学位"),
        ]),
        ("高三（2）班的⟦42名⟧学生全部考上本科。", [
            .init(value: 42, unit: "名", kind: .count, subject: "学生"),
        ]),
        ("九年义务教育巩固率达到⟦96.8%⟧，高中阶段毛入学率⟦92.1%⟧。", [
            .init(value: 96.8, unit: "%", kind: .percent, subject: "巩固率"),
            .init(value: 92.1, unit: "%", kind: .percent, subject: "毛入学率"),
        ]),
        ("教育经费投入⟦356亿元⟧，占财政支出的⟦18.2%⟧。", [
            .init(value: 356e8, unit: "元", kind: .money, subject: "教育经费投入"),
            .init(value: 18.2, unit: "%", kind: .percent),
        ]),
        ("全校一至六年级共有学生⟦860名⟧，开设四年制本科专业⟦12个⟧。", [
            .init(value: 860, unit: "名", kind: .count, subject: "学生"),
            .init(value: 12, unit: "个", kind: .count, subject: "本科专业"),
        ]),
        ("今年本科一批录取控制分数线为⟦512分⟧，比去年提高⟦8分⟧。", [
            .init(value: 512, unit: "分", kind: .count, subject: "录取控制分数线"),
            .init(value: 8, unit: "分", kind: .count, change: .increaseBy),
        ]),
        ("全县发放助学金⟦1860万元⟧，资助学生⟦1.2万余人次⟧。", [
            .init(value: 1860e4, unit: "元", kind: .money, subject: "助学金"),
            .init(value: 12_000, unit: "人次", kind: .count, qualifier: .moreThan, subject: "学生"),
        ]),
        ("高考首日，全市共有⟦6.8万名⟧考生参加考试，设置考点⟦42个⟧、考场⟦2270个⟧。", [
            .init(value: 68_000, unit: "名", kind: .count, subject: "考生"),
            .init(value: 42, unit: "个", kind: .count, subject: "考点"),
            .init(value: 2270, unit: "个", kind: .count, subject: "考场"),
        ]),
        ("该校现有在校生⟦2.1万余人⟧，教职工⟦1600余人⟧，其中博士⟦580人⟧。", [
            .init(value: 21_000, unit: "人", kind: .count, qualifier: .moreThan, subject: "在校生"),
            .init(value: 1600, unit: "人", kind: .count, qualifier: .moreThan, subject: "教职工"),
            .init(value: 580, unit: "人", kind: .count, subject: "博士"),
        ]),
        ("全市中小学生近视率为⟦52.7%⟧，较上年下降⟦1.3个百分点⟧，数学满分⟦150分⟧，平均成绩为⟦98.5分⟧。", [
            .init(value: 52.7, unit: "%", kind: .percent, subject: "近视率"),
            .init(value: 1.3, unit: "个百分点", kind: .percent, change: .decreaseBy),
            .init(value: 150, unit: "分", kind: .count, subject: "满分"),
            .init(value: 98.5, unit: "分", kind: .count, subject: "平均成绩"),
        ]),
        ("新校区设计规模为⟦36个⟧班，可提供学位⟦1620个⟧。", [
            .init(value: 36, unit: "个", kind: .count, subject: "班"),
            .init(value: 1620, unit: "个", kind: .count, subject: "学位"),
        ]),
        ("举办教师培训班⟦15期⟧，培训教师⟦2400人次⟧。", [
            .init(value: 15, unit: "期", kind: .count, subject: "教师培训班"),
            .init(value: 2400, unit: "人次", kind: .count, subject: "教师"),
        ]),
    ]

    // MARK: Disasters and accidents
    static let disastersCases: [(String, [ExpectedFact])] = [
        ("事故造成⟦3人⟧死亡、⟦12人⟧受伤，直接经济损失约⟦860万元⟧。", [
            .init(value: 3, unit: "人", kind: .count),
            .init(value: 12, unit: "人", kind: .count),
            .init(value: 860e4, unit: "元", kind: .money, qualifier: .approx, subject: "直接经济损失"),
        ]),
        ("台风导致全省⟦42.6万人⟧受灾，紧急转移安置⟦8.3万人⟧，倒塌房屋⟦126间⟧。", [
            .init(value: 426_000, unit: "人", kind: .count),
            .init(value: 83_000, unit: "人", kind: .count),
            .init(value: 126, unit: "间", kind: .count, subject: "倒塌房屋"),
        ]),
        ("四川泸定县发生⟪6.8级⟫地震，震源深度⟦16千米⟧。", [
            .init(value: 16, unit: "千米", kind: .measure, subject: "震源深度", normalized: 16_000, normalizedUnit: "m"),
        ]),
        ("强降雨过程累计降雨量达⟦286毫米⟧，最大小时雨强⟦78.5毫米⟧。", [
            .init(value: 286, unit: "毫米", kind: .measure, subject: "累计降雨量", normalized: 0.286, normalizedUnit: "m"),
            .init(value: 78.5, unit: "毫米", kind: .measure, subject: "最大小时雨强"),
        ]),
        ("大火过火面积约⟦120公顷⟧，出动消防员⟦1500余人⟧、车辆⟦210台⟧。", [
            .init(value: 120, unit: "公顷", kind: .measure, qualifier: .approx, subject: "过火面积", normalized: 1.2e6, normalizedUnit: "m2"),
            .init(value: 1500, unit: "人", kind: .count, qualifier: .moreThan, subject: "消防员"),
            .init(value: 210, unit: "台", kind: .count, subject: "车辆"),
        ]),
        ("事发时井下共有⟦136名⟧工人，其中⟦129人⟧安全升井。", [
            .init(value: 136, unit: "名", kind: .count, subject: "工人"),
            .init(value: 129, unit: "人", kind: .count),
        ]),
        ("洪水冲毁道路⟦35公里⟧、桥梁⟦17座⟧。", [
            .init(value: 35, unit: "公里", kind: .measure, subject: "道路"),
            .init(value: 17, unit: "座", kind: .count, subject: "桥梁"),
        ]),
        ("截至目前，救援人员已搜救出⟦21名⟧被困群众。", [
            .init(value: 21, unit: "名", kind: .count, subject: "被困群众"),
        ]),
        ("约有⟦200名⟧村民被困，救援队在⟦72小时⟧内将其全部转移。", [
            .init(value: 200, unit: "名", kind: .count, qualifier: .approx, subject: "村民"),
            .init(value: 72, unit: "小时", kind: .duration),
        ]),
        ("江河水位超警戒线⟦0.8米⟧，水库蓄水⟦3.2亿立方米⟧。", [
            .init(value: 0.8, unit: "米", kind: .measure, normalized: 0.8, normalizedUnit: "m"),
            .init(value: 3.2e8, unit: "立方米", kind: .measure, subject: "水库蓄水"),
        ]),
        ("矿难共造成⟦十余人⟧遇难，涉事煤矿被责令停产整顿。", [
            .init(value: 10, unit: "人", kind: .count, qualifier: .moreThan),
        ]),
        ("今年以来共发生火灾⟦1286起⟧，死亡⟦3人⟧，受伤⟦7人⟧，直接财产损失⟦865.3万元⟧，同比分别下降⟦12.4%⟧、⟦40%⟧、⟦22.2%⟧和⟦8.7%⟧。", [
            .init(value: 1286, unit: "起", kind: .count, subject: "火灾"),
            .init(value: 3, unit: "人", kind: .count, subject: "死亡"),
            .init(value: 7, unit: "人", kind: .count, subject: "受伤"),
            .init(value: 865.3e4, unit: "元", kind: .money, subject: "直接财产损失"),
            .init(value: 12.4, unit: "%", kind: .percent, change: .decreaseBy, subject: "火灾"),
            .init(value: 40, unit: "%", kind: .percent, change: .decreaseBy, subject: "死亡"),
            .init(value: 22.2, unit: "%", kind: .percent, change: .decreaseBy, subject: "受伤"),
            .init(value: 8.7, unit: "%", kind: .percent, change: .decreaseBy, subject: "直接财产损失"),
        ]),
        ("受降雨影响，⟦3条⟧高速公路部分路段封闭，⟦126趟⟧列车停运。", [
            .init(value: 3, unit: "条", kind: .count, subject: "高速公路"),
            .init(value: 126, unit: "趟", kind: .count, subject: "列车"),
        ]),
        ("该站最大洪峰流量达⟦5200立方米⟧每秒，事故发生在当日凌晨2时许，造成⟦1人⟧死亡。", [
            .init(value: 5200, unit: "立方米", kind: .measure, per: "秒", subject: "最大洪峰流量"),
            .init(value: 1, unit: "人", kind: .count),
        ]),
        ("本次地震造成房屋倒塌⟦2000余间⟧，⟦14.5万人⟧受灾。", [
            .init(value: 2000, unit: "间", kind: .count, qualifier: .moreThan, subject: "房屋倒塌"),
            .init(value: 145_000, unit: "人", kind: .count),
        ]),
    ]

    // MARK: Courts and police
    static let courtsCases: [(String, [ExpectedFact])] = [
        ("被告人张某犯故意伤害罪，被判处有期徒刑⟦三年⟧，缓刑⟦四年⟧。", [
            .init(value: 3, unit: "年", kind: .duration, subject: "有期徒刑", normalized: 3 * 31_536_000, normalizedUnit: "s"),
            .init(value: 4, unit: "年", kind: .duration, subject: "缓刑"),
        ]),
        ("根据《刑法》第二百三十四条规定，并处罚金⟦5000元⟧。", [
            .init(value: 5000, unit: "元", kind: .money, subject: "罚金"),
        ]),
        ("警方破获电信诈骗案件⟦1260起⟧，抓获犯罪嫌疑人⟦3580名⟧，挽回经济损失⟦2.3亿元⟧。", [
            .init(value: 1260, unit: "起", kind: .count, subject: "电信诈骗案件"),
            .init(value: 3580, unit: "名", kind: .count, subject: "犯罪嫌疑人"),
            .init(value: 2.3e8, unit: "元", kind: .money, subject: "经济损失"),
        ]),
        ("市民可拨打110报警，或拨打⟪24小时⟫热线12345反映情况。", []),
        ("法院一审判决被告赔偿原告各项损失共计⟦48.6万元⟧。", [
            .init(value: 486_000, unit: "元", kind: .money, subject: "各项损失"),
        ]),
        ("该团伙涉案金额高达⟦12亿元⟧，涉及全国⟦28个⟧省份。", [
            .init(value: 12e8, unit: "元", kind: .money, subject: "涉案金额"),
            .init(value: 28, unit: "个", kind: .count, subject: "省份"),
        ]),
        ("犯罪嫌疑人李某（男，⟦32岁⟧）因涉嫌盗窃被刑事拘留。", [
            .init(value: 32, unit: "岁", kind: .age),
        ]),
        ("依据《民法典》第1165条，法院判决被告承担⟦70%⟧的责任。", [
            .init(value: 70, unit: "%", kind: .percent, subject: "责任"),
        ]),
        ("全年受理各类案件⟦8.6万件⟧，审结⟦8.1万件⟧，结案率⟦94.2%⟧。", [
            .init(value: 86_000, unit: "件", kind: .count, subject: "各类案件"),
            .init(value: 81_000, unit: "件", kind: .count),
            .init(value: 94.2, unit: "%", kind: .percent, subject: "结案率"),
        ]),
        ("公安机关查获毒品⟦1.2吨⟧，缴获枪支⟦36支⟧。", [
            .init(value: 1.2, unit: "吨", kind: .measure, subject: "毒品", normalized: 1200, normalizedUnit: "kg"),
            .init(value: 36, unit: "支", kind: .count, subject: "枪支"),
        ]),
        ("国务院印发《关于加快发展的若干意见》（国发〔2023〕12号），第三章第十二条明确规定相关标准。", []),
        ("该市每万人拥有律师⟦4.6名⟧，每10万人口刑事案件立案数下降到⟦398起⟧。", [
            .init(value: 4.6, unit: "名", kind: .count, per: "万人", subject: "律师"),
            .init(value: 398, unit: "起", kind: .count, change: .decreaseTo, subject: "刑事案件立案数"),
        ]),
    ]

    // MARK: Sports
    static let sportsCases: [(String, [ExpectedFact])] = [
        ("中国队以3比1战胜日本队，获得小组第3名。", []),
        ("第十四届全运会共设⟦35个⟧大项、⟦410个⟧小项。", [
            .init(value: 35, unit: "个", kind: .count, subject: "大项"),
            .init(value: 410, unit: "个", kind: .count, subject: "小项"),
        ]),
        ("本届运动会共有来自⟦31个⟧省区市的⟦1.2万名⟧运动员参赛。", [
            .init(value: 31, unit: "个", kind: .count, subject: "省区市"),
            .init(value: 12_000, unit: "名", kind: .count, subject: "运动员"),
        ]),
        ("中国代表团共获得⟦38枚⟧金牌、⟦32枚⟧银牌和⟦18枚⟧铜牌，位列奖牌榜第2位。", [
            .init(value: 38, unit: "枚", kind: .count, subject: "金牌"),
            .init(value: 32, unit: "枚", kind: .count, subject: "银牌"),
            .init(value: 18, unit: "枚", kind: .count, subject: "铜牌"),
        ]),
        ("全程马拉松距离为⟦42.195公里⟧，吸引⟦3万名⟧跑者参赛。", [
            .init(value: 42.195, unit: "公里", kind: .measure, subject: "全程马拉松距离", normalized: 42_195, normalizedUnit: "m"),
            .init(value: 30_000, unit: "名", kind: .count, subject: "跑者"),
        ]),
        ("比赛进行到第75分钟，主队2:0领先。", []),
        ("他在男子⟪100米⟫决赛中夺冠，这是他职业生涯第12个冠军。", []),
        ("体育场可容纳观众⟦6万人⟧，共有座位⟦60,000个⟧。", [
            .init(value: 60_000, unit: "人", kind: .count, subject: "观众"),
            .init(value: 60_000, unit: "个", kind: .count, subject: "座位"),
        ]),
        ("全市经常参加体育锻炼的人数比例达到⟦42.5%⟧，人均体育场地面积⟦2.6平方米⟧。", [
            .init(value: 42.5, unit: "%", kind: .percent),
            .init(value: 2.6, unit: "平方米", kind: .measure, subject: "人均体育场地面积"),
        ]),
        ("他在第19届亚运会男子⟪50米⟫自由泳比赛中以⟪21秒72⟫夺冠。", []),
        ("全年共举办各类文化体育活动⟦1.2万场次⟧，参与群众⟦800万人次⟧。", [
            .init(value: 12_000, unit: "场次", kind: .count, subject: "文化体育活动"),
            .init(value: 800e4, unit: "人次", kind: .count, subject: "群众"),
        ]),
        ("展会吸引了来自⟦40多个⟧国家和地区的⟦2000余家⟧企业参展，意向成交额达⟦86亿元⟧。", [
            .init(value: 40, unit: "个", kind: .count, qualifier: .moreThan, subject: "国家和地区"),
            .init(value: 2000, unit: "家", kind: .count, qualifier: .moreThan, subject: "企业"),
            .init(value: 86e8, unit: "元", kind: .money, subject: "意向成交额"),
        ]),
    ]

    // MARK: Weather
    static let weatherCases: [(String, [ExpectedFact])] = [
        ("明天最高气温⟦35℃⟧，最低气温⟦26℃⟧。", [
            .init(value: 35, unit: "℃", kind: .measure, subject: "最高气温"),
            .init(value: 26, unit: "℃", kind: .measure, subject: "最低气温"),
        ]),
        ("受寒潮影响，北部地区最低气温将降至⟦零下15℃⟧。", [
            .init(value: -15, unit: "℃", kind: .measure, change: .decreaseTo, subject: "最低气温"),
        ]),
        ("今年第5号台风中心附近最大风力⟪14级⟫（⟦42米/秒⟧）。", [
            .init(value: 42, unit: "米/秒", kind: .measure, normalized: 42, normalizedUnit: "m/s"),
        ]),
        ("PM2.5平均浓度为⟦32微克/立方米⟧，空气质量优良天数比例为⟦89.6%⟧。", [
            .init(value: 32, unit: "微克/立方米", kind: .measure, subject: "PM2.5平均浓度"),
            .init(value: 89.6, unit: "%", kind: .percent, subject: "空气质量优良天数比例"),
        ]),
        ("今冬首场降雪，积雪深度达⟦15厘米⟧。", [
            .init(value: 15, unit: "厘米", kind: .measure, subject: "积雪深度", normalized: 0.15, normalizedUnit: "m"),
        ]),
        ("北方大部地区气温将下降⟦8至10℃⟧。", [
            .init(value: 8, unit: "℃", kind: .measure, change: .decreaseBy, valueMax: 10, subject: "气温"),
        ]),
        ("部分路段能见度不足⟦200米⟧，阵风可达⟪9级以上⟫。", [
            .init(value: 200, unit: "米", kind: .measure, qualifier: .lessThan, subject: "能见度"),
        ]),
        ("全省平均降水量⟦56.3毫米⟧，全年空气质量优良天数达⟦312天⟧。", [
            .init(value: 56.3, unit: "毫米", kind: .measure, subject: "平均降水量"),
            .init(value: 312, unit: "天", kind: .count, subject: "空气质量优良天数"),
        ]),
        ("中心气压为⟦985百帕⟧，以每小时⟦20公里左右⟧的速度向西北方向移动。", [
            .init(value: 985, unit: "百帕", kind: .measure, subject: "中心气压"),
            .init(value: 20, unit: "公里", kind: .measure, qualifier: .approx, per: "小时"),
        ]),
        ("全市空气质量优良天数比例为⟦87.4%⟧，重污染天数同比减少⟦5天⟧，PM2.5年均浓度降至⟦29微克/立方米⟧。", [
            .init(value: 87.4, unit: "%", kind: .percent, subject: "空气质量优良天数比例"),
            .init(value: 5, unit: "天", kind: .count, change: .decreaseBy, subject: "重污染天数"),
            .init(value: 29, unit: "微克/立方米", kind: .measure, change: .decreaseTo, subject: "PM2.5年均浓度"),
        ]),
        ("气温最高可达⟦38℃⟧，夜间最低气温⟦-3℃左右⟧。", [
            .init(value: 38, unit: "℃", kind: .measure, qualifier: .atMost, subject: "气温"),
            .init(value: -3, unit: "℃", kind: .measure, qualifier: .approx, subject: "最低气温"),
        ]),
        ("本次降雨过程持续了近⟦48个小时⟧，这辆车百公里油耗仅为⟦5.2升⟧。", [
            .init(value: 48, unit: "个小时", kind: .duration, qualifier: .lessThan, subject: "降雨过程"),
            .init(value: 5.2, unit: "升", kind: .measure, subject: "油耗", normalized: 0.0052, normalizedUnit: "m3"),
        ]),
    ]

    // MARK: Real estate
    static let realEstateCases: [(String, [ExpectedFact])] = [
        ("新建商品住宅成交均价⟦23560元/平方米⟧，环比下降⟦1.2%⟧。", [
            .init(value: 23560, unit: "元", kind: .money, per: "平方米", subject: "成交均价"),
            .init(value: 1.2, unit: "%", kind: .percent, change: .decreaseBy),
        ]),
        ("该地块出让面积⟦5.6万平方米⟧，起始价⟦18.5亿元⟧，最终以⟦26.3亿元⟧成交，溢价率⟦42.2%⟧。", [
            .init(value: 56_000, unit: "平方米", kind: .measure, subject: "出让面积"),
            .init(value: 18.5e8, unit: "元", kind: .money, subject: "起始价"),
            .init(value: 26.3e8, unit: "元", kind: .money),
            .init(value: 42.2, unit: "%", kind: .percent, subject: "溢价率"),
        ]),
        ("全市商品房销售面积⟦1236万平方米⟧，销售额⟦1580亿元⟧。", [
            .init(value: 1236e4, unit: "平方米", kind: .measure, subject: "商品房销售面积"),
            .init(value: 1580e8, unit: "元", kind: .money, subject: "销售额"),
        ]),
        ("首付比例由⟦30%⟧降至⟦20%⟧，公积金贷款最高额度提高到⟦120万元⟧。", [
            .init(value: 30, unit: "%", kind: .percent, subject: "首付比例"),
            .init(value: 20, unit: "%", kind: .percent, change: .decreaseTo),
            .init(value: 120e4, unit: "元", kind: .money, change: .increaseTo, subject: "公积金贷款最高额度"),
        ]),
        ("该楼盘共推出房源⟦368套⟧，户型面积为⟦89至143平方米⟧。", [
            .init(value: 368, unit: "套", kind: .count, subject: "房源"),
            .init(value: 89, unit: "平方米", kind: .measure, valueMax: 143, subject: "户型面积"),
        ]),
        ("二手房挂牌量⟦12.6万套⟧，一套⟦90平方米⟧的房子总价约⟦150万元⟧。", [
            .init(value: 126_000, unit: "套", kind: .count, subject: "二手房挂牌量"),
            .init(value: 90, unit: "平方米", kind: .measure),
            .init(value: 150e4, unit: "元", kind: .money, qualifier: .approx, subject: "总价"),
        ]),
        ("今年计划完成棚户区改造⟦1.2万户⟧，租金每月⟦3500元⟧。", [
            .init(value: 12_000, unit: "户", kind: .count, subject: "棚户区改造"),
            .init(value: 3500, unit: "元", kind: .money, per: "月", subject: "租金"),
        ]),
        ("全市住宅用地供应⟦320公顷⟧，保障性租赁住房筹集⟦2.1万套⟧（间）。", [
            .init(value: 320, unit: "公顷", kind: .measure),
            .init(value: 21_000, unit: "套", kind: .count),
        ]),
        ("全年共办理不动产登记⟦12.6万件⟧，平均办理时间压缩至⟦3个工作日以内⟧。", [
            .init(value: 126_000, unit: "件", kind: .count, subject: "不动产登记"),
            .init(value: 3, unit: "个工作日", kind: .duration, qualifier: .atMost, change: .decreaseTo, subject: "平均办理时间"),
        ]),
        ("香港樓市持續調整，本港沙田一個實用面積⟦450平方呎⟧的單位以⟦620萬元⟧成交，實用呎價約⟦1.38萬元⟧。", [
            .init(value: 450, unit: "平方呎", kind: .measure, subject: "實用面積", normalized: 41.806, normalizedUnit: "m2"),
            .init(value: 6.2e6, unit: "元", kind: .money, normalized: 6.2e6, normalizedUnit: "HKD"),
            .init(value: 13_800, unit: "元", kind: .money, qualifier: .approx, subject: "實用呎價"),
        ]),
        ("按规定，国有资产转让成交价不得低于评估价的⟦80%⟧，土地流转费大约一亩地⟦800元⟧。", [
            .init(value: 80, unit: "%", kind: .percent, qualifier: .lessThan),
            .init(value: 800, unit: "元", kind: .money, qualifier: .approx, per: "亩"),
        ]),
        ("项目占地面积约⟦12公顷⟧，合⟦180亩⟧，他用了不到⟦1年⟧的时间就完成了建设。", [
            .init(value: 12, unit: "公顷", kind: .measure, qualifier: .approx, subject: "占地面积"),
            .init(value: 180, unit: "亩", kind: .measure, subject: "占地面积"),
            .init(value: 1, unit: "年", kind: .duration, qualifier: .lessThan, subject: "时间"),
        ]),
    ]

    // MARK: Stock market
    static let marketCases: [(String, [ExpectedFact])] = [
        ("沪指收报⟪3052.37点⟫，涨⟦0.56%⟧；深证成指报⟪9812.1点⟫，跌⟦0.23%⟧。", [
            .init(value: 0.56, unit: "%", kind: .percent, change: .increaseBy),
            .init(value: 0.23, unit: "%", kind: .percent, change: .decreaseBy),
        ]),
        ("两市成交额⟦9856亿元⟧，较前一交易日增加⟦1023亿元⟧。", [
            .init(value: 9856e8, unit: "元", kind: .money, subject: "两市成交额"),
            .init(value: 1023e8, unit: "元", kind: .money, change: .increaseBy),
        ]),
        ("北向资金全天净买入⟦56.3亿元⟧。", [
            .init(value: 56.3e8, unit: "元", kind: .money, subject: "净买入"),
        ]),
        ("该公司拟以每股⟦12.5元⟧的价格发行不超过⟦8000万股⟧。", [
            .init(value: 12.5, unit: "元", kind: .money, per: "股"),
            .init(value: 8e7, unit: "股", kind: .count, qualifier: .atMost),
        ]),
        ("报告期内实现营业收入⟦86.4亿元⟧，归母净利润⟦5.2亿元⟧，同比增长⟦23.6%⟧，基本每股收益⟦0.48元⟧。", [
            .init(value: 86.4e8, unit: "元", kind: .money, subject: "营业收入"),
            .init(value: 5.2e8, unit: "元", kind: .money, subject: "归母净利润"),
            .init(value: 23.6, unit: "%", kind: .percent, change: .increaseBy),
            .init(value: 0.48, unit: "元", kind: .money, per: "股", subject: "收益"),
        ]),
        ("截至收盘，⟦3200余只⟧个股上涨，⟦56只⟧个股涨停。", [
            .init(value: 3200, unit: "只", kind: .count, qualifier: .moreThan, subject: "个股"),
            .init(value: 56, unit: "只", kind: .count, subject: "个股"),
        ]),
        ("创业板指盘中一度大跌超⟦3%⟧，半导体板块涨幅居前。", [
            .init(value: 3, unit: "%", kind: .percent, qualifier: .moreThan, change: .decreaseBy),
        ]),
        ("公司市值蒸发约⟦2000亿元⟧，股价较高点下跌近⟦六成⟧。", [
            .init(value: 2000e8, unit: "元", kind: .money, qualifier: .approx, change: .decreaseBy),
            .init(value: 6, unit: "成", kind: .percent, qualifier: .lessThan, change: .decreaseBy),
        ]),
        ("香港差餉物業估價署數據顯示，上月私人住宅售價指數按月下跌⟦1.2%⟧，按年累跌⟦8.6%⟧。", [
            .init(value: 1.2, unit: "%", kind: .percent, change: .decreaseBy, subject: "私人住宅售價指數"),
            .init(value: 8.6, unit: "%", kind: .percent, change: .decreaseBy),
        ]),
        ("中国人民银行决定，金融机构存款准备金率下调⟦0.25个百分点⟧，释放长期资金约⟦5000亿元⟧。", [
            .init(value: 0.25, unit: "个百分点", kind: .percent, change: .decreaseBy, subject: "存款准备金率"),
            .init(value: 5000e8, unit: "元", kind: .money, qualifier: .approx, subject: "长期资金"),
        ]),
        ("公司拟每10股派发现金红利⟦3.5元⟧（含税），共计派发⟦2.1亿元⟧。", [
            .init(value: 3.5, unit: "元", kind: .money, per: "10股"),
            .init(value: 2.1e8, unit: "元", kind: .money),
        ]),
        ("营业收入增长⟦12%⟧，利润⟦3000万元⟧，沪指报⟪3052.37点⟫。", [
            .init(value: 12, unit: "%", kind: .percent, change: .increaseBy, subject: "营业收入"),
            .init(value: 3000e4, unit: "元", kind: .money, subject: "利润"),
        ]),
    ]

    // MARK: Technology
    static let technologyCases: [(String, [ExpectedFact])] = [
        ("我国5G基站总数达到⟦337.7万个⟧，占移动基站总数的⟦29.1%⟧。", [
            .init(value: 3_377_000, unit: "个", kind: .count, subject: "5G基站总数"),
            .init(value: 29.1, unit: "%", kind: .percent),
        ]),
        ("iPhone 15系列在中国市场售价⟦5999元起⟧。", [
            .init(value: 5999, unit: "元", kind: .money, qualifier: .atLeast, subject: "售价"),
        ]),
        ("该芯片采用⟪5纳米⟫工艺，集成⟦170亿个⟧晶体管。", [
            .init(value: 170e8, unit: "个", kind: .count, subject: "晶体管"),
        ]),
        ("全市数字经济核心产业增加值⟦1560亿元⟧，占GDP比重达⟦12.3%⟧。", [
            .init(value: 1560e8, unit: "元", kind: .money, subject: "数字经济核心产业增加值"),
            .init(value: 12.3, unit: "%", kind: .percent),
        ]),
        ("研发投入强度达到⟦2.65%⟧，每万人口高价值发明专利拥有量⟦11.8件⟧。", [
            .init(value: 2.65, unit: "%", kind: .percent, subject: "研发投入强度"),
            .init(value: 11.8, unit: "件", kind: .count, subject: "高价值发明专利拥有量"),
        ]),
        ("该应用月活跃用户超过⟦6亿⟧。", [
            .init(value: 6e8, unit: nil, kind: .count, qualifier: .moreThan, subject: "月活跃用户"),
        ]),
        ("卫星发射质量约⟦4.5吨⟧，设计寿命⟦8年⟧。", [
            .init(value: 4.5, unit: "吨", kind: .measure, qualifier: .approx, subject: "卫星发射质量"),
            .init(value: 8, unit: "年", kind: .duration, subject: "设计寿命"),
        ]),
        ("系统升级至V3.2版本后，运行速度提升⟦40%⟧。", [
            .init(value: 40, unit: "%", kind: .percent, change: .increaseBy, subject: "运行速度"),
        ]),
        ("手机电池容量为⟦5000毫安时⟧，支持⟦120W⟧快充，屏幕尺寸⟦6.7英寸⟧。", [
            .init(value: 5000, unit: "毫安时", kind: .measure, subject: "电池容量"),
            .init(value: 120, unit: "W", kind: .measure, normalized: 120, normalizedUnit: "W"),
            .init(value: 6.7, unit: "英寸", kind: .measure, subject: "屏幕尺寸", normalized: 0.17018, normalizedUnit: "m"),
        ]),
        ("内存⟦16GB⟧，存储空间⟦512GB⟧。", [
            .init(value: 16, unit: "GB", kind: .measure, subject: "内存"),
            .init(value: 512, unit: "GB", kind: .measure, subject: "存储空间"),
        ]),
        ("全市拥有⟦12家⟧5A级景区，4K超高清视频用户达⟦1.2亿户⟧。", [
            .init(value: 12, unit: "家", kind: .count, subject: "5A级景区"),
            .init(value: 1.2e8, unit: "户", kind: .count, subject: "4K超高清视频用户"),
        ]),
        ("世界500强企业中已有⟦86家⟧在当地投资，COVID-19疫情期间出口增长⟦4%⟧。", [
            .init(value: 86, unit: "家", kind: .count),
            .init(value: 4, unit: "%", kind: .percent, change: .increaseBy, subject: "出口"),
        ]),
        ("累计申请专利⟦3.6万件⟧，其中发明专利⟦1.1万件⟧。", [
            .init(value: 36_000, unit: "件", kind: .count, subject: "专利"),
            .init(value: 11_000, unit: "件", kind: .count, subject: "发明专利"),
        ]),
        ("数据中心算力规模达到每秒⟦230亿亿次⟧浮点运算。", [
            .init(value: 230e16, unit: "次", kind: .count, per: "秒"),
        ]),
        ("截至目前，全省累计建成5G基站⟦12.8万个⟧，实现县城以上区域5G网络全覆盖。", [
            .init(value: 128_000, unit: "个", kind: .count, subject: "5G基站"),
        ]),
        ("全市共有A级旅游景区⟦68家⟧，其中5A级⟦2家⟧、4A级⟦21家⟧。", [
            .init(value: 68, unit: "家", kind: .count, subject: "A级旅游景区"),
            .init(value: 2, unit: "家", kind: .count, subject: "5A级"),
            .init(value: 21, unit: "家", kind: .count, subject: "4A级"),
        ]),
        ("台灣新竹科學園區去年營業額達新台幣⟦1.6兆元⟧，創歷史新高。", [
            .init(value: 1.6e12, unit: "元", kind: .money, subject: "營業額"),
        ]),
        ("台電表示，今年夏季尖峰用電量可能突破⟦4,100萬瓩⟧，備轉容量率約⟦6%⟧。", [
            .init(value: 4.1e7, unit: "瓩", kind: .measure, qualifier: .moreThan, subject: "尖峰用電量", normalized: 4.1e10, normalizedUnit: "W"),
            .init(value: 6, unit: "%", kind: .percent, qualifier: .approx, subject: "備轉容量率"),
        ]),
    ]

    // MARK: Local government work reports, press releases and lists
    static let governmentCases: [(String, [ExpectedFact])] = [
        ("一是加快项目建设，全年实施重点项目⟦326个⟧，完成投资⟦1280亿元⟧；二是优化营商环境，新增市场主体⟦5.6万户⟧；三是保障改善民生，民生支出占比保持在⟦80%以上⟧。", [
            .init(value: 326, unit: "个", kind: .count, subject: "重点项目"),
            .init(value: 1280e8, unit: "元", kind: .money, subject: "投资"),
            .init(value: 56_000, unit: "户", kind: .count, subject: "市场主体"),
            .init(value: 80, unit: "%", kind: .percent, qualifier: .atLeast, subject: "民生支出占比"),
        ]),
        ("过去⟪五年⟫，全市经济总量年均增长⟦6.5%⟧，迈上⟪5000亿元⟫台阶。", [
            .init(value: 6.5, unit: "%", kind: .percent, change: .increaseBy, subject: "经济总量"),
        ]),
        ("坚持“三农”工作重中之重地位，全年新增高标准农田⟦30万亩⟧。", [
            .init(value: 300_000, unit: "亩", kind: .measure, subject: "高标准农田"),
        ]),
        ("深入实施“十四五”规划，统筹推进“五位一体”总体布局，全面落实“两个确立”。", []),
        ("完成老旧小区改造⟦182个⟧，惠及居民⟦6.3万户⟧。", [
            .init(value: 182, unit: "个", kind: .count, subject: "老旧小区"),
            .init(value: 63_000, unit: "户", kind: .count, subject: "居民"),
        ]),
        ("全年办理人大代表建议⟦386件⟧、政协提案⟦412件⟧，办结率⟦100%⟧。", [
            .init(value: 386, unit: "件", kind: .count, subject: "人大代表建议"),
            .init(value: 412, unit: "件", kind: .count, subject: "政协提案"),
            .init(value: 100, unit: "%", kind: .percent, subject: "办结率"),
        ]),
        ("市政府全年召开常务会议⟦42次⟧，群众满意度达⟦98.6%以上⟧。", [
            .init(value: 42, unit: "次", kind: .count, subject: "常务会议"),
            .init(value: 98.6, unit: "%", kind: .percent, qualifier: .atLeast, subject: "群众满意度"),
        ]),
        ("实现“一网通办”事项⟦1560项⟧，⟦90%以上⟧事项实现“最多跑一次”。", [
            .init(value: 1560, unit: "项", kind: .count),
            .init(value: 90, unit: "%", kind: .percent, qualifier: .atLeast),
        ]),
        ("第一，加强队伍建设，培训干部⟦1200人次⟧；第二，完善制度体系，修订制度⟦35项⟧。", [
            .init(value: 1200, unit: "人次", kind: .count, subject: "干部"),
            .init(value: 35, unit: "项", kind: .count, subject: "制度"),
        ]),
        ("（二）全年共检查企业⟦1563家⟧，发现问题隐患⟦4281处⟧，整改率⟦96.2%⟧。", [
            .init(value: 1563, unit: "家", kind: .count, subject: "企业"),
            .init(value: 4281, unit: "处", kind: .count, subject: "问题隐患"),
            .init(value: 96.2, unit: "%", kind: .percent, subject: "整改率"),
        ]),
        ("1.完善体制机制。2.推进重点工程，建成项目⟦56个⟧。", [
            .init(value: 56, unit: "个", kind: .count, subject: "项目"),
        ]),
        ("新增城镇就业⟦5.2万人⟧，零就业家庭实现动态清零。", [
            .init(value: 52_000, unit: "人", kind: .count, subject: "城镇就业"),
        ]),
        ("一是成立工作专班⟦12个⟧；二是落实专项资金⟦3.5亿元⟧；三是制定考核指标⟦26项⟧。", [
            .init(value: 12, unit: "个", kind: .count, subject: "工作专班"),
            .init(value: 3.5e8, unit: "元", kind: .money, subject: "专项资金"),
            .init(value: 26, unit: "项", kind: .count, subject: "考核指标"),
        ]),
        ("全年共为企业减税降费⟦126亿元⟧，新增贷款⟦860亿元⟧，帮助⟦3200多家⟧企业纾困。", [
            .init(value: 126e8, unit: "元", kind: .money, subject: "减税降费"),
            .init(value: 860e8, unit: "元", kind: .money, subject: "新增贷款"),
            .init(value: 3200, unit: "家", kind: .count, qualifier: .moreThan, subject: "企业"),
        ]),
        ("扎实做好“六稳”工作、全面落实“六保”任务，巩固“三去一降一补”成果。", []),
        ("全市⟦4个⟧县区入选全国百强县，⟦两家⟧企业进入中国企业500强。", [
            .init(value: 4, unit: "个", kind: .count, subject: "县区"),
            .init(value: 2, unit: "家", kind: .count, subject: "企业"),
        ]),
        ("太原、大同、长治三市分别新增就业⟦3.2万人⟧、⟦1.8万人⟧和⟦1.5万人⟧。", [
            .init(value: 32_000, unit: "人", kind: .count, subject: "太原"),
            .init(value: 18_000, unit: "人", kind: .count, subject: "大同"),
            .init(value: 15_000, unit: "人", kind: .count, subject: "长治"),
        ]),
        ("实施城市更新项目⟦百余个⟧，打造⟪15分钟⟫便民生活圈⟦86个⟧。", [
            .init(value: 100, unit: "个", kind: .count, qualifier: .moreThan),
            .init(value: 86, unit: "个", kind: .count, subject: "便民生活圈"),
        ]),
        ("全市森林覆盖率达到⟦43.6%⟧，城市建成区绿地率⟦38.2%⟧，人均公园绿地面积⟦14.8平方米⟧。", [
            .init(value: 43.6, unit: "%", kind: .percent, subject: "森林覆盖率"),
            .init(value: 38.2, unit: "%", kind: .percent, subject: "绿地率"),
            .init(value: 14.8, unit: "平方米", kind: .measure, subject: "人均公园绿地面积"),
        ]),
        ("全省共有⟦14个⟧地级市、⟦121个⟧县（市、区），总面积⟦15.67万平方公里⟧。", [
            .init(value: 14, unit: "个", kind: .count, subject: "地级市"),
            .init(value: 121, unit: "个", kind: .count),
            .init(value: 156_700, unit: "平方公里", kind: .measure, subject: "总面积"),
        ]),
        ("全市共有各级文物保护单位⟦386处⟧，其中全国重点文物保护单位⟦12处⟧。", [
            .init(value: 386, unit: "处", kind: .count, subject: "文物保护单位"),
            .init(value: 12, unit: "处", kind: .count, subject: "全国重点文物保护单位"),
        ]),
        ("全市登记失业人员⟦1.8万人⟧，城镇登记失业率控制在⟦3%以内⟧。", [
            .init(value: 18_000, unit: "人", kind: .count, subject: "登记失业人员"),
            .init(value: 3, unit: "%", kind: .percent, qualifier: .atMost, subject: "城镇登记失业率"),
        ]),
        ("全市共有持证残疾人⟦12.6万人⟧，其中一级、二级重度残疾人⟦4.3万人⟧。", [
            .init(value: 126_000, unit: "人", kind: .count, subject: "持证残疾人"),
            .init(value: 43_000, unit: "人", kind: .count, subject: "重度残疾人"),
        ]),
        ("本次招聘计划招录公务员⟦3.96万人⟧，平均竞争比约为70:1。", [
            .init(value: 39_600, unit: "人", kind: .count, subject: "招录公务员"),
        ]),
        ("全市常住人口中，⟦0—14岁⟧人口占⟦15.2%⟧，⟦60岁及以上⟧人口占⟦22.8%⟧。", [
            .init(value: 0, unit: "岁", kind: .age, valueMax: 14, subject: "人口"),
            .init(value: 15.2, unit: "%", kind: .percent),
            .init(value: 60, unit: "岁", kind: .age, qualifier: .atLeast, subject: "人口"),
            .init(value: 22.8, unit: "%", kind: .percent),
        ]),
        ("十四届全国人大三次会议听取政府工作报告，党的二十届三中全会审议通过决定。", []),
        ("市第十三次党代会提出，到2027年全市地区生产总值突破⟦1万亿元⟧。", [
            .init(value: 1e12, unit: "元", kind: .money, qualifier: .moreThan, subject: "地区生产总值"),
        ]),
        ("全年召开专题会议⟦12次⟧，共有⟦300余名⟧代表参会，一共收到建议⟦856件⟧。", [
            .init(value: 12, unit: "次", kind: .count, subject: "专题会议"),
            .init(value: 300, unit: "名", kind: .count, qualifier: .moreThan, subject: "代表"),
            .init(value: 856, unit: "件", kind: .count, subject: "建议"),
        ]),
        ("全市推行“一户一策”“一村一品”，落实五险一金，一线城市和二线城市房价分化。", []),
        ("截至今年底，全市已有不止⟦100家⟧企业完成数字化改造，总共投入资金⟦15亿元⟧。", [
            .init(value: 100, unit: "家", kind: .count, qualifier: .moreThan, subject: "企业"),
            .init(value: 15e8, unit: "元", kind: .money, subject: "投入资金"),
        ]),
        ("全市立案查处违法行为⟦36起⟧，展会签约金额⟦156亿元⟧，农户户均增收⟦3000元⟧。", [
            .init(value: 36, unit: "起", kind: .count, subject: "违法行为"),
            .init(value: 156e8, unit: "元", kind: .money, subject: "签约金额"),
            .init(value: 3000, unit: "元", kind: .money, change: .increaseBy, subject: "户均"),
        ]),
    ]

    // MARK: Hong Kong, Macau and Taiwan (Traditional characters)
    static let traditionalCases: [(String, [ExpectedFact])] = [
        ("香港特區政府統計處公布，本港今年首季本地生產總值按年實質上升⟦2.7%⟧。", [
            .init(value: 2.7, unit: "%", kind: .percent, change: .increaseBy, subject: "本地生產總值"),
        ]),
        ("香港政府統計處公布，本港零售業總銷貨價值臨時估計為⟦335億元⟧，按年上升⟦2.3%⟧。", [
            .init(value: 335e8, unit: "元", kind: .money, subject: "總銷貨價值", normalized: 335e8, normalizedUnit: "HKD"),
            .init(value: 2.3, unit: "%", kind: .percent, change: .increaseBy),
        ]),
        ("澳門博彩監察協調局資料顯示，上月澳門幸運博彩毛收入為⟦185.1億澳門元⟧，按年上升⟦3.2倍⟧。", [
            .init(value: 185.1e8, unit: "澳門元", kind: .money, subject: "幸運博彩毛收入", normalized: 185.1e8, normalizedUnit: "MOP"),
            .init(value: 3.2, unit: "倍", kind: .percent, change: .increaseBy),
        ]),
        ("台灣行政院主計總處預測，今年經濟成長率為⟦3.12%⟧，出口成長⟦8.5%⟧。", [
            .init(value: 3.12, unit: "%", kind: .percent, change: .increaseBy, subject: "經濟成長率"),
            .init(value: 8.5, unit: "%", kind: .percent, change: .increaseBy, subject: "出口"),
        ]),
        ("台灣高雄市農業局表示，今年輔導農民轉作面積達⟦1200公頃⟧，每公頃補助⟦4萬元⟧。", [
            .init(value: 1200, unit: "公頃", kind: .measure, subject: "轉作面積", normalized: 1.2e7, normalizedUnit: "m2"),
            .init(value: 40_000, unit: "元", kind: .money, per: "公頃", subject: "補助", normalized: 40_000, normalizedUnit: "TWD"),
        ]),
        ("台北市長表示，市府將投入新台幣⟦50億元⟧興建社會住宅⟦3000戶⟧。", [
            .init(value: 50e8, unit: "元", kind: .money, normalized: 50e8, normalizedUnit: "TWD"),
            .init(value: 3000, unit: "戶", kind: .count, subject: "社會住宅"),
        ]),
        ("香港失業率維持在⟦2.9%⟧，較上一期下跌⟦0.1個百分點⟧。", [
            .init(value: 2.9, unit: "%", kind: .percent, subject: "失業率"),
            .init(value: 0.1, unit: "個百分點", kind: .percent, change: .decreaseBy),
        ]),
        ("全港共有安老院舍⟦1100間⟧，宿位約⟦7.6萬個⟧，輪候時間約⟦20個月⟧。", [
            .init(value: 1100, unit: "間", kind: .count, subject: "安老院舍"),
            .init(value: 76_000, unit: "個", kind: .count, qualifier: .approx, subject: "宿位"),
            .init(value: 20, unit: "個月", kind: .duration, qualifier: .approx, subject: "輪候時間"),
        ]),
        ("台灣今年上半年出口總額⟦2150億美元⟧，衰退⟦10.6%⟧。", [
            .init(value: 2150e8, unit: "美元", kind: .money, subject: "出口總額", normalized: 2150e8, normalizedUnit: "USD"),
            .init(value: 10.6, unit: "%", kind: .percent, change: .decreaseBy),
        ]),
        ("澳門入境旅客⟦285萬人次⟧，按年增加⟦一成⟧，酒店入住率達⟦八成半⟧。", [
            .init(value: 2_850_000, unit: "人次", kind: .count, subject: "入境旅客"),
            .init(value: 1, unit: "成", kind: .percent, change: .increaseBy),
            .init(value: 8.5, unit: "成", kind: .percent, subject: "酒店入住率"),
        ]),
        ("台北市新成屋均價每坪⟦85萬元⟧，面積⟦30坪⟧的房子總價約⟦2550萬元⟧。", [
            .init(value: 850_000, unit: "元", kind: .money, per: "坪"),
            .init(value: 30, unit: "坪", kind: .measure, normalized: 99.1735, normalizedUnit: "m2"),
            .init(value: 2550e4, unit: "元", kind: .money, qualifier: .approx, subject: "總價"),
        ]),
        ("香港特區政府宣布向每名合資格市民發放⟦5000元⟧電子消費券，涉及約⟦630萬人⟧。", [
            .init(value: 5000, unit: "元", kind: .money, normalized: 5000, normalizedUnit: "HKD"),
            .init(value: 6.3e6, unit: "人", kind: .count, qualifier: .approx),
        ]),
        ("兩岸同胞心連心，兩會期間代表們圍繞三農問題建言獻策。", []),
        ("恒生指數收市報⟪17890點⟫，跌⟪312點⟫，跌幅⟦1.7%⟧，全日成交⟦1032億元⟧。", [
            .init(value: 1.7, unit: "%", kind: .percent, change: .decreaseBy),
            .init(value: 1032e8, unit: "元", kind: .money),
        ]),
        ("衞生防護中心今日錄得⟦3宗⟧新增個案，累計個案增至⟦1,256宗⟧。", [
            .init(value: 3, unit: "宗", kind: .count, subject: "新增個案"),
            .init(value: 1256, unit: "宗", kind: .count, change: .increaseTo, subject: "累計個案"),
        ]),
        ("港鐵公司表示，東鐵綫過海段通車後，由大圍往金鐘的車程縮短約⟦10分鐘⟧。", [
            .init(value: 10, unit: "分鐘", kind: .duration, qualifier: .approx, change: .decreaseBy, subject: "車程", normalized: 600, normalizedUnit: "s"),
        ]),
        ("機管局數據顯示，香港國際機場上月處理旅客⟦420萬人次⟧，航班⟦2.4萬架次⟧，貨物⟦36萬公噸⟧。", [
            .init(value: 4.2e6, unit: "人次", kind: .count, subject: "旅客"),
            .init(value: 24_000, unit: "架次", kind: .count, subject: "航班"),
            .init(value: 360_000, unit: "公噸", kind: .measure, subject: "貨物", normalized: 3.6e8, normalizedUnit: "kg"),
        ]),
        ("澳門統計暨普查局公布，第二季本地生產總值實質上升⟦8.5%⟧，失業率為⟦1.9%⟧。", [
            .init(value: 8.5, unit: "%", kind: .percent, change: .increaseBy, subject: "本地生產總值"),
            .init(value: 1.9, unit: "%", kind: .percent, subject: "失業率"),
        ]),
        ("澳門今年首三季入境旅客達⟦2,100萬人次⟧，當中內地旅客佔⟦七成⟧。", [
            .init(value: 2.1e7, unit: "人次", kind: .count, subject: "入境旅客"),
            .init(value: 7, unit: "成", kind: .percent, subject: "內地旅客"),
        ]),
        ("台灣經濟部統計處公布，上月外銷訂單金額⟦520億美元⟧，年增⟦6.3%⟧，月減⟦2.1%⟧。", [
            .init(value: 520e8, unit: "美元", kind: .money, subject: "外銷訂單金額", normalizedUnit: "USD"),
            .init(value: 6.3, unit: "%", kind: .percent, change: .increaseBy),
            .init(value: 2.1, unit: "%", kind: .percent, change: .decreaseBy),
        ]),
        ("台北市文山區一處邊坡坍塌，長約⟦30公尺⟧、寬⟦15公尺⟧，所幸無人受傷。", [
            .init(value: 30, unit: "公尺", kind: .measure, qualifier: .approx, normalized: 30, normalizedUnit: "m"),
            .init(value: 15, unit: "公尺", kind: .measure),
        ]),
        ("高雄港去年貨櫃裝卸量⟦950萬TEU⟧，較前年減少⟦3.2%⟧。", [
            .init(value: 950e4, unit: "TEU", kind: .count, subject: "貨櫃裝卸量"),
            .init(value: 3.2, unit: "%", kind: .percent, change: .decreaseBy),
        ]),
        ("台灣農委會指出，今年稻米每公頃產量約⟦6.5公噸⟧，全台種植面積⟦22萬公頃⟧。", [
            .init(value: 6.5, unit: "公噸", kind: .measure, qualifier: .approx, per: "公頃", subject: "產量"),
            .init(value: 220_000, unit: "公頃", kind: .measure, subject: "種植面積"),
        ]),
        ("澳門特區政府宣布，向每名澳門永久性居民發放⟦10,000澳門元⟧現金分享。", [
            .init(value: 10_000, unit: "澳門元", kind: .money, normalized: 10_000, normalizedUnit: "MOP"),
        ]),
        ("台灣行政院會通過明年度總預算⟦2.9兆元⟧，其中國防預算⟦6,068億元⟧，年增⟦7.7%⟧。", [
            .init(value: 2.9e12, unit: "元", kind: .money, subject: "總預算", normalizedUnit: "TWD"),
            .init(value: 6068e8, unit: "元", kind: .money, subject: "國防預算"),
            .init(value: 7.7, unit: "%", kind: .percent, change: .increaseBy),
        ]),
        ("台灣主計總處預估今年經濟年增率為⟦3.3%⟧，台股加權指數收盤走揚⟦1.2%⟧。", [
            .init(value: 3.3, unit: "%", kind: .percent, change: .increaseBy, subject: "經濟年增率"),
            .init(value: 1.2, unit: "%", kind: .percent, change: .increaseBy),
        ]),
        ("台北市果菜市場高麗菜每台斤批發價⟦25元⟧，比上週上漲⟦5元⟧，立法院今天三讀通過⟦12案⟧。", [
            .init(value: 25, unit: "元", kind: .money, per: "台斤", subject: "批發價"),
            .init(value: 5, unit: "元", kind: .money, change: .increaseBy),
            .init(value: 12, unit: "案", kind: .count),
        ]),
        ("每包裝⟦500公克⟧的食品須標示熱量，疑似中毒的⟦23名⟧學生已送醫。", [
            .init(value: 500, unit: "公克", kind: .measure, normalized: 0.5, normalizedUnit: "kg"),
            .init(value: 23, unit: "名", kind: .count, subject: "學生"),
        ]),
        ("恒指全日收報⟪19,230點⟫，跌⟪215點⟫或⟦1.1%⟧，結果於晚上8點公布。", [
            .init(value: 1.1, unit: "%", kind: .percent, change: .decreaseBy),
        ]),
        ("本屆選舉投票率約為⟦71.9%⟧，較上屆下降⟦3.2個百分點⟧；疫情期間每人每日可獲發放口罩⟦2個⟧。", [
            .init(value: 71.9, unit: "%", kind: .percent, qualifier: .approx, subject: "選舉投票率"),
            .init(value: 3.2, unit: "個百分點", kind: .percent, change: .decreaseBy, subject: "選舉投票率"),
            .init(value: 2, unit: "個", kind: .count, per: "日"),
        ]),
    ]

    // MARK: Numbers that are not amounts
    static let negativesCases: [(String, [ExpectedFact])] = [
        ("1949年10月1日，中华人民共和国成立。", []),
        ("会议于上午9时30分召开，历时⟦2小时⟧。", [.init(value: 2, unit: "小时", kind: .duration)]),
        ("G20峰会将于11月在杭州举行，iPhone 15发布会同日举办。", []),
        ("他心里七上八下，来自四面八方的游客沿着一带一路感受文化。", []),
        ("前三季度实现营收⟦45.6亿元⟧。", [.init(value: 45.6e8, unit: "元", kind: .money, subject: "营收")]),
        ("中国共产党第二十次全国代表大会在北京召开。", []),
        ("他是家中的老三，今年⟦35岁⟧。", [.init(value: 35, unit: "岁", kind: .age)]),
        ("车牌号为京A12345的车辆，联系电话0351-1234567，咨询电话13800138000，邮编037000。", []),
        ("“3·15”晚会曝光了多家企业，5·12汶川特大地震纪念活动举行。", []),
        ("纪念抗日战争胜利78周年，庆祝建党100周年。", []),
        ("第31届世界大学生夏季运动会在成都开幕。", []),
        ("为市民提供7×24小时服务，实现百年大计。", []),
        ("二〇二三年工作要点，2019—2023年发展规划。", []),
        ("他在2021-2025年期间担任负责人，2023-2024学年开学。", []),
        ("万达广场和万科城市花园开业，千万不要错过。", []),
        ("五一假期期间，全市接待游客⟦356万人次⟧。", [.init(value: 356e4, unit: "人次", kind: .count, subject: "游客")]),
        ("双11当天，“618”期间平台成交额⟦3.2亿元⟧。", [.init(value: 3.2e8, unit: "元", kind: .money, subject: "成交额")]),
        ("第一书记带领村民，首批⟦20户⟧搬进新居。", [.init(value: 20, unit: "户", kind: .count)]),
        ("全市⟦56家⟧二级以上医院、⟦12家⟧三甲医院参与。", [
            .init(value: 56, unit: "家", kind: .count, subject: "二级以上医院"),
            .init(value: 12, unit: "家", kind: .count, subject: "三甲医院"),
        ]),
        ("H7N9禽流感和BA.5变异株引起关注。", []),
        ("进入21世纪以来，这座千年古城焕发生机。", []),
        ("两个百年奋斗目标，一国两制方针。", []),
        ("二维码和二手车交易市场。", []),
        ("每周三下午，每月15日前报送材料。", []),
        ("他在3号楼2单元501室居住。", []),
        ("1.5T核磁共振设备投入使用。", []),
        ("2024年1月1日起施行，有效期至2028年12月31日。", []),
        ("上世纪80年代，他在读高三。", []),
        ("一年一度的庙会开幕，一时间热闹非凡。", []),
        ("长征五号遥八运载火箭成功发射嫦娥六号探测器，神舟十六号航天员乘组返回。", []),
        ("C919大飞机和歼-20战机亮相航展，复兴号动车组时速⟦350公里⟧。", [
            .init(value: 350, unit: "公里", kind: .measure, subject: "时速"),
        ]),
        ("他三天打鱼两天晒网，说话半斤八两，三天两头往外跑，两口子常拌嘴。", []),
        ("《中华人民共和国安全生产法》第三十六条、第九十九条作出规定。", []),
        ("市民可通过“12345”热线、“i深圳”APP反映诉求，新闻热线0351-4567890，客服电话400-123-4567。", []),
        ("90后、00后成为消费主力，七七事变、九一八事变的历史不容忘记。", []),
        ("坚持“两个毫不动摇”，防范“三股势力”，打击三股势力渗透。", []),
        ("前两个月，全市出口⟦526亿元⟧，最近⟪三年⟫累计引进项目⟦86个⟧。", [
            .init(value: 526e8, unit: "元", kind: .money, subject: "出口"),
            .init(value: 86, unit: "个", kind: .count, subject: "项目"),
        ]),
        ("该市GDP首次突破⟦1万亿元⟧，成为全省首个万亿城市。", [
            .init(value: 1e12, unit: "元", kind: .money, qualifier: .moreThan, subject: "GDP"),
        ]),
        ("二十四节气、十八大以来、十大杰出青年，5A级景区、4S店和A4纸。", []),
        ("上午8点30分，他准时到达；二本院校的录取线为⟦430分⟧。", [
            .init(value: 430, unit: "分", kind: .count, subject: "录取线"),
        ]),
        ("贵州茅台（600519）股价收涨，股票代码000001的平安银行公告称。", []),
        ("八一建军节前夕，三季度经济数据发布，全国人大二次会议闭幕。", []),
        ("世界杯16强赛中，该队以2比1取胜，获得8强席位，三局两胜制。", []),
        ("CO2、SO2和NO2排放，PM10浓度监测。", []),
        ("三元乳业和六个核桃公布业绩，城乡二元结构逐步打破，三元桥附近交通拥堵。", []),
        ("他全场投中⟦5个⟧3分球，采用10分制评分的专家打出⟦9.2分⟧。", [
            .init(value: 5, unit: "个", kind: .count),
            .init(value: 9.2, unit: "分", kind: .count),
        ]),
    ]

    // MARK: How amounts are written
    static let formsCases: [(String, [ExpectedFact])] = [
        ("全年完成投资⟦1,234.56万元⟧，增长⟦３５％⟧。", [
            .init(value: 12_345_600, unit: "元", kind: .money, subject: "投资"),
            .init(value: 35, unit: "%", kind: .percent, change: .increaseBy),
        ]),
        ("合格率为⟦百分之九十八⟧。", [.init(value: 98, unit: "%", kind: .percent, subject: "合格率")]),
        ("贫困发生率下降⟦零点五个百分点⟧。", [.init(value: 0.5, unit: "个百分点", kind: .percent, change: .decreaseBy)]),
        ("捐款人民币⟦壹佰万元⟧整。", [.init(value: 1_000_000, unit: "元", kind: .money, subject: "捐款")]),
        ("工期⟦3至5年⟧，预计投资⟦10-15万元⟧。", [
            .init(value: 3, unit: "年", kind: .duration, valueMax: 5, subject: "工期"),
            .init(value: 100_000, unit: "元", kind: .money, valueMax: 150_000),
        ]),
        ("每个摊位可容纳⟦三四个⟧人，售价在⟦20~30元⟧之间。", [
            .init(value: 3, unit: "个", kind: .count, valueMax: 4),
            .init(value: 20, unit: "元", kind: .money, valueMax: 30),
        ]),
        ("村里有⟦十几户⟧人家，⟦两万余名⟧群众受益。", [
            .init(value: 10, unit: "户", kind: .count, qualifier: .moreThan),
            .init(value: 20_000, unit: "名", kind: .count, qualifier: .moreThan, subject: "群众"),
        ]),
        ("婴儿出生时仅⟦8个月大⟧，年满⟦18周岁⟧可申请，平均寿命⟦78.2岁⟧。", [
            .init(value: 8, unit: "个月大", kind: .age),
            .init(value: 18, unit: "周岁", kind: .age),
            .init(value: 78.2, unit: "岁", kind: .age, subject: "平均寿命"),
        ]),
        ("工程历时⟦三年半⟧，工期⟦18个月⟧，春节放假⟦7天⟧。", [
            .init(value: 3.5, unit: "年", kind: .duration, normalized: 3.5 * 31_536_000, normalizedUnit: "s"),
            .init(value: 18, unit: "个月", kind: .duration, subject: "工期", normalized: 18 * 2_628_000, normalizedUnit: "s"),
            .init(value: 7, unit: "天", kind: .duration),
        ]),
        ("项目总投资⟦2.3亿⟧，年收入⟦8万左右⟧。", [
            .init(value: 2.3e8, unit: nil, kind: .money, subject: "项目总投资"),
            .init(value: 80_000, unit: nil, kind: .money, qualifier: .approx, subject: "年收入"),
        ]),
        ("噪声控制在⟦55分贝以下⟧，每天摄入热量不超过⟦2000千卡⟧。", [
            .init(value: 55, unit: "分贝", kind: .measure, qualifier: .lessThan),
            .init(value: 2000, unit: "千卡", kind: .measure, qualifier: .atMost),
        ]),
        ("金价突破⟦2000美元/盎司⟧，白银每盎司⟦24美元⟧。", [
            .init(value: 2000, unit: "美元", kind: .money, qualifier: .moreThan, per: "盎司", subject: "金价"),
            .init(value: 24, unit: "美元", kind: .money, per: "盎司", subject: "白银"),
        ]),
        ("各类扶贫资金约达⟦5.6亿元⟧，惠及人口超⟦10万⟧。", [
            .init(value: 5.6e8, unit: "元", kind: .money, qualifier: .approx, subject: "扶贫资金"),
            .init(value: 100_000, unit: nil, kind: .count, qualifier: .moreThan, subject: "惠及人口"),
        ]),
        ("抽检食品⟦1200批次⟧，合格率⟦98.5%⟧。", [
            .init(value: 1200, unit: "批次", kind: .count, subject: "食品"),
            .init(value: 98.5, unit: "%", kind: .percent, subject: "合格率"),
        ]),
        ("全县共有耕地⟦45.6万亩⟧，人均⟦1.8亩⟧。", [
            .init(value: 456_000, unit: "亩", kind: .measure, subject: "耕地"),
            .init(value: 1.8, unit: "亩", kind: .measure),
        ]),
        ("预计今年增长⟦5%—8%⟧。", [
            .init(value: 5, unit: "%", kind: .percent, change: .increaseBy, valueMax: 8),
        ]),
        ("全市共有⟦300多万⟧常住人口，⟦3000多万元⟧资金到位。", [
            .init(value: 3e6, unit: nil, kind: .count, qualifier: .moreThan, subject: "常住人口"),
            .init(value: 3e7, unit: "元", kind: .money, qualifier: .moreThan),
        ]),
        ("全市⟦二十三万五千人⟧参加活动，筹集资金⟦一千二百五十万元⟧。", [
            .init(value: 235_000, unit: "人", kind: .count),
            .init(value: 12_500_000, unit: "元", kind: .money, subject: "资金"),
        ]),
        ("吸引⟦十多万人次⟧，合格率达⟦百分之六十五点八⟧。", [
            .init(value: 100_000, unit: "人次", kind: .count, qualifier: .moreThan),
            .init(value: 65.8, unit: "%", kind: .percent, subject: "合格率"),
        ]),
        ("商品一律打⟦九折⟧，会员打⟦七五折⟧，近⟪三分之二以上⟫的顾客办了会员。", [
            .init(value: 9, unit: "折", kind: .percent),
            .init(value: 7.5, unit: "折", kind: .percent),
        ]),
        ("补贴标准为⟦5万元/人⟧，误餐费⟦200元⟧每人。", [
            .init(value: 50_000, unit: "元", kind: .money, per: "人", subject: "补贴标准"),
            .init(value: 200, unit: "元", kind: .money, per: "人", subject: "误餐费"),
        ]),
        ("工程历时⟦一年半⟧，每次耗时⟦两个半小时⟧，已持续⟦1个多月⟧。", [
            .init(value: 1.5, unit: "年", kind: .duration),
            .init(value: 2.5, unit: "个小时", kind: .duration, normalized: 9000, normalizedUnit: "s"),
            .init(value: 1, unit: "个月", kind: .duration, qualifier: .moreThan),
        ]),
        ("他今年⟦30岁出头⟧，体重约⟦150磅⟧。", [
            .init(value: 30, unit: "岁", kind: .age, qualifier: .moreThan),
            .init(value: 150, unit: "磅", kind: .measure, qualifier: .approx, normalized: 68.04, normalizedUnit: "kg"),
        ]),
        ("大盘上涨⟦2个点⟧，该股股价跌⟦20美分⟧。", [
            .init(value: 2, unit: "个点", kind: .percent, change: .increaseBy),
            .init(value: 20, unit: "美分", kind: .money, change: .decreaseBy, normalized: 0.2, normalizedUnit: "USD"),
        ]),
        ("全县有⟦一两个⟧乡镇受灾，⟦七八十岁⟧的老人占⟦三成⟧。", [
            .init(value: 1, unit: "个", kind: .count, valueMax: 2, subject: "乡镇"),
            .init(value: 70, unit: "岁", kind: .age, valueMax: 80, subject: "老人"),
            .init(value: 3, unit: "成", kind: .percent),
        ]),
        ("该项目投资⟦5万至10万元⟧，预计带动就业⟦1000人以上⟧。", [
            .init(value: 50_000, unit: "元", kind: .money, valueMax: 100_000),
            .init(value: 1000, unit: "人", kind: .count, qualifier: .atLeast),
        ]),
        ("合同金额为⟦500亿元人民币⟧，约合⟦70亿美元⟧，交易规模达⟪千亿元⟫级别。", [
            .init(value: 500e8, unit: "元", kind: .money, subject: "合同金额", normalized: 500e8, normalizedUnit: "CNY"),
            .init(value: 70e8, unit: "美元", kind: .money, qualifier: .approx),
        ]),
        ("三期工程已经完工，签约五期、六期项目，十四届全国人大代表审议；举办教师培训班⟦15期⟧，活动已连续举办⟦三届⟧。", [
            .init(value: 15, unit: "期", kind: .count, subject: "教师培训班"),
            .init(value: 3, unit: "届", kind: .count),
        ]),
    ]

    // MARK: Known gaps (each documented in the review report; `withKnownIssue` fails once one is fixed)
    /// - 65岁及以上老年人健康管理率: a noun compound after an age is read whole (no dictionary splits it).
    /// - 近万人: a lone 万 is not a number for the scanner (its tests keep `万` alone a word).
    /// - 新建两座水库: the entity stage reads `新建两座水库` as a place name, which hides the count.
    /// - 38歲男子酒駕肇事, 40-50岁人群发病率: the phrase after an age runs on into its predicate or a
    ///   compound; where a noun ends needs a dictionary.
    /// - 最高补贴800元: a qualifier before the noun that the amount follows is not read.
    static let knownIssueCases: [(String, [ExpectedFact])] = [
        ("桃園市一名⟦38歲⟧男子酒駕肇事，遭法院判處有期徒刑⟦10個月⟧，併科罰金⟦15萬元⟧。", [
            .init(value: 38, unit: "歲", kind: .age, subject: "男子"),
            .init(value: 10, unit: "個月", kind: .duration, subject: "有期徒刑", normalized: 10 * 2_628_000, normalizedUnit: "s"),
            .init(value: 150_000, unit: "元", kind: .money, subject: "罰金"),
        ]),
        ("工期⟦3—5天⟧，⟦40-50岁⟧人群发病率⟦千分之三⟧。", [
            .init(value: 3, unit: "天", kind: .duration, valueMax: 5, subject: "工期"),
            .init(value: 40, unit: "岁", kind: .age, valueMax: 50, subject: "人群"),
            .init(value: 3, unit: "‰", kind: .percent, subject: "发病率"),
        ]),
        ("每人每月最高补贴⟦800元⟧，领取期限最多⟦6个月⟧。", [
            .init(value: 800, unit: "元", kind: .money, qualifier: .atMost, per: "月"),
            .init(value: 6, unit: "个月", kind: .duration, qualifier: .atMost, subject: "领取期限"),
        ]),
        ("⟦65岁及以上⟧老年人健康管理率达⟦72.5%⟧。", [
            .init(value: 65, unit: "岁", kind: .age, qualifier: .atLeast, subject: "老年人"),
            .init(value: 72.5, unit: "%", kind: .percent, subject: "健康管理率"),
        ]),
        ("近⟦万人⟧参加活动，捐款⟦1.2万余元⟧。", [
            .init(value: 10_000, unit: "人", kind: .count, qualifier: .lessThan),
            .init(value: 12_000, unit: "元", kind: .money, qualifier: .moreThan),
        ]),
        ("新建⟦两座⟧水库，修建水渠⟦3.5千米⟧。", [
            .init(value: 2, unit: "座", kind: .count, subject: "水库"),
            .init(value: 3.5, unit: "千米", kind: .measure, subject: "水渠", normalized: 3500, normalizedUnit: "m"),
        ]),
    ]

    static let all: [(String, [ExpectedFact])] = economyCases + agricultureCases + energyCases + transportCases + healthCases + educationCases
        + disastersCases + courtsCases + sportsCases + weatherCases + realEstateCases + marketCases + technologyCases + governmentCases + traditionalCases
        + negativesCases + formsCases + knownIssueCases

    @Test(arguments: economyCases) func economy(marked: String, expected: [ExpectedFact]) throws { try check(marked, expected) }
    @Test(arguments: agricultureCases) func agriculture(marked: String, expected: [ExpectedFact]) throws { try check(marked, expected) }
    @Test(arguments: energyCases) func energy(marked: String, expected: [ExpectedFact]) throws { try check(marked, expected) }
    @Test(arguments: transportCases) func transport(marked: String, expected: [ExpectedFact]) throws { try check(marked, expected) }
    @Test(arguments: healthCases) func health(marked: String, expected: [ExpectedFact]) throws { try check(marked, expected) }
    @Test(arguments: educationCases) func education(marked: String, expected: [ExpectedFact]) throws { try check(marked, expected) }
    @Test(arguments: disastersCases) func disasters(marked: String, expected: [ExpectedFact]) throws { try check(marked, expected) }
    @Test(arguments: courtsCases) func courts(marked: String, expected: [ExpectedFact]) throws { try check(marked, expected) }
    @Test(arguments: sportsCases) func sports(marked: String, expected: [ExpectedFact]) throws { try check(marked, expected) }
    @Test(arguments: weatherCases) func weather(marked: String, expected: [ExpectedFact]) throws { try check(marked, expected) }
    @Test(arguments: realEstateCases) func realEstate(marked: String, expected: [ExpectedFact]) throws { try check(marked, expected) }
    @Test(arguments: marketCases) func market(marked: String, expected: [ExpectedFact]) throws { try check(marked, expected) }
    @Test(arguments: technologyCases) func technology(marked: String, expected: [ExpectedFact]) throws { try check(marked, expected) }
    @Test(arguments: governmentCases) func government(marked: String, expected: [ExpectedFact]) throws { try check(marked, expected) }
    @Test(arguments: traditionalCases) func traditional(marked: String, expected: [ExpectedFact]) throws { try check(marked, expected) }
    @Test(arguments: negativesCases) func negatives(marked: String, expected: [ExpectedFact]) throws { try check(marked, expected) }
    @Test(arguments: formsCases) func forms(marked: String, expected: [ExpectedFact]) throws { try check(marked, expected) }
    @Test(arguments: knownIssueCases) func knownIssues(marked: String, expected: [ExpectedFact]) throws {
        withKnownIssue { try check(marked, expected) }
    }

    /// The table is as large as the review asked for and every input is distinct.
    @Test func coverage() {
        #expect(Self.all.count >= 150)
        #expect(Set(Self.all.map(\.0)).count == Self.all.count)
        for (marked, expected) in Self.all {
            #expect(StressText(marked).required.count == expected.count, "\(marked): marks and rows differ")
        }
    }

    private func check(_ marked: String, _ expected: [ExpectedFact]) throws {
        let input = StressText(marked)
        let facts = try SharedPipeline.facts(input.text)
        let required = facts.filter { f in !input.optional.contains { $0.overlaps(f.start..<f.end) } }
        let spans = required.map { $0.start..<$0.end }
        #expect(spans == input.required, "\(input.text): got \(required.map(\.mention))")
        guard spans == input.required else { return }
        for (fact, want) in zip(required, expected) {
            #expect(abs(fact.value.double - want.value) <= 1e-6 * max(1, abs(want.value)), "\(fact.mention) value \(fact.value)")
            #expect(fact.unit == want.unit, "\(fact.mention) unit \(fact.unit ?? "nil")")
            #expect(fact.kind == want.kind, "\(fact.mention) kind \(fact.kind)")
            #expect(fact.qualifier == want.qualifier, "\(fact.mention) qualifier \(fact.qualifier)")
            #expect(fact.change == want.change, "\(fact.mention) change \(fact.change?.rawValue ?? "nil")")
            if let per = want.per { #expect(fact.per == per, "\(fact.mention) per \(fact.per ?? "nil")") }
            if let max = want.valueMax { #expect(fact.valueMax?.double == max, "\(fact.mention) value_max") }
            if let subject = want.subject {
                let got = fact.subject ?? ""
                // Words of scope or action before the noun (全年实施重点项目) are tolerated as in the gold
                // (接待游客); words after it (学生全部考上本科) are not.
                let agrees = (got.contains(subject) && got.count <= subject.count + 2)
                    || (got.hasSuffix(subject) && got.count <= subject.count + 6)
                    || (got.count >= 2 && subject.contains(got))
                #expect(agrees, "\(fact.mention) subject \(got), want \(subject)")
            }
            if let normalized = want.normalized {
                #expect(abs((fact.normalizedValue?.double ?? .nan) - normalized) <= 1e-3 * max(1, abs(normalized)), "\(fact.mention) normalized \(fact.normalizedValue?.double ?? .nan)")
            }
            if let unit = want.normalizedUnit { #expect(fact.normalizedUnit == unit, "\(fact.mention) normalized unit \(fact.normalizedUnit ?? "nil")") }
        }
    }
}
