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
        <source>Not delivered</source>
        <translation>未送达</translation>
    </message>
    <message>
        <source>Theory</source>
        <translation>理论</translation>
    </message>
    <message>
        <source>Draw the theory of Demers et al. beside the run</source>
        <translation>在运行结果旁画出 Demers 等人的理论曲线</translation>
    </message>
    <message>
        <source>Who has the update</source>
        <translation>谁拿到了更新</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Fraction of nodes</source>
        <translation>节点比例</translation>
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
        <source>Every run on one chart</source>
        <translation>各次运行对比</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>Draw the prediction of Demers et al. beside the run, dashed.</source>
        <translation>用虚线在运行结果旁画出 Demers 等人的预测。</translation>
    </message>
    <message>
        <source>There is no simple prediction for this protocol and mode.</source>
        <translation>这种协议和模式没有简单的理论预测。</translation>
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
        <source>Messages per round, last %1 rounds</source>
        <translation>每轮消息数（最近 %1 轮）</translation>
    </message>
    <message>
        <source>Messages per round</source>
        <translation>每轮消息数</translation>
    </message>
    <message>
        <source>Theory e⁻ᵐ</source>
        <translation>理论 e⁻ᵐ</translation>
    </message>
    <message>
        <source>Who has each strain</source>
        <translation>谁有哪种毒株</translation>
    </message>
    <message>
        <source>Fraction of person-strain pairs</source>
        <translation>（人，毒株）对的比例</translation>
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
        <source>%1: version %2, since round %3</source>
        <translation>%1：版本 %2，自第 %3 轮起</translation>
    </message>
    <message>
        <source>%1: version %2 (%3), since round %4</source>
        <translation>%1：版本 %2（%3），自第 %4 轮起</translation>
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
</context>
<context>
    <name>ComparisonBuilder</name>
    <message>
        <source>Megabytes sent</source>
        <translation>已发送兆字节数</translation>
    </message>
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
        <source>%1: %2 MB</source>
        <translation>%1：%2 MB</translation>
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
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (forged)</source>
        <translation>%1（伪造）</translation>
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
    <name>LanguageSwitcher</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>Meet Xiao B</source>
        <translation>认识小B</translation>
    </message>
    <message>
        <source>This is Xiao B, a virus about a hundred nanometres across with a crown of spikes; the crown is what gave the coronaviruses their name. Xiao B lives in a bat that flies over the city at night, a bat that carries a hundred other viruses besides.</source>
        <translation>这是小B，一个直径约一百纳米、顶着一圈刺突“王冠”的病毒；冠状病毒的名字正是来自这顶“冠”。小B住在一只蝙蝠身上，这只蝙蝠每天夜里都在城市上空飞来飞去，身上还带着上百种别的病毒。</translation>
    </message>
    <message>
        <source>Twelve people of the city, all healthy. In this lesson each person is a node of a distributed database, each strain of the virus is an update, and catching the virus means learning the update.</source>
        <translation>城里的十二位居民，全都健康。在这节课里，每个人是分布式数据库的一个节点，每种病毒毒株是一条更新，染上病毒就等于得知了这条更新。</translation>
    </message>
    <message>
        <source>The accident</source>
        <translation>意外</translation>
    </message>
    <message>
        <source>One night the bat is caught and taken to a wildlife market, where it changes hands for a lot of money.</source>
        <translation>一天夜里，蝙蝠被人捉住，带到了野生动物市场，在那里被高价转手。</translation>
    </message>
    <message>
        <source>From the bat Xiao B moves to the buyer&apos;s hands, then his food, then into him. One node now holds an update that nobody else has: in database terms, a write has happened at A.</source>
        <translation>小B从蝙蝠身上转移到买主的手上，又到了他的食物里，最后进入了他的身体。现在有一个节点持有一条别人都没有的更新：用数据库的话说，A 上发生了一次写入。</translation>
    </message>
    <message>
        <source>Step once (Right arrow): person A turns contagious. Nobody else knows yet.</source>
        <translation>前进一轮（右方向键）：居民 A 变成传染中。其他人还都不知道。</translation>
    </message>
    <message>
        <source>The seed node</source>
        <translation>种子节点</translation>
    </message>
    <message>
        <source>Inside his body Xiao B hides from the immune system and copies itself. A is patient zero; in gossip terms, the seed node: the one place the update was first written.</source>
        <translation>在他体内，小B躲过免疫系统，不断复制自己。A 就是零号病人；用 Gossip 的话说，他是种子节点：更新最初被写入的地方。</translation>
    </message>
    <message>
        <source>A fever, a cough, a sneeze: each day A passes the virus to one person picked at random. A day is a round; in each round every contagious node contacts one partner.</source>
        <translation>发烧、咳嗽、打喷嚏：A 每天把病毒传给随机挑选的一个人。一天就是一轮；每一轮，每个传染中的节点联系一个伙伴。</translation>
    </message>
    <message>
        <source>Everyone who caught it sneezes too, so the number of contagious people roughly doubles every round. That is why gossip spreads so fast.</source>
        <translation>每个被传染的人也会打喷嚏，所以传染中的人数大约每轮翻一番。这就是 Gossip 传播得如此之快的原因。</translation>
    </message>
    <message>
        <source>Count the orange nodes round by round: 1, 2, about 4, about 8. The chart&apos;s contagious curve climbs steeply.</source>
        <translation>一轮一轮地数橙色节点：1 个、2 个、约 4 个、约 8 个。图表中的“传染中”曲线陡然上升。</translation>
    </message>
    <message>
        <source>Direct mail</source>
        <translation>直接邮寄</translation>
    </message>
    <message>
        <source>Direct mail: A sneezes straight at every person it knows, all in one go. Three people are away (down), and A does not know everybody in the city.</source>
        <translation>直接邮寄：A 一口气对着他认识的每一个人直接打喷嚏。有三个人不在（宕机），而且 A 并不认识城里的每一个人。</translation>
    </message>
    <message>
        <source>Most mail arrives at once: direct mail is timely and cheap. Mail to the people who are down fails visibly, so A keeps it in a retransmit cache; the cache holds only two, and the rest is dropped. Some mail was lost on the way without anyone noticing, and the people A does not know were never mailed at all.</source>
        <translation>大多数邮件立刻送达：直接邮寄既及时又便宜。发给宕机者的邮件会明确地失败，于是 A 把它们放进重传缓存；可缓存只能放两封，其余的都被丢弃了。还有一些邮件在途中悄无声息地丢失了，而 A 不认识的人根本就没收到过邮件。</translation>
    </message>
    <message>
        <source>The people who were down come back. A retries its cache every round, so those whose mail waited there get it; the dropped, the lost and the unknown never do. Direct mail cannot promise that everyone ends up with the update: no eventual consistency.</source>
        <translation>宕机的人回来了。A 每轮都重试缓存里的邮件，所以邮件在缓存中等候的人终于收到了；而邮件被丢弃的、在途中丢失的和 A 不认识的人永远收不到。直接邮寄无法保证每个人最终都拿到更新：它没有最终一致性。</translation>
    </message>
    <message>
        <source>Grey particles are refused by nodes that are down, amber ones are dropped because the cache is full, dark ones are lost. The legend shows A&apos;s cache filling up; whoever&apos;s mail waits there wears a dashed ring. Green nodes left at the end never got the mail.</source>
        <translation>灰色粒子被宕机的节点拒收，琥珀色粒子因缓存已满被丢弃，深色粒子在途中丢失。图例显示 A 的缓存逐渐填满；邮件在缓存中等候的人外面套着一个虚线圈。最后仍是绿色的节点从未收到邮件。</translation>
    </message>
    <message>
        <source>Anti-entropy compares two whole databases and removes their differences. Person A carries the strains {T, R}; person E carries {T, S, Y}. A picks E as its partner.</source>
        <translation>反熵会比较两个完整的数据库，消除它们之间的差异。居民 A 携带毒株 {T, R}；居民 E 携带 {T, S, Y}。A 选中 E 作为伙伴。</translation>
    </message>
    <message>
        <source>Anti-entropy: push</source>
        <translation>反熵：推</translation>
    </message>
    <message>
        <source>Push: A sends its whole database, {T, R}, and E keeps whatever is newer than its own. E gains R and now holds {T, R, S, Y}; A still holds {T, R}.</source>
        <translation>推：A 把整个数据库 {T, R} 发给 E，E 留下比自己新的内容。E 得到了 R，现在持有 {T, R, S, Y}；A 仍然持有 {T, R}。</translation>
    </message>
    <message>
        <source>The particle goes from A to E and R lights up at E.</source>
        <translation>粒子从 A 飞向 E，E 上的 R 亮了起来。</translation>
    </message>
    <message>
        <source>Anti-entropy: pull</source>
        <translation>反熵：拉</translation>
    </message>
    <message>
        <source>Pull: A asks, and E sends its whole database, {T, S, Y}; A keeps whatever is newer than its own. A gains S and Y and now holds {T, R, S, Y}; E is unchanged.</source>
        <translation>拉：A 发出请求，E 把整个数据库 {T, S, Y} 发给 A；A 留下比自己新的内容。A 得到了 S 和 Y，现在持有 {T, R, S, Y}；E 保持不变。</translation>
    </message>
    <message>
        <source>The particle goes from E to A and S and Y light up at A.</source>
        <translation>粒子从 E 飞向 A，A 上的 S 和 Y 亮了起来。</translation>
    </message>
    <message>
        <source>Anti-entropy: push-pull</source>
        <translation>反熵：推拉</translation>
    </message>
    <message>
        <source>Push-pull: both directions in one contact. A and E both end with {T, R, S, Y}: their replicas are now identical.</source>
        <translation>推拉：一次联系，双向交换。A 和 E 最终都持有 {T, R, S, Y}：两份副本现在完全相同。</translation>
    </message>
    <message>
        <source>Two particles cross, one each way; afterwards A and E show the same four strains.</source>
        <translation>两个粒子相向而行、交错而过；之后 A 和 E 显示同样的四种毒株。</translation>
    </message>
    <message>
        <source>The price of anti-entropy</source>
        <translation>反熵的代价</translation>
    </message>
    <message>
        <source>Whole database</source>
        <translation>比较整个数据库</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>校验和</translation>
    </message>
    <message>
        <source>Recent updates</source>
        <translation>最近更新列表</translation>
    </message>
    <message>
        <source>Every node holds a thousand items that everybody already agrees on, plus the new update. Comparing whole databases on every contact means sending all thousand items each time.</source>
        <translation>每个节点都持有一千个大家早已一致的条目，外加一条新更新。每次联系都比较整个数据库，就意味着每次都要发送全部一千个条目。</translation>
    </message>
    <message>
        <source>A checksum first: two nodes swap a short fingerprint of their databases and send the items only when the fingerprints differ. Most contacts now cost a few bytes.</source>
        <translation>先比较校验和：两个节点交换各自数据库的简短“指纹”，只有指纹不同时才发送条目。现在大多数联系只需几个字节。</translation>
    </message>
    <message>
        <source>Better still, send the list of recent updates with the checksum: the new update travels on its own and the full comparison is almost never needed. The chart counts the bytes.</source>
        <translation>更好的做法是把最近更新的列表和校验和一起发送：新更新单独传送，几乎再也不需要完整比较。图表统计了字节数。</translation>
    </message>
    <message>
        <source>The chart shows the megabytes sent so far by each way of finding the difference, for the same spread.</source>
        <translation>对于同样的传播过程，图表显示每种找出差异的方法到目前为止发送的兆字节数。</translation>
    </message>
    <message>
        <source>Rumor spreading</source>
        <translation>谣言传播</translation>
    </message>
    <message>
        <source>Rumor mongering: a node with a hot rumor calls random partners and pushes it. It needs no list of members and no central place, so it suits large, changing clusters.</source>
        <translation>谣言传播：持有“热门谣言”的节点随机联系伙伴，把谣言推给对方。它既不需要成员列表，也不需要中心节点，因此适合规模大、成员多变的集群。</translation>
    </message>
    <message>
        <source>Growth is exponential: every round the number of contagious nodes roughly doubles.</source>
        <translation>增长是指数级的：每一轮，传染中的节点数大约翻一番。</translation>
    </message>
    <message>
        <source>More and more calls reach people who already know: the redundant messages (blue) grow. With feedback, a caller who hears &quot;I know already&quot; k times in a row loses interest and becomes immune.</source>
        <translation>越来越多的联系打给了已经知道的人：冗余消息（蓝色）越来越多。采用反馈方式时，联系者连续 k 次听到“我已经知道了”，就会失去兴趣，变为免疫。</translation>
    </message>
    <message>
        <source>The rumor dies out before reaching everyone: the healthy nodes left are the residue. Demers found the residue s and the traffic m related by s = e⁻ᵐ for push.</source>
        <translation>谣言在传遍所有人之前就平息了：剩下的健康节点就是残余。Demers 发现，对于推方式，残余 s 与流量 m 满足 s = e⁻ᵐ。</translation>
    </message>
    <message>
        <source>The finish time is random, messages are redundant, and a Byzantine node could forge a newer update that wins everywhere: the price of speed. Right-click a node to try it.</source>
        <translation>结束时间是随机的，消息有冗余，而且拜占庭节点可以伪造一条版本更高的更新，在所有地方胜出：这就是速度的代价。右键单击一个节点试试看。</translation>
    </message>
    <message>
        <source>Watch the redundant bars grow and the healthy curve level off above zero: that level is the residue. The dashed line is the theory.</source>
        <translation>观察冗余柱不断增高，健康曲线在零以上趋于平稳：这个平稳值就是残余。虚线是理论值。</translation>
    </message>
    <message>
        <source>When nodes fail</source>
        <translation>节点故障时</translation>
    </message>
    <message>
        <source>Person H is in hospital: node H is down. It neither sends nor receives, so the update passes it by while anti-entropy spreads it through everyone else.</source>
        <translation>居民 H 住院了：节点 H 宕机。它既不发送也不接收，所以当反熵把更新传给其他所有人时，更新绕过了它。</translation>
    </message>
    <message>
        <source>H comes back, but its database is out of date. Before it may spread anything it must be repaired: a full push-pull anti-entropy with a live node.</source>
        <translation>H 回来了，但它的数据库已经过时。在它能传播任何内容之前，必须先被修复：与一个存活节点进行一次完整的推拉反熵。</translation>
    </message>
    <message>
        <source>The repair contact brings H up to date; only then does H take part in the protocol again.</source>
        <translation>修复联系让 H 追上了最新状态；只有这时，H 才重新参与协议。</translation>
    </message>
    <message>
        <source>H is grey while down and amber while waiting for repair; the repair message is listed in the event log.</source>
        <translation>H 宕机时显示为灰色，等待修复时显示为琥珀色；修复消息列在事件日志中。</translation>
    </message>
    <message>
        <source>All together</source>
        <translation>综合对比</translation>
    </message>
    <message>
        <source>AE push</source>
        <translation>反熵推</translation>
    </message>
    <message>
        <source>AE pull</source>
        <translation>反熵拉</translation>
    </message>
    <message>
        <source>AE push-pull</source>
        <translation>反熵推拉</translation>
    </message>
    <message>
        <source>Rumor</source>
        <translation>谣言</translation>
    </message>
    <message>
        <source>Rumor + AE</source>
        <translation>谣言 + 反熵</translation>
    </message>
    <message>
        <source>Every mechanism, one city of a thousand, one chart.</source>
        <translation>所有机制，同一座千人之城，同一张图表。</translation>
    </message>
    <message>
        <source>Direct mail is fastest but stops short: lost mail and unknown nodes stay healthy. Rumor mongering is fast and cheap but leaves a residue. Anti-entropy is slower and costlier, but it always reaches everyone.</source>
        <translation>直接邮寄最快，但半途而止：邮件丢失的节点和不被认识的节点一直保持健康。谣言传播又快又便宜，但会留下残余。反熵更慢、代价更高，但总能到达每一个人。</translation>
    </message>
    <message>
        <source>So real systems combine them: rumors or mail for speed, anti-entropy in the background to repair what they miss. Anti-entropy is the backbone of eventual consistency in stores such as Cassandra and InfluxDB.</source>
        <translation>所以真实的系统会把它们结合起来：用谣言或邮件求快，用后台的反熵修补遗漏。在 Cassandra、InfluxDB 等存储系统中，反熵是实现最终一致性的支柱。</translation>
    </message>
    <message>
        <source>Compare where each curve ends: only the anti-entropy (AE) curves reach full coverage on their own; rumor mongering gets there only with anti-entropy behind it.</source>
        <translation>比较每条曲线的终点：只有反熵曲线能独自达到完全覆盖；谣言传播只有在反熵的配合下才能做到。</translation>
    </message>
    <message>
        <source>After five rounds about a third of the city has caught it, and the count keeps climbing. Next we look at the three ways an update can travel: direct mail, anti-entropy and rumor mongering.</source>
        <translation>五轮之后，城里大约三分之一的人已经染上，而且人数还在上升。接下来，我们看看更新传播的三种方式：直接邮寄、反熵和谣言传播。</translation>
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
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
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
        <source>%1 has %2 nodes; the app shows at most %3. Use gossiplab-cli for larger runs.</source>
        <translation>%1 有 %2 个节点，而本应用最多只能显示 %3 个。更大规模的运行请使用 gossiplab-cli。</translation>
    </message>
    <message>
        <source>Export bundle into folder</source>
        <translation>将资料包导出到文件夹</translation>
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
        <source>Computing round %1…</source>
        <translation>正在计算第 %1 轮……</translation>
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
        <source>Byzantine</source>
        <translation>拜占庭节点</translation>
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
</context>
<context>
    <name>PresentationView</name>
    <message>
        <source>GossipLab presentation</source>
        <translation>GossipLab 演示</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
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
        <source>Round %1 (end)</source>
        <translation>第 %1 轮（结束）</translation>
    </message>
</context>
<context>
    <name>ScenarioFile</name>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 必须是整数</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 (it is %4)</source>
        <translation>%1 必须在 %2 到 %3 之间（实际为 %4）</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 必须是字符串</translation>
    </message>
    <message>
        <source>%1 must be one of %2 (it is &quot;%3&quot;)</source>
        <translation>%1 必须是 %2 之一（实际为“%3”）</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 必须是对象</translation>
    </message>
    <message>
        <source>%1 has an unknown key &quot;%2&quot;</source>
        <translation>%1 含有未知的键“%2”</translation>
    </message>
    <message>
        <source>config has an unknown key &quot;%1&quot;</source>
        <translation>config 含有未知的键“%1”</translation>
    </message>
    <message>
        <source>%1.nodes must be an array of node numbers</source>
        <translation>%1.nodes 必须是由节点编号组成的数组</translation>
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
        <source>interventions must be an array</source>
        <translation>interventions 必须是数组</translation>
    </message>
    <message>
        <source>keyNames must be an array of strings</source>
        <translation>keyNames 必须是字符串数组</translation>
    </message>
    <message>
        <source>keyNames must hold short, non-empty strings</source>
        <translation>keyNames 只能包含简短的非空字符串</translation>
    </message>
    <message>
        <source>keyNames must name each of the %1 keys</source>
        <translation>keyNames 必须为全部 %1 个键各给出一个名字</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large for a scenario (%2 bytes; at most %3)</source>
        <translation>%1 太大，不可能是场景文件（%2 字节；最多 %3 字节）</translation>
    </message>
    <message>
        <source>%1 is too large for a scenario (at most %2 bytes)</source>
        <translation>%1 太大，不可能是场景文件（最多 %2 字节）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>too large for a scenario (at most %1 bytes)</source>
        <translation>作为场景太大（最多 %1 字节）</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>第 %1 字节处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>a scenario must be a JSON object</source>
        <translation>场景必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>config.%1 must be %2 (it is %3)</source>
        <translation>config.%1 必须是%2（实际为 %3）</translation>
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
        <source>Round %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>Round %1 (end)</source>
        <translation>第 %1 轮（结束）</translation>
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
        <source>Spatial partner choice: the a in d^-a</source>
        <translation>按距离选择伙伴：d^-a 中的 a</translation>
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
        <source>--size applies to --export-lesson only</source>
        <translation>--size 只能与 --export-lesson 一起使用</translation>
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
</context>
</TS>
