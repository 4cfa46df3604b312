<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>Highlight &amp;Yellow</source>
        <translation>黄色高亮(&amp;Y)</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Highlight the selection in yellow</source>
        <translation>用黄色高亮所选文字</translation>
    </message>
    <message>
        <source>Highlight &amp;Green</source>
        <translation>绿色高亮(&amp;G)</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Highlight the selection in green</source>
        <translation>用绿色高亮所选文字</translation>
    </message>
    <message>
        <source>Highlight &amp;Blue</source>
        <translation>蓝色高亮(&amp;B)</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Highlight the selection in blue</source>
        <translation>用蓝色高亮所选文字</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <source>Highlight the selection in pink</source>
        <translation>用粉色高亮所选文字</translation>
    </message>
    <message>
        <source>Highlight Pin&amp;k</source>
        <translation>粉色高亮(&amp;K)</translation>
    </message>
    <message>
        <source>Highlight Purp&amp;le</source>
        <translation>紫色高亮(&amp;L)</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <source>Highlight the selection in purple</source>
        <translation>用紫色高亮所选文字</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>添加批注(&amp;N)…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>复制所选文字</translation>
    </message>
    <message>
        <source>Copy with C&amp;itation</source>
        <translation>复制并注明出处(&amp;I)</translation>
    </message>
    <message>
        <source>Cite</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Copy the selected text with the speech&apos;s title, speaker and date</source>
        <translation>复制所选文字，并附上讲话的标题、讲话人和日期</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move the highlight or note under the cursor to the trash</source>
        <translation>将光标处的高亮或批注移到回收站</translation>
    </message>
    <message>
        <source>&amp;Accept This Place</source>
        <translation>确认此位置(&amp;A)</translation>
    </message>
    <message>
        <source>Accept Place</source>
        <translation>确认位置</translation>
    </message>
    <message>
        <source>Keep the highlight or note where it was found after its text changed, as if it had been made there</source>
        <translation>将高亮或批注留在原文改动后找到它的位置，如同当初就标在这里</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Make the text larger</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Make the text smaller</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <source>Actual Si&amp;ze</source>
        <translation>实际大小(&amp;Z)</translation>
    </message>
    <message>
        <source>Full-&amp;width Punctuation</source>
        <translation>全角标点(&amp;W)</translation>
    </message>
    <message>
        <source>Show Latin punctuation in Chinese text as full-width (%1)</source>
        <translation>将中文里的半角标点显示为全角（%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation>编辑批注(&amp;N)…</translation>
    </message>
    <message>
        <source>Write a note on the selection or on the clicked highlight</source>
        <translation>为所选文字写批注，或编辑所点高亮的批注</translation>
    </message>
    <message>
        <source>&amp;Move to Trash</source>
        <translation>移到回收站(&amp;M)</translation>
    </message>
    <message>
        <source>Show the text at its default size</source>
        <translation>以默认字号显示文字</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark text on a white page</source>
        <translation>白底黑字</translation>
    </message>
    <message>
        <source>&amp;Sepia</source>
        <translation>护眼(&amp;S)</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>护眼</translation>
    </message>
    <message>
        <source>Brown text on a warm paper page</source>
        <translation>暖色纸张背景，棕色文字</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Light text on a dark page</source>
        <translation>深色背景，浅色文字</translation>
    </message>
    <message>
        <source>Full-width</source>
        <translation>全角标点</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import speeches from text, Word, WPS, PDF, Markdown or web page files</source>
        <translation>从文本、Word、WPS、PDF、Markdown 或网页文件导入讲话</translation>
    </message>
    <message>
        <source>Import &amp;Annotations…</source>
        <translation>导入批注(&amp;A)…</translation>
    </message>
    <message>
        <source>Restore or merge highlights and notes from a JSON export (W3C)</source>
        <translation>从导出的 JSON 文件（W3C）恢复或合并高亮和批注</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export highlights and notes, annotated text or outlines to Word, PDF, Markdown, HTML, CSV or JSON</source>
        <translation>将高亮和批注、批注全文或提纲导出为 Word、PDF、Markdown、HTML、CSV 或 JSON</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>回收站(&amp;T)…</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>See deleted highlights and collections, and restore them</source>
        <translation>查看并还原已删除的高亮和文集</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close Pizhu (everything is already saved)</source>
        <translation>退出批注 Pizhu（所有内容均已保存）</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>撤销上一次修改</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Redo the last undone change</source>
        <translation>重做刚才撤销的修改</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>Language, theme, text size and custom dictionary</source>
        <translation>语言、主题、字号和自定义词典</translation>
    </message>
    <message>
        <source>Li&amp;brary</source>
        <translation>文库(&amp;B)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Speech</source>
        <translation>上一篇(&amp;V)</translation>
    </message>
    <message>
        <source>Show or hide the library pane</source>
        <translation>显示或隐藏文库面板</translation>
    </message>
    <message>
        <source>Add &amp;Sample Collection</source>
        <translation>添加示例文集(&amp;S)</translation>
    </message>
    <message>
        <source>Add Sample Collection</source>
        <translation>添加示例文集</translation>
    </message>
    <message>
        <source>Import the sample speeches that come with Pizhu into the library again</source>
        <translation>把批注 Pizhu 自带的示例讲话重新导入文库</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the speech, with its highlights and notes or as plain text</source>
        <translation>打印这篇讲话，可带高亮和批注，也可只印正文</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>See the pages as they will be printed</source>
        <translation>预览打印效果</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Save a checked copy of the whole library to a file of your choice</source>
        <translation>将整个文库的校验副本保存到您选择的文件</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Replace the library with one of its backups (the current file is kept)</source>
        <translation>用文库的某个备份替换当前文库（当前文件会保留）</translation>
    </message>
    <message>
        <source>&amp;Check Library</source>
        <translation>检查文库(&amp;C)</translation>
    </message>
    <message>
        <source>Check the library file for damage (nothing is changed)</source>
        <translation>检查文库文件是否损坏（不做任何修改）</translation>
    </message>
    <message>
        <source>Show in &amp;File Manager</source>
        <translation>在文件管理器中显示(&amp;F)</translation>
    </message>
    <message>
        <source>Open the folder that holds the library file and its backups</source>
        <translation>打开存放文库文件及其备份的文件夹</translation>
    </message>
    <message>
        <source>Select S&amp;entence</source>
        <translation>选中整句(&amp;E)</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>整句</translation>
    </message>
    <message>
        <source>Select the whole sentence at the cursor, or widen the selection to whole sentences (Ctrl+click selects the sentence under the pointer)</source>
        <translation>选中光标处的整句，或把所选文字扩展为整句（按住 Ctrl 单击可选中鼠标所指的句子）</translation>
    </message>
    <message>
        <source>Manage &amp;Tags…</source>
        <translation>管理标签(&amp;T)…</translation>
    </message>
    <message>
        <source>Rename, merge or delete tags across every annotation</source>
        <translation>在所有批注中重命名、合并或删除标签</translation>
    </message>
    <message>
        <source>&amp;Annotations</source>
        <translation>批注(&amp;A)</translation>
    </message>
    <message>
        <source>Show or hide the annotations pane</source>
        <translation>显示或隐藏批注面板</translation>
    </message>
    <message>
        <source>Toolba&amp;r</source>
        <translation>工具栏(&amp;R)</translation>
    </message>
    <message>
        <source>Show or hide the toolbar</source>
        <translation>显示或隐藏工具栏</translation>
    </message>
    <message>
        <source>By &amp;Date</source>
        <translation>按日期(&amp;D)</translation>
    </message>
    <message>
        <source>List the library&apos;s collections by their earliest dated speech</source>
        <translation>按各文集中最早一篇讲话的日期排列文库</translation>
    </message>
    <message>
        <source>By &amp;Title</source>
        <translation>按标题(&amp;T)</translation>
    </message>
    <message>
        <source>List the library&apos;s collections by title</source>
        <translation>按标题排列文库中的文集</translation>
    </message>
    <message>
        <source>As &amp;Imported</source>
        <translation>按导入顺序(&amp;I)</translation>
    </message>
    <message>
        <source>List the library&apos;s collections in the order they were imported</source>
        <translation>按导入的先后排列文库中的文集</translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>下一面板(&amp;X)</translation>
    </message>
    <message>
        <source>Move the focus to the next pane: library, page, search, annotations</source>
        <translation>把键盘焦点移到下一个面板：文库、正文、搜索、批注</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>上一面板(&amp;V)</translation>
    </message>
    <message>
        <source>Move the focus to the previous pane</source>
        <translation>把键盘焦点移到上一个面板</translation>
    </message>
    <message>
        <source>&amp;Next Section</source>
        <translation>下一章节(&amp;N)</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>下一章节</translation>
    </message>
    <message>
        <source>Go to the next heading of the speech</source>
        <translation>转到讲话的下一个标题</translation>
    </message>
    <message>
        <source>&amp;Previous Section</source>
        <translation>上一章节(&amp;P)</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>上一章节</translation>
    </message>
    <message>
        <source>Go to the start of this section, or the one before</source>
        <translation>转到本章节开头，或上一章节</translation>
    </message>
    <message>
        <source>Next &amp;Speech</source>
        <translation>下一篇(&amp;S)</translation>
    </message>
    <message>
        <source>Open the next speech in the library</source>
        <translation>打开文库中的下一篇讲话</translation>
    </message>
    <message>
        <source>Open the previous speech in the library</source>
        <translation>打开文库中的上一篇讲话</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Return to where you were before the jump</source>
        <translation>回到跳转之前的位置</translation>
    </message>
    <message>
        <source>&amp;Filter Library</source>
        <translation>筛选文库(&amp;F)</translation>
    </message>
    <message>
        <source>Type to show only matching titles</source>
        <translation>输入文字，只显示标题相符的条目</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>入门指南(&amp;G)</translation>
    </message>
    <message>
        <source>How to import, highlight, write notes, search and export</source>
        <translation>如何导入、高亮、写批注、搜索和导出</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>List every command and its keys</source>
        <translation>列出所有命令及其快捷键</translation>
    </message>
    <message>
        <source>&amp;About Pizhu</source>
        <translation>关于批注 Pizhu(&amp;A)</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>版本与许可</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Give the collection or speech your own title</source>
        <translation>为文集或讲话另起标题</translation>
    </message>
    <message>
        <source>&amp;Delete Collection</source>
        <translation>删除文集(&amp;D)</translation>
    </message>
    <message>
        <source>Move the collection, with its highlights and notes, to the trash</source>
        <translation>将文集连同其中的高亮和批注移到回收站</translation>
    </message>
    <message>
        <source>Re-&amp;import</source>
        <translation>重新导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import the collection&apos;s file again, keeping highlights on their words</source>
        <translation>重新导入文集的文件；高亮会跟随原文找到新位置</translation>
    </message>
    <message>
        <source>Import Re&amp;port</source>
        <translation>导入报告(&amp;P)</translation>
    </message>
    <message>
        <source>Show what the last import of this collection did</source>
        <translation>查看此文集上次导入的结果</translation>
    </message>
    <message>
        <source>&amp;Find in Speech…</source>
        <translation>在本篇中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Find words in the speech being read</source>
        <translation>在正在阅读的讲话中查找字词</translation>
    </message>
    <message>
        <source>Find Ne&amp;xt</source>
        <translation>查找下一个(&amp;X)</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>转到下一处查找结果</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>转到上一处查找结果</translation>
    </message>
    <message>
        <source>&amp;Search Library…</source>
        <translation>全库搜索(&amp;S)…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search every speech and note in the library for exact words</source>
        <translation>在文库的所有讲话和批注中精确搜索字词</translation>
    </message>
    <message>
        <source>&amp;Terms</source>
        <translation>词语(&amp;T)</translation>
    </message>
    <message>
        <source>Show or hide the keywords and formulations (提法) of the speech</source>
        <translation>显示或隐藏本篇的关键词和提法</translation>
    </message>
    <message>
        <source>C&amp;oncordance…</source>
        <translation>上下文索引(&amp;O)…</translation>
    </message>
    <message>
        <source>Show every occurrence of the selected words in the library, in context</source>
        <translation>显示所选字词在全库中的每一处出现及其上下文</translation>
    </message>
    <message>
        <source>Co&amp;mpare With…</source>
        <translation>与另一篇对照(&amp;M)…</translation>
    </message>
    <message>
        <source>Compare this speech with another, side by side: what wording changed</source>
        <translation>把这篇讲话与另一篇并排对照，看措辞改了哪些</translation>
    </message>
</context>
<context>
    <name>AddTagDialog</name>
    <message>
        <source>Add Tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>&amp;Tag for the annotations chosen (%1):</source>
        <translation>给选中的 %1 条批注加上标签(&amp;T)：</translation>
    </message>
    <message>
        <source>Type a tag or choose one</source>
        <translation>输入或选择一个标签</translation>
    </message>
</context>
<context>
    <name>AnnotationActions</name>
    <message>
        <source>&amp;Go to Passage</source>
        <translation>跳转到原文(&amp;G)</translation>
    </message>
    <message>
        <source>Edit this annotation&apos;s note</source>
        <translation>编辑这条批注的内容</translation>
    </message>
    <message>
        <source>&amp;Copy Passage</source>
        <translation>复制摘录(&amp;C)</translation>
    </message>
    <message>
        <source>Copy with C&amp;itation</source>
        <translation>复制并注明出处(&amp;I)</translation>
    </message>
    <message>
        <source>Copy each passage in quotation marks, with its speech&apos;s speaker, title and date</source>
        <translation>复制每段摘录，加引号并注明讲话人、标题和日期</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>添加标签(&amp;T)…</translation>
    </message>
    <message>
        <source>Give one tag to every annotation chosen</source>
        <translation>给选中的每条批注加上同一个标签</translation>
    </message>
    <message>
        <source>&amp;Reattach to Selection</source>
        <translation>重新关联到所选文字(&amp;R)</translation>
    </message>
    <message>
        <source>Attach this annotation to the text selected in the reader</source>
        <translation>将这条批注关联到阅读区中选中的文字</translation>
    </message>
    <message>
        <source>&amp;Accept This Place</source>
        <translation>确认此位置(&amp;A)</translation>
    </message>
    <message>
        <source>Keep each annotation where it was found after its text changed</source>
        <translation>将每条批注留在原文改动后找到它的位置</translation>
    </message>
    <message>
        <source>&amp;Move to Trash</source>
        <translation>移到回收站(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Yellow</source>
        <translation>黄色(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Green</source>
        <translation>绿色(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Blue</source>
        <translation>蓝色(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Pink</source>
        <translation>粉色(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;urple</source>
        <translation>紫色(&amp;U)</translation>
    </message>
    <message>
        <source>Highlight Co&amp;lour</source>
        <translation>高亮颜色(&amp;L)</translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation>编辑批注(&amp;N)…</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>添加批注(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>AnnotationDelegate</name>
    <message>
        <source>Note on the whole speech</source>
        <translation>全文批注</translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <source>Note</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Write a note (Markdown). It is saved as you type.</source>
        <translation>在此写批注（支持 Markdown），输入时自动保存</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>标签，多个标签用逗号分隔</translation>
    </message>
    <message>
        <source>Tags, separated by commas; Enter saves them</source>
        <translation>标签，多个标签用逗号分隔；按 Enter 键保存</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Not saved yet: kept here, and saved again as you go on.</source>
        <translation>尚未保存：内容保留在这里，稍后会再次保存。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>AnnotationFilterBar</name>
    <message>
        <source>This Speech</source>
        <translation>本篇</translation>
    </message>
    <message>
        <source>Show the annotations of the speech being read</source>
        <translation>显示正在阅读的讲话中的批注</translation>
    </message>
    <message>
        <source>All Speeches</source>
        <translation>全部讲话</translation>
    </message>
    <message>
        <source>Show the annotations of every speech</source>
        <translation>显示所有讲话中的批注</translation>
    </message>
    <message>
        <source>Show only %1 highlights</source>
        <translation>只显示%1高亮</translation>
    </message>
    <message>
        <source>Search passages, notes and tags</source>
        <translation>搜索摘录、批注和标签</translation>
    </message>
    <message>
        <source>Show only annotations with this tag</source>
        <translation>只显示带有此标签的批注</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Manage Tags… (rename, merge or delete them)</source>
        <translation>管理标签…（重命名、合并或删除）</translation>
    </message>
    <message>
        <source>Manage Tags…</source>
        <translation>管理标签…</translation>
    </message>
    <message>
        <source>All Tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>AnnotationImporter</name>
    <message>
        <source>Annotations imported</source>
        <translation>批注已导入</translation>
    </message>
    <message>
        <source>No annotations imported</source>
        <translation>未导入批注</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>Annotations not imported</source>
        <translation>批注未导入</translation>
    </message>
</context>
<context>
    <name>AnnotationText</name>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>昨天 %1</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy年M月d日 HH:mm</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>已移位</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>近似匹配</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到原文</translation>
    </message>
    <message>
        <source>The text changed; the passage was found at another place.</source>
        <translation>正文已修改，已在别处找到这段文字。</translation>
    </message>
    <message>
        <source>The text changed; a similar passage was found. Check it.</source>
        <translation>正文已修改，找到的是相近的文字，请核对。</translation>
    </message>
    <message>
        <source>The text changed and the passage was not found. Its quote and note are kept.</source>
        <translation>正文已修改，找不到这段文字；摘录和批注仍然保留。</translation>
    </message>
    <message>
        <source>words changed</source>
        <translation>原文已改</translation>
    </message>
    <message>
        <source>Originally marked: “%1”</source>
        <translation>标注时的原文：“%1”</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <source>purple</source>
        <translation>紫色</translation>
    </message>
</context>
<context>
    <name>AnnotationsDock</name>
    <message>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>No annotation matches the filters</source>
        <translation>没有符合筛选条件的批注</translation>
    </message>
    <message>
        <source>No highlights or notes in the library yet</source>
        <translation>文库中还没有高亮或批注</translation>
    </message>
    <message>
        <source>No speech is open</source>
        <translation>尚未打开讲话</translation>
    </message>
    <message>
        <source>No highlights or notes in this speech yet</source>
        <translation>本篇还没有高亮或批注</translation>
    </message>
    <message>
        <source>Select text, then press 1–5 to highlight it or N to add a note</source>
        <translation>选中文字后按 1–5 添加高亮，按 N 写批注</translation>
    </message>
</context>
<context>
    <name>AnnotationsMixin</name>
    <message>
        <source>Moved to the trash. Undo with %1.</source>
        <translation>已移到回收站。按 %1 可撤销。</translation>
    </message>
    <message>
        <source>Select the passage in the note&apos;s own speech to reattach it.</source>
        <translation>请先在这条批注所属的讲话中选中文字，再重新关联。</translation>
    </message>
</context>
<context>
    <name>AnnotationsModel</name>
    <message>
        <source>Created %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>摘录</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Passage not found</source>
        <translation>未找到原文</translation>
    </message>
    <message>
        <source>Speech %1</source>
        <translation>讲话 %1</translation>
    </message>
</context>
<context>
    <name>Breadcrumb</name>
    <message>
        <source>Place in the speech</source>
        <translation>在讲话中的位置</translation>
    </message>
    <message>
        <source>Go to where this part begins</source>
        <translation>跳到这一部分的开头</translation>
    </message>
</context>
<context>
    <name>CollectionNames</name>
    <message>
        <source>Imported %1</source>
        <translation>导入于 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a title (what tells it apart)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>CompareExport</name>
    <message>
        <source>&amp;Export Changes…</source>
        <translation>导出改动(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy Changes</source>
        <translation>复制改动(&amp;C)</translation>
    </message>
    <message>
        <source>Save the changes as a Word document, HTML, Markdown, CSV or plain text</source>
        <translation>将改动存为 Word 文档、网页、Markdown、CSV 或纯文本</translation>
    </message>
    <message>
        <source>Copy the changes, to paste into Word, WPS or a Markdown editor</source>
        <translation>复制改动，可粘贴到 Word、WPS 或 Markdown 编辑器中</translation>
    </message>
    <message>
        <source>Changes: %1 → %2</source>
        <translation>改动：%1 → %2</translation>
    </message>
    <message>
        <source>Old: </source>
        <comment>a label before the old text</comment>
        <translation>旧稿：</translation>
    </message>
    <message>
        <source>New: </source>
        <comment>a label before the new text</comment>
        <translation>新稿：</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <comment>a speech&apos;s file, named when both bear one title</comment>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a change&apos;s section, then its kind</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The two texts are identical.</source>
        <translation>两篇文字完全相同。</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>改写</translation>
    </message>
    <message>
        <source>(space)</source>
        <comment>a change of a space alone, named</comment>
        <translation>〔空格〕</translation>
    </message>
    <message>
        <source>(full-width space)</source>
        <comment>U+3000, named</comment>
        <translation>〔全角空格〕</translation>
    </message>
    <message>
        <source>(tab)</source>
        <comment>a change of a tab alone, named</comment>
        <translation>〔制表符〕</translation>
    </message>
    <message>
        <source>old %1-%2, new %3-%4</source>
        <comment>where a change is in the old and the new text (.txt)</comment>
        <translation>旧稿 %1-%2，新稿 %3-%4</translation>
    </message>
    <message>
        <source>en-GB</source>
        <comment>the language tag (BCP 47) of the exported words</comment>
        <translation>zh-CN</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown 文件 (*.md)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV 表格，适用于 Excel (*.csv)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>纯文本 (*.txt)</translation>
    </message>
    <message>
        <source>Export Changes</source>
        <translation>导出改动</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>The two texts are identical.</source>
        <translation>两篇文字完全相同。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s): %1 added, %2 removed</source>
        <translation>
            <numerusform>改动 %Ln 处：增 %1，删 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln 字</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对照</translation>
    </message>
    <message>
        <source>&amp;Previous Change</source>
        <translation>上一处改动(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation>下一处改动(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Swap Sides</source>
        <translation>左右互换(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Old: %1</source>
        <translation>旧稿：%1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>新稿：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <comment>a speech&apos;s file, named when both bear one title</comment>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Compare: %1 → %2</source>
        <translation>对照：%1 → %2</translation>
    </message>
    <message>
        <source>Put “%1” on the left and “%2” on the right, and compare again</source>
        <translation>把“%1”放到左边、“%2”放到右边，重新对照</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) copied: paste them into Word, WPS or a Markdown editor</source>
        <translation>
            <numerusform>已复制 %Ln 处改动，可粘贴到 Word、WPS 或 Markdown 编辑器</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes exported to %1</source>
        <translation>改动已导出到 %1</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比对……</translation>
    </message>
    <message>
        <source>The sides were not swapped: %1</source>
        <translation>未能交换左右：%1</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>比对失败：%1</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>第%1处改动，共 %2 处</translation>
    </message>
</context>
<context>
    <name>CompareWith</name>
    <message>
        <source>Compare “%1” with &amp;which speech? It is shown on the left, as the older text.</source>
        <translation>把“%1”与哪一篇对照(&amp;W)？选中的一篇作为旧稿显示在左边。</translation>
    </message>
</context>
<context>
    <name>ConcordanceDialog</name>
    <message>
        <source>Concordance</source>
        <translation>上下文索引</translation>
    </message>
    <message>
        <source>Word or term</source>
        <translation>词语或提法</translation>
    </message>
    <message>
        <source>Characters of context on each side</source>
        <translation>两侧各显示的上下文字数</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>出现位置</translation>
    </message>
    <message>
        <source>&amp;Word:</source>
        <translation>词语(&amp;W)：</translation>
    </message>
    <message>
        <source>Con&amp;text:</source>
        <translation>上下文(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>this speech, %1</source>
        <translation>本篇讲话《%1》</translation>
    </message>
    <message>
        <source>the collection %1</source>
        <translation>文集《%1》</translation>
    </message>
    <message>
        <source>the whole library</source>
        <translation>整个文库</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation>整个文库</translation>
    </message>
    <message>
        <source>This speech: %1</source>
        <translation>本篇讲话：%1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索……</translation>
    </message>
    <message>
        <source>Concordance of “%1” in %2</source>
        <translation>“%1”的上下文索引 · %2</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <source>Occurrences: %1 · Speeches: %2</source>
        <translation>出现 %1 次 · 涉及 %2 篇讲话</translation>
    </message>
    <message>
        <source> · showing the first %1</source>
        <translation> · 显示前 %1 条</translation>
    </message>
</context>
<context>
    <name>ConcordanceModel</name>
    <message>
        <source>Speech</source>
        <translation>讲话</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>前文</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>词语</translation>
    </message>
    <message>
        <source>After</source>
        <translation>后文</translation>
    </message>
</context>
<context>
    <name>ConcordanceTables</name>
    <message>
        <source>Speech</source>
        <translation>讲话</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>End</source>
        <translation>终点</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>前文</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>词语</translation>
    </message>
    <message>
        <source>After</source>
        <translation>后文</translation>
    </message>
</context>
<context>
    <name>DailyBackupReport</name>
    <message>
        <source>Today&apos;s backup could not be saved to %1 (%2). The library is fine; Pizhu will try again the next time it starts.</source>
        <translation>今天的备份未能写入 %1（%2）。文库完好无损；批注 Pizhu 下次启动时会再次尝试备份。</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>it cannot be written to</source>
        <translation>无法写入</translation>
    </message>
    <message>
        <source>the folder cannot be opened</source>
        <translation>无法打开该文件夹</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>磁盘报告了错误</translation>
    </message>
    <message>
        <source>the copy exceeded the system&apos;s file size limit (EFBIG)</source>
        <translation>副本超出了系统对单个文件大小的限制（EFBIG）</translation>
    </message>
</context>
<context>
    <name>DialogsMixin</name>
    <message>
        <source>Pizhu</source>
        <translation>批注 Pizhu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) made while the import was saving could not be saved.</source>
        <translation>
            <numerusform>导入保存期间所做的 %Ln 处修改未能保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>The page and the Annotations pane now show the library as it is. The undo history was cleared, as its steps were about changes that were not saved.</source>
        <translation>阅读区和批注面板显示的是文库的实际内容。撤销记录已清空：其中的步骤涉及未保存的修改。</translation>
    </message>
    <message>
        <source>About Pizhu</source>
        <translation>关于批注 Pizhu</translation>
    </message>
    <message>
        <source>&lt;h3&gt;批注 Pizhu %1&lt;/h3&gt;&lt;p&gt;Read, mark and search Chinese speeches and official documents.&lt;/p&gt;&lt;p&gt;Your highlights and notes are saved as you make them, in one library file:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;批注 Pizhu %1&lt;/h3&gt;&lt;p&gt;阅读、批注和搜索中文讲话与公文。&lt;/p&gt;&lt;p&gt;高亮和批注随手保存，全部存放在一个文库文件中：&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DictionaryEditorDialog</name>
    <message>
        <source>Custom Dictionary</source>
        <translation>自定义词典</translation>
    </message>
    <message>
        <source>One word per line, optionally followed by a frequency and a part-of-speech tag, for example “效能革命 2000 n”. Lines starting with # are comments. Once saved, the words are used when you double-click to select a word.</source>
        <translation>每行一个词，词后可加词频和词性，例如“效能革命 2000 n”。以 # 开头的行是注释。保存后，双击选词时会用到这些词。</translation>
    </message>
    <message>
        <source># 批注 Pizhu: your own dictionary for word segmentation (jieba).
# One word per line, optionally followed by a frequency and a part-of-speech tag:
#     效能革命
#     两集中两到位 2000 j
# A higher frequency makes the word win over the shorter words it contains; frequency 0
# keeps a word from ever being one. Lines starting with # are comments.
</source>
        <translation># 批注 Pizhu：自定义分词词典（jieba）。
# 每行一个词，后面可以加词频和词性，例如：
#     效能革命
#     两集中两到位 2000 j
# 词频越高，这个词越不会被拆成其中更短的词；词频为 0 的词永远不会被当作一个词。
# 以 # 开头的行是注释。
</translation>
    </message>
    <message>
        <source>Save the changes to your dictionary?</source>
        <translation>保存对词典的修改吗？</translation>
    </message>
    <message>
        <source>Words you added or changed will be lost if you don&apos;t save them.</source>
        <translation>不保存的话，新增或修改的词语将会丢失。</translation>
    </message>
    <message>
        <source>The dictionary could not be saved: %1</source>
        <translation>无法保存词典：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>line %1: “%2”</source>
        <translation>第%1行“%2”</translation>
    </message>
    <message>
        <source>Saved. These lines cannot be used and will be skipped: %1</source>
        <translation>已保存。以下各行无法识别，分词时将被忽略：%1</translation>
    </message>
</context>
<context>
    <name>DockBatchRequests</name>
    <message numerus="yes">
        <source>Copied %Ln passage(s).</source>
        <translation>
            <numerusform>已复制 %Ln 段摘录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved to the trash. Undo with %1.</source>
        <translation>已移到回收站。按 %1 可撤销。</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %Ln annotation(s) “%1”. Undo with %2.</source>
        <translation>
            <numerusform>已给 %Ln 条批注加上标签“%1”。按 %2 可撤销。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyLibraryHint</name>
    <message>
        <source>The library is empty.</source>
        <translation>文库是空的。</translation>
    </message>
    <message>
        <source>Import speeches (%1) or drop their files here.</source>
        <translation>导入讲话（%1），或把文件拖到这里。</translation>
    </message>
    <message numerus="yes">
        <source>The trash holds %Ln collection(s).</source>
        <translation>
            <numerusform>回收站里有 %Ln 个文集。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Clear Filters</source>
        <translation>清除筛选</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>An outline holds no annotations: these filters are for the other formats.</source>
        <translation>提纲不含批注，这些筛选条件只用于其他格式。</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>请选择文件的保存位置。</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>ExportDialogLayout</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Incl&amp;ude the points (一是, 第一…) under the headings</source>
        <translation>包括标题下的要点（一是、第一……）(&amp;U)</translation>
    </message>
    <message>
        <source>Only these annotations</source>
        <translation>只导出这些批注</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Clear Filter&amp;s</source>
        <translation>清除筛选(&amp;S)</translation>
    </message>
    <message>
        <source>For&amp;mat</source>
        <translation>格式(&amp;M)</translation>
    </message>
    <message>
        <source>Set as the Annotations list shows them: the same colours, tag and words.</source>
        <translation>筛选条件与批注面板一致：颜色、标签和文字相同。</translation>
    </message>
    <message>
        <source>Set as the Annotations list shows them: the same speeches, colours, tag and words.</source>
        <translation>筛选条件与批注面板一致：讲话范围、颜色、标签和文字相同。</translation>
    </message>
    <message>
        <source>Sa&amp;ve as:</source>
        <translation>保存为(&amp;V)：</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>选择(&amp;O)…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Open &amp;File</source>
        <translation>打开文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>取消(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;This speech: %1</source>
        <translation>本篇讲话(&amp;T)：%1</translation>
    </message>
    <message>
        <source>&amp;This speech</source>
        <translation>本篇讲话(&amp;T)</translation>
    </message>
    <message>
        <source>This co&amp;llection: %1</source>
        <translation>本文集(&amp;L)：%1</translation>
    </message>
    <message>
        <source>This co&amp;llection</source>
        <translation>本文集(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln 条批注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %Ln speech(es)</source>
        <translation>
            <numerusform>，出自 %Ln 篇讲话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speech(es)</source>
        <translation>
            <numerusform>%Ln 篇讲话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speech(es) with annotations</source>
        <translation>
            <numerusform>%Ln 篇带批注的讲话</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview for this format: it is not plain text.</source>
        <translation>此格式不是纯文本，无法预览。</translation>
    </message>
    <message>
        <source>Sho&amp;w in Folder</source>
        <translation>在文件夹中显示(&amp;W)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Just the %Ln selected speech(es)</source>
        <translation>
            <numerusform>仅所选的 %Ln 篇讲话(&amp;J)</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole li&amp;brary</source>
        <translation>整个文库(&amp;B)</translation>
    </message>
    <message>
        <source>Nothing to export: no annotation matches these choices.</source>
        <translation>没有可导出的内容：没有批注符合这些条件。</translation>
    </message>
</context>
<context>
    <name>ExportFilterPanel</name>
    <message>
        <source>Only %1 highlights</source>
        <translation>只导出%1高亮</translation>
    </message>
    <message>
        <source>Any tag (separate several with commas)</source>
        <translation>任意标签；多个标签用逗号分隔</translation>
    </message>
    <message>
        <source>Words in the passage, note or tags (as the Annotations list searches)</source>
        <translation>摘录、批注或标签中的文字（与批注面板的搜索相同）</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>批注(&amp;N)</translation>
    </message>
    <message>
        <source>Sect&amp;ion notes</source>
        <translation>章节批注(&amp;I)</translation>
    </message>
    <message>
        <source>Which date</source>
        <translation>按哪个日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Include annotations whose passage is no longer in the te&amp;xt</source>
        <translation>包括找不到原文的批注(&amp;X)</translation>
    </message>
    <message>
        <source>date annotated</source>
        <translation>批注日期</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
    <message>
        <source>Colou&amp;rs:</source>
        <translation>颜色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Quote or note:</source>
        <translation>文字(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Kinds:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Highlights</source>
        <translation>高亮(&amp;H)</translation>
    </message>
    <message>
        <source>S&amp;peech notes</source>
        <translation>全文批注(&amp;P)</translation>
    </message>
    <message>
        <source>Limit b&amp;y</source>
        <translation>仅限(&amp;Y)</translation>
    </message>
    <message>
        <source>date last changed</source>
        <translation>最后修改日期</translation>
    </message>
    <message>
        <source>date of the speech</source>
        <translation>讲话日期</translation>
    </message>
</context>
<context>
    <name>ExportMixin</name>
    <message>
        <source>Import Annotations</source>
        <translation>导入批注</translation>
    </message>
    <message>
        <source>Web Annotation JSON (*.json *.jsonld);;All files (*)</source>
        <translation>Web Annotation JSON (*.json *.jsonld);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing annotations…</source>
        <translation>正在导入批注……</translation>
    </message>
    <message>
        <source>Undo the import with %1.</source>
        <translation>按 %1 可撤销这次导入。</translation>
    </message>
</context>
<context>
    <name>ExportTexts</name>
    <message>
        <source>Markdown for Obsidian and other note apps</source>
        <translation>Markdown，适用于 Obsidian 等笔记软件</translation>
    </message>
    <message>
        <source>A web page to read or print, with highlight colours</source>
        <translation>网页，便于阅读和打印，显示高亮颜色</translation>
    </message>
    <message>
        <source>A Word document, styled as an official document</source>
        <translation>Word 文档，按公文格式排版</translation>
    </message>
    <message>
        <source>A table for Excel or WPS, one row per annotation</source>
        <translation>表格，适用于 Excel 或 WPS，每条批注一行</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON: a full backup that can be imported again</source>
        <translation>W3C Web Annotation JSON：完整备份，可重新导入</translation>
    </message>
    <message>
        <source>The whole text with highlights and notes in place, as a web page</source>
        <translation>全文及其中的高亮和批注，网页格式</translation>
    </message>
    <message>
        <source>The whole text with highlights and notes in place, as a Word document</source>
        <translation>全文及其中的高亮和批注，Word 格式</translation>
    </message>
    <message>
        <source>The whole text with highlights and notes in place, as a PDF</source>
        <translation>全文及其中的高亮和批注，PDF 格式</translation>
    </message>
    <message>
        <source>The outline (提纲) as Markdown</source>
        <translation>提纲，Markdown 格式</translation>
    </message>
    <message>
        <source>The outline (提纲) as a Word document</source>
        <translation>提纲，Word 格式</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>网页（HTML）</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV 表格</translation>
    </message>
    <message>
        <source>JSON backup (W3C)</source>
        <translation>JSON 备份（W3C）</translation>
    </message>
    <message>
        <source>Annotated text, web page</source>
        <translation>批注全文，网页</translation>
    </message>
    <message>
        <source>Annotated text, Word</source>
        <translation>批注全文，Word</translation>
    </message>
    <message>
        <source>Annotated text, PDF</source>
        <translation>批注全文，PDF</translation>
    </message>
    <message>
        <source>Outline, Markdown</source>
        <translation>提纲，Markdown</translation>
    </message>
    <message>
        <source>Outline, Word</source>
        <translation>提纲，Word</translation>
    </message>
    <message>
        <source>The file cannot be written there. Choose another folder.</source>
        <translation>无法在此处写入文件，请选择其他文件夹。</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>文件夹不存在。</translation>
    </message>
    <message>
        <source>That is a folder: give a file name.</source>
        <translation>这是一个文件夹，请输入文件名。</translation>
    </message>
    <message>
        <source>Give a file name to export to.</source>
        <translation>请输入要导出的文件名。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was written; free some space and try again.</source>
        <translation>磁盘已满，未写入任何内容；请腾出空间后重试。</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>无法写入文件。</translation>
    </message>
    <message>
        <source>The file was not written: it would exceed the system&apos;s file size limit (errno EFBIG). Choose a disk that allows files this large, or raise the limit (ulimit -f).</source>
        <translation>文件会超出系统对单个文件大小的限制（errno EFBIG），未写入：请选择能存放这么大文件的磁盘，或提高该限制（ulimit -f）。</translation>
    </message>
    <message>
        <source>No annotation matches these choices: there is nothing to export.</source>
        <translation>没有批注符合这些条件，没有可导出的内容。</translation>
    </message>
    <message>
        <source>The date range is not valid.</source>
        <translation>日期范围无效。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The file is not a valid annotation file (W3C Web Annotation JSON).</source>
        <translation>该文件不是有效的批注文件（W3C Web Annotation JSON）。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>该文件不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>The file is too large to be an annotation file.</source>
        <translation>文件过大，不是批注文件。</translation>
    </message>
    <message>
        <source>The file “%1” is empty.</source>
        <translation>文件“%1”是空的。</translation>
    </message>
    <message>
        <source>The file “%1” is damaged or is not an annotation file (W3C Web Annotation JSON).</source>
        <translation>文件“%1”已损坏，或不是批注文件（W3C Web Annotation JSON）。</translation>
    </message>
    <message>
        <source>The file “%1” holds JSON, but not annotations (W3C Web Annotation JSON).</source>
        <translation>文件“%1”是 JSON，但其中不是批注（W3C Web Annotation JSON）。</translation>
    </message>
    <message>
        <source>The file “%1” is not UTF-8 text.</source>
        <translation>文件“%1”不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read.</source>
        <translation>无法读取文件“%1”。</translation>
    </message>
    <message>
        <source>The file “%1” is too large to be an annotation file.</source>
        <translation>文件“%1”过大，不是批注文件。</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written there. Choose another folder.</source>
        <translation>无法在那里写入文件“%1”，请另选文件夹。</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is a folder: give a file name.</source>
        <translation>“%1”是文件夹，请输入文件名。</translation>
    </message>
    <message>
        <source>The disk is full: “%1” was not written. Free some space and try again.</source>
        <translation>磁盘已满，未写入“%1”。请腾出空间后重试。</translation>
    </message>
    <message>
        <source>The file “%1” could not be written.</source>
        <translation>未能写入文件“%1”。</translation>
    </message>
    <message>
        <source>The file “%1” was not written: it would exceed the system&apos;s file size limit (errno EFBIG). Choose a disk that allows files this large, or raise the limit (ulimit -f).</source>
        <translation>文件“%1”会超出系统对单个文件大小的限制（errno EFBIG），未写入：请选择能存放这么大文件的磁盘，或提高该限制（ulimit -f）。</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>操作未能完成：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) exported to %1</source>
        <translation>
            <numerusform>已导出 %Ln 条批注到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speech(es) exported to %1</source>
        <translation>
            <numerusform>已导出 %Ln 篇讲话到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them in the trash: File ▸ Trash… restores them</source>
        <translation>
            <numerusform>其中 %Ln 条在回收站中，可在“文件 ▸ 回收站…”中还原</numerusform>
        </translation>
    </message>
    <message>
        <source>All of them are already in the library: nothing changed.</source>
        <translation>全部已在文库中，没有任何变化。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>《%1》</translation>
    </message>
    <message numerus="yes">
        <source>%Ln not imported: their speech is not in the library</source>
        <translation>
            <numerusform>%Ln 条未导入：文库中没有它们所在的讲话</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between titles</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>…</source>
        <translation>等</translation>
    </message>
    <message numerus="yes">
        <source>%Ln not imported: %1 is not in the library</source>
        <translation>
            <numerusform>%Ln 条未导入：文库中没有%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not imported: %1 are not in the library</source>
        <translation>
            <numerusform>%Ln 条未导入：文库中没有%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) in the file:</source>
        <translation>
            <numerusform>文件中有 %Ln 条批注：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) in %1:</source>
        <translation>
            <numerusform>“%1”中有 %Ln 条批注：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>新增 %Ln 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated with a newer copy</source>
        <translation>
            <numerusform>%Ln 条已更新为较新的版本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <translation>
            <numerusform>%Ln 条已在文库中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kept: the library&apos;s copy is newer</source>
        <translation>
            <numerusform>%Ln 条保留文库中较新的版本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln placed by their words in a changed text</source>
        <translation>
            <numerusform>%Ln 条已按原文在修改后的正文中重新定位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not found in the text, kept as orphans</source>
        <translation>
            <numerusform>%Ln 条找不到原文，已保留</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this speech</source>
        <translation>在本篇中查找</translation>
    </message>
    <message>
        <source>Previous (Shift+F3)</source>
        <translation>上一个（Shift+F3）</translation>
    </message>
    <message>
        <source>Next (F3)</source>
        <translation>下一个（F3）</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一处</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一处</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>关闭查找栏</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting Started</source>
        <translation>入门指南</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bring in your speeches&lt;/h3&gt;&lt;p&gt;File ▸ Import… (%1) or drop files or a folder on the window: plain text in any encoding, Word (.docx; .doc and .wps with LibreOffice), PDF with a text layer, Markdown and web pages. A report says what was found in each file, and names any file that could not be imported and why.&lt;/p&gt;&lt;p&gt;The library starts with a sample collection to try everything on; delete it when you like (File ▸ Add Sample Collection brings it back).&lt;/p&gt;&lt;h3&gt;Highlight and write notes&lt;/h3&gt;&lt;p&gt;Select words in the page, then press &lt;b&gt;1&lt;/b&gt; to &lt;b&gt;5&lt;/b&gt; for a colour (yellow, green, blue, pink, purple), or click a colour on the small bar that appears by the selection. Press %2 to write a note on the selection, or on the highlight you clicked. Everything is saved at once; %3 undoes.&lt;/p&gt;&lt;p&gt;The Annotations pane on the right lists this speech&apos;s highlights and notes (or the whole library&apos;s): click one, or choose it and press &lt;b&gt;Enter&lt;/b&gt;, to go to its place.&lt;/p&gt;&lt;h3&gt;Search&lt;/h3&gt;&lt;p&gt;%4 finds words in the speech you are reading; %5 searches the whole library, a collection or your notes. Any string of characters is found exactly.&lt;/p&gt;&lt;h3&gt;Export&lt;/h3&gt;&lt;p&gt;File ▸ Export… (%6) takes your highlights and notes, or the whole speech with them, to Word, PDF, Markdown, HTML, CSV for Excel or JSON.&lt;/p&gt;&lt;p&gt;Every command and its keys: Help ▸ Keyboard Shortcuts (%7).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;导入讲话&lt;/h3&gt;&lt;p&gt;文件 ▸ 导入…（%1），或把文件、文件夹拖到窗口上：任意编码的纯文本、Word（.docx；装有 LibreOffice 时也可导入 .doc 和 .wps）、带文字层的 PDF、Markdown 和网页。导入后会有一份报告，说明每个文件里找到了什么；导入不了的文件会写明文件名和原因。&lt;/p&gt;&lt;p&gt;文库里先放了一个示例文集，可以用它试试各项功能；不需要时可以删除（文件 ▸ 添加示例文集 可以再加回来）。&lt;/p&gt;&lt;h3&gt;高亮和写批注&lt;/h3&gt;&lt;p&gt;在正文中选中文字，按 &lt;b&gt;1&lt;/b&gt; 到 &lt;b&gt;5&lt;/b&gt; 选一种颜色（黄、绿、蓝、粉、紫）高亮，或点选区旁出现的小工具栏上的颜色。按 %2 为所选文字写批注，或为所点的高亮写批注。一切修改随即保存；按 %3 撤销。&lt;/p&gt;&lt;p&gt;右侧的“批注”面板列出本篇（或全部讲话）的高亮和批注：点一条，或选中后按 &lt;b&gt;Enter&lt;/b&gt; 键，即可跳到原文所在处。&lt;/p&gt;&lt;h3&gt;搜索&lt;/h3&gt;&lt;p&gt;%4 在正在阅读的讲话中查找；%5 在整个文库、某个文集或批注中搜索。任何字串都能精确找到。&lt;/p&gt;&lt;h3&gt;导出&lt;/h3&gt;&lt;p&gt;文件 ▸ 导出…（%6）可将高亮和批注，或附带高亮和批注的讲话全文，导出为 Word、PDF、Markdown、HTML、CSV（Excel）或 JSON。&lt;/p&gt;&lt;p&gt;全部命令及其快捷键：帮助 ▸ 键盘快捷键（%7）。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ImportMixin</name>
    <message>
        <source>Import Speeches</source>
        <translation>导入讲话</translation>
    </message>
    <message>
        <source>Speeches (%1);;All files (*)</source>
        <translation>讲话文件 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入……</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Preparing the import…</source>
        <translation>正在准备导入……</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>正在导入“%1”……</translation>
    </message>
    <message>
        <source>File %1 of %2</source>
        <translation>第%1个文件，共 %2 个</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>导入的文件</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>导入已中止：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) imported.</source>
        <translation>
            <numerusform>已导入 %Ln 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be imported.</source>
        <translation>
            <numerusform>%Ln 个文件未能导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) already in the library and unchanged.</source>
        <translation>
            <numerusform>%Ln 个文件已在文库中，内容没有变化。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speech(es) already in the library were not imported.</source>
        <translation>
            <numerusform>%Ln 篇讲话已在文库中，未重复导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passage of %Ln annotation(s) was not found.</source>
        <translation>
            <numerusform>%Ln 条批注未找到原文。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Import &amp;Anyway</source>
        <translation>仍然导入(&amp;A)</translation>
    </message>
    <message>
        <source>Import the speeches already in the library as well, as new copies</source>
        <translation>把文库中已有的讲话也导入，作为新的副本</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>处理办法：%1</translation>
    </message>
    <message>
        <source>Not imported: the import was cancelled.</source>
        <translation>未导入：导入已取消。</translation>
    </message>
    <message>
        <source>Not imported: the import stopped.</source>
        <translation>未导入：导入已中止。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message numerus="yes">
        <source>Speeches found: %Ln</source>
        <translation>
            <numerusform>找到讲话 %Ln 篇</numerusform>
        </translation>
    </message>
    <message>
        <source>Added as a new collection: “%1”</source>
        <translation>已添加为新文集“%1”</translation>
    </message>
    <message>
        <source>Already in the library and unchanged: “%1”</source>
        <translation>文库中已有“%1”，内容没有变化</translation>
    </message>
    <message numerus="yes">
        <source>%Ln speech(es) added</source>
        <translation>
            <numerusform>新增 %Ln 篇</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <translation>
            <numerusform>修改 %Ln 篇</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <translation>
            <numerusform>移除 %Ln 篇</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kept: no longer in the file, but annotated</source>
        <translation>
            <numerusform>%Ln 篇已不在文件中，因有批注而保留</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated the collection “%1”</source>
        <translation>已更新文集“%1”</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>No noise found</source>
        <translation>未发现需要清除的内容</translation>
    </message>
    <message numerus="yes">
        <source>Noise removed: %Ln</source>
        <translation>
            <numerusform>已清除干扰内容 %Ln 处</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2 处</translation>
    </message>
    <message>
        <source>Annotations found again: %1 in place, %2 moved, %3 approximate, %4 not found</source>
        <translation>批注重新定位：%1 条在原位，%2 条已移位，%3 条近似匹配，%4 条未找到原文</translation>
    </message>
    <message>
        <source>Changes made during the import: %1 found again in the new text, %2 not found</source>
        <translation>导入期间所做的修改重新定位：%1 处在新文本中找到，%2 处未找到原文</translation>
    </message>
    <message>
        <source>Annotations whose passage was not found keep their quote and note; they are listed under “Passage not found” in the Annotations pane.</source>
        <translation>找不到原文的批注仍保留摘录和批注内容，列在“批注”面板的“未找到原文”分组中。</translation>
    </message>
    <message numerus="yes">
        <source>The passage of %Ln annotation(s) in the trash was not found either.</source>
        <translation>
            <numerusform>回收站中另有 %Ln 条批注也未找到原文。</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the library, not imported: %1</source>
        <translation>文库中已有，未导入：%1 篇</translation>
    </message>
    <message>
        <source>%1 is already in the library as “%2” in “%3”</source>
        <translation>%1：文库中已有，即“%3”中的《%2》</translation>
    </message>
    <message>
        <source>%1 is already in the library as “%2” in “%3”; the two texts differ slightly (punctuation, spaces or line breaks)</source>
        <translation>%1：文库中已有，即“%3”中的《%2》；两处文字略有不同（标点、空格或换行）</translation>
    </message>
    <message>
        <source>Not imported: every speech in it is already in the library</source>
        <translation>未导入：其中的讲话均已在文库中</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The file is not a text document.</source>
        <translation>这不是文本文档。</translation>
    </message>
    <message>
        <source>The file is too large to import.</source>
        <translation>文件太大，无法导入。</translation>
    </message>
    <message>
        <source>The file is damaged and cannot be read.</source>
        <translation>文件已损坏，无法读取。</translation>
    </message>
    <message>
        <source>The file&apos;s content does not match its extension.</source>
        <translation>文件内容与扩展名不符。</translation>
    </message>
    <message>
        <source>The file cannot be read (it was moved, or you do not have permission).</source>
        <translation>无法读取文件（文件可能已被移动，或没有访问权限）。</translation>
    </message>
    <message>
        <source>This kind of file cannot be imported (use .txt, .docx, .doc, .wps, .pdf, .md or .html).</source>
        <translation>不支持导入此类文件（可导入 .txt、.docx、.doc、.wps、.pdf、.md 和 .html 文件）。</translation>
    </message>
    <message>
        <source>The folder holds no file that can be imported (.txt, .docx, .doc, .wps, .pdf, .md or .html).</source>
        <translation>文件夹里没有可导入的文件（.txt、.docx、.doc、.wps、.pdf、.md 或 .html）。</translation>
    </message>
    <message>
        <source>This is a named pipe, not a regular file: only files can be imported.</source>
        <translation>这是一个命名管道，不是普通文件：只能导入文件。</translation>
    </message>
    <message>
        <source>This is a device, not a regular file: only files can be imported.</source>
        <translation>这是一个设备，不是普通文件：只能导入文件。</translation>
    </message>
    <message>
        <source>This is a socket, not a regular file: only files can be imported.</source>
        <translation>这是一个套接字，不是普通文件：只能导入文件。</translation>
    </message>
    <message>
        <source>The file holds no text.</source>
        <translation>文件中没有文字。</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding could not be recognised.</source>
        <translation>无法识别文件的文字编码。</translation>
    </message>
    <message>
        <source>The PDF is protected by a password: save an unprotected copy first.</source>
        <translation>此 PDF 受密码保护：请先另存一份不加密的副本。</translation>
    </message>
    <message>
        <source>The PDF holds only images of its pages (a scan): run OCR on it first.</source>
        <translation>此 PDF 只有页面图像（扫描件）：请先进行文字识别（OCR）。</translation>
    </message>
    <message>
        <source>LibreOffice could not convert the file.</source>
        <translation>LibreOffice 无法转换此文件。</translation>
    </message>
    <message>
        <source>LibreOffice did not finish converting the file in time.</source>
        <translation>LibreOffice 未能在限定时间内完成转换。</translation>
    </message>
    <message>
        <source>LibreOffice stopped responding, so the file was not converted.</source>
        <translation>LibreOffice 已停止响应，此文件未转换。</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>无法导入此文件。</translation>
    </message>
    <message>
        <source>The library file is damaged.</source>
        <translation>文库文件已损坏。</translation>
    </message>
    <message>
        <source>The file is not a Pizhu library.</source>
        <translation>这不是批注 Pizhu 的文库文件。</translation>
    </message>
    <message>
        <source>The library was made by a newer version of Pizhu. Please update Pizhu.</source>
        <translation>此文库由更新版本的批注 Pizhu 创建，请先升级。</translation>
    </message>
    <message>
        <source>The library is in use by another program. Try again.</source>
        <translation>文库正被其他程序使用，请稍后再试。</translation>
    </message>
    <message>
        <source>The library cannot be written to (it is read-only).</source>
        <translation>文库是只读的，无法写入。</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>磁盘空间已满。</translation>
    </message>
    <message>
        <source>The library or the item was not found.</source>
        <translation>找不到文库或其中的条目。</translation>
    </message>
    <message>
        <source>The content cannot be stored in the library.</source>
        <translation>这些内容无法存入文库。</translation>
    </message>
    <message>
        <source>The library cannot be opened (missing folder or no permission).</source>
        <translation>无法打开文库（文件夹不存在或没有权限）。</translation>
    </message>
    <message>
        <source>The disk failed while reading or writing the library.</source>
        <translation>读写文库时磁盘出错。</translation>
    </message>
    <message>
        <source>The library file is no longer where it was opened (moved or deleted).</source>
        <translation>文库文件已不在打开时的位置（被移动或删除）。</translation>
    </message>
    <message>
        <source>The library file reached the system&apos;s file size limit (errno EFBIG).</source>
        <translation>文库文件已达到系统对单个文件大小的限制（errno EFBIG）。</translation>
    </message>
    <message>
        <source>The library cannot be used.</source>
        <translation>文库无法使用。</translation>
    </message>
    <message>
        <source>cut short (%1 of %2 bytes)</source>
        <translation>不完整（只有 %1 字节，应有 %2 字节）</translation>
    </message>
    <message>
        <source>The file is damaged: it is %1.</source>
        <translation>文件已损坏：内容%1。</translation>
    </message>
    <message>
        <source>The file is named %1 but holds a %2 file.</source>
        <translation>文件名为 %1，内容却是 %2 文件。</translation>
    </message>
    <message>
        <source>Something went wrong. Please report this problem.</source>
        <translation>出现了意外错误，请报告此问题。</translation>
    </message>
    <message>
        <source>Copyright notices and watermarks</source>
        <translation>版权声明与水印</translation>
    </message>
    <message>
        <source>Catalogue stamps</source>
        <translation>馆藏编号</translation>
    </message>
    <message>
        <source>Page numbers and continuation marks</source>
        <translation>页码与转页标记</translation>
    </message>
    <message>
        <source>Page headers and footers</source>
        <translation>页眉与页脚</translation>
    </message>
    <message>
        <source>Previous/next article links</source>
        <translation>“上一篇／下一篇”链接</translation>
    </message>
    <message>
        <source>Web page navigation and editor lines</source>
        <translation>网页导航与编辑信息</translation>
    </message>
    <message>
        <source>Line breaks inside sentences (rejoined)</source>
        <translation>句中断行（已接续）</translation>
    </message>
    <message>
        <source>Stray spaces</source>
        <translation>多余空格</translation>
    </message>
    <message>
        <source>Invisible control characters</source>
        <translation>不可见的控制字符</translation>
    </message>
    <message>
        <source>Titles of a speech cut off before its text</source>
        <translation>正文被截断的讲话标题</translation>
    </message>
    <message>
        <source>Its text encoding could not be told for certain; it was read as %1. If accented letters look wrong, save the file as UTF-8 and import it again.</source>
        <translation>无法确定其文本编码，已按 %1 读取。如果带重音符号的字母显示不对，请把文件另存为 UTF-8 后重新导入。</translation>
    </message>
    <message>
        <source>The file is named %1 but is a web page (HTML), not the document its name says; it was imported as a web page. Renamed to end in .html, it imports without this note.</source>
        <translation>文件名为 %1，但它是网页（HTML），不是文件名所说的文档；已按网页导入。把扩展名改为 .html，导入时就不会再有此提示。</translation>
    </message>
    <message>
        <source>The file is named %1 but holds plain text, not the document its name says; its text was imported as plain text. Renamed to end in .txt, it imports without this note.</source>
        <translation>文件名为 %1，但其内容是纯文本，不是文件名所说的文档；已按纯文本导入。把扩展名改为 .txt，导入时就不会再有此提示。</translation>
    </message>
    <message>
        <source>Bytes that could not be read: %1, each shown as �, the first on line %2. The file may be damaged or partly in another encoding: check the text there, or save the file as UTF-8 and import it again.</source>
        <translation>有 %1 个字节无法读取，已显示为 �，第一个在第%2行。文件可能已损坏，或部分使用了其他编码：请核对该处文字，或将文件另存为 UTF-8 后重新导入。</translation>
    </message>
    <message>
        <source>It was converted from .%1 by LibreOffice, then read as a .docx.</source>
        <translation>已由 LibreOffice 从 .%1 转换，再按 .docx 读取。</translation>
    </message>
    <message>
        <source>The file is %1: LibreOffice read what is left of it, and some of its text may be missing.</source>
        <translation>文件内容%1：LibreOffice 读取了剩余部分，部分文字可能缺失。</translation>
    </message>
    <message>
        <source>Check that the right file was chosen.</source>
        <translation>请确认选择的文件是否正确。</translation>
    </message>
    <message>
        <source>It may be a program, a picture or an archive. Import the text document itself.</source>
        <translation>它可能是程序、图片或压缩包。请导入文档本身。</translation>
    </message>
    <message>
        <source>Split it into smaller files and import those instead.</source>
        <translation>请将其拆分为较小的文件后再分别导入。</translation>
    </message>
    <message>
        <source>Open it in the program that made it, save it again, and import the new copy.</source>
        <translation>请用生成它的程序打开并重新保存，再导入新的副本。</translation>
    </message>
    <message>
        <source>Its name says one kind of file but it holds another (for example an archive named .txt). Give it the right extension, or save it again as the kind its name says.</source>
        <translation>文件名表明是一种文件，内容却是另一种（例如名为 .txt 的压缩包）。请改用正确的扩展名，或按文件名所示的类型重新保存。</translation>
    </message>
    <message>
        <source>Save it as .txt, .docx, .pdf, .md or .html and import that copy.</source>
        <translation>请另存为 .txt、.docx、.pdf、.md 或 .html 后导入该副本。</translation>
    </message>
    <message>
        <source>Check that the file is still there and that you have permission to open it.</source>
        <translation>请确认文件仍在原处，且您有权限打开它。</translation>
    </message>
    <message>
        <source>Choose a folder that holds documents, or choose the files themselves.</source>
        <translation>请选择包含文档的文件夹，或直接选择文件。</translation>
    </message>
    <message>
        <source>Once page numbers, navigation and other noise were removed, nothing was left.</source>
        <translation>去除页码、网页导航等干扰内容后，没有剩下正文。</translation>
    </message>
    <message>
        <source>Open it in a text editor and save it again as UTF-8, then import it.</source>
        <translation>请用文本编辑器打开，另存为 UTF-8 编码后再导入。</translation>
    </message>
    <message>
        <source>Open it with its password and save or print a copy without one.</source>
        <translation>请输入密码打开，再保存或打印一份无密码的副本。</translation>
    </message>
    <message>
        <source>Text recognition (OCR) in a PDF program turns page images into text that can be imported.</source>
        <translation>可在 PDF 软件中用文字识别（OCR）把页面图像转为可导入的文字。</translation>
    </message>
    <message>
        <source>It may be damaged or protected by a password. Open it in Word, WPS or LibreOffice, save it as .docx, and import that copy.</source>
        <translation>文件可能已损坏或设有密码。用 Word、WPS 或 LibreOffice 打开它，另存为 .docx，再导入这份副本。</translation>
    </message>
    <message>
        <source>It may be very large or damaged. Open it in Word, WPS or LibreOffice, save it as .docx, and import that copy.</source>
        <translation>文件可能过大或已损坏。用 Word、WPS 或 LibreOffice 打开它，另存为 .docx，再导入这份副本。</translation>
    </message>
    <message>
        <source>Import it again; if LibreOffice keeps stopping, reinstall it, or open the file in Word or WPS, save it as .docx, and import that copy.</source>
        <translation>请重新导入；若 LibreOffice 仍停止响应，请重新安装它，或用 Word 或 WPS 打开此文件，另存为 .docx，再导入这份副本。</translation>
    </message>
    <message>
        <source>Check the file and try again.</source>
        <translation>请检查文件后重试。</translation>
    </message>
    <message>
        <source>Or install LibreOffice: Pizhu then opens .doc and .wps files directly.</source>
        <translation>也可以安装 LibreOffice，装好后批注 Pizhu 可直接打开 .doc 和 .wps 文件。</translation>
    </message>
    <message>
        <source>Copy or download the file again to get all of it: LibreOffice could not read what is left of this copy.</source>
        <translation>请重新复制或下载该文件，取得完整的文件：LibreOffice 无法读取这份副本剩下的部分。</translation>
    </message>
    <message>
        <source>Copy or download the file again to get all of it; or install LibreOffice: Pizhu may then read what is left of this copy.</source>
        <translation>请重新复制或下载该文件，取得完整的文件；也可以安装 LibreOffice，装好后批注 Pizhu 或许能读取这份副本剩下的部分。</translation>
    </message>
    <message>
        <source>Save the text it gives to a file (for example a .txt), and import that.</source>
        <translation>请先把它输出的文字保存为文件（例如 .txt），再导入该文件。</translation>
    </message>
    <message>
        <source>Open it in Word or WPS, save it as .docx, and import that copy.</source>
        <translation>用 Word 或 WPS 打开它，另存为 .docx，再导入这份副本。</translation>
    </message>
    <message>
        <source>In the app that made it, choose File ▸ Export To ▸ Word (or PDF), and import that copy.</source>
        <translation>在制作它的应用中选择“文件 ▸ 导出为 ▸ Word”（或 PDF），再导入导出的副本。</translation>
    </message>
    <message>
        <source>Rename it to end in %1 and import it again.</source>
        <translation>把扩展名改为 %1，再重新导入。</translation>
    </message>
    <message>
        <source>It is a picture, not a document. If it shows a speech, get its text first (with the text recognition (OCR) of WPS or a phone app), save it as .txt or .docx and import that.</source>
        <translation>这是一张图片，不是文档。如果图上是讲话的文字，请先用 WPS 或手机应用的文字识别（OCR）取出文字，存为 .txt 或 .docx 后再导入。</translation>
    </message>
    <message>
        <source>It is a ZIP archive: unpack it and import the documents inside.</source>
        <translation>这是 ZIP 压缩包，请先解压，再导入其中的文档。</translation>
    </message>
    <message>
        <source>Pizhu does not read %1 files: save it as .docx, or copy its text into a .txt file, and import that.</source>
        <translation>批注 Pizhu 不能读取 %1 文件，请另存为 .docx，或把文字复制到 .txt 文件中，再导入。</translation>
    </message>
    <message>
        <source>Nothing was changed in the library. Free some space on its disk, then import again.</source>
        <translation>文库没有任何改动。请先腾出文库所在磁盘的空间，再重新导入。</translation>
    </message>
    <message>
        <source>Nothing was changed in the library. Make its file and folder writable, then import again.</source>
        <translation>文库没有任何改动。请让文库文件及其所在文件夹可以写入，再重新导入。</translation>
    </message>
    <message>
        <source>Nothing was changed in the library. Raise the system&apos;s file-size limit (ulimit -f), then import again.</source>
        <translation>文库没有任何改动。请提高系统的文件大小限制（ulimit -f），再重新导入。</translation>
    </message>
    <message>
        <source>Nothing was changed in the library. Try again.</source>
        <translation>文库没有任何改动。请重试。</translation>
    </message>
    <message>
        <source>Please report this problem, with the file if you can share it.</source>
        <translation>请报告此问题；如可以，请附上该文件。</translation>
    </message>
</context>
<context>
    <name>InstanceServer</name>
    <message>
        <source>Pizhu is already open on this library (process %1).</source>
        <translation>批注 Pizhu 已经打开了这个文库（进程 %1）。</translation>
    </message>
</context>
<context>
    <name>JobProgressDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消……</translation>
    </message>
</context>
<context>
    <name>KeyNames</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Filter titles</source>
        <translation>筛选标题</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>文库</translation>
    </message>
</context>
<context>
    <name>LibraryRestore</name>
    <message>
        <source>Restore the backup taken %1?</source>
        <translation>恢复 %1 的备份吗？</translation>
    </message>
    <message>
        <source>Restore the library from the copy %1?</source>
        <translation>从副本 %1 恢复文库吗？</translation>
    </message>
    <message>
        <source>The current library will be kept in its folder as %1 (with today&apos;s date and time). Changes made since the backup was taken will not be in the restored library, and the undo history will be cleared.</source>
        <translation>当前文库将以 %1（附今天的日期和时间）的名称保留在原文件夹中。备份之后所做的修改不在备份里，撤销记录也将清空。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份……</translation>
    </message>
    <message>
        <source>The library you had is kept as %1.</source>
        <translation>原来的文库已保留为 %1。</translation>
    </message>
    <message>
        <source>The undo history was cleared: earlier changes cannot be undone now.</source>
        <translation>撤销记录已清空：此前的修改无法再撤销。</translation>
    </message>
    <message>
        <source>The backup is restored.</source>
        <translation>备份已恢复。</translation>
    </message>
    <message>
        <source>The backup could not be restored; the library is as it was.</source>
        <translation>无法恢复备份；文库保持原样。</translation>
    </message>
    <message>
        <source>The library is as it was.</source>
        <translation>文库保持原样。</translation>
    </message>
    <message>
        <source>The library cannot be restored from %1.</source>
        <translation>无法从 %1 恢复文库。</translation>
    </message>
    <message>
        <source>The library you had before the restore is kept unchanged as %1; to go back to it, rename it to %2.</source>
        <translation>恢复之前的文库原样保留为 %1；如要回到它，请将它改名为 %2。</translation>
    </message>
</context>
<context>
    <name>LibraryTools</name>
    <message>
        <source>Back Up the Library</source>
        <translation>备份文库</translation>
    </message>
    <message>
        <source>Pizhu library (*.sqlite)</source>
        <translation>批注 Pizhu 文库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Backing up the library…</source>
        <translation>正在备份文库……</translation>
    </message>
    <message>
        <source>The library was backed up.</source>
        <translation>文库已备份。</translation>
    </message>
    <message>
        <source>The checked copy (%1) is at:
%2</source>
        <translation>经过校验的副本（%1）保存在：
%2</translation>
    </message>
    <message>
        <source>The library could not be backed up to %1.</source>
        <translation>无法将文库备份到 %1。</translation>
    </message>
    <message>
        <source>Nothing was written there, and the library is as it was.</source>
        <translation>那里没有写入任何内容，文库保持原样。</translation>
    </message>
    <message>
        <source>The destination is full: free some space or choose another place.</source>
        <translation>目标位置已满：请腾出空间或另选位置。</translation>
    </message>
    <message>
        <source>The destination cannot be written to (it is read-only, or you do not have permission).</source>
        <translation>目标位置无法写入（只读或没有权限）。</translation>
    </message>
    <message>
        <source>The destination folder is missing (was a USB drive removed?).</source>
        <translation>目标文件夹不存在（U 盘是否已拔出？）。</translation>
    </message>
    <message>
        <source>The destination&apos;s disk reported an error (was it removed?).</source>
        <translation>目标位置所在的磁盘报告了错误（是否已移除？）。</translation>
    </message>
    <message>
        <source>The copy exceeded the system&apos;s file size limit (errno EFBIG): raise the limit (ulimit -f) or choose a disk that allows files this large.</source>
        <translation>副本超出了系统对单个文件大小的限制（errno EFBIG）：请提高该限制（ulimit -f），或选择能存放这么大文件的磁盘。</translation>
    </message>
    <message>
        <source>Checking the library…</source>
        <translation>正在检查文库……</translation>
    </message>
    <message>
        <source>The library is sound: %1, %2.</source>
        <translation>文库完好：%1，%2。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln speech(es)</source>
        <translation>
            <numerusform>%Ln 篇讲话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln 条批注</numerusform>
        </translation>
    </message>
    <message>
        <source>The library could not be checked.</source>
        <translation>无法检查文库。</translation>
    </message>
    <message>
        <source>There is no backup of it yet.</source>
        <translation>文库还没有任何备份。</translation>
    </message>
    <message>
        <source>The latest backup was taken %1. Use Restore from Backup… to put one back.</source>
        <translation>最近一次备份于 %1。可用“从备份恢复…”将其恢复。</translation>
    </message>
    <message>
        <source>The library check found problems.</source>
        <translation>文库检查发现了问题。</translation>
    </message>
    <message>
        <source>Restore from Backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>No file manager could open the library&apos;s folder.</source>
        <translation>没有文件管理器能打开文库所在的文件夹。</translation>
    </message>
    <message>
        <source>No file manager could open the folder.</source>
        <translation>没有文件管理器能打开这个文件夹。</translation>
    </message>
    <message>
        <source>Pizhu</source>
        <translation>批注 Pizhu</translation>
    </message>
</context>
<context>
    <name>LibraryToolsMixin</name>
    <message>
        <source>Moved the collection and its notes to the trash. Undo with %1.</source>
        <translation>文集及其批注已移到回收站。按 %1 可撤销。</translation>
    </message>
</context>
<context>
    <name>LibraryTree</name>
    <message>
        <source>No. %1</source>
        <translation>第%1篇</translation>
    </message>
    <message>
        <source>no longer in its file</source>
        <translation>已不在原文件中</translation>
    </message>
</context>
<context>
    <name>LibraryTreeModel</name>
    <message>
        <source>The sample collection that comes with Pizhu, to try highlights, notes and search on. Delete it when you like: File ▸ Add Sample Collection brings it back.</source>
        <translation>批注 Pizhu 自带的示例文集，可用来试试高亮、批注和搜索。不需要时可以删除，之后用“文件 ▸ 添加示例文集”即可加回来。</translation>
    </message>
</context>
<context>
    <name>LockRefusals</name>
    <message>
        <source>Another program is writing to the library, so the highlight was not saved. Try again in a moment.</source>
        <translation>另一个程序正在写入文库，高亮未保存，请稍后再试。</translation>
    </message>
    <message>
        <source>Another program is writing to the library, so the note was not added. Try again in a moment.</source>
        <translation>另一个程序正在写入文库，批注未添加，请稍后再试。</translation>
    </message>
    <message>
        <source>Another program is writing to the library, so the colour was not changed. Try again in a moment.</source>
        <translation>另一个程序正在写入文库，颜色未更改，请稍后再试。</translation>
    </message>
    <message>
        <source>Another program is writing to the library, so nothing was moved to the trash. Try again in a moment.</source>
        <translation>另一个程序正在写入文库，未移到回收站，请稍后再试。</translation>
    </message>
    <message>
        <source>Another program is writing to the library, so the empty note was not removed: it is kept. Delete it later if you do not want it.</source>
        <translation>另一个程序正在写入文库，这条空批注未能移除，仍保留着。如不需要，可稍后删除。</translation>
    </message>
    <message>
        <source>Another program is writing to the library, so nothing was undone. Try again in a moment.</source>
        <translation>另一个程序正在写入文库，未能撤销，请稍后再试。</translation>
    </message>
    <message>
        <source>Another program is writing to the library, so nothing was redone. Try again in a moment.</source>
        <translation>另一个程序正在写入文库，未能重做，请稍后再试。</translation>
    </message>
    <message>
        <source>Another program is writing to the library, so the change was not saved. Try again in a moment.</source>
        <translation>另一个程序正在写入文库，更改未保存，请稍后再试。</translation>
    </message>
</context>
<context>
    <name>LockWait</name>
    <message>
        <source>The library is in use by another program: your changes are kept, and saved as soon as it lets go.</source>
        <translation>文库正被其他程序占用：您的修改已保留，一旦释放即自动保存。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Drop speech files here, or press %1 to import them.</source>
        <translation>把讲话文件拖到这里，或按 %1 导入。</translation>
    </message>
    <message>
        <source>Speech text</source>
        <translation>讲话正文</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>文库</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Library</source>
        <translation>文库(&amp;L)</translation>
    </message>
    <message>
        <source>Sort Librar&amp;y</source>
        <translation>文库排序(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The library is in use by another program. Try again in a moment.</source>
        <translation>文库正被其他程序使用，请稍后再试。</translation>
    </message>
    <message>
        <source>The library is being saved in the background (an import or the word counts). Try this again in a moment; nothing was changed.</source>
        <translation>文库正在后台保存（导入或词频统计），请稍后再试；未做任何修改。</translation>
    </message>
    <message>
        <source>The library cannot be written to, so the change was not saved.</source>
        <translation>文库无法写入，修改未能保存。</translation>
    </message>
    <message>
        <source>The disk is full. The change was not saved; the library is as it was.</source>
        <translation>磁盘空间已满。修改未能保存，文库保持原样。</translation>
    </message>
    <message>
        <source>The disk reported an error.</source>
        <translation>磁盘读写出错。</translation>
    </message>
    <message>
        <source>The library file reached the system&apos;s file size limit (errno EFBIG). The change was not saved; the library is as it was.</source>
        <translation>文库文件已达到系统对单个文件大小的限制（errno EFBIG）。修改未能保存，文库保持原样。</translation>
    </message>
    <message>
        <source>The library&apos;s file was replaced (by a restore from a backup) while it was open. Nothing was changed; open the library again.</source>
        <translation>文库在打开期间，其文件被替换了（从备份恢复）。未做任何修改；请重新打开文库。</translation>
    </message>
    <message>
        <source>The library file is no longer where it was opened (moved, deleted, or its disk was removed). The change was not saved.</source>
        <translation>文库文件已不在打开时的位置（被移动、删除，或所在磁盘已移除）。修改未能保存。</translation>
    </message>
    <message>
        <source>The library file is damaged.</source>
        <translation>文库文件已损坏。</translation>
    </message>
    <message>
        <source>This file is not a Pizhu library.</source>
        <translation>这不是批注 Pizhu 的文库文件。</translation>
    </message>
    <message>
        <source>The library was saved by a newer version of Pizhu.</source>
        <translation>此文库由更新版本的批注 Pizhu 保存。</translation>
    </message>
    <message>
        <source>The library file cannot be opened.</source>
        <translation>无法打开文库文件。</translation>
    </message>
    <message>
        <source>It is no longer in the library.</source>
        <translation>文库中已没有这一项。</translation>
    </message>
    <message>
        <source>A backup cannot replace the library itself: choose another file.</source>
        <translation>备份不能覆盖文库本身，请另选一个文件。</translation>
    </message>
    <message>
        <source>The library cannot be opened: its folder or disk cannot be written to.</source>
        <translation>无法打开文库：文库所在的文件夹或磁盘不能写入。</translation>
    </message>
    <message>
        <source>The library cannot be opened: the disk is full.</source>
        <translation>无法打开文库：磁盘已满。</translation>
    </message>
    <message>
        <source>The library cannot be written to (a read-only file, folder or disk). You can read, but your place in the text, highlights and notes cannot be saved.</source>
        <translation>文库无法写入（文件、文件夹或磁盘为只读）。可以照常阅读，但阅读位置、高亮和批注都无法保存。</translation>
    </message>
    <message>
        <source>The disk is full. Your place in the text was not saved, and highlights and notes cannot be saved until there is room.</source>
        <translation>磁盘空间已满。阅读位置未能保存；腾出空间之前，高亮和批注也无法保存。</translation>
    </message>
    <message>
        <source>The library is in use by another program, so your place in the text was not saved.</source>
        <translation>文库正被其他程序使用，阅读位置未能保存。</translation>
    </message>
    <message>
        <source>The library file is no longer where it was opened (moved, deleted, or its disk was removed), so your place in the text was not saved.</source>
        <translation>文库文件已不在打开时的位置（被移动、删除，或所在磁盘已移除），阅读位置未能保存。</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>出现了意外错误。</translation>
    </message>
</context>
<context>
    <name>NoMatchHint</name>
    <message>
        <source>No title holds “%1”.</source>
        <translation>没有标题含有“%1”。</translation>
    </message>
    <message>
        <source>Press Esc to clear the filter, or Search Library (%1) to find the words in the speeches&apos; text.</source>
        <translation>按 Esc 清除筛选；要在讲话正文里查找这些字词，请用全库搜索（%1）。</translation>
    </message>
</context>
<context>
    <name>NoteSaving</name>
    <message>
        <source>Still not saved: kept in the editor, and saved again as you go on.</source>
        <translation>仍未保存：内容保留在编辑框中，稍后会再次保存。</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>批注已保存。</translation>
    </message>
    <message>
        <source>Tags saved.</source>
        <translation>标签已保存。</translation>
    </message>
    <message>
        <source>Pizhu</source>
        <translation>批注 Pizhu</translation>
    </message>
    <message>
        <source>The annotation on “%1” is no longer in the library.</source>
        <translation>“%1”上的批注已不在文库中。</translation>
    </message>
    <message>
        <source>An annotation is no longer in the library.</source>
        <translation>有一条批注已不在文库中。</translation>
    </message>
    <message>
        <source>Its note or tags not saved yet could not be saved: it was deleted for good, or the library was put back from a copy without it. Show Details has the words, to copy.</source>
        <translation>它尚未保存的批注内容或标签已无法保存：它已被永久删除，或文库已从不含它的副本恢复。“显示详情”中有这些文字，可以复制。</translation>
    </message>
    <message numerus="yes">
        <source>Changes to %Ln annotation(s) could not be saved.</source>
        <translation>
            <numerusform>%Ln 条批注的修改未能保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Once the library can take them (room made on the disk), click Try Again; or quit without them: Show Details has their words, to copy first.</source>
        <translation>待文库可以写入后（例如腾出磁盘空间），请单击“重试”；也可以不保存而退出，退出前可在“显示详情”中复制这些内容。</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Quit Without Saving</source>
        <translation>不保存并退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>OrphanPanel</name>
    <message>
        <source>Passage not found in the changed text</source>
        <translation>修改后的正文中找不到这段文字</translation>
    </message>
    <message>
        <source>Reattach to Selection</source>
        <translation>重新关联到所选文字</translation>
    </message>
    <message>
        <source>Attach this annotation to the words selected in the reader</source>
        <translation>把这条批注关联到阅读区中选中的文字</translation>
    </message>
    <message>
        <source>Open Its Speech</source>
        <translation>打开所属讲话</translation>
    </message>
    <message>
        <source>It belongs to another speech: open it, select where the passage is now, then reattach it.</source>
        <translation>它属于另一篇讲话：请先打开那篇讲话，选中这段文字现在所在的位置，再重新关联。</translation>
    </message>
    <message>
        <source>Reattach it to the words selected in the reader.</source>
        <translation>可以把它重新关联到阅读区中选中的文字。</translation>
    </message>
    <message>
        <source>Select where the passage is now in the reader, then click Reattach to Selection.</source>
        <translation>请在阅读区选中这段文字现在所在的位置，然后单击“重新关联到所选文字”。</translation>
    </message>
</context>
<context>
    <name>PagedPrint</name>
    <message>
        <source>Printing…</source>
        <translation>正在打印……</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>已取消打印。</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>已打印。</translation>
    </message>
    <message>
        <source>Could not print: the printer did not start.</source>
        <translation>无法打印：打印机未能启动。</translation>
    </message>
</context>
<context>
    <name>PdfPrint</name>
    <message>
        <source>Printing to PDF…</source>
        <translation>正在打印为 PDF……</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>已打印。</translation>
    </message>
    <message>
        <source>The PDF was printed, but its text could not be corrected: copying or searching it may give radicals (such as ⼈ for 人).</source>
        <translation>PDF 已打印，但其中的文字未能更正：复制或搜索时可能得到部首（如“人”成了“⼈”）。</translation>
    </message>
    <message>
        <source>Could not print to “%1”: nothing was written.</source>
        <translation>无法打印到“%1”：未写入任何文件。</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>已取消打印。</translation>
    </message>
    <message>
        <source>Pizhu</source>
        <translation>批注 Pizhu</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Sepia (easy on the eyes)</source>
        <translation>护眼</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Show Latin punctuation in Chinese text as full-&amp;width (%1)</source>
        <translation>将中文里的半角标点显示为全角（%1）(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Reader &amp;font size:</source>
        <translation>正文字号(&amp;F)：</translation>
    </message>
    <message>
        <source>Word Segmentation</source>
        <translation>中文分词</translation>
    </message>
    <message>
        <source>Add the terms you read often (such as 效能革命) to your own dictionary, so double-clicking selects them as one word, and %1 extends a selection by them.</source>
        <translation>把常见的术语（如“效能革命”）加入自定义词典，双击时就能整词选中，按 %1 也会逐词扩展选区。</translation>
    </message>
    <message>
        <source>Edit Custom &amp;Dictionary…</source>
        <translation>编辑自定义词典(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>PrintMixin</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Print Options</source>
        <translation>打印选项</translation>
    </message>
    <message>
        <source>A print is under way: wait until it has finished, or cancel it.</source>
        <translation>正在打印：请等它完成，或取消它。</translation>
    </message>
    <message>
        <source>With &amp;highlights and notes</source>
        <translation>带高亮和批注(&amp;H)</translation>
    </message>
    <message>
        <source>Leave unticked to print the text only</source>
        <translation>不勾选则只打印正文</translation>
    </message>
    <message>
        <source>Official-document page n&amp;umbers (GB/T 9704)</source>
        <translation>公文页码（GB/T 9704）(&amp;U)</translation>
    </message>
    <message>
        <source>“— 1 —” at the foot of the page: right on odd pages, left on even pages</source>
        <translation>页码写作“— 1 —”：单页码居右空一字，双页码居左空一字</translation>
    </message>
    <message>
        <source>Highlights and Page Numbers</source>
        <translation>高亮与页码</translation>
    </message>
    <message>
        <source>Could not print: the printer did not start.</source>
        <translation>无法打印：打印机未能启动。</translation>
    </message>
</context>
<context>
    <name>PrintProgressDialog</name>
    <message>
        <source>Printing</source>
        <translation>正在打印</translation>
    </message>
    <message>
        <source>Printing “%1”…</source>
        <translation>正在打印“%1”……</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Page %1</source>
        <translation>第%1页</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Notes on the whole speech</source>
        <translation>全文批注</translation>
    </message>
    <message>
        <source>Notes whose words are no longer in the text</source>
        <translation>未能在现文中定位的批注</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Up</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>←</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>→</translation>
    </message>
</context>
<context>
    <name>QueryRunsMixin</name>
    <message>
        <source>Searching…</source>
        <translation>正在搜索……</translation>
    </message>
    <message>
        <source>Open a speech to search in it.</source>
        <translation>请先打开一篇讲话，再在其中搜索。</translation>
    </message>
    <message>
        <source>There is no collection to search in.</source>
        <translation>没有可供搜索的文集。</translation>
    </message>
    <message>
        <source>In annotations: %1</source>
        <translation>批注中 %1 处</translation>
    </message>
    <message>
        <source>%1 in annotations</source>
        <translation>批注中有 %1 处</translation>
    </message>
    <message>
        <source>Show the hits in annotations (%1)</source>
        <translation>查看批注中的 %1 处命中</translation>
    </message>
    <message>
        <source>Search the annotations for these words (ticks Annotations only)</source>
        <translation>在批注中搜索这些字词（勾选“只搜索批注”）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No annotation contains these words.</source>
        <translation>没有批注包含这些字词。</translation>
    </message>
    <message>
        <source>Hits in annotations: %1 · Speeches: %2</source>
        <translation>批注中命中 %1 处 · 涉及 %2 篇讲话</translation>
    </message>
    <message>
        <source> · In titles: %1</source>
        <translation> · 标题中 %1 篇</translation>
    </message>
    <message>
        <source>In titles: %1</source>
        <translation>标题中 %1 篇</translation>
    </message>
    <message>
        <source>No hits in the speech texts;</source>
        <translation>讲话正文中没有命中；</translation>
    </message>
    <message>
        <source>No hits in these years or by these speakers: clear the filter to search all.</source>
        <translation>所选年份或讲话人中未找到：清除筛选即可搜索全部讲话。</translation>
    </message>
    <message>
        <source>No hits in these years or by this speaker: clear the filter to search all.</source>
        <translation>所选年份或讲话人中未找到：清除筛选即可搜索全部讲话。</translation>
    </message>
    <message>
        <source>No hits in this speech: choose Whole library to search every speech.</source>
        <translation>本篇未找到：选“整个文库”可搜索全部讲话。</translation>
    </message>
    <message>
        <source>No hits in this collection: choose Whole library to search them all.</source>
        <translation>本文集未找到：选“整个文库”可搜索全部讲话。</translation>
    </message>
    <message>
        <source>No hits. Words are found exactly as typed: try fewer or shorter ones.</source>
        <translation>未找到。搜索按输入的字词原样查找：可试试更少或更短的词。</translation>
    </message>
    <message>
        <source>Hits: %1 · Speeches: %2</source>
        <translation>命中 %1 处 · 涉及 %2 篇讲话</translation>
    </message>
</context>
<context>
    <name>ReadOnlyTips</name>
    <message>
        <source>The library is read-only, so this cannot be saved.</source>
        <translation>文库为只读，此操作无法保存。</translation>
    </message>
    <message>
        <source>%1 — the library is read-only, so this cannot be saved.</source>
        <translation>%1——文库为只读，此操作无法保存。</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Back to where this note is cited</source>
        <translation>返回引用此注释的位置</translation>
    </message>
    <message>
        <source>Select a passage first, then press 1–5 / N</source>
        <translation>先选中一段文字，再按 1–5 / N</translation>
    </message>
</context>
<context>
    <name>ReadingMixin</name>
    <message>
        <source>[Read-Only]</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <source>%1 [Read-Only]</source>
        <translation>%1（只读）</translation>
    </message>
</context>
<context>
    <name>ReadingStatusBar</name>
    <message>
        <source>%1 characters · %2</source>
        <translation>%1 字 · %2</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>约 %1 分钟</translation>
    </message>
    <message>
        <source>about %1 h</source>
        <translation>约 %1 小时</translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>约 %1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>Paragraph %1 of %2 · %3%</source>
        <translation>第%1/%2段 · %3%</translation>
    </message>
    <message>
        <source>Loading the word dictionary…</source>
        <translation>正在加载分词词典……</translation>
    </message>
    <message>
        <source>Word dictionary unavailable</source>
        <translation>分词词典不可用</translation>
    </message>
    <message>
        <source>Word dictionary ready: double-click selects whole words</source>
        <translation>分词词典已就绪：双击可选中整词</translation>
    </message>
    <message>
        <source>This library is read-only: you can read, but not save notes, highlights or your place</source>
        <translation>此文库只读：可以阅读，不能保存批注、高亮和阅读位置</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) saved when the import finishes</source>
        <translation>
            <numerusform>%Ln 处修改将在导入完成后保存</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) made during the import were placed where their words are in the new text.</source>
        <translation>
            <numerusform>导入期间所做的 %Ln 处修改已放到新文本中对应文字的位置。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passage of %Ln change(s) made during the import was not found: kept with the quote and note, under “Passage not found” in the Annotations pane.</source>
        <translation>
            <numerusform>导入期间所做的 %Ln 处修改未找到原文：摘录和批注均已保留，见批注面板的“未找到原文”。</numerusform>
        </translation>
    </message>
    <message>
        <source>The undo history was cleared: the re-import moved or removed what its steps refer to.</source>
        <translation>撤销记录已清空：重新导入移动或删除了其中步骤涉及的内容。</translation>
    </message>
    <message>
        <source>The undo history was cleared: what its steps could bring back was deleted for good.</source>
        <translation>撤销记录已清空：其中步骤可恢复的内容已被永久删除。</translation>
    </message>
    <message>
        <source>The library was changed by another program: the undo history was cleared, as its steps may no longer apply.</source>
        <translation>文库已被其他程序修改：撤销记录已清空，其中的步骤可能已不再适用。</translation>
    </message>
    <message>
        <source>The undo history was cleared.</source>
        <translation>撤销记录已清空。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
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
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore from &amp;File…</source>
        <translation>从文件恢复(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose a backup to replace the library with (newest first).</source>
        <translation>选择要替换当前文库的备份（最新的在前）。</translation>
    </message>
    <message>
        <source>There is no backup of this library yet. Pizhu makes one each day you open the library (the first one the next time you open it) and one before every upgrade of the file.</source>
        <translation>这个文库还没有备份。批注 Pizhu 在您每天打开文库时备份一次（第一次在下次打开时），每次升级文库文件之前也会备份。</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Restore from a Copy of the Library</source>
        <translation>从文库副本恢复</translation>
    </message>
    <message>
        <source>Pizhu library (*.sqlite)</source>
        <translation>批注 Pizhu 文库 (*.sqlite)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>SearchDock</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Words to find; &quot;a phrase&quot;; -leave out</source>
        <translation>要找的字词；&quot;短语&quot;；-排除</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation>整个文库</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>文集</translation>
    </message>
    <message>
        <source>This speech</source>
        <translation>本篇讲话</translation>
    </message>
    <message>
        <source>Annotations only</source>
        <translation>只搜索批注</translation>
    </message>
    <message>
        <source>Search the annotations: their notes and the words they mark</source>
        <translation>搜索批注：批注内容及其标记的字词</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>搜索内容</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>搜索范围</translation>
    </message>
    <message>
        <source>Collection to search</source>
        <translation>要搜索的文集</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Counts by &amp;Year…</source>
        <translation>按年份统计(&amp;Y)…</translation>
    </message>
    <message>
        <source>Count the query&apos;s occurrences per year or per speaker</source>
        <translation>按年份或讲话人统计查询词的出现次数</translation>
    </message>
</context>
<context>
    <name>SearchFilterRow</name>
    <message>
        <source>from %1</source>
        <translation>%1年起</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至%1年</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>未注明日期</translation>
    </message>
    <message>
        <source>no speaker named</source>
        <translation>未注明讲话人</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Years:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>起始年份</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>截止年份</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>未注明日期</translation>
    </message>
    <message>
        <source>The speeches without a date (with years chosen: besides those years)</source>
        <translation>未注明日期的讲话（已选年份时：另加这些讲话）</translation>
    </message>
    <message>
        <source>Speakers:</source>
        <translation>讲话人：</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>讲话人</translation>
    </message>
    <message>
        <source>Pick speakers one after another, or type several parted by 、 or a comma</source>
        <translation>可逐个选取讲话人，也可一次输入几位，以顿号或逗号隔开</translation>
    </message>
    <message>
        <source>No speech names “%1”: the library has %2</source>
        <translation>没有讲话注明讲话人“%1”：文库中有%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No speech names “%1”</source>
        <translation>没有讲话注明讲话人“%1”</translation>
    </message>
    <message>
        <source>another speaker</source>
        <translation>再添一位讲话人</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation>%1 ×</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除%1</translation>
    </message>
    <message>
        <source>No speech names %1: click to remove it from the filter</source>
        <translation>没有讲话注明讲话人%1：点击即从筛选中移除</translation>
    </message>
    <message>
        <source>Remove %1 from the filter</source>
        <translation>从筛选中移除%1</translation>
    </message>
    <message>
        <source>No speaker named</source>
        <translation>未注明讲话人</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Search every speech again</source>
        <translation>恢复搜索全部讲话</translation>
    </message>
    <message>
        <source>Keep the search to some years or speakers</source>
        <translation>只在某些年份或某几位讲话人的讲话中搜索</translation>
    </message>
    <message>
        <source>%1 (now: %2)</source>
        <translation>%1（当前：%2）</translation>
    </message>
</context>
<context>
    <name>SearchMessages</name>
    <message>
        <source>Type something to search for.</source>
        <translation>请输入要搜索的内容。</translation>
    </message>
    <message>
        <source>Add a word to find: a word after a minus sign is only left out, so -革命 alone finds nothing.</source>
        <translation>请加上要查找的字词：减号后的字词只用于排除（单独的 -革命 什么也找不到）。</translation>
    </message>
    <message>
        <source>A quotation mark is not closed. Close the phrase, or leave the mark out to find the words anywhere.</source>
        <translation>有引号没有闭合。请补全短语，或去掉引号以查找这些字词。</translation>
    </message>
    <message>
        <source>A quotation mark must open a phrase after a space. To find words with their quotation marks, put them in the other kind of quotes: &quot;“效能革命”&quot;.</source>
        <translation>引号须在空格之后用来开始一个短语。要连同引号一起查找，请用另一种引号把它们括起来：&quot;“效能革命”&quot;。</translation>
    </message>
    <message>
        <source>There is nothing between the quotation marks.</source>
        <translation>引号之间没有内容。</translation>
    </message>
    <message>
        <source>This query cannot be searched for.</source>
        <translation>无法搜索此内容。</translation>
    </message>
    <message>
        <source>The library is busy (an import is being saved). Try again shortly.</source>
        <translation>文库正忙（正在保存导入的内容），请稍后再试。</translation>
    </message>
    <message>
        <source>The search could not be completed. Try again; if it keeps failing, the library file may be damaged.</source>
        <translation>搜索未能完成。请重试；如果一再失败，文库文件可能已损坏。</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>%1  (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1  (title, %2)</source>
        <translation>%1（标题，%2）</translation>
    </message>
    <message>
        <source>%1  (title)</source>
        <translation>%1（标题）</translation>
    </message>
    <message>
        <source>%1
Found in the title: opens at the top</source>
        <translation>%1
在标题中找到：打开时从篇首显示</translation>
    </message>
    <message>
        <source>Speech / Section</source>
        <translation>讲话 / 章节</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>前文</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>命中</translation>
    </message>
    <message>
        <source>After</source>
        <translation>后文</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>批注</translation>
    </message>
</context>
<context>
    <name>SearchTables</name>
    <message>
        <source>Speech ID</source>
        <translation>讲话编号</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>讲话</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>End</source>
        <translation>终点</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>前文</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>命中</translation>
    </message>
    <message>
        <source>After</source>
        <translation>后文</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>文集</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>讲话人</translation>
    </message>
</context>
<context>
    <name>SessionEventsMixin</name>
    <message>
        <source>The library was changed by another program and has been reloaded.</source>
        <translation>文库已被其他程序修改，现按修改后的内容显示。</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销%1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做%1(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keys in Panes and Lists</source>
        <translation>面板与列表中的按键</translation>
    </message>
    <message>
        <source>Back to the page from a pane</source>
        <translation>从面板回到正文</translation>
    </message>
    <message>
        <source>Context menu of the passage or row</source>
        <translation>所选文字或条目的右键菜单</translation>
    </message>
    <message>
        <source>Select word by word in the page</source>
        <translation>在正文中逐词选择</translation>
    </message>
    <message>
        <source>Select the sentence under the pointer</source>
        <translation>选中鼠标所指的句子</translation>
    </message>
    <message>
        <source>Start or end of the line in the page</source>
        <translation>正文中移到行首或行尾</translation>
    </message>
    <message>
        <source>Next or previous paragraph in the page</source>
        <translation>正文中移到下一段或上一段</translation>
    </message>
    <message>
        <source>Top or bottom of the speech</source>
        <translation>移到讲话的开头或末尾</translation>
    </message>
    <message>
        <source>Edit the selected annotation&apos;s note</source>
        <translation>编辑所选批注的内容</translation>
    </message>
    <message>
        <source>Select every annotation listed</source>
        <translation>选中列出的全部批注</translation>
    </message>
    <message>
        <source>Tag the chosen annotations</source>
        <translation>给选中的批注加标签</translation>
    </message>
    <message>
        <source>From the search box to the results</source>
        <translation>从搜索框转到搜索结果</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>搜索历史</translation>
    </message>
    <message>
        <source>Compare Window</source>
        <translation>对照窗口</translation>
    </message>
    <message>
        <source>Next or previous change</source>
        <translation>下一处或上一处改动</translation>
    </message>
    <message>
        <source>Export the changes</source>
        <translation>导出改动</translation>
    </message>
    <message>
        <source>Copy the changes, to paste into Word</source>
        <translation>复制改动（可粘贴到 Word）</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Click</source>
        <comment>a mouse click with keys held: Ctrl+Click</comment>
        <translation>单击</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Search commands or keys</source>
        <translation>搜索命令或快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>SpeechChooser</name>
    <message>
        <source>Compare With</source>
        <translation>对照</translation>
    </message>
    <message>
        <source>Type to filter by title</source>
        <translation>输入标题中的字词筛选</translation>
    </message>
    <message>
        <source>Filter speeches by title</source>
        <translation>按标题筛选讲话</translation>
    </message>
    <message>
        <source>Reading the library&apos;s speeches…</source>
        <translation>正在读取文库中的讲话……</translation>
    </message>
    <message>
        <source>Speeches</source>
        <translation>讲话</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>对照(&amp;M)</translation>
    </message>
    <message>
        <source>The speeches could not be read: %1</source>
        <translation>无法读取讲话列表：%1</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>第%1篇</translation>
    </message>
    <message>
        <source>%1 (file)</source>
        <translation>%1（文件日期）</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
</context>
<context>
    <name>SpeechLabel</name>
    <message>
        <source>%1, %2</source>
        <comment>a speech&apos;s number, its collection</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a speech&apos;s title (its number, collection)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
</context>
<context>
    <name>StandardButtons</name>
    <message>
        <source>&amp;OK</source>
        <translation>确定(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>不保存(&amp;D)</translation>
    </message>
</context>
<context>
    <name>StartUpgrade</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第%1步（共 %2 步）：%3</translation>
    </message>
    <message>
        <source>The library could not be upgraded: the disk is full. Free some space on it, then start Pizhu again.</source>
        <translation>文库未能升级：磁盘已满。请腾出空间，然后重新启动批注 Pizhu。</translation>
    </message>
    <message>
        <source>The library could not be upgraded: it cannot be written to (a read-only file, folder or disk).</source>
        <translation>文库未能升级：无法写入文库（文件、文件夹或磁盘为只读）。</translation>
    </message>
    <message>
        <source>The library could not be upgraded: another program is using it. Close that program, then start Pizhu again.</source>
        <translation>文库未能升级：另一个程序正在使用它。请关闭该程序，然后重新启动批注 Pizhu。</translation>
    </message>
    <message>
        <source>The library could not be upgraded.</source>
        <translation>文库未能升级。</translation>
    </message>
    <message>
        <source>Nothing in the library was changed: it is as it was before, and the next start tries the upgrade again.

%1</source>
        <translation>文库未做任何改动，仍是升级前的样子；下次启动时会再次尝试升级。

%1</translation>
    </message>
    <message>
        <source>Upgrading the library “%1” for this version of Pizhu…</source>
        <translation>正在为新版批注 Pizhu 升级文库“%1”……</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>&amp;Copy Table</source>
        <translation>复制表格(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the table, to paste into Word, Excel or WPS</source>
        <translation>复制表格，可粘贴到 Word、Excel 或 WPS</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the table as a CSV file for Excel or WPS</source>
        <translation>将表格另存为 CSV 文件，供 Excel 或 WPS 打开</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>TagTexts</name>
    <message numerus="yes">
        <source>Merged “%1” into “%2” on %Ln annotation(s).</source>
        <translation>
            <numerusform>已将“%1”合并到“%2”，涉及 %Ln 条批注。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed “%1” to “%2” on %Ln annotation(s).</source>
        <translation>
            <numerusform>已将“%1”重命名为“%2”，涉及 %Ln 条批注。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed “%1” from %Ln annotation(s); the annotations stay.</source>
        <translation>
            <numerusform>已从 %Ln 条批注上去掉“%1”，批注本身保留。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>Manage Tags</source>
        <translation>管理标签</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>Type to show only matching tags</source>
        <translation>输入文字，只显示匹配的标签</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>Rename the tag everywhere (F2); renaming it to an existing tag merges the two</source>
        <translation>在所有批注中重命名此标签（F2）；改为已有的名称即合并两者</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Remove the tag from every annotation (the annotations are kept)</source>
        <translation>从所有批注上去掉此标签；批注本身保留</translation>
    </message>
    <message>
        <source>No tags yet: select an annotation and add tags to it in the Annotations pane.</source>
        <translation>还没有标签：在批注面板中选中批注，即可为它添加标签。</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>标签名称不能为空。</translation>
    </message>
    <message>
        <source>A tag name cannot contain a comma, 、 or semicolon: they separate tags.</source>
        <translation>标签名称不能含有逗号、顿号或分号：它们用来分隔标签。</translation>
    </message>
</context>
<context>
    <name>TagsMixin</name>
    <message>
        <source>Undo with %1.</source>
        <translation>可按 %1 撤销。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>TagsModel</name>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批注数</translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <source>&amp;In:</source>
        <translation>范围(&amp;I)：</translation>
    </message>
    <message>
        <source>Cop&amp;y Table</source>
        <translation>复制表格(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>TermsDock</name>
    <message>
        <source>Terms</source>
        <translation>词语</translation>
    </message>
    <message>
        <source>This speech</source>
        <translation>本篇讲话</translation>
    </message>
    <message>
        <source>Its collection</source>
        <translation>所在文集</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation>整个文库</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Formulations (提法)</source>
        <translation>提法</translation>
    </message>
    <message>
        <source>Previous occurrence</source>
        <translation>上一处</translation>
    </message>
    <message>
        <source>Next occurrence</source>
        <translation>下一处</translation>
    </message>
    <message>
        <source>Clear the marks</source>
        <translation>清除标记</translation>
    </message>
    <message>
        <source>Terms of</source>
        <translation>词语范围</translation>
    </message>
    <message>
        <source>C&amp;lear the Marks of “%1”</source>
        <translation>清除“%1”的标记(&amp;L)</translation>
    </message>
    <message>
        <source>What the counts mean</source>
        <translation>计数说明</translation>
    </message>
    <message>
        <source>The terms could not be found.</source>
        <translation>未能提取词语。</translation>
    </message>
    <message>
        <source>Counts are of whole words (jieba&apos;s segmentation); the find bar, the search and the concordance count every occurrence of the characters. Double-click a term or press Enter to search for it and compare the counts.</source>
        <translation>这里按整词计数（jieba 分词）；查找栏、搜索和上下文索引按字串计数，字符出现一次计一次。双击词条或按回车键即可搜索该词，对照两种计数。</translation>
    </message>
    <message>
        <source>C&amp;oncordance…</source>
        <translation>上下文索引(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Search the Library</source>
        <translation>在全库中搜索(&amp;S)</translation>
    </message>
    <message>
        <source>Counts by &amp;Year…</source>
        <translation>按年份统计(&amp;Y)…</translation>
    </message>
    <message>
        <source>Loading the word dictionary…</source>
        <translation>正在加载分词词典……</translation>
    </message>
    <message>
        <source>Finding terms…</source>
        <translation>正在提取词语……</translation>
    </message>
    <message>
        <source>Keyword scores weigh the library&apos;s words against general Chinese usage (the library cannot be weighed against itself).</source>
        <translation>关键词得分以通用汉语语料为参照计算（文库无法以自身为参照）。</translation>
    </message>
    <message>
        <source>Click a term or move with ↑ ↓ to mark it in the text.</source>
        <translation>单击或用 ↑ ↓ 键选中词条，即在正文中标出。</translation>
    </message>
    <message>
        <source>Reading word counts: %1 of %2 speeches…</source>
        <translation>正在读取词频：%1 / %2 篇……</translation>
    </message>
    <message>
        <source>Terms of %1 of %2 speeches; counting the rest (%3 of %4)…</source>
        <translation>词语取自 %1 篇（共 %2 篇）；其余正在统计（%3 / %4）……</translation>
    </message>
    <message>
        <source>Terms of %1 of %2 speeches; counting the rest…</source>
        <translation>词语取自 %1 篇（共 %2 篇）；其余正在统计……</translation>
    </message>
    <message>
        <source>Terms of the %1 of %2 speeches counted.</source>
        <translation>词语取自已统计的 %1 篇（共 %2 篇）。</translation>
    </message>
    <message>
        <source>Keyword scores weigh words against general Chinese usage until the library&apos;s words are counted.</source>
        <translation>文库词频统计完成前，关键词得分暂以通用汉语语料为参照计算。</translation>
    </message>
    <message>
        <source>Keyword scores weigh words against general Chinese usage until the library&apos;s words are counted (%1 of %2 speeches).</source>
        <translation>文库词频统计完成前（已统计 %1 / %2 篇），关键词得分暂以通用汉语语料为参照计算。</translation>
    </message>
    <message>
        <source>Finding the speeches containing “%1”…</source>
        <translation>正在查找含“%1”的讲话……</translation>
    </message>
    <message>
        <source>“%3”: once, in 1 speech.</source>
        <translation>“%3”：仅 1 篇 1 处。</translation>
    </message>
    <message>
        <source>“%3”: %2 times in 1 speech; use the arrows.</source>
        <translation>“%3”：1 篇共 %2 处，可用箭头逐处查看。</translation>
    </message>
    <message>
        <source>“%3”: %2 times in %1 speeches; use the arrows.</source>
        <translation>“%3”：%1 篇共 %2 处，可用箭头逐处查看。</translation>
    </message>
    <message>
        <source>Finding the next “%1”…</source>
        <translation>正在查找下一处“%1”……</translation>
    </message>
    <message>
        <source>Open a speech to see its terms.</source>
        <translation>打开一篇讲话即可查看其词语。</translation>
    </message>
    <message>
        <source>“%1” is marked; × clears the marks.</source>
        <translation>已标出“%1”；单击 × 清除标记。</translation>
    </message>
    <message>
        <source>Keyword scores weigh words against this library.</source>
        <translation>关键词得分以本文库为参照计算。</translation>
    </message>
    <message>
        <source>Keyword scores weigh words against general Chinese usage.</source>
        <translation>关键词得分以通用汉语语料为参照计算。</translation>
    </message>
</context>
<context>
    <name>TermsModel</name>
    <message>
        <source>quoted</source>
        <translation>引号式</translation>
    </message>
    <message>
        <source>numbered</source>
        <translation>数字式</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>整词次数</translation>
    </message>
    <message>
        <source>How often it occurs as a whole word of jieba&apos;s segmentation (革命 inside 效能革命 is not counted). The find bar, the library search and the concordance count every occurrence of its characters: double-click it or press Enter to search for it and compare the counts.</source>
        <translation>按 jieba 分词作为整词出现的次数（“效能革命”中的“革命”不计）。查找栏、文库搜索和上下文索引按字串计数，字符出现一次计一次：双击或按回车键即可搜索该词，对照两种计数。</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>规范提法</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Formulation</source>
        <translation>提法</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>带引号次数</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>TermsTables</name>
    <message>
        <source>Speeches</source>
        <translation>篇数</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation>整个文库</translation>
    </message>
</context>
<context>
    <name>TitleFilterModel</name>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln 条批注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching speech(es)</source>
        <translation>
            <numerusform>%Ln 篇相符</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Note on the whole speech</source>
        <translation>全文批注</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>清空回收站(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete for Good…</source>
        <translation>永久删除(&amp;D)…</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %Ln chosen item(s) for good?</source>
        <translation>
            <numerusform>要永久删除所选的 %Ln 项内容吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <source>&amp;Delete for Good</source>
        <translation>永久删除(&amp;D)</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>清空回收站</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %Ln item(s) in the trash for good?</source>
        <translation>
            <numerusform>要永久删除回收站中的 %Ln 项内容吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted items stay here until you delete them for good or empty the trash.</source>
        <translation>删除的内容会保留在这里，直到将其永久删除或清空回收站。</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>此操作无法撤销。</translation>
    </message>
    <message>
        <source>&amp;Empty Trash</source>
        <translation>清空回收站(&amp;E)</translation>
    </message>
</context>
<context>
    <name>TrashTexts</name>
    <message numerus="yes">
        <source>Collection of %Ln speech(es)</source>
        <translation>
            <numerusform>文集，共 %Ln 篇讲话</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TreeActionsMixin</name>
    <message>
        <source>New title for the collection:</source>
        <translation>文集的新标题：</translation>
    </message>
    <message>
        <source>New title for the speech:</source>
        <translation>讲话的新标题：</translation>
    </message>
</context>
<context>
    <name>TrendDialog</name>
    <message>
        <source>&amp;Term:</source>
        <translation>词语(&amp;T)：</translation>
    </message>
    <message>
        <source>Words to count, as the search takes them</source>
        <translation>要统计的词语（写法同搜索）</translation>
    </message>
    <message>
        <source>Co&amp;unt</source>
        <translation>统计(&amp;U)</translation>
    </message>
    <message>
        <source>By ye&amp;ar</source>
        <translation>按年份(&amp;A)</translation>
    </message>
    <message>
        <source>By &amp;speaker</source>
        <translation>按讲话人(&amp;S)</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>正在统计</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>统计结果</translation>
    </message>
    <message>
        <source>Type the words to count.</source>
        <translation>请输入要统计的词语。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Counted within the search panel&apos;s filter: %1</source>
        <translation>仅统计搜索面板筛选范围内：%1</translation>
    </message>
    <message>
        <source>Occurrences: %1 · Speeches: %2 · double-click a row or press Enter to search</source>
        <translation>出现 %1 次 · 涉及 %2 篇讲话 · 双击一行或按 Enter 即可搜索</translation>
    </message>
    <message>
        <source>No speeches of %1 in %2: there is nothing to search.</source>
        <translation>%2中没有%1年的讲话，无可搜索。</translation>
    </message>
    <message>
        <source>The search panel shows “%1” in %2, filtered (%3); its Clear shows every speech again.</source>
        <translation>搜索面板列出“%1”在%2中的出处，仅限%3（点面板上的“清除”可看全部）。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计……</translation>
    </message>
    <message>
        <source>Counts by Year</source>
        <translation>按年份统计</translation>
    </message>
    <message>
        <source>“%1” by year in %2</source>
        <translation>“%1”在%2中的逐年统计</translation>
    </message>
    <message>
        <source>“%1” by speaker in %2</source>
        <translation>“%1”在%2中的按讲话人统计</translation>
    </message>
    <message>
        <source>Not found in the texts of these speeches.</source>
        <translation>这些讲话的正文中没有找到。</translation>
    </message>
</context>
<context>
    <name>TrendModel</name>
    <message>
        <source>Undated</source>
        <translation>未注明日期</translation>
    </message>
    <message>
        <source>No speaker named</source>
        <translation>未注明讲话人</translation>
    </message>
    <message>
        <source>No speeches</source>
        <translation>无讲话</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>讲话人</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>出现次数</translation>
    </message>
    <message>
        <source>Speeches</source>
        <translation>篇数</translation>
    </message>
    <message>
        <source>All speeches</source>
        <translation>讲话总篇数</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Rename Tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>Delete Annotations</source>
        <translation>删除多条批注</translation>
    </message>
    <message>
        <source>Change Colours</source>
        <translation>更改多条批注的颜色</translation>
    </message>
    <message>
        <source>Accept Places</source>
        <translation>确认多条批注的位置</translation>
    </message>
    <message>
        <source>Add Highlight</source>
        <translation>添加高亮</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>添加批注</translation>
    </message>
    <message>
        <source>Delete Highlight</source>
        <translation>删除高亮</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>删除批注</translation>
    </message>
    <message>
        <source>Restore Highlight</source>
        <translation>还原高亮</translation>
    </message>
    <message>
        <source>Restore Note</source>
        <translation>还原批注</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>编辑批注</translation>
    </message>
    <message>
        <source>Change Colour</source>
        <translation>更改颜色</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>编辑标签</translation>
    </message>
    <message>
        <source>Reattach Note</source>
        <translation>重新关联批注</translation>
    </message>
    <message>
        <source>Accept Place</source>
        <translation>确认位置</translation>
    </message>
    <message>
        <source>Rename Collection</source>
        <translation>重命名文集</translation>
    </message>
    <message>
        <source>Rename Speech</source>
        <translation>重命名讲话</translation>
    </message>
    <message>
        <source>Restore Collection</source>
        <translation>还原文集</translation>
    </message>
    <message>
        <source>Delete Collection</source>
        <translation>删除文集</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>添加标签</translation>
    </message>
</context>
<context>
    <name>UndoTexts</name>
    <message numerus="yes">
        <source>Import %Ln Annotation(s)</source>
        <translation>
            <numerusform>导入 %Ln 条批注</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsavedNotesNotice</name>
    <message>
        <source>When Pizhu last closed (by the system, or ended by force), the library could not save some notes. They were written to a file instead:</source>
        <translation>上次批注 Pizhu 关闭时（被系统关闭或被强行结束），文库未能保存部分批注，已将它们另存到以下文件：</translation>
    </message>
    <message>
        <source>Show in &amp;File Manager</source>
        <translation>在文件管理器中显示(&amp;F)</translation>
    </message>
</context>
<context>
    <name>UpgradeStep</name>
    <message>
        <source>Creating the library&apos;s tables</source>
        <translation>正在创建文库的数据表</translation>
    </message>
    <message>
        <source>Keeping speeches a file no longer holds</source>
        <translation>正在保留文件中已不存在的讲话</translation>
    </message>
    <message>
        <source>Building the search index</source>
        <translation>正在建立搜索索引</translation>
    </message>
    <message>
        <source>Making room for renames, the trash and import reports</source>
        <translation>正在为重命名、回收站和导入报告留出位置</translation>
    </message>
    <message>
        <source>Making room for keywords</source>
        <translation>正在为关键词留出位置</translation>
    </message>
    <message>
        <source>Measuring each speech&apos;s length</source>
        <translation>正在计算每篇讲话的长度</translation>
    </message>
    <message>
        <source>Keeping the words first marked</source>
        <translation>正在保留批注最初摘录的文字</translation>
    </message>
    <message>
        <source>Keeping tags in the order typed</source>
        <translation>正在按输入顺序保存标签</translation>
    </message>
    <message>
        <source>Making room for word counts</source>
        <translation>正在为词频留出位置</translation>
    </message>
    <message>
        <source>Noting changes made by other programs</source>
        <translation>正在准备识别其他程序所做的更改</translation>
    </message>
    <message>
        <source>Indexing titles for search</source>
        <translation>正在为搜索索引标题</translation>
    </message>
    <message>
        <source>Indexing speeches by their text</source>
        <translation>正在按正文索引讲话</translation>
    </message>
    <message>
        <source>Finding the same speech in other files</source>
        <translation>正在查找其他文件中的相同讲话</translation>
    </message>
    <message>
        <source>Counting words anew</source>
        <translation>正在重新统计词语</translation>
    </message>
    <message>
        <source>Re-indexing notes for search</source>
        <translation>正在为搜索重新索引批注</translation>
    </message>
    <message>
        <source>Indexing dates and speakers</source>
        <translation>正在索引日期和讲话人</translation>
    </message>
    <message>
        <source>Counting words for keywords and formulations</source>
        <translation>正在为关键词和提法重新统计词语</translation>
    </message>
    <message>
        <source>Upgrading the library&apos;s tables</source>
        <translation>正在升级文库的数据表</translation>
    </message>
</context>
<context>
    <name>UpgradeWindow</name>
    <message>
        <source>The library opens as soon as it is upgraded: a large one takes a few seconds. It is backed up first, and nothing in it changes until the upgrade is complete.</source>
        <translation>升级完成后即打开文库，文库较大时需要几秒钟。升级前会先备份；升级完成之前，文库中的内容不会有任何改动。</translation>
    </message>
    <message>
        <source>Backing up the library first…</source>
        <translation>正在先备份文库……</translation>
    </message>
    <message>
        <source>Upgrading the library…</source>
        <translation>正在升级文库……</translation>
    </message>
    <message>
        <source>The upgrade stopped.</source>
        <translation>升级已停止。</translation>
    </message>
    <message>
        <source>The upgrade could not be completed.</source>
        <translation>升级未能完成。</translation>
    </message>
    <message>
        <source>Pizhu closes once the upgrade is done: an upgrade is never left half done.</source>
        <translation>升级完成后批注 Pizhu 才会关闭：升级不会半途而止。</translation>
    </message>
</context>
<context>
    <name>WindowStateMixin</name>
    <message>
        <source>Saving your changes; the window will close when the import stops…</source>
        <translation>正在保存修改，导入停止后窗口将关闭……</translation>
    </message>
    <message>
        <source>The window was not closed: a change could not be saved.</source>
        <translation>窗口未关闭：有一项修改未能保存。</translation>
    </message>
</context>
</TS>
