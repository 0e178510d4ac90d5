<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BenchCommand</name>
    <message>
        <source>goal %1 %2, %3 of it</source>
        <translation>目标 %1 %2，实测为目标的 %3</translation>
    </message>
    <message>
        <source>smaller sizes, for a smoke test</source>
        <translation>使用较小的规模，用于冒烟测试</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <source>GossipLab engine benchmark (one thread)</source>
        <translation>GossipLab 引擎基准测试（单线程）</translation>
    </message>
    <message>
        <source>Anti-entropy push-pull, one update, %1 nodes, to full coverage, %2 runs</source>
        <translation>反熵推拉，一条更新，%1 个节点，直到完全覆盖，%2 次运行</translation>
    </message>
    <message>
        <source>seconds per run</source>
        <translation>每次运行的秒数</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>rounds per run</source>
        <translation>每次运行的轮数</translation>
    </message>
    <message>
        <source>rounds</source>
        <translation>轮</translation>
    </message>
    <message>
        <source>nanoseconds per node-contact</source>
        <translation>每次节点联系的纳秒数</translation>
    </message>
    <message>
        <source>ns</source>
        <translation>纳秒</translation>
    </message>
    <message>
        <source>Rumor mongering, push, feedback, counter, 1000 nodes, k = 1..5, %1 runs each</source>
        <translation>谣言传播，推，反馈，计数器，1000 个节点，k = 1..5，各 %1 次运行</translation>
    </message>
    <message>
        <source>k = %1: seconds</source>
        <translation>k = %1：秒数</translation>
    </message>
    <message>
        <source>seconds in all</source>
        <translation>总秒数</translation>
    </message>
    <message>
        <source>Recording every message, %1 nodes</source>
        <translation>记录每条消息，%1 个节点</translation>
    </message>
    <message>
        <source>anti-entropy push-pull</source>
        <translation>反熵推拉</translation>
    </message>
    <message>
        <source>rumor push-pull</source>
        <translation>谣言推拉</translation>
    </message>
    <message>
        <source>%1: milliseconds per round</source>
        <translation>%1：每轮毫秒数</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>%1: messages recorded per round</source>
        <translation>%1：每轮记录的消息数</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>条消息</translation>
    </message>
    <message>
        <source>Step back in a %1-node run</source>
        <translation>在 %1 个节点的运行中后退</translation>
    </message>
    <message>
        <source>worst milliseconds to go back from round %1</source>
        <translation>从第 %1 轮后退的最长毫秒数</translation>
    </message>
    <message>
        <source>Anti-entropy push-pull, one update, %1 nodes</source>
        <translation>反熵推拉，一条更新，%1 个节点</translation>
    </message>
    <message>
        <source>peak memory of this process</source>
        <translation>本进程的内存峰值</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>%1: ns per message recorded</source>
        <translation>%1：每条记录消息的纳秒数</translation>
    </message>
    <message>
        <source>A far scripted heal: 1000 nodes, 64 keys, cut in two, healed at round %1</source>
        <translation>远处的脚本修复：1000 个节点，64 个键，一分为二，在第 %1 轮修复</translation>
    </message>
    <message>
        <source>%1: seconds to the heal</source>
        <translation>%1：到修复的秒数</translation>
    </message>
    <message>
        <source>%1: microseconds per round</source>
        <translation>%1：每轮微秒数</translation>
    </message>
    <message>
        <source>µs</source>
        <translation>微秒</translation>
    </message>
    <message>
        <source>Routing: anti-entropy push-pull, %1 sites, two towns, %2 runs</source>
        <translation>路由：反熵推拉，%1 个站点，两镇，%2 次运行</translation>
    </message>
    <message>
        <source>complete network: ns per conversation</source>
        <translation>完全网络：每次交谈的纳秒数</translation>
    </message>
    <message>
        <source>two towns: ns per conversation</source>
        <translation>两镇：每次交谈的纳秒数</translation>
    </message>
    <message>
        <source>routed minus complete: ns per conversation</source>
        <translation>路由减去完全网络：每次交谈的纳秒数</translation>
    </message>
    <message>
        <source>routing: ns per conversation (route walked, links counted)</source>
        <translation>路由：每次交谈的纳秒数（走完路径并计数链路）</translation>
    </message>
    <message>
        <source>building the routes of %1 routers: milliseconds</source>
        <translation>建立 %1 个路由器的路由：毫秒</translation>
    </message>
    <message>
        <source>building spatial choice&apos;s tables: milliseconds</source>
        <translation>建立按距离选择的表：毫秒</translation>
    </message>
    <message>
        <source>usage: gossiplab-cli bench [--quick]
Times the engine on one core and prints each figure beside its goal.
  --quick   smaller sizes, for a smoke test
</source>
        <translation>用法：gossiplab-cli bench [--quick]
在一个核心上测量引擎的速度，并把每个数字与其目标并列打印。
  --quick   规模更小，用于冒烟测试
</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Direct mail</source>
        <translation>直接邮寄</translation>
    </message>
    <message>
        <source>Anti-entropy</source>
        <translation>反熵</translation>
    </message>
    <message>
        <source>Rumor</source>
        <translation>谣言</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>修复</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>Theory</source>
        <translation>理论</translation>
    </message>
    <message>
        <source>Draw the theory of Demers et al. beside the run</source>
        <translation>在运行结果旁画出 Demers 等人的理论曲线</translation>
    </message>
    <message>
        <source>Draw the prediction of Demers et al. beside the run, dashed.</source>
        <translation>用虚线在运行结果旁画出 Demers 等人的预测。</translation>
    </message>
    <message>
        <source>Not drawn: %1</source>
        <translation>未绘制：%1</translation>
    </message>
    <message>
        <source>Theory not drawn: %1</source>
        <translation>未绘制理论曲线：%1</translation>
    </message>
</context>
<context>
    <name>CityLegend</name>
    <message>
        <source>Round %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>People</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Item new this round</source>
        <translation>本轮新得的条目</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>%1: empty (room for %2)</source>
        <translation>%1：空（可容纳 %2 封）</translation>
    </message>
    <message>
        <source>%1: %2 of %3, for %4</source>
        <translation>%1：%2/%3，等待发给 %4</translation>
    </message>
    <message>
        <source>Retransmit cache</source>
        <translation>重传缓存</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>quiet</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>busiest</source>
        <translation>最繁忙</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Refused, busy: %1</source>
        <translation>占线被拒：%1</translation>
    </message>
    <message>
        <source>Talks a round, mean</source>
        <translation>每轮平均交谈数</translation>
    </message>
    <message>
        <source>cut: %1</source>
        <translation>已切断：%1</translation>
    </message>
    <message numerus="yes">
        <source>cut: %n links</source>
        <translation>
            <numerusform>已切断：%n 条链路</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CityPainter</name>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
</context>
<context>
    <name>CityView</name>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>居民 %1</translation>
    </message>
    <message>
        <source>Cut off from the rest of the city</source>
        <translation>与城市的其余部分隔断</translation>
    </message>
    <message>
        <source>On the main side of the wall</source>
        <translation>在隔墙的主体一侧</translation>
    </message>
    <message>
        <source>forged</source>
        <translation>伪造</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>过时</translation>
    </message>
    <message>
        <source>Holds nothing yet</source>
        <translation>尚未持有任何更新</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Crash</source>
        <translation>使其宕机</translation>
    </message>
    <message>
        <source>Make Byzantine</source>
        <translation>设为拜占庭节点</translation>
    </message>
    <message>
        <source>Write a new update here</source>
        <translation>在此写入一条新更新</translation>
    </message>
    <message>
        <source>Heal the partition</source>
        <translation>消除分区</translation>
    </message>
    <message>
        <source>Shift+drag across the city to cut it in two</source>
        <translation>按住 Shift 拖过城市，把它一分为二</translation>
    </message>
    <message>
        <source>%1 to %2: %3, %4</source>
        <translation>%1 → %2：%3，%4</translation>
    </message>
    <message>
        <source>%1, since round %2</source>
        <translation>%1，自第 %2 轮起</translation>
    </message>
    <message>
        <source>%1 (%2), since round %3</source>
        <translation>%1（%2），自第 %3 轮起</translation>
    </message>
    <message>
        <source>Right-click: crash, recover, make Byzantine or write here. Shift-drag: cut the city in two.</source>
        <translation>右键单击：使其宕机、恢复、设为拜占庭节点，或在此写入。按住 Shift 拖动：把城市一分为二。</translation>
    </message>
    <message>
        <source>Make Byzantine (forges once an update reaches them)</source>
        <translation>设为拜占庭节点（等更新传到时再伪造）</translation>
    </message>
</context>
<context>
    <name>ClaimCheck</name>
    <message>
        <source>the lab&apos;s runs</source>
        <translation>实验室的运行</translation>
    </message>
    <message>
        <source>comparison %1 (%2)</source>
        <translation>对比运行 %1（%2）</translation>
    </message>
    <message>
        <source>the chapter&apos;s run</source>
        <translation>本章的运行</translation>
    </message>
    <message>
        <source>whether person %1 holds {%2}</source>
        <translation>居民 %1 是否持有 {%2}</translation>
    </message>
    <message>
        <source>whether person %1 is %2</source>
        <translation>居民 %1 是否处于 %2</translation>
    </message>
    <message>
        <source>%1 of %2 at round %3</source>
        <translation>%2 第 %3 轮的 %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <source>%1: false</source>
        <translation>%1：不成立</translation>
    </message>
    <message>
        <source>%1 is %2, claimed %3</source>
        <translation>%1 为 %2，声称为 %3</translation>
    </message>
    <message>
        <source>%1 is %2, claimed from %3 to %4</source>
        <translation>%1 为 %2，声称在 %3 到 %4 之间</translation>
    </message>
    <message>
        <source>%1 times </source>
        <translation>%1 倍的</translation>
    </message>
    <message>
        <source>%1 is %2, claimed above %3%4: %5</source>
        <translation>%1 为 %2，声称高于%3%4：%5</translation>
    </message>
    <message>
        <source>%1 is %2, claimed below %3%4: %5</source>
        <translation>%1 为 %2，声称低于%3%4：%5</translation>
    </message>
    <message>
        <source>%1, watch: %2</source>
        <translation>%1，观察要点：%2</translation>
    </message>
    <message>
        <source>%1, beat %2: %3</source>
        <translation>%1，第 %2 步：%3</translation>
    </message>
</context>
<context>
    <name>ClaimFile</name>
    <message>
        <source>%1.measure must be one of %2</source>
        <translation>%1.measure 必须是以下之一：%2</translation>
    </message>
    <message>
        <source>%1.run is &quot;lab&quot;, but the chapter has no labRuns</source>
        <translation>%1.run 为 &quot;lab&quot;，但该章没有 labRuns</translation>
    </message>
    <message>
        <source>%1.run must be &quot;chapter&quot; or &quot;lab&quot;: the chapter compares no runs</source>
        <translation>%1.run 必须是 &quot;chapter&quot; 或 &quot;lab&quot;：该章没有对比运行</translation>
    </message>
    <message>
        <source>%1.round: %2 is a measure of the whole run</source>
        <translation>%1.round：%2 是整次运行的度量</translation>
    </message>
    <message>
        <source>%1.count applies to the states of one run only</source>
        <translation>%1.count 只适用于单次运行的状态</translation>
    </message>
    <message>
        <source>%1: %2 is about one run, not the lab&apos;s</source>
        <translation>%1：%2 针对单次运行，而不是实验室的运行</translation>
    </message>
    <message>
        <source>%1.node applies to holds and state only</source>
        <translation>%1.node 只适用于 holds 和 state</translation>
    </message>
    <message>
        <source>%1.keys[%2] names &quot;%3&quot;, which is none of the chapter&apos;s strains (%4)</source>
        <translation>%1.keys[%2] 指定了 &quot;%3&quot;，但它不是本章的毒株（%4）</translation>
    </message>
    <message>
        <source>%1.keys applies to holds only</source>
        <translation>%1.keys 只适用于 holds</translation>
    </message>
    <message>
        <source>%1.state must be one of %2</source>
        <translation>%1.state 必须是以下之一：%2</translation>
    </message>
    <message>
        <source>%1.state applies to the measure state only</source>
        <translation>%1.state 只适用于度量 state</translation>
    </message>
    <message>
        <source>%1.link names &quot;%2&quot;, which is no link of the run&apos;s network</source>
        <translation>%1.link 指定了 &quot;%2&quot;，但运行的网络中没有这条链路</translation>
    </message>
    <message>
        <source>%1.link applies to link-traffic and link-traffic-mean only</source>
        <translation>%1.link 只适用于 link-traffic 和 link-traffic-mean</translation>
    </message>
    <message>
        <source>%1: the lab&apos;s runs give coverage, the whole-run measures and finish-share, not %2</source>
        <translation>%1：实验室的运行提供覆盖率、整次运行的度量和 finish-share，而不是 %2</translation>
    </message>
    <message>
        <source>%1.statistic must be one of %2</source>
        <translation>%1.statistic 必须是以下之一：%2</translation>
    </message>
    <message>
        <source>%1.statistic does not apply to finish-share</source>
        <translation>%1.statistic 不适用于 finish-share</translation>
    </message>
    <message>
        <source>%1.statistic applies to the lab&apos;s runs only</source>
        <translation>%1.statistic 只适用于实验室的运行</translation>
    </message>
    <message>
        <source>%1: finish-share is a measure of the lab&apos;s runs</source>
        <translation>%1：finish-share 是实验室运行的度量</translation>
    </message>
    <message>
        <source>%1: from and to apply to finish-share only</source>
        <translation>%1：from 和 to 只适用于 finish-share</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 必须是数字</translation>
    </message>
    <message>
        <source>%1 must be a number, not a statement</source>
        <translation>%1 必须是数字，而不是陈述</translation>
    </message>
    <message>
        <source>%1: a %2 claim is true or false and takes no bound</source>
        <translation>%1：%2 声明只有真或假，不接受界限</translation>
    </message>
    <message>
        <source>%1 must give min and max, equals, above or below: one of them</source>
        <translation>%1 必须给出 min 和 max、equals、above 或 below 之一</translation>
    </message>
    <message>
        <source>%1.times applies to above and below only</source>
        <translation>%1.times 只适用于 above 和 below</translation>
    </message>
    <message>
        <source>%1.times must be above 0</source>
        <translation>%1.times 必须大于 0</translation>
    </message>
    <message>
        <source>%1.min must not be above max</source>
        <translation>%1.min 不能大于 max</translation>
    </message>
</context>
<context>
    <name>ComparisonBuilder</name>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>What each way of comparing sends</source>
        <translation>每种比较方式发送的数据量</translation>
    </message>
    <message>
        <source>Every mechanism on one chart</source>
        <translation>所有机制对比</translation>
    </message>
    <message>
        <source>%1 (in the city)</source>
        <translation>%1（城市中的这一次）</translation>
    </message>
    <message>
        <source>Talks a round: %1</source>
        <translation>每轮交谈数：%1</translation>
    </message>
    <message>
        <source>Traffic on one link: %1</source>
        <translation>一条链路上的流量：%1</translation>
    </message>
    <message>
        <source>Megabytes sent so far</source>
        <translation>到目前为止发送的兆字节</translation>
    </message>
    <message>
        <source>%1: %2 MB so far</source>
        <translation>%1：到目前为止 %2 MB</translation>
    </message>
    <message>
        <source>Messages a person so far</source>
        <translation>到目前为止每人的消息数</translation>
    </message>
    <message>
        <source>What each mechanism costs</source>
        <translation>每种机制的代价</translation>
    </message>
    <message>
        <source>%1: %2 a person so far</source>
        <translation>%1：到目前为止每人 %2 条</translation>
    </message>
    <message>
        <source>Megabytes</source>
        <translation>兆字节</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>Talks a round</source>
        <translation>每轮交谈次数</translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Every run on one chart</source>
        <translation>各次运行对比</translation>
    </message>
    <message>
        <source>Fraction of nodes</source>
        <translation>节点比例</translation>
    </message>
</context>
<context>
    <name>ConfigText</name>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>%1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>a number from %1 up to, not including, %2</source>
        <translation>从 %1 起、小于 %2 的数</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>%1 到 %2 之间的数</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>以下之一：%1</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>一个数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>一个对象</translation>
    </message>
    <message>
        <source>Direct mail</source>
        <translation>直接邮寄</translation>
    </message>
    <message>
        <source>Anti-entropy</source>
        <translation>反熵</translation>
    </message>
    <message>
        <source>Rumor mongering</source>
        <translation>谣言传播</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>推</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>拉</translation>
    </message>
    <message>
        <source>Push-pull</source>
        <translation>推拉</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Blind</source>
        <translation>盲目</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>计数器</translation>
    </message>
    <message>
        <source>Coin</source>
        <translation>抛硬币</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>随机种子 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>%1, k = %2</source>
        <translation>%1，k = %2</translation>
    </message>
    <message>
        <source>bridge</source>
        <translation>桥</translation>
    </message>
    <message>
        <source>big town, area %1</source>
        <translation>大镇，街区 %1</translation>
    </message>
    <message>
        <source>small town, area %1</source>
        <translation>小镇，街区 %1</translation>
    </message>
    <message>
        <source>ring %1–%2</source>
        <translation>环 %1–%2</translation>
    </message>
    <message>
        <source>grid %1–%2</source>
        <translation>网格 %1–%2</translation>
    </message>
    <message>
        <source>Complete (no links)</source>
        <translation>完全（无链路）</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>环</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Two towns and a bridge</source>
        <translation>两镇一桥</translation>
    </message>
    <message>
        <source>From a file</source>
        <translation>来自文件</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>均匀</translation>
    </message>
    <message>
        <source>Nearby (spatial)</source>
        <translation>就近（按距离）</translation>
    </message>
    <message>
        <source>As scripted</source>
        <translation>按脚本</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 人</translation>
    </message>
    <message>
        <source>Whole database</source>
        <translation>整个数据库</translation>
    </message>
    <message>
        <source>Checksum first</source>
        <translation>先比较校验和</translation>
    </message>
    <message>
        <source>Recent updates and checksum</source>
        <translation>最近更新列表加校验和</translation>
    </message>
</context>
<context>
    <name>CoverageChart</name>
    <message>
        <source>Who has each strain</source>
        <translation>谁有哪种毒株</translation>
    </message>
    <message>
        <source>Fraction of person-strain pairs</source>
        <translation>（人，毒株）对的比例</translation>
    </message>
    <message>
        <source>Who has the update</source>
        <translation>谁拿到了更新</translation>
    </message>
    <message>
        <source>Fraction of nodes</source>
        <translation>节点比例</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Contagious</source>
        <translation>传染中</translation>
    </message>
    <message>
        <source>Immune</source>
        <translation>免疫</translation>
    </message>
    <message>
        <source>Theory (S)</source>
        <translation>理论（S）</translation>
    </message>
    <message>
        <source>Theory s=%1</source>
        <translation>理论 s=%1</translation>
    </message>
    <message>
        <source>Theory e⁻ᵐ</source>
        <translation>理论 e⁻ᵐ</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>过时</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>宕机</translation>
    </message>
    <message>
        <source>Waiting for repair</source>
        <translation>等待修复</translation>
    </message>
    <message>
        <source>There is no simple prediction for this mechanism.</source>
        <translation>这种机制没有简单的预测。</translation>
    </message>
    <message>
        <source>The theory assumes partners picked at random; here they are picked nearby.</source>
        <translation>理论假设随机挑选伙伴；这里是就近挑选。</translation>
    </message>
    <message>
        <source>The theory assumes partners picked at random; here the contacts are scripted.</source>
        <translation>理论假设随机挑选伙伴；这里的联系是按脚本进行的。</translation>
    </message>
    <message>
        <source>The theory assumes every call is accepted; here a connection limit refuses some.</source>
        <translation>理论假设每次通话都被接受；这里连接上限会拒绝一部分。</translation>
    </message>
    <message>
        <source>The theory assumes everyone is up and can reach everyone; this run has crashes, a partition or a forger.</source>
        <translation>理论假设每个人都在线且能联系到所有人；这次运行有宕机、分区或伪造者。</translation>
    </message>
    <message>
        <source>The theory of rumor mongering does not model lost messages.</source>
        <translation>谣言传播的理论没有考虑消息丢失。</translation>
    </message>
    <message>
        <source>The theory of rumor mongering does not model anti-entropy behind it.</source>
        <translation>谣言传播的理论没有考虑后台的反熵。</translation>
    </message>
    <message>
        <source>The prediction follows one update; in this run updates are written at several rounds or to several keys.</source>
        <translation>预测针对的是一条更新；这次运行在多个轮次或多个键上写入了更新。</translation>
    </message>
    <message>
        <source>Person-strain pairs</source>
        <translation>居民-毒株对</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>对数</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发送方</translation>
    </message>
    <message>
        <source>To</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Carried</source>
        <translation>携带内容</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>forged</source>
        <translation>伪造</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>过时</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
</context>
<context>
    <name>EventLogView</name>
    <message>
        <source>No messages yet: step forward to see who contacts whom.</source>
        <translation>还没有消息：前进一轮，看看谁联系了谁。</translation>
    </message>
    <message>
        <source>No messages in this round.</source>
        <translation>本轮没有消息。</translation>
    </message>
</context>
<context>
    <name>ExperimentExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ExperimentFile</name>
    <message>
        <source>sweep.parameter must be a numeric configuration key such as &quot;k&quot;, &quot;nodes&quot; or &quot;loss&quot; (it is &quot;%1&quot;)</source>
        <translation>sweep.parameter 必须是数值型的配置键，例如 &quot;k&quot;、&quot;nodes&quot; 或 &quot;loss&quot;（现在是 &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>sweep.values must hold 1 to %1 values (it holds %2)</source>
        <translation>sweep.values 必须包含 1 到 %1 个值（现在有 %2 个）</translation>
    </message>
    <message>
        <source>sweep.values[%1] must be %2 (it is %3)</source>
        <translation>sweep.values[%1] 必须是%2（现在是 %3）</translation>
    </message>
    <message>
        <source>sweep.values[%1] is given twice</source>
        <translation>sweep.values[%1] 重复出现</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>format must be &quot;%1&quot;</source>
        <translation>format 必须是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>version must be %1</source>
        <translation>version 必须是 %1</translation>
    </message>
    <message>
        <source>entries must hold 1 to %1 entries (it holds %2)</source>
        <translation>entries 必须包含 1 到 %1 项（现在有 %2 项）</translation>
    </message>
    <message>
        <source>entries[%1]%2: %3 %4</source>
        <translation>entries[%1]%2：%3 %4</translation>
    </message>
    <message>
        <source> at %1 = %2</source>
        <translation>（%1 = %2 时）</translation>
    </message>
    <message>
        <source>an experiment</source>
        <translation>实验文件</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>PNG image at twice the size (*.png)</source>
        <translation>两倍尺寸的 PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>导出图像</translation>
    </message>
    <message>
        <source>gossiplab-%1.png</source>
        <translation>gossiplab-%1.png</translation>
    </message>
    <message>
        <source>New folder:</source>
        <translation>新文件夹：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>HandoutWriter</name>
    <message>
        <source>GossipLab: the gossip protocol through the story of Xiao B</source>
        <translation>GossipLab：通过小B的故事学习 Gossip 协议</translation>
    </message>
    <message>
        <source>GossipLab</source>
        <translation>GossipLab</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>What to watch:</source>
        <translation>观察要点：</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The picture shows round %1, step %2 of %3.</source>
        <translation>图中为第 %1 轮，第 %2 步（共 %3 步）。</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>too large for %1 (at most %2 bytes)</source>
        <translation>作为%1太大（最多 %2 字节）</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>第 %1 字节处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>%1 must be a JSON object</source>
        <translation>%1必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large for %2 (at most %3 bytes)</source>
        <translation>%1 太大，不可能是%2（最多 %3 字节）</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 必须是对象</translation>
    </message>
    <message>
        <source>%1 must be an array</source>
        <translation>%1 必须是数组</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 必须是整数</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 (it is %4)</source>
        <translation>%1 必须在 %2 到 %3 之间（实际为 %4）</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 必须是 true 或 false</translation>
    </message>
    <message>
        <source>%1 must be a non-empty string</source>
        <translation>%1 必须是非空字符串</translation>
    </message>
    <message>
        <source>%1 must be at most %2 characters long</source>
        <translation>%1 最多只能有 %2 个字符</translation>
    </message>
    <message>
        <source>%1 must be a string or an object of language codes and strings</source>
        <translation>%1 必须是字符串，或由语言代码和字符串组成的对象</translation>
    </message>
    <message>
        <source>%1 has &quot;%2&quot;, which is not a language code such as en or zh_CN</source>
        <translation>%1 含有“%2”，它不是 en 或 zh_CN 这样的语言代码</translation>
    </message>
    <message>
        <source>%1 must have an English version, &quot;en&quot;</source>
        <translation>%1 必须有英文版本“en”</translation>
    </message>
    <message>
        <source>%1 has an unknown key &quot;%2&quot;</source>
        <translation>%1 含有未知的键“%2”</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>%1 must be %2 (it is %3)</source>
        <translation>%1 必须是%2（实际为 %3）</translation>
    </message>
    <message>
        <source>%1.kind must be one of %2 (it is %3)</source>
        <translation>%1.kind 必须是以下之一：%2（实际为 %3）</translation>
    </message>
    <message>
        <source>%1.nodes must be an array of node numbers</source>
        <translation>%1.nodes 必须是由节点编号组成的数组</translation>
    </message>
    <message>
        <source>%1 must be an array of strings</source>
        <translation>%1 必须是字符串数组</translation>
    </message>
    <message>
        <source>%1 must hold short, non-empty strings</source>
        <translation>%1 只能包含简短的非空字符串</translation>
    </message>
    <message>
        <source>%1 must name each of the %2 keys</source>
        <translation>%1 必须为全部 %2 个键各给出一个名字</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation>%1 给出了两次</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>没有给出文件名</translation>
    </message>
    <message>
        <source>%1 must be one of %2</source>
        <translation>%1 必须是以下之一：%2</translation>
    </message>
</context>
<context>
    <name>LabCharts</name>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>How the runs spread: mean and 10th to 90th percentile</source>
        <translation>各次运行的传播：均值与第 10 至第 90 百分位</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>%1, 10–90 %</source>
        <translation>%1，10–90 %</translation>
    </message>
    <message>
        <source>When the runs finished</source>
        <translation>各次运行何时结束</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行次数</translation>
    </message>
    <message>
        <source>Residue s against %1</source>
        <translation>残余 s 随 %1 的变化</translation>
    </message>
    <message>
        <source>Finish round t_last against %1</source>
        <translation>结束轮次 t_last 随 %1 的变化</translation>
    </message>
    <message>
        <source>Residue s</source>
        <translation>残余 s</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Traffic m</source>
        <translation>流量 m</translation>
    </message>
    <message>
        <source>t_ave</source>
        <translation>t_ave</translation>
    </message>
    <message>
        <source>t_last</source>
        <translation>t_last</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节数</translation>
    </message>
    <message>
        <source>Your guess</source>
        <translation>你的猜测</translation>
    </message>
    <message>
        <source>The runs&apos; answer</source>
        <translation>多次运行的答案</translation>
    </message>
    <message>
        <source>Paper: s, m, t_ave, t_last</source>
        <translation>论文：s, m, t_ave, t_last</translation>
    </message>
    <message>
        <source>Table %1: %2, %3, %4, %5</source>
        <translation>表 %1：%2, %3, %4, %5</translation>
    </message>
    <message>
        <source>What each run left behind</source>
        <translation>每次运行留下了多少人</translation>
    </message>
    <message>
        <source>Last receipt, t_last</source>
        <translation>最后一次收到，t_last</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Residue s, in %</source>
        <translation>残余 s（%）</translation>
    </message>
    <message>
        <source>%1, theory</source>
        <translation>%1，理论</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Click at the round by which you think half the city will have it; right-click to take the guess back</source>
        <translation>在你认为一半城市会感染的那一轮上点击；右键点击可撤回猜测</translation>
    </message>
    <message>
        <source>Click at the share of the city you think it will reach; right-click to take the guess back</source>
        <translation>在你认为它能覆盖的城市比例处点击；右键点击可撤回猜测</translation>
    </message>
    <message>
        <source>Busiest link: talks a round</source>
        <translation>最繁忙链路：每轮交谈数</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 ± 0</source>
        <translation>%1 ± 0</translation>
    </message>
    <message>
        <source>Mean ± standard deviation over the runs: most runs lie within one deviation of the mean.</source>
        <translation>各次运行的均值 ± 标准差：大多数运行落在均值上下一个标准差之内。</translation>
    </message>
</context>
<context>
    <name>LabController</name>
    <message>
        <source>%1 at %2 = %3: %4 %5</source>
        <translation>%1（%2 = %3 时）：%4 %5</translation>
    </message>
    <message>
        <source>You guessed round %1; on average half the city never had it.</source>
        <translation>你猜的是第 %1 轮；平均而言，城市里始终没有一半的人得到它。</translation>
    </message>
    <message>
        <source>You guessed round %1. On average half the city had it by round %2: %3 rounds off.</source>
        <translation>你猜的是第 %1 轮。平均而言，到第 %2 轮时一半的城市已经得到了它：相差 %3 轮。</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>You guessed that %1% would never hear of it. The runs left %2% on average: %3 points off.</source>
        <translation>你猜 %1% 的人永远听不到。多次运行平均留下 %2%：相差 %3 个百分点。</translation>
    </message>
    <message>
        <source>Your guess: half the city by round %1</source>
        <translation>你的猜测：第 %1 轮时传到一半城市</translation>
    </message>
    <message>
        <source>Your guess: %1% never hear of it</source>
        <translation>你的猜测：%1% 的人永远听不到</translation>
    </message>
    <message>
        <source>Your guess: round %1 · the runs: %2 · %3 off</source>
        <translation>你的猜测：第 %1 轮 · 运行结果：%2 · 相差 %3</translation>
    </message>
    <message>
        <source>Your guess: %1% · the runs: %2% · %3 points off</source>
        <translation>你的猜测：%1% · 运行结果：%2% · 相差 %3 个百分点</translation>
    </message>
</context>
<context>
    <name>LabPanel</name>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Take the selected entry out of the lab</source>
        <translation>把选中的条目移出实验室</translation>
    </message>
    <message>
        <source>The configurations the lab races; double-click a name to rename it. Add one with Lab &gt; Add to lab in the main window.</source>
        <translation>实验室里相互比赛的配置；双击名称可以重命名。在主窗口中用“实验室 &gt; 加入实验室”添加。</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行次数</translation>
    </message>
    <message>
        <source>How many seeded runs of each entry (up to 10,000)</source>
        <translation>每个条目运行多少次（最多 10,000 次）</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>The first run&apos;s seed; every entry races on the same seeds</source>
        <translation>第一次运行的种子；所有条目使用相同的种子比赛</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>Run every entry at each of several values of one parameter</source>
        <translation>让每个条目在某个参数的多个取值下各运行一遍</translation>
    </message>
    <message>
        <source>values, e.g. 1, 2, 3</source>
        <translation>取值，例如 1, 2, 3</translation>
    </message>
    <message>
        <source>Your guess</source>
        <translation>你的猜测</translation>
    </message>
    <message>
        <source>Guess before you run; the reveal sets the runs&apos; answer beside it</source>
        <translation>运行前先猜；揭晓时会把多次运行的答案放在旁边</translation>
    </message>
    <message>
        <source>The guess for the first entry</source>
        <translation>对第一个条目的猜测</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Run every entry on every core, off the window&apos;s thread</source>
        <translation>在所有处理器核心上运行每个条目，不占用窗口的线程</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop; the runs done so far are kept</source>
        <translation>停止；已经完成的运行会保留</translation>
    </message>
    <message>
        <source>No sweep</source>
        <translation>不扫描</translation>
    </message>
    <message>
        <source>No guess</source>
        <translation>不猜</translation>
    </message>
    <message>
        <source>Round by which half the city has it</source>
        <translation>一半城市得到它的轮次</translation>
    </message>
    <message>
        <source>The lab is empty: set the parameters of a run in the main window and choose Lab &gt; Add to lab.</source>
        <translation>实验室是空的：在主窗口中设置一次运行的参数，然后选择“实验室 &gt; 加入实验室”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value of %2: it must be %3</source>
        <translation>“%1”不是 %2 的有效值：它必须是%3</translation>
    </message>
    <message>
        <source>Type the values of %1 to sweep, separated by commas.</source>
        <translation>输入要扫描的 %1 的取值，用逗号分隔。</translation>
    </message>
    <message>
        <source>At most %1 values.</source>
        <translation>最多 %1 个取值。</translation>
    </message>
    <message>
        <source>The selected entry&apos;s colour on every chart</source>
        <translation>选中条目在所有图表中的颜色</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>黑</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙</translation>
    </message>
    <message>
        <source>Sky blue</source>
        <translation>天蓝</translation>
    </message>
    <message>
        <source>Bluish green</source>
        <translation>蓝绿</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝</translation>
    </message>
    <message>
        <source>Vermillion</source>
        <translation>朱红</translation>
    </message>
    <message>
        <source>Reddish purple</source>
        <translation>紫红</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>灰</translation>
    </message>
    <message>
        <source>Dark grey</source>
        <translation>深灰</translation>
    </message>
    <message>
        <source>Residue: % never reached</source>
        <translation>残余：始终没收到的百分比</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The values of the swept parameter, separated by commas or spaces</source>
        <translation>扫描参数的取值，用逗号或空格分隔</translation>
    </message>
    <message>
        <source>Type the guess here, or click the chart at it</source>
        <translation>在这里输入猜测，或在图表上点击该处</translation>
    </message>
</context>
<context>
    <name>LabWindow</name>
    <message>
        <source>GossipLab: the lab</source>
        <translation>GossipLab：实验室</translation>
    </message>
    <message>
        <source>Open experiment…</source>
        <translation>打开实验…</translation>
    </message>
    <message>
        <source>Open an experiment file: its entries, runs, seed and sweep</source>
        <translation>打开实验文件：其中的条目、运行次数、种子和扫描</translation>
    </message>
    <message>
        <source>Save experiment…</source>
        <translation>保存实验…</translation>
    </message>
    <message>
        <source>Save the entries, runs, seed and sweep as an experiment file</source>
        <translation>把条目、运行次数、种子和扫描保存为实验文件</translation>
    </message>
    <message>
        <source>Export charts…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Save the charts and the table as a PNG image or an SVG drawing</source>
        <translation>把图表和表格保存为 PNG 图像或 SVG 矢量图</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <source>Save the table as CSV (summary.csv)</source>
        <translation>把表格保存为 CSV（summary.csv）</translation>
    </message>
    <message>
        <source>Your guess is on the chart: now press Run to see the runs&apos; answer.</source>
        <translation>你的猜测已经画在图上：现在按“运行”看看多次运行的答案。</translation>
    </message>
    <message>
        <source>Open experiment</source>
        <translation>打开实验</translation>
    </message>
    <message>
        <source>GossipLab experiment (*.json);;All files (*)</source>
        <translation>GossipLab 实验 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The experiment was not opened; the lab is unchanged.

%1</source>
        <translation>实验没有打开；实验室保持不变。

%1</translation>
    </message>
    <message>
        <source>Save experiment</source>
        <translation>保存实验</translation>
    </message>
    <message>
        <source>GossipLab experiment (*.json)</source>
        <translation>GossipLab 实验 (*.json)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Theory</source>
        <translation>理论</translation>
    </message>
    <message>
        <source>Draw Demers&apos; prediction beside each entry, dashed, where there is one</source>
        <translation>在每个条目旁用虚线画出 Demers 的预测（如果有的话）</translation>
    </message>
    <message>
        <source>Stopped: the runs done are shown, %1 of %2.</source>
        <translation>已停止：显示已完成的运行，共 %2 次中的 %1 次。</translation>
    </message>
    <message>
        <source>Replace the lab&apos;s experiment and forget what its runs found?</source>
        <translation>替换实验室的实验，并丢弃这些运行得到的结果吗？</translation>
    </message>
    <message>
        <source>A new entry has not run yet: press Run to race them all.</source>
        <translation>有新条目还没有运行：按“运行”让它们一起比赛。</translation>
    </message>
    <message>
        <source>Make a guess (click the chart, or type it), then press Run.</source>
        <translation>先猜一猜（点击图表或输入数值），然后按“运行”。</translation>
    </message>
    <message>
        <source>Press Run to sweep.</source>
        <translation>按“运行”开始扫描。</translation>
    </message>
    <message>
        <source>Opened %1. The file holds the experiment, not its results: press Run to compute them (the same seeds give the same numbers).</source>
        <translation>已打开 %1。文件保存的是实验设置，不含结果：按“运行”来计算（相同的种子给出相同的数字）。</translation>
    </message>
    <message>
        <source>Click the chart (or type a value) to mark a guess beside the runs&apos; answer.</source>
        <translation>点击图表（或输入数值），在运行的答案旁边标出一个猜测。</translation>
    </message>
    <message>
        <source>Saved %1: its entries, runs, seed and sweep. The results are not in the file; opened again, Run computes them anew, the same numbers on the same seeds.</source>
        <translation>已保存 %1：其中有条目、运行次数、种子和扫描。结果不在文件里；再次打开后，“运行”会重新计算，相同的种子给出相同的数字。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>LanguageSwitcher</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>LessonController</name>
    <message>
        <source>Your own run</source>
        <translation>你自己的运行</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The chapter&apos;s script is set aside: its crashes, partitions and other interventions do not apply to this run. &quot;Back to the chapter&quot; returns to %1.</source>
        <translation>本章的脚本已暂时搁置：它的宕机、分区等干预不作用于这次运行。点“回到本章”即可回到“%1”。</translation>
    </message>
    <message>
        <source>Kept from the chapter (see Parameters): %1.</source>
        <translation>沿用本章的设置（见“参数”）：%1。</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Changes of your own in this run: %1. The narration tells the chapter&apos;s run without them; Reset chapter (or Ctrl+Z) takes them back.</source>
        <translation>这次运行中你自己的改动：%1 处。旁白讲述的是不含这些改动的本章运行；“重置本章”（或 Ctrl+Z）可以撤销它们。</translation>
    </message>
</context>
<context>
    <name>LessonExporter</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>LessonFile</name>
    <message>
        <source>the chapter</source>
        <translation>该章</translation>
    </message>
    <message>
        <source>id must be made of a-z, 0-9 and - (it is &quot;%1&quot;)</source>
        <translation>id 只能由 a-z、0-9 和 - 组成（实际为“%1”）</translation>
    </message>
    <message>
        <source>beats must hold at least one beat</source>
        <translation>beats 至少要有一个步骤</translation>
    </message>
    <message>
        <source>%1.round must come after the round of the beat before it</source>
        <translation>%1.round 必须晚于前一个步骤的轮次</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>format must be &quot;%1&quot;</source>
        <translation>format 必须是“%1”</translation>
    </message>
    <message>
        <source>version must be %1</source>
        <translation>version 必须是 %1</translation>
    </message>
    <message>
        <source>chapters must hold at least one chapter</source>
        <translation>chapters 至少要有一章</translation>
    </message>
    <message>
        <source>chapter %1</source>
        <translation>第 %1 章</translation>
    </message>
    <message>
        <source>chapter %1 (%2)</source>
        <translation>第 %1 章（%2）</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is used by an earlier chapter</source>
        <translation>id“%1”已被前面的章节使用</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>a lesson</source>
        <translation>课程文件</translation>
    </message>
    <message>
        <source>%1.link names &quot;%2&quot;, which is no link of the run&apos;s network</source>
        <translation>%1.link 指向“%2”，但它不是该运行网络中的链路</translation>
    </message>
    <message>
        <source>%1.link applies to the measure link-traffic only</source>
        <translation>%1.link 只适用于 link-traffic 度量</translation>
    </message>
    <message>
        <source>%1.measure must be one of %2</source>
        <translation>%1.measure 必须是以下之一：%2</translation>
    </message>
    <message>
        <source>%1.measure: a chapter&apos;s comparisons show at most two measures</source>
        <translation>%1.measure：一章的对比运行最多显示两种度量</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>What to watch</source>
        <translation>观察要点</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>The previous step of the story (Page Up)</source>
        <translation>故事的上一步（Page Up）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>The next step of the story (Page Down)</source>
        <translation>故事的下一步（Page Down）</translation>
    </message>
    <message>
        <source>Reset chapter</source>
        <translation>重置本章</translation>
    </message>
    <message>
        <source>Go back to the chapter&apos;s script, undoing changes and interventions</source>
        <translation>回到本章的脚本，撤销参数修改和干预</translation>
    </message>
    <message>
        <source>Free play</source>
        <translation>自由探索</translation>
    </message>
    <message>
        <source>Back to the lesson</source>
        <translation>回到课程</translation>
    </message>
    <message>
        <source>Back to the chapter</source>
        <translation>回到本章</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>GossipLab</source>
        <translation>GossipLab</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Export &amp;image</source>
        <translation>导出图像(&amp;I)</translation>
    </message>
    <message>
        <source>The &amp;window…</source>
        <translation>整个窗口(&amp;W)…</translation>
    </message>
    <message>
        <source>The &amp;city…</source>
        <translation>城市(&amp;C)…</translation>
    </message>
    <message>
        <source>The c&amp;hart…</source>
        <translation>图表(&amp;H)…</translation>
    </message>
    <message>
        <source>Export &amp;data…</source>
        <translation>导出数据(&amp;D)…</translation>
    </message>
    <message>
        <source>Export &amp;bundle…</source>
        <translation>导出资料包(&amp;B)…</translation>
    </message>
    <message>
        <source>Export &amp;handout…</source>
        <translation>导出讲义(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>打开场景(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save scenario…</source>
        <translation>保存场景(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>上一步(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>Reset &amp;chapter</source>
        <translation>重置本章(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>事件日志</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>导出讲义</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <source>GossipLab scenario (*.json)</source>
        <translation>GossipLab 场景 (*.json)</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <source>GossipLab scenario (*.json);;All files (*)</source>
        <translation>GossipLab 场景 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The scenario was not opened; the current one is unchanged.

%1</source>
        <translation>场景未能打开，当前场景保持不变。

%1</translation>
    </message>
    <message>
        <source>Writing the handout…</source>
        <translation>正在写入讲义……</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>打开课程(&amp;L)…</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>GossipLab lesson (*.json);;All files (*)</source>
        <translation>GossipLab 课程 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The lesson was not opened; the current one is unchanged.

%1</source>
        <translation>课程没有打开，当前课程保持不变。

%1</translation>
    </message>
    <message>
        <source>About GossipLab</source>
        <translation>关于 GossipLab</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About GossipLab</source>
        <translation>关于 GossipLab(&amp;A)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;GossipLab %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Learn how gossip protocols spread an update through a network, by the story of a virus, Xiao B, that spreads through a city.&lt;/p&gt;&lt;p&gt;It teaches the three mechanisms of Demers et al., &lt;i&gt;Epidemic Algorithms for Replicated Database Maintenance&lt;/i&gt;, Proceedings of the Sixth ACM Symposium on Principles of Distributed Computing (PODC), 1987: direct mail, anti-entropy and rumor mongering.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence. Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;GossipLab %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;通过一个病毒小B在城市中传播的故事，学习 Gossip 协议如何把一条更新传遍整个网络。&lt;/p&gt;&lt;p&gt;它讲授 Demers 等人在 &lt;i&gt;Epidemic Algorithms for Replicated Database Maintenance&lt;/i&gt;（第六届 ACM 分布式计算原理研讨会 PODC，1987）中提出的三种机制：直接邮寄、反熵和谣言传播。&lt;/p&gt;&lt;p&gt;以 MIT 许可证发布的自由软件。基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Undo the last intervention</source>
        <translation>撤销上一次干预(&amp;U)</translation>
    </message>
    <message>
        <source>Welcome! Press Next (or Page Down) to follow the story of Xiao B. Rest the mouse on a person to see what they hold; right-click to change them. F1 lists every key.</source>
        <translation>欢迎！按“下一步”（或 Page Down 键）跟随小 B 的故事。把鼠标停在一个人身上，可以看到他持有什么；右键单击可以改变他。按 F1 查看所有按键。</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>Hide this hint; it is not shown again</source>
        <translation>隐藏此提示；以后不再显示</translation>
    </message>
    <message>
        <source>L&amp;ab</source>
        <translation>实验室(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Add to lab</source>
        <translation>加入实验室(&amp;A)</translation>
    </message>
    <message>
        <source>Put these parameters in the lab, to run them hundreds of times beside others</source>
        <translation>把这些参数放进实验室，和其他配置一起运行成百上千次</translation>
    </message>
    <message>
        <source>&amp;Open the lab</source>
        <translation>打开实验室(&amp;O)</translation>
    </message>
    <message>
        <source>The lab holds at most %1 entries, each of which must run at every value of its sweep.</source>
        <translation>实验室最多容纳 %1 个条目，并且每个条目都必须能在扫描的每个取值下运行。</translation>
    </message>
    <message>
        <source>&amp;Race the chapter&apos;s runs</source>
        <translation>让本章的运行比赛(&amp;R)</translation>
    </message>
    <message>
        <source>The runs this chapter compares once, in the lab, two hundred times each</source>
        <translation>把本章只比较一次的运行放进实验室，每个运行两百次</translation>
    </message>
    <message>
        <source>Save the scenario before opening another?</source>
        <translation>打开另一个场景之前先保存吗？</translation>
    </message>
    <message>
        <source>Save the scenario before opening another lesson?</source>
        <translation>打开另一个课程之前先保存场景吗？</translation>
    </message>
    <message>
        <source>The changes you made to this run (crashes, partitions, new updates) are not saved. %1</source>
        <translation>你对这次运行所做的改动（宕机、分区、新更新）还没有保存。%1</translation>
    </message>
    <message>
        <source>Save the scenario before quitting?</source>
        <translation>退出之前先保存场景吗？</translation>
    </message>
    <message>
        <source>The &amp;lab…</source>
        <translation>实验室(&amp;L)…</translation>
    </message>
    <message>
        <source>The lab has not run yet.</source>
        <translation>实验室还没有运行过。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>导出资料包</translation>
    </message>
    <message>
        <source>The bundle is in %1.</source>
        <translation>资料包在 %1。</translation>
    </message>
    <message>
        <source>The network was not opened; the run is unchanged.

%1</source>
        <translation>网络没有打开；运行保持不变。

%1</translation>
    </message>
    <message>
        <source>%1 is a network file: the city now lives on its network (%2 people).</source>
        <translation>%1 是网络文件：城市现在建在这个网络上（%2 人）。</translation>
    </message>
    <message>
        <source>Save the scenario before opening a network?</source>
        <translation>打开网络之前先保存场景吗？</translation>
    </message>
    <message>
        <source>Open network</source>
        <translation>打开网络</translation>
    </message>
    <message>
        <source>GossipLab network (*.json);;All files (*)</source>
        <translation>GossipLab 网络 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Show the folder the file was written to</source>
        <translation>显示文件所在的文件夹</translation>
    </message>
    <message>
        <source>The lab&apos;s experiment is not saved (its entries, runs, seed and sweep). Save it before quitting?</source>
        <translation>实验室的实验尚未保存（条目、运行次数、种子和扫描）。退出前先保存吗？</translation>
    </message>
</context>
<context>
    <name>MessageChart</name>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>Messages per round, last %1 rounds</source>
        <translation>每轮消息数（最近 %1 轮）</translation>
    </message>
    <message>
        <source>Messages per round</source>
        <translation>每轮消息数</translation>
    </message>
</context>
<context>
    <name>NetworkFile</name>
    <message>
        <source>a network</source>
        <translation>网络文件</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <source>%1 must be &quot;%2&quot;</source>
        <translation>%1 必须是“%2”</translation>
    </message>
    <message>
        <source>%1 must be %2</source>
        <translation>%1 必须是 %2</translation>
    </message>
    <message>
        <source>%1 must hold 1 to %2 routers (it holds %3)</source>
        <translation>%1 必须包含 1 到 %2 个路由器（实际为 %3 个）</translation>
    </message>
    <message>
        <source>%1[%2] names router &quot;%3&quot; a second time</source>
        <translation>%1[%2] 第二次命名了路由器“%3”</translation>
    </message>
    <message>
        <source>%1 names router &quot;%2&quot;, which &quot;routers&quot; does not list</source>
        <translation>%1 指向路由器“%2”，但“routers”中没有它</translation>
    </message>
    <message>
        <source>%1 may hold at most %2 links</source>
        <translation>%1 最多包含 %2 条链路</translation>
    </message>
    <message>
        <source>%1 names link &quot;%2&quot; a second time</source>
        <translation>%1 第二次命名了链路“%2”</translation>
    </message>
    <message>
        <source>%1 must name two routers (it names %2)</source>
        <translation>%1 必须指明两个路由器（实际为 %2 个）</translation>
    </message>
    <message>
        <source>%1 joins router &quot;%2&quot; to itself</source>
        <translation>%1 把路由器“%2”连到了它自己</translation>
    </message>
    <message>
        <source>%1 holds more than %2 sites in all</source>
        <translation>%1 的站点总数超过 %2</translation>
    </message>
    <message>
        <source>%1 must place at least two sites</source>
        <translation>%1 必须至少放置两个站点</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the network</source>
        <translation>该网络</translation>
    </message>
</context>
<context>
    <name>NodeState</name>
    <message>
        <source>Healthy (susceptible)</source>
        <translation>健康（易感）</translation>
    </message>
    <message>
        <source>Contagious (infective)</source>
        <translation>传染中（感染者）</translation>
    </message>
    <message>
        <source>Immune (removed)</source>
        <translation>免疫（移除）</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>宕机</translation>
    </message>
    <message>
        <source>Waiting for repair</source>
        <translation>等待修复</translation>
    </message>
    <message>
        <source>Byzantine (forger)</source>
        <translation>拜占庭（伪造者）</translation>
    </message>
    <message>
        <source>Outdated (old version)</source>
        <translation>过时（旧版本）</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>New</source>
        <translation>新（有用）</translation>
    </message>
    <message>
        <source>Redundant</source>
        <translation>冗余</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>Refused (down)</source>
        <translation>被拒收（宕机）</translation>
    </message>
    <message>
        <source>Cut off</source>
        <translation>被隔断</translation>
    </message>
    <message>
        <source>Dropped (cache full)</source>
        <translation>被丢弃（缓存已满）</translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> rounds</source>
        <translation> 轮</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>换个种子</translation>
    </message>
    <message>
        <source>Apply and reset</source>
        <translation>应用并重置</translation>
    </message>
    <message>
        <source>Changed parameters take effect when you reset.</source>
        <translation>修改的参数将在重置后生效。</translation>
    </message>
    <message>
        <source>The window shows at most %1 people: more could not be drawn in time. Use gossiplab-cli for larger runs.</source>
        <translation>窗口最多显示 %1 人：再多就来不及绘制了。更大的运行请使用 gossiplab-cli。</translation>
    </message>
    <message>
        <source>Pick another random seed: the same parameters, another run</source>
        <translation>换一个随机种子：参数不变，换一次运行</translation>
    </message>
    <message>
        <source>Start again from round 0 with these parameters: your own run</source>
        <translation>用这些参数从第 0 轮重新开始：你自己的运行</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>机制</translation>
    </message>
    <message>
        <source>People and rounds</source>
        <translation>人数与轮数</translation>
    </message>
    <message>
        <source>Faults and repair</source>
        <translation>故障与修复</translation>
    </message>
    <message>
        <source>Finding differences</source>
        <translation>找出差异</translation>
    </message>
    <message>
        <source>Partners and network</source>
        <translation>伙伴与网络</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>A sixth of everyone</source>
        <translation>总人数的六分之一</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>从文件…</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <source>GossipLab presentation</source>
        <translation>GossipLab 演示</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>Free play</source>
        <translation>自由探索</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ScenarioFile</name>
    <message>
        <source>the file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>format must be &quot;%1&quot;</source>
        <translation>format 必须是“%1”</translation>
    </message>
    <message>
        <source>version must be %1</source>
        <translation>version 必须是 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>a scenario</source>
        <translation>场景文件</translation>
    </message>
    <message>
        <source>wall must be four numbers: x1, y1, x2, y2</source>
        <translation>wall 必须是四个数：x1, y1, x2, y2</translation>
    </message>
    <message>
        <source>wall[%1] must be a number between %2 and %3</source>
        <translation>wall[%1] 必须是 %2 到 %3 之间的数</translation>
    </message>
    <message>
        <source>wall must join two different points</source>
        <translation>wall 必须连接两个不同的点</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>%1 has %2 nodes; the app shows at most %3. Use gossiplab-cli for larger runs.</source>
        <translation>%1 有 %2 个节点，而本应用最多只能显示 %3 个。更大规模的运行请使用 gossiplab-cli。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Computing round %1…</source>
        <translation>正在计算第 %1 轮……</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <source>%1 places %2 people; the app shows at most %3. Use gossiplab-cli --network for larger runs.</source>
        <translation>%1 安置了 %2 人；本应用最多显示 %3 人。更大的运行请使用 gossiplab-cli --network。</translation>
    </message>
    <message>
        <source>%1: the network cannot run with these parameters: %2 %3</source>
        <translation>%1：这个网络无法以这些参数运行：%2 %3</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Presentation mode: back to the window</source>
        <translation>演示模式：回到窗口</translation>
    </message>
    <message>
        <source>B or .</source>
        <translation>B 或 .</translation>
    </message>
    <message>
        <source>Presentation mode: blank the screen; any key brings it back</source>
        <translation>演示模式：黑屏；按任意键恢复</translation>
    </message>
    <message>
        <source>Right-click a person</source>
        <translation>右键单击一个人</translation>
    </message>
    <message>
        <source>Crash, recover, make Byzantine or write a new update there</source>
        <translation>使其宕机、恢复、设为拜占庭节点，或在此写入一条新更新</translation>
    </message>
    <message>
        <source>Shift-drag</source>
        <translation>Shift + 拖动</translation>
    </message>
    <message>
        <source>Cut the city in two; right-click empty ground to heal it</source>
        <translation>把城市一分为二；在空白处右键单击可消除分区</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message>
        <source>--%1: %2 (got &quot;%3&quot;)</source>
        <translation>--%1：%2（收到的是“%3”）</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <source>--scenario: %1</source>
        <translation>--scenario：%1</translation>
    </message>
    <message>
        <source>--mode: direct mail only pushes (got &quot;%1&quot;)</source>
        <translation>--mode：直接邮寄只能推（收到的是“%1”）</translation>
    </message>
    <message>
        <source>--trace: needs a file name</source>
        <translation>--trace：需要一个文件名</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>--trace: cannot write %1</source>
        <translation>--trace：无法写入 %1</translation>
    </message>
    <message>
        <source>simulating</source>
        <translation>模拟中</translation>
    </message>
    <message>
        <source>%1 nodes, %2 runs, seed %3</source>
        <translation>%1 个节点，%2 次运行，随机种子 %3</translation>
    </message>
    <message>
        <source>residue s</source>
        <translation>残余 s</translation>
    </message>
    <message>
        <source>%1 (sd %2)</source>
        <translation>%1（标准差 %2）</translation>
    </message>
    <message>
        <source>traffic m (messages/node)</source>
        <translation>流量 m（消息数/节点）</translation>
    </message>
    <message>
        <source>t_ave (rounds)</source>
        <translation>t_ave（轮）</translation>
    </message>
    <message>
        <source>t_last (rounds)</source>
        <translation>t_last（轮）</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>messages per run</source>
        <translation>每次运行的消息数</translation>
    </message>
    <message>
        <source>lost per run</source>
        <translation>每次运行丢失的消息数</translation>
    </message>
    <message>
        <source>dropped (cache full) per run</source>
        <translation>每次运行被丢弃的消息数（缓存已满）</translation>
    </message>
    <message>
        <source>never sent (unknown) per run</source>
        <translation>每次运行从未发出的消息数（不认识）</translation>
    </message>
    <message>
        <source>items carried per run</source>
        <translation>每次运行携带的条目数</translation>
    </message>
    <message>
        <source>bytes carried per run</source>
        <translation>每次运行携带的字节数</translation>
    </message>
    <message>
        <source>susceptible fraction by round (mean over runs):</source>
        <translation>各轮的易感比例（各次运行的平均值）：</translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation>--%1 给出了不止一次</translation>
    </message>
    <message>
        <source>%1 (in %2 as changed by %3)</source>
        <translation>%1（%2 经 %3 修改之后）</translation>
    </message>
    <message>
        <source>round %1, %2% covered</source>
        <translation>第 %1 轮，已覆盖 %2%</translation>
    </message>
    <message>
        <source>still waiting in a cache per run</source>
        <translation>每次运行仍在缓存中等待的邮件</translation>
    </message>
    <message>
        <source>rounds run</source>
        <translation>运行的轮数</translation>
    </message>
    <message>
        <source>runs that went quiet</source>
        <translation>已平息的运行</translation>
    </message>
    <message>
        <source>--%1 and --%2 exclude each other</source>
        <translation>--%1 与 --%2 互相排斥</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>必须是%1</translation>
    </message>
    <message>
        <source>--%1 does not apply to --protocol %2</source>
        <translation>--%1 不适用于 --protocol %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Number of runs, each with its own seed</source>
        <translation>运行次数，每次使用各自的随机种子</translation>
    </message>
    <message>
        <source>Threads to run the runs on</source>
        <translation>用于运行的线程数</translation>
    </message>
    <message>
        <source>Print one JSON object instead of a table</source>
        <translation>输出一个 JSON 对象，而不是表格</translation>
    </message>
    <message>
        <source>Write every run&apos;s rounds as CSV</source>
        <translation>把每次运行的各轮数据写成 CSV</translation>
    </message>
    <message>
        <source>Start from a saved scenario</source>
        <translation>从保存的场景开始</translation>
    </message>
    <message>
        <source>options of simulate:</source>
        <translation>simulate 的选项：</translation>
    </message>
    <message>
        <source>--scenario: needs a file name</source>
        <translation>--scenario：需要一个文件名</translation>
    </message>
    <message>
        <source>(items or bytes exceeded 2^64 - 1 in some run and stopped there: these are lower bounds)</source>
        <translation>（某次运行中条目数或字节数超过了 2^64 - 1 并停在那里：这些数值只是下限）</translation>
    </message>
    <message>
        <source>a run of %1 nodes with %2 keys needs about %3 GiB of memory; this machine has %4 GiB</source>
        <translation>一次 %1 个节点、%2 个键的运行大约需要 %3 GiB 内存；这台机器只有 %4 GiB</translation>
    </message>
    <message numerus="yes">
        <source>gossiplab-cli: this will take about %n minute(s)</source>
        <translation>
            <numerusform>gossiplab-cli：这大约需要 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>--network: %1</source>
        <translation>--network：%1</translation>
    </message>
</context>
<context>
    <name>SimulationController</name>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>update %1</source>
        <translation>更新 %1</translation>
    </message>
    <message>
        <source>These parameters cannot be simulated: %1</source>
        <translation>这些参数无法模拟：%1</translation>
    </message>
    <message>
        <source>That change cannot be made: %1</source>
        <translation>无法进行这项修改：%1</translation>
    </message>
    <message>
        <source>The window shows at most %1 people; use gossiplab-cli for larger runs.</source>
        <translation>窗口最多显示 %1 人；更大的运行请使用 gossiplab-cli。</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>Round %1 (round limit)</source>
        <translation>第 %1 轮（轮数上限）</translation>
    </message>
    <message>
        <source>Round %1 (end)</source>
        <translation>第 %1 轮（结束）</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Step back one round (Left)</source>
        <translation>后退一轮（左方向键）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Step forward one round (Right)</source>
        <translation>前进一轮（右方向键）</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Back to round 0, applying changed parameters (R)</source>
        <translation>回到第 0 轮，并应用修改的参数（R）</translation>
    </message>
    <message>
        <source>Speed </source>
        <translation>速度 </translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Drag to go to any round computed so far</source>
        <translation>拖动可跳到已计算过的任意一轮</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>暂停（空格键）</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>播放（空格键）</translation>
    </message>
    <message>
        <source>The run is over: nothing is left to spread. Step back, or Reset (R) to watch it again.</source>
        <translation>这次运行已经结束：没有什么可以再传播了。可以后退，或按重置（R）再看一遍。</translation>
    </message>
    <message>
        <source>Nothing to play yet: nobody holds an update, so no round would change anything. The next step of the story (Page Down) brings one.</source>
        <translation>还没有可播放的内容：还没有人持有更新，所以无论哪一轮都不会有变化。故事的下一步（Page Down）会带来一条更新。</translation>
    </message>
    <message>
        <source>How fast Play goes: at 1× a round takes a second</source>
        <translation>播放的速度：1× 时每轮一秒</translation>
    </message>
    <message>
        <source>The run stops at its round limit (round %1). Raise Round limit in Parameters and Apply to go further.</source>
        <translation>运行在轮数上限（第 %1 轮）处停止。在“参数”中提高轮数上限并应用，即可继续。</translation>
    </message>
</context>
<context>
    <name>WidgetExporter</name>
    <message>
        <source>Exported from GossipLab</source>
        <translation>由 GossipLab 导出</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Choose a file name ending in .png or .svg.</source>
        <translation>请选择以 .png 或 .svg 结尾的文件名。</translation>
    </message>
</context>
<context>
    <name>gossip::ConfigField</name>
    <message>
        <source>Mechanism</source>
        <translation>机制</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Push, pull or push-pull (direct mail only pushes)</source>
        <translation>推、拉或推拉（直接邮寄只能推）</translation>
    </message>
    <message>
        <source>Lose interest</source>
        <translation>失去兴趣</translation>
    </message>
    <message>
        <source>Feedback: only after calling someone who knew already. Blind: after any call.</source>
        <translation>反馈：只在联系到已经知道的人之后。盲目：每次联系之后都算。</translation>
    </message>
    <message>
        <source>Stop by</source>
        <translation>停止方式</translation>
    </message>
    <message>
        <source>Counter: after k such calls in a row. Coin: with probability 1/k each time.</source>
        <translation>计数器：连续 k 次这样的联系之后。抛硬币：每次以 1/k 的概率。</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Rumor: the k of counter or coin (contacts, or 1/probability)</source>
        <translation>谣言：计数器或抛硬币的 k（联系次数，或 1/概率）</translation>
    </message>
    <message>
        <source>People (nodes)</source>
        <translation>人数（节点）</translation>
    </message>
    <message>
        <source>Number of people (nodes)</source>
        <translation>居民（节点）数</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Keys (strains) each database can hold</source>
        <translation>每个数据库可容纳的键（毒株）数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Seed of the random numbers (of the first run)</source>
        <translation>随机数的种子（第一次运行的）</translation>
    </message>
    <message>
        <source>Round limit</source>
        <translation>轮数上限</translation>
    </message>
    <message>
        <source>Stop a run after this many rounds</source>
        <translation>运行到这么多轮后停止</translation>
    </message>
    <message>
        <source>Message loss</source>
        <translation>消息丢失率</translation>
    </message>
    <message>
        <source>Probability that a message is lost on the way</source>
        <translation>消息在途中丢失的概率</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>宕机比例</translation>
    </message>
    <message>
        <source>Fraction of nodes down for the whole run</source>
        <translation>整个运行期间宕机的节点比例</translation>
    </message>
    <message>
        <source>Retransmit cache</source>
        <translation>重传缓存</translation>
    </message>
    <message>
        <source>Direct mail: how many failed mails the writer keeps to retry</source>
        <translation>直接邮寄：写入者最多保留多少封发送失败的邮件以便重试</translation>
    </message>
    <message>
        <source>Unknown to the writer</source>
        <translation>写入者不认识的比例</translation>
    </message>
    <message>
        <source>Direct mail: fraction of nodes the writer does not know</source>
        <translation>直接邮寄：写入者不认识的节点比例</translation>
    </message>
    <message>
        <source>Anti-entropy every</source>
        <translation>反熵间隔</translation>
    </message>
    <message>
        <source>Rumor mongering: a push-pull anti-entropy round every N rounds cleans up the residue</source>
        <translation>谣言传播：每 N 轮进行一次推拉反熵，清理残余</translation>
    </message>
    <message>
        <source>Find differences by</source>
        <translation>找出差异的方式</translation>
    </message>
    <message>
        <source>Items held by all</source>
        <translation>所有人都有的条目</translation>
    </message>
    <message>
        <source>Items every database holds already</source>
        <translation>每个数据库都已持有的条目数</translation>
    </message>
    <message>
        <source>Bytes per item</source>
        <translation>每个条目的字节数</translation>
    </message>
    <message>
        <source>Bytes one item costs on the wire</source>
        <translation>一个条目在网络上占用的字节数</translation>
    </message>
    <message>
        <source>Bytes per checksum</source>
        <translation>每个校验和的字节数</translation>
    </message>
    <message>
        <source>Bytes one checksum costs on the wire</source>
        <translation>一个校验和在网络上占用的字节数</translation>
    </message>
    <message>
        <source>Recent for</source>
        <translation>保持为最近更新的轮数</translation>
    </message>
    <message>
        <source>Rounds an update stays on the recent-update list</source>
        <translation>一条更新留在最近更新列表上的轮数</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>伙伴选择</translation>
    </message>
    <message>
        <source>Spatial exponent</source>
        <translation>空间指数</translation>
    </message>
    <message>
        <source>How the update spreads: by direct mail, anti-entropy or rumor mongering</source>
        <translation>更新的传播方式：直接邮寄、反熵或谣言传播</translation>
    </message>
    <message>
        <source>Anti-entropy: how two people find what differs (whole database, checksum, or recent updates)</source>
        <translation>反熵：两个人如何找出差异（整个数据库、校验和，或最近更新）</translation>
    </message>
    <message>
        <source>How a person picks a partner: uniformly, nearby (spatial) or as scripted</source>
        <translation>每个人如何挑选伙伴：均匀随机、就近（按距离）或按脚本</translation>
    </message>
    <message>
        <source>Spatial partner choice: the a in Q(d)^-a, Q(d) the people within distance d</source>
        <translation>按距离选择伙伴：Q(d)^-a 中的 a，Q(d) 为距离 d 以内的人数</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Where people live and which links their conversations cross: complete (no links), ring, grid, two towns and a bridge, or a network file</source>
        <translation>人们住在哪里、交谈经过哪些链路：完全（无链路）、环、网格、两镇一桥，或网络文件</translation>
    </message>
    <message>
        <source>Small town</source>
        <translation>小镇</translation>
    </message>
    <message>
        <source>Two towns: people in the small town (0: a sixth of everyone)</source>
        <translation>两镇：小镇的人数（0：总人数的六分之一）</translation>
    </message>
    <message>
        <source>People per area</source>
        <translation>每个街区的人数</translation>
    </message>
    <message>
        <source>Ring, grid and two towns: people on one local network</source>
        <translation>环、网格和两镇：同一局域网上的人数</translation>
    </message>
    <message>
        <source>Connection limit</source>
        <translation>连接上限</translation>
    </message>
    <message>
        <source>Conversations a person accepts per round from others (0: no limit)</source>
        <translation>每人每轮接受他人发起的交谈数（0：不限）</translation>
    </message>
    <message>
        <source>Hunt limit</source>
        <translation>重试上限</translation>
    </message>
    <message>
        <source>A person refused by the connection limit tries another partner up to H times</source>
        <translation>因连接上限被拒的人最多再换 H 个伙伴尝试</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>no command given; %1</source>
        <translation>未给出命令；%1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; %2</source>
        <translation>未知命令“%1”；%2</translation>
    </message>
    <message>
        <source>Learn the gossip protocol through a virus story.</source>
        <translation>通过一个病毒的故事学习 Gossip 协议。</translation>
    </message>
    <message>
        <source>Render every chapter to PNG files in DIR and exit.</source>
        <translation>把每一章渲染为 DIR 中的 PNG 文件，然后退出。</translation>
    </message>
    <message>
        <source>Window size for --export-lesson, e.g. 1920x1080.</source>
        <translation>--export-lesson 所用的窗口尺寸，例如 1920x1080。</translation>
    </message>
    <message>
        <source>Write the lesson as a PDF handout and exit.</source>
        <translation>把课程写成 PDF 讲义，然后退出。</translation>
    </message>
    <message>
        <source>Language of the app: %1. Without it, the one last chosen in View &gt; Language.</source>
        <translation>应用的语言：%1。不指定时，使用上次在“视图 &gt; 语言”中选择的语言。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <source>--lang: unknown language &quot;%1&quot; (available: %2)</source>
        <translation>--lang：未知的语言“%1”（可用的有：%2）</translation>
    </message>
    <message>
        <source>--size: must be WIDTHxHEIGHT between 640x480 and 8192x8192 (got &quot;%1&quot;)</source>
        <translation>--size：必须是 640x480 到 8192x8192 之间的“宽x高”（收到的是“%1”）</translation>
    </message>
    <message>
        <source>--export-handout: the file name must end in .pdf (got &quot;%1&quot;)</source>
        <translation>--export-handout：文件名必须以 .pdf 结尾（收到的是“%1”）</translation>
    </message>
    <message>
        <source>Wrote the handout to %1.</source>
        <translation>已将讲义写入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n chapter image(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 张章节图片写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>--size: %1x%2 is too small for the window, which needs at least %3x%4</source>
        <translation>--size：%1x%2 对窗口来说太小，窗口至少需要 %3x%4</translation>
    </message>
    <message>
        <source>Teach the lesson in FILE.json instead of the story of Xiao B.</source>
        <translation>讲授 FILE.json 中的课程，而不是小B的故事。</translation>
    </message>
    <message>
        <source>--lesson: %1</source>
        <translation>--lesson：%1</translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation>--%1 给出了不止一次</translation>
    </message>
    <message>
        <source>--export-lesson: cannot create the folder %1</source>
        <translation>--export-lesson：无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>--export-handout: cannot write %1: %2</source>
        <translation>--export-handout：无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>无法写入标准输出：%1</translation>
    </message>
    <message>
        <source>Run the experiment in FILE.json and write its charts and summary.csv into the folder of --out, then exit.</source>
        <translation>运行 FILE.json 中的实验，把图表和 summary.csv 写入 --out 指定的文件夹，然后退出。</translation>
    </message>
    <message>
        <source>Folder for --export-experiment.</source>
        <translation>--export-experiment 的输出文件夹。</translation>
    </message>
    <message>
        <source>--size applies to --export-lesson and --export-experiment only</source>
        <translation>--size 只适用于 --export-lesson 和 --export-experiment</translation>
    </message>
    <message>
        <source>--export-experiment and --out go together</source>
        <translation>--export-experiment 和 --out 必须一起使用</translation>
    </message>
    <message>
        <source>--export-experiment: %1</source>
        <translation>--export-experiment：%1</translation>
    </message>
    <message>
        <source>--out: cannot write into the folder %1</source>
        <translation>--out：无法写入文件夹 %1</translation>
    </message>
    <message>
        <source>Wrote the experiment&apos;s charts and summary to %1.</source>
        <translation>已把实验的图表和摘要写入 %1。</translation>
    </message>
    <message>
        <source>usage: gossiplab-cli COMMAND [options]

The gossip engine of GossipLab, without a window.

Commands:
  simulate   run a configuration once or many times (--runs) and print Demers&apos; measures:
             a table, or one JSON object with --json; --trace writes every round as CSV
  bench      time the engine and print its figures (--quick: smaller sizes)

gossiplab-cli COMMAND --help lists the options of a command.
</source>
        <translation>用法：gossiplab-cli 命令 [选项]

GossipLab 的 Gossip 引擎，无窗口运行。

命令：
  simulate   运行一个配置一次或多次（--runs），打印 Demers 的度量：
             一张表格，或用 --json 输出一个 JSON 对象；--trace 把每一轮写成 CSV
  bench      测量引擎的速度并打印结果（--quick：规模更小）

gossiplab-cli 命令 --help 列出该命令的选项。
</translation>
    </message>
</context>
</TS>
