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
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
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
        <source>&amp;Save form</source>
        <translation>保存表单(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
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
        <source>Make &amp;PI</source>
        <translation>设为负责人(&amp;P)</translation>
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
        <source>Remove {name} from the team?</source>
        <translation>确定将 {name} 从团队中删除吗？</translation>
    </message>
    <message>
        <source>CV of {name}</source>
        <translation>{name} 的简历</translation>
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
        <source>Remove this attachment from the application?</source>
        <translation>确定从申请中删除此附件吗？</translation>
    </message>
    <message>
        <source>Remove method</source>
        <translation>删除研究方法</translation>
    </message>
    <message>
        <source>Remove this method?</source>
        <translation>确定删除此研究方法吗？</translation>
    </message>
    <message>
        <source>Remove requested sample</source>
        <translation>删除申请样品</translation>
    </message>
    <message>
        <source>Remove this requested sample?</source>
        <translation>确定删除此申请样品吗？</translation>
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
        <source>&amp;Record type:</source>
        <translation>记录类型(&amp;R)：</translation>
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
        <source>&amp;Retire…</source>
        <translation>注销(&amp;R)…</translation>
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
        <source>Click a bar to open the matching list</source>
        <translation>点击柱形可打开对应列表</translation>
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
        <source>Take &amp;theirs</source>
        <translation>采用对方的(&amp;T)</translation>
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
        <source>Last 12 months</source>
        <extracomment>the tables whose changes alter a chart</extracomment>
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
        <source>&amp;Since:</source>
        <translation>起始日期(&amp;S)：</translation>
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
        <source>&amp;Add files…</source>
        <translation>添加文件(&amp;A)…</translation>
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
        <source>The bundle (.zip) from another laptop or the office server</source>
        <translation>来自其他笔记本电脑或办公室服务器的数据包（.zip）</translation>
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
        <source>Exchange bundles (*.zip)</source>
        <translation>交换数据包 (*.zip)</translation>
    </message>
    <message>
        <source>Choose the bundle to import.</source>
        <translation>请选择要导入的数据包。</translation>
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
        <source>Every lent milligram must be returned, consumed or lost.</source>
        <translation>出借的每一毫克样品都必须已归还、已消耗或已损失。</translation>
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
        <source>&amp;Catalogue</source>
        <translation>样品目录(&amp;C)</translation>
    </message>
    <message>
        <source>Opening the catalogue…</source>
        <translation>正在打开样品目录…</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>申请(&amp;A)</translation>
    </message>
    <message>
        <source>Opening applications…</source>
        <translation>正在打开申请…</translation>
    </message>
    <message>
        <source>Committee &amp;Review</source>
        <translation>专家委员会评审(&amp;R)</translation>
    </message>
    <message>
        <source>Opening the committee review…</source>
        <translation>正在打开专家委员会评审…</translation>
    </message>
    <message>
        <source>&amp;Loans</source>
        <translation>借用(&amp;L)</translation>
    </message>
    <message>
        <source>Opening loans…</source>
        <translation>正在打开借用…</translation>
    </message>
    <message>
        <source>Resul&amp;ts</source>
        <translation>成果(&amp;T)</translation>
    </message>
    <message>
        <source>Opening results…</source>
        <translation>正在打开成果…</translation>
    </message>
    <message>
        <source>Teams &amp;&amp; Trai&amp;ning</source>
        <translation>研究团队与培训(&amp;N)</translation>
    </message>
    <message>
        <source>Opening research teams and training…</source>
        <translation>正在打开研究团队与培训…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>概览(&amp;D)</translation>
    </message>
    <message>
        <source>Opening the dashboard…</source>
        <translation>正在打开概览…</translation>
    </message>
    <message>
        <source>Ste&amp;wardship</source>
        <translation>样品监管(&amp;W)</translation>
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
        <source>Records removed from applications and reviews, and restoring them</source>
        <translation>从申请和评审中删除的记录及其恢复</translation>
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
        <source>Score &amp;scale: 1 to</source>
        <translation>评分范围：1 至(&amp;S)</translation>
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
        <source>Team members, methods, requested samples, attachments and review assignments that were removed. Restoring puts a record back exactly as it was, with anything removed together with it.</source>
        <translation>已删除的团队成员、研究方法、申请样品、附件和评审分配。恢复后记录将完全回到删除前的状态，连同与其一起删除的内容。</translation>
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
        <source>Remove {name} from this result report? It goes to the recycle bin.</source>
        <translation>确定从此成果报告中删除 {name} 吗？该文件将移至回收站。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
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
        <source>Move “{title}” to the recycle bin? It can be restored from there.</source>
        <translation>确定将“{title}”移至回收站吗？之后可从回收站恢复。</translation>
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
        <source>&amp;Retire as:</source>
        <translation>注销为(&amp;R)：</translation>
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
        <source>&amp;Start review</source>
        <translation>开始评审(&amp;S)</translation>
    </message>
    <message>
        <source>Put the batch&apos;s forwarded applications under committee review</source>
        <translation>将该批次已转交的申请提交专家委员会评审</translation>
    </message>
    <message>
        <source>&amp;Detect conflicts</source>
        <translation>检查利益冲突(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Auto-assign</source>
        <translation>自动分配(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;lose round</source>
        <translation>结束评审轮次(&amp;L)</translation>
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
        <source>Assign &amp;reviewer…</source>
        <translation>分配评审专家(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>取消分配(&amp;U)</translation>
    </message>
    <message>
        <source>Declare &amp;conflict…</source>
        <translation>申报利益冲突(&amp;C)…</translation>
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
        <source>(no recommendation)</source>
        <translation>（无建议）</translation>
    </message>
    <message>
        <source>Decision &amp;letter PDF…</source>
        <translation>决定函 PDF(&amp;L)…</translation>
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
        <source>Close the round? Every application under review moves to its decided state, and scores and decisions can no longer change.</source>
        <translation>确定结束本评审轮次吗？所有评审中的申请将转为相应的决定状态，评分和评审决定将不能再更改。</translation>
    </message>
    <message>
        <source>Unassign reviewer</source>
        <translation>取消评审分配</translation>
    </message>
    <message>
        <source>Remove this reviewer from the application?</source>
        <translation>确定取消该评审专家对此申请的评审分配吗？</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>取消分配</translation>
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
        <source>Activate / &amp;deactivate</source>
        <translation>启用 / 停用(&amp;D)</translation>
    </message>
    <message>
        <source>Save &amp;expertise</source>
        <translation>保存专业领域(&amp;E)</translation>
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
        <source>Apparatus training</source>
        <translation>仪器培训</translation>
    </message>
    <message>
        <source>Applicant institution</source>
        <translation>申请单位</translation>
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
        <source>Approved, reduced</source>
        <translation>批准（核减）</translation>
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
        <source>Audience size</source>
        <translation>观众人数</translation>
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
        <source>Batch / 批次</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Borrower&apos;s sheet</source>
        <translation>借用方清单</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>简历</translation>
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
        <source>Cannot use the loan agreement template</source>
        <translation>无法使用借用协议模板</translation>
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
        <source>Close loan</source>
        <translation>结束借用</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
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
        <source>Collected</source>
        <translation>已领取</translation>
    </message>
    <message>
        <source>Committee review started</source>
        <translation>开始专家委员会评审</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>符合要求</translation>
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
        <source>Consumed</source>
        <translation>已消耗</translation>
    </message>
    <message>
        <source>Contamination</source>
        <translation>污染</translation>
    </message>
    <message>
        <source>Custody movement</source>
        <translation>保管变动</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>损坏</translation>
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
        <source>Deceased</source>
        <translation>已故</translation>
    </message>
    <message>
        <source>Declared conflict</source>
        <translation>已申报的利益冲突</translation>
    </message>
    <message>
        <source>Destructive methods justified</source>
        <translation>破坏性方法已说明理由</translation>
    </message>
    <message>
        <source>Display arrangements</source>
        <translation>展示安排</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Drilled</source>
        <translation>钻取</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Efficient use of sample mass</source>
        <translation>样品质量使用效率</translation>
    </message>
    <message>
        <source>Exchange bundle refused</source>
        <translation>交换数据包被拒绝</translation>
    </message>
    <message>
        <source>Expected results</source>
        <translation>预期成果</translation>
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
        <source>Foreign expert</source>
        <translation>外方专家</translation>
    </message>
    <message>
        <source>Forward to CLEP</source>
        <translation>转交探月与航天工程中心</translation>
    </message>
    <message>
        <source>Forwarded to CLEP</source>
        <translation>已转交探月与航天工程中心</translation>
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
        <source>Inventory discrepancy</source>
        <translation>盘点数量不符</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>已邀请</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>签发证书</translation>
    </message>
    <message>
        <source>Journal paper</source>
        <translation>期刊论文</translation>
    </message>
    <message>
        <source>Justification of every item</source>
        <translation>每项申请均已说明理由</translation>
    </message>
    <message>
        <source>Lab photo</source>
        <translation>实验室照片</translation>
    </message>
    <message>
        <source>Laboratory facilities</source>
        <translation>实验室条件</translation>
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
        <source>Left</source>
        <translation>已离开</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>已列入</translation>
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
        <source>Mark lapsed</source>
        <translation>标记为失效</translation>
    </message>
    <message>
        <source>Mass / 质量</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Mass ledger would not balance</source>
        <translation>质量台账将无法平衡</translation>
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
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Member State</source>
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
        <source>Mission / 任务</source>
        <translation>任务</translation>
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
        <source>No delinquency hold</source>
        <translation>无违规暂停</translation>
    </message>
    <message>
        <source>Not compliant</source>
        <translation>不符合要求</translation>
    </message>
    <message>
        <source>Notes / 备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>研究目标</translation>
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
        <source>Other</source>
        <translation>其他</translation>
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
        <source>Package cancelled</source>
        <translation>材料包已取消</translation>
    </message>
    <message>
        <source>Partially approved</source>
        <translation>部分批准</translation>
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
        <source>Permanent backup</source>
        <translation>永久备份存储</translation>
    </message>
    <message>
        <source>Permanently stored</source>
        <translation>永久存储</translation>
    </message>
    <message>
        <source>Pieces / 块数</source>
        <translation>块数</translation>
    </message>
    <message>
        <source>Please check the value</source>
        <translation>请检查填写的内容</translation>
    </message>
    <message>
        <source>Powder</source>
        <translation>粉末</translation>
    </message>
    <message>
        <source>Principal investigator</source>
        <translation>项目负责人</translation>
    </message>
    <message>
        <source>Problem in the file</source>
        <translation>文件中存在问题</translation>
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
        <source>Received at the laboratory</source>
        <translation>已送达实验室</translation>
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
        <source>Release reserved mass</source>
        <translation>释放预留质量</translation>
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
        <source>Resubmit after fixes</source>
        <translation>修改后重新提交</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>已重新提交</translation>
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
        <source>Return for fixes</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已归还</translation>
    </message>
    <message>
        <source>Returned for fixes</source>
        <translation>已退回修改</translation>
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
        <source>Rock chip</source>
        <translation>岩屑</translation>
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
        <source>Sampling mode / 采样方式</source>
        <translation>采样方式</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>进度安排</translation>
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
        <source>Sent back by CLEP</source>
        <translation>探月与航天工程中心退回</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>已分样</translation>
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
        <source>Submitted to Secretariat</source>
        <translation>已提交秘书处</translation>
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
        <source>Thesis</source>
        <translation>学位论文</translation>
    </message>
    <message>
        <source>Thin section</source>
        <translation>薄片</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>题目</translation>
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
        <source>Use / 用途</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地点</translation>
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
        <source>co-applicant</source>
        <translation>共同申请人</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>本人申报</translation>
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
        <source>team member</source>
        <translation>团队成员</translation>
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
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>Start with --data-dir FOLDER to use another folder.</source>
        <translation>如需使用其他文件夹，请在启动时加上参数 --data-dir 文件夹路径。</translation>
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
        <source>Recall…</source>
        <translation>召回…</translation>
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
        <source>Move &apos;{name}&apos; and its memberships to the recycle bin?</source>
        <translation>确定将“{name}”及其成员关系移至回收站吗？</translation>
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
        <source>Remove {name} from the team? The membership goes to the recycle bin.</source>
        <translation>确定将 {name} 从团队中删除吗？该成员关系将移至回收站。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
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
        <source>Search team, topic or lead</source>
        <translation>搜索团队、主题或负责人</translation>
    </message>
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
        <source>Move &apos;{title}&apos; with its participants to the recycle bin?</source>
        <translation>确定将“{title}”连同其参加人员移至回收站吗？</translation>
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
        <source>Remove {name} from the participants?</source>
        <translation>确定将 {name} 从参加人员中删除吗？</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
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
        <source>Attendance &amp;list PDF…</source>
        <translation>签到表 PDF(&amp;L)…</translation>
    </message>
    <message>
        <source>Certificates PD&amp;F…</source>
        <translation>证书 PDF(&amp;F)…</translation>
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
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
</TS>
