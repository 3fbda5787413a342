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
    ]

    // MARK: Known gaps (each documented in the review report; `withKnownIssue` fails once one is fixed)
    /// - 65岁及以上老年人健康管理率: a noun compound after an age is read whole (no dictionary splits it).
    /// - 近万人: a lone 万 is not a number for the scanner (its tests keep `万` alone a word).
    /// - 新建两座水库: the entity stage reads `新建两座水库` as a place name, which hides the count.
    /// - 培训班15期: 期 is a blocker for phases (二期项目), so a count of sessions is lost.
    static let knownIssueCases: [(String, [ExpectedFact])] = [
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
        ("举办教师培训班⟦15期⟧，培训教师⟦2400人次⟧。", [
            .init(value: 15, unit: "期", kind: .count, subject: "教师培训班"),
            .init(value: 2400, unit: "人次", kind: .count, subject: "教师"),
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
