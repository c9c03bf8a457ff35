<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Lunar Desk</source>
        <translation>关于 Lunar Desk</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>数据库结构版本</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>未打开</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Demo database (separate from real records)</source>
        <translation>演示数据库（与真实记录分开）</translation>
    </message>
    <message>
        <source>The APSCO Secretariat&apos;s desktop tool for the lunar-sample programme with CLEP.</source>
        <translation>亚太空间合作组织秘书处用于与探月与航天工程中心开展月球样品合作的桌面工具。</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>{field} is required.</source>
        <translation>“{field}”为必填项。</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>until</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>题目(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Organisers:</source>
        <translation>主办方(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>ApplicationEditor</name>
    <message>
        <source>Form &amp;PDF…</source>
        <translation>申请表 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Write the filled application form as a PDF, laid out like the annex</source>
        <translation>按附件格式将填写好的申请表输出为 PDF</translation>
    </message>
    <message>
        <source>Throw away the unsaved changes to the form and show it as last saved</source>
        <translation>放弃申请表中未保存的更改，恢复为上次保存的内容</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>本国文字姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>简历</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>添加成员(&amp;A)…</translation>
    </message>
    <message>
        <source>Make the selected team member the principal investigator</source>
        <translation>将所选团队成员设为项目负责人</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Attach &amp;CV…</source>
        <translation>附加简历(&amp;C)…</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>研究方法</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>仪器</translation>
    </message>
    <message>
        <source>Destructive</source>
        <translation>破坏性</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Add method…</source>
        <translation>添加研究方法…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Sample / kind</source>
        <translation>样品 / 类型</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>块数</translation>
    </message>
    <message>
        <source>Add requested sample…</source>
        <translation>添加申请样品…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>所属人员</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>缺少的内容</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>申请表</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>研究方法</translation>
    </message>
    <message>
        <source>Requested samples</source>
        <translation>申请样品</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Pre-check</source>
        <translation>预审</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Save form</source>
        <translation>保存表单</translation>
    </message>
    <message>
        <source>Choose an application on the left, or create a new one.</source>
        <translation>请在列表中选择一份申请，或新建申请。</translation>
    </message>
    <message>
        <source>batch {number}</source>
        <translation>第 {number} 批</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>（尚无题目）</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>any {kind}</source>
        <translation>任意{kind}</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} 字节</translation>
    </message>
    <message>
        <source>✓ intact</source>
        <translation>✓ 完整</translation>
    </message>
    <message>
        <source>Pre-check ✓</source>
        <translation>预审 ✓</translation>
    </message>
    <message>
        <source>Pre-check ({n} missing)</source>
        <translation>预审（缺 {n} 项）</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>暂停中</translation>
    </message>
    <message>
        <source>Read-only: an application that is {status} is no longer edited.</source>
        <translation>只读：状态为“{status}”的申请不再编辑。</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>有未保存的更改。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>{reference} has unsaved changes to its form.</source>
        <translation>{reference} 的申请表有未保存的更改。</translation>
    </message>
    <message>
        <source>Remove team member</source>
        <translation>删除团队成员</translation>
    </message>
    <message>
        <source>Remove {name} from the team of {reference}?</source>
        <translation>确定将 {name} 从 {reference} 的团队中删除吗？</translation>
    </message>
    <message>
        <source>Remove the attachment {name} from {reference}?</source>
        <translation>确定从 {reference} 中删除附件 {name} 吗？</translation>
    </message>
    <message>
        <source>Remove the method “{name}” from {reference}?</source>
        <translation>确定从 {reference} 中删除研究方法“{name}”吗？</translation>
    </message>
    <message>
        <source>Remove the requested sample {what} from {reference}?</source>
        <translation>确定从 {reference} 中删除申请样品 {what} 吗？</translation>
    </message>
    <message>
        <source>{action} for {reference}? This step closes the application for good: it cannot be taken back.</source>
        <translation>确定对 {reference} 执行“{action}”吗？此步骤将最终结束该申请，无法撤回。</translation>
    </message>
    <message>
        <source>CV of {name}</source>
        <translation>{name} 的简历</translation>
    </message>
    <message>
        <source>Sa&amp;ve form</source>
        <translation>保存表单(&amp;V)</translation>
    </message>
    <message>
        <source>R&amp;evert</source>
        <translation>还原(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Make PI</source>
        <translation>设为负责人(&amp;M)</translation>
    </message>
    <message>
        <source>Attach a file (letter, lab photo…)</source>
        <translation>附加文件（信函、实验室照片等）</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>删除附件</translation>
    </message>
    <message>
        <source>Remove method</source>
        <translation>删除研究方法</translation>
    </message>
    <message>
        <source>Remove requested sample</source>
        <translation>删除申请样品</translation>
    </message>
    <message>
        <source>{reference} cannot be forwarded yet; the pre-check found:
{missing}</source>
        <translation>{reference} 尚不能转交；预审发现：
{missing}</translation>
    </message>
    <message>
        <source>Save the CLEP package</source>
        <translation>保存报送探月与航天工程中心的材料包</translation>
    </message>
    <message>
        <source>Zip packages (*.zip)</source>
        <translation>Zip 压缩包 (*.zip)</translation>
    </message>
    <message>
        <source>{reference} forwarded to CLEP. The package to send is {path}</source>
        <translation>{reference} 已转交探月与航天工程中心。需报送的材料包：{path}</translation>
    </message>
    <message>
        <source>Building the CLEP package…</source>
        <translation>正在生成报送探月与航天工程中心的材料包…</translation>
    </message>
    <message>
        <source>Save the application form</source>
        <translation>保存申请表</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Form written: {path}</source>
        <translation>申请表已写入：{path}</translation>
    </message>
    <message>
        <source>Writing the form PDF…</source>
        <translation>正在写入申请表 PDF…</translation>
    </message>
</context>
<context>
    <name>ApplicationTableModel</name>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Member State</source>
        <translation>成员国</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Principal investigator</source>
        <translation>项目负责人</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>项数</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请量</translation>
    </message>
</context>
<context>
    <name>ApplicationsTab</name>
    <message>
        <source>Search reference, title, institution, investigator (Ctrl+F)</source>
        <translation>搜索编号、题目、单位、研究人员（Ctrl+F）</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation>新建申请(&amp;N)</translation>
    </message>
    <message>
        <source>Research application (Annex 2)</source>
        <translation>科研申请（附件 2）</translation>
    </message>
    <message>
        <source>Public-benefit application (Annex 3)</source>
        <translation>公益活动申请（附件 3）</translation>
    </message>
    <message>
        <source>No applications yet</source>
        <translation>尚无申请</translation>
    </message>
    <message>
        <source>Research (Annex 2) and public-benefit (Annex 3) applications from Member-State scientists will be listed here, from draft through the Secretariat&apos;s pre-check to forwarding to CLEP.</source>
        <translation>成员国科学家提交的科研申请（附件 2）和公益活动申请（附件 3）将在此列出，从草稿、秘书处预审直至转交探月与航天工程中心。</translation>
    </message>
    <message>
        <source>New research application</source>
        <translation>新建科研申请</translation>
    </message>
    <message>
        <source>Batch {number}</source>
        <translation>第 {number} 批</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>全部批次</translation>
    </message>
    <message>
        <source>All Member States</source>
        <translation>全部成员国</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} applications</source>
        <translation>显示 {shown} / {total} 份申请</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign a reviewer to {reference}</source>
        <translation>为 {reference} 分配评审专家</translation>
    </message>
    <message>
        <source>{institution}; load {n}</source>
        <translation>{institution}；当前评审任务 {n} 项</translation>
    </message>
    <message>
        <source>✗ conflicted: {reasons}</source>
        <translation>✗ 存在利益冲突：{reasons}</translation>
    </message>
    <message>
        <source>Choose a reviewer who has no conflict.</source>
        <translation>请选择不存在利益冲突的评审专家。</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Record id, sample number, name…</source>
        <translation>记录编号、样品编号、姓名…</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>全部经办人</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>经办人(&amp;O)：</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>起始(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>截止(&amp;T)：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>研究方法</translation>
    </message>
    <message>
        <source>Application status change</source>
        <translation>申请状态变更</translation>
    </message>
    <message>
        <source>Review assignment</source>
        <translation>评审分配</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Calendar day</source>
        <translation>日历日期</translation>
    </message>
    <message>
        <source>Declared conflict</source>
        <translation>已申报的利益冲突</translation>
    </message>
    <message>
        <source>Review criterion</source>
        <translation>评审标准</translation>
    </message>
    <message>
        <source>Custody movement</source>
        <translation>保管变动</translation>
    </message>
    <message>
        <source>Recycle bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Exchange key</source>
        <translation>交换密钥</translation>
    </message>
    <message>
        <source>Exchange number mapping</source>
        <translation>交换编号对照</translation>
    </message>
    <message>
        <source>Exchange log</source>
        <translation>交换记录</translation>
    </message>
    <message>
        <source>Exchange partner</source>
        <translation>交换对象</translation>
    </message>
    <message>
        <source>Exchanged record</source>
        <translation>已交换的记录</translation>
    </message>
    <message>
        <source>Hold override</source>
        <translation>暂停例外</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Inventory line</source>
        <translation>盘点明细</translation>
    </message>
    <message>
        <source>Item decision</source>
        <translation>样品决定</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>借用</translation>
    </message>
    <message>
        <source>Loan extension</source>
        <translation>借用延期</translation>
    </message>
    <message>
        <source>Loan item</source>
        <translation>借用样品</translation>
    </message>
    <message>
        <source>Loan transfer</source>
        <translation>借用移交</translation>
    </message>
    <message>
        <source>Member State</source>
        <translation>成员国</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>委员会建议</translation>
    </message>
    <message>
        <source>Release batch</source>
        <translation>发布批次</translation>
    </message>
    <message>
        <source>Release batch mission</source>
        <translation>发布批次所含任务</translation>
    </message>
    <message>
        <source>Requested sample</source>
        <translation>申请样品</translation>
    </message>
    <message>
        <source>Research team</source>
        <translation>研究团队</translation>
    </message>
    <message>
        <source>Research team link</source>
        <translation>研究团队关联</translation>
    </message>
    <message>
        <source>Research team member</source>
        <translation>研究团队成员</translation>
    </message>
    <message>
        <source>Result report</source>
        <translation>成果报告</translation>
    </message>
    <message>
        <source>Result-loan link</source>
        <translation>成果报告与借用的关联</translation>
    </message>
    <message>
        <source>Return line</source>
        <translation>归还明细</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>归还记录</translation>
    </message>
    <message>
        <source>Review round</source>
        <translation>评审轮次</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>评审专家</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>样品</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <source>Training activity</source>
        <translation>培训活动</translation>
    </message>
    <message>
        <source>Training participant</source>
        <translation>培训参加人员</translation>
    </message>
    <message>
        <source>Record t&amp;ype:</source>
        <translation>记录类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>显示更多(&amp;M)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Nothing in the audit log matches these filters.</source>
        <translation>审计日志中没有符合这些筛选条件的记录。</translation>
    </message>
    <message>
        <source>{n} entries shown, newest first</source>
        <translation>显示 {n} 条记录，最新的在前</translation>
    </message>
    <message>
        <source>created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>{table} {id}</source>
        <translation>{table} {id}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样品</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>借用</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>before-import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>before-restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backups folder: {folder}</source>
        <translation>备份文件夹：{folder}</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Replace the database by the selected backup (the current database is backed up first)</source>
        <translation>用所选备份替换数据库（会先备份当前数据库）</translation>
    </message>
    <message>
        <source>Restore from &amp;file…</source>
        <translation>从文件恢复(&amp;F)…</translation>
    </message>
    <message>
        <source>Restore a backup kept elsewhere, e.g. an encrypted copy on a USB stick</source>
        <translation>恢复保存在其他位置的备份，例如 U 盘上的加密副本</translation>
    </message>
    <message>
        <source>Save &amp;encrypted copy…</source>
        <translation>保存加密副本(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the selected backup, encrypted with a passphrase, to carry off the laptop (USB stick, e-mail)</source>
        <translation>将所选备份用口令加密后另存，以便带离本机（U 盘、电子邮件）</translation>
    </message>
    <message>
        <source>before-migration-{version}</source>
        <translation>升级前（结构版本 {version}）</translation>
    </message>
    <message>
        <source>Save the encrypted copy</source>
        <translation>保存加密副本</translation>
    </message>
    <message>
        <source>Encrypted backups (*.lunardesk-backup.enc)</source>
        <translation>加密备份 (*.lunardesk-backup.enc)</translation>
    </message>
    <message>
        <source>The copy of {file} will be encrypted with this passphrase.</source>
        <translation>{file} 的副本将用此口令加密。</translation>
    </message>
    <message>
        <source>Encrypting the backup…</source>
        <translation>正在加密备份…</translation>
    </message>
    <message>
        <source>Encrypted copy saved to {file}</source>
        <translation>加密副本已保存至 {file}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Backups (*.sqlite *.enc);;All files (*)</source>
        <translation>备份 (*.sqlite *.enc);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{file} is encrypted. Type its passphrase to restore it.</source>
        <translation>{file} 已加密。请输入其口令以进行恢复。</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Replace the database {database} by the backup of {when} ({file})?

The current database is backed up first, so this can be undone by restoring that backup.</source>
        <translation>确定用 {when} 的备份（{file}）替换数据库 {database} 吗？

系统会先备份当前数据库，因此可通过恢复该备份撤销此操作。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>restoring a backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <source>Restored from {file}; the previous database was backed up to {previous}</source>
        <translation>已从 {file} 恢复；原数据库已备份至 {previous}</translation>
    </message>
    <message>
        <source>Restored from {file}</source>
        <translation>已从 {file} 恢复</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <source>&amp;Add sample…</source>
        <translation>添加样品(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>S&amp;plit…</source>
        <translation>分样(&amp;P)…</translation>
    </message>
    <message>
        <source>Divide the selected sample into subsamples whose masses add up to it</source>
        <translation>将所选样品分为若干子样品，子样品质量之和等于原样品质量</translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation>注销(&amp;T)…</translation>
    </message>
    <message>
        <source>Record that the selected sample was consumed, returned to CLEP or lost (with a reason)</source>
        <translation>登记所选样品已消耗、已退还探月与航天工程中心或已损失（须填写理由）</translation>
    </message>
    <message>
        <source>&amp;Import release list…</source>
        <translation>导入发布清单(&amp;I)…</translation>
    </message>
    <message>
        <source>The catalogue is empty</source>
        <translation>样品目录为空</translation>
    </message>
    <message>
        <source>Samples that CLEP releases will be listed here with their masses, splits and history. Import a CLEP release list (File → Import release list…, Ctrl+I) or add a sample by hand.</source>
        <translation>探月与航天工程中心发布的样品将在此列出，包括其质量、分样和历史记录。请导入发布清单（文件 → 导入发布清单…，Ctrl+I），或手动添加样品。</translation>
    </message>
    <message>
        <source>Import release list…</source>
        <translation>导入发布清单…</translation>
    </message>
    <message>
        <source>Add sample…</source>
        <translation>添加样品…</translation>
    </message>
    <message>
        <source>Batch {number}</source>
        <translation>第 {number} 批</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} samples · {held} held</source>
        <translation>显示 {shown} / {total} 个样品 · 现存 {held}</translation>
    </message>
    <message>
        <source>Count failed: {error}</source>
        <translation>统计失败：{error}</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save chart as PNG…</source>
        <translation>将图表保存为 PNG…</translation>
    </message>
    <message>
        <source>Click a bar, or choose one with the arrow keys and press Enter, to open the matching list</source>
        <translation>点击柱形，或用方向键选中柱形后按回车，可打开对应列表</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Drawing the chart…</source>
        <translation>正在绘制图表…</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <source>Checking {database}…</source>
        <translation>正在检查 {database}…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>The check could not run: {error}</source>
        <translation>检查无法运行：{error}</translation>
    </message>
    <message>
        <source>No problems found in {database}.</source>
        <translation>{database} 未发现问题。</translation>
    </message>
    <message>
        <source>{n} problem(s) found in {database}. Nothing was changed. Restore a backup (File → Backups…) or ask for help before entering more records.</source>
        <translation>{database} 中发现 {n} 个问题。未作任何更改。在继续录入记录前，请恢复备份（文件 → 备份列表…）或寻求帮助。</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>已检查：</translation>
    </message>
</context>
<context>
    <name>ComplianceView</name>
    <message>
        <source>Acknowledgement</source>
        <translation>致谢声明</translation>
    </message>
    <message>
        <source>Sample numbers</source>
        <translation>样品编号</translation>
    </message>
    <message>
        <source>Reported in time</source>
        <translation>按时报告</translation>
    </message>
    <message>
        <source>Attached PDF</source>
        <translation>附带 PDF</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Select a result report to see its compliance.</source>
        <translation>选择一份成果报告以查看其合规情况。</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>There</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Mine (here)</source>
        <translation>我的（本机）</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>采用</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>保留我的(&amp;M)</translation>
    </message>
    <message>
        <source>Keep the values recorded on this laptop</source>
        <translation>保留本机记录的数值</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>采用对方的(&amp;T)</translation>
    </message>
    <message>
        <source>Take the values from the other laptop&apos;s bundle</source>
        <translation>采用另一台电脑数据包中的数值</translation>
    </message>
    <message>
        <source>Keep my number</source>
        <translation>保留我的编号</translation>
    </message>
    <message>
        <source>Theirs keeps it</source>
        <translation>对方保留该编号</translation>
    </message>
    <message>
        <source>Number for theirs:</source>
        <translation>对方记录的编号：</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Edit:</source>
        <translation>编辑：</translation>
    </message>
    <message>
        <source>Here: {who}, {when} · There: {twho}, {twhen}</source>
        <translation>本机：{who}，{when} · 对方：{twho}，{twhen}</translation>
    </message>
    <message>
        <source>It cannot be deleted here: still used by {what}.</source>
        <translation>此处无法删除：仍被 {what} 使用。</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>mine (only changed here)</source>
        <translation>我的（仅在本机修改）</translation>
    </message>
    <message>
        <source>theirs (only changed there)</source>
        <translation>对方的（仅在对方修改）</translation>
    </message>
    <message>
        <source>theirs becomes {number}</source>
        <translation>对方的改为 {number}</translation>
    </message>
    <message>
        <source>mine becomes {number}</source>
        <translation>我的改为 {number}</translation>
    </message>
    <message>
        <source>to decide</source>
        <translation>待决定</translation>
    </message>
    <message>
        <source>keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>take theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>混合</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>The period the charts cover (Ctrl+F)</source>
        <extracomment>the tables whose changes alter a chart</extracomment>
        <translation>图表涵盖的时段（Ctrl+F）</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>Last 24 months</source>
        <translation>最近 24 个月</translation>
    </message>
    <message>
        <source>Last 36 months</source>
        <translation>最近 36 个月</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export summary PDF…</source>
        <translation>导出摘要 PDF…</translation>
    </message>
    <message>
        <source>One A4 page with these charts and the key figures, for the email to CLEP</source>
        <translation>包含这些图表和关键数据的一页 A4 文件，用于发送给探月与航天工程中心的邮件</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时间范围：</translation>
    </message>
    <message>
        <source>Nothing to chart yet</source>
        <translation>暂无可绘制图表的数据</translation>
    </message>
    <message>
        <source>Requested and approved mass by Member State and by batch, loans by status, overdue loans and result reports appear here once applications are forwarded to CLEP or loans are made. Choose a longer period if there are older records.</source>
        <translation>申请转交探月与航天工程中心或创建借用后，此处将按成员国和批次显示申请及批准质量、按状态显示借用情况，并显示逾期借用和成果报告。如有更早的记录，请选择更长的时间范围。</translation>
    </message>
    <message>
        <source>Opening the dashboard…</source>
        <translation>正在打开概览…</translation>
    </message>
    <message>
        <source>{period} · {apps} applications forwarded to CLEP: {requested} requested, {approved} approved · {loans} loans, {held} with borrowers, {overdue} overdue today · {outstanding} outstanding · {results} result reports</source>
        <translation>{period} · 转交探月与航天工程中心的申请 {apps} 份：申请 {requested}，批准 {approved} · 借用 {loans} 项，借用方持有 {held}，今日逾期 {overdue} 项 · 未结清 {outstanding} · 成果报告 {results} 份</translation>
    </message>
    <message>
        <source>up to {day}</source>
        <translation>截至 {day}</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Chart saved: {path}</source>
        <translation>图表已保存：{path}</translation>
    </message>
    <message>
        <source>Saving the chart…</source>
        <translation>正在保存图表…</translation>
    </message>
    <message>
        <source>Export summary PDF</source>
        <translation>导出摘要 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Summary written: {path}</source>
        <translation>摘要已写入：{path}</translation>
    </message>
    <message>
        <source>Writing the summary PDF…</source>
        <translation>正在写入摘要 PDF…</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>Data folder not found</source>
        <translation>找不到数据文件夹</translation>
    </message>
    <message>
        <source>The data folder chosen in Settings → Preferences, {folder}, holds no Lunar Desk database. If it is on a USB or network drive, connect the drive and choose Retry. Nothing has been created there.</source>
        <translation>在“设置 → 首选项”中选定的数据文件夹 {folder} 中没有 Lunar Desk 数据库。如果它位于 U 盘或网络驱动器上，请连接该驱动器后选择“重试”。未在该处创建任何内容。</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Use the &amp;default folder</source>
        <translation>使用默认文件夹(&amp;D)</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>选择数据文件夹</translation>
    </message>
    <message>
        <source>Use this data folder</source>
        <translation>使用此数据文件夹</translation>
    </message>
    <message>
        <source>{folder} holds Lunar Desk records already. Work on those records from now on? The records in {current} stay where they are, untouched.</source>
        <translation>{folder} 中已有 Lunar Desk 记录。是否从现在起使用这些记录工作？{current} 中的记录保持原样，不作改动。</translation>
    </message>
    <message>
        <source>&amp;Use these records</source>
        <translation>使用这些记录(&amp;U)</translation>
    </message>
    <message>
        <source>Copy the records</source>
        <translation>复制记录</translation>
    </message>
    <message>
        <source>Copy this laptop&apos;s records (the database and every attachment file, each checked) to {folder} and work there from now on? {current} is left as it is: remove it yourself once you have checked the new folder. Backups made so far stay in {backups}.</source>
        <translation>是否将本机的记录（数据库及每个附件文件，逐一校验）复制到 {folder}，并从现在起在该处工作？{current} 保持原样：核对新文件夹后请自行删除。已有的备份仍保留在 {backups}。</translation>
    </message>
    <message>
        <source>&amp;Copy and switch</source>
        <translation>复制并切换(&amp;C)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>The records were copied to {folder} ({count} attachment files) and Lunar Desk now works there.</source>
        <translation>记录已复制到 {folder}（{count} 个附件文件），Lunar Desk 现在在该处工作。</translation>
    </message>
    <message>
        <source>Copying the records to {folder}…</source>
        <translation>正在将记录复制到 {folder}…</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decision on {item}</source>
        <translation>对 {item} 的决定</translation>
    </message>
    <message>
        <source>Sample number to lend (needed for a request of a kind)</source>
        <translation>出借的样品编号（按类型申请时必填）</translation>
    </message>
    <message>
        <source>{n} piece(s)</source>
        <translation>{n} 块</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>申请：</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>决定(&amp;D)：</translation>
    </message>
    <message>
        <source>Approved &amp;mass:</source>
        <translation>批准质量(&amp;M)：</translation>
    </message>
    <message>
        <source>Approved &amp;pieces:</source>
        <translation>批准块数(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sample to lend:</source>
        <translation>出借样品(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>{number} is not in the catalogue.</source>
        <translation>{number} 不在样品目录中。</translation>
    </message>
    <message>
        <source>holds {mass}</source>
        <translation>现存 {mass}</translation>
    </message>
    <message>
        <source>This request names a kind of sample: give the sample number to lend.</source>
        <translation>此项按样品类型申请：请填写出借的样品编号。</translation>
    </message>
    <message>
        <source>Give the committee&apos;s reason for rejecting the item.</source>
        <translation>请填写委员会不予批准该项的理由。</translation>
    </message>
</context>
<context>
    <name>DepartureDialog</name>
    <message>
        <source>Departure: {name}</source>
        <translation>离任：{name}</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Si&amp;nce:</source>
        <translation>起始日期(&amp;N)：</translation>
    </message>
    <message>
        <source>Their open loans then need a new responsible person at the same institution, or a recall.</source>
        <translation>其名下未结束的借用须在同一单位另行指定责任人，或予以召回。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>该日期晚于今天。</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Sample number:</source>
        <translation>样品编号：</translation>
    </message>
    <message>
        <source>Mission:</source>
        <translation>任务：</translation>
    </message>
    <message>
        <source>Release batch:</source>
        <translation>发布批次：</translation>
    </message>
    <message>
        <source>Use class:</source>
        <translation>用途类别：</translation>
    </message>
    <message>
        <source>Sampling:</source>
        <translation>采样方式：</translation>
    </message>
    <message>
        <source>Preparation:</source>
        <translation>制备类型：</translation>
    </message>
    <message>
        <source>Mass:</source>
        <translation>质量：</translation>
    </message>
    <message>
        <source>Held now:</source>
        <translation>现存：</translation>
    </message>
    <message>
        <source>Consumed:</source>
        <translation>已消耗：</translation>
    </message>
    <message>
        <source>Lost:</source>
        <translation>已损失：</translation>
    </message>
    <message>
        <source>Pieces:</source>
        <translation>块数：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Storage / location:</source>
        <translation>存放位置：</translation>
    </message>
    <message>
        <source>Custody (loans):</source>
        <translation>保管情况（借用）：</translation>
    </message>
    <message>
        <source>Split from:</source>
        <translation>分样来源：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Last changed:</source>
        <translation>最后修改：</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>样品</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>现存</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>分样谱系</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>{agreement}: {kind} {day}, held by {holder}</source>
        <translation>{agreement}：{day} {kind}，由 {holder} 保管</translation>
    </message>
    <message>
        <source>no custody entry for too long</source>
        <translation>保管记录过久未更新</translation>
    </message>
</context>
<context>
    <name>EmailDraftDialog</name>
    <message>
        <source>Prepare email to CLEP</source>
        <translation>准备发送给探月与航天工程中心的邮件</translation>
    </message>
    <message>
        <source>name@example.org, Name &lt;other@example.org&gt;</source>
        <translation>name@example.org, 姓名 &lt;other@example.org&gt;</translation>
    </message>
    <message>
        <source>&amp;Remember these recipients for this database</source>
        <translation>为此数据库记住这些收件人(&amp;R)</translation>
    </message>
    <message>
        <source>A&amp;dd files…</source>
        <translation>添加文件(&amp;D)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>收件人(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>抄送(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时间范围(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Attach:</source>
        <translation>附件(&amp;A)：</translation>
    </message>
    <message>
        <source>Save draft &amp;in:</source>
        <translation>草稿保存位置(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Write draft</source>
        <translation>写入草稿(&amp;W)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Reports (*.pdf *.xlsx);;All files (*)</source>
        <translation>报告 (*.pdf *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save the draft in</source>
        <translation>草稿保存位置</translation>
    </message>
    <message>
        <source>Give at least one recipient (To).</source>
        <translation>请至少填写一个收件人。</translation>
    </message>
    <message>
        <source>Choose the folder to save the draft in.</source>
        <translation>请选择保存草稿的文件夹。</translation>
    </message>
    <message>
        <source>Not found any more: {files}. Remove them or add them again.</source>
        <translation>以下文件已找不到：{files}。请删除或重新添加。</translation>
    </message>
    <message>
        <source>Writing the email draft…</source>
        <translation>正在写入邮件草稿…</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>出现错误</translation>
    </message>
    <message>
        <source>Lunar Desk hit an unexpected problem and did not finish this action; nothing was half-saved. Please send the details to the Secretariat&apos;s support contact.</source>
        <translation>Lunar Desk 遇到意外问题，未能完成此操作；没有任何数据被部分保存。请将详细信息发送给秘书处的技术支持联系人。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ExchangeKeyDialog</name>
    <message>
        <source>Exchange key</source>
        <translation>交换密钥</translation>
    </message>
    <message>
        <source>A key is set (fingerprint {fingerprint}). Enter a new one only if the Secretariat changed it.</source>
        <translation>已设置密钥（指纹 {fingerprint}）。仅在秘书处更换密钥时才需输入新密钥。</translation>
    </message>
    <message>
        <source>No key is set yet. Enter the exchange key the Secretariat gave you; every laptop and the office server need the same key to exchange changes.</source>
        <translation>尚未设置密钥。请输入秘书处提供的交换密钥；所有笔记本电脑和办公室服务器须使用相同的密钥才能交换更改。</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>显示输入内容</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>保存密钥</translation>
    </message>
    <message>
        <source>At least {n} characters.</source>
        <translation>至少 {n} 个字符。</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>两次输入不一致。</translation>
    </message>
    <message>
        <source>Change the exchange key</source>
        <translation>更换交换密钥</translation>
    </message>
    <message>
        <source>Bundles signed with the old key can no longer be imported here, and other laptops need the new key to read this laptop&apos;s bundles. Change it?</source>
        <translation>用旧密钥签名的数据包将不能再导入本机，其他笔记本电脑也需要新密钥才能读取本机的数据包。确定更换吗？</translation>
    </message>
    <message>
        <source>Change key</source>
        <translation>更换密钥</translation>
    </message>
    <message>
        <source>The exchange key is set. Its fingerprint is {fingerprint}: the other laptops show the same one when they hold the same key.</source>
        <translation>交换密钥已设置，其指纹为 {fingerprint}：持有相同密钥的其他笔记本电脑会显示相同的指纹。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export changes</source>
        <translation>导出更改</translation>
    </message>
    <message>
        <source>e.g. Office server, Li Wei&apos;s laptop</source>
        <translation>例如：办公室服务器、李伟的笔记本电脑</translation>
    </message>
    <message>
        <source>Changes since the last exchange with it</source>
        <translation>自上次与其交换以来的更改</translation>
    </message>
    <message>
        <source>Everything changed since:</source>
        <translation>自以下日期以来的全部更改：</translation>
    </message>
    <message>
        <source>Every record (to set up a new laptop or server)</source>
        <translation>全部记录（用于设置新的笔记本电脑或服务器）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>目标(&amp;F)：</translation>
    </message>
    <message>
        <source>Send:</source>
        <translation>发送内容：</translation>
    </message>
    <message>
        <source>&amp;Bundle file:</source>
        <translation>数据包文件(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Encrypt with a passphrase (for a USB stick or e-mail)</source>
        <translation>用密码短语加密(&amp;E)（用于 U 盘或电子邮件）</translation>
    </message>
    <message>
        <source>The bundle is written encrypted (.enc); whoever imports it is asked for the passphrase. Tell it to them by another way than the file.</source>
        <translation>数据包将加密写出（.enc）；导入者需输入密码短语。请通过与文件不同的途径告知对方密码短语。</translation>
    </message>
    <message>
        <source>Set the exchange key first: Settings → Exchange key…</source>
        <translation>请先设置交换密钥：设置 → 交换密钥…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Last export to {peer}: {when}</source>
        <translation>上次导出到 {peer}：{when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>New peer: the first bundle for it holds every record.</source>
        <translation>新的交换对象：发给它的第一个数据包包含全部记录。</translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation>将数据包另存为</translation>
    </message>
    <message>
        <source>Exchange bundles (*.zip)</source>
        <translation>交换数据包 (*.zip)</translation>
    </message>
    <message>
        <source>No exchange key is set for this database.</source>
        <translation>此数据库尚未设置交换密钥。</translation>
    </message>
    <message>
        <source>Name the laptop or server the bundle is for.</source>
        <translation>请填写数据包的目标笔记本电脑或服务器名称。</translation>
    </message>
    <message>
        <source>Choose where to write the bundle.</source>
        <translation>请选择数据包的写入位置。</translation>
    </message>
    <message>
        <source>Choose the passphrase for the bundle for {peer}.</source>
        <translation>请为发给 {peer} 的数据包设置密码短语。</translation>
    </message>
    <message>
        <source>Writing the bundle for {peer}…</source>
        <translation>正在为 {peer} 写入数据包…</translation>
    </message>
    <message>
        <source>{records} records and {files} attachment files written to {file}.</source>
        <translation>已将 {records} 条记录和 {files} 个附件文件写入 {file}。</translation>
    </message>
</context>
<context>
    <name>ExportSummaryDialog</name>
    <message>
        <source>Export CLEP summary</source>
        <translation>导出报送探月与航天工程中心的汇总</translation>
    </message>
    <message>
        <source>the workbook to write (.xlsx)</source>
        <translation>要写入的工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时间范围(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>CLEP summary {period}.xlsx</source>
        <translation>探月与航天工程中心汇总 {period}.xlsx</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <source>Save the CLEP summary as</source>
        <translation>将汇总另存为</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the CLEP summary…</source>
        <translation>正在写入汇总…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search sample number or notes (Ctrl+F)</source>
        <translation>搜索样品编号或备注（Ctrl+F）</translation>
    </message>
    <message>
        <source>All missions</source>
        <translation>全部任务</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>全部批次</translation>
    </message>
    <message>
        <source>All preparations</source>
        <translation>全部制备类型</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>min, e.g. 10 mg</source>
        <translation>最小，例如 10 mg</translation>
    </message>
    <message>
        <source>max, e.g. 1 g</source>
        <translation>最大，例如 1 g</translation>
    </message>
    <message>
        <source>Unit for masses shown in the table</source>
        <translation>表中质量的显示单位</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Show in</source>
        <translation>显示单位</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>Objectives / 研究目标</source>
        <translation>研究目标</translation>
    </message>
    <message>
        <source>Background / 研究背景</source>
        <translation>研究背景</translation>
    </message>
    <message>
        <source>Expected results / 预期成果</source>
        <translation>预期成果</translation>
    </message>
    <message>
        <source>Schedule / 进度安排</source>
        <translation>进度安排</translation>
    </message>
    <message>
        <source>Laboratory facilities / 实验室条件</source>
        <translation>实验室条件</translation>
    </message>
    <message>
        <source>Prior work / 前期工作</source>
        <translation>前期工作</translation>
    </message>
    <message>
        <source>Activity / 活动内容</source>
        <translation>活动内容</translation>
    </message>
    <message>
        <source>Display arrangements / 展示安排</source>
        <translation>展示安排</translation>
    </message>
    <message>
        <source>Sample security / 样品安全保障</source>
        <translation>样品安全保障</translation>
    </message>
    <message>
        <source>Secretariat notes</source>
        <translation>秘书处备注</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Title / 题目</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Release batch / 批次</source>
        <translation>发布批次</translation>
    </message>
    <message>
        <source>Applicant institution / 申请单位</source>
        <translation>申请单位</translation>
    </message>
    <message>
        <source>Member State / 成员国</source>
        <translation>成员国</translation>
    </message>
    <message>
        <source>Venue / 地点</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Activity starts / 开始日期</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Activity ends / 结束日期</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Audience size / 观众人数</source>
        <translation>观众人数</translation>
    </message>
    <message>
        <source>Batch {number}</source>
        <translation>第 {number} 批</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>（未选择）</translation>
    </message>
    <message>
        <source>(the institution&apos;s)</source>
        <translation>（同申请单位）</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
</context>
<context>
    <name>HoldOverrideDialog</name>
    <message>
        <source>On hold: {reference}</source>
        <translation>暂停：{reference}</translation>
    </message>
    <message>
        <source>{reference} names people or institutions on hold. Forwarding it to CLEP needs your override and its reason; both are kept with the application and in the audit log.</source>
        <translation>{reference} 涉及处于暂停状态的人员或单位。转交探月与航天工程中心须由您作出例外决定并说明理由；两者均随申请保存并记入审计日志。</translation>
    </message>
    <message>
        <source>Why the application goes ahead despite the hold</source>
        <translation>说明在暂停状态下仍推进该申请的理由</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Forward despite the hold</source>
        <translation>仍予转交</translation>
    </message>
    <message>
        <source>Give the reason for the override.</source>
        <translation>请填写例外决定的理由。</translation>
    </message>
</context>
<context>
    <name>HolidayCalendarDialog</name>
    <message>
        <source>Holiday calendar (Chinese working days)</source>
        <translation>节假日安排（中国工作日）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Holiday (day off)</source>
        <translation>放假日（休息）</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>e.g. Spring Festival 2027, State Council notice of 2026-11-20</source>
        <translation>例如：2027 年春节，国务院 2026-11-20 通知</translation>
    </message>
    <message>
        <source>&amp;Enter day</source>
        <translation>录入日期(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Remove officer entry</source>
        <translation>删除经办人录入(&amp;R)</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>{year}: announced ({by})</source>
        <translation>{year} 年：已公布（{by}）</translation>
    </message>
    <message>
        <source>{year}: not announced yet — {note}</source>
        <translation>{year} 年：尚未公布 — {note}</translation>
    </message>
    <message>
        <source>deadlines counted through it are provisional</source>
        <translation>据此计算的期限均为暂定</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>放假日</translation>
    </message>
    <message>
        <source>Officer (overrides the library)</source>
        <translation>经办人（覆盖日历库）</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>日历库</translation>
    </message>
    <message>
        <source>calendar library</source>
        <translation>日历库</translation>
    </message>
    <message>
        <source>entered by an officer</source>
        <translation>经办人录入</translation>
    </message>
    <message>
        <source>calendar library and an officer</source>
        <translation>日历库及经办人录入</translation>
    </message>
    <message>
        <source>Only days an officer entered can be removed; enter a day to override the library.</source>
        <translation>只能删除经办人录入的日期；如需覆盖日历库，请录入新的日期。</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>删除录入</translation>
    </message>
    <message>
        <source>Remove the entry for {day}? The library applies again.</source>
        <translation>确定删除 {day} 的录入吗？删除后将重新采用日历库的数据。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import CLEP release list</source>
        <translation>导入探月与航天工程中心发布清单</translation>
    </message>
    <message>
        <source>No file chosen. Release lists come as .xlsx or .csv (UTF-8 or GB18030).</source>
        <translation>尚未选择文件。发布清单为 .xlsx 或 .csv 格式（UTF-8 或 GB18030 编码）。</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>from the file</source>
        <translation>按文件</translation>
    </message>
    <message>
        <source>Put every row into this release batch (created if it does not exist yet)</source>
        <translation>将所有行归入此发布批次（如该批次尚不存在则自动创建）</translation>
    </message>
    <message>
        <source>Release &amp;batch:</source>
        <translation>发布批次(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Worksheet:</source>
        <translation>工作表(&amp;W)：</translation>
    </message>
    <message>
        <source>Columns (change a column&apos;s meaning if it was not recognised; remembered for files with the same headers)</source>
        <translation>列对应关系（如某列未被识别，请更改其含义；表头相同的文件将沿用此设置）</translation>
    </message>
    <message>
        <source>&amp;Re-read with these columns</source>
        <translation>按这些列重新读取(&amp;R)</translation>
    </message>
    <message>
        <source>Read the file again with the columns chosen above</source>
        <translation>按上方选择的列重新读取文件</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Sample number</source>
        <translation>样品编号</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Changes (old → new)</source>
        <translation>变更（原值 → 新值）</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>需核对事项</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>待添加</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Choose a CLEP release list</source>
        <translation>选择探月与航天工程中心发布清单</translation>
    </message>
    <message>
        <source>Release lists (*.xlsx *.xlsm *.csv);;All files (*)</source>
        <translation>发布清单 (*.xlsx *.xlsm *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>The file could not be read: {error}</source>
        <translation>无法读取该文件：{error}</translation>
    </message>
    <message>
        <source>Nothing to import: the catalogue already matches this file.</source>
        <translation>无需导入：样品目录已与该文件一致。</translation>
    </message>
    <message>
        <source>Fix the errors in the file (or the column choices) and read it again; nothing has been written.</source>
        <translation>请修正文件中的错误（或列对应关系）后重新读取；尚未写入任何数据。</translation>
    </message>
    <message>
        <source>The file was read as Western (Windows-1252) text: check that the accented names look right in the preview.</source>
        <translation>该文件按西文（Windows-1252）编码读取：请在预览中核对带重音符号的名称是否正确。</translation>
    </message>
    <message>
        <source>Columns (header found on row {row}): change a column&apos;s meaning if needed; remembered for files with these headers</source>
        <translation>列对应关系（表头位于第 {row} 行）：如有需要请更改列的含义；表头相同的文件将沿用此设置</translation>
    </message>
    <message>
        <source>Columns: change a column&apos;s meaning if needed; remembered for files with these headers</source>
        <translation>列对应关系：如有需要请更改列的含义；表头相同的文件将沿用此设置</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>未导入任何数据：{error}</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消；未作任何更改。</translation>
    </message>
    <message>
        <source>Import changes</source>
        <translation>导入更改</translation>
    </message>
    <message>
        <source>The bundle (.zip, or .enc when encrypted) from another laptop or the office server</source>
        <translation>来自其他笔记本电脑或办公室服务器的数据包（.zip，加密时为 .enc）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>recognised from the bundle</source>
        <translation>从数据包中识别</translation>
    </message>
    <message>
        <source>&amp;Check and preview</source>
        <translation>检查并预览(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Bundle:</source>
        <translation>数据包(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Deleted there by</source>
        <translation>对方删除人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>利益冲突</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Decide each conflict</source>
        <translation>逐项决定冲突</translation>
    </message>
    <message>
        <source>Newest change wins</source>
        <translation>以最新更改为准</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Undecided conflicts:</source>
        <translation>未决定的冲突：</translation>
    </message>
    <message>
        <source>Choose a bundle</source>
        <translation>选择数据包</translation>
    </message>
    <message>
        <source>Exchange bundles (*.zip *.enc)</source>
        <translation>交换数据包 (*.zip *.enc)</translation>
    </message>
    <message>
        <source>Choose the bundle to import.</source>
        <translation>请选择要导入的数据包。</translation>
    </message>
    <message>
        <source>{file} is encrypted. Type the passphrase it was encrypted with.</source>
        <translation>{file} 已加密。请输入加密时使用的密码短语。</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>正在检查 {file}…</translation>
    </message>
    <message>
        <source>Checking the signature and every part of the bundle…</source>
        <translation>正在检查数据包的签名和各个部分…</translation>
    </message>
    <message>
        <source>The bundle could not be read.</source>
        <translation>无法读取该数据包。</translation>
    </message>
    <message>
        <source>✓ Signature and SHA-256 of every part verified: {records} records and {files} files from {source} (officer {officer}), exported {at}.</source>
        <translation>✓ 已校验签名及各部分的 SHA-256：来自 {source}（经办人 {officer}）的 {records} 条记录和 {files} 个文件，导出于 {at}。</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {deleted} deleted, {conflicts} conflicts; {same} already up to date here.</source>
        <translation>新增 {new} 条，更新 {updated} 条，删除 {deleted} 条，冲突 {conflicts} 条；{same} 条在本机已是最新。</translation>
    </message>
    <message>
        <source>This bundle was already imported here on {when}.</source>
        <translation>该数据包已于 {when} 在本机导入。</translation>
    </message>
    <message>
        <source>taken from theirs</source>
        <translation>已采用对方的</translation>
    </message>
    <message>
        <source>kept mine (changed only here)</source>
        <translation>已保留我的（仅在本机修改）</translation>
    </message>
    <message>
        <source>Conflicts ({n})</source>
        <translation>冲突（{n}）</translation>
    </message>
    <message>
        <source>New ({n})</source>
        <translation>新增（{n}）</translation>
    </message>
    <message>
        <source>Updated ({n})</source>
        <translation>已更新（{n}）</translation>
    </message>
    <message>
        <source>Deleted ({n})</source>
        <translation>已删除（{n}）</translation>
    </message>
    <message>
        <source>{n} still to decide</source>
        <translation>{n} 项待决定</translation>
    </message>
    <message>
        <source>{n} conflicts are not decided yet. Choose mine or theirs for each (or a rule for the undecided ones), then apply.</source>
        <translation>还有 {n} 项冲突尚未决定。请逐项选择“我的”或“对方的”（或为未决定的冲突选择规则），然后应用。</translation>
    </message>
    <message>
        <source>1 conflict is not decided yet. Choose mine or theirs for it (or a rule), then apply.</source>
        <translation>有 1 项冲突尚未决定。请为其选择保留本机或采用对方（或选择一条规则），然后应用。</translation>
    </message>
    <message>
        <source>Importing the changes…</source>
        <translation>正在导入更改…</translation>
    </message>
    <message>
        <source>Imported {summary}.</source>
        <translation>已导入：{summary}。</translation>
    </message>
</context>
<context>
    <name>InstitutionView</name>
    <message>
        <source>Institution</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Member State</source>
        <translation>成员国</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>成果报告数</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>符合要求</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Loans owing a first result</source>
        <translation>尚未提交首份成果的借用</translation>
    </message>
</context>
<context>
    <name>InventoryDialog</name>
    <message>
        <source>Record inventory: {agreement}</source>
        <translation>登记盘点：{agreement}</translation>
    </message>
    <message>
        <source>The inventory due {due}. Bare numbers are in mg; &apos;Expected remaining&apos; is what the ledger and earlier inventories leave, before the consumption declared now.</source>
        <translation>应于 {due} 提交的盘点。未带单位的数字按 mg 计；“预计剩余”是按台账和以往盘点、未计本次申报消耗时应剩余的质量。</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>样品</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>出借量</translation>
    </message>
    <message>
        <source>Expected remaining</source>
        <translation>预计剩余</translation>
    </message>
    <message>
        <source>Remaining now (mg)</source>
        <translation>当前剩余（mg）</translation>
    </message>
    <message>
        <source>Consumed since last (mg)</source>
        <translation>上次以来消耗（mg）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状况</translation>
    </message>
    <message>
        <source>Counted &amp;on:</source>
        <translation>盘点日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Record inventory</source>
        <translation>登记盘点</translation>
    </message>
    <message>
        <source>{sample}: give the mass remaining (0 if none).</source>
        <translation>{sample}：请填写剩余质量（无剩余请填 0）。</translation>
    </message>
    <message>
        <source>{sample}: {total} remaining and consumed is more than the {lent} lent.</source>
        <translation>{sample}：剩余与消耗合计 {total}，超过出借的 {lent}。</translation>
    </message>
    <message>
        <source>The day counted is in the future.</source>
        <translation>盘点日期晚于今天。</translation>
    </message>
    <message>
        <source>Does not add up (an incident will be opened unless within the mass tolerance): {samples}.</source>
        <translation>数量不符（超出质量容差时将登记事件）：{samples}。</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Requested sample</source>
        <translation>申请样品</translation>
    </message>
    <message>
        <source>A specific catalogue sample</source>
        <translation>目录中的指定样品</translation>
    </message>
    <message>
        <source>Any sample of a kind</source>
        <translation>某一类型的任意样品</translation>
    </message>
    <message>
        <source>Sample number, e.g. CE5C0400YJFM00406</source>
        <translation>样品编号，例如 CE5C0400YJFM00406</translation>
    </message>
    <message>
        <source>Pick from the &amp;catalogue…</source>
        <translation>从样品目录中选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Preferred sample numbers, if any</source>
        <translation>首选样品编号（如有）</translation>
    </message>
    <message>
        <source>Sample &amp;number:</source>
        <translation>样品编号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>任务(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Preparation:</source>
        <translation>制备类型(&amp;P)：</translation>
    </message>
    <message>
        <source>M&amp;ass:</source>
        <translation>质量(&amp;A)：</translation>
    </message>
    <message>
        <source>P&amp;ieces:</source>
        <translation>块数(&amp;I)：</translation>
    </message>
    <message>
        <source>Pre&amp;ferred numbers:</source>
        <translation>首选样品编号(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>理由(&amp;J)：</translation>
    </message>
    <message>
        <source>Type a sample number from the catalogue.</source>
        <translation>请输入样品目录中的样品编号。</translation>
    </message>
    <message>
        <source>{number} is not in the catalogue.</source>
        <translation>{number} 不在样品目录中。</translation>
    </message>
    <message>
        <source>{preparation}, holds {mass}, {status}</source>
        <translation>{preparation}，现存 {mass}，{status}</translation>
    </message>
    <message>
        <source>Give the mass or the number of pieces wanted.</source>
        <translation>请填写所需质量或块数。</translation>
    </message>
</context>
<context>
    <name>KeepsEdits</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>{title}: what you entered in this form is not saved yet.</source>
        <translation>{title}：您在此表单中填写的内容尚未保存。</translation>
    </message>
</context>
<context>
    <name>LoanTableModel</name>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>有事件</translation>
    </message>
    <message>
        <source>inventory overdue</source>
        <translation>盘点逾期</translation>
    </message>
    <message>
        <source>custody stale</source>
        <translation>保管记录过期</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <source>{n} working days left</source>
        <translation>剩余 {n} 个工作日</translation>
    </message>
    <message>
        <source>{reported}/{reports} reported</source>
        <translation>已报告 {reported}/{reports}</translation>
    </message>
    <message>
        <source>none reported (due {day})</source>
        <translation>尚未报告（应于 {day}）</translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation>{n} 项逾期</translation>
    </message>
    <message>
        <source>{n} due soon</source>
        <translation>{n} 项即将到期</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Signing deadline</source>
        <translation>签署期限</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>项数</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>出借量</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未结清</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>成果</translation>
    </message>
</context>
<context>
    <name>LoansTab</name>
    <message>
        <source>Search agreement, application, institution, person or sample number (Ctrl+F)</source>
        <translation>搜索协议、申请、单位、人员或样品编号（Ctrl+F）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <source>Signing deadline within 5 working days</source>
        <translation>签署期限在 5 个工作日内</translation>
    </message>
    <message>
        <source>Create loans from a closed round…</source>
        <translation>根据已结束的评审轮次创建借用…</translation>
    </message>
    <message>
        <source>Agreements for a round…</source>
        <translation>某评审轮次的借用协议…</translation>
    </message>
    <message>
        <source>Write the loan agreement PDFs of every loan of a review round into a folder</source>
        <translation>将某评审轮次所有借用的借用协议 PDF 写入一个文件夹</translation>
    </message>
    <message>
        <source>Agreement PDF…</source>
        <translation>借用协议 PDF…</translation>
    </message>
    <message>
        <source>Certificate PDF…</source>
        <translation>样品证书 PDF…</translation>
    </message>
    <message>
        <source>Return form PDF…</source>
        <translation>归还申请表 PDF…</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>样品</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>制备类型</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>出借量</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已归还</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation>已消耗</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已损失</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未结清</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>归还日期</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>接收人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reported to CLEP</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <source>Close incident…</source>
        <translation>关闭事件…</translation>
    </message>
    <message>
        <source>Record how the selected incident was resolved</source>
        <translation>登记所选事件的处理结果</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>样品明细</translation>
    </message>
    <message>
        <source>Dates and deadline</source>
        <translation>日期与期限</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>归还记录</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>No loans yet</source>
        <translation>尚无借用</translation>
    </message>
    <message>
        <source>Loan agreements, certificates, signing deadlines, collections and returns will be tracked here, until every loaned milligram is returned, consumed or explained. Loans are created from a closed review round.</source>
        <translation>借用协议、样品证书、签署期限、领取和归还情况将在此跟踪，直至出借的每一毫克样品均已归还、已消耗或已说明去向。借用根据已结束的评审轮次创建。</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} loans · {overdue} overdue · {soon} with the signing deadline within 5 working days · {lapsed} lapsed</source>
        <translation>显示 {shown} / {total} 项借用 · {overdue} 项逾期 · {soon} 项将在 5 个工作日内到签署期限 · {lapsed} 项已失效</translation>
    </message>
    <message>
        <source> · {inventory} inventory overdue · {stale} with stale custody</source>
        <translation> · {inventory} 项盘点逾期 · {stale} 项保管记录过期</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>LAPSED</source>
        <translation>已失效</translation>
    </message>
    <message>
        <source>INCIDENT OPEN</source>
        <translation>事件未结</translation>
    </message>
    <message>
        <source>signing deadline soon</source>
        <translation>签署期限临近</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>评审决定日期</translation>
    </message>
    <message>
        <source>Signing deadline</source>
        <translation>签署期限</translation>
    </message>
    <message>
        <source>How it was counted</source>
        <translation>计算方式</translation>
    </message>
    <message>
        <source>{n} Chinese working days after the decision</source>
        <translation>评审决定后 {n} 个中国工作日</translation>
    </message>
    <message>
        <source>by {name}</source>
        <translation>领取人 {name}</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>样品证书</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>领取</translation>
    </message>
    <message>
        <source>Loan period</source>
        <translation>借用期限</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} 个月</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Reserved mass released</source>
        <translation>预留质量释放日期</translation>
    </message>
    <message>
        <source>Record signature</source>
        <translation>登记签署</translation>
    </message>
    <message>
        <source>The borrower signed {agreement}.</source>
        <translation>借用方已签署 {agreement}。</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>签署日期：</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>签发证书</translation>
    </message>
    <message>
        <source>The lunar sample certificate issued for this loan.</source>
        <translation>为此项借用签发的月球样品证书。</translation>
    </message>
    <message>
        <source>Certificate number:</source>
        <translation>证书编号：</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>签发日期：</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>签发</translation>
    </message>
    <message>
        <source>Record collection</source>
        <translation>登记领取</translation>
    </message>
    <message>
        <source>The samples were collected at CLEP&apos;s lunar sample laboratory.</source>
        <translation>样品已在探月与航天工程中心月球样品实验室领取。</translation>
    </message>
    <message>
        <source>Collected on:</source>
        <translation>领取日期：</translation>
    </message>
    <message>
        <source>Collected by:</source>
        <translation>领取人：</translation>
    </message>
    <message>
        <source>Loan period (months):</source>
        <translation>借用期限（月）：</translation>
    </message>
    <message>
        <source>Report incident</source>
        <translation>报告事件</translation>
    </message>
    <message>
        <source>Loss, damage, contamination, unauthorised transfer or a late report.</source>
        <translation>遗失、损坏、污染、未经授权转让或逾期报告。</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>情况说明：</translation>
    </message>
    <message>
        <source>Mass affected:</source>
        <translation>涉及质量：</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Extend due date</source>
        <translation>延长到期日</translation>
    </message>
    <message>
        <source>Currently due {date}.</source>
        <translation>当前到期日：{date}。</translation>
    </message>
    <message>
        <source>New due date:</source>
        <translation>新到期日：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Close loan</source>
        <translation>结束借用</translation>
    </message>
    <message>
        <source>Close {agreement}? Every lent milligram must be returned, consumed or lost. A closed loan cannot be reopened; incidents can still be reported on it.</source>
        <translation>确定结束借用 {agreement} 吗？出借的每一毫克样品都必须已归还、已消耗或已损失。借用结束后不能重新开启，但仍可报告事件。</translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation>结束日期：</translation>
    </message>
    <message>
        <source>Release reserved mass</source>
        <translation>释放预留质量</translation>
    </message>
    <message>
        <source>{agreement} lapsed unsigned. Release its reserved samples back to the catalogue? The loan can then no longer be signed.</source>
        <translation>{agreement} 逾期未签署，已失效。确定将其预留的样品释放回样品目录吗？释放后该借用将不能再签署。</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>释放</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>关闭事件</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>处理结果：</translation>
    </message>
    <message>
        <source>There is no closed review round yet: loans are made from the committee&apos;s decisions.</source>
        <translation>尚无已结束的评审轮次：借用须依据专家委员会的评审决定创建。</translation>
    </message>
    <message>
        <source>Create loans</source>
        <translation>创建借用</translation>
    </message>
    <message>
        <source>One loan per approved application of the round, with the samples the committee reserved and the 10-working-day signing deadline.</source>
        <translation>该评审轮次每份获批申请生成一项借用，包含委员会预留的样品，并设定 10 个工作日的签署期限。</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>评审轮次：</translation>
    </message>
    <message>
        <source>{n} loan(s) created from {round}, awaiting signature.</source>
        <translation>已根据“{round}”创建 {n} 项借用，等待签署。</translation>
    </message>
    <message>
        <source>No loan created: every application {round} approved already has its loan.</source>
        <translation>未创建借用：“{round}”批准的每份申请均已有借用。</translation>
    </message>
    <message>
        <source>Agreements for a round</source>
        <translation>某评审轮次的借用协议</translation>
    </message>
    <message>
        <source>One agreement PDF per loan of the round.</source>
        <translation>该评审轮次的每项借用各生成一份借用协议 PDF。</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Folder for the agreements</source>
        <translation>借用协议保存文件夹</translation>
    </message>
    <message>
        <source>No loans were made from that round yet; create them first.</source>
        <translation>该评审轮次尚未创建借用，请先创建。</translation>
    </message>
    <message>
        <source>{n} agreement(s) written to {folder}</source>
        <translation>已将 {n} 份借用协议写入 {folder}</translation>
    </message>
    <message>
        <source>Writing {n} agreement(s)…</source>
        <translation>正在写入 {n} 份借用协议…</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>已写入：{path}</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>正在写入 PDF…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the catalogue…</source>
        <translation>正在打开样品目录…</translation>
    </message>
    <message>
        <source>Opening applications…</source>
        <translation>正在打开申请…</translation>
    </message>
    <message>
        <source>Opening the committee review…</source>
        <translation>正在打开专家委员会评审…</translation>
    </message>
    <message>
        <source>Opening loans…</source>
        <translation>正在打开借用…</translation>
    </message>
    <message>
        <source>Opening results…</source>
        <translation>正在打开成果…</translation>
    </message>
    <message>
        <source>Opening research teams and training…</source>
        <translation>正在打开研究团队与培训…</translation>
    </message>
    <message>
        <source>Opening the dashboard…</source>
        <translation>正在打开概览…</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>样品目录</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Committee Review</source>
        <translation>专家委员会评审</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>借用</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Teams &amp;&amp; Training</source>
        <translation>研究团队与培训</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Stewardship</source>
        <translation>样品监管</translation>
    </message>
    <message>
        <source>Opening stewardship…</source>
        <translation>正在打开样品监管…</translation>
    </message>
    <message>
        <source>Lunar Desk — demo data</source>
        <translation>Lunar Desk — 演示数据</translation>
    </message>
    <message>
        <source>Opening database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import release list…</source>
        <translation>导入发布清单(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a CLEP release list (.xlsx or .csv) into the catalogue</source>
        <translation>将探月与航天工程中心发布清单（.xlsx 或 .csv）导入样品目录</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <source>Show the folder with the database, backups and attachments</source>
        <translation>打开存放数据库、备份和附件的文件夹</translation>
    </message>
    <message>
        <source>&amp;Backup now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Write a verified backup of the database</source>
        <translation>写入一份经过校验的数据库备份</translation>
    </message>
    <message>
        <source>Bac&amp;kups…</source>
        <translation>备份列表(&amp;K)…</translation>
    </message>
    <message>
        <source>List the backups and restore one (works even when the database cannot be opened)</source>
        <translation>列出备份并从中恢复（数据库无法打开时同样可用）</translation>
    </message>
    <message>
        <source>&amp;Recycle bin…</source>
        <translation>回收站(&amp;R)…</translation>
    </message>
    <message>
        <source>Records removed from applications, reviews, teams, training and results, and restoring them</source>
        <translation>从申请、评审、研究团队、培训和成果中删除的记录及其恢复</translation>
    </message>
    <message>
        <source>E&amp;xport changes…</source>
        <translation>导出更改(&amp;X)…</translation>
    </message>
    <message>
        <source>Write a signed bundle of the changes for another laptop or the office server</source>
        <translation>为其他笔记本电脑或办公室服务器写入一个已签名的更改数据包</translation>
    </message>
    <message>
        <source>Import c&amp;hanges…</source>
        <translation>导入更改(&amp;H)…</translation>
    </message>
    <message>
        <source>Check a bundle from another laptop or the office server, preview and import its changes</source>
        <translation>检查来自其他笔记本电脑或办公室服务器的数据包，预览并导入其中的更改</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export CLEP summary…</source>
        <translation>导出报送探月与航天工程中心的汇总(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the Excel summary of a period for CLEP (applications, masses, loans, returns, incidents)</source>
        <translation>为探月与航天工程中心写入某一时间段的 Excel 汇总（申请、质量、借用、归还、事件）</translation>
    </message>
    <message>
        <source>Prepare &amp;email to CLEP…</source>
        <translation>准备发送给探月与航天工程中心的邮件(&amp;E)…</translation>
    </message>
    <message>
        <source>Write an email draft (.eml) to CLEP with the summary attached; nothing is sent</source>
        <translation>写入一封附有汇总的邮件草稿（.eml），不会自动发送</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Your profile, language, mass unit, CLEP recipients, backup policy and data folder</source>
        <translation>您的个人资料、界面语言、质量单位、探月与航天工程中心收件人、备份策略和数据文件夹</translation>
    </message>
    <message>
        <source>&amp;Holiday calendar…</source>
        <translation>节假日安排(&amp;H)…</translation>
    </message>
    <message>
        <source>Enter the State Council&apos;s holiday arrangement (holidays and make-up working days)</source>
        <translation>录入国务院公布的节假日安排（放假日和调休上班日）</translation>
    </message>
    <message>
        <source>&amp;Shared database…</source>
        <translation>共享数据库(&amp;S)…</translation>
    </message>
    <message>
        <source>Work on the office&apos;s PostgreSQL server instead of this laptop&apos;s own database</source>
        <translation>使用办公室的 PostgreSQL 服务器，而不是本机数据库</translation>
    </message>
    <message>
        <source>&amp;Exchange key…</source>
        <translation>交换密钥(&amp;E)…</translation>
    </message>
    <message>
        <source>The Secretariat&apos;s shared key that signs exchange bundles</source>
        <translation>秘书处用于签名交换数据包的共享密钥</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>审计日志(&amp;L)…</translation>
    </message>
    <message>
        <source>Who changed what and when</source>
        <translation>谁在何时修改了什么</translation>
    </message>
    <message>
        <source>&amp;Check database…</source>
        <translation>检查数据库(&amp;C)…</translation>
    </message>
    <message>
        <source>Full check: file, schema, foreign keys, mass ledger, loans and attachment files</source>
        <translation>全面检查：文件、数据库结构、外键、质量台账、借用和附件文件</translation>
    </message>
    <message>
        <source>&amp;About Lunar Desk</source>
        <translation>关于 Lunar Desk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Lunar Desk will use {language} the next time it starts.</source>
        <translation>Lunar Desk 将在下次启动时使用{language}界面。</translation>
    </message>
    <message>
        <source>Demo database: {where} · Officer: {officer}</source>
        <translation>演示数据库：{where} · 经办人：{officer}</translation>
    </message>
    <message>
        <source>Database: {where} · Officer: {officer}</source>
        <translation>数据库：{where} · 经办人：{officer}</translation>
    </message>
    <message>
        <source>No database open: {reason}</source>
        <translation>未打开数据库：{reason}</translation>
    </message>
    <message>
        <source>Writing backup…</source>
        <translation>正在写入备份…</translation>
    </message>
    <message>
        <source>Backup written and verified: {path}</source>
        <translation>备份已写入并通过校验：{path}</translation>
    </message>
    <message>
        <source>Writing and verifying the backup…</source>
        <translation>正在写入并校验备份…</translation>
    </message>
</context>
<context>
    <name>MassEdit</name>
    <message>
        <source>e.g. 12.5 mg or 0.8 g (a bare number is in {unit})</source>
        <translation>例如 12.5 mg 或 0.8 g（未带单位的数字按 {unit} 计）</translation>
    </message>
    <message>
        <source>Give a mass.</source>
        <translation>请填写质量。</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Add team member</source>
        <translation>添加团队成员</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Choose a person.</source>
        <translation>请选择人员。</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>请选择人员</translation>
    </message>
    <message>
        <source>The person&apos;s institution</source>
        <translation>该人员所在单位</translation>
    </message>
    <message>
        <source>The institution&apos;s Member State</source>
        <translation>该单位所属成员国</translation>
    </message>
    <message>
        <source>Invited:</source>
        <translation>邀请日期：</translation>
    </message>
    <message>
        <source>Joined:</source>
        <translation>加入日期：</translation>
    </message>
    <message>
        <source>Visit to China from:</source>
        <translation>访华开始：</translation>
    </message>
    <message>
        <source>Visit to China until:</source>
        <translation>访华结束：</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>离队日期：</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>单位(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Member State:</source>
        <translation>成员国(&amp;M)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>MethodDialog</name>
    <message>
        <source>Method of analysis</source>
        <translation>分析方法</translation>
    </message>
    <message>
        <source>Destructive: the method consumes sample mass</source>
        <translation>破坏性：该方法会消耗样品质量</translation>
    </message>
    <message>
        <source>Why the destructive method is needed, and how much mass it consumes</source>
        <translation>说明为何需要采用破坏性方法，以及将消耗多少质量</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>研究方法(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Instruments:</source>
        <translation>仪器(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>理由(&amp;J)：</translation>
    </message>
    <message>
        <source>Name the method.</source>
        <translation>请填写方法名称。</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <source>Record movement: {sample}</source>
        <translation>登记移交：{sample}</translation>
    </message>
    <message>
        <source>{agreement}, item {n}: now {where}.</source>
        <translation>{agreement}，第 {n} 项：现{where}。</translation>
    </message>
    <message>
        <source>held by {holder}{place}</source>
        <translation>由 {holder} 保管{place}</translation>
    </message>
    <message>
        <source>no custody entry yet</source>
        <translation>尚无保管记录</translation>
    </message>
    <message>
        <source>(not in the list: type a name below)</source>
        <translation>（不在列表中：请在下方输入姓名）</translation>
    </message>
    <message>
        <source>e.g. courier, museum, a person not in the list</source>
        <translation>例如：快递、博物馆、列表外人员</translation>
    </message>
    <message>
        <source>building, room, safe or exhibition</source>
        <translation>楼宇、房间、保险柜或展览</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Movement:</source>
        <translation>移交类型(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Held by:</source>
        <translation>保管人(&amp;H)：</translation>
    </message>
    <message>
        <source>or &amp;name:</source>
        <translation>或姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Record movement</source>
        <translation>登记移交</translation>
    </message>
    <message>
        <source>Say who holds it: choose a person or type a name.</source>
        <translation>请说明保管人：选择人员或输入姓名。</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>该日期晚于今天。</translation>
    </message>
    <message>
        <source>The date is before the collection ({day}).</source>
        <translation>该日期早于领取日期（{day}）。</translation>
    </message>
</context>
<context>
    <name>NewRoundDialog</name>
    <message>
        <source>New review round</source>
        <translation>新建评审轮次</translation>
    </message>
    <message>
        <source>Batch {number} — {title}</source>
        <translation>第 {number} 批 — {title}</translation>
    </message>
    <message>
        <source>already reviewed in {round}</source>
        <translation>已在“{round}”中评审</translation>
    </message>
    <message>
        <source>{n} forwarded application(s) waiting</source>
        <translation>{n} 份已转交的申请待评审</translation>
    </message>
    <message>
        <source>A reviewer from the applicant&apos;s country is conflicted</source>
        <translation>与申请人同一国家的评审专家视为存在利益冲突</translation>
    </message>
    <message>
        <source>Release &amp;batch:</source>
        <translation>发布批次(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Reviewers per application:</source>
        <translation>每份申请的评审专家人数(&amp;R)：</translation>
    </message>
    <message>
        <source>Score s&amp;cale: 1 to</source>
        <translation>评分范围：1 至(&amp;C)</translation>
    </message>
    <message>
        <source>Meeting &amp;starts:</source>
        <translation>会议开始(&amp;S)：</translation>
    </message>
    <message>
        <source>Meeting &amp;ends:</source>
        <translation>会议结束(&amp;E)：</translation>
    </message>
    <message>
        <source>Criteria: scientific merit 40 %, feasibility, team capability and efficient use of sample mass 20 % each.</source>
        <translation>评审指标：科学价值 40%，可行性、团队能力、样品质量使用效率各 20%。</translation>
    </message>
    <message>
        <source>Name the round.</source>
        <translation>请填写评审轮次名称。</translation>
    </message>
    <message>
        <source>Expert committee review, batch {number}</source>
        <translation>专家委员会评审，第 {number} 批</translation>
    </message>
</context>
<context>
    <name>NoMatches</name>
    <message>
        <source>Clear the filter</source>
        <translation>清除筛选条件</translation>
    </message>
    <message>
        <source>Empty the search box and set every choice of the filter back to all</source>
        <translation>清空搜索框，并将各筛选项恢复为“全部”</translation>
    </message>
    <message>
        <source>Nothing matches the filter: it hides all {total} records.</source>
        <translation>没有符合筛选条件的记录：全部 {total} 条记录均被筛选隐藏。</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>OverdueView</name>
    <message>
        <source>Loan</source>
        <translation>借用</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>What is overdue</source>
        <translation>逾期事项</translation>
    </message>
    <message>
        <source>Reminder e-mail for this loan…</source>
        <translation>此项借用的提醒邮件…</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <source>Filter names</source>
        <translation>筛选姓名</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>尚不确定</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>已出席</translation>
    </message>
    <message>
        <source>{name} — already a participant</source>
        <translation>{name} — 已是参加人员</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>Attendance:</source>
        <translation>出席情况：</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypt a copy</source>
        <translation>加密副本</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <source>At least {n} characters; a short sentence is easy to remember and hard to guess. The passphrase cannot be recovered: without it nobody, not even the Secretariat, can open the copy. Keep it in the Secretariat&apos;s safe.</source>
        <translation>至少 {n} 个字符；一个简短的句子既便于记忆又难以猜测。口令无法找回：没有口令，任何人（包括秘书处）都无法打开该副本。请将口令存放在秘书处的保险柜中。</translation>
    </message>
    <message>
        <source>The passphrase needs at least {n} characters ({have} so far).</source>
        <translation>口令至少需要 {n} 个字符（目前为 {have} 个）。</translation>
    </message>
    <message>
        <source>Type the same passphrase again under Repeat.</source>
        <translation>请在“再次输入”中输入相同的口令。</translation>
    </message>
</context>
<context>
    <name>PeriodEdit</name>
    <message>
        <source>All batches</source>
        <translation>全部批次</translation>
    </message>
    <message>
        <source>Batch {n}</source>
        <translation>第 {n} 批</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>The period starts after its last day; swap the dates.</source>
        <translation>起始日期晚于结束日期；请交换两个日期。</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source> batch {n}</source>
        <translation> 第 {n} 批</translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <source>Research teams</source>
        <translation>研究团队</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>This step closes {reference} for good: it cannot be taken back.</source>
        <translation>此步骤将最终结束 {reference}，无法撤回。</translation>
    </message>
    <message>
        <source>Give the reason; it is kept in the history.</source>
        <translation>请填写理由；理由将记入历史记录。</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <source>Recall: {agreement}</source>
        <translation>召回：{agreement}</translation>
    </message>
    <message>
        <source>The samples of {agreement} are to be returned within {days} days of the recall (the due date {due} stays if it is earlier). The loan stays open until they are back.</source>
        <translation>{agreement} 的样品须在召回后 {days} 天内归还（如原到期日 {due} 更早，则仍以原到期日为准）。样品归还前该借用保持未结束。</translation>
    </message>
    <message>
        <source>Start recall</source>
        <translation>开始召回</translation>
    </message>
    <message>
        <source>Recall &amp;date:</source>
        <translation>召回日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>RecycleBinDialog</name>
    <message>
        <source>Recycle bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>What officers removed: team members, methods, requested samples and attachments of applications, review assignments with their scores, research teams and their members, training activities, participants and materials, result reports and their files. Restoring puts a record back exactly as it was, with anything removed together with it.</source>
        <translation>经办人删除的内容：申请的团队成员、研究方法、申请样品和附件，评审分配及其评分，研究团队及其成员，培训活动、参加人员和材料，成果报告及其文件。恢复后记录将完全回到删除前的状态，连同与其一起删除的内容。</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>The recycle bin is empty.</source>
        <translation>回收站为空。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>{label} (with {n} more)</source>
        <translation>{label}（另有 {n} 项）</translation>
    </message>
</context>
<context>
    <name>ResultActions</name>
    <message>
        <source>PDF of the output</source>
        <translation>成果 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <source>Remove PDF</source>
        <translation>删除 PDF</translation>
    </message>
    <message>
        <source>Delete the result report “{title}” with its files?</source>
        <translation>确定删除成果报告“{title}”及其文件吗？</translation>
    </message>
    <message>
        <source>Result report “{title}”</source>
        <translation>成果报告“{title}”</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove {name} from this result report?</source>
        <translation>确定从此成果报告中删除 {name} 吗？</translation>
    </message>
    <message>
        <source>Reminder draft written: {path}</source>
        <translation>提醒邮件草稿已写入：{path}</translation>
    </message>
    <message>
        <source>Delete result report</source>
        <translation>删除成果报告</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>New result report</source>
        <translation>新建成果报告</translation>
    </message>
    <message>
        <source>Edit result report</source>
        <translation>编辑成果报告</translation>
    </message>
    <message>
        <source>Journal, conference, university or patent office</source>
        <translation>期刊、会议、大学或专利局</translation>
    </message>
    <message>
        <source>e.g. {example} or a https://doi.org/… link</source>
        <translation>例如 {example} 或 https://doi.org/… 链接</translation>
    </message>
    <message>
        <source>published on</source>
        <translation>发表于</translation>
    </message>
    <message>
        <source>reported on</source>
        <translation>报告于</translation>
    </message>
    <message>
        <source>As on the first loan</source>
        <translation>与第一项借用相同</translation>
    </message>
    <message>
        <source>As the output cites them, separated by commas, spaces or new lines</source>
        <translation>按成果中的引用填写，以逗号、空格或换行分隔</translation>
    </message>
    <message>
        <source>I checked the output: it carries this statement</source>
        <translation>已核对成果：载有此声明</translation>
    </message>
    <message>
        <source>“{statement}” is looked for in the attached PDF&apos;s text; confirm it by hand when there is no PDF or its text cannot be read.</source>
        <translation>系统会在所附 PDF 的文本中查找“{statement}”；如无 PDF 或无法读取其文本，请人工确认。</translation>
    </message>
    <message>
        <source>No PDF chosen</source>
        <translation>未选择 PDF</translation>
    </message>
    <message>
        <source>Choose PDF…</source>
        <translation>选择 PDF…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>题目(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Authors:</source>
        <translation>作者(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>发表载体(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;DOI:</source>
        <translation>DOI(&amp;D)：</translation>
    </message>
    <message>
        <source>Patent &amp;number:</source>
        <translation>专利号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Publication:</source>
        <translation>发表(&amp;P)：</translation>
    </message>
    <message>
        <source>Reported to &amp;CLEP:</source>
        <translation>报告探月与航天工程中心日期(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Loans used:</source>
        <translation>所用借用(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>单位(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Responsible person:</source>
        <translation>责任人(&amp;R)：</translation>
    </message>
    <message>
        <source>Cited sample nu&amp;mbers:</source>
        <translation>引用的样品编号(&amp;M)：</translation>
    </message>
    <message>
        <source>Acknowledgement:</source>
        <translation>致谢声明：</translation>
    </message>
    <message>
        <source>PDF of the output:</source>
        <translation>成果 PDF：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>PDF of the output</source>
        <translation>成果 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ResultTableModel</name>
    <message>
        <source>{n} days late</source>
        <translation>迟报 {n} 天</translation>
    </message>
    <message>
        <source>overdue {n} days</source>
        <translation>已逾期 {n} 天</translation>
    </message>
    <message>
        <source>due in {n} days</source>
        <translation>{n} 天后到期</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>尚未发表</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发表日期</translation>
    </message>
    <message>
        <source>Reported to CLEP</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>借用</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>致谢声明</translation>
    </message>
    <message>
        <source>Sample numbers</source>
        <translation>样品编号</translation>
    </message>
    <message>
        <source>Reported in time</source>
        <translation>按时报告</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Search title, authors, DOI, sample number, institution, person or loan (Ctrl+F)</source>
        <translation>搜索题目、作者、DOI、样品编号、单位、人员或借用（Ctrl+F）</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>全部成果</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>&amp;New result…</source>
        <translation>新建成果(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Attach &amp;PDF…</source>
        <translation>附加 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>打开 PDF(&amp;O)</translation>
    </message>
    <message>
        <source>Remo&amp;ve PDF</source>
        <translation>删除 PDF(&amp;V)</translation>
    </message>
    <message>
        <source>Take the selected PDF off the report (to the recycle bin)</source>
        <translation>从成果报告中移除所选 PDF（移至回收站）</translation>
    </message>
    <message>
        <source>Re&amp;minder e-mail…</source>
        <translation>提醒邮件(&amp;M)…</translation>
    </message>
    <message>
        <source>Write an e-mail draft (.eml) to the responsible person of the loan</source>
        <translation>给该借用的责任人写一封邮件草稿（.eml）</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>合规情况</translation>
    </message>
    <message>
        <source>Overdue by loan</source>
        <translation>按借用列出的逾期</translation>
    </message>
    <message>
        <source>By institution</source>
        <translation>按单位</translation>
    </message>
    <message>
        <source>No result reports yet</source>
        <translation>尚无成果报告</translation>
    </message>
    <message>
        <source>Papers, patents, theses, datasets and public activity reports made with loaned samples are recorded here, with three checks each: the CNSA acknowledgement, the cited sample numbers, and reporting to CLEP within three months of publication.</source>
        <translation>此处记录利用借用样品取得的论文、专利、学位论文、数据集和公益活动报告，每项均核对三点：国家航天局致谢声明、引用的样品编号，以及是否在发表后三个月内报告探月与航天工程中心。</translation>
    </message>
    <message>
        <source>Record a result…</source>
        <translation>登记成果…</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} results · {overdue} overdue · {soon} due within 30 days · loans owing a first result: {owing}</source>
        <translation>显示 {shown} / {total} 项成果 · {overdue} 项逾期 · {soon} 项将在 30 天内到期 · 尚未提交首份成果的借用：{owing}</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <source>Retire {number}</source>
        <translation>注销 {number}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt; holds {mass}. Retiring ends its life in the catalogue; the reason is kept in its history.</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; 现存 {mass}。注销后该样品在目录中的记录即告结束；注销原因保留在其历史记录中。</translation>
    </message>
    <message>
        <source>Required, e.g. returned to CLEP with form A5-2026-014</source>
        <translation>必填，例如：已随 A5-2026-014 表归还探月与航天工程中心</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>注销(&amp;R)</translation>
    </message>
    <message>
        <source>Retire &amp;as:</source>
        <translation>注销为(&amp;A)：</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>原因(&amp;E)：</translation>
    </message>
    <message>
        <source>Retire sample</source>
        <translation>注销样品</translation>
    </message>
    <message>
        <source>Mark {number} as {status}? This cannot be undone here.</source>
        <translation>确定将 {number} 标记为“{status}”吗？此操作在此处无法撤销。</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>注销</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Record a return: {agreement}</source>
        <translation>登记归还：{agreement}</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>样品</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>出借量</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未结清</translation>
    </message>
    <message>
        <source>Returned now (mg)</source>
        <translation>本次归还（mg）</translation>
    </message>
    <message>
        <source>Consumed (mg)</source>
        <translation>已消耗（mg）</translation>
    </message>
    <message>
        <source>Destroyed or lost (mg)</source>
        <translation>已损毁或遗失（mg）</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>样品状况</translation>
    </message>
    <message>
        <source>&amp;Returned on:</source>
        <translation>归还日期(&amp;R)：</translation>
    </message>
    <message>
        <source>Received &amp;by:</source>
        <translation>接收人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Record return</source>
        <translation>登记归还</translation>
    </message>
    <message>
        <source>Enter what came back (partial returns are fine). Bare numbers are in mg.</source>
        <translation>请录入归还情况（可部分归还）。未带单位的数字按 mg 计。</translation>
    </message>
    <message>
        <source>{number}: {mass} is more than the {outstanding} outstanding</source>
        <translation>{number}：{mass} 超过未结清的 {outstanding}</translation>
    </message>
    <message>
        <source>Nothing entered yet.</source>
        <translation>尚未录入任何内容。</translation>
    </message>
    <message>
        <source>Say who received the samples.</source>
        <translation>请填写样品接收人。</translation>
    </message>
    <message>
        <source>{n} item(s) in this return.</source>
        <translation>本次归还共 {n} 项。</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <source>&amp;New round…</source>
        <translation>新建评审轮次(&amp;N)…</translation>
    </message>
    <message>
        <source>Re&amp;viewers…</source>
        <translation>评审专家(&amp;V)…</translation>
    </message>
    <message>
        <source>Put the batch&apos;s forwarded applications under committee review</source>
        <translation>将该批次已转交的申请提交专家委员会评审</translation>
    </message>
    <message>
        <source>Check every reviewer against every application of the round for conflicts of interest; declared conflicts are kept</source>
        <translation>逐一检查本轮每位评审专家与每份申请之间是否存在利益冲突；已申报的冲突予以保留</translation>
    </message>
    <message>
        <source>&amp;Auto-assign</source>
        <translation>自动分配(&amp;A)</translation>
    </message>
    <message>
        <source>Assign active reviewers without a conflict to the applications that still need reviewers, balancing the load; existing assignments stay</source>
        <translation>为仍需评审专家的申请分配无利益冲突的在职评审专家，并均衡工作量；已有的分配保持不变</translation>
    </message>
    <message>
        <source>C&amp;lose round</source>
        <translation>结束评审轮次(&amp;L)</translation>
    </message>
    <message>
        <source>End the round: every application under review gets its decided state, and scores and decisions can no longer change</source>
        <translation>结束本轮评审：所有评审中的申请转为相应的决定状态，评分和评审决定将不能再更改</translation>
    </message>
    <message>
        <source>Round summary (&amp;Excel)…</source>
        <translation>评审轮次汇总（Excel）(&amp;E)…</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>评审轮次：</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Member State</source>
        <translation>成员国</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>评审专家</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>利益冲突</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Weighted mean</source>
        <translation>加权平均分</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>分差</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>委员会建议</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请量</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>批准量</translation>
    </message>
    <message>
        <source>Application / reviewer</source>
        <translation>申请 / 评审专家</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>取消分配(&amp;U)</translation>
    </message>
    <message>
        <source>Take the selected reviewer off the application (to the recycle bin, with any scores)</source>
        <translation>取消所选评审专家对该申请的评审分配（连同其评分移至回收站）</translation>
    </message>
    <message>
        <source>Declare &amp;conflict…</source>
        <translation>申报利益冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>Record a conflict of interest a reviewer declared, or that you learnt of, for the selected application</source>
        <translation>登记评审专家申报的或您获悉的、与所选申请有关的利益冲突</translation>
    </message>
    <message>
        <source>Requested amount</source>
        <translation>申请数量</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Sample to lend</source>
        <translation>出借样品</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>作出决定(&amp;D)…</translation>
    </message>
    <message>
        <source>Record the committee&apos;s decision on the selected requested sample</source>
        <translation>登记专家委员会对所选申请样品的决定</translation>
    </message>
    <message>
        <source>(no recommendation)</source>
        <translation>（无建议）</translation>
    </message>
    <message>
        <source>The review round shown (Ctrl+F)</source>
        <translation>当前显示的评审轮次（Ctrl+F）</translation>
    </message>
    <message>
        <source>S&amp;tart review</source>
        <translation>开始评审(&amp;T)</translation>
    </message>
    <message>
        <source>Detect c&amp;onflicts</source>
        <translation>检查利益冲突(&amp;O)</translation>
    </message>
    <message>
        <source>Assi&amp;gn reviewer…</source>
        <translation>分配评审专家(&amp;G)…</translation>
    </message>
    <message>
        <source>Decision letter &amp;PDF…</source>
        <translation>决定函 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>评审分配</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>申请：</translation>
    </message>
    <message>
        <source>Committee recommendation:</source>
        <translation>委员会建议：</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>评审决定</translation>
    </message>
    <message>
        <source>No review rounds yet</source>
        <translation>尚无评审轮次</translation>
    </message>
    <message>
        <source>CLEP&apos;s expert committee reviews the applications of a release batch in a round. Create a round for a batch to assign reviewers, check conflicts of interest, enter scores and record the decisions.</source>
        <translation>探月与航天工程中心专家委员会按轮次评审某一发布批次的申请。为批次新建评审轮次后，即可分配评审专家、检查利益冲突、录入评分并记录评审决定。</translation>
    </message>
    <message>
        <source>New round…</source>
        <translation>新建评审轮次…</translation>
    </message>
    <message>
        <source>Batch {batch} · {state} · scores 1–{top} · {per} reviewers per application</source>
        <translation>第 {batch} 批 · {state} · 评分 1–{top} · 每份申请 {per} 名评审专家</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>conflict: {kind}</source>
        <translation>利益冲突：{kind}</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>评审专家</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权分</translation>
    </message>
    <message>
        <source>Type a score from 1 to {top} and press Enter; arrow keys move between cells; Delete clears a score.</source>
        <translation>输入 1 至 {top} 的评分后按回车键；用方向键在单元格间移动；按 Delete 键清除评分。</translation>
    </message>
    <message>
        <source>The round is closed: scores can no longer change.</source>
        <translation>本评审轮次已结束：评分不能再更改。</translation>
    </message>
    <message>
        <source>{n} pc</source>
        <translation>{n} 块</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>未决定</translation>
    </message>
    <message>
        <source>{n} forwarded application(s) put under committee review.</source>
        <translation>已将 {n} 份已转交的申请提交委员会评审。</translation>
    </message>
    <message>
        <source>{n} conflict(s) of interest on record for this round.</source>
        <translation>本评审轮次共记录 {n} 项利益冲突。</translation>
    </message>
    <message>
        <source>{n} new assignment(s).</source>
        <translation>新增 {n} 项评审分配。</translation>
    </message>
    <message>
        <source>Not fully covered: {list}</source>
        <translation>未完全分配：{list}</translation>
    </message>
    <message>
        <source>Close round</source>
        <translation>结束评审轮次</translation>
    </message>
    <message>
        <source>Close the round {round}? Every application under review moves to its decided state, and scores and decisions can no longer change. A closed round cannot be reopened.</source>
        <translation>确定结束评审轮次“{round}”吗？所有评审中的申请将转为相应的决定状态，评分和评审决定将不能再更改。评审轮次结束后不能重新开启。</translation>
    </message>
    <message>
        <source>Round closed: the decisions are final, and loans can now be created on the Loans tab.</source>
        <translation>评审轮次已结束：评审决定已确定，现在可在“借用”选项卡中创建借用。</translation>
    </message>
    <message>
        <source>Take {who} off {reference}?</source>
        <translation>确定取消 {who} 对 {reference} 的评审分配吗？</translation>
    </message>
    <message>
        <source>The {n} score(s) they entered go with the assignment.</source>
        <translation>其已录入的 {n} 项评分将随该分配一并删除。</translation>
    </message>
    <message>
        <source>Unassign reviewer</source>
        <translation>取消评审分配</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>取消分配</translation>
    </message>
    <message>
        <source>The assignment of {who} to {reference}</source>
        <translation>{who} 对 {reference} 的评审分配</translation>
    </message>
    <message>
        <source>Declare a conflict of interest on {reference}</source>
        <translation>申报与 {reference} 的利益冲突</translation>
    </message>
    <message>
        <source>Declare conflict</source>
        <translation>申报利益冲突</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number from 1 to {top}.</source>
        <translation>“{text}”不是 1 至 {top} 之间的整数。</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>未保存：{error}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Save the round summary</source>
        <translation>保存评审轮次汇总</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Round summary written: {path}</source>
        <translation>评审轮次汇总已写入：{path}</translation>
    </message>
    <message>
        <source>Writing the round summary…</source>
        <translation>正在写入评审轮次汇总…</translation>
    </message>
    <message>
        <source>Save the decision letter</source>
        <translation>保存决定函</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Decision letter written: {path}</source>
        <translation>决定函已写入：{path}</translation>
    </message>
    <message>
        <source>Writing the decision letter…</source>
        <translation>正在写入决定函…</translation>
    </message>
</context>
<context>
    <name>ReviewersDialog</name>
    <message>
        <source>Reviewers</source>
        <translation>评审专家</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>本国文字姓名</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Member State</source>
        <translation>成员国</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>专业领域</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在任</translation>
    </message>
    <message>
        <source>Open assignments</source>
        <translation>未完成的评审任务</translation>
    </message>
    <message>
        <source>Keywords, comma separated: e.g. TEM, space weathering, isotopes</source>
        <translation>关键词，以逗号分隔：例如 TEM、空间风化、同位素</translation>
    </message>
    <message>
        <source>&amp;Add reviewer</source>
        <translation>添加评审专家(&amp;A)</translation>
    </message>
    <message>
        <source>Add the person chosen on the left as a reviewer, with the expertise typed beside it</source>
        <translation>将左侧所选人员添加为评审专家，并记录旁边填写的专业领域</translation>
    </message>
    <message>
        <source>Activate / &amp;deactivate</source>
        <translation>启用 / 停用(&amp;D)</translation>
    </message>
    <message>
        <source>Inactive reviewers are kept but no longer assigned</source>
        <translation>停用的评审专家仍保留在名单中，但不再被分配评审</translation>
    </message>
    <message>
        <source>Save &amp;expertise</source>
        <translation>保存专业领域(&amp;E)</translation>
    </message>
    <message>
        <source>Save the expertise typed below for the reviewer selected in the list</source>
        <translation>为列表中所选的评审专家保存下方填写的专业领域</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>Expertise &amp;keywords:</source>
        <translation>专长关键词(&amp;K)：</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>SampleDialog</name>
    <message>
        <source>Edit sample</source>
        <translation>编辑样品</translation>
    </message>
    <message>
        <source>Add sample</source>
        <translation>添加样品</translation>
    </message>
    <message>
        <source>e.g. CE5C0400YJFM00406</source>
        <translation>例如 CE5C0400YJFM00406</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Batch {number}</source>
        <translation>第 {number} 批</translation>
    </message>
    <message>
        <source>Whole pieces (rock chips, thin sections); leave at — for powder</source>
        <translation>整块数量（岩屑、薄片）；粉末请保持为 —</translation>
    </message>
    <message>
        <source>Sample &amp;number:</source>
        <translation>样品编号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>任务(&amp;M)：</translation>
    </message>
    <message>
        <source>Release &amp;batch:</source>
        <translation>发布批次(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Sampling:</source>
        <translation>采样方式(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Preparation:</source>
        <translation>制备类型(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Use class:</source>
        <translation>用途类别(&amp;U)：</translation>
    </message>
    <message>
        <source>M&amp;ass:</source>
        <translation>质量(&amp;A)：</translation>
    </message>
    <message>
        <source>P&amp;ieces:</source>
        <translation>块数(&amp;I)：</translation>
    </message>
    <message>
        <source>Storage / &amp;location:</source>
        <translation>存放位置(&amp;L)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Give the sample number.</source>
        <translation>请填写样品编号。</translation>
    </message>
    <message>
        <source>Rock chips and thin sections are lent as whole pieces: give the piece count.</source>
        <translation>岩屑和薄片按整块出借：请填写块数。</translation>
    </message>
</context>
<context>
    <name>SamplePickerDialog</name>
    <message>
        <source>Pick a sample from the catalogue</source>
        <translation>从样品目录中选择样品</translation>
    </message>
    <message>
        <source>Batch {number}</source>
        <translation>第 {number} 批</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>选择</translation>
    </message>
</context>
<context>
    <name>SampleTableModel</name>
    <message>
        <source>Sample number</source>
        <translation>样品编号</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>采样方式</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>制备类型</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Mass recorded for the sample</source>
        <translation>该样品登记的质量</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>现存</translation>
    </message>
    <message>
        <source>Mass this record still holds (not consumed, lost, returned, or passed to its splits)</source>
        <translation>该记录当前仍持有的质量（未消耗、未损失、未归还，也未转入分样）</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>块数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Storage / location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Split from</source>
        <translation>分样来源</translation>
    </message>
</context>
<context>
    <name>ServiceText</name>
    <message>
        <source> (a provisional date)</source>
        <translation>（暂定日期）</translation>
    </message>
    <message>
        <source> (it is {get!l})</source>
        <translation>（当前状态：{get!l}）</translation>
    </message>
    <message>
        <source> Possible now: {items!l}.</source>
        <translation>当前可执行：{items!l}。</translation>
    </message>
    <message>
        <source> in {n} piece(s)</source>
        <translation>，共 {n} 块</translation>
    </message>
    <message>
        <source> on {closed_on}</source>
        <translation>（于 {closed_on}）</translation>
    </message>
    <message>
        <source> on {left_on}</source>
        <translation>（于 {left_on}）</translation>
    </message>
    <message>
        <source>&apos;{batch_number}&apos; is not a release batch number (1, 2, 3 …).</source>
        <translation>“{batch_number}”不是有效的发布批次号（应为 1、2、3 …）。</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a known mission; known missions: {known}.</source>
        <translation>“{code}”不是已知任务；已知任务：{known}。</translation>
    </message>
    <message>
        <source>&apos;{crit_name}&apos;: scores are whole numbers from 1 to {scale_max}; {value!r} is not one.</source>
        <translation>“{crit_name}”：评分应为 1 至 {scale_max} 的整数；{value!r} 不符合要求。</translation>
    </message>
    <message>
        <source>&apos;{data_kind}&apos; is not a kind of result; use one of: {kinds}.</source>
        <translation>“{data_kind}”不是有效的成果类型；请使用以下之一：{kinds}。</translation>
    </message>
    <message>
        <source>&apos;{data_kind}&apos; is not a kind of training; use one of: {kinds}.</source>
        <translation>“{data_kind}”不是有效的培训类型；请使用以下之一：{kinds}。</translation>
    </message>
    <message>
        <source>&apos;{e_label}&apos; cannot come back: what it belonged to was deleted, or an equal record was entered since (e.g. the same person added again).</source>
        <translation>“{e_label}”无法恢复：其所属记录已被删除，或此后已录入相同的记录（例如再次添加了同一人员）。</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an e-mail address.</source>
        <translation>“{email}”不是电子邮件地址。</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an email address (name@example.org).</source>
        <translation>“{email}”不是有效的电子邮件地址（格式如 name@example.org）。</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of application; use research or public_benefit.</source>
        <translation>“{kind}”不是有效的申请类型；请使用 research（科研）或 public_benefit（公益）。</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of attachment; use one of: {allowed}.</source>
        <translation>“{kind}”不是有效的附件类型；请使用以下之一：{allowed}。</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of calendar day; use holiday (a day off) or workday (a make-up working day).</source>
        <translation>“{kind}”不是有效的日历日类型；请使用 holiday（放假日）或 workday（调休上班日）。</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of incident; use one of: {allowed}.</source>
        <translation>“{kind}”不是有效的事件类型；请使用以下之一：{allowed}。</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of movement; use one of: {allowed}.</source>
        <translation>“{kind}”不是有效的移交类型；请使用以下之一：{allowed}。</translation>
    </message>
    <message>
        <source>&apos;{lead_kind}&apos; is not a kind of lead; use chinese or foreign.</source>
        <translation>“{lead_kind}”不是有效的负责人类型；请使用 chinese 或 foreign。</translation>
    </message>
    <message>
        <source>&apos;{original}&apos; has no unit; write mg or g after the number.</source>
        <translation>“{original}”未带单位；请在数字后写明 mg 或 g。</translation>
    </message>
    <message>
        <source>&apos;{original}&apos; is ambiguous: is the comma a decimal point or a thousands separator? Write it as &apos;{whole}{frac}&apos; or &apos;{whole}.{frac}&apos;.</source>
        <translation>“{original}”有歧义：逗号是小数点还是千位分隔符？请写作“{whole}{frac}”或“{whole}.{frac}”。</translation>
    </message>
    <message>
        <source>&apos;{original}&apos; is more precise than one microgram (0.001 mg); round it.</source>
        <translation>“{original}”的精度超过 1 微克（0.001 mg）；请取整。</translation>
    </message>
    <message>
        <source>&apos;{original}&apos; is not a mass; write e.g. &apos;12.5 mg&apos; or &apos;0.8 g&apos;.</source>
        <translation>“{original}”不是有效的质量；请按“12.5 mg”或“0.8 g”的格式填写。</translation>
    </message>
    <message>
        <source>&apos;{original}&apos; is not a number.</source>
        <translation>“{original}”不是数字。</translation>
    </message>
    <message>
        <source>&apos;{original}&apos;: a mass cannot be negative.</source>
        <translation>“{original}”：质量不能为负数。</translation>
    </message>
    <message>
        <source>&apos;{out_name}&apos; is not an .xlsx file name; the summary is an Excel workbook (.xlsx).</source>
        <translation>“{out_name}”不是 .xlsx 文件名；汇总为 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>&apos;{outcome}&apos; is not a decision; use one of: {allowed}.</source>
        <translation>“{outcome}”不是有效的决定；请使用以下之一：{allowed}。</translation>
    </message>
    <message>
        <source>&apos;{preparation}&apos; is not a preparation; use one of: {allowed}.</source>
        <translation>“{preparation}”不是有效的制备类型；请使用以下之一：{allowed}。</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a known mission; known missions: {known_missions}.</source>
        <translation>“{raw}”不是已知的任务；已知任务：{known_missions}。</translation>
    </message>
    <message>
        <source>&apos;{recommendation}&apos; is not a recommendation; use one of: {allowed}.</source>
        <translation>“{recommendation}”不是有效的委员会建议；请使用以下之一：{allowed}。</translation>
    </message>
    <message>
        <source>&apos;{reported_cell}&apos; is not a date (write it as 2026-12-31).</source>
        <translation>“{reported_cell}”不是有效日期（请按 2026-12-31 的格式填写）。</translation>
    </message>
    <message>
        <source>&apos;{result_title}&apos; is already linked to {agreement_number}.</source>
        <translation>“{result_title}”已关联至 {agreement_number}。</translation>
    </message>
    <message>
        <source>&apos;{role}&apos; is not a team role; use one of: {allowed}.</source>
        <translation>“{role}”不是有效的团队角色；请使用以下之一：{allowed}。</translation>
    </message>
    <message>
        <source>&apos;{role}&apos; is not a team role; use one of: {items}.</source>
        <translation>“{role}”不是有效的团队角色；请使用以下之一：{items}。</translation>
    </message>
    <message>
        <source>&apos;{rule}&apos; is not a rule; use newest, mine or theirs.</source>
        <translation>“{rule}”不是有效的规则；请使用 newest、mine 或 theirs。</translation>
    </message>
    <message>
        <source>&apos;{source}&apos; is not a source of inventories.</source>
        <translation>“{source}”不是有效的盘点来源。</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a status; use active, retired, moved or deceased.</source>
        <translation>“{status}”不是有效的状态；请使用 active（在职）、retired（已退休）、moved（已调往其他单位）或 deceased（已故）。</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a status; use member, signatory or observer.</source>
        <translation>“{status}”不是有效的状态；请使用 member（成员国）、signatory（签约国）或 observer（观察员国）。</translation>
    </message>
    <message>
        <source>&apos;{strip}&apos; is not a mass unit; use µg, mg or g (微克, 毫克, 克).</source>
        <translation>“{strip}”不是有效的质量单位；请使用 µg、mg 或 g（微克、毫克、克）。</translation>
    </message>
    <message>
        <source>&apos;{strip}&apos; is not an email address (e.g. name@example.org).</source>
        <translation>“{strip}”不是电子邮件地址（例如 name@example.org）。</translation>
    </message>
    <message>
        <source>&apos;{suffix}&apos; files cannot be imported; use an Excel workbook (.xlsx) or a CSV file.</source>
        <translation>无法导入“{suffix}”文件；请使用 Excel 工作簿（.xlsx）或 CSV 文件。</translation>
    </message>
    <message>
        <source>&apos;{target}&apos; is not a field of a release list; use one of: {items}.</source>
        <translation>“{target}”不是发布清单中的字段；请使用以下之一：{items}。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; does not look like a CLEP sample number (e.g. CE5C0400YJFM00406); check it before saving.</source>
        <translation>“{text}”看起来不像探月与航天工程中心的样品编号（例如 CE5C0400YJFM00406）；请在保存前核对。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no unit; write mg or g after the number.</source>
        <translation>“{text}”未注明单位；请在数字后写明 mg 或 g。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a DOI. A DOI starts with 10., the publisher&apos;s number and a slash, then the item&apos;s own part, e.g. {example} (a https://doi.org/… link is accepted too).</source>
        <translation>“{text}”不是 DOI。DOI 以 10. 开头，后接出版者编号和斜杠，再接该条目自身的编号部分，例如 {example}（也接受 https://doi.org/… 链接）。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a batch number; write e.g. 7 or 第7批.</source>
        <translation>“{text}”不是有效的批次号；请按 7 或 第7批 的形式填写。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a known {what}; use {allowed}.</source>
        <translation>“{text}”不是可识别的{what}；请使用{allowed}。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a mass.</source>
        <translation>“{text}”不是有效的质量。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a piece count; write a whole number such as 3.</source>
        <translation>“{text}”不是有效的块数；请填写整数，例如 3。</translation>
    </message>
    <message>
        <source>&apos;{to_status}&apos; is not an application status.</source>
        <translation>“{to_status}”不是有效的申请状态。</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a database URL; write it like {EXAMPLE}</source>
        <translation>“{url}”不是有效的数据库 URL；请按此格式填写：{EXAMPLE}</translation>
    </message>
    <message>
        <source>&apos;{value:g}&apos; is not {what} (a whole number); write e.g. {example}.</source>
        <translation>“{value:g}”不是有效的{what}（须为整数）；请按 {example} 的格式填写。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a known {what}; use one of: {allowed}.</source>
        <translation>“{value}”不是已知的{what}；请使用以下之一：{allowed}。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a mass.</source>
        <translation>“{value}”不是有效的质量。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an item of {agreement_number} still with the borrower; keep the item ids as exported.</source>
        <translation>“{value}”不是 {agreement_number} 中仍由借用方持有的样品项；请保留导出时的样品项编号。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not {what}; write e.g. {example}.</source>
        <translation>“{value}”不是有效的{what}；请按 {example} 的格式填写。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is too large for a batch number; write e.g. 7 or 第7批.</source>
        <translation>“{value}”作为批次号过大；请填写例如 7 或 第7批。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos;: a batch number is a positive whole number.</source>
        <translation>“{value}”：批次号须为正整数。</translation>
    </message>
    <message>
        <source>(more attachment problems not listed)</source>
        <translation>（其余附件问题未列出）</translation>
    </message>
    <message>
        <source>(no institution)</source>
        <translation>（无单位）</translation>
    </message>
    <message>
        <source>(nobody recorded)</source>
        <translation>（未登记人员）</translation>
    </message>
    <message>
        <source>(sample no longer in the catalogue)</source>
        <translation>（样品已不在目录中）</translation>
    </message>
    <message>
        <source>, {elsewhere} more is reserved for other approvals</source>
        <translation>，另有 {elsewhere} 已为其他批准预留</translation>
    </message>
    <message>
        <source>--size must be zero or more.</source>
        <translation>--size 必须大于或等于零。</translation>
    </message>
    <message>
        <source>1 cited number not in the linked loans: {numbers}.</source>
        <translation>有 1 个引用的编号不属于所关联的借用：{numbers}。</translation>
    </message>
    <message>
        <source>1 conflict is not decided yet ({names}): choose for it, or choose a rule. Nothing was imported.</source>
        <translation>有 1 项冲突尚未决定（{names}）：请逐项选择，或选择一条规则。未导入任何内容。</translation>
    </message>
    <message>
        <source>1 month later</source>
        <translation>1 个月后</translation>
    </message>
    <message>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <source>7 or 第7批</source>
        <translation>7 或 第7批</translation>
    </message>
    <message>
        <source>A Member State chosen no longer exists; choose it again.</source>
        <translation>所选成员国已不存在；请重新选择。</translation>
    </message>
    <message>
        <source>A Member State needs a name.</source>
        <translation>成员国须填写名称。</translation>
    </message>
    <message>
        <source>A certificate number has at most {NUMBER_MAX} characters.</source>
        <translation>证书编号最多 {NUMBER_MAX} 个字符。</translation>
    </message>
    <message>
        <source>A draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>A loan chosen for this result no longer exists; choose the loans again.</source>
        <translation>为此成果选择的某项借用已不存在；请重新选择借用。</translation>
    </message>
    <message>
        <source>A mass of {mass_ug} is far beyond any sample; check the number and its unit.</source>
        <translation>质量 {mass_ug} 远超任何样品的质量；请检查数值及其单位。</translation>
    </message>
    <message>
        <source>A passphrase is needed for {what}: type it at a terminal, or set {PASSPHRASE_ENV}.</source>
        <translation>{what}需要口令：请在终端中输入，或设置 {PASSPHRASE_ENV}。</translation>
    </message>
    <message>
        <source>A peer name has at most 100 characters.</source>
        <translation>交换对象名称最多 100 个字符。</translation>
    </message>
    <message>
        <source>A person needs a name in Latin script (as in their passport).</source>
        <translation>人员须有拉丁字母姓名（与护照一致）。</translation>
    </message>
    <message>
        <source>A recall gives a whole number of days from 1 to {MAX_RECALL_DAYS}.</source>
        <translation>召回期限须为 1 至 {MAX_RECALL_DAYS} 之间的整数天。</translation>
    </message>
    <message>
        <source>A recall of {agreement_number} was started on {effective_on}.</source>
        <translation>已于 {effective_on} 启动对 {agreement_number} 的召回。</translation>
    </message>
    <message>
        <source>A record was changed by another officer since you opened it. Reload to see their changes, then make yours again.</source>
        <translation>自您打开以来，该记录已被另一位经办人修改。请重新加载以查看其修改，然后重新进行您的修改。</translation>
    </message>
    <message>
        <source>A reduced approval gives less than requested: {what} asks for {requested}; give the approved mass (more than zero, less than requested) or the number of pieces.</source>
        <translation>核减批准的数量须少于申请数量：{what} 申请 {requested}；请填写批准质量（大于零且少于申请数量）或块数。</translation>
    </message>
    <message>
        <source>A release batch number is a positive whole number.</source>
        <translation>发布批次号须为正整数。</translation>
    </message>
    <message>
        <source>A requested mass of zero asks for nothing; give the mass wanted or leave it empty.</source>
        <translation>申请质量为零即未申请任何样品；请填写所需质量，或留空。</translation>
    </message>
    <message>
        <source>A return needs at least one line: what came back, was consumed or was lost.</source>
        <translation>归还登记至少需要一行：归还、消耗或损失的样品。</translation>
    </message>
    <message>
        <source>A sample can be retired only as consumed, returned to CLEP or lost.</source>
        <translation>样品只能以“已消耗”“已归还探月与航天工程中心”或“已损失”注销。</translation>
    </message>
    <message>
        <source>A sample needs a mass greater than zero.</source>
        <translation>样品质量必须大于零。</translation>
    </message>
    <message>
        <source>A sample number is required.</source>
        <translation>须填写样品编号。</translation>
    </message>
    <message>
        <source>A shared database URL starts with {SCHEME}, e.g. {EXAMPLE}</source>
        <translation>共享数据库 URL 须以 {SCHEME} 开头，例如 {EXAMPLE}</translation>
    </message>
    <message>
        <source>Ack confirmed</source>
        <translation>致谢声明已确认</translation>
    </message>
    <message>
        <source>Ack in file</source>
        <translation>文件中含致谢声明</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动内容</translation>
    </message>
    <message>
        <source>Activity dates</source>
        <translation>活动日期</translation>
    </message>
    <message>
        <source>Activity end</source>
        <translation>活动结束日期</translation>
    </message>
    <message>
        <source>Activity start</source>
        <translation>活动开始日期</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>协议编号</translation>
    </message>
    <message>
        <source>Agreement number {number} is already used by another loan.</source>
        <translation>协议编号 {number} 已被另一项借用使用。</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>协议已签署</translation>
    </message>
    <message>
        <source>All of {sample_number} ({left}) is {pieces} piece(s), not {pieces_2}; give the mass of the pieces to reserve.</source>
        <translation>{sample_number} 全部（{left}）共 {pieces} 块，而非 {pieces_2} 块；请填写拟预留各块的质量。</translation>
    </message>
    <message>
        <source>All {n} cited numbers belong to the linked loan.</source>
        <translation>所引用的 {n} 个样品编号均属于关联的借用。</translation>
    </message>
    <message>
        <source>All {n} cited numbers belong to the linked loans.</source>
        <translation>引用的全部 {n} 个编号均属于所关联的借用。</translation>
    </message>
    <message>
        <source>All {pieces} pieces of {sample_number} hold {left}, not {mass_ug}; reserve all of it or fewer pieces.</source>
        <translation>{sample_number} 的全部 {pieces} 块共 {left}，而非 {mass_ug}；请预留全部质量或减少块数。</translation>
    </message>
    <message>
        <source>An agreement number has at most {NUMBER_MAX} characters.</source>
        <translation>协议编号最多 {NUMBER_MAX} 个字符。</translation>
    </message>
    <message>
        <source>An application that is {status!l}</source>
        <translation>状态为“{status!l}”的申请</translation>
    </message>
    <message>
        <source>An exchange key is already set. Bundles signed with the old key can no longer be imported once it is changed; confirm the change to replace it.</source>
        <translation>已设置交换密钥。更换后，用旧密钥签名的数据包将无法再导入；请确认更换以替换原密钥。</translation>
    </message>
    <message>
        <source>An institution needs a name.</source>
        <translation>单位须有名称。</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>公布日期</translation>
    </message>
    <message>
        <source>Another officer created application {reference} at the same moment; nothing was saved. Try again.</source>
        <translation>另一名经办人同时创建了申请 {reference}；未保存任何内容。请重试。</translation>
    </message>
    <message>
        <source>Apparatus training</source>
        <translation>仪器培训</translation>
    </message>
    <message>
        <source>Applicant institution</source>
        <translation>申请单位</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Application {reference}: the attachment &apos;{a_name}&apos; is missing from the attachment store; add it again or remove it from the application before forwarding.</source>
        <translation>申请 {reference}：附件存储中缺少附件“{a_name}”；转交前请重新添加该附件，或将其从申请中删除。</translation>
    </message>
    <message>
        <source>Application {reference}: the stored attachment &apos;{a_name}&apos; does not match its recorded checksum (the file was changed or damaged); restore it from a backup or upload it again.</source>
        <translation>申请 {reference}：存储的附件“{a_name}”与记录的校验值不符（文件已被修改或损坏）；请从备份恢复或重新上传。</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>建议批准</translation>
    </message>
    <message>
        <source>Approve in part</source>
        <translation>建议部分批准</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Approved mass (µg)</source>
        <translation>批准质量（µg）</translation>
    </message>
    <message>
        <source>Approved pieces</source>
        <translation>批准块数</translation>
    </message>
    <message>
        <source>Approved, reduced</source>
        <translation>批准（核减）</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>评审分配</translation>
    </message>
    <message>
        <source>At</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Attached files intact</source>
        <translation>附件完整</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Attachment of {owner} {owner_id}: {problem}</source>
        <translation>附件（{owner} {owner_id}）：{problem}</translation>
    </message>
    <message>
        <source>Attachments cannot belong to &apos;{owner_table}&apos; records.</source>
        <translation>“{owner_table}”记录不能附带附件。</translation>
    </message>
    <message>
        <source>Attachments: {n} stored file(s) present and unchanged (SHA-256)</source>
        <translation>附件：{n} 个已存储文件均存在且未被更改（SHA-256）</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>已参加</translation>
    </message>
    <message>
        <source>Audience size</source>
        <translation>观众人数</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Await signature again</source>
        <translation>重新等待签署</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>待签署</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>研究背景</translation>
    </message>
    <message>
        <source>Backing up {src} failed: {exc}</source>
        <translation>备份 {src} 失败：{exc}</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Batch / 批次</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Batch {batch_number} already has review round &apos;{existing_name}&apos;; a batch is reviewed in one round.</source>
        <translation>第 {batch_number} 批已有评审轮次“{existing_name}”；每一批次只在一个评审轮次中评审。</translation>
    </message>
    <message>
        <source>Borrower&apos;s sheet</source>
        <translation>借用方清单</translation>
    </message>
    <message>
        <source>Build the CLEP package first; forwarding sends it to CLEP.</source>
        <translation>请先生成报送探月与航天工程中心的材料包；转交时将把该材料包发送给探月与航天工程中心。</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>简历</translation>
    </message>
    <message>
        <source>CV missing for: {names}.</source>
        <translation>缺少以下人员的简历：{names}。</translation>
    </message>
    <message>
        <source>CV of the principal investigator</source>
        <translation>项目负责人简历</translation>
    </message>
    <message>
        <source>CVs of the team</source>
        <translation>团队成员简历</translation>
    </message>
    <message>
        <source>Cannot build the CLEP package</source>
        <translation>无法生成报送探月与航天工程中心的材料包</translation>
    </message>
    <message>
        <source>Cannot decrypt the file</source>
        <translation>无法解密该文件</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>无法执行该操作</translation>
    </message>
    <message>
        <source>Cannot read {src} to back it up: {exc}</source>
        <translation>无法读取 {src} 以进行备份：{exc}</translation>
    </message>
    <message>
        <source>Cannot sort by &apos;{sort}&apos;.</source>
        <translation>无法按“{sort}”排序。</translation>
    </message>
    <message>
        <source>Cannot use the loan agreement template</source>
        <translation>无法使用借用协议模板</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>证书日期</translation>
    </message>
    <message>
        <source>Certificate issued on</source>
        <translation>证书签发日期</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Certificate {certificate_number} issued</source>
        <translation>已签发证书 {certificate_number}</translation>
    </message>
    <message>
        <source>Certificate {number} was issued for {agreement_number}.</source>
        <translation>已为 {agreement_number} 签发证书 {number}。</translation>
    </message>
    <message>
        <source>Certificates were issued on {min}; the activity cannot start after that.</source>
        <translation>证书已于 {min} 签发；活动开始日期不能晚于该日期。</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>Chinese expert</source>
        <translation>中方专家</translation>
    </message>
    <message>
        <source>Choose a sample from the catalogue, or give the mission and preparation wanted.</source>
        <translation>请从目录中选择样品，或填写所需的任务和制备类型。</translation>
    </message>
    <message>
        <source>Choose the {what}.</source>
        <translation>请选择{what}。</translation>
    </message>
    <message>
        <source>Cited numbers</source>
        <translation>引用的样品编号</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Clause {n} of the loan agreement template {path} is not an object.</source>
        <translation>借用协议模板 {path} 的第 {n} 条不是对象。</translation>
    </message>
    <message>
        <source>Close loan</source>
        <translation>结束借用</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Co-investigator</source>
        <translation>合作研究者</translation>
    </message>
    <message>
        <source>Co-lead</source>
        <translation>共同负责人</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>已领取</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>领取人</translation>
    </message>
    <message>
        <source>Collected on</source>
        <translation>领取日期</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>Committee review started</source>
        <translation>开始专家委员会评审</translation>
    </message>
    <message>
        <source>Committee&apos;s decision; loan agreement to be signed by {deadline}</source>
        <translation>专家委员会决定；借用协议须于 {deadline} 前签署</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>符合要求</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>样品状况</translation>
    </message>
    <message>
        <source>Conference paper</source>
        <translation>会议论文</translation>
    </message>
    <message>
        <source>Configuration problem</source>
        <translation>配置问题</translation>
    </message>
    <message>
        <source>Confirmed by the officer ({where} has no readable text).</source>
        <translation>经办人已确认（{where} 中无可读取的文本）。</translation>
    </message>
    <message>
        <source>Confirmed by the officer.</source>
        <translation>已由经办人确认。</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation>已消耗</translation>
    </message>
    <message>
        <source>Consumed (µg)</source>
        <translation>消耗质量（µg）</translation>
    </message>
    <message>
        <source>Consumed and lost masses cannot be negative.</source>
        <translation>消耗质量和损失质量不能为负数。</translation>
    </message>
    <message>
        <source>Consumed since (µg)</source>
        <translation>上次盘点以来消耗量（µg）</translation>
    </message>
    <message>
        <source>Contamination</source>
        <translation>污染</translation>
    </message>
    <message>
        <source>Counting {n} working days from {start} found no working days for ten years: check the entries under {SETTINGS_PLACE}.</source>
        <translation>从 {start} 起计算 {n} 个工作日时，十年内未找到任何工作日：请检查 {SETTINGS_PLACE} 下的条目。</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评审标准</translation>
    </message>
    <message>
        <source>Criterion &apos;{crit_name}&apos; is listed twice.</source>
        <translation>评审指标“{crit_name}”重复列出。</translation>
    </message>
    <message>
        <source>Criterion {n} has no name.</source>
        <translation>第 {n} 项评审标准没有名称。</translation>
    </message>
    <message>
        <source>Criterion {n}&apos;s name is longer than {NAME_MAX} characters.</source>
        <translation>第 {n} 项评审标准的名称超过 {NAME_MAX} 个字符。</translation>
    </message>
    <message>
        <source>Custody movement</source>
        <translation>保管变动</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI 号</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Data analysis</source>
        <translation>数据分析</translation>
    </message>
    <message>
        <source>Database cannot be opened</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Database is from a newer Lunar Desk</source>
        <translation>数据库来自更新版本的 Lunar Desk</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Date of the movement: {number} was returned on {occurred_on} (custody log); no movement can follow its return.</source>
        <translation>变动日期：{number} 已于 {occurred_on} 归还（见保管记录）；归还之后不能再登记保管变动。</translation>
    </message>
    <message>
        <source>Date of the movement: {occurred_on} is before {agreement_number} was collected ({collected_on}).</source>
        <translation>移交日期：{occurred_on} 早于 {agreement_number} 的领取日期（{collected_on}）。</translation>
    </message>
    <message>
        <source>Date of the movement: {occurred_on} is in the future (today is {today}).</source>
        <translation>变动日期：{occurred_on} 是将来的日期（今天是 {today}）。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Deadline provisional</source>
        <translation>期限为暂定</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>已故</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Declared conflict</source>
        <translation>已申报的利益冲突</translation>
    </message>
    <message>
        <source>Deleted at</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>删除人</translation>
    </message>
    <message>
        <source>Deleted records of table {table!r} cannot be restored by this version of Lunar Desk.</source>
        <translation>此版本的 Lunar Desk 无法恢复表 {table!r} 中已删除的记录。</translation>
    </message>
    <message>
        <source>Demo applications need the demo Member States, institutions and people first.</source>
        <translation>生成演示申请前，须先生成演示用的成员国、单位和人员。</translation>
    </message>
    <message>
        <source>Demo data: {refusal}</source>
        <translation>演示数据：{refusal}</translation>
    </message>
    <message>
        <source>Describe what happened; the description goes to CLEP.</source>
        <translation>请描述事件经过；该描述将报送探月与航天工程中心。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Destructive</source>
        <translation>破坏性方法</translation>
    </message>
    <message>
        <source>Destructive methods justified</source>
        <translation>破坏性方法已说明理由</translation>
    </message>
    <message>
        <source>Discrepancy</source>
        <translation>数量不符</translation>
    </message>
    <message>
        <source>Display arrangements</source>
        <translation>展示安排</translation>
    </message>
    <message>
        <source>Doi</source>
        <translation>DOI 号</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <source>Drilled</source>
        <translation>钻取</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Due date extended {old} → {new}: {reason}</source>
        <translation>到期日已由 {old} 延长至 {new}：{reason}</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>应盘点日期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Each application needs at least one reviewer.</source>
        <translation>每份申请至少需要一名评审专家。</translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Efficient use of sample mass</source>
        <translation>样品质量使用效率</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, e.g. {EXAMPLE}</source>
        <translation>请输入服务器地址，例如 {EXAMPLE}</translation>
    </message>
    <message>
        <source>Every participant who attended already has a certificate (or nobody is marked as having attended yet).</source>
        <translation>所有已出席的参加人员均已获得证书（或尚未标记任何人出席）。</translation>
    </message>
    <message>
        <source>Exchange bundle refused</source>
        <translation>交换数据包被拒绝</translation>
    </message>
    <message>
        <source>Expected (µg)</source>
        <translation>预计剩余（µg）</translation>
    </message>
    <message>
        <source>Expected results</source>
        <translation>预期成果</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>专业领域</translation>
    </message>
    <message>
        <source>Extend due date</source>
        <translation>延长到期日</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>可行性</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Foreign expert</source>
        <translation>外方专家</translation>
    </message>
    <message>
        <source>Foreign keys: ok</source>
        <translation>外键检查：正常</translation>
    </message>
    <message>
        <source>Forward to CLEP</source>
        <translation>转交探月与航天工程中心</translation>
    </message>
    <message>
        <source>Forwarded on</source>
        <translation>转交日期</translation>
    </message>
    <message>
        <source>Forwarded to CLEP</source>
        <translation>已转交探月与航天工程中心</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>From person</source>
        <translation>移交人</translation>
    </message>
    <message>
        <source>From status</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>Give at least one part to split into.</source>
        <translation>请至少填写一个分样。</translation>
    </message>
    <message>
        <source>Give at least one recipient (To) for the email to CLEP.</source>
        <translation>请为发送给探月与航天工程中心的电子邮件至少填写一个收件人（To）。</translation>
    </message>
    <message>
        <source>Give the certificate number.</source>
        <translation>请填写证书编号。</translation>
    </message>
    <message>
        <source>Give the committee&apos;s reason for rejecting {what}; it goes into the decision letter.</source>
        <translation>请填写专家委员会不予批准 {what} 的理由；该理由将写入决定函。</translation>
    </message>
    <message>
        <source>Give the date of the inventory.</source>
        <translation>请填写盘点日期。</translation>
    </message>
    <message>
        <source>Give the date of the movement.</source>
        <translation>请填写保管变动的日期。</translation>
    </message>
    <message>
        <source>Give the date to count from.</source>
        <translation>请填写起算日期。</translation>
    </message>
    <message>
        <source>Give the day as a date.</source>
        <translation>请以日期形式填写该日。</translation>
    </message>
    <message>
        <source>Give the first day of the activity.</source>
        <translation>请填写活动的开始日期。</translation>
    </message>
    <message>
        <source>Give the mass of the {amount} approved for {what}: {sample_number} has {total} available{in_pieces}.</source>
        <translation>请填写为{what}批准的 {amount} 的质量：{sample_number} 可用 {total}{in_pieces}。</translation>
    </message>
    <message>
        <source>Give the mission the sample should come from (CE-5 or CE-6).</source>
        <translation>请填写样品所属的任务（CE-5 或 CE-6）。</translation>
    </message>
    <message>
        <source>Give the months after collection as a whole number from 0 (never) to 120.</source>
        <translation>请填写领取后的月数，须为 0（从不）至 120 之间的整数。</translation>
    </message>
    <message>
        <source>Give the name of the person who collected the samples.</source>
        <translation>请填写领取样品人员的姓名。</translation>
    </message>
    <message>
        <source>Give the name of the person who received the samples back.</source>
        <translation>请填写接收归还样品的人员姓名。</translation>
    </message>
    <message>
        <source>Give the period&apos;s {what} as a date (YYYY-MM-DD).</source>
        <translation>请以日期格式（YYYY-MM-DD）填写统计期间的{what}。</translation>
    </message>
    <message>
        <source>Give the preparation wanted (powder, rock chip, thin section…).</source>
        <translation>请填写所需的制备类型（粉末、岩屑、薄片…）。</translation>
    </message>
    <message>
        <source>Give the reason; it is kept in the loan&apos;s history.</source>
        <translation>请填写理由；理由将保存在该借用的历史记录中。</translation>
    </message>
    <message>
        <source>Give the round a name (e.g. &apos;Batch 12 expert committee&apos;).</source>
        <translation>请为评审轮次命名（例如“第12批专家委员会”）。</translation>
    </message>
    <message>
        <source>Give the team a name (its topic or the round it was formed for).</source>
        <translation>请为团队命名（可用其研究主题或组建时对应的评审轮次）。</translation>
    </message>
    <message>
        <source>Give the title of the paper, patent or other output.</source>
        <translation>请填写论文、专利或其他成果的题目。</translation>
    </message>
    <message>
        <source>Give the training activity a title.</source>
        <translation>请填写培训活动的题目。</translation>
    </message>
    <message>
        <source>Give the {what} as a date.</source>
        <translation>请以日期形式填写{what}。</translation>
    </message>
    <message>
        <source>Give the {what}.</source>
        <translation>请填写{what}。</translation>
    </message>
    <message>
        <source>Give your name: it is written into the audit log and the documents.</source>
        <translation>请填写您的姓名：姓名将写入审计日志和各类文件。</translation>
    </message>
    <message>
        <source>Holder name</source>
        <translation>持有人姓名</translation>
    </message>
    <message>
        <source>Holder person</source>
        <translation>持有人</translation>
    </message>
    <message>
        <source>Holder: say who holds {number} (a person from the list, or a name).</source>
        <translation>持有人：请说明 {number} 由谁持有（从列表中选择人员，或填写姓名）。</translation>
    </message>
    <message>
        <source>Holder: the name has more than {NAME_MAX} characters.</source>
        <translation>持有人：姓名超过 {NAME_MAX} 个字符。</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>暂停事由</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>记录 ID</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>运输中</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Incident ({kind!l}, {state!l}): {description}</source>
        <translation>事件（{kind!l}，{state!l}）：{description}</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>仪器设备</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Inventory date: {reported_on} is before {agreement_number} was collected ({collected_on}).</source>
        <translation>盘点日期：{reported_on} 早于 {agreement_number} 的领取日期（{collected_on}）。</translation>
    </message>
    <message>
        <source>Inventory date: {reported_on} is in the future.</source>
        <translation>盘点日期：{reported_on} 是将来的日期。</translation>
    </message>
    <message>
        <source>Inventory day: &apos;{raw}&apos; is not a day of the year; write it as MM-DD, e.g. 12-31.</source>
        <translation>盘点日：“{raw}”不是一年中的有效日期；请按 MM-DD 格式填写，例如 12-31。</translation>
    </message>
    <message>
        <source>Inventory discrepancy</source>
        <translation>盘点数量不符</translation>
    </message>
    <message>
        <source>Inventory for {due} recorded: {verdict}</source>
        <translation>已登记应于 {due} 提交的盘点：{verdict}</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>已邀请</translation>
    </message>
    <message>
        <source>Invited on</source>
        <translation>邀请日期</translation>
    </message>
    <message>
        <source>Iso3</source>
        <translation>ISO3 代码</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>签发证书</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>申请项</translation>
    </message>
    <message>
        <source>Item {n} ({sample_number}, {mass} lent)</source>
        <translation>第 {n} 项（{sample_number}，出借 {mass}）</translation>
    </message>
    <message>
        <source>Item {position} ({numbers}) is on the return twice; give one line per item.</source>
        <translation>第 {position} 项（{numbers}）在归还记录中出现了两次；每项只填一行。</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Journal paper</source>
        <translation>期刊论文</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>理由说明</translation>
    </message>
    <message>
        <source>Justification of every item</source>
        <translation>每项申请均已说明理由</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Kind: the collection of {number} is already in its custody log.</source>
        <translation>类型：{number} 的领取已记入其保管记录。</translation>
    </message>
    <message>
        <source>Lab facilities</source>
        <translation>实验室条件</translation>
    </message>
    <message>
        <source>Lab photo</source>
        <translation>实验室照片</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Laboratory facilities</source>
        <translation>实验室条件</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>劳动节</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>已失效</translation>
    </message>
    <message>
        <source>Late report</source>
        <translation>逾期报告</translation>
    </message>
    <message>
        <source>Lead kind</source>
        <translation>负责人类型</translation>
    </message>
    <message>
        <source>Lead person</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已离开</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>离开日期</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Line {k} names an item that is not lent under {agreement_number}.</source>
        <translation>第 {k} 行所列项目不是 {agreement_number} 项下出借的项目。</translation>
    </message>
    <message>
        <source>Line {k} names an item that {what}.</source>
        <translation>第 {k} 行所列项目{what}。</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>已列入</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>借用</translation>
    </message>
    <message>
        <source>Loan closed: every lent microgram accounted for</source>
        <translation>借用已结束：出借的每一微克均已核清</translation>
    </message>
    <message>
        <source>Loan item</source>
        <translation>借用项</translation>
    </message>
    <message>
        <source>Loan months</source>
        <translation>借用期限（月）</translation>
    </message>
    <message>
        <source>Loans: no sample is on two open loans</source>
        <translation>借用：没有样品同时处于两项未结束的借用中</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>存储位置</translation>
    </message>
    <message>
        <source>Location / 存储位置</source>
        <translation>存储位置</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>遗失</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已损失</translation>
    </message>
    <message>
        <source>Lost (µg)</source>
        <translation>损失量（µg）</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>Mark lapsed</source>
        <translation>标记为失效</translation>
    </message>
    <message>
        <source>Mass (µg)</source>
        <translation>质量（µg）</translation>
    </message>
    <message>
        <source>Mass / 质量</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Mass affected (µg)</source>
        <translation>受影响质量（µg）</translation>
    </message>
    <message>
        <source>Mass ledger would not balance</source>
        <translation>质量台账将无法平衡</translation>
    </message>
    <message>
        <source>Mass ledger: balanced</source>
        <translation>质量台账：已平衡</translation>
    </message>
    <message>
        <source>Mass ledger: {problem}</source>
        <translation>质量台账：{problem}</translation>
    </message>
    <message>
        <source>Mass or count of every item</source>
        <translation>每项均有质量或块数</translation>
    </message>
    <message>
        <source>Mass unit / 单位</source>
        <translation>质量单位</translation>
    </message>
    <message>
        <source>Meeting end</source>
        <translation>会议结束日期</translation>
    </message>
    <message>
        <source>Meeting start</source>
        <translation>会议开始时间</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Member State</source>
        <translation>成员国</translation>
    </message>
    <message>
        <source>Member state</source>
        <translation>成员国</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>研究方法</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>研究方法</translation>
    </message>
    <message>
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <source>Mime type</source>
        <translation>MIME 类型</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Mission / 任务</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Moved (room, safe)</source>
        <translation>已移放（房间、保险柜）</translation>
    </message>
    <message>
        <source>Moved to another institution</source>
        <translation>已调往其他单位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name latin</source>
        <translation>拉丁字母姓名</translation>
    </message>
    <message>
        <source>Name local</source>
        <translation>本地语言名称</translation>
    </message>
    <message>
        <source>Name native</source>
        <translation>本国文字姓名</translation>
    </message>
    <message>
        <source>Name the laptop or server you exchange with (e.g. &apos;Office server&apos;, &apos;Li Wei&apos;s laptop&apos;).</source>
        <translation>请为与您交换数据的笔记本电脑或服务器命名（例如“办公室服务器”“李伟的笔记本电脑”）。</translation>
    </message>
    <message>
        <source>Name the method (e.g. &apos;TEM of agglutinate rims&apos;).</source>
        <translation>请填写研究方法名称（例如“胶结物边缘的 TEM 分析”）。</translation>
    </message>
    <message>
        <source>Name zh</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>新到期日</translation>
    </message>
    <message>
        <source>No Member State</source>
        <translation>无成员国</translation>
    </message>
    <message>
        <source>No PDF attached and the acknowledgement is not confirmed: attach the paper or confirm the statement by hand.</source>
        <translation>未附 PDF，且致谢声明尚未确认：请附上论文或人工确认该声明。</translation>
    </message>
    <message>
        <source>No applicant institution is chosen.</source>
        <translation>未选择申请单位。</translation>
    </message>
    <message>
        <source>No batch</source>
        <translation>无批次</translation>
    </message>
    <message>
        <source>No delinquency hold</source>
        <translation>无违规暂停</translation>
    </message>
    <message>
        <source>No exchange key is set for this database. Enter the Secretariat&apos;s exchange key in Settings → Exchange key… (or `lunar-desk exchange set-key`) first.</source>
        <translation>此数据库尚未设置交换密钥。请先在“设置 → 交换密钥…”中输入秘书处的交换密钥（或运行 `lunar-desk exchange set-key`）。</translation>
    </message>
    <message>
        <source>No justification for {items}.</source>
        <translation>{items}未说明理由。</translation>
    </message>
    <message>
        <source>No loan can be made for {reference}:
{problems}</source>
        <translation>无法为 {reference} 办理借用：
{problems}</translation>
    </message>
    <message>
        <source>No loan is linked, so no cited number can be checked: {numbers}.</source>
        <translation>未关联借用，因此无法核对所引用的样品编号：{numbers}。</translation>
    </message>
    <message>
        <source>No loans were made for the round:
{problems}</source>
        <translation>未为该评审轮次创建任何借用：
{problems}</translation>
    </message>
    <message>
        <source>No mass given.</source>
        <translation>未填写质量。</translation>
    </message>
    <message>
        <source>No mass or piece count for {items}.</source>
        <translation>{items} 未填写质量或块数。</translation>
    </message>
    <message>
        <source>No method of analysis is listed.</source>
        <translation>未列出任何分析方法。</translation>
    </message>
    <message>
        <source>No officer profile is open.</source>
        <translation>未打开任何经办人档案。</translation>
    </message>
    <message>
        <source>No principal investigator, so no CV.</source>
        <translation>尚无项目负责人，因此没有简历。</translation>
    </message>
    <message>
        <source>No publication date entered yet.</source>
        <translation>尚未填写发表日期。</translation>
    </message>
    <message>
        <source>No release batch is chosen.</source>
        <translation>未选择发布批次。</translation>
    </message>
    <message>
        <source>No result report has been reported to CLEP yet.</source>
        <translation>尚未向探月与航天工程中心报送任何成果报告。</translation>
    </message>
    <message>
        <source>No result report was reported to CLEP in this period.</source>
        <translation>本期间没有向探月与航天工程中心报送成果报告。</translation>
    </message>
    <message>
        <source>Keep between {low} and {high} {kind} backups (not {value}).</source>
        <translation>{kind}备份应保留 {low} 至 {high} 份（而不是 {value} 份）。</translation>
    </message>
    <message>
        <source>Lunar Desk cannot write in {folder}: {reason}</source>
        <translation>Lunar Desk 无法写入 {folder}：{reason}</translation>
    </message>
    <message>
        <source>Lunar Desk works on a server database: its records are not in a data folder on this laptop, so there is nothing to move.</source>
        <translation>Lunar Desk 正在使用服务器数据库：其记录不在本机的数据文件夹中，因此无需移动。</translation>
    </message>
    <message>
        <source>No result reported for {agreement}: samples collected {collected}, a first result was expected by {due} ({later}); {days} overdue.</source>
        <translation>{agreement} 尚未报告任何成果：样品于 {collected} 领取，首项成果应于 {due}（{later}）前报告；已逾期 {days}。</translation>
    </message>
    <message>
        <source>No sample is requested.</source>
        <translation>未申请任何样品。</translation>
    </message>
    <message>
        <source>No sample numbers cited: every output cites the samples it used.</source>
        <translation>未引用样品编号：每项成果均须引用其所用的样品。</translation>
    </message>
    <message>
        <source>No single part of {sample_number} can hold {amount} for {what}: {why}.</source>
        <translation>{sample_number} 的任何单个分样都无法为 {what} 提供 {amount}：{why}。</translation>
    </message>
    <message>
        <source>Nobody on the team yet, so no CV is attached.</source>
        <translation>团队尚无成员，因此未附简历。</translation>
    </message>
    <message>
        <source>Not compliant</source>
        <translation>不符合要求</translation>
    </message>
    <message>
        <source>Not found in the text of {where}; confirmed by the officer (e.g. printed as an image).</source>
        <translation>未在 {where} 的文本中找到；已由经办人确认（例如以图片形式印出）。</translation>
    </message>
    <message>
        <source>Not in the bundle: {problem}</source>
        <translation>未包含在数据包中：{problem}</translation>
    </message>
    <message>
        <source>Not reported to CLEP: overdue by {days} (due {due}).</source>
        <translation>尚未向探月与航天工程中心报告：已逾期 {days}（应于 {due} 报告）。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes / 备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Nothing is overdue, due soon or incomplete in the results of {agreement_number}: no reminder is needed.</source>
        <translation>{agreement_number} 的成果中没有逾期、即将到期或不完整的项目：无需提醒。</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>研究目标</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>发生日期</translation>
    </message>
    <message>
        <source>Officer name</source>
        <translation>经办人姓名</translation>
    </message>
    <message>
        <source>Old due date</source>
        <translation>原到期日</translation>
    </message>
    <message>
        <source>On display</source>
        <translation>展出中</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>已出借</translation>
    </message>
    <message>
        <source>Online course</source>
        <translation>在线课程</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>决定结果</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Overdue inventory</source>
        <translation>逾期盘点</translation>
    </message>
    <message>
        <source>Overdue result report</source>
        <translation>逾期成果报告</translation>
    </message>
    <message>
        <source>Overdue return</source>
        <translation>逾期归还</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所属记录</translation>
    </message>
    <message>
        <source>Owner table</source>
        <translation>所属数据表</translation>
    </message>
    <message>
        <source>Package cancelled</source>
        <translation>材料包已取消</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>上级记录</translation>
    </message>
    <message>
        <source>Parent table</source>
        <translation>上级数据表</translation>
    </message>
    <message>
        <source>Part {i} ({number}): give a mass greater than zero.</source>
        <translation>第 {i} 份分样（{number}）：请填写大于零的质量。</translation>
    </message>
    <message>
        <source>Part {i}: sample number {number} is used twice.</source>
        <translation>第 {i} 个分样：样品编号 {number} 被使用了两次。</translation>
    </message>
    <message>
        <source>Part {i}: sample {number} is already in the catalogue.</source>
        <translation>分样 {i}：样品 {number} 已在样品目录中。</translation>
    </message>
    <message>
        <source>Partially approved</source>
        <translation>部分批准</translation>
    </message>
    <message>
        <source>Participant {n}: the person chosen no longer exists; choose again.</source>
        <translation>参加人员 {n}：所选人员已不存在；请重新选择。</translation>
    </message>
    <message>
        <source>Partly returned</source>
        <translation>部分归还</translation>
    </message>
    <message>
        <source>Patent</source>
        <translation>专利</translation>
    </message>
    <message>
        <source>Patent number</source>
        <translation>专利号</translation>
    </message>
    <message>
        <source>Permanent backup</source>
        <translation>永久备份存储</translation>
    </message>
    <message>
        <source>Permanently stored</source>
        <translation>永久存储</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Pi person</source>
        <translation>项目负责人</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>块数</translation>
    </message>
    <message>
        <source>Pieces / 块数</source>
        <translation>块数</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Place: more than {PLACE_MAX} characters.</source>
        <translation>地点：超过 {PLACE_MAX} 个字符。</translation>
    </message>
    <message>
        <source>Please check the value</source>
        <translation>请检查填写的内容</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>PostgreSQL support is not installed in this Lunar Desk (pip install -e &quot;.[postgres]&quot;).</source>
        <translation>此 Lunar Desk 未安装 PostgreSQL 支持（pip install -e &quot;.[postgres]&quot;）。</translation>
    </message>
    <message>
        <source>Powder</source>
        <translation>粉末</translation>
    </message>
    <message>
        <source>Preferred numbers</source>
        <translation>首选样品编号</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>制备类型</translation>
    </message>
    <message>
        <source>Principal investigator</source>
        <translation>项目负责人</translation>
    </message>
    <message>
        <source>Prior work</source>
        <translation>前期工作</translation>
    </message>
    <message>
        <source>Problem in the file</source>
        <translation>文件中存在问题</translation>
    </message>
    <message>
        <source>Provisional: the {years} holiday arrangements have not been announced; enter them under {place} when the State Council publishes them.</source>
        <translation>暂定：{years} 年的放假安排尚未公布；国务院公布后，请在 {place} 下录入。</translation>
    </message>
    <message>
        <source>Provisional: the {year} holiday arrangement has not been announced; enter it under {place} when the State Council publishes it.</source>
        <translation>暂定：{year} 年节假日安排尚未公布；国务院公布后，请在 {place} 中录入。</translation>
    </message>
    <message>
        <source>Public activity report</source>
        <translation>公益活动报告</translation>
    </message>
    <message>
        <source>Public benefit</source>
        <translation>公益</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>发表日期</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>借用目的</translation>
    </message>
    <message>
        <source>Qingming Festival</source>
        <translation>清明节</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Recall started (responsible: {person}): {reason}</source>
        <translation>已启动召回（责任人：{person}）：{reason}</translation>
    </message>
    <message>
        <source>Received at the laboratory</source>
        <translation>已送达实验室</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>接收人</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>评审建议</translation>
    </message>
    <message>
        <source>Record approval</source>
        <translation>登记批准</translation>
    </message>
    <message>
        <source>Record collection</source>
        <translation>登记领取</translation>
    </message>
    <message>
        <source>Record not found</source>
        <translation>未找到记录</translation>
    </message>
    <message>
        <source>Record partial approval</source>
        <translation>登记部分批准</translation>
    </message>
    <message>
        <source>Record rejection</source>
        <translation>登记不予批准</translation>
    </message>
    <message>
        <source>Record return</source>
        <translation>登记归还</translation>
    </message>
    <message>
        <source>Record signature</source>
        <translation>登记签署</translation>
    </message>
    <message>
        <source>Recorded by an officer</source>
        <translation>经办人登记</translation>
    </message>
    <message>
        <source>Records here changed since the preview was made (another officer saved meanwhile); nothing was imported. Open the bundle again to see the current differences.</source>
        <translation>生成预览后，本机记录已发生变化（其间有其他经办人保存）；未导入任何内容。请重新打开数据包以查看当前差异。</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>建议不予批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>不予批准</translation>
    </message>
    <message>
        <source>Release batch</source>
        <translation>发布批次</translation>
    </message>
    <message>
        <source>Release batch {batch_number} does not exist; create it first.</source>
        <translation>发布批次 {batch_number} 不存在；请先创建该批次。</translation>
    </message>
    <message>
        <source>Release batch {batch_number} does not exist; create it in the catalogue first.</source>
        <translation>发布批次 {batch_number} 不存在；请先在样品目录中创建该批次。</translation>
    </message>
    <message>
        <source>Release batch {number} already exists.</source>
        <translation>发布批次 {number} 已存在。</translation>
    </message>
    <message>
        <source>Release batch {number} does not exist; create it in the catalogue first.</source>
        <translation>发布批次 {number} 不存在；请先在目录中创建。</translation>
    </message>
    <message>
        <source>Release batch {number} no longer exists; preview the import again.</source>
        <translation>发布批次 {number} 已不存在；请重新预览导入。</translation>
    </message>
    <message>
        <source>Release reserved mass</source>
        <translation>释放预留质量</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>释放日期</translation>
    </message>
    <message>
        <source>Remaining (µg)</source>
        <translation>剩余量（µg）</translation>
    </message>
    <message>
        <source>Report incident</source>
        <translation>报告事件</translation>
    </message>
    <message>
        <source>Reported late</source>
        <translation>逾期报告</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <source>Reported on {reported}, within three months (due {due}).</source>
        <translation>已于 {reported} 报告，在三个月期限内（截止日期 {due}）。</translation>
    </message>
    <message>
        <source>Reported to clep on</source>
        <translation>报告探月与航天工程中心日期</translation>
    </message>
    <message>
        <source>Reported {days} late: on {reported}, due {due}.</source>
        <translation>逾期 {days} 报告：于 {reported} 报告，应于 {due} 报告。</translation>
    </message>
    <message>
        <source>Requested sample</source>
        <translation>申请样品</translation>
    </message>
    <message>
        <source>Requested samples</source>
        <translation>申请样品</translation>
    </message>
    <message>
        <source>Requested samples still available</source>
        <translation>申请样品仍可提供</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>科研</translation>
    </message>
    <message>
        <source>Research team link</source>
        <translation>研究团队关联</translation>
    </message>
    <message>
        <source>Research team member</source>
        <translation>研究团队成员</translation>
    </message>
    <message>
        <source>Research title</source>
        <translation>研究题目</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>已预留</translation>
    </message>
    <message>
        <source>Reserved mass released to the catalogue (agreement never signed)</source>
        <translation>预留质量已释放回目录（协议始终未签署）</translation>
    </message>
    <message>
        <source>Reserved sample</source>
        <translation>预留样品</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Responsibility transferred from {old} to {new}: {reason}</source>
        <translation>责任已由 {old} 移交给 {new}：{reason}</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Restored at</source>
        <translation>恢复时间</translation>
    </message>
    <message>
        <source>Resubmit after fixes</source>
        <translation>修改后重新提交</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>已重新提交</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Result report</source>
        <translation>成果报告</translation>
    </message>
    <message>
        <source>Result-loan link</source>
        <translation>成果报告与借用的关联</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已退休</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>归还记录</translation>
    </message>
    <message>
        <source>Return for fixes</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Return received by {person}: {returned} returned, {consumed} consumed, {lost} lost</source>
        <translation>{person} 接收归还：归还 {returned}，消耗 {consumed}，损失 {lost}</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已归还</translation>
    </message>
    <message>
        <source>Returned (µg)</source>
        <translation>归还质量（µg）</translation>
    </message>
    <message>
        <source>Returned for fixes</source>
        <translation>已退回修改</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>归还日期</translation>
    </message>
    <message>
        <source>Returned pieces</source>
        <translation>归还块数</translation>
    </message>
    <message>
        <source>Returned to CLEP</source>
        <translation>已归还探月与航天工程中心</translation>
    </message>
    <message>
        <source>Review assignment</source>
        <translation>评审分配</translation>
    </message>
    <message>
        <source>Review round &apos;{name}&apos; cannot be closed until every item under review is decided:
• {problems}</source>
        <translation>评审轮次“{name}”中的所有评审事项均作出决定后，方可结束该轮次：
• {problems}</translation>
    </message>
    <message>
        <source>Review round &apos;{rnd_name}&apos; is still open; loans are made when the committee&apos;s decisions are final (the round is closed).</source>
        <translation>评审轮次“{rnd_name}”仍在进行中；须待专家委员会的决定成为最终决定（即评审轮次结束）后方可办理借用。</translation>
    </message>
    <message>
        <source>Review round &apos;{rnd_name}&apos; was closed{when}; a closed round can no longer be changed.</source>
        <translation>评审轮次“{rnd_name}”已结束{when}；已结束的轮次不能再更改。</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>评审专家</translation>
    </message>
    <message>
        <source>Reviewers per application</source>
        <translation>每份申请的评审专家人数</translation>
    </message>
    <message>
        <source>Rock chip</source>
        <translation>岩屑</translation>
    </message>
    <message>
        <source>Rock chips and thin sections are lent as whole pieces: give the piece count.</source>
        <translation>岩屑和薄片按整块出借：请填写块数。</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>评审轮次</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>记录 ID</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>第 {row} 行：{problem}</translation>
    </message>
    <message>
        <source>SQLite integrity check: ok</source>
        <translation>SQLite 完整性检查：正常</translation>
    </message>
    <message>
        <source>Same country conflict</source>
        <translation>同一国家利益冲突</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>样品</translation>
    </message>
    <message>
        <source>Sample number</source>
        <translation>样品编号</translation>
    </message>
    <message>
        <source>Sample number &apos;{text}&apos; contains spaces or symbols; use letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;, &apos;/&apos;.</source>
        <translation>样品编号“{text}”含有空格或符号；请仅使用字母、数字及 &apos;-&apos;、&apos;_&apos;、&apos;.&apos;、&apos;/&apos;。</translation>
    </message>
    <message>
        <source>Sample number &apos;{text}…&apos; is longer than 60 characters.</source>
        <translation>样品编号“{text}…”超过 60 个字符。</translation>
    </message>
    <message>
        <source>Sample number / 样品编号</source>
        <translation>样品编号</translation>
    </message>
    <message>
        <source>Sample security</source>
        <translation>样品安全保障</translation>
    </message>
    <message>
        <source>Sample {number} is on {n} open loans at once: {loans}.</source>
        <translation>样品 {number} 同时处于 {n} 项未结束的借用中：{loans}。</translation>
    </message>
    <message>
        <source>Sample {sample_number} was changed by someone else since the preview ({field}); preview the import again.</source>
        <translation>生成预览后，样品 {sample_number} 已被他人修改（{field}）；请重新预览导入。</translation>
    </message>
    <message>
        <source>Sample {sample_number} was deleted since the preview; preview the import again.</source>
        <translation>样品 {sample_number} 在预览后已被删除；请重新预览导入。</translation>
    </message>
    <message>
        <source>Sample {values} is already in the catalogue.</source>
        <translation>样品 {values} 已在样品目录中。</translation>
    </message>
    <message>
        <source>Samples collected</source>
        <translation>样品已领取</translation>
    </message>
    <message>
        <source>Samples collected by {person}</source>
        <translation>样品由 {person} 领取</translation>
    </message>
    <message>
        <source>Samples: {n:,}</source>
        <translation>样品：{n:,}</translation>
    </message>
    <message>
        <source>Sampling mode</source>
        <translation>采样方式</translation>
    </message>
    <message>
        <source>Sampling mode / 采样方式</source>
        <translation>采样方式</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Say how the incident was resolved.</source>
        <translation>请说明事件的处理结果。</translation>
    </message>
    <message>
        <source>Say what the conflict of interest is; the note goes into the round&apos;s record.</source>
        <translation>请说明利益冲突的内容；该说明将记入本评审轮次的记录。</translation>
    </message>
    <message>
        <source>Say what the day is (e.g. &apos;Spring Festival 2027, State Council notice of 2026-11-20&apos;); the note explains deadlines counted over it.</source>
        <translation>请说明该日为何日（例如“2027 年春节，国务院 2026-11-20 通知”）；该说明用于解释跨越该日计算的期限。</translation>
    </message>
    <message>
        <source>Say who organises the activity (APSCO, CLEP or both).</source>
        <translation>请说明活动的组织方（APSCO、探月与航天工程中心或双方）。</translation>
    </message>
    <message>
        <source>Say whose CV this is.</source>
        <translation>请说明这是谁的简历。</translation>
    </message>
    <message>
        <source>Say why the loan is extended (e.g. CLEP&apos;s approval of the borrower&apos;s request).</source>
        <translation>请说明延长借用的理由（例如探月与航天工程中心已批准借用方的申请）。</translation>
    </message>
    <message>
        <source>Say why the sample is retired; the reason goes into its history.</source>
        <translation>请说明注销该样品的原因；该原因将记入其历史记录。</translation>
    </message>
    <message>
        <source>Say why these destructive methods are needed: {methods}.</source>
        <translation>请说明为何需要采用以下破坏性方法：{methods}。</translation>
    </message>
    <message>
        <source>Say why {reference} is {TARGET_PHRASE}; the reason goes into its history and to the applicant.</source>
        <translation>请说明 {reference} {TARGET_PHRASE}的理由；理由将记入其历史记录并告知申请人。</translation>
    </message>
    <message>
        <source>Scale max</source>
        <translation>评分上限</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>进度安排</translation>
    </message>
    <message>
        <source>Schema version: {schema} (current)</source>
        <translation>结构版本：{schema}（当前）</translation>
    </message>
    <message>
        <source>Scientific merit</source>
        <translation>科学价值</translation>
    </message>
    <message>
        <source>Scooped</source>
        <translation>表取</translation>
    </message>
    <message>
        <source>Scores run from 1 to the scale&apos;s maximum: give a whole number from 2 to {SCALE_MAX_LIMIT}.</source>
        <translation>评分从 1 起至评分标度的最高分：请填写 2 至 {SCALE_MAX_LIMIT} 之间的整数。</translation>
    </message>
    <message>
        <source>Sent back by CLEP</source>
        <translation>探月与航天工程中心退回</translation>
    </message>
    <message>
        <source>Settings → Holiday calendar</source>
        <translation>设置 → 节假日安排</translation>
    </message>
    <message>
        <source>Sha256</source>
        <translation>SHA-256 校验值</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>Signing deadline</source>
        <translation>签署期限</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Some samples in the file were added to the catalogue by someone else since the preview; nothing was imported. Preview the import again.</source>
        <translation>预览后，文件中的部分样品已被他人添加到样品目录；未导入任何内容。请重新预览导入。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>已分样</translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <source>Stale custody is flagged after a whole number of months from 1 to {MAX_STALE_MONTHS}.</source>
        <translation>保管记录过期的标记期限须为 1 至 {MAX_STALE_MONTHS} 之间的整数个月。</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Submit to Secretariat</source>
        <translation>提交秘书处</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Submitted to Secretariat</source>
        <translation>已提交秘书处</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>Table name</source>
        <translation>表名</translation>
    </message>
    <message>
        <source>Table {table}, row {row}: points at a missing record in {parent}.</source>
        <translation>表 {table} 第 {row} 行：指向 {parent} 中不存在的记录。</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Team capability</source>
        <translation>团队能力</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>团队负责人</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技术人员</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>That application no longer exists; choose again.</source>
        <translation>该申请已不存在；请重新选择。</translation>
    </message>
    <message>
        <source>That application no longer exists; the list will be refreshed.</source>
        <translation>该申请已不存在；列表将刷新。</translation>
    </message>
    <message>
        <source>That assignment no longer exists; the list will be refreshed.</source>
        <translation>该评审分配已不存在；列表将刷新。</translation>
    </message>
    <message>
        <source>That attachment no longer exists; the list will be refreshed.</source>
        <translation>该附件已不存在；列表将刷新。</translation>
    </message>
    <message>
        <source>That conflict of interest no longer exists; the list will be refreshed.</source>
        <translation>该利益冲突已不存在；列表将刷新。</translation>
    </message>
    <message>
        <source>That criterion is not one of round &apos;{rnd_name}&apos;.</source>
        <translation>该评审指标不属于评审轮次“{rnd_name}”。</translation>
    </message>
    <message>
        <source>That file does not belong to a result report; the view will be refreshed.</source>
        <translation>该文件不属于任何成果报告；视图将刷新。</translation>
    </message>
    <message>
        <source>That file is not a training material; the view will be refreshed.</source>
        <translation>该文件不是培训材料；视图将刷新。</translation>
    </message>
    <message>
        <source>That incident no longer exists; the list will be refreshed.</source>
        <translation>该事件已不存在；列表将刷新。</translation>
    </message>
    <message>
        <source>That item is no longer in the recycle bin (it was restored or the list is out of date).</source>
        <translation>该项目已不在回收站中（已被恢复，或列表已过时）。</translation>
    </message>
    <message>
        <source>That lent item no longer exists; the loan will be refreshed.</source>
        <translation>该出借样品项已不存在；借用信息将刷新。</translation>
    </message>
    <message>
        <source>That link no longer exists; the team will be refreshed.</source>
        <translation>该关联已不存在；团队信息将刷新。</translation>
    </message>
    <message>
        <source>That loan is not linked to this result (any more); the view will be refreshed.</source>
        <translation>该借用未（或已不再）与此成果关联；视图将刷新。</translation>
    </message>
    <message>
        <source>That loan no longer exists; choose again.</source>
        <translation>该借用已不存在；请重新选择。</translation>
    </message>
    <message>
        <source>That loan no longer exists; the list will be refreshed.</source>
        <translation>该借用已不存在；列表将刷新。</translation>
    </message>
    <message>
        <source>That membership no longer exists; the team will be refreshed.</source>
        <translation>该成员关系已不存在；团队信息将刷新。</translation>
    </message>
    <message>
        <source>That method no longer exists; the list will be refreshed.</source>
        <translation>该研究方法已不存在；列表将刷新。</translation>
    </message>
    <message>
        <source>That participant is no longer listed; the activity will be refreshed.</source>
        <translation>该参加人员已不在名单中；活动信息将刷新。</translation>
    </message>
    <message>
        <source>That person is no longer in the list of people.</source>
        <translation>该人员已不在人员名单中。</translation>
    </message>
    <message>
        <source>That person no longer exists; the list will be refreshed.</source>
        <translation>该人员已不存在；列表将刷新。</translation>
    </message>
    <message>
        <source>That requested item no longer exists; the list will be refreshed.</source>
        <translation>该申请项已不存在；列表将刷新。</translation>
    </message>
    <message>
        <source>That research team no longer exists; the list will be refreshed.</source>
        <translation>该研究团队已不存在；列表将刷新。</translation>
    </message>
    <message>
        <source>That result report no longer exists; the list will be refreshed.</source>
        <translation>该成果报告已不存在；列表将刷新。</translation>
    </message>
    <message>
        <source>That review round no longer exists; the list will be refreshed.</source>
        <translation>该评审轮次已不存在；列表将刷新。</translation>
    </message>
    <message>
        <source>That reviewer no longer exists; the list will be refreshed.</source>
        <translation>该评审专家已不存在；列表将刷新。</translation>
    </message>
    <message>
        <source>That sample no longer exists; the list will be refreshed.</source>
        <translation>该样品已不存在；列表将刷新。</translation>
    </message>
    <message>
        <source>That team member is no longer on the team; the list will be refreshed.</source>
        <translation>该团队成员已不在团队中；列表将刷新。</translation>
    </message>
    <message>
        <source>That training activity no longer exists; the list will be refreshed.</source>
        <translation>该培训活动已不存在；列表将刷新。</translation>
    </message>
    <message>
        <source>The CLEP package {package_name} is empty; build it again.</source>
        <translation>报送探月与航天工程中心的材料包 {package_name} 为空；请重新生成。</translation>
    </message>
    <message>
        <source>The CLEP package {package} does not exist; build it again.</source>
        <translation>报送探月与航天工程中心的材料包 {package} 不存在；请重新生成。</translation>
    </message>
    <message>
        <source>The Member State chosen no longer exists; choose it again.</source>
        <translation>所选成员国已不存在；请重新选择。</translation>
    </message>
    <message>
        <source>The URL names no database after the server; write it like {EXAMPLE}</source>
        <translation>该 URL 在服务器之后未指明数据库；请按 {EXAMPLE} 的格式填写</translation>
    </message>
    <message>
        <source>The URL names no server; write it like {EXAMPLE}</source>
        <translation>该 URL 未指明服务器；请按 {EXAMPLE} 的格式填写</translation>
    </message>
    <message>
        <source>The acknowledgement is in {where}.</source>
        <translation>致谢声明见于 {where}。</translation>
    </message>
    <message>
        <source>The activity ends ({ends_on}) before it starts ({starts_on}).</source>
        <translation>活动结束日期（{ends_on}）早于开始日期（{starts_on}）。</translation>
    </message>
    <message>
        <source>The activity ends ({end}) before it starts ({start}).</source>
        <translation>活动结束日期（{end}）早于开始日期（{start}）。</translation>
    </message>
    <message>
        <source>The activity ends before it starts.</source>
        <translation>活动结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>The activity is not described.</source>
        <translation>未说明活动内容。</translation>
    </message>
    <message>
        <source>The activity&apos;s start and end dates are not both given.</source>
        <translation>未同时填写活动的开始日期和结束日期。</translation>
    </message>
    <message>
        <source>The agreement&apos;s deadline is {deadline}; the calendar as it is now would give {counted}.</source>
        <translation>该协议的签署期限为 {deadline}；按当前日历计算应为 {counted}。</translation>
    </message>
    <message>
        <source>The applicant&apos;s Member State is not set.</source>
        <translation>未设置申请人所属成员国。</translation>
    </message>
    <message>
        <source>The application deadline is before the announcement date.</source>
        <translation>申请截止日期早于公告日期。</translation>
    </message>
    <message>
        <source>The application is already {status!l}.</source>
        <translation>该申请已是“{status!l}”状态。</translation>
    </message>
    <message>
        <source>The application it belonged to no longer exists.</source>
        <translation>其所属的申请已不存在。</translation>
    </message>
    <message>
        <source>The approved {what} must be a whole number greater than zero.</source>
        <translation>批准的{what}必须为大于零的整数。</translation>
    </message>
    <message>
        <source>The attachment file {file} does not match its checksum (it was changed or damaged on disk); nothing was copied. Run Help → Check database to see which record it belongs to.</source>
        <translation>附件文件 {file} 与其校验值不符（已在磁盘上被改动或损坏）；未复制任何内容。请运行“帮助 → 检查数据库”查看它属于哪条记录。</translation>
    </message>
    <message>
        <source>The audience size cannot be negative.</source>
        <translation>观众人数不能为负数。</translation>
    </message>
    <message>
        <source>The backup of {src} did not pass the integrity check ({result}); nothing was kept.</source>
        <translation>{src} 的备份未通过完整性检查（{result}）；未保留该备份。</translation>
    </message>
    <message>
        <source>The backup {backup_file} cannot be restored: it is damaged ({exc}). Nothing was changed.</source>
        <translation>无法恢复备份 {backup_file}：该文件已损坏（{exc}）。未作任何更改。</translation>
    </message>
    <message>
        <source>The backup {backup_file} cannot be restored: it was written by a newer Lunar Desk (schema {revision}; this version knows up to {SCHEMA_HEAD}). Nothing was changed.</source>
        <translation>无法恢复备份 {backup_file}：该备份由更新版本的 Lunar Desk 写入（结构版本 {revision}；本版本最高支持 {SCHEMA_HEAD}）。未作任何更改。</translation>
    </message>
    <message>
        <source>The backup {backup_file} is empty. Nothing was changed.</source>
        <translation>备份 {backup_file} 为空。未作任何更改。</translation>
    </message>
    <message>
        <source>The backup {backup_file} is encrypted: give its passphrase to restore it. Nothing was changed.</source>
        <translation>备份 {backup_file} 已加密：请输入其口令以进行恢复。未作任何更改。</translation>
    </message>
    <message>
        <source>The backup {backup_file} is not a Lunar Desk database (it has no schema version). Nothing was changed.</source>
        <translation>备份 {backup_file} 不是 Lunar Desk 数据库（没有数据库结构版本）。未作任何更改。</translation>
    </message>
    <message>
        <source>The bundle holds {n} &apos;{name}&apos; rows this Lunar Desk does not exchange; they were left out.</source>
        <translation>数据包中有 {n} 行“{name}”数据，本版 Lunar Desk 不交换此类数据；这些数据已略去。</translation>
    </message>
    <message>
        <source>The certificates&apos; date {on} is before the activity starts ({starts_on}).</source>
        <translation>证书日期 {on} 早于活动开始日期（{starts_on}）。</translation>
    </message>
    <message>
        <source>The chart could not be written to {path}: {value}. Choose another folder or file name.</source>
        <translation>无法将图表写入 {path}：{value}。请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <source>The chosen Member State no longer exists; choose it again.</source>
        <translation>所选成员国已不存在；请重新选择。</translation>
    </message>
    <message>
        <source>The chosen institution no longer exists; choose it again.</source>
        <translation>所选单位已不存在；请重新选择。</translation>
    </message>
    <message>
        <source>The chosen sample is no longer in the catalogue; choose it again.</source>
        <translation>所选样品已不在样品目录中；请重新选择。</translation>
    </message>
    <message>
        <source>The cited number belongs to the linked loan.</source>
        <translation>引用的编号属于所关联的借用。</translation>
    </message>
    <message>
        <source>The cited number belongs to the linked loans.</source>
        <translation>所引用的样品编号属于关联的借用。</translation>
    </message>
    <message>
        <source>The database file {path} cannot be read: {value}.</source>
        <translation>无法读取数据库文件 {path}：{value}。</translation>
    </message>
    <message>
        <source>The database file {path} failed its integrity check. It has not been changed. Restore a backup from the backups folder.</source>
        <translation>数据库文件 {path} 未通过完整性检查。该文件未被更改。请从备份文件夹恢复备份。</translation>
    </message>
    <message>
        <source>The database file {path} is damaged ({exc}). It has not been changed. Restore a backup from the backups folder.</source>
        <translation>数据库文件 {path} 已损坏（{exc}）。该文件未被更改。请从备份文件夹中恢复备份。</translation>
    </message>
    <message>
        <source>The database has no Lunar Desk schema (it is empty or not a Lunar Desk database).</source>
        <translation>该数据库没有 Lunar Desk 数据结构（数据库为空或不是 Lunar Desk 数据库）。</translation>
    </message>
    <message>
        <source>The database {describe_database} cannot be read: {orig}.</source>
        <translation>无法读取数据库 {describe_database}：{orig}。</translation>
    </message>
    <message>
        <source>The database {describe_database} holds tables but no Lunar Desk schema version; it is not a Lunar Desk database and has not been changed.</source>
        <translation>数据库 {describe_database} 中有数据表，但没有 Lunar Desk 结构版本；它不是 Lunar Desk 数据库，未作任何更改。</translation>
    </message>
    <message>
        <source>The database {describe_database} needs upgrading from schema {current} to {SCHEMA_HEAD}; open it in Lunar Desk to upgrade it.</source>
        <translation>数据库 {describe_database} 需要从结构版本 {current} 升级至 {SCHEMA_HEAD}；请在 Lunar Desk 中打开该数据库以完成升级。</translation>
    </message>
    <message>
        <source>The database {describe_database} was written by a newer version of Lunar Desk (schema {current}; this version knows up to {SCHEMA_HEAD}). It has not been changed. Install the newer Lunar Desk to open it.</source>
        <translation>数据库 {describe_database} 由更新版本的 Lunar Desk 写入（结构版本 {current}；本版本最高支持 {SCHEMA_HEAD}）。数据库未作更改。请安装更新版本的 Lunar Desk 后再打开。</translation>
    </message>
    <message>
        <source>The date reported to CLEP ({reported}) is before the publication date ({published}): an output is reported once it is published.</source>
        <translation>报告探月与航天工程中心的日期（{reported}）早于发表日期（{published}）：成果须在发表后方可报告。</translation>
    </message>
    <message>
        <source>The demo loans need the demo review&apos;s closed round first.</source>
        <translation>生成演示借用前，须先有演示评审的已结束评审轮次。</translation>
    </message>
    <message>
        <source>The demo review needs the demo Member States, institutions and people first.</source>
        <translation>演示评审需要先创建演示用的成员国、单位和人员。</translation>
    </message>
    <message>
        <source>The display arrangements are not described.</source>
        <translation>未说明展示安排。</translation>
    </message>
    <message>
        <source>The exchange key needs at least {KEY_MIN_LENGTH} characters (use the passphrase the Secretariat gave you).</source>
        <translation>交换密钥至少需要 {KEY_MIN_LENGTH} 个字符（请使用秘书处提供给您的口令）。</translation>
    </message>
    <message>
        <source>The expected audience size is not given.</source>
        <translation>未填写预计观众人数。</translation>
    </message>
    <message>
        <source>The expected results are not described.</source>
        <translation>未说明预期成果。</translation>
    </message>
    <message>
        <source>The file has 1 error; nothing was imported. Fix it in the file and preview the import again.</source>
        <translation>文件中有 1 处错误；未导入任何内容。请在文件中更正后重新预览导入。</translation>
    </message>
    <message>
        <source>The file has {n:,} errors; nothing was imported. Fix them in the file and preview the import again.</source>
        <translation>文件中有 {n:,} 处错误；未导入任何内容。请在文件中更正后重新预览导入。</translation>
    </message>
    <message>
        <source>The file of attachment &apos;{name}&apos; is neither in the bundle nor on this laptop; ask the sender to check it.</source>
        <translation>附件“{name}”的文件既不在数据包中，也不在本机上；请联系发送方核查。</translation>
    </message>
    <message>
        <source>The file {path} is not a Lunar Desk database: it is not a SQLite database file (it may be damaged or be another kind of file). It has not been changed. Restore a backup from the backups folder, or start with --data-dir pointing elsewhere.</source>
        <translation>文件 {path} 不是 Lunar Desk 数据库：它不是 SQLite 数据库文件（可能已损坏或是其他类型的文件）。该文件未被更改。请从备份文件夹恢复备份，或使用指向其他位置的 --data-dir 启动。</translation>
    </message>
    <message>
        <source>The file {source_name} could not be copied into the data folder: {value}.</source>
        <translation>无法将文件 {source_name} 复制到数据文件夹：{value}。</translation>
    </message>
    <message>
        <source>The file {source_name} is empty; attach the actual document.</source>
        <translation>文件 {source_name} 为空；请附上实际文件。</translation>
    </message>
    <message>
        <source>The file {source} cannot be attached: it does not exist or is not a file.</source>
        <translation>无法附加文件 {source}：该文件不存在或不是文件。</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created: {value}.</source>
        <translation>无法创建文件夹 {folder}：{value}。</translation>
    </message>
    <message>
        <source>The folder {parent} cannot be created: {value}.</source>
        <translation>无法创建文件夹 {parent}：{value}。</translation>
    </message>
    <message>
        <source>The holder chosen is no longer in the list of people.</source>
        <translation>所选持有人已不在人员列表中。</translation>
    </message>
    <message>
        <source>The incident is already closed.</source>
        <translation>该事件已关闭。</translation>
    </message>
    <message>
        <source>The institution chosen no longer exists; choose it again.</source>
        <translation>所选单位已不存在；请重新选择。</translation>
    </message>
    <message>
        <source>The inventory due {due_on} for {agreement_number} was already recorded (dated {reported_on}).</source>
        <translation>{agreement_number} 应于 {due_on} 提交的盘点已登记（日期为 {reported_on}）。</translation>
    </message>
    <message>
        <source>The inventory has no line for: {items}.</source>
        <translation>盘点中缺少以下各项：{items}。</translation>
    </message>
    <message>
        <source>The item decided is not in the application {reference} (it belongs to {reference_2}); a decision is recorded for an item of the application reviewed.</source>
        <translation>所决定的项目不在申请 {reference} 中（它属于 {reference_2}）；只能为所评审申请中的项目登记决定。</translation>
    </message>
    <message>
        <source>The laboratory facilities are not described.</source>
        <translation>未说明实验室条件。</translation>
    </message>
    <message>
        <source>The ledger tolerance cannot be negative.</source>
        <translation>质量台账容差不能为负数。</translation>
    </message>
    <message>
        <source>The loan agreement template {path} cannot be read: {strerror}.</source>
        <translation>无法读取借用协议模板 {path}：{strerror}。</translation>
    </message>
    <message>
        <source>The loan agreement template {path} does not exist.</source>
        <translation>借用协议模板 {path} 不存在。</translation>
    </message>
    <message>
        <source>The loan agreement template {path} has a stray brace in {where}: {exc}. Write {{{{ and }}}} for a literal brace.</source>
        <translation>借用协议模板 {path} 的{where}中有多余的花括号：{exc}。如需输入花括号字符本身，请写作 {{{{ 和 }}}}。</translation>
    </message>
    <message>
        <source>The loan agreement template {path} has no &quot;clauses&quot; list.</source>
        <translation>借用协议模板 {path} 中没有 &quot;clauses&quot; 列表。</translation>
    </message>
    <message>
        <source>The loan agreement template {path} has no {name} text (&quot;{lang}&quot;) for {where}.</source>
        <translation>借用协议模板 {path} 中缺少{where}的{name}文本（&quot;{lang}&quot;）。</translation>
    </message>
    <message>
        <source>The loan agreement template {path} is a &quot;{get}&quot; file, not &quot;{TEMPLATE_FORMAT}&quot;.</source>
        <translation>借用协议模板 {path} 是“{get}”文件，而非“{TEMPLATE_FORMAT}”文件。</translation>
    </message>
    <message>
        <source>The loan agreement template {path} is not UTF-8 text.</source>
        <translation>借用协议模板 {path} 不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The loan agreement template {path} is not valid JSON: {msg} at line {lineno}, column {colno}.</source>
        <translation>借用协议模板 {path} 不是有效的 JSON：第 {lineno} 行第 {colno} 列，{msg}。</translation>
    </message>
    <message>
        <source>The loan agreement template {path} must hold a JSON object.</source>
        <translation>借用协议模板 {path} 必须包含一个 JSON 对象。</translation>
    </message>
    <message>
        <source>The loan agreement template {path} needs {where} as an object with &quot;en&quot; and &quot;zh&quot; texts.</source>
        <translation>借用协议模板 {path} 中的 {where} 须为包含 &quot;en&quot; 和 &quot;zh&quot; 文本的对象。</translation>
    </message>
    <message>
        <source>The loan agreement template {path} uses an unknown placeholder {shown} in {where}. Known placeholders: {items}.</source>
        <translation>借用协议模板 {path} 的{where}中使用了未知占位符 {shown}。已知占位符：{items}。</translation>
    </message>
    <message>
        <source>The loan period is a whole number of months from 1 to {MAX_LOAN_MONTHS}.</source>
        <translation>借用期限须为 1 至 {MAX_LOAN_MONTHS} 之间的整月数。</translation>
    </message>
    <message>
        <source>The mass affected is a whole number of micrograms, zero or more.</source>
        <translation>受影响质量须为以微克计的整数，大于或等于零。</translation>
    </message>
    <message>
        <source>The mass cannot be negative.</source>
        <translation>质量不能为负数。</translation>
    </message>
    <message>
        <source>The mass to reserve must be a whole number of micrograms greater than zero.</source>
        <translation>预留质量须为大于零的整数微克。</translation>
    </message>
    <message>
        <source>The meeting ends ({meeting_end}) before it starts ({meeting_start}).</source>
        <translation>会议结束时间（{meeting_end}）早于开始时间（{meeting_start}）。</translation>
    </message>
    <message>
        <source>The merged {record_label} records break a rule of the database ({orig}); nothing was imported. This usually means a record refers to one that stays deleted here: take their version of that record, or restore it from the recycle bin first.</source>
        <translation>合并后的{record_label}记录违反了数据库规则（{orig}）；未导入任何内容。这通常是因为某条记录引用了在本机仍处于删除状态的记录：请对该记录采用对方的版本，或先从回收站恢复该记录。</translation>
    </message>
    <message>
        <source>The method name has {count} characters; at most {NAME_MAX} fit.</source>
        <translation>研究方法名称有 {count} 个字符；最多只能 {NAME_MAX} 个。</translation>
    </message>
    <message>
        <source>The name has more than {NAME_MAX} characters.</source>
        <translation>名称超过 {NAME_MAX} 个字符。</translation>
    </message>
    <message>
        <source>The name is {count} characters long; at most 300 fit.</source>
        <translation>名称长度为 {count} 个字符；最多只能容纳 300 个字符。</translation>
    </message>
    <message>
        <source>The new due date ({new_due_date}) must be later than the current one ({due_date}).</source>
        <translation>新的到期日（{new_due_date}）必须晚于当前到期日（{due_date}）。</translation>
    </message>
    <message>
        <source>The note has {count} characters; at most {NOTE_MAX} fit.</source>
        <translation>备注有 {count} 个字符；最多只能 {NOTE_MAX} 个。</translation>
    </message>
    <message>
        <source>The number of pieces must be at least one (or left empty).</source>
        <translation>块数至少为 1（或留空）。</translation>
    </message>
    <message>
        <source>The number of pieces to reserve must be at least one.</source>
        <translation>要预留的块数至少为 1。</translation>
    </message>
    <message>
        <source>The number of working days is a whole number, zero or more.</source>
        <translation>工作日天数须为大于或等于零的整数。</translation>
    </message>
    <message>
        <source>The objectives are not described.</source>
        <translation>未说明研究目标。</translation>
    </message>
    <message>
        <source>The package would contain the same application twice: {items}.</source>
        <translation>材料包中将包含两份相同的申请：{items}。</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the file was changed or cut short ({name}). Nothing was written.</source>
        <translation>口令错误，或文件已被修改或不完整（{name}）。未写入任何内容。</translation>
    </message>
    <message>
        <source>The passphrase must have at least {MIN_PASSPHRASE} characters; a short one is easily guessed.</source>
        <translation>口令至少须有 {MIN_PASSPHRASE} 个字符；过短的口令容易被猜中。</translation>
    </message>
    <message>
        <source>The period starts on {start}, after its last day {end}; swap the dates.</source>
        <translation>期间开始日期 {start} 晚于其最后一天 {end}；请对调两个日期。</translation>
    </message>
    <message>
        <source>The person chosen no longer exists; choose them again.</source>
        <translation>所选人员已不存在；请重新选择。</translation>
    </message>
    <message>
        <source>The person this file belongs to no longer exists; the list will be refreshed.</source>
        <translation>该文件所属的人员已不存在；列表将刷新。</translation>
    </message>
    <message>
        <source>The piece count cannot be negative.</source>
        <translation>块数不能为负数。</translation>
    </message>
    <message>
        <source>The preferred sample numbers take more than {PREFERRED_MAX} characters.</source>
        <translation>首选样品编号超过 {PREFERRED_MAX} 个字符。</translation>
    </message>
    <message>
        <source>The principal investigator recorded on the application is not the team&apos;s; set the PI&apos;s role again.</source>
        <translation>申请中登记的项目负责人不是该团队的项目负责人；请重新设置项目负责人的角色。</translation>
    </message>
    <message>
        <source>The reason for the override has more than {REASON_MAX} characters.</source>
        <translation>例外决定的理由超过 {REASON_MAX} 个字符。</translation>
    </message>
    <message>
        <source>The record this file was to be attached to no longer exists; the view will be refreshed.</source>
        <translation>该文件要附加到的记录已不存在；视图将刷新。</translation>
    </message>
    <message>
        <source>The requested mass cannot be negative.</source>
        <translation>申请质量不能为负数。</translation>
    </message>
    <message>
        <source>The research title is empty.</source>
        <translation>研究题目为空。</translation>
    </message>
    <message>
        <source>The return records nothing: give the mass returned, consumed or lost.</source>
        <translation>该归还记录没有任何内容：请填写归还、消耗或损失的质量。</translation>
    </message>
    <message>
        <source>The review round chosen no longer exists; choose it again.</source>
        <translation>所选评审轮次已不存在；请重新选择。</translation>
    </message>
    <message>
        <source>The round&apos;s name has {count} characters; at most {NAME_MAX} fit.</source>
        <translation>评审轮次名称有 {count} 个字符；最多只能 {NAME_MAX} 个。</translation>
    </message>
    <message>
        <source>The sample-security arrangements are not described.</source>
        <translation>未说明样品安全保障措施。</translation>
    </message>
    <message>
        <source>The schedule is not given.</source>
        <translation>未填写进度安排。</translation>
    </message>
    <message>
        <source>The schema is version {schema}, newer than this Lunar Desk ({head}); use the newer version.</source>
        <translation>数据库结构版本为 {schema}，比此版本 Lunar Desk（{head}）更新；请使用更新版本。</translation>
    </message>
    <message>
        <source>The schema is version {schema}; this Lunar Desk uses {head}. Open it in the application to upgrade it (a backup is taken first).</source>
        <translation>数据库结构版本为 {schema}；此 Lunar Desk 使用 {head}。请在应用程序中打开以升级（升级前会先备份）。</translation>
    </message>
    <message>
        <source>The split loss cannot be negative.</source>
        <translation>分样损耗不能为负数。</translation>
    </message>
    <message>
        <source>The statement “{statement}” is not in the text of {where}.</source>
        <translation>{where} 的文本中未找到声明“{statement}”。</translation>
    </message>
    <message>
        <source>The stored attachment file {path} changed while it was being exported; nothing was written. Try again.</source>
        <translation>导出期间已存储的附件文件 {path} 发生了变化；未写入任何内容。请重试。</translation>
    </message>
    <message>
        <source>The summary PDF could not be written to {out}: {value}. Choose another folder or file name.</source>
        <translation>无法将摘要 PDF 写入 {out}：{value}。请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <source>The team ends ({ends_on}) before it starts ({starts_on}).</source>
        <translation>团队的结束日期（{ends_on}）早于开始日期（{starts_on}）。</translation>
    </message>
    <message>
        <source>The team has no principal investigator.</source>
        <translation>该团队没有项目负责人。</translation>
    </message>
    <message>
        <source>The team has {n} principal investigators ({names}); keep one.</source>
        <translation>团队有 {n} 名项目负责人（{names}）；请只保留一名。</translation>
    </message>
    <message>
        <source>The title has {count} characters; at most {TITLE_MAX} fit on the form.</source>
        <translation>题目有 {count} 个字符；表单最多容纳 {TITLE_MAX} 个。</translation>
    </message>
    <message>
        <source>The title is {count} characters long; at most 300 fit.</source>
        <translation>题目长度为 {count} 个字符；最多只能容纳 300 个字符。</translation>
    </message>
    <message>
        <source>The title of the activity is empty.</source>
        <translation>未填写活动题目。</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was written.</source>
        <translation>两次输入的口令不一致。未写入任何内容。</translation>
    </message>
    <message>
        <source>The venue has {count} characters; at most {limit} fit.</source>
        <translation>地点有 {count} 个字符；最多只能 {limit} 个。</translation>
    </message>
    <message>
        <source>The venue is not given.</source>
        <translation>未填写地点。</translation>
    </message>
    <message>
        <source>The weight of &apos;{crit_name}&apos; is not a number.</source>
        <translation>“{crit_name}”的权重不是数字。</translation>
    </message>
    <message>
        <source>The weight of &apos;{crit_name}&apos; must be greater than zero (it is {weight}).</source>
        <translation>“{crit_name}”的权重必须大于零（当前为 {weight}）。</translation>
    </message>
    <message>
        <source>The {FIELD_NAMES} is {count} characters long; at most {limit} fit.</source>
        <translation>{FIELD_NAMES}长度为 {count} 个字符；最多只能容纳 {limit} 个。</translation>
    </message>
    <message>
        <source>The {n} attached PDFs have no readable text (scans?): read them and confirm the acknowledgement by hand.</source>
        <translation>所附的 {n} 个 PDF 均无可读取的文本（可能为扫描件）：请阅读文件并人工确认致谢声明。</translation>
    </message>
    <message>
        <source>The {what} ({value}) is before the {limit_what} ({limit}).</source>
        <translation>{what}（{value}）早于{limit_what}（{limit}）。</translation>
    </message>
    <message>
        <source>The {what} ({value}) is before {before_what} ({not_before}).</source>
        <translation>{what}（{value}）早于{before_what}（{not_before}）。</translation>
    </message>
    <message>
        <source>The {what} ({value}) is in the future.</source>
        <translation>{what}（{value}）是将来的日期。</translation>
    </message>
    <message>
        <source>The {what} chosen no longer exists; choose again.</source>
        <translation>所选{what}已不存在；请重新选择。</translation>
    </message>
    <message>
        <source>The {what} {value} is in the future (today is {today}).</source>
        <translation>{what}（{value}）晚于今天（今天是 {today}）。</translation>
    </message>
    <message>
        <source>There is no backup file {backup_file}. Nothing was changed.</source>
        <translation>备份文件 {backup_file} 不存在。未作任何更改。</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>{path} 处没有数据库。</translation>
    </message>
    <message>
        <source>There is no database at {src} to back up.</source>
        <translation>{src} 处没有可备份的数据库。</translation>
    </message>
    <message>
        <source>There is no entry for {day} in the holiday calendar; the list will be refreshed.</source>
        <translation>节假日日历中没有 {day} 的条目；列表将刷新。</translation>
    </message>
    <message>
        <source>There is no file {src}.</source>
        <translation>文件 {src} 不存在。</translation>
    </message>
    <message>
        <source>There is no release batch {batch_number} in the catalogue.</source>
        <translation>样品目录中没有发布批次 {batch_number}。</translation>
    </message>
    <message>
        <source>Thesis</source>
        <translation>学位论文</translation>
    </message>
    <message>
        <source>Thin section</source>
        <translation>薄片</translation>
    </message>
    <message>
        <source>This conflict ({label}) follows from the records; correct the records instead.</source>
        <translation>此冲突（{label}）由现有记录推导得出；请改为更正相关记录。</translation>
    </message>
    <message>
        <source>This database already holds records; demo data goes only into a new, empty database.</source>
        <translation>该数据库已有记录；演示数据只能导入新建的空数据库。</translation>
    </message>
    <message>
        <source>This is a server database: back it up on the server (pg_dump); Lunar Desk backs up only local database files.</source>
        <translation>这是服务器数据库：请在服务器上进行备份（pg_dump）；Lunar Desk 只备份本地数据库文件。</translation>
    </message>
    <message>
        <source>This is a server database: restore it on the server; Lunar Desk restores only local database files.</source>
        <translation>这是服务器数据库：请在服务器上恢复；Lunar Desk 只能恢复本地数据库文件。</translation>
    </message>
    <message>
        <source>This {label} was changed by {officer} at {time} since you opened it. Reload to see their changes, then make yours again.</source>
        <translation>您打开此{label}后，{officer} 已于 {time} 对其作了修改。请重新加载以查看其修改，然后重新进行您的修改。</translation>
    </message>
    <message>
        <source>This {label} was deleted by {officer} at {time} since you opened it. Reload to see the current records; it can be restored from the recycle bin.</source>
        <translation>自您打开以来，此{label}已由 {officer} 于 {time} 删除。请重新加载以查看当前记录；可从回收站恢复。</translation>
    </message>
    <message>
        <source>This {record_label} was changed by another officer since you opened it. Reload to see their changes, then make yours again.</source>
        <translation>自您打开此{record_label}以来，另一位经办人已对其作了修改。请重新加载以查看其修改，然后重新进行您的修改。</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>To be reported to CLEP by {due} ({days} left).</source>
        <translation>须于 {due} 前向探月与航天工程中心报告（剩余 {days}）。</translation>
    </message>
    <message>
        <source>To person</source>
        <translation>新责任人</translation>
    </message>
    <message>
        <source>To status</source>
        <translation>变更后状态</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>课题</translation>
    </message>
    <message>
        <source>Training participant</source>
        <translation>培训参加人员</translation>
    </message>
    <message>
        <source>Transfer to a third party</source>
        <translation>转让第三方</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Type / 类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Under committee review</source>
        <translation>专家委员会评审中</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Use / 用途</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Use class</source>
        <translation>用途类别</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Victory Day (70th anniversary)</source>
        <translation>抗战胜利70周年纪念日</translation>
    </message>
    <message>
        <source>Visit from</source>
        <translation>访问开始日期</translation>
    </message>
    <message>
        <source>Visit to</source>
        <translation>访华截止日期</translation>
    </message>
    <message>
        <source>Visiting China</source>
        <translation>访华</translation>
    </message>
    <message>
        <source>Visiting scientist</source>
        <translation>访问学者</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Withdraw application</source>
        <translation>撤回申请</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>研讨会</translation>
    </message>
    <message>
        <source>a batch number</source>
        <translation>批次号</translation>
    </message>
    <message>
        <source>a loan</source>
        <translation>某项借用</translation>
    </message>
    <message>
        <source>a piece count</source>
        <translation>块数</translation>
    </message>
    <message>
        <source>a result of {agreement_number} was to be reported to CLEP by {due} ({days} overdue)</source>
        <translation>{agreement_number} 的成果应于 {due} 前报送探月与航天工程中心（已逾期 {days}）</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>an application never goes back to draft; return it for fixes instead</source>
        <translation>申请不能回到草稿状态；请改为退回修改</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>另有 {n} 项</translation>
    </message>
    <message>
        <source>another officer</source>
        <translation>另一位经办人</translation>
    </message>
    <message>
        <source>another officer (installation {installation})</source>
        <translation>另一名经办人（安装实例 {installation}）</translation>
    </message>
    <message>
        <source>any {preparation!l}</source>
        <translation>任意{preparation!l}</translation>
    </message>
    <message>
        <source>any {preparation!l} ({mission})</source>
        <translation>任意{preparation!l}（{mission}）</translation>
    </message>
    <message>
        <source>application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>登记为已批准</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>calendar day</source>
        <translation>日历日</translation>
    </message>
    <message>
        <source>certificate date</source>
        <translation>证书日期</translation>
    </message>
    <message>
        <source>certificate {certificate_number} was issued</source>
        <translation>已签发证书 {certificate_number}</translation>
    </message>
    <message>
        <source>certificate {certificate_number} was issued on {certificate_date}</source>
        <translation>已于 {certificate_date} 签发证书 {certificate_number}</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>changed here, deleted there</source>
        <translation>本机已修改，对方已删除</translation>
    </message>
    <message>
        <source>changed on both sides</source>
        <translation>双方均有修改</translation>
    </message>
    <message>
        <source>clause {n} ({key})</source>
        <translation>第 {n} 条（{key}）</translation>
    </message>
    <message>
        <source>closing date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>co-applicant</source>
        <translation>共同申请人</translation>
    </message>
    <message>
        <source>collection</source>
        <translation>领取</translation>
    </message>
    <message>
        <source>collection date</source>
        <translation>领取日期</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos;</source>
        <translation>“{column}”列</translation>
    </message>
    <message>
        <source>committee&apos;s decision</source>
        <translation>专家委员会决定</translation>
    </message>
    <message>
        <source>consumed</source>
        <translation>消耗</translation>
    </message>
    <message>
        <source>consumed mass</source>
        <translation>消耗质量</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>date of leaving</source>
        <translation>离开日期</translation>
    </message>
    <message>
        <source>date of signature</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>date of the incident</source>
        <translation>事件日期</translation>
    </message>
    <message>
        <source>date of the recall</source>
        <translation>召回日期</translation>
    </message>
    <message>
        <source>date of the transfer</source>
        <translation>移交日期</translation>
    </message>
    <message>
        <source>date reported to CLEP</source>
        <translation>报告探月与航天工程中心的日期</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>本人申报</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>deleted here, changed there</source>
        <translation>本机已删除，对方已修改</translation>
    </message>
    <message>
        <source>discrepancy, incident opened</source>
        <translation>数量不符，已登记事件</translation>
    </message>
    <message>
        <source>entered on both sides: taken as the same {record} here</source>
        <translation>双方均已录入：在本机视为同一{record}</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>全部内容</translation>
    </message>
    <message>
        <source>fill in the day the samples were counted.</source>
        <translation>请填写样品清点日期。</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>forwarded to CLEP</source>
        <translation>转交探月与航天工程中心</translation>
    </message>
    <message>
        <source>from {peer}: {new} new, {updated} updated, {deleted} deleted, {conflicts} settled, {files} stored</source>
        <translation>来自 {peer}：新增 {new} 条，更新 {updated} 条，删除 {deleted} 条，已处理 {conflicts}，已存储 {files}</translation>
    </message>
    <message>
        <source>give the mass of {sample_number} remaining now (0 if none).</source>
        <translation>请填写 {sample_number} 目前的剩余质量（如无剩余则填 0）。</translation>
    </message>
    <message>
        <source>has {n} piece(s)</source>
        <translation>有 {n} 块</translation>
    </message>
    <message>
        <source>has {n} pieces: say how many the approved mass is</source>
        <translation>共 {n} 块：请说明批准的质量对应多少块</translation>
    </message>
    <message>
        <source>holds {mass}</source>
        <translation>现存 {mass}</translation>
    </message>
    <message>
        <source>in the catalogue, but not lent under the linked loans</source>
        <translation>在样品目录中，但未在关联的借用项下出借</translation>
    </message>
    <message>
        <source>in the catalogue, lent under {loans}, which is not linked to this result</source>
        <translation>在样品目录中，通过 {loans} 出借，但该借用未与此成果关联</translation>
    </message>
    <message>
        <source>in the catalogue, not lent under the linked loans</source>
        <translation>在目录中，但未通过关联的借用出借</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>is a single piece, lent whole</source>
        <translation>为单块样品，整块出借</translation>
    </message>
    <message>
        <source>is all {n} pieces in {mass}</source>
        <translation>共 {n} 块，合计 {mass}</translation>
    </message>
    <message>
        <source>is fully accounted for by the returns</source>
        <translation>已通过归还登记全部核清</translation>
    </message>
    <message>
        <source>is not lent under {agreement_number}</source>
        <translation>未在 {agreement_number} 下出借</translation>
    </message>
    <message>
        <source>is {n} piece(s) in all</source>
        <translation>共 {n} 块</translation>
    </message>
    <message>
        <source>it belongs to batch {batch}</source>
        <translation>该申请属于第 {batch} 批</translation>
    </message>
    <message>
        <source>it can be signed until {deadline}</source>
        <translation>可在 {deadline} 前签署</translation>
    </message>
    <message>
        <source>it has no release batch</source>
        <translation>该申请不属于任何发布批次</translation>
    </message>
    <message>
        <source>it has not lapsed: it can be signed until {deadline}</source>
        <translation>该借用尚未失效：在 {deadline} 前仍可签署</translation>
    </message>
    <message>
        <source>it holds an unexpected part {name}.</source>
        <translation>其中含有不应存在的部分 {name}。</translation>
    </message>
    <message>
        <source>it holds {count} part(s) its manifest does not list (e.g. {min}): it was changed after it was written.</source>
        <translation>其中含有 {count} 个清单未列出的部分（如 {min}）：该数据包在写出后被修改过。</translation>
    </message>
    <message>
        <source>it is already decided or withdrawn</source>
        <translation>该申请已有决定或已撤回</translation>
    </message>
    <message>
        <source>it is in exchange format version {version}, and this Lunar Desk reads version {FORMAT_VERSION}. Install the Lunar Desk version that wrote it.</source>
        <translation>其交换格式版本为 {version}，而此版本 Lunar Desk 读取的是版本 {FORMAT_VERSION}。请安装写入该文件的 Lunar Desk 版本。</translation>
    </message>
    <message>
        <source>it is not a Lunar Desk exchange bundle (no signed manifest inside).</source>
        <translation>该文件不是 Lunar Desk 交换数据包（其中没有经签名的清单）。</translation>
    </message>
    <message>
        <source>it is not a Lunar Desk exchange bundle.</source>
        <translation>该文件不是 Lunar Desk 交换数据包。</translation>
    </message>
    <message>
        <source>it is not a complete exchange bundle (the file is damaged or was cut short, e.g. by an interrupted copy: {exc}).</source>
        <translation>它不是完整的交换数据包（文件已损坏或不完整，例如复制中断：{exc}）。</translation>
    </message>
    <message>
        <source>it must be forwarded to CLEP first</source>
        <translation>须先转交探月与航天工程中心</translation>
    </message>
    <message>
        <source>it must be submitted and pass the pre-check first</source>
        <translation>须先提交并通过预审</translation>
    </message>
    <message>
        <source>it was signed with a different exchange key (fingerprint {get}; yours is {key_fingerprint}). Set the Secretariat&apos;s exchange key in Settings → Exchange key… on both laptops.</source>
        <translation>其签名所用的交换密钥不同（指纹 {get}；本机为 {key_fingerprint}）。请在两台笔记本电脑上通过“设置 → 交换密钥…”设置秘书处的交换密钥。</translation>
    </message>
    <message>
        <source>it was written by a newer Lunar Desk (database schema {schema}). Install the newer Lunar Desk to import it.</source>
        <translation>该文件由更新版本的 Lunar Desk 写入（数据库结构版本 {schema}）。请安装更新版本的 Lunar Desk 后再导入。</translation>
    </message>
    <message>
        <source>item {n}</source>
        <translation>第 {n} 项</translation>
    </message>
    <message>
        <source>item {n} ({sample_number})</source>
        <translation>第 {n} 项（{sample_number}）</translation>
    </message>
    <message>
        <source>item {n} is approved but no catalogue sample is reserved for it</source>
        <translation>第 {n} 项已批准，但未为其预留样品目录中的样品</translation>
    </message>
    <message>
        <source>item {n} of {reference}</source>
        <translation>{reference} 的第 {n} 项</translation>
    </message>
    <message>
        <source>item {n}: the reserved sample is no longer in the catalogue</source>
        <translation>第 {n} 项：预留的样品已不在样品目录中</translation>
    </message>
    <message>
        <source>item {n}: the sample is no longer in the catalogue</source>
        <translation>第 {n} 项：该样品已不在样品目录中</translation>
    </message>
    <message>
        <source>item {n}: {sample_number} holds no mass</source>
        <translation>第 {n} 项：{sample_number} 没有剩余质量</translation>
    </message>
    <message>
        <source>item {n}: {sample_number} is already on loan {agreement_number} ({status!l}); a sample is on one open loan at a time</source>
        <translation>第 {n} 项：{sample_number} 已处于借用 {agreement_number}（{status!l}）中；一个样品同一时间只能处于一项未结束的借用中</translation>
    </message>
    <message>
        <source>item {n}: {sample_number} is {status!l}, no longer reserved for it</source>
        <translation>第 {n} 项：{sample_number} 状态为{status!l}，已不再为其预留</translation>
    </message>
    <message>
        <source>item {n}: {sample_number} now holds {held}, {requested} requested</source>
        <translation>第 {n} 项：{sample_number} 现存 {held}，申请 {requested}</translation>
    </message>
    <message>
        <source>item {position} ({sample_number}) is listed twice.</source>
        <translation>第 {position} 项（{sample_number}）重复列出。</translation>
    </message>
    <message>
        <source>its manifest cannot be read (the file is damaged or was cut short: {exc}).</source>
        <translation>无法读取其清单（文件已损坏或不完整：{exc}）。</translation>
    </message>
    <message>
        <source>its manifest counts {get} {table} rows but it holds {count}.</source>
        <translation>其清单记载 {table} 表有 {get} 行，但实际包含 {count} 行。</translation>
    </message>
    <message>
        <source>its manifest entry for {name} is malformed.</source>
        <translation>其清单中 {name} 的条目格式错误。</translation>
    </message>
    <message>
        <source>its manifest lists no parts.</source>
        <translation>其清单文件未列出任何组成部分。</translation>
    </message>
    <message>
        <source>its reserved mass was released on {released_on}</source>
        <translation>其预留质量已于 {released_on} 释放</translation>
    </message>
    <message>
        <source>its reserved mass was released on {released_on}; it can no longer be signed</source>
        <translation>其预留质量已于 {released_on} 释放；不能再签署</translation>
    </message>
    <message>
        <source>its signature does not match: the bundle was changed after it was written. Ask for a new bundle.</source>
        <translation>其签名不符：数据包在写出后被修改过。请索取新的数据包。</translation>
    </message>
    <message>
        <source>its signing deadline {deadline} has passed</source>
        <translation>其签署期限 {deadline} 已过</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>last return</source>
        <translation>最后一次归还</translation>
    </message>
    <message>
        <source>loan</source>
        <translation>借用</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>损失质量</translation>
    </message>
    <message>
        <source>made a draft again</source>
        <translation>重新改为草稿</translation>
    </message>
    <message>
        <source>mass</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>merged with the changes made here since</source>
        <translation>已与本机此后所作的修改合并</translation>
    </message>
    <message>
        <source>method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>mission</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>new due date</source>
        <translation>新到期日</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>未填写数量</translation>
    </message>
    <message>
        <source>no column for {FIELD_LABELS} in the header row (columns: {value}); rename the column or choose it by hand.</source>
        <translation>表头行中没有“{FIELD_LABELS}”列（现有列：{value}）；请重命名该列或手动选择。</translation>
    </message>
    <message>
        <source>no header row found in the first {HEADER_SCAN_ROWS} rows: expected column names such as &apos;Sample number&apos; / 样品编号 and &apos;Mass (mg)&apos; / 质量. Check the sheet, or choose the columns by hand.</source>
        <translation>在前 {HEADER_SCAN_ROWS} 行中未找到表头行：应有 &apos;Sample number&apos; / 样品编号、&apos;Mass (mg)&apos; / 质量 等列名。请检查工作表，或手动选择各列。</translation>
    </message>
    <message>
        <source>no mass given; a new sample needs its mass (e.g. 12.5 mg).</source>
        <translation>未填写质量；新样品须填写质量（例如 12.5 mg）。</translation>
    </message>
    <message>
        <source>no mission given, and sample number {number} does not start with a known mission prefix ({items}); add the mission (e.g. CE-5).</source>
        <translation>未填写任务，且样品编号 {number} 不以已知的任务前缀（{items}）开头；请填写任务（例如 CE-5）。</translation>
    </message>
    <message>
        <source>no sample number; every row needs one (delete the row if it is not a sample).</source>
        <translation>缺少样品编号；每行均须填写样品编号（如该行不是样品，请删除）。</translation>
    </message>
    <message>
        <source>none reported, due {due}</source>
        <translation>尚无报告，{due} 到期</translation>
    </message>
    <message>
        <source>not in the catalogue</source>
        <translation>不在样品目录中</translation>
    </message>
    <message>
        <source>number of pieces</source>
        <translation>块数</translation>
    </message>
    <message>
        <source>old .xls workbooks cannot be read; open it in Excel and save it as .xlsx.</source>
        <translation>无法读取旧版 .xls 工作簿；请在 Excel 中打开并另存为 .xlsx。</translation>
    </message>
    <message>
        <source>only a draft is submitted (or an application CLEP sent back)</source>
        <translation>只有草稿（或探月与航天工程中心退回的申请）才能提交</translation>
    </message>
    <message>
        <source>only a submitted or resubmitted application is returned during the pre-check</source>
        <translation>预审期间只能退回已提交或已重新提交的申请</translation>
    </message>
    <message>
        <source>only an application returned for fixes can be resubmitted</source>
        <translation>只有已退回修改的申请才能重新提交</translation>
    </message>
    <message>
        <source>partially approved</source>
        <translation>登记为部分批准</translation>
    </message>
    <message>
        <source>patent number</source>
        <translation>专利号</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>preparation</source>
        <translation>制备类型</translation>
    </message>
    <message>
        <source>provisional: counted before the holiday arrangement was entered; it is counted again when the signature is recorded or lapses are checked</source>
        <translation>暂定：系在录入放假安排之前计算；登记签署或检查失效时将重新计算</translation>
    </message>
    <message>
        <source>provisional: the {years} holiday arrangements have not been announced; enter them under {place} when the State Council publishes them</source>
        <translation>暂定：{years} 年节假日安排尚未公布；国务院公布后，请在 {place} 中录入</translation>
    </message>
    <message>
        <source>provisional: the {year} holiday arrangement has not been announced; enter it under {place} when the State Council publishes it</source>
        <translation>暂定：{year} 年节假日安排尚未公布；国务院公布后请在{place}中录入</translation>
    </message>
    <message>
        <source>publication date</source>
        <translation>发表日期</translation>
    </message>
    <message>
        <source>put under committee review</source>
        <translation>提交专家委员会评审</translation>
    </message>
    <message>
        <source>reconciled with the ledger</source>
        <translation>已与台账核对一致</translation>
    </message>
    <message>
        <source>recycle-bin entry</source>
        <translation>回收站条目</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>登记为不予批准</translation>
    </message>
    <message>
        <source>release batch</source>
        <translation>发布批次</translation>
    </message>
    <message>
        <source>release batch {row_batch} does not exist; create it first, or import into batch {row_batch}.</source>
        <translation>发布批次 {row_batch} 不存在；请先创建该批次，或导入到批次 {row_batch}。</translation>
    </message>
    <message>
        <source>remaining mass</source>
        <translation>剩余质量</translation>
    </message>
    <message>
        <source>requested sample</source>
        <translation>申请的样品</translation>
    </message>
    <message>
        <source>research team</source>
        <translation>研究团队</translation>
    </message>
    <message>
        <source>restored there after it was deleted here</source>
        <translation>本机已删除，对方又将其恢复</translation>
    </message>
    <message>
        <source>resubmitted</source>
        <translation>重新提交</translation>
    </message>
    <message>
        <source>result report</source>
        <translation>成果报告</translation>
    </message>
    <message>
        <source>return date</source>
        <translation>归还日期</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>归还</translation>
    </message>
    <message>
        <source>returned for fixes</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>review round</source>
        <translation>评审轮次</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>评审专家</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <source>same country</source>
        <translation>同一国家</translation>
    </message>
    <message>
        <source>same institution</source>
        <translation>同一单位</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>样品</translation>
    </message>
    <message>
        <source>sample {number} is also on row {first}; each sample may appear only once.</source>
        <translation>样品 {number} 也出现在第 {first} 行；每个样品只能出现一次。</translation>
    </message>
    <message>
        <source>sampling mode</source>
        <translation>采样方式</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;</source>
        <translation>工作表“{sheet}”</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>signature of the agreement</source>
        <translation>协议签署</translation>
    </message>
    <message>
        <source>since {when:%Y-%m-%d %H:%M}</source>
        <translation>自 {when:%Y-%m-%d %H:%M} 起</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>submitted to the Secretariat</source>
        <translation>提交秘书处</translation>
    </message>
    <message>
        <source>team lead</source>
        <translation>团队负责人</translation>
    </message>
    <message>
        <source>team member</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <source>the CSV file is malformed ({exc}).</source>
        <translation>CSV 文件格式错误（{exc}）。</translation>
    </message>
    <message>
        <source>the CSV file is malformed ({failure}).</source>
        <translation>CSV 文件格式有误（{failure}）。</translation>
    </message>
    <message>
        <source>the collection</source>
        <translation>领取</translation>
    </message>
    <message>
        <source>the committee&apos;s decision</source>
        <translation>专家委员会的决定</translation>
    </message>
    <message>
        <source>the day counted, {reported_on}, is in the future.</source>
        <translation>清点日期 {reported_on} 晚于今天。</translation>
    </message>
    <message>
        <source>the encrypted backup</source>
        <translation>加密备份</translation>
    </message>
    <message>
        <source>the encrypted backup {file_name}</source>
        <translation>加密备份 {file_name}</translation>
    </message>
    <message>
        <source>the expert committee must be reviewing it first</source>
        <translation>须先进入专家委员会评审</translation>
    </message>
    <message>
        <source>the file cannot be read ({value}).</source>
        <translation>无法读取该文件（{value}）。</translation>
    </message>
    <message>
        <source>the file carries no loan identification (its hidden sheet &apos;_loan&apos; is missing): export the inventory template from Lunar Desk and fill that file in.</source>
        <translation>该文件不含借用标识（缺少隐藏工作表“_loan”）：请从 Lunar Desk 导出盘点模板，并填写该模板文件。</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>该文件不存在。</translation>
    </message>
    <message>
        <source>the file part {name} is not named by its SHA-256.</source>
        <translation>文件部分 {name} 未以其 SHA-256 命名。</translation>
    </message>
    <message>
        <source>the file&apos;s text encoding is not UTF-8 or GB18030; save it from Excel as &apos;CSV UTF-8&apos; and import again.</source>
        <translation>该文件的文本编码不是 UTF-8 或 GB18030；请在 Excel 中另存为“CSV UTF-8”格式后重新导入。</translation>
    </message>
    <message>
        <source>the header &apos;{en}&apos; is missing or changed: the table&apos;s columns must stay as exported.</source>
        <translation>表头“{en}”缺失或已被更改：表格各列须保持导出时的原样。</translation>
    </message>
    <message>
        <source>the heading of {where}</source>
        <translation>{where}的标题</translation>
    </message>
    <message>
        <source>the inventory date of the template is missing.</source>
        <translation>模板中缺少盘点日期。</translation>
    </message>
    <message>
        <source>the inventory of {agreement_number} due {due} has not been received ({days} overdue)</source>
        <translation>{agreement_number} 应于 {due} 提交的盘点尚未收到（已逾期 {days}）</translation>
    </message>
    <message>
        <source>the lunar sample certificate must be issued before the samples are collected</source>
        <translation>须先签发月球样品证书，方可领取样品</translation>
    </message>
    <message>
        <source>the mission is {mission_code} but sample number {number} starts with {prefix}; check it.</source>
        <translation>任务为 {mission_code}，但样品编号 {number} 以 {prefix} 开头；请核对。</translation>
    </message>
    <message>
        <source>the obligations introduction</source>
        <translation>义务条款引言</translation>
    </message>
    <message>
        <source>the part {name} cannot be read (the file is damaged or was cut short: {exc}).</source>
        <translation>无法读取部分 {name}（文件已损坏或不完整：{exc}）。</translation>
    </message>
    <message>
        <source>the part {name} does not hold rows.</source>
        <translation>部分 {name} 不含数据行。</translation>
    </message>
    <message>
        <source>the part {name} does not match its SHA-256: the bundle was changed after it was written.</source>
        <translation>组成部分 {name} 与其 SHA-256 不符：数据包在写入后被更改过。</translation>
    </message>
    <message>
        <source>the part {name} has {size:,} bytes, the manifest says {get}: the bundle was changed or cut short.</source>
        <translation>部分 {name} 为 {size:,} 字节，而清单记载为 {get}：数据包已被修改或不完整。</translation>
    </message>
    <message>
        <source>the part {name} is missing (the bundle is incomplete).</source>
        <translation>缺少部分 {name}（数据包不完整）。</translation>
    </message>
    <message>
        <source>the part {name} is not readable JSON.</source>
        <translation>部分 {name} 不是可读取的 JSON。</translation>
    </message>
    <message>
        <source>the part {name} names no table.</source>
        <translation>组成部分 {name} 未指明数据表。</translation>
    </message>
    <message>
        <source>the preamble</source>
        <translation>序言</translation>
    </message>
    <message>
        <source>the row of item {position} ({sample_number}) is missing.</source>
        <translation>缺少第 {position} 项（{sample_number}）所在的行。</translation>
    </message>
    <message>
        <source>the row says batch {row_batch}, but the import is into batch {batch_number}.</source>
        <translation>该行填写的批次为 {row_batch}，但本次导入的批次为 {batch_number}。</translation>
    </message>
    <message>
        <source>the rows of {missing_tables} are missing from it.</source>
        <translation>其中缺少 {missing_tables} 的记录行。</translation>
    </message>
    <message>
        <source>the same Member State</source>
        <translation>同一成员国</translation>
    </message>
    <message>
        <source>the same institution</source>
        <translation>同一单位</translation>
    </message>
    <message>
        <source>the same number given to two different records</source>
        <translation>同一编号被分配给了两条不同的记录</translation>
    </message>
    <message>
        <source>the sheet &apos;{INVENTORY_SHEET}&apos; is missing.</source>
        <translation>缺少工作表“{INVENTORY_SHEET}”。</translation>
    </message>
    <message>
        <source>the signing paragraph</source>
        <translation>签署段落</translation>
    </message>
    <message>
        <source>the workbook has no sheet &apos;{sheet}&apos;; its sheets are: {items}.</source>
        <translation>工作簿中没有工作表“{sheet}”；现有工作表为：{items}。</translation>
    </message>
    <message>
        <source>the workbook is damaged and cannot be read ({detail}). Open it in Excel, save it again and import the new copy, or ask CLEP for the file again.</source>
        <translation>该工作簿已损坏，无法读取（{detail}）。请在 Excel 中打开并重新保存，然后导入新保存的副本；或请探月与航天工程中心重新提供该文件。</translation>
    </message>
    <message>
        <source>the {name} text of {where}</source>
        <translation>{where}的{name}文本</translation>
    </message>
    <message>
        <source>the {n} attached PDFs</source>
        <translation>所附的 {n} 个 PDF</translation>
    </message>
    <message>
        <source>there is no file {path}.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>this is not a readable Excel workbook ({exc}).</source>
        <translation>该文件不是可读取的 Excel 工作簿（{exc}）。</translation>
    </message>
    <message>
        <source>this is not an Excel workbook (.xlsx) Lunar Desk can read ({name__}).</source>
        <translation>这不是 Lunar Desk 可读取的 Excel 工作簿（.xlsx）（{name__}）。</translation>
    </message>
    <message>
        <source>this sheet is for loan {value}, not for {agreement_number}; import it on its own loan.</source>
        <translation>此工作表属于借用 {value}，而非 {agreement_number}；请在其对应的借用下导入。</translation>
    </message>
    <message>
        <source>title</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>training activity</source>
        <translation>培训活动</translation>
    </message>
    <message>
        <source>use class</source>
        <translation>用途类别</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>your {record} is a different record with the same number: one of the two gets the next free number</source>
        <translation>本机的{record}与之编号相同，但并非同一记录：两者之一将改用下一个可用编号</translation>
    </message>
    <message>
        <source>{agreement_number} cannot be closed until every lent item is accounted for:
{problems}</source>
        <translation>{agreement_number} 须待每个出借样品项均已核清后才能结束：
{problems}</translation>
    </message>
    <message>
        <source>{agreement_number} had to be signed by {signing_deadline}{provisional}, {SIGNING_WORKING_DAYS} Chinese working days after the decision of {decision_date}; a signature dated {signed_on} is too late, so the loan has lapsed. Release the reserved mass, or ask CLEP for a new decision.</source>
        <translation>{agreement_number} 应于 {signing_deadline}{provisional}前签署，即 {decision_date} 作出决定后的 {SIGNING_WORKING_DAYS} 个中国工作日内；签署日期 {signed_on} 已超过期限，因此该借用已失效。请释放预留质量，或请探月与航天工程中心重新作出决定。</translation>
    </message>
    <message>
        <source>{agreement_number} has not been collected yet: custody starts at collection.</source>
        <translation>{agreement_number} 尚未领取：保管自领取时开始。</translation>
    </message>
    <message>
        <source>{agreement_number} has open incidents ({listed}); close them before the loan.</source>
        <translation>{agreement_number} 有未结束的事件（{listed}）；请先结束这些事件，再结束借用。</translation>
    </message>
    <message>
        <source>{agreement_number} is already linked to &apos;{team_name}&apos;.</source>
        <translation>{agreement_number} 已关联到“{team_name}”。</translation>
    </message>
    <message>
        <source>{agreement_number} is {status_label!l}: &apos;{step_label}&apos; is possible only for a loan that is {statuses_text!l}.{options}</source>
        <translation>{agreement_number} 的状态为“{status_label!l}”：只有状态为{statuses_text!l}的借用才能执行“{step_label}”。{options}</translation>
    </message>
    <message>
        <source>{agreement_number} is {status_label!l}: its samples are not with the borrower, so there is nothing to recall.</source>
        <translation>{agreement_number} 的状态为“{status_label!l}”：其样品不在借用方处，因此无需召回。</translation>
    </message>
    <message>
        <source>{agreement_number} is {status_label!l}: only a loan whose samples are with the borrower owes an inventory.</source>
        <translation>{agreement_number} 状态为{status_label!l}：只有样品在借用方手中的借用才须提交盘点。</translation>
    </message>
    <message>
        <source>{agreement_number} is {status_label!l}; only an open loan changes hands.</source>
        <translation>{agreement_number} 的状态为“{status_label!l}”；只有未结束的借用才能移交。</translation>
    </message>
    <message>
        <source>{agreement_number} owes no inventory now.</source>
        <translation>{agreement_number} 目前无需提交盘点。</translation>
    </message>
    <message>
        <source>{agreement_number} was due back on {due} ({days} overdue)</source>
        <translation>{agreement_number} 应于 {due} 归还（已逾期 {days}）</translation>
    </message>
    <message>
        <source>{agreement_number}&apos;s signing deadline {signing_deadline} is provisional: the holiday arrangement of {years} is not entered yet. Enter it under {SETTINGS_PLACE} before releasing the reserved mass.</source>
        <translation>{agreement_number} 的签署期限 {signing_deadline} 为暂定：{years} 年的节假日安排尚未录入。释放预留质量前，请在 {SETTINGS_PLACE} 中录入。</translation>
    </message>
    <message>
        <source>{agreement_number}: every lent sample must be reserved for the loan when it is collected, but {wrong}.</source>
        <translation>{agreement_number}：每个出借的样品在领取时都必须已为该借用预留，但{wrong}。</translation>
    </message>
    <message>
        <source>{agreement_number}: {step_label!l} is not possible: {why}.</source>
        <translation>{agreement_number}：无法执行“{step_label!l}”：{why}。</translation>
    </message>
    <message>
        <source>{backup_file} is the live database itself; choose a backup file.</source>
        <translation>{backup_file} 是正在使用的数据库本身；请选择备份文件。</translation>
    </message>
    <message>
        <source>{change_label} cannot be deleted here: it is still used by {blocked}. Keep yours, or remove those first.</source>
        <translation>此处无法删除{change_label}：它仍被 {blocked} 使用。请保留您的版本，或先删除这些记录。</translation>
    </message>
    <message>
        <source>{change_label}: give the new number, or choose mine or theirs.</source>
        <translation>{change_label}：请填写新编号，或选择“我的”或“对方的”。</translation>
    </message>
    <message>
        <source>{change_label}: give the value for &apos;{field}&apos; or choose mine or theirs.</source>
        <translation>{change_label}：请填写“{field}”的值，或选择“我的”或“对方的”。</translation>
    </message>
    <message>
        <source>{count} conflicts are not decided yet ({names}): choose for each, or choose a rule. Nothing was imported.</source>
        <translation>有 {count} 项冲突尚未决定（{names}）：请逐项选择，或选择一条规则。未导入任何内容。</translation>
    </message>
    <message>
        <source>{day} is outside the years the calendar covers (2000–2100).</source>
        <translation>{day} 超出日历覆盖的年份范围（2000–2100）。</translation>
    </message>
    <message>
        <source>{day} {weekday}: counted — {reason}</source>
        <translation>{day} {weekday}：计入 — {reason}</translation>
    </message>
    <message>
        <source>{day} {weekday}: not counted — {reason}</source>
        <translation>{day} {weekday}：不计入——{reason}</translation>
    </message>
    <message>
        <source>{db_file} already exists; choose an empty folder for the demo database.</source>
        <translation>{db_file} 已存在；请为演示数据库选择一个空文件夹。</translation>
    </message>
    <message>
        <source>{db_file} is in use by another program (another Lunar Desk window, a backup or sync tool): close it and restore again. Nothing was changed.</source>
        <translation>{db_file} 正被其他程序使用（另一个 Lunar Desk 窗口、备份或同步工具）：请关闭该程序后重新恢复。未作任何更改。</translation>
    </message>
    <message>
        <source>{dst} is the file being read; choose another file to write.</source>
        <translation>{dst} 是正在读取的文件；请选择其他文件进行写入。</translation>
    </message>
    <message>
        <source>{due_on} is not an inventory date of {agreement_number} (open: {listed}).</source>
        <translation>{due_on} 不是 {agreement_number} 的盘点日期（待盘点日期：{listed}）。</translation>
    </message>
    <message>
        <source>{file} (decrypted)</source>
        <translation>{file}（解密后）</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first}和{last}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first}和{second}</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} 或 {second}</translation>
    </message>
    <message>
        <source>{folder} holds a Lunar Desk database already; use it as it is, or choose an empty folder.</source>
        <translation>{folder} 中已有 Lunar Desk 数据库；请直接使用它，或选择一个空文件夹。</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder.</source>
        <translation>{folder} 是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>{folder} is inside the data folder in use ({current}); choose a folder outside it.</source>
        <translation>{folder} 位于正在使用的数据文件夹（{current}）之内；请选择其外的文件夹。</translation>
    </message>
    <message>
        <source>{folder} is not a full folder path (e.g. D:\LunarDesk).</source>
        <translation>{folder} 不是完整的文件夹路径（例如 D:\LunarDesk）。</translation>
    </message>
    <message>
        <source>{folder} is on a network drive. Keep the records on this laptop&apos;s own disk: SQLite, which holds them, can be damaged when its file is shared over a network. For records several officers share, use the office server (Settings → Shared database…).</source>
        <translation>{folder} 位于网络驱动器上。请将记录保存在本机自己的磁盘上：存放记录的 SQLite 文件通过网络共享时可能损坏。多位经办人共用的记录请使用办公室服务器（设置 → 共享数据库…）。</translation>
    </message>
    <message>
        <source>{folder} is the data folder in use already.</source>
        <translation>{folder} 已是正在使用的数据文件夹。</translation>
    </message>
    <message>
        <source>{get} &apos;{e_label}&apos; is already back (it was restored or received from another laptop).</source>
        <translation>{get}“{e_label}”已恢复（已被还原，或已从另一台笔记本电脑接收）。</translation>
    </message>
    <message>
        <source>{holiday} (day off in exchange for working on {weekday} {day})</source>
        <translation>{holiday}（调休，{day} {weekday} 补班）</translation>
    </message>
    <message>
        <source>{holiday} (public holiday)</source>
        <translation>{holiday}（法定节假日）</translation>
    </message>
    <message>
        <source>{inst_name} is in {value}, not {state_name}.</source>
        <translation>{inst_name} 位于{value}，而非{state_name}。</translation>
    </message>
    <message>
        <source>{item}: returned {returned} + consumed {consumed} + lost {lost} = {accounted}; {missing} not yet accounted for</source>
        <translation>{item}：归还 {returned} + 消耗 {consumed} + 损失 {lost} = {accounted}；尚有 {missing} 未核清</translation>
    </message>
    <message>
        <source>{kind!l} of {occurred_on}</source>
        <translation>{occurred_on} 的{kind!l}</translation>
    </message>
    <message>
        <source>{kind}: {note}</source>
        <translation>{kind}：{note}</translation>
    </message>
    <message>
        <source>{label}, field &apos;{name}&apos;: &apos;{value}&apos; is not a valid value (expected {getattr}).</source>
        <translation>{label}，字段“{name}”：“{value}”不是有效值（应为 {getattr}）。</translation>
    </message>
    <message>
        <source>{label}, field &apos;{name}&apos;: at most {length} characters fit.</source>
        <translation>{label}，字段“{name}”：最多可容纳 {length} 个字符。</translation>
    </message>
    <message>
        <source>{mass_affected_ug} affected is more than the {total} lent under {agreement_number}.</source>
        <translation>受影响质量 {mass_affected_ug} 超过 {agreement_number} 项下出借的 {total}。</translation>
    </message>
    <message>
        <source>{masses} remaining + {masses_2} consumed is more than the {lent_ug} of {sample_number} lent.</source>
        <translation>剩余 {masses} + 消耗 {masses_2}，超过 {sample_number} 出借的 {lent_ug}。</translation>
    </message>
    <message>
        <source>{mass} in {pieces}</source>
        <translation>{mass}，{pieces} 块</translation>
    </message>
    <message>
        <source>{message}</source>
        <translation>{message}</translation>
    </message>
    <message>
        <source>{months} months later</source>
        <translation>{months} 个月后</translation>
    </message>
    <message>
        <source>{n:,} records</source>
        <translation>{n:,} 条记录</translation>
    </message>
    <message>
        <source>{names} on {reference}</source>
        <translation>{reference} 中的 {names}</translation>
    </message>
    <message>
        <source>{name} cannot be imported: {shown}. The bundle leaves out records it builds on (it was exported since a date this database had not caught up to, or records were deleted here). Ask for a bundle of everything (export without --since, or import the earlier bundles first). Nothing was written.</source>
        <translation>{name} 无法导入：{shown}。该数据包缺少其所依赖的记录（导出时指定的起始日期晚于本数据库已同步到的日期，或相关记录已在本机删除）。请索取包含全部内容的数据包（导出时不使用 --since），或先导入之前的数据包。未写入任何内容。</translation>
    </message>
    <message>
        <source>{name} has no readable text (a scan?): read it and confirm the acknowledgement by hand.</source>
        <translation>{name} 中没有可读取的文本（可能是扫描件）：请阅读该文件并人工确认致谢声明。</translation>
    </message>
    <message>
        <source>{name} is already in the list of Member States.</source>
        <translation>{name} 已在成员国列表中。</translation>
    </message>
    <message>
        <source>{name} is lent by mass; give no piece count.</source>
        <translation>{name} 按质量出借；请勿填写块数。</translation>
    </message>
    <message>
        <source>{name} is on the inventory twice; give one line per item.</source>
        <translation>{name} 在盘点中出现两次；每个项目只填一行。</translation>
    </message>
    <message>
        <source>{name} was exported from this database; importing it would change nothing.</source>
        <translation>{name} 是从本数据库导出的；导入不会产生任何变化。</translation>
    </message>
    <message>
        <source>{name}: the attachment file {sha}… does not match its SHA-256; the bundle changed after it was checked. Nothing was imported.</source>
        <translation>{name}：附件文件 {sha}… 与其 SHA-256 不符；数据包在校验后发生了变化。未导入任何数据。</translation>
    </message>
    <message>
        <source>{name}: the number of pieces returned is a whole number, zero or more.</source>
        <translation>{name}：归还块数须为大于或等于零的整数。</translation>
    </message>
    <message>
        <source>{name}: the state has more than {STATE_MAX} characters.</source>
        <translation>{name}：状态超过 {STATE_MAX} 个字符。</translation>
    </message>
    <message>
        <source>{name}: the stored file cannot be read ({reason}).</source>
        <translation>{name}：无法读取存储的文件（{reason}）。</translation>
    </message>
    <message>
        <source>{name}: the stored file has changed since it was attached (its SHA-256 no longer matches).</source>
        <translation>{name}：已存储的文件在附加后已被更改（其 SHA-256 不再相符）。</translation>
    </message>
    <message>
        <source>{name}: the stored file is missing from the data folder ({path}).</source>
        <translation>{name}：数据文件夹中缺少存储的文件（{path}）。</translation>
    </message>
    <message>
        <source>{name}: the {what} is a whole number of micrograms, zero or more.</source>
        <translation>{name}：{what}须为零或正整数微克。</translation>
    </message>
    <message>
        <source>{name}: {pieces} piece(s) lent, {value} returned so far; {pieces_2} more cannot come back.</source>
        <translation>{name}：出借 {pieces} 块，目前已归还 {value} 块；无法再归还 {pieces_2} 块。</translation>
    </message>
    <message>
        <source>{name}: {remaining} remaining + {consumed} consumed since the last inventory = {value}, more than the {lent_ug} lent.</source>
        <translation>{name}：剩余 {remaining} + 上次盘点以来消耗 {consumed} = {value}，超过出借的 {lent_ug}。</translation>
    </message>
    <message>
        <source>{name}: {remaining} reported remaining is more than the {lent_ug} lent.</source>
        <translation>{name}：报告的剩余 {remaining} 超过出借的 {lent_ug}。</translation>
    </message>
    <message>
        <source>{name}: {returned_ug} returned + {lost_ug} lost + {total_consumed} consumed (earlier inventories {consumed_inventories_ug} + {consumed} since) is more than was lent.</source>
        <translation>{name}：归还 {returned_ug} + 损失 {lost_ug} + 消耗 {total_consumed}（以往盘点 {consumed_inventories_ug} + 此后 {consumed}）超过出借量。</translation>
    </message>
    <message>
        <source>{name}: {returned_ug} returned, {consumed_ug} consumed and {lost_ug} lost so far; this return adds {r} returned, {c} consumed and {lo} lost, which would account for {after}: {value} more than was lent. At most {value_2} is still to be accounted for.</source>
        <translation>{name}：目前已归还 {returned_ug}、已消耗 {consumed_ug}、已损失 {lost_ug}；本次归还新增归还 {r}、消耗 {c}、损失 {lo}，合计将达 {after}，比出借质量多 {value}。尚待核清的质量最多为 {value_2}。</translation>
    </message>
    <message>
        <source>{note} (holiday, entered under {place})</source>
        <translation>{note}（节假日，录入于“{place}”）</translation>
    </message>
    <message>
        <source>{noun} {value}</source>
        <translation>{noun} {value}</translation>
    </message>
    <message>
        <source>{number} ({note})</source>
        <translation>{number}（{note}）</translation>
    </message>
    <message>
        <source>{number} ({note}; did you mean {suggestions}?)</source>
        <translation>{number}（{note}；您是否指 {suggestions}？）</translation>
    </message>
    <message>
        <source>{number}: consumed {consumed} + lost {lost} exceed its mass {mass}.</source>
        <translation>{number}：消耗 {consumed} + 损失 {lost}，超过其质量 {mass}。</translation>
    </message>
    <message>
        <source>{number}: mass {mass} but children {children} + consumed {consumed} + lost {lost} = {accounted}.</source>
        <translation>{number}：质量为 {mass}，但分样 {children} + 消耗 {consumed} + 损失 {lost} = {accounted}。</translation>
    </message>
    <message>
        <source>{n} Chinese working days counted from the day after {start} end on {weekday} {deadline}.</source>
        <translation>自 {start} 次日起计算的 {n} 个中国工作日截至 {deadline}（{weekday}）。</translation>
    </message>
    <message>
        <source>{n} active reviewer in all</source>
        <translation>共 {n} 名在职评审专家</translation>
    </message>
    <message>
        <source>{n} active reviewers in all</source>
        <translation>共 {n} 名在职评审专家</translation>
    </message>
    <message>
        <source>{n} are conflicted ({detail})</source>
        <translation>{n} 名存在利益冲突（{detail}）</translation>
    </message>
    <message>
        <source>{n} are inactive</source>
        <translation>{n} 名已停用</translation>
    </message>
    <message>
        <source>{n} attachment file</source>
        <translation>{n} 个附件文件</translation>
    </message>
    <message>
        <source>{n} attachment files</source>
        <translation>{n} 个附件文件</translation>
    </message>
    <message>
        <source>{n} cited numbers not in the linked loans: {numbers}.</source>
        <translation>{n} 个引用的编号不在关联的借用中：{numbers}。</translation>
    </message>
    <message>
        <source>{n} conflict</source>
        <translation>{n} 项冲突</translation>
    </message>
    <message>
        <source>{n} conflicts</source>
        <translation>冲突 {n} 条</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <source>{n} deleted</source>
        <translation>删除 {n} 条</translation>
    </message>
    <message>
        <source>{n} due soon</source>
        <translation>{n} 项即将到期</translation>
    </message>
    <message>
        <source>{n} is conflicted ({detail})</source>
        <translation>{n} 名存在利益冲突（{detail}）</translation>
    </message>
    <message>
        <source>{n} is inactive</source>
        <translation>{n} 名不在职</translation>
    </message>
    <message>
        <source>{n} new</source>
        <translation>新增 {n} 条</translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation>{n} 项逾期</translation>
    </message>
    <message>
        <source>{n} piece</source>
        <translation>{n} 块</translation>
    </message>
    <message>
        <source>{n} pieces</source>
        <translation>{n} 块</translation>
    </message>
    <message>
        <source>{n} record</source>
        <translation>{n} 条记录</translation>
    </message>
    <message>
        <source>{n} updated</source>
        <translation>更新 {n} 条</translation>
    </message>
    <message>
        <source>{n} {what}</source>
        <translation>{n} 条{what}记录</translation>
    </message>
    <message>
        <source>{n} {what}s</source>
        <translation>{n} 个{what}</translation>
    </message>
    <message>
        <source>{out} cannot be written: is it open in Excel or another program, or is the folder read-only? Close it, or choose another file name.</source>
        <translation>无法写入 {out}：该文件是否已在 Excel 或其他程序中打开，或文件夹为只读？请关闭该文件，或选择其他文件名。</translation>
    </message>
    <message>
        <source>{out} cannot be written: is it open in another program (a PDF reader, Excel), or is the folder read-only? Close it, or choose another file name.</source>
        <translation>无法写入 {out}：该文件是否已在其他程序（PDF 阅读器、Excel）中打开，或文件夹为只读？请关闭该文件，或选择其他文件名。</translation>
    </message>
    <message>
        <source>{out} cannot be written: {value}.</source>
        <translation>无法写入 {out}：{value}。</translation>
    </message>
    <message>
        <source>{parts}; {n} already up to date here</source>
        <translation>{parts}；{n} 条在本机已是最新</translation>
    </message>
    <message>
        <source>{path_name} cannot be imported: {reason} Nothing was written.</source>
        <translation>{path_name} 无法导入：{reason}未写入任何内容。</translation>
    </message>
    <message>
        <source>{path} cannot be attached: {value}.</source>
        <translation>无法添加附件 {path}：{value}。</translation>
    </message>
    <message>
        <source>{person_label} is already responsible for {agreement_number}.</source>
        <translation>{person_label} 已是 {agreement_number} 的责任人。</translation>
    </message>
    <message>
        <source>{person_label} is at {institution_name}, not at {institution_name_2}, the borrower of {agreement_number}: responsibility passes only to someone at the same institution. Start a recall instead.</source>
        <translation>{person_label} 所在单位为 {institution_name}，而非 {agreement_number} 的借用方 {institution_name_2}：责任只能移交给同一单位的人员。请改为发起召回。</translation>
    </message>
    <message>
        <source>{person_label} is {person_status_label!l}{when}; choose someone still at the institution.</source>
        <translation>{person_label} 的状态为“{person_status_label!l}”{when}；请选择仍在该单位的人员。</translation>
    </message>
    <message>
        <source>{person_name_latin} is already a member of &apos;{team_name}&apos;; record that they left before adding them again.</source>
        <translation>{person_name_latin} 已是“{team_name}”的成员；请先登记其离开，再重新添加。</translation>
    </message>
    <message>
        <source>{person_name_latin} is already a reviewer.</source>
        <translation>{person_name_latin} 已是评审专家。</translation>
    </message>
    <message>
        <source>{person_name_latin} is already on the team of {reference}.</source>
        <translation>{person_name_latin} 已是 {reference} 的团队成员。</translation>
    </message>
    <message>
        <source>{person_name_latin} is not on the team of {reference}; add them first.</source>
        <translation>{person_name_latin} 不在 {reference} 的团队中；请先添加该人员。</translation>
    </message>
    <message>
        <source>{person_name_latin} left &apos;{team_name}&apos; on {left_on}; a new membership cannot start before that ({start}).</source>
        <translation>{person_name_latin} 已于 {left_on} 离开“{team_name}”；新的成员关系不能早于该日期开始（{start}）。</translation>
    </message>
    <message>
        <source>{pieces:,} pieces is more than the catalogue can record; check the number.</source>
        <translation>{pieces:,} 块超出样品目录可记录的范围；请检查数字。</translation>
    </message>
    <message>
        <source>{prefix}&apos;{label}&apos; ({value}) is before &apos;{earlier_label}&apos; ({earlier}); the order is invited → joined → visit to China → left.</source>
        <translation>{prefix}“{label}”（{value}）早于“{earlier_label}”（{earlier}）；顺序应为：邀请 → 加入 → 访华 → 离开。</translation>
    </message>
    <message>
        <source>{prefix}give the first day of the visit to China as well as the last.</source>
        <translation>{prefix}已填写访华最后一天，请同时填写第一天。</translation>
    </message>
    <message>
        <source>{problems}.</source>
        <translation>{problems}。</translation>
    </message>
    <message>
        <source>{reason} ({holiday} break)</source>
        <translation>{reason}（{holiday}假期）</translation>
    </message>
    <message>
        <source>{records} ({since}) and {files} for {peer} in {file}</source>
        <translation>{file} 中包含发给 {peer} 的 {records}（{since}）和 {files}</translation>
    </message>
    <message>
        <source>{record} ({their_id}) refers to a {target} ({missing}) that is neither in the bundle nor in this database</source>
        <translation>{record}（{their_id}）引用的{target}（{missing}）既不在数据包中，也不在本数据库中</translation>
    </message>
    <message>
        <source>{reference} already has loan {agreement_number} ({status_label!l}); an application has one loan.</source>
        <translation>{reference} 已有借用 {agreement_number}（{status_label!l}）；一份申请只能对应一项借用。</translation>
    </message>
    <message>
        <source>{reference} cannot be forwarded to CLEP until the pre-check passes:
{lines}</source>
        <translation>{reference} 须通过预审后才能转交探月与航天工程中心：
{lines}</translation>
    </message>
    <message>
        <source>{reference} has no approved item with a reserved catalogue sample; a loan lends what the committee approved.</source>
        <translation>{reference} 没有已批准且已预留目录样品的申请项；借用只出借专家委员会批准的样品。</translation>
    </message>
    <message>
        <source>{reference} has no committee decision yet on every requested item; the letter follows the decision.</source>
        <translation>{reference} 尚未就每项申请样品作出专家委员会决定；须在决定作出后才能出具信函。</translation>
    </message>
    <message>
        <source>{reference} has no decision date; the signing deadline is counted from it.</source>
        <translation>{reference} 没有决定日期；签署期限须从该日期起算。</translation>
    </message>
    <message>
        <source>{reference} is already linked to &apos;{team_name}&apos;.</source>
        <translation>{reference} 已关联到“{team_name}”。</translation>
    </message>
    <message>
        <source>{reference} is already {status_label!l}; its review is over.</source>
        <translation>{reference} 的状态已为“{status_label!l}”；其评审已结束。</translation>
    </message>
    <message>
        <source>{reference} is not in review round &apos;{rnd_name}&apos;: it is {status_label!l}; a round reviews applications forwarded to CLEP.</source>
        <translation>{reference} 不在评审轮次“{rnd_name}”中：其状态为“{status_label!l}”；评审轮次只评审已转交探月与航天工程中心的申请。</translation>
    </message>
    <message>
        <source>{reference} is not in review round &apos;{rnd_name}&apos;: {where}, the round reviews batch {batch_number}.</source>
        <translation>{reference} 不在评审轮次“{rnd_name}”中：{where}，而该轮次评审的是第 {batch_number} 批。</translation>
    </message>
    <message>
        <source>{reference} is {status_label!l}, so it can no longer be {what}. Applications can be changed while a draft, when returned for fixes, or during the Secretariat&apos;s pre-check.</source>
        <translation>{reference} 状态为{status_label!l}，因此不能再{what}。申请仅在草稿状态、退回修改后或秘书处预审期间可以更改。</translation>
    </message>
    <message>
        <source>{reference} is {status_label!l}; a loan follows an approval (approved or partially approved).</source>
        <translation>{reference} 的状态为“{status_label!l}”；只有已批准（批准或部分批准）的申请才能创建借用。</translation>
    </message>
    <message>
        <source>{reference} is {status_label!l}; its decisions stand.</source>
        <translation>{reference} 的状态为“{status_label!l}”；其决定不再更改。</translation>
    </message>
    <message>
        <source>{reference} is {status_label!l}; the committee&apos;s decisions are recorded while an application is under committee review.</source>
        <translation>{reference} 的状态为“{status_label!l}”；专家委员会的决定须在申请处于专家委员会评审中时登记。</translation>
    </message>
    <message>
        <source>{reference} names people or institutions on hold:
{describe}
Forwarding it to CLEP needs an override with a reason.</source>
        <translation>{reference} 涉及处于暂停状态的人员或单位：
{describe}
转交探月与航天工程中心须作出例外决定并说明理由。</translation>
    </message>
    <message>
        <source>{reference} was decided on {decided_on}, after today ({today}).</source>
        <translation>{reference} 的决定日期为 {decided_on}，晚于今天（{today}）。</translation>
    </message>
    <message>
        <source>{reference}: item {items} undecided</source>
        <translation>{reference}：第 {items} 项未决定</translation>
    </message>
    <message>
        <source>{reference}: items {items} undecided</source>
        <translation>{reference}：第 {items} 项尚未决定</translation>
    </message>
    <message>
        <source>{reference}: no requested item to decide</source>
        <translation>{reference}：没有待决定的申请项目</translation>
    </message>
    <message>
        <source>{reference}: only {have} of {n} reviewers — {why}</source>
        <translation>{reference}：仅有 {have} 名评审专家（需 {n} 名）— {why}</translation>
    </message>
    <message>
        <source>{reference}: {refusal}</source>
        <translation>{reference}：{refusal}</translation>
    </message>
    <message>
        <source>{reported}/{reports} reported</source>
        <translation>已报告 {reported}/{reports}</translation>
    </message>
    <message>
        <source>{reviewer_name} is assigned to {reference}; unassign them before declaring the conflict.</source>
        <translation>{reviewer_name} 已被分配评审 {reference}；请先取消分配，再申报利益冲突。</translation>
    </message>
    <message>
        <source>{sample_number} has {pieces} piece(s); {pieces_2} cannot be requested from it.</source>
        <translation>{sample_number} 有 {pieces} 块；无法从中申请 {pieces_2} 块。</translation>
    </message>
    <message>
        <source>{sample_number} has {pieces} piece(s); {pieces_2} cannot be reserved from it.</source>
        <translation>{sample_number} 有 {pieces} 块；无法从中预留 {pieces_2} 块。</translation>
    </message>
    <message>
        <source>{sample_number} has {pieces} pieces: say how many of them the {mass_ug} reserved are.</source>
        <translation>{sample_number} 共 {pieces} 块：请说明预留的 {mass_ug} 是其中的几块。</translation>
    </message>
    <message>
        <source>{sample_number} holds {available}, but the parts ({sum}) plus split loss ({lost_ug}) come to {total}: a difference of {value}. The parts and loss must account for all of it.</source>
        <translation>{sample_number} 现存 {available}，但各分样（{sum}）加分样损耗（{lost_ug}）合计 {total}：相差 {value}。各分样与损耗之和必须与现存质量相符。</translation>
    </message>
    <message>
        <source>{sample_number} holds {held}; {mass_ug} cannot be requested from it.</source>
        <translation>{sample_number} 现存 {held}；无法从中申请 {mass_ug}。</translation>
    </message>
    <message>
        <source>{sample_number} holds {left}; {mass_ug} cannot be reserved from it ({value} more than it holds).</source>
        <translation>{sample_number} 现存 {left}；无法从中预留 {mass_ug}（比现存质量多 {value}）。</translation>
    </message>
    <message>
        <source>{sample_number} holds {left}; {value} cannot be consumed or lost from it.</source>
        <translation>{sample_number} 现存 {left}；无法从中消耗或损失 {value}。</translation>
    </message>
    <message>
        <source>{sample_number} holds {total} available{state}{reserved_note}; {mass_ug} cannot be approved for {what} ({value} more than it holds).</source>
        <translation>{sample_number} 可用质量为 {total}{state}{reserved_note}；无法为{what}批准 {mass_ug}（比现存质量多 {value}）。</translation>
    </message>
    <message>
        <source>{sample_number} is a permanently stored sample; only research and public-benefit samples are lent.</source>
        <translation>{sample_number} 为永久存储样品；只出借科研样品和公益样品。</translation>
    </message>
    <message>
        <source>{sample_number} is a single piece of {left}; it is reserved whole or not at all.</source>
        <translation>{sample_number} 为单块样品，质量 {left}；只能整块预留，不能部分预留。</translation>
    </message>
    <message>
        <source>{sample_number} is a split of {sample_number_2} ({mass_ug}). With {new_mass} its parent would account for {accounted} (children {value} + consumed {consumed_ug} + lost {lost_ug}), a difference of {value_2}.</source>
        <translation>{sample_number} 是 {sample_number_2}（{mass_ug}）的分样。若改为 {new_mass}，其母样的质量将合计为 {accounted}（分样 {value} + 消耗 {consumed_ug} + 损失 {lost_ug}），相差 {value_2}。</translation>
    </message>
    <message>
        <source>{sample_number} is not from the mission {what} asks for.</source>
        <translation>{sample_number} 不属于{what}所要求的任务。</translation>
    </message>
    <message>
        <source>{sample_number} is permanently stored and is never lent.</source>
        <translation>{sample_number} 为永久存储样品，不予出借。</translation>
    </message>
    <message>
        <source>{sample_number} is split: its mass must equal its children ({sum}) + consumed ({consumed_ug}) + lost ({lost_ug}) = {accounted}; {new_mass} would leave a difference of {value}.</source>
        <translation>{sample_number} 已分样：其质量必须等于各分样（{sum}）+ 消耗（{consumed_ug}）+ 损失（{lost_ug}）= {accounted}；若为 {new_mass}，将相差 {value}。</translation>
    </message>
    <message>
        <source>{sample_number} is split; record consumption on the part that was used.</source>
        <translation>{sample_number} 已分样；请在实际使用的分样上登记消耗。</translation>
    </message>
    <message>
        <source>{sample_number} is split; reserve mass from one of its parts.</source>
        <translation>{sample_number} 已分样；请从其中一个分样中预留质量。</translation>
    </message>
    <message>
        <source>{sample_number} is split; retire its parts instead.</source>
        <translation>{sample_number} 已分样；请改为注销其各分样。</translation>
    </message>
    <message>
        <source>{sample_number} is {STATUS_LABELS!l}, not reserved; there is no reservation to release.</source>
        <translation>{sample_number} 的状态为“{STATUS_LABELS!l}”，并非已预留；没有可释放的预留。</translation>
    </message>
    <message>
        <source>{sample_number} is {STATUS_LABELS!l}; only an available or reserved sample can be retired here (loans are closed on the Loans tab).</source>
        <translation>{sample_number} 的状态为“{STATUS_LABELS!l}”；此处只能注销可用或已预留的样品（借用请在“借用”选项卡中结束）。</translation>
    </message>
    <message>
        <source>{sample_number} is {STATUS_LABELS!l}; only an available sample can be reserved.</source>
        <translation>{sample_number} 状态为{STATUS_LABELS!l}；只能预留可用的样品。</translation>
    </message>
    <message>
        <source>{sample_number} is {STATUS_LABELS!l}; only an available sample can be split.</source>
        <translation>{sample_number} 的状态为“{STATUS_LABELS!l}”；只有可用样品才能分样。</translation>
    </message>
    <message>
        <source>{sample_number} is {get!l}, but {what} asks for {item_label}.</source>
        <translation>{sample_number} 为{get!l}，但{what}申请的是{item_label}。</translation>
    </message>
    <message>
        <source>{sample_number} is {state} and holds no mass that could be lent.</source>
        <translation>{sample_number} 的状态为“{state}”，没有可出借的质量。</translation>
    </message>
    <message>
        <source>{sample_number} is {status!l}</source>
        <translation>{sample_number} 状态为{status!l}</translation>
    </message>
    <message>
        <source>{sample_number} {problem}</source>
        <translation>{sample_number} {problem}</translation>
    </message>
    <message>
        <source>{sample_number}: {value} is already consumed or lost, so its mass cannot be {new_mass}.</source>
        <translation>{sample_number}：已有 {value} 被消耗或损失，因此其质量不能为 {new_mass}。</translation>
    </message>
    <message>
        <source>{source_name} is not a PDF: attach the paper (or patent, thesis, report) as a PDF file.</source>
        <translation>{source_name} 不是 PDF：请以 PDF 文件形式附上论文（或专利、学位论文、报告）。</translation>
    </message>
    <message>
        <source>{src_name} is not a file encrypted by Lunar Desk.</source>
        <translation>{src_name} 不是由 Lunar Desk 加密的文件。</translation>
    </message>
    <message>
        <source>{src_name} was encrypted by a newer Lunar Desk; update Lunar Desk to open it.</source>
        <translation>{src_name} 由更新版本的 Lunar Desk 加密；请更新 Lunar Desk 后再打开。</translation>
    </message>
    <message>
        <source>{statuses!l} or {last!l}</source>
        <translation>{statuses!l}或{last!l}</translation>
    </message>
    <message>
        <source>{step!l}</source>
        <translation>{step!l}</translation>
    </message>
    <message>
        <source>{subject}: {detail}</source>
        <translation>{subject}：{detail}</translation>
    </message>
    <message>
        <source>{ug} is more than the {lent_ug} of {sample_number} lent.</source>
        <translation>{ug} 超过 {sample_number} 的出借量 {lent_ug}。</translation>
    </message>
    <message>
        <source>{weekday} {day} is a make-up working day</source>
        <translation>{day}（{weekday}）为调休上班日</translation>
    </message>
    <message>
        <source>{weekday} {day} is a make-up working day ({holiday})</source>
        <translation>{day} {weekday} 为调休上班日（{holiday}）</translation>
    </message>
    <message>
        <source>{weekday} {day} is a make-up working day ({note}, entered under {place})</source>
        <translation>{day}（{weekday}）为调休上班日（{note}，录入于 {place}）</translation>
    </message>
    <message>
        <source>{weekday} {day} is a working day ({note}, entered under {place})</source>
        <translation>{day}（{weekday}）为工作日（{note}，录入于 {place}）</translation>
    </message>
    <message>
        <source>{what} asks for no mass or pieces; give the approved mass.</source>
        <translation>{what} 未申请任何质量或块数；请填写批准质量。</translation>
    </message>
    <message>
        <source>{what} asks for {item_label}: choose the catalogue sample to lend.</source>
        <translation>{what}申请的是{item_label}：请选择要出借的目录样品。</translation>
    </message>
    <message>
        <source>{what} asks for {requested}; the committee cannot approve more ({mass}).</source>
        <translation>{what}申请了 {requested}；专家委员会批准的数量不能超过申请数量（{mass}）。</translation>
    </message>
    <message>
        <source>{what} asks for {requested}; the committee cannot approve more ({pieces} pieces).</source>
        <translation>{what}申请 {requested}；专家委员会不能批准更多（{pieces} 块）。</translation>
    </message>
    <message>
        <source>{what} cannot be {phrase}: {requirement}. It is closed: no further steps.</source>
        <translation>{what}不能{phrase}：{requirement}。该申请已结束，无后续步骤。</translation>
    </message>
    <message>
        <source>{what} cannot be {phrase}: {requirement}. Possible next steps: {steps}.</source>
        <translation>{what}不能{phrase}：{requirement}。可执行的后续步骤：{steps}。</translation>
    </message>
    <message>
        <source>{where}: the {what} mass is a whole number of micrograms, zero or more.</source>
        <translation>{where}：{what}质量须为不小于零的整数（以微克计）。</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}：{problem}</translation>
    </message>
    <message>
        <source>{who} already has certificate {certificate_number}.</source>
        <translation>{who} 已有证书 {certificate_number}。</translation>
    </message>
    <message>
        <source>{who} applies together with {links}.</source>
        <translation>{who} 与 {links} 共同申请。</translation>
    </message>
    <message>
        <source>{who} cannot review {reference}: conflict of interest ({describe})</source>
        <translation>{who} 不能评审 {reference}：存在利益冲突（{describe}）</translation>
    </message>
    <message>
        <source>{who} declared a conflict with {reference}</source>
        <translation>{who} 已申报与 {reference} 存在利益冲突</translation>
    </message>
    <message>
        <source>{who} has entered {count} score(s) for {reference}; unassigning would delete them. Confirm that the scores go too.</source>
        <translation>{who} 已为 {reference} 录入 {count} 个评分；取消分配将删除这些评分。请确认一并删除评分。</translation>
    </message>
    <message>
        <source>{who} is already a participant of &apos;{activity_title}&apos;; nothing was added.</source>
        <translation>{who} 已是“{activity_title}”的参加人员；未添加任何人员。</translation>
    </message>
    <message>
        <source>{who} is already assigned to {reference}.</source>
        <translation>{who} 已被分配评审 {reference}。</translation>
    </message>
    <message>
        <source>{who} is from {state}, as is the applicant.</source>
        <translation>{who} 与申请人同样来自{state}。</translation>
    </message>
    <message>
        <source>{who} is listed twice (participants {seen} and {n}); nothing was added.</source>
        <translation>{who} 被列入两次（参加人员 {seen} 和 {n}）；未添加任何内容。</translation>
    </message>
    <message>
        <source>{who} is not an active reviewer; make them active first.</source>
        <translation>{who} 不是在职的评审专家；请先将其设为在职。</translation>
    </message>
    <message>
        <source>{who} is not marked as having attended; a participation certificate goes only to those who attended.</source>
        <translation>{who} 未被标记为已出席；参加证书只颁发给出席者。</translation>
    </message>
    <message>
        <source>{who} is on the team of {reference}.</source>
        <translation>{who} 是 {reference} 的团队成员。</translation>
    </message>
    <message>
        <source>{who} is the principal investigator of {reference}.</source>
        <translation>{who} 是 {reference} 的项目负责人。</translation>
    </message>
    <message>
        <source>{who} received certificate {certificate_number}: they attended.</source>
        <translation>{who} 已获证书 {certificate_number}：其已参加。</translation>
    </message>
    <message>
        <source>{who} received certificate {certificate_number}; a certified participant stays on the list.</source>
        <translation>{who} 已获得证书 {certificate_number}；已获证书的参加人员须保留在名单中。</translation>
    </message>
    <message>
        <source>{who} works at {institution}, as do team members {names}.</source>
        <translation>{who} 与团队成员 {names} 同在{institution}工作。</translation>
    </message>
    <message>
        <source>{who} works at {institution}, as does team member {names}.</source>
        <translation>{who} 与团队成员 {names} 同在 {institution} 工作。</translation>
    </message>
    <message>
        <source>{who} works at {institution}, the applicant institution, as do team members {names}.</source>
        <translation>{who} 在申请单位 {institution} 工作，团队成员 {names} 也在该单位工作。</translation>
    </message>
    <message>
        <source>{who} works at {institution}, the applicant institution, as does team member {names}.</source>
        <translation>{who} 就职于申请单位 {institution}，团队成员 {names} 也在该单位。</translation>
    </message>
    <message>
        <source>{who} works at {institution}, the applicant institution.</source>
        <translation>{who} 在申请单位{institution}工作。</translation>
    </message>
    <message>
        <source>{who}: </source>
        <translation>{who}：</translation>
    </message>
    <message>
        <source>“{result_title}” is linked to no loan, so there is no responsible person to remind: link the loan whose samples it used first.</source>
        <translation>“{result_title}”未关联任何借用，因此没有可提醒的负责人：请先关联其所用样品对应的借用。</translation>
    </message>
    <message>
        <source>“{title}” ({agreement}), published {published}, was to be reported to CLEP by {due}: {days} overdue.</source>
        <translation>“{title}”（{agreement}）于 {published} 发表，应在 {due} 前报告探月与航天工程中心：已逾期 {days}。</translation>
    </message>
    <message>
        <source>• {hold}</source>
        <translation>• {hold}</translation>
    </message>
    <message>
        <source>• {label}: {detail}</source>
        <translation>• {label}：{detail}</translation>
    </message>
    <message>
        <source>• {problem}</source>
        <translation>• {problem}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>milligrams (mg)</source>
        <translation>毫克 (mg)</translation>
    </message>
    <message>
        <source>grams (g)</source>
        <translation>克 (g)</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Mass &amp;unit:</source>
        <translation>质量单位(&amp;U)：</translation>
    </message>
    <message>
        <source>One address per line, e.g. Name &lt;name@example.org&gt;</source>
        <translation>每行一个地址，例如：姓名 &lt;name@example.org&gt;</translation>
    </message>
    <message>
        <source>Email to CLEP</source>
        <translation>发送给探月与航天工程中心的邮件</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>收件人(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>抄送(&amp;C)：</translation>
    </message>
    <message>
        <source>Backups and data</source>
        <translation>备份与数据</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>份每日备份</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>份每周备份</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>份每月备份</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>保留(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>更改(&amp;H)…</translation>
    </message>
    <message>
        <source>The demo database and a shared server database stay where they are.</source>
        <translation>演示数据库和共享服务器数据库不能移动。</translation>
    </message>
    <message>
        <source>Copy the records to another folder (another drive, an encrypted volume) and work there from now on</source>
        <translation>将记录复制到另一个文件夹（另一个驱动器、加密卷）并从此在该处工作</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>E&amp;xchange key…</source>
        <translation>交换密钥(&amp;X)…</translation>
    </message>
    <message>
        <source>Shared &amp;database…</source>
        <translation>共享数据库(&amp;D)…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Lunar Desk will use {language} the next time it starts.</source>
        <translation>Lunar Desk 将在下次启动时使用{language}界面。</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <source>Shared database</source>
        <translation>共享数据库</translation>
    </message>
    <message>
        <source>Officers in the office can work on one PostgreSQL database on the office server. Enter its address; Lunar Desk uses it from the next start. Laptops that were offline bring their changes with Export changes… and Import changes… in the File menu.</source>
        <translation>办公室的经办人可以共同使用办公室服务器上的一个 PostgreSQL 数据库。请输入其地址；Lunar Desk 将从下次启动起使用该数据库。离线使用过的笔记本电脑可通过“文件”菜单中的“导出更改…”和“导入更改…”同步其更改。</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Now using: {where}</source>
        <translation>当前使用：{where}</translation>
    </message>
    <message>
        <source>A password in the address is stored in this user&apos;s settings; a pgpass file on the laptop keeps it out of them.</source>
        <translation>地址中的密码会保存在本用户的设置中；在笔记本电脑上使用 pgpass 文件可避免这样保存。</translation>
    </message>
    <message>
        <source>Use this laptop&apos;s own database</source>
        <translation>使用本机数据库</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>The test failed: {error}</source>
        <translation>测试失败：{error}</translation>
    </message>
    <message>
        <source>Lunar Desk will use {where} the next time it starts.</source>
        <translation>Lunar Desk 将在下次启动时使用 {where}。</translation>
    </message>
    <message>
        <source>Lunar Desk will use this laptop&apos;s own database the next time it starts.</source>
        <translation>Lunar Desk 将在下次启动时使用本机数据库。</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split {number}</source>
        <translation>分样 {number}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt; holds &lt;b&gt;{mass}&lt;/b&gt;. The parts and any split loss must account for all of it.</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; 现存 &lt;b&gt;{mass}&lt;/b&gt;。各分样与分样损耗之和必须与之相符。</translation>
    </message>
    <message>
        <source>Sample number</source>
        <translation>样品编号</translation>
    </message>
    <message>
        <source>Mass ({unit})</source>
        <translation>质量（{unit}）</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>块数</translation>
    </message>
    <message>
        <source>Type e.g. &apos;12.5 mg&apos; or &apos;0.8 g&apos;; a bare number is in {unit}</source>
        <translation>输入例如“12.5 mg”或“0.8 g”；未带单位的数字按 {unit} 计</translation>
    </message>
    <message>
        <source>Add &amp;part</source>
        <translation>添加分样(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Remove part</source>
        <translation>删除分样(&amp;R)</translation>
    </message>
    <message>
        <source>e.g. prepared for loan to …</source>
        <translation>例如：为出借给……而制备</translation>
    </message>
    <message>
        <source>&amp;Split</source>
        <translation>分样(&amp;S)</translation>
    </message>
    <message>
        <source>Split &amp;loss:</source>
        <translation>分样损耗(&amp;L)：</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>原因(&amp;E)：</translation>
    </message>
    <message>
        <source>Part {n}, mass: {error}</source>
        <translation>第 {n} 份分样，质量：{error}</translation>
    </message>
    <message>
        <source>Part {n}, pieces: &apos;{text}&apos; is not a whole number.</source>
        <translation>第 {n} 份分样，块数：“{text}”不是整数。</translation>
    </message>
    <message>
        <source>Split loss: {error}</source>
        <translation>分样损耗：{error}</translation>
    </message>
    <message>
        <source>Still unaccounted for: {mass}. Part {parts} has no mass yet.</source>
        <translation>尚有 {mass} 未分配。第 {parts} 份分样尚未填写质量。</translation>
    </message>
    <message>
        <source>Balanced: the parts and loss account for all the mass.</source>
        <translation>已平衡：各分样与损耗之和等于全部质量。</translation>
    </message>
    <message>
        <source>Still unaccounted for: {mass}.</source>
        <translation>尚有 {mass} 未分配。</translation>
    </message>
    <message>
        <source>Too much: the parts and loss exceed what the sample holds by {mass}.</source>
        <translation>超出：各分样与损耗之和比样品现存质量多 {mass}。</translation>
    </message>
</context>
<context>
    <name>StewardshipPanel</name>
    <message>
        <source>Sample / date</source>
        <translation>样品 / 日期</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>移交类型</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>保管人</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Record movement…</source>
        <translation>登记移交…</translation>
    </message>
    <message>
        <source>Inventory due / sample</source>
        <translation>盘点到期 / 样品</translation>
    </message>
    <message>
        <source>Counted on / remaining</source>
        <translation>盘点日期 / 剩余</translation>
    </message>
    <message>
        <source>Consumed since</source>
        <translation>期间消耗</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预计</translation>
    </message>
    <message>
        <source>Result / state</source>
        <translation>结果 / 状况</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Record inventory…</source>
        <translation>登记盘点…</translation>
    </message>
    <message>
        <source>Export template…</source>
        <translation>导出模板…</translation>
    </message>
    <message>
        <source>Import filled sheet…</source>
        <translation>导入已填写的表格…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Transfer responsibility…</source>
        <translation>移交责任…</translation>
    </message>
    <message>
        <source>Pass responsibility for the loan to another person at the borrowing institution</source>
        <translation>将该借用的责任移交给借用单位的另一人员</translation>
    </message>
    <message>
        <source>Recall…</source>
        <translation>召回…</translation>
    </message>
    <message>
        <source>Ask for the samples back before the due date; the loan stays open until they return</source>
        <translation>在到期日前要求归还样品；样品归还前该借用保持未结束状态</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>保管</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>STALE: no entry since {day}</source>
        <translation>已过期：自 {day} 起无记录</translation>
    </message>
    <message>
        <source>OVERDUE: the inventory due {days} has not been received.</source>
        <translation>已逾期：应于 {days} 提交的盘点尚未收到。</translation>
    </message>
    <message>
        <source>Next inventory due {day}.</source>
        <translation>下次盘点应于 {day} 提交。</translation>
    </message>
    <message>
        <source>No inventory is owed: the samples are not with the borrower.</source>
        <translation>无需盘点：样品不在借用方手中。</translation>
    </message>
    <message>
        <source>discrepancy: incident opened</source>
        <translation>数量不符：已登记事件</translation>
    </message>
    <message>
        <source>reconciled</source>
        <translation>已核对一致</translation>
    </message>
    <message>
        <source>difference {mass}</source>
        <translation>相差 {mass}</translation>
    </message>
    <message>
        <source>Save the inventory template</source>
        <translation>保存盘点模板</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
        <source>Template written: {path}</source>
        <translation>模板已写入：{path}</translation>
    </message>
    <message>
        <source>Writing the inventory template…</source>
        <translation>正在写入盘点模板…</translation>
    </message>
    <message>
        <source>Import the filled inventory sheet</source>
        <translation>导入已填写的盘点表</translation>
    </message>
    <message>
        <source>Reading the inventory sheet…</source>
        <translation>正在读取盘点表…</translation>
    </message>
</context>
<context>
    <name>StewardshipSettingsDialog</name>
    <message>
        <source>Stewardship settings</source>
        <translation>样品监管设置</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Flag custody silent for:</source>
        <translation>保管记录多久无更新即标记：</translation>
    </message>
    <message>
        <source>Yearly inventory day (MM-DD):</source>
        <translation>年度盘点日（月-日）：</translation>
    </message>
    <message>
        <source>A recall is due back after:</source>
        <translation>召回样品的归还期限：</translation>
    </message>
</context>
<context>
    <name>StewardshipTab</name>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Stale-custody period, yearly inventory day, recall period</source>
        <translation>保管记录过期期限、年度盘点日、召回期限</translation>
    </message>
    <message>
        <source>Person / loan / sample</source>
        <translation>人员 / 借用 / 样品</translation>
    </message>
    <message>
        <source>Institution / role / held by</source>
        <translation>单位 / 角色 / 保管人</translation>
    </message>
    <message>
        <source>Status / place</source>
        <translation>状态 / 地点</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>项目数</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Record departure…</source>
        <translation>登记离任…</translation>
    </message>
    <message>
        <source>The person retired, moved or died: their loans then need a transfer or a recall (Loans tab)</source>
        <translation>该人员已退休、调离或去世：其借用须移交责任或召回（借用页）</translation>
    </message>
    <message>
        <source>Person or institution</source>
        <translation>人员或单位</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Who / why</source>
        <translation>对象 / 原因</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Inventory due</source>
        <translation>盘点到期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状况</translation>
    </message>
    <message>
        <source>Export template…</source>
        <translation>导出模板…</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>样品</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>保管人</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Last entry</source>
        <translation>最近记录</translation>
    </message>
    <message>
        <source>Months silent</source>
        <translation>无记录月数</translation>
    </message>
    <message>
        <source>Nobody holds lunar samples now</source>
        <translation>目前无人持有月球样品</translation>
    </message>
    <message>
        <source>The people responsible for a loan, and those with custody of its samples, are listed here once the samples are collected (Loans tab → Record collection), until every milligram is returned or accounted for.</source>
        <translation>样品领取后（“借用”选项卡 → 登记领取），借用责任人和样品保管人将在此列出，直至每一毫克样品均已归还或有明确去向。</translation>
    </message>
    <message>
        <source>Nobody is on hold</source>
        <translation>目前无暂停对象</translation>
    </message>
    <message>
        <source>A person or institution goes on hold while a loan they answer for is overdue, its yearly inventory is late, or a result was not reported to CLEP in time. Forwarding their applications then needs a reason.</source>
        <translation>当个人或单位负责的借用逾期未还、年度盘点逾期，或成果未按时报送探月与航天工程中心时，该个人或单位即被暂停。此后转交其申请须填写理由。</translation>
    </message>
    <message>
        <source>No inventories due</source>
        <translation>暂无待提交的盘点</translation>
    </message>
    <message>
        <source>Every collected loan owes an inventory on the programme&apos;s inventory day (Settings… above) each year while it holds mass; the loans that owe one are listed here.</source>
        <translation>已领取且仍持有样品的借用，每年须在项目盘点日（见上方“设置…”）提交盘点；应提交盘点的借用将在此列出。</translation>
    </message>
    <message>
        <source>No silent custody logs</source>
        <translation>暂无过期的保管记录</translation>
    </message>
    <message>
        <source>Samples on loan whose custody log has had no entry for the stale-custody period (Settings… above) are listed here, so that the holder can be asked where they are.</source>
        <translation>保管记录在保管记录过期期限（见上方“设置…”）内没有新条目的借出样品将在此列出，以便向持有人核实样品所在位置。</translation>
    </message>
    <message>
        <source>People who hold samples</source>
        <translation>持有样品的人员</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Inventories due</source>
        <translation>待提交的盘点</translation>
    </message>
    <message>
        <source>Stale custody</source>
        <translation>保管记录过期</translation>
    </message>
    <message>
        <source>Holding samples: {people} people ({mass} in all) · on hold: {holds} · inventories overdue: {late} · items with custody silent {months} months or more: {stale}</source>
        <translation>持有样品：{people} 人（共 {mass}） · 暂停：{holds} · 盘点逾期：{late} · 保管记录 {months} 个月或更久无更新的样品：{stale}</translation>
    </message>
    <message>
        <source>Holds ({n})</source>
        <translation>暂停（{n}）</translation>
    </message>
    <message>
        <source>transfer or recall the loan</source>
        <translation>须移交责任或召回借用</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>custody</source>
        <translation>保管</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>overdue by {n} days</source>
        <translation>逾期 {n} 天</translation>
    </message>
    <message>
        <source>due in {n} days</source>
        <translation>{n} 天后到期</translation>
    </message>
    <message>
        <source>Stale custody ({n})</source>
        <translation>保管记录过期（{n}）</translation>
    </message>
    <message>
        <source>Save the inventory template</source>
        <translation>保存盘点模板</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
        <source>Template written: {path}</source>
        <translation>模板已写入：{path}</translation>
    </message>
    <message>
        <source>Writing the inventory template…</source>
        <translation>正在写入盘点模板…</translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message>
        <source>Delete research team</source>
        <translation>删除研究团队</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>删除成员</translation>
    </message>
    <message>
        <source>Delete the research team &apos;{name}&apos; with its memberships?</source>
        <translation>确定删除研究团队“{name}”及其成员关系吗？</translation>
    </message>
    <message>
        <source>Research team &apos;{name}&apos;</source>
        <translation>研究团队“{name}”</translation>
    </message>
    <message>
        <source>Remove {name} from the team &apos;{team}&apos;?</source>
        <translation>确定将 {name} 从团队“{team}”中删除吗？</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The membership of {name}</source>
        <translation>{name} 的成员关系</translation>
    </message>
    <message>
        <source>Link an application</source>
        <translation>关联申请</translation>
    </message>
    <message>
        <source>Link a loan</source>
        <translation>关联借用</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>申请：</translation>
    </message>
    <message>
        <source>Loan:</source>
        <translation>借用：</translation>
    </message>
    <message>
        <source>The link to {what}</source>
        <translation>与 {what} 的关联</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>No particular round</source>
        <translation>不限评审轮次</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>尚未选择</translation>
    </message>
    <message>
        <source>from</source>
        <translation>自</translation>
    </message>
    <message>
        <source>until</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Review &amp;round:</source>
        <translation>评审轮次(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>负责人(&amp;L)：</translation>
    </message>
    <message>
        <source>Lead is a:</source>
        <translation>负责人身份：</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>TeamDialogs</name>
    <message>
        <source>New research team</source>
        <translation>新建研究团队</translation>
    </message>
    <message>
        <source>Edit research team</source>
        <translation>编辑研究团队</translation>
    </message>
    <message>
        <source>Add team member</source>
        <translation>添加团队成员</translation>
    </message>
    <message>
        <source>Edit team member</source>
        <translation>编辑团队成员</translation>
    </message>
</context>
<context>
    <name>TeamsPage</name>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>&amp;New team…</source>
        <translation>新建团队(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Member State</source>
        <translation>成员国</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>邀请日期</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Visit to China</source>
        <translation>访华</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离队日期</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>Search team, topic or lead (Ctrl+F)</source>
        <translation>搜索团队、主题或负责人（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>添加成员(&amp;A)…</translation>
    </message>
    <message>
        <source>Edit &amp;member…</source>
        <translation>编辑成员(&amp;M)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve member</source>
        <translation>删除成员(&amp;V)</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>已关联</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title or purpose</source>
        <translation>题目或用途</translation>
    </message>
    <message>
        <source>Link application…</source>
        <translation>关联申请…</translation>
    </message>
    <message>
        <source>Link loan…</source>
        <translation>关联借用…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <source>Remove the link between the team and the selected application or loan</source>
        <translation>取消团队与所选申请或借用之间的关联</translation>
    </message>
    <message>
        <source>Select a member to see their participation in every team.</source>
        <translation>选择一名成员以查看其在各团队中的参与情况。</translation>
    </message>
    <message>
        <source>Applications and loans</source>
        <translation>申请与借用</translation>
    </message>
    <message>
        <source>Participation history</source>
        <translation>参与历史</translation>
    </message>
    <message>
        <source>No research teams yet</source>
        <translation>尚无研究团队</translation>
    </message>
    <message>
        <source>Joint research teams formed by CLEP&apos;s expert committee are recorded here: their lead, the Member-State experts with their institution and role, invitations, visits to China and departures.</source>
        <translation>此处记录由探月与航天工程中心专家委员会组建的联合研究团队：团队负责人、成员国专家及其单位和角色、邀请、访华及离队情况。</translation>
    </message>
    <message>
        <source>Record a research team…</source>
        <translation>登记研究团队…</translation>
    </message>
    <message>
        <source>lead: {name}</source>
        <translation>负责人：{name}</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>借用</translation>
    </message>
    <message>
        <source>Participation of {name}</source>
        <translation>{name} 的参与情况</translation>
    </message>
</context>
<context>
    <name>TrainingActions</name>
    <message>
        <source>Delete training activity</source>
        <translation>删除培训活动</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>删除参加人员</translation>
    </message>
    <message>
        <source>Delete the training activity &apos;{title}&apos; with its participants?</source>
        <translation>确定删除培训活动“{title}”及其参加人员吗？</translation>
    </message>
    <message>
        <source>Training activity &apos;{title}&apos;</source>
        <translation>培训活动“{title}”</translation>
    </message>
    <message>
        <source>Remove {name} from the participants of &apos;{title}&apos;?</source>
        <translation>确定将 {name} 从“{title}”的参加人员中删除吗？</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Participant {name}</source>
        <translation>参加人员 {name}</translation>
    </message>
    <message>
        <source>Issue certificates</source>
        <translation>签发证书</translation>
    </message>
    <message>
        <source>Date of issue:</source>
        <translation>签发日期：</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>已写入：{path}</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>正在写入 PDF…</translation>
    </message>
    <message>
        <source>Training material</source>
        <translation>培训材料</translation>
    </message>
    <message>
        <source>Remove material</source>
        <translation>删除材料</translation>
    </message>
    <message>
        <source>Remove {name} from the materials of &apos;{title}&apos;?</source>
        <translation>确定从“{title}”的材料中删除 {name} 吗？</translation>
    </message>
</context>
<context>
    <name>TrainingDialogs</name>
    <message>
        <source>New training activity</source>
        <translation>新建培训活动</translation>
    </message>
    <message>
        <source>Edit training activity</source>
        <translation>编辑培训活动</translation>
    </message>
    <message>
        <source>Add participants</source>
        <translation>添加参加人员</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Activity</source>
        <translation>活动内容</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Certificates &amp;PDF…</source>
        <translation>证书 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>&amp;New activity…</source>
        <translation>新建活动(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Member State</source>
        <translation>成员国</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>已出席</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <source>&amp;Add participants…</source>
        <translation>添加参加人员(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>Issue &amp;certificates…</source>
        <translation>签发证书(&amp;C)…</translation>
    </message>
    <message>
        <source>Give a certificate to every participant who attended and has none yet</source>
        <translation>为所有已出席且尚无证书的参加人员签发证书</translation>
    </message>
    <message>
        <source>Attendance &amp;list PDF…</source>
        <translation>签到表 PDF(&amp;L)…</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>A&amp;ttach material…</source>
        <translation>附加材料(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Remove material</source>
        <translation>删除材料</translation>
    </message>
    <message>
        <source>This activity</source>
        <translation>本次活动</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>全部活动</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Per Member State</source>
        <translation>按成员国</translation>
    </message>
    <message>
        <source>No training activities yet</source>
        <translation>尚无培训活动</translation>
    </message>
    <message>
        <source>Training on apparatus and data analysis, workshops and online courses organised with CLEP are recorded here, with participants, attendance, certificates and materials.</source>
        <translation>此处记录与探月与航天工程中心合作举办的仪器培训、数据分析培训、研讨会和在线课程，包括参加人员、出席情况、证书和材料。</translation>
    </message>
    <message>
        <source>Record a training activity…</source>
        <translation>登记培训活动…</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer responsibility: {agreement}</source>
        <translation>移交责任：{agreement}</translation>
    </message>
    <message>
        <source>Responsibility for {agreement} passes from {person} to someone at {institution}.</source>
        <translation>{agreement} 的责任由 {person} 移交给 {institution} 的另一人员。</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>&amp;New responsible person:</source>
        <translation>新责任人(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Nobody else active at the borrowing institution is in the list of people; add them first, or start a recall.</source>
        <translation>人员列表中没有借用单位的其他在职人员；请先添加，或开始召回。</translation>
    </message>
</context>
<context>
    <name>_ReasonDialog</name>
    <message>
        <source>The date is in the future.</source>
        <translation>该日期晚于今天。</translation>
    </message>
    <message>
        <source>Give the reason; it is kept in the loan&apos;s history.</source>
        <translation>请填写理由；理由将记入该借用的历史记录。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>the data folder {folder} is not available</source>
        <translation>数据文件夹 {folder} 不可用</translation>
    </message>
    <message>
        <source>Preparing the demo database…</source>
        <translation>正在准备演示数据库…</translation>
    </message>
    <message>
        <source>Preparing the demo database (first start only)…</source>
        <translation>正在准备演示数据库（仅首次启动）…</translation>
    </message>
    <message>
        <source>Database upgraded from schema {version}; backup kept at {backup}</source>
        <translation>数据库已从结构版本 {version} 升级；备份保存在 {backup}</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>恢复备份…</translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation>打开备份文件夹</translation>
    </message>
</context>
<context>
    <name>confirm</name>
    <message>
        <source>It goes to the recycle bin: File → Recycle bin… puts it back.</source>
        <translation>删除的内容将移至回收站，可通过“文件 → 回收站…”恢复。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>{what} moved to the recycle bin (File → Recycle bin… puts it back).</source>
        <translation>{what} 已移至回收站（可通过“文件 → 回收站…”恢复）。</translation>
    </message>
</context>
</TS>
