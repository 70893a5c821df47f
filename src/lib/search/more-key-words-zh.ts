/**
 * More Chinese for the words of Flink's option keys: the other terms Chinese developers write for the same
 * concept (blogs, Chinese Flink/Spark/Kafka/Java docs, Q&A), beside the one the glossary already has. Every
 * English side is a word (or words) of Flink 2.1's option keys; `maximum`, `minimum` and `aggregation` count
 * through the spelled-out forms of `max`, `min` and `agg` that the tokenizer gives them.
 *
 * The glossary matches a Chinese term as a substring of the query, longest first, so a compound is listed only
 * when it says something its parts do not (时间间隔 is interval, where 间隔 + 时间 would also bring time; 线程数 is
 * number of threads, where 线程 alone drops the number).
 */

export const MORE_KEY_WORDS_ZH: ReadonlyArray<readonly [en: string, zh: string]> = [
  // Time spans. 时间间隔 and 间隔时间 also keep 时间 (time) from adding a second sense; 周期 and 频率 are how
  // write-ups say a checkpoint interval ("checkpoint 周期/频率"): 周期 is already period, 频率 is also rate below.
  ['interval', '时间间隔'],
  ['interval', '间隔时间'],
  ['interval', '周期'],
  ['interval', '频率'],
  ['timeout', '超时时间'],
  ['timeout', '超时时长'],
  ['delay', '延迟时间'],
  ['delay', '延时时间'],
  ['duration', '持续时间'],
  ['deadline', '期限'],
  ['deadline', '最后期限'],
  ['lease', '租期'],
  ['cooldown', '冷却期'],
  // 定时 (on a schedule) is periodic; 定时器 is the timer below.
  ['periodic', '定时'],
  ['micros', '微秒'],
  // TTL and expiry: 过期时间 is how Chinese SQL write-ups say the state TTL and also jobstore.expiration-time, so
  // it is given to both words.
  ['ttl', '过期时间'],
  ['ttl', '存活时间'],
  ['expiration', '过期时间'],
  ['expiration', '失效'],
  ['expiration', '到期'],
  ['retention', '保留时间'],
  ['retention', '保留时长'],
  // Timers: 定时器 is the usual Chinese for Flink's timers (计时器 is the translated pages' word).
  ['timer', '定时器'],

  // Sizes, counts and amounts. 个数 and 数目 say "number of" for number and count alike (writebuffer.count is the
  // number of write buffers).
  ['size', '尺寸'],
  ['size', '规模'],
  ['number', '个数'],
  ['number', '数目'],
  ['count', '个数'],
  ['count', '数目'],
  ['total', '总量'],
  ['total', '总计'],
  ['bytes', '字节数'],
  ['rows', '行数'],
  ['line numbers', '行号'],
  ['bits', '位数'],
  ['bit', '比特'],
  // "X 数" compounds: without them the number is lost (线程数 would be thread only).
  ['number of threads', '线程数'],
  ['number of connections', '连接数'],
  ['number of files', '文件数'],
  ['number of slots', '槽位数'],
  ['number of slots', '槽数'],
  ['failures', '失败次数'],
  ['restart attempts', '重启次数'],

  // Ratios, rates and factors. 频率 is also interval above (失败频率 is the failure rate, checkpoint 频率 its
  // interval); 速率 is a write rate.
  ['ratio', '比率'],
  ['ratio', '比值'],
  ['rate', '速率'],
  ['rate', '频率'],
  ['factor', '系数'],
  ['multiplier', '乘数'],
  ['multiplier', '倍率'],
  ['sample', '样本'],
  ['sampling', '抽样'],

  // Limits and bounds. 上限 is already upper (cache-upper-size); Chinese settings say it for any limit too
  // (内存上限), so it is given to limit as well. 阀值 is the very common misspelling of 阈值.
  ['limit', '上限'],
  ['limit', '限额'],
  ['limit', '限度'],
  ['threshold', '阀值'],
  ['threshold', '门限'],
  ['threshold', '临界值'],
  ['maximum', '最多'],
  ['maximum', '最高'],
  ['minimum', '最少'],
  ['minimum', '最低'],
  ['bound', '界限'],
  ['lower bound', '下界'],
  ['upper', '上界'],
  ['range', '区间'],

  // Retries, failures and recovery. 故障转移 is the general IT word for failover; 重连 is a connection retried.
  ['retry', '重新尝试'],
  // 申请 is how Chinese write-ups say requesting resources from YARN or Kubernetes (申请容器, 申请资源).
  ['request', '申请'],
  ['connection retries', '重连'],
  ['failure', '故障'],
  ['failure', '失败'],
  ['failover', '故障转移'],
  ['restart', '重新启动'],
  ['restore', '还原'],
  ['error', '报错'],
  ['error', '出错'],
  ['leaked', '泄露'],
  // OOM as Chinese says it. 内存溢出 is taken whole (it would otherwise be memory and nothing), so it keeps memory
  // as a second sense.
  ['oom', '内存溢出'],
  ['oom', '内存不足'],
  ['memory', '内存溢出'],
  // 兜底 and 降级 are the engineering words for a fallback.
  ['fallback', '兜底'],
  ['fallback', '降级'],

  // Switches. 开关 names a boolean setting ("xxx 开关"); 打开 is also open (打开文件), both honest senses.
  ['enabled', '开关'],
  ['enable', '开关'],
  ['enabled', '打开'],
  ['enable', '打开'],
  ['disable', '停用'],
  ['disable', '禁止'],
  ['disabled', '停用'],
  ['disabled', '关闭'],
  ['ignore', '跳过'],
  ['include', '白名单'],
  ['exclude', '黑名单'],
  ['exclude', '剔除'],
  ['prefer', '首选'],
  ['default', '缺省'],
  ['additional', '附加'],
  ['required', '必需'],
  ['provided', '提供'],

  // Actions.
  ['create', '新建'],
  ['delete', '移除'],
  ['cleanup', '清除'],
  ['cleaner', '清理器'],
  ['discard', '抛弃'],
  ['modify', '更改'],
  ['change', '更改'],
  ['change', '变化'],
  ['reset', '复位'],
  ['merge', '归并'],
  ['verify', '校验'],
  ['check', '检测'],
  ['collect', '采集'],
  ['fetch', '获取'],
  ['fetch', '抓取'],
  ['ship', '分发'],
  ['start', '开始'],
  ['shutdown', '停机'],
  ['shutdown', '关停'],
  ['halt', '终止'],
  // 停止 is already halt; is-write-stopped says it too.
  ['stopped', '停止'],
  ['finish', '完成'],
  ['notify', '通知'],
  ['await', '等待'],
  ['report', '报告'],
  ['report', '汇报'],
  ['renew', '续期'],
  ['renewal', '续约'],
  ['estimate', '估算'],
  ['override', '重写'],
  ['overwrite', '覆写'],
  ['resolve', '解析'],
  ['order', '顺序'],
  ['recompile', '重新编译'],
  ['iterate', '迭代'],
  ['ingest', '导入'],
  ['ingest', '摄取'],
  ['promote', '晋升'],
  ['offload', '卸载'],
  ['display', '展示'],
  ['command', '指令'],

  // Writing to disk. 刷盘 and 落盘 are how Chinese storage write-ups say flush (刷新, Java's word for flush(), is
  // left out: it is far more often refresh). 溢出 is spilling to disk (溢出到磁盘).
  // Compaction has no pair: Chinese RocksDB write-ups say 压缩 or 合并 for it, which are far more often
  // compression and merge.
  ['flush', '刷盘'],
  ['flush', '落盘'],
  ['spill', '溢出'],
  ['write stall', '写停顿'],
  ['stall', '停滞'],
  ['changelog', '变更日志'],
  ['changelog', '更改日志'],
  ['rolled', '滚动'],
  ['archive', '归档'],
  ['subdir', '子目录'],

  // Places, files and paths.
  ['directory', '文件夹'],
  ['root', '根目录'],
  ['root', '根节点'],
  ['home', '安装目录'],
  ['primary directory', '主目录'],
  ['handle', '句柄'],
  ['executable', '可执行文件'],
  ['artifact', '构件'],
  ['localized', '本地化'],
  ['requirement', '依赖'],

  // Network. 监听 is a server's bound address and port (监听地址, 监听端口) and also a listener (作业状态监听): both
  // honest senses. 建连 is the engineering word for connecting; 保活 is TCP keep-alive (keepIdle, keepCount).
  ['port', '端口号'],
  ['bind', '监听'],
  ['listener', '监听'],
  ['connect', '建连'],
  ['keep', '保活'],
  ['socket', '套接字'],
  ['host', '宿主机'],
  ['hostnetwork', '主机网络'],
  ['hostnetwork', '宿主机网络'],
  ['response', '应答'],
  ['endpoint', '接入点'],
  ['origin', '跨域'],
  ['flight', '在途'],
  ['framesize', '帧大小'],
  ['input gate', '输入门'],
  ['stdout', '标准输出'],
  ['system out', '标准输出'],

  // Memory, buffers, caches, pools and queues. 写缓存 is how Chinese RocksDB write-ups say the write buffer
  // (缓存 alone is left to cache). One-character 池 (pool), 块 (block), 表 (table) and 键 (key) are left out: they
  // sit inside common words of a question (表示, 关键, 一块).
  ['sharedbuffer', '共享缓冲区'],
  ['debloat', '消胀'],
  ['writebuffer', '写缓存'],
  ['write buffer', '写缓存'],
  ['queue', '排队'],
  ['usage', '占用'],
  ['usage', '用量'],
  ['pinned', '常驻'],
  ['block', '数据块'],
  ['filter', '过滤'],
  ['hash', '散列'],
  ['live', '存活'],
  ['pending', '未完成'],
  ['raw', '原始'],
  ['space', '空间'],
  ['amplification', '放大'],
  ['reader', '读取器'],
  // 层级 is already tier; Chinese says it for RocksDB's levels (L0 层级) as well, both honest. 分层 is tiered storage.
  ['level', '等级'],
  ['level', '层级'],
  ['tier', '分层'],

  // Components and roles. JobManager and TaskManager as Chinese docs spell them out.
  ['jobmanager', '作业管理器'],
  ['taskmanager', '任务管理器'],
  ['slotmanager', '槽位管理器'],
  ['slot', '槽位'],
  ['slot', '插槽'],
  ['worker', '工作进程'],
  ['master', '主节点'],
  ['leader', '领导'],
  ['leader election', '选主'],
  ['quorum', '法定人数'],
  ['availability', '可用性'],
  ['application', '应用'],
  ['standalone', '独立模式'],
  ['operator', '操作符'],
  ['vertex', '顶点'],
  ['jobvertex', '作业顶点'],
  ['exporter', '导出器'],

  // Parallelism and scheduling.
  ['parallelism', '并发度'],
  ['parallelism', '并行数'],
  ['rescale', '扩容'],
  ['rescale', '缩容'],
  ['rescale', '伸缩'],
  ['rescaling', '伸缩'],
  // Rescaling is changing a running job's parallelism, as a question says it.
  ['rescale', '调整并行度'],
  ['rescale', '修改并行度'],
  ['load', '负载'],
  ['balance', '均衡'],
  // 链接 is a link, a URL (日志链接); chaining is 算子链 and 链式.
  ['url', '链接'],
  ['chain', '链式'],
  ['pipeline', '流水线'],
  ['shuffle', '混洗'],
  ['shuffle', '数据交换'],
  ['split', '分片'],
  ['split', '切分'],
  ['keyed', '键控'],
  ['simulated', '模拟'],

  // Batch and SQL. 攒批 is the Chinese Flink SQL tuning word for mini-batching.
  ['batch', '批量'],
  ['batch', '批次'],
  ['mini batch', '攒批'],
  ['mini batch', '小批量'],
  ['table', '数据表'],
  ['sink', '结果表'],
  ['sink', '目标表'],
  ['source', '源端'],
  ['lookup', '维度表'],
  ['join', '联接'],
  ['aggregation', '聚集'],
  ['grouping', '分组'],
  ['rank', '排名'],
  ['union', '联合'],
  ['project', '投影'],
  ['cast', '类型转换'],
  ['null', '空值'],
  ['not null', '非空'],
  ['deterministic', '确定性'],
  ['non deterministic', '非确定性'],
  ['breakpoint', '断点'],
  ['multiple input', '多输入'],
  ['column width', '列宽'],
  ['color schema', '配色方案'],
  ['map', '映射'],

  // State and checkpoints.
  ['watermark', '水位'],
  ['latency', '时延'],
  ['backlog', '堆积'],
  ['previous', '上次'],
  ['next', '下次'],

  // Metrics and diagnosis. 监控 is how Chinese writing names Flink's metrics setup (监控配置, 监控上报); it is
  // already monitor in description-words-zh.ts, a second honest sense.
  ['metrics', '度量'],
  ['metrics', '监控指标'],
  ['metrics', '监控'],
  ['telemetry', '遥测'],
  ['profiling', '性能剖析'],
  ['profiling', '剖析'],
  ['stack', '堆栈'],
  ['web', '网页'],

  // Security and accounts. 帐号/帐户 are the older spellings of 账号/账户, still common; 登陆 is the very common
  // misspelling of 登录; 秘钥 of 密钥. 鉴权 is said for authentication and authorization alike.
  ['account', '帐号'],
  ['account', '帐户'],
  ['login', '登陆'],
  ['secret', '秘钥'],
  ['password', '口令'],
  ['authentication', '身份验证'],
  ['authentication', '鉴权'],
  ['authorization', '鉴权'],
  ['delegation', '委托'],

  // Deployment, classes and names. 启动参数 is how Chinese notes say env.java.opts (JVM 启动参数).
  ['opts', '启动参数'],
  ['annotation', '注释'],
  ['owner', '属主'],
  ['class', '类名'],
  ['class', '实现类'],
  ['parent', '父级'],
  ['name', '名字'],
  ['delimiter', '分割符'],
  ['legacy', '遗留'],
  ['builtin', '内建'],
  ['local', '局部'],
  ['remote', '远端'],
];
