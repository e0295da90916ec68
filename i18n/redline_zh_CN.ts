<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>RedLine</name>
        <message>
            <source>The breaks '{breaks}' are not valid: give increasing percentages separated by commas, such as 50,80.</source>
            <translation>分级断点“{breaks}”无效：请输入用逗号分隔的递增百分比，例如 50,80。</translation>
        </message>
        <message>
            <source>The raster '{name}' contains infinite values. Set them to nodata before grading.</source>
            <translation>栅格“{name}”含有无穷大值。请在分级前将其设为无数据（nodata）。</translation>
        </message>
        <message>
            <source>The raster '{name}' has no valid cells (all nodata). Check its nodata value and extent.</source>
            <translation>栅格“{name}”没有有效像元（全部为无数据）。请检查其无数据值和范围。</translation>
        </message>
        <message>
            <source>Importance grade (cumulative value rule)</source>
            <translation>重要性等级（累积服务值法）</translation>
        </message>
        <message>
            <source>Cancelled by the user; nothing was written.</source>
            <translation>已被用户取消，未写入任何文件。</translation>
        </message>
        <message>
            <source>The raster '{name}' cannot be read ({reason}). Check that the file exists and is a raster GDAL can open.</source>
            <translation>无法读取栅格“{name}”（{reason}）。请确认文件存在且为 GDAL 可打开的栅格。</translation>
        </message>
        <message>
            <source>The raster '{name}' cannot be read. Check that the file exists and is a raster GDAL can open.</source>
            <translation>无法读取栅格“{name}”。请确认文件存在且为 GDAL 可打开的栅格。</translation>
        </message>
        <message>
            <source>The raster '{name}' has {count} band(s); band {index} does not exist. Choose a band between 1 and {count}.</source>
            <translation>栅格“{name}”共有 {count} 个波段，不存在第 {index} 波段。请选择 1 到 {count} 之间的波段。</translation>
        </message>
        <message>
            <source>Red Line Workbench / 生态保护红线</source>
            <translation>生态保护红线 / Red Line Workbench</translation>
        </message>
        <message>
            <source>Ecological protection red line workbench</source>
            <translation>生态保护红线工作台</translation>
        </message>
        <message>
            <source>Assess ecological importance and sensitivity, delineate the red line, keep its ledger and export the standard submission package. Every step is also in the Processing Toolbox under Red Line Workbench.</source>
            <translation>开展生态功能重要性和生态敏感性评价，划定生态保护红线，建立红线台账，并导出标准成果包。每一步也可在处理工具箱的“生态保护红线工作台”中运行。</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>版本 {version}</translation>
        </message>
        <message>
            <source>Open Red Line Workbench</source>
            <translation>打开生态保护红线工作台</translation>
        </message>
        <message>
            <source>Show the guided red-line workflow</source>
            <translation>显示生态保护红线向导流程</translation>
        </message>
        <message>
            <source>Red Line Workbench</source>
            <translation>生态保护红线工作台</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>评价</translation>
        </message>
        <message>
            <source>Delineation</source>
            <translation>划定</translation>
        </message>
        <message>
            <source>Ledger</source>
            <translation>台账</translation>
        </message>
        <message>
            <source>Submission</source>
            <translation>成果提交</translation>
        </message>
        <message>
            <source>National merge</source>
            <translation>全国汇总</translation>
        </message>
        <message>
            <source>Grade importance (cumulative value rule)</source>
            <translation>重要性分级（累积服务值法）</translation>
        </message>
        <message>
            <source>Grades an ecological service raster as the 2017 guideline says: cells are ranked from the highest value down and their values accumulated; the values at which the running total reaches 50 % and 80 % of the province's total are the breaks. Value ≥ first break: 3 extremely important; between the breaks: 2 important; below: 1 generally important. Ties at a break go up; cells ≤ 0 count as 0 and are grade 1; nodata stays nodata. The breaks are exact (identical to a full sort) and the raster is read block by block, never whole. Give 50,75,90 for four classes.</source>
            <translation>按 2017 年《指南》对生态系统服务栅格分级：将像元按服务值从高到低排序并累加，累加值达到全省总值 50% 和 80% 时对应的像元值即为分级断点。服务值 ≥ 第一断点为 3 极重要；介于两断点之间为 2 重要；低于第二断点为 1 一般重要。等于断点的像元归入较高等级；≤ 0 的像元按 0 计入总值并定为 1 级；无数据仍为无数据。断点精确（与完整排序结果完全一致），栅格按块读取，从不整体载入内存。输入 50,75,90 可得四级分级。</translation>
        </message>
        <message>
            <source>Service raster</source>
            <translation>服务功能栅格</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>波段</translation>
        </message>
        <message>
            <source>Cumulative breaks (% of total value)</source>
            <translation>累积断点（占总值的百分比）</translation>
        </message>
        <message>
            <source>Importance grade</source>
            <translation>重要性等级</translation>
        </message>
        <message>
            <source>Break values (JSON)</source>
            <translation>断点值（JSON）</translation>
        </message>
        <message>
            <source>Valid cells</source>
            <translation>有效像元数</translation>
        </message>
        <message>
            <source>Break at {percent:g} % of the total value: {value}</source>
            <translation>累积至总值 {percent:g}% 的断点：{value}</translation>
        </message>
        <message>
            <source>Red Line Workbench {version}</source>
            <translation>生态保护红线工作台 {version}</translation>
        </message>
    </context>
</TS>
