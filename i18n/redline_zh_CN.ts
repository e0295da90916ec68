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
            <source>{function} needs {factors}</source>
            <translation>{function}需要 {factors}</translation>
        </message>
        <message>
            <source>No importance function can be computed from the factors given ({missing}). Add the missing factor rasters.</source>
            <translation>根据所给因子无法计算任何一项重要性功能（{missing}）。请补充缺少的因子栅格。</translation>
        </message>
        <message>
            <source>The {function} index has no valid cell: its factor rasters have no valid cell in common. Check their extents and nodata.</source>
            <translation>{function}指数没有有效像元：其各因子栅格没有共同的有效像元。请检查它们的范围和无数据值。</translation>
        </message>
        <message>
            <source>{zh} importance grade (cumulative value rule)</source>
            <translation>{zh}重要性等级（累积值法）</translation>
        </message>
        <message>
            <source>Integrated ecological function importance (highest grade over functions)</source>
            <translation>生态系统服务功能重要性综合等级（各功能中的最高等级）</translation>
        </message>
        <message>
            <source>Functions that reach the highest grade (bit sum)</source>
            <translation>达到最高等级的功能（位之和）</translation>
        </message>
        <message>
            <source>The factor raster '{name}' contains infinite values. Set them to nodata and run again.</source>
            <translation>因子栅格“{name}”含有无穷大值。请将其设为无数据后重新运行。</translation>
        </message>
        <message>
            <source>The factor raster '{name}' has the same value ({value:g}) on every valid cell of the study area, so min–max scaling is undefined. Check the layer, or leave this factor out of the rescaled factors.</source>
            <translation>因子栅格“{name}”在研究区所有有效像元上取值相同（{value:g}），无法进行最小–最大归一化。请检查该图层，或将该因子从归一化因子中去掉。</translation>
        </message>
        <message>
            <source>The factor raster '{name}' ({factor}) is used as it is and must lie between 0 and 1, but its values run from {low:g} to {high:g}. Make it with 'Soil texture factor Fsic' (a texture class raster becomes its rank k/13), or tick it in the rescaled factors.</source>
            <translation>因子栅格“{name}”（{factor}）按原值使用，取值必须在 0 到 1 之间，但其取值为 {low:g} 至 {high:g}。请用“土壤质地因子 Fsic”算法生成该因子（质地类别栅格会转换为其等级值 k/13），或在归一化因子中勾选它。</translation>
        </message>
        <message>
            <source>The factor raster '{name}' enters the index as (1 − {factor}) and must lie between 0 and 1, but its values run from {low:g} to {high:g}. Rescale it (tick it in the rescaled factors) or supply a 0–1 factor.</source>
            <translation>因子栅格“{name}”以 (1 − {factor}) 的形式进入指数，取值必须在 0 到 1 之间，但其取值为 {low:g} 至 {high:g}。请对其归一化（在归一化因子中勾选）或提供 0–1 的因子。</translation>
        </message>
        <message>
            <source>{zh} importance index (NPP method)</source>
            <translation>{zh}重要性指数（NPP 法）</translation>
        </message>
        <message>
            <source>Fq needs 12 monthly {variable} rasters (January to December); {count} were given.</source>
            <translation>Fq 需要 12 个月的{variable}栅格（1 月至 12 月），实际给出 {count} 个。</translation>
        </message>
        <message>
            <source>Give 12 positive numbers of days per month, January to December.</source>
            <translation>请给出 12 个正数，依次为 1 月至 12 月的天数。</translation>
        </message>
        <message>
            <source>The anemometer height must be greater than 0 m.</source>
            <translation>风速仪高度必须大于 0 米。</translation>
        </message>
        <message>
            <source>Fq wind erosion climate factor</source>
            <translation>Fq 风蚀气候因子</translation>
        </message>
        <message>
            <source>wind speed</source>
            <translation>风速</translation>
        </message>
        <message>
            <source>temperature</source>
            <translation>气温</translation>
        </message>
        <message>
            <source>relative humidity</source>
            <translation>相对湿度</translation>
        </message>
        <message>
            <source>precipitation</source>
            <translation>降水量</translation>
        </message>
        <message>
            <source>The raster '{name}' has values from {low:g} to {high:g}, outside the range its role allows ({allowed}). Check its units (humidity in % or as a fraction, rainfall in mm) and nodata value.</source>
            <translation>栅格“{name}”的取值为 {low:g} 至 {high:g}，超出其用途允许的范围（{allowed}）。请检查其单位（相对湿度为 % 还是小数，降水量为毫米）及无数据值。</translation>
        </message>
        <message>
            <source>Choose at least one terrain factor to write (D, Fslo or Falt).</source>
            <translation>请至少选择一个要输出的地形因子（D、Fslo 或 Falt）。</translation>
        </message>
        <message>
            <source>D and Fslo need a slope raster in degrees (make it with Raster terrain analysis ▸ Slope).</source>
            <translation>D 和 Fslo 需要以度为单位的坡度栅格（可用“栅格地形分析 ▸ 坡度”生成）。</translation>
        </message>
        <message>
            <source>Falt needs an elevation raster (DEM).</source>
            <translation>Falt 需要高程栅格（DEM）。</translation>
        </message>
        <message>
            <source>The slope raster '{name}' has values from {low:g} to {high:g}; slope in degrees lies in 0–90 (below 90 for D = 1/cos θ). Is it in percent? Make it again with the output in degrees.</source>
            <translation>坡度栅格“{name}”的取值为 {low:g} 至 {high:g}；以度为单位的坡度应在 0–90 之间（D = 1/cos θ 要求小于 90）。是否为百分比坡度？请重新生成以度为单位的坡度。</translation>
        </message>
        <message>
            <source>The raster '{name}' has the same value ({value:g}) on every valid cell, so it cannot be rescaled to 0–1. Check the layer and its extent.</source>
            <translation>栅格“{name}”所有有效像元取值相同（{value:g}），无法归一化到 0–1。请检查该图层及其范围。</translation>
        </message>
        <message>
            <source>D terrain roughness factor (1/cos slope)</source>
            <translation>D 地表粗糙度因子（1/cos 坡度）</translation>
        </message>
        <message>
            <source>Fslo slope factor (rescaled 0–1)</source>
            <translation>Fslo 坡度因子（归一化到 0–1）</translation>
        </message>
        <message>
            <source>Falt elevation factor (rescaled 0–1)</source>
            <translation>Falt 海拔因子（归一化到 0–1）</translation>
        </message>
        <message>
            <source>The texture rank table is empty: give one row per class code.</source>
            <translation>质地等级表为空：请为每个类别代码给出一行。</translation>
        </message>
        <message>
            <source>Fsic soil texture factor</source>
            <translation>Fsic 土壤质地因子</translation>
        </message>
        <message>
            <source>Give at least one graded raster to integrate.</source>
            <translation>请至少给出一个分级栅格进行集成。</translation>
        </message>
        <message>
            <source>At most {count} graded rasters can be integrated at once.</source>
            <translation>一次最多可集成 {count} 个分级栅格。</translation>
        </message>
        <message>
            <source>Integrated grade (highest over the inputs)</source>
            <translation>集成等级（各输入中的最高等级）</translation>
        </message>
        <message>
            <source>Inputs that gave the grade (bit sum: {bits})</source>
            <translation>给出该等级的输入（位和：{bits}）</translation>
        </message>
        <message>
            <source>The graded rasters use different classes ({names}): integrate importance and sensitivity, or 3 and 4 classes, separately.</source>
            <translation>这些分级栅格的分级类别不同（{names}）：请将重要性与敏感性、三级与四级分别集成。</translation>
        </message>
        <message>
            <source>None of the graded rasters records its classes. Choose the class scheme (importance or sensitivity) in the parameters.</source>
            <translation>所有分级栅格均未记录其分级类别。请在参数中选择分级方案（重要性或敏感性）。</translation>
        </message>
        <message>
            <source>At most {count} functions can be told apart in the integrated raster.</source>
            <translation>集成栅格中最多可区分 {count} 种功能。</translation>
        </message>
        <message>
            <source>The raster '{name}' holds {value}, which is not a grade of {classes}. Is it a graded raster, and graded with the same classes as the others?</source>
            <translation>栅格“{name}”含有值 {value}，不是 {classes} 中的等级。它是分级栅格吗？是否与其他栅格采用相同的分级？</translation>
        </message>
        <message>
            <source>NDVI of full vegetation ({veg}) must be above NDVI of bare soil ({soil}). The NDVI raster may be constant or mostly nodata; check it or give both values.</source>
            <translation>全植被 NDVI（{veg}）必须大于裸土 NDVI（{soil}）。NDVI 栅格可能是常数或大部分为无数据；请检查，或直接给出这两个值。</translation>
        </message>
        <message>
            <source>The land-cover mapping names class(es) {classes} that the C table does not have: {known}.</source>
            <translation>土地覆被对照表中的类别 {classes} 不在 C 值表中；C 值表的类别有：{known}。</translation>
        </message>
        <message>
            <source>The C table row '{cls}' has {count} values; it needs one per FVC class ({columns}).</source>
            <translation>C 值表中“{cls}”一行有 {count} 个值；每个植被覆盖度等级需一个值（共 {columns} 个）。</translation>
        </message>
        <message>
            <source>land-cover mapping</source>
            <translation>土地覆被对照表</translation>
        </message>
        <message>
            <source>The soil table '{name}' has '{value}' in column {column} for soil {code}; give a number in %.</source>
            <translation>土壤属性表“{name}”中土壤 {code} 的 {column} 列为“{value}”；请填写以 % 计的数值。</translation>
        </message>
        <message>
            <source>the soil code</source>
            <translation>土壤代码</translation>
        </message>
        <message>
            <source>sand (%)</source>
            <translation>砂粒（%）</translation>
        </message>
        <message>
            <source>silt (%)</source>
            <translation>粉粒（%）</translation>
        </message>
        <message>
            <source>clay (%)</source>
            <translation>黏粒（%）</translation>
        </message>
        <message>
            <source>The soil table '{name}' has neither organic carbon ({carbon}) nor organic matter ({matter}) in %.</source>
            <translation>土壤属性表“{name}”既没有有机碳（{carbon}）也没有有机质（{matter}）列（%）。</translation>
        </message>
        <message>
            <source>The soil table '{name}' has the soil code '{code}', which is not a whole number.</source>
            <translation>土壤属性表“{name}”中的土壤代码“{code}”不是整数。</translation>
        </message>
        <message>
            <source>The soil table '{name}' lists soil code {code} twice. Keep one row per code.</source>
            <translation>土壤属性表“{name}”中土壤代码 {code} 出现了两次。每个代码只保留一行。</translation>
        </message>
        <message>
            <source>The soil table '{name}' has no soil rows.</source>
            <translation>土壤属性表“{name}”没有土壤数据行。</translation>
        </message>
        <message>
            <source>{where}: '{text}' is not a date. Write dates as YYYY-MM-DD (or YYYY/MM/DD, YYYYMMDD).</source>
            <translation>{where}：“{text}”不是日期。请按 YYYY-MM-DD（或 YYYY/MM/DD、YYYYMMDD）书写日期。</translation>
        </message>
        <message>
            <source>{where}: the coordinate '{text}' is not a number.</source>
            <translation>{where}：坐标“{text}”不是数字。</translation>
        </message>
        <message>
            <source>the station id</source>
            <translation>站号</translation>
        </message>
        <message>
            <source>the longitude</source>
            <translation>经度</translation>
        </message>
        <message>
            <source>the latitude</source>
            <translation>纬度</translation>
        </message>
        <message>
            <source>{name}, line {line}</source>
            <translation>{name}，第 {line} 行</translation>
        </message>
        <message>
            <source>The sites file '{name}' lists station {station} twice. Keep one row per station.</source>
            <translation>站点文件“{name}”中站点 {station} 出现了两次。每个站点只保留一行。</translation>
        </message>
        <message>
            <source>the date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>{where}: station {station} has no coordinates. Add lon and lat columns, or give a sites file that lists it.</source>
            <translation>{where}：站点 {station} 没有坐标。请增加经度和纬度列，或提供列有该站的站点文件。</translation>
        </message>
        <message>
            <source>{where}: station {station} appears at two places ({lon1}, {lat1}) and ({lon2}, {lat2}). A station id must name one station; fix the coordinates or the id.</source>
            <translation>{where}：站点 {station} 出现在两个位置（{lon1}, {lat1}）和（{lon2}, {lat2}）。一个站号只能对应一个站点；请更正坐标或站号。</translation>
        </message>
        <message>
            <source>{where}: station {station} has a second record for {day}. Keep one value per station and day.</source>
            <translation>{where}：站点 {station} 在 {day} 有第二条记录。每个站点每天只保留一个值。</translation>
        </message>
        <message>
            <source>The precipitation file '{name}' has neither a station and a precipitation column (long layout) nor one column per station (wide layout).</source>
            <translation>降水文件“{name}”既没有站号列和降水量列（长表格式），也不是每站一列（宽表格式）。</translation>
        </message>
        <message>
            <source>The precipitation file '{name}' has no records.</source>
            <translation>降水文件“{name}”没有记录。</translation>
        </message>
        <message>
            <source>Stations {first} and {second} stand at the same place ({lon}, {lat}). Remove the duplicate station or correct its coordinates.</source>
            <translation>站点 {first} 与 {second} 位于同一位置（{lon}, {lat}）。请删除重复站点或更正其坐标。</translation>
        </message>
        <message>
            <source> and {count} more gaps</source>
            <translation>，另有 {count} 处缺测</translation>
        </message>
        <message>
            <source>Station {station} has no precipitation for {days} day(s) of {first}–{last}: {spans}. Fill the gaps from a neighbouring station, or limit the period to complete years with the first and last year parameters.</source>
            <translation>站点 {station} 在 {first}–{last} 年间有 {days} 天没有降水数据：{spans}。请用邻近站点插补缺测，或用起止年份参数把时段限定在完整的年份。</translation>
        </message>
        <message>
            <source>Station {station} has {count} complete year(s) ({first}–{last}); at least {minimum} are needed for a multi-year mean. Add years of data, or lower the minimum number of years knowingly.</source>
            <translation>站点 {station} 只有 {count} 个完整年份（{first}–{last}）；多年平均至少需要 {minimum} 年。请补充数据，或在知情的前提下降低最少年数。</translation>
        </message>
        <message>
            <source>Station {station} has coordinates ({lon}, {lat}), which are not longitude and latitude. Give degrees (projected metres or swapped columns are the usual cause).</source>
            <translation>站点 {station} 的坐标（{lon}, {lat}）不是经纬度。请给出以度为单位的经纬度（常见原因是填了投影坐标或经纬度列颠倒）。</translation>
        </message>
        <message>
            <source>Rainfall erosivity R</source>
            <translation>降雨侵蚀力 R</translation>
        </message>
        <message>
            <source>Station {station} ({lon}, {lat}) lies {distance:.0f} km outside the grid, beyond the {margin:g} km that neighbouring stations may lie. Check its coordinates (lon and lat swapped?), remove it, or raise the station margin.</source>
            <translation>站点 {station}（{lon}, {lat}）位于格网外 {distance:.0f} km，超出了邻近站点允许的 {margin:g} km 范围。请检查其坐标（经纬度是否颠倒？）、删除该站，或增大站点边距。</translation>
        </message>
        <message>
            <source>Soil erodibility K</source>
            <translation>土壤可蚀性 K</translation>
        </message>
        <message>
            <source>soil table '{name}'</source>
            <translation>土壤属性表“{name}”</translation>
        </message>
        <message>
            <source>Slope, aspect and relief</source>
            <translation>坡度、坡向和地形起伏度</translation>
        </message>
        <message>
            <source>A relief window of {area:g} km² is {requested}×{requested} cell(s) of {cell:g} m: with no neighbours every relief would be 0. It was grown to {cells}×{cells} cells ({used:g} km²). A {area:g} km² window needs cells of at most {needed:.0f} m (3 across its side): use a finer DEM and grid, or a larger window.</source>
            <translation>{area:g} km² 的地形起伏度窗口仅为 {requested}×{requested} 个 {cell:g} m 像元：没有邻域像元，所有起伏度都将为 0。窗口已扩大到 {cells}×{cells} 个像元（{used:g} km²）。{area:g} km² 的窗口要求像元大小不超过 {needed:.0f} m（每边至少 3 个像元）：请使用更精细的 DEM 和格网，或更大的窗口。</translation>
        </message>
        <message>
            <source>Slope</source>
            <translation>坡度</translation>
        </message>
        <message>
            <source>Aspect (degrees clockwise from north, -1 flat)</source>
            <translation>坡向（自正北顺时针的度数，平地为 -1）</translation>
        </message>
        <message>
            <source>Relief (highest minus lowest elevation in the window)</source>
            <translation>地形起伏度（窗口内最高与最低高程之差）</translation>
        </message>
        <message>
            <source>The LS factor</source>
            <translation>LS 因子</translation>
        </message>
        <message>
            <source>Slope length and steepness factor LS</source>
            <translation>坡长坡度因子 LS</translation>
        </message>
        <message>
            <source>Slope length λ (capped)</source>
            <translation>坡长 λ（已截断）</translation>
        </message>
        <message>
            <source>The NDVI percentiles must satisfy 0 ≤ soil &lt; vegetation ≤ 100, got {low} and {high}.</source>
            <translation>NDVI 百分位数须满足 0 ≤ 裸土 &lt; 全植被 ≤ 100，实际为 {low} 和 {high}。</translation>
        </message>
        <message>
            <source>The raster '{name}' has no valid cells (all nodata). Check its nodata value and extent.</source>
            <translation>栅格“{name}”没有有效像元（全部为无数据）。请检查其无数据值和范围。</translation>
        </message>
        <message>
            <source>Fractional vegetation cover FVC</source>
            <translation>植被覆盖度 FVC</translation>
        </message>
        <message>
            <source>The vegetation cover raster '{name}' has values from {low:g} to {high:g}; it must be a fraction between 0 and 1. Divide a percentage by 100.</source>
            <translation>植被覆盖度栅格“{name}”的取值为 {low:g} 到 {high:g}；它必须是 0 到 1 之间的比例。若为百分数请除以 100。</translation>
        </message>
        <message>
            <source>Cover and management factor C</source>
            <translation>植被覆盖与管理因子 C</translation>
        </message>
        <message>
            <source>The class raster '{layer}' holds fractional values ({values}), so it was resampled as if it were continuous. Use nearest-neighbour or majority resampling for class rasters.</source>
            <translation>类别栅格“{layer}”含有小数值（{values}），说明它被当作连续数据重采样了。类别栅格请使用最邻近或众数重采样。</translation>
        </message>
        <message>
            <source> and {count} more</source>
            <translation>，另有 {count} 个</translation>
        </message>
        <message>
            <source>The raster '{layer}' has code(s) {codes} that the {table} does not list. Add them to the table (or map them to a class) and run again; they are never taken as 0.</source>
            <translation>栅格“{layer}”中的代码 {codes} 不在{table}中。请把它们加入表中（或对应到某一类别）后再运行；这些代码绝不会被当作 0。</translation>
        </message>
        <message>
            <source>{what} needs a reference grid in metres, but the grid is in degrees. Build the project grid in the province's Gauss–Krüger zone or Albers (the DEM is then reprojected to it).</source>
            <translation>{what}需要以米为单位的参考格网，但当前格网以度为单位。请在本省的高斯–克吕格投影带或 Albers 投影下建立项目格网（DEM 会被重投影到该格网）。</translation>
        </message>
        <message>
            <source>Soil conservation Ac (RUSLE)</source>
            <translation>土壤保持量 Ac（RUSLE）</translation>
        </message>
        <message>
            <source>Potential soil erosion R·K·LS</source>
            <translation>潜在土壤侵蚀量 R·K·LS</translation>
        </message>
        <message>
            <source>Actual soil erosion R·K·LS·C·P</source>
            <translation>实际土壤侵蚀量 R·K·LS·C·P</translation>
        </message>
        <message>
            <source>The ecosystem mapping names type(s) {types} that the runoff coefficient table does not have: {known}.</source>
            <translation>生态系统对照表中的类型 {types} 不在径流系数表中；径流系数表的类型有：{known}。</translation>
        </message>
        <message>
            <source>ecosystem mapping</source>
            <translation>生态系统对照表</translation>
        </message>
        <message>
            <source>Water conservation TQ (water balance)</source>
            <translation>水源涵养量 TQ（水量平衡）</translation>
        </message>
        <message>
            <source>Water conservation depth (water balance)</source>
            <translation>水源涵养深度（水量平衡）</translation>
        </message>
        <message>
            <source>Give either a DEM (for terrain roughness) or a roughness Kr raster, not both and not neither.</source>
            <translation>请给出 DEM（用于计算地表糙度）或糙度 Kr 栅格，二者选一，不能都给也不能都不给。</translation>
        </message>
        <message>
            <source>Terrain roughness</source>
            <translation>地表糙度</translation>
        </message>
        <message>
            <source>A roughness window of {requested} cell(s) has no neighbours: ΔH, and so Kr, would be 0 everywhere. It was grown to {cells}×{cells} cells ({length:g} m across on this grid of {cell:g} m cells).</source>
            <translation>{requested} 个像元的糙度窗口没有邻域像元：ΔH 以及 Kr 将处处为 0。窗口已扩大到 {cells}×{cells} 个像元（在像元大小为 {cell:g} m 的格网上边长 {length:g} m）。</translation>
        </message>
        <message>
            <source>Sand fixation SR (RWEQ)</source>
            <translation>防风固沙量 SR（RWEQ）</translation>
        </message>
        <message>
            <source>Potential wind erosion S_Lpot (RWEQ)</source>
            <translation>潜在风蚀量 S_Lpot（RWEQ）</translation>
        </message>
        <message>
            <source>Actual wind erosion S_L (RWEQ)</source>
            <translation>实际风蚀量 S_L（RWEQ）</translation>
        </message>
        <message>
            <source>The table '{what}' has {count} cells, not a whole number of rows of {width}.</source>
            <translation>表“{what}”有 {count} 个单元格，不是每行 {width} 格的整数行。</translation>
        </message>
        <message>
            <source>Row {row} of the table '{what}' has '{text}' where a number belongs.</source>
            <translation>表“{what}”第 {row} 行在应填数字处填了“{text}”。</translation>
        </message>
        <message>
            <source>Row {row} of the table '{what}': the code '{text}' is not a whole number.</source>
            <translation>表“{what}”第 {row} 行：代码“{text}”不是整数。</translation>
        </message>
        <message>
            <source>C by land cover and FVC class</source>
            <translation>按土地覆被和植被覆盖度等级的 C 值</translation>
        </message>
        <message>
            <source>Row {row} of the table '{what}': C values lie between 0 and 1.</source>
            <translation>表“{what}”第 {row} 行：C 值须在 0 到 1 之间。</translation>
        </message>
        <message>
            <source>Row {row} of the table '{what}' names no class for code {code}.</source>
            <translation>表“{what}”第 {row} 行没有给代码 {code} 指定类别。</translation>
        </message>
        <message>
            <source>Runoff coefficient by ecosystem (%)</source>
            <translation>各生态系统径流系数（%）</translation>
        </message>
        <message>
            <source>'{excluded}' is reserved for codes that are not assessed; give the type another name.</source>
            <translation>“{excluded}”保留给不参与评价的代码；请给该类型另取名称。</translation>
        </message>
        <message>
            <source>Row {row} of the table '{what}': a runoff coefficient lies between 0 and 100 %.</source>
            <translation>表“{what}”第 {row} 行：径流系数须在 0 到 100 % 之间。</translation>
        </message>
        <message>
            <source>Slope length exponent m by slope</source>
            <translation>按坡度的坡长指数 m</translation>
        </message>
        <message>
            <source>Slope steepness S = a·sin θ + b by slope</source>
            <translation>按坡度的坡度因子 S = a·sin θ + b</translation>
        </message>
        <message>
            <source>The table '{what}' needs increasing upper slope bounds in degrees, the last one 90.</source>
            <translation>表“{what}”的坡度上限（度）须递增，且最后一个为 90。</translation>
        </message>
        <message>
            <source>'{what}' needs {count} numbers separated by commas, got '{text}'.</source>
            <translation>“{what}”需要 {count} 个以逗号分隔的数字，实际为“{text}”。</translation>
        </message>
        <message>
            <source>'{what}' needs {count} increasing breaks separated by commas, each with the sign that says where a value on it goes (≥10: 10 opens the class above; &gt;90: 90 stays in the class below), got '{text}'.</source>
            <translation>“{what}”需要 {count} 个用逗号分隔的递增分级界限，每个界限都带有表明恰等于该值时归属的符号（≥10：10 归入较高一级；&gt;90：90 留在较低一级），实际输入为“{text}”。</translation>
        </message>
        <message>
            <source>The warm season '{text}' is not a list of months 1–12 such as 5-9.</source>
            <translation>暖季“{text}”不是 1–12 的月份列表，应写作如 5-9。</translation>
        </message>
        <message>
            <source>The table '{name}' cannot be read ({reason}). Check that the file exists.</source>
            <translation>无法读取表“{name}”（{reason}）。请检查文件是否存在。</translation>
        </message>
        <message>
            <source>The table '{name}' is neither UTF-8 nor GBK text. Save it as UTF-8 CSV.</source>
            <translation>表“{name}”既不是 UTF-8 也不是 GBK 文本。请另存为 UTF-8 编码的 CSV。</translation>
        </message>
        <message>
            <source>The table '{name}' has no header and no rows.</source>
            <translation>表“{name}”没有表头也没有数据行。</translation>
        </message>
        <message>
            <source>The table '{name}' has no column for {what}. Name one of its columns {aliases}; it has {header}.</source>
            <translation>表“{name}”中没有{what}列。请把其中一列命名为 {aliases}；现有列为 {header}。</translation>
        </message>
        <message>
            <source>Choose at least one sensitivity type to assess.</source>
            <translation>请至少选择一种敏感性类型进行评价。</translation>
        </message>
        <message>
            <source>{type} sensitivity needs at least one of its factors ({factors}); none was given.</source>
            <translation>{type}敏感性至少需要其一个因子（{factors}），但一个都没有给出。</translation>
        </message>
        <message>
            <source>The texture table has no scores for {type}.</source>
            <translation>质地评分表中没有{type}的评分。</translation>
        </message>
        <message>
            <source>The factor table has no row for {type} / {factor}. Add one.</source>
            <translation>因子表中没有 {type} / {factor} 的行。请添加一行。</translation>
        </message>
        <message>
            <source>Choose at least one sensitivity output to write.</source>
            <translation>请至少选择一个要输出的敏感性结果。</translation>
        </message>
        <message>
            <source>{zh} sensitivity composite (geometric mean of factor scores)</source>
            <translation>{zh}敏感性综合值（因子评分的几何平均）</translation>
        </message>
        <message>
            <source>{zh} sensitivity grade</source>
            <translation>{zh}敏感性等级</translation>
        </message>
        <message>
            <source>Integrated ecological sensitivity grade (highest over types)</source>
            <translation>生态环境敏感性综合等级（各类型中的最高等级）</translation>
        </message>
        <message>
            <source>Types that reach the highest grade (bit sum)</source>
            <translation>达到最高等级的类型（位之和）</translation>
        </message>
        <message>
            <source>The factor table must have 4 columns (type, factor, breaks, scores); it has {n} cells.</source>
            <translation>因子表必须有 4 列（类型、因子、分级点、评分）；当前有 {n} 个单元格。</translation>
        </message>
        <message>
            <source>Row {row} of the factor table: '{type}' / '{factor}' is not a threshold factor of a sensitivity type. Valid types: {types}.</source>
            <translation>因子表第 {row} 行：“{type}” / “{factor}”不是某一敏感性类型的分级因子。有效类型：{types}。</translation>
        </message>
        <message>
            <source>Row {row} of the factor table: breaks and scores must be numbers separated by ';', each break with the sign its table writes (≤ ≥ &lt; &gt;), e.g. ≤0.2;≥0.6.</source>
            <translation>因子表第 {row} 行：分级点和评分必须是用“;”分隔的数字，每个分级点带上其分级表所写的符号（≤ ≥ &lt; &gt;），例如 ≤0.2;≥0.6。</translation>
        </message>
        <message>
            <source>Row {row} of the factor table ({type} / {factor}): give increasing breaks and one positive score more than there are breaks, e.g. breaks &lt;100;&gt;600 and scores 1;3;5.</source>
            <translation>因子表第 {row} 行（{type} / {factor}）：请给出递增的分级点，评分均为正数且个数比分级点多一个，例如分级点 &lt;100;&gt;600、评分 1;3;5。</translation>
        </message>
        <message>
            <source>The texture table must have {width} columns (code, class and one score per type); it has {n} cells.</source>
            <translation>质地表必须有 {width} 列（代码、类别及每种类型一个评分）；当前有 {n} 个单元格。</translation>
        </message>
        <message>
            <source>Row {row} of the texture table: the code and the scores must be numbers.</source>
            <translation>质地表第 {row} 行：代码和评分必须是数字。</translation>
        </message>
        <message>
            <source>Row {row} of the texture table: scores must be positive.</source>
            <translation>质地表第 {row} 行：评分必须为正数。</translation>
        </message>
        <message>
            <source>The composite breaks '{text}' are not valid: give increasing numbers separated by commas, such as 2.0,4.0.</source>
            <translation>综合值分级点“{text}”无效：请给出用逗号分隔的递增数字，例如 2.0,4.0。</translation>
        </message>
        <message>
            <source>Unknown sensitivity scheme '{key}'.</source>
            <translation>未知的敏感性评分方案“{key}”。</translation>
        </message>
        <message>
            <source>Give at least one graded raster (importance or sensitivity).</source>
            <translation>请至少提供一个分级栅格（重要性或敏感性）。</translation>
        </message>
        <message>
            <source>The sieve must be 0 (off) or an area in hectares, got {n}.</source>
            <translation>筛滤阈值应为 0（不筛滤）或以公顷计的面积，当前为 {n}。</translation>
        </message>
        <message>
            <source>The graded raster '{name}' is in degrees; cells have no constant area there. Grade on the project's projected grid (Gauss–Krüger zone or province Albers).</source>
            <translation>分级栅格“{name}”采用经纬度坐标，像元面积不固定。请在项目的投影格网（高斯-克吕格分带或全省阿尔伯斯投影）上分级。</translation>
        </message>
        <message>
            <source>province boundary</source>
            <translation>省级行政区边界</translation>
        </message>
        <message>
            <source>The boundary '{name}' holds no polygons. Choose the province polygon layer.</source>
            <translation>边界“{name}”中没有面要素。请选择省级行政区面图层。</translation>
        </message>
        <message>
            <source>The county layer '{name}' has the code {code!r} in field {field}, not a 6-digit GB/T 2260 code. Choose the field that holds the county codes.</source>
            <translation>县级行政区图层“{name}”的字段 {field} 中有代码 {code!r}，不是 6 位 GB/T 2260 代码。请选择存放县级行政区代码的字段。</translation>
        </message>
        <message>
            <source>The county layer '{name}' holds no polygons.</source>
            <translation>县级行政区图层“{name}”中没有面要素。</translation>
        </message>
        <message>
            <source>County {county} has used all 9999 codes of type {type}; the standard's HXBM has no room for more.</source>
            <translation>县级行政区 {county} 的 {type} 类编码 9999 个已全部使用，标准的红线编码无法再分配。</translation>
        </message>
        <message>
            <source>The coded patches go into the workspace GeoPackage (with the retired codes beside them); '{path}' is not one.</source>
            <translation>编码后的图斑须写入工作空间 GeoPackage（同时保存已注销编码）；“{path}”不是 GeoPackage。</translation>
        </message>
        <message>
            <source>the patch was removed</source>
            <translation>图斑已删除</translation>
        </message>
        <message>
            <source>the patch was split or merged; no part holds more than half of it</source>
            <translation>图斑被拆分或合并，没有任何部分保留其一半以上</translation>
        </message>
        <message>
            <source>the patch now lies in county {county}</source>
            <translation>图斑现位于县级行政区 {county}</translation>
        </message>
        <message>
            <source>the patch's dominant function is now {hxlx}</source>
            <translation>图斑的主导功能现为 {hxlx}</translation>
        </message>
        <message>
            <source>the patch changed by more than half</source>
            <translation>图斑变化超过一半</translation>
        </message>
        <message>
            <source>protected cores</source>
            <translation>自然保护地核心区</translation>
        </message>
        <message>
            <source>The graded raster '{name}' does not say which function or type it grades (no band of bits, no 'type' in its metadata). Give its function (HXLX code) in the parameters.</source>
            <translation>分级栅格“{name}”未说明其评价的功能或类型（没有功能位波段，元数据中也没有“type”）。请在参数中给出其功能（主导功能代码）。</translation>
        </message>
        <message>
            <source>'{code}' is not an HXLX code. Use one of {codes}.</source>
            <translation>“{code}”不是主导功能代码。请使用以下之一：{codes}。</translation>
        </message>
        <message>
            <source>The graded raster '{name}' names a function '{key}' that has no HXLX code. Known: {known}.</source>
            <translation>分级栅格“{name}”中的功能“{key}”没有对应的主导功能代码。已知功能：{known}。</translation>
        </message>
        <message>
            <source>{field}: {rule}</source>
            <translation>{field}：{rule}</translation>
        </message>
        <message>
            <source>{field}: HXLX codes separated by ';'</source>
            <translation>{field}：以“;”分隔的主导功能代码</translation>
        </message>
        <message>
            <source>deleted or recoded while editing</source>
            <translation>编辑时删除或重新编码</translation>
        </message>
        <message>
            <source>The protected-zone table needs three columns: category, zones, include.</source>
            <translation>保护地分区表须有三列：类型、分区、是否纳入。</translation>
        </message>
        <message>
            <source>No protected-area zone qualifies under the rule table; check the type and zone fields and the table.</source>
            <translation>按规则表没有符合条件的保护地分区；请检查类型字段、分区字段和规则表。</translation>
        </message>
        <message>
            <source>aggregation: {n} patches joined across gaps under {d:g} m</source>
            <translation>聚合：{n} 个图斑跨越小于 {d:g} 米的间隙合并</translation>
        </message>
        <message>
            <source>holes under {a:g} km² filled</source>
            <translation>填充小于 {a:g} km² 的孔洞</translation>
        </message>
        <message>
            <source>under the minimum area of {a:g} km² and touching no protected area</source>
            <translation>面积小于最小面积 {a:g} km² 且不涉及自然保护地</translation>
        </message>
        <message>
            <source>smoothed within {t:g} m</source>
            <translation>在 {t:g} 米容差内平滑</translation>
        </message>
        <message>
            <source>snapped to {layers} within {t:g} m</source>
            <translation>在 {t:g} 米容差内捕捉到 {layers}</translation>
        </message>
        <message>
            <source>{reason} (input patch {pid})</source>
            <translation>{reason}（输入图斑 {pid}）</translation>
        </message>
        <message>
            <source>Cannot write '{path}': choose a GeoPackage (.gpkg) or a shapefile (.shp) as the output.</source>
            <translation>无法写入“{path}”：请选择 GeoPackage（.gpkg）或 Shapefile（.shp）作为输出。</translation>
        </message>
        <message>
            <source>The GeoPackage '{path}' cannot be opened for writing ({reason}). Close other programs using it.</source>
            <translation>无法以写入方式打开 GeoPackage“{path}”（{reason}）。请关闭正在使用它的其他程序。</translation>
        </message>
        <message>
            <source>The layer '{name}' has no coordinate reference system. Set it (Layer Properties ▸ Source) and run again.</source>
            <translation>图层“{name}”没有坐标参考系。请设置（图层属性 ▸ 源）后重新运行。</translation>
        </message>
        <message>
            <source>The layer '{name}' has no field '{field}'. Choose an existing field (fields: {fields}).</source>
            <translation>图层“{name}”没有字段“{field}”。请选择已有字段（现有字段：{fields}）。</translation>
        </message>
        <message>
            <source>Cancelled by the user; nothing was written.</source>
            <translation>已被用户取消，未写入任何文件。</translation>
        </message>
        <message>
            <source>The red-line layer '{name}' has no HXBM field.</source>
            <translation>红线图层“{name}”没有 HXBM 字段。</translation>
        </message>
        <message>
            <source>'{code}' in the type mapping is not a human-activity code.</source>
            <translation>类型对照表中的“{code}”不是人类活动代码。</translation>
        </message>
        <message>
            <source>'{field}' cannot be filled from the source layer: it is not an editable activity field.</source>
            <translation>“{field}”不能从源图层填写：它不是可编辑的人类活动字段。</translation>
        </message>
        <message>
            <source>The layer '{name}' has no field '{field}'. Choose one of: {fields}.</source>
            <translation>图层“{name}”没有字段“{field}”。请从以下字段中选择：{fields}。</translation>
        </message>
        <message>
            <source>The layer '{name}' has no CRS. Assign one before importing it.</source>
            <translation>图层“{name}”没有坐标参考系。请先为其指定坐标参考系再导入。</translation>
        </message>
        <message>
            <source>The layer '{name}' has type values without an activity code: {values}. Map them in the type mapping.</source>
            <translation>图层“{name}”中以下类型值没有对应的人类活动代码：{values}。请在类型对照表中填写对应关系。</translation>
        </message>
        <message>
            <source>There is no conflict {id} in this workspace.</source>
            <translation>本工作空间中没有冲突 {id}。</translation>
        </message>
        <message>
            <source>The conflict on {uuid} was already resolved ({resolution}).</source>
            <translation>记录 {uuid} 的冲突已经处理（{resolution}）。</translation>
        </message>
        <message>
            <source>Give the edited values to resolve the conflict on {uuid}.</source>
            <translation>请给出编辑后的取值，以处理记录 {uuid} 的冲突。</translation>
        </message>
        <message>
            <source>The layer '{name}' cannot be read ({reason}). Check that the file exists.</source>
            <translation>无法读取图层“{name}”（{reason}）。请检查文件是否存在。</translation>
        </message>
        <message>
            <source>The layer '{name}' was not found in '{path}'.</source>
            <translation>在“{path}”中未找到图层“{name}”。</translation>
        </message>
        <message>
            <source>Legend values must lie between 0 and 1048575.</source>
            <translation>图例值必须介于 0 与 1048575 之间。</translation>
        </message>
        <message>
            <source>The legend has too many distinct target classes (at most 99).</source>
            <translation>图例中不同的目标类别过多（最多 99 个）。</translation>
        </message>
        <message>
            <source>The land-cover raster '{name}' does not overlap the red line. Check both layers' CRS and extent.</source>
            <translation>土地覆被栅格“{name}”与红线不重叠。请检查两个图层的坐标参考系和范围。</translation>
        </message>
        <message>
            <source>The red-line layer '{name}' has no HXBM field. Use the red-line patch layer (STBHHX) of the workspace.</source>
            <translation>红线图层“{name}”没有 HXBM 字段。请使用工作空间中的红线图斑图层（STBHHX）。</translation>
        </message>
        <message>
            <source>The red-line layer '{name}' has no CRS. Assign EPSG:4490 to it first.</source>
            <translation>红线图层“{name}”没有坐标参考系。请先为其指定 EPSG:4490。</translation>
        </message>
        <message>
            <source>The red-line layer '{name}' has no patches with an HXBM code.</source>
            <translation>红线图层“{name}”中没有带 HXBM 编码的图斑。</translation>
        </message>
        <message>
            <source>The red-line layer '{name}' has more than {limit} patches.</source>
            <translation>红线图层“{name}”的图斑超过 {limit} 个。</translation>
        </message>
        <message>
            <source>The current year ({current}) must come after the baseline year ({baseline}).</source>
            <translation>现状年份（{current}）必须晚于基准年份（{baseline}）。</translation>
        </message>
        <message>
            <source>The degree breaks must be increasing percentages above 0, such as 10 and 30.</source>
            <translation>受损程度分级阈值必须是大于 0 且递增的百分比，例如 10 和 30。</translation>
        </message>
        <message>
            <source>Comparing land cover on {grid}.</source>
            <translation>正在比较土地覆被：{grid}。</translation>
        </message>
        <message>
            <source>No cell inside the red line changed from ecological land to built-up, mining, farmland or bare land.</source>
            <translation>红线内没有由生态用地变为建设用地、采矿用地、耕地或裸地的像元。</translation>
        </message>
        <message>
            <source>The red-line patch {hxbm} already has 9999 damage codes; no SSBM is left.</source>
            <translation>红线图斑 {hxbm} 已有 9999 个受损编码，没有可用的 SSBM。</translation>
        </message>
        <message>
            <source>Choose at least one county for the field package.</source>
            <translation>请为外业数据包至少选择一个县。</translation>
        </message>
        <message>
            <source>'{code}' is not a 6-digit county code (GB/T 2260).</source>
            <translation>“{code}”不是 6 位县级行政区代码（GB/T 2260）。</translation>
        </message>
        <message>
            <source>The field package '{path}' must be a GeoPackage (.gpkg).</source>
            <translation>外业数据包“{path}”必须是 GeoPackage 文件（.gpkg）。</translation>
        </message>
        <message>
            <source>The red-line layer has no patches in the counties {counties}. Check the county codes.</source>
            <translation>红线图层在县 {counties} 中没有图斑。请检查县级代码。</translation>
        </message>
        <message>
            <source>The red-line layer '{name}' cannot be read ({reason}). Give the STBHHX layer of the workspace.</source>
            <translation>无法读取红线图层“{name}”（{reason}）。请指定工作空间中的 STBHHX 图层。</translation>
        </message>
        <message>
            <source>The workspace has no red-line layer '{layer}'. Run the delineation first or give the red-line layer.</source>
            <translation>工作空间中没有红线图层“{layer}”。请先完成划定，或指定红线图层。</translation>
        </message>
        <message>
            <source>The red-line layer '{name}' has no XZQDM (county code) field. Give the STBHHX layer of the workspace.</source>
            <translation>红线图层“{name}”没有 XZQDM（县级行政区代码）字段。请指定工作空间中的 STBHHX 图层。</translation>
        </message>
        <message>
            <source>The basemap '{name}' cannot be read ({reason}). Check that the file exists.</source>
            <translation>无法读取底图“{name}”（{reason}）。请检查文件是否存在。</translation>
        </message>
        <message>
            <source>The basemap '{name}' has no CRS. Assign one before packing it.</source>
            <translation>底图“{name}”没有坐标参考系。请先为其指定坐标参考系再打包。</translation>
        </message>
        <message>
            <source>The basemap '{name}' does not cover the chosen counties.</source>
            <translation>底图“{name}”未覆盖所选县。</translation>
        </message>
        <message>
            <source>Red Line Workbench field form and style</source>
            <translation>生态保护红线工作台外业表单与样式</translation>
        </message>
        <message>
            <source>The style of '{layer}' could not be stored in the field package ({reason}).</source>
            <translation>无法将“{layer}”的样式写入外业数据包（{reason}）。</translation>
        </message>
        <message>
            <source>'{name}' is not a Red Line Workbench field package (it has no export stamp).</source>
            <translation>“{name}”不是生态保护红线工作台的外业数据包（缺少导出标记）。</translation>
        </message>
        <message>
            <source>a row for county {county}, which the package was not exported for ({counties})</source>
            <translation>县级行政区 {county} 的记录，而该外业数据包并非为该县导出（导出范围：{counties}）</translation>
        </message>
        <message>
            <source>the same uuid appears {count} times with different content (copy {number} of {count})</source>
            <translation>同一 uuid 出现 {count} 次且内容不同（第 {number} 份，共 {count} 份）</translation>
        </message>
        <message>
            <source>The field package '{name}' cannot be opened ({reason}).</source>
            <translation>无法打开外业数据包“{name}”（{reason}）。</translation>
        </message>
        <message>
            <source>The field package '{name}' was made by a newer Red Line Workbench (ledger schema {version}). Update the plugin.</source>
            <translation>外业数据包“{name}”由较新版本的生态保护红线工作台生成（台账结构版本 {version}）。请更新插件。</translation>
        </message>
        <message>
            <source>The field package '{name}' was exported from another workspace. Import it into the workspace it came from.</source>
            <translation>外业数据包“{name}”导出自另一个工作空间。请将其导入原工作空间。</translation>
        </message>
        <message>
            <source>Images (*.jpg *.jpeg *.png *.heic)</source>
            <translation>图片 (*.jpg *.jpeg *.png *.heic)</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>{field} is required</source>
            <translation>{field}为必填项</translation>
        </message>
        <message>
            <source>{field} is required when the row records a change</source>
            <translation>记录变更时{field}为必填项</translation>
        </message>
        <message>
            <source>The photo must lie in the workspace folder</source>
            <translation>照片必须位于工作空间文件夹内</translation>
        </message>
        <message>
            <source>The layer '{name}' is not a ledger layer.</source>
            <translation>图层“{name}”不是台账图层。</translation>
        </message>
        <message>
            <source>The ledger layer '{layer}' cannot be opened from '{path}'. Open the workspace once with the plugin to create it.</source>
            <translation>无法从“{path}”打开台账图层“{layer}”。请先用本插件打开一次该工作空间以创建台账。</translation>
        </message>
        <message>
            <source>Averaging the function indicators per county over the red line on {grid}.</source>
            <translation>正在 {grid} 上按县计算红线范围内各功能指标的均值。</translation>
        </message>
        <message>
            <source>Give at least one of the rasters FVC, NPP or a function index.</source>
            <translation>请至少提供植被覆盖度（FVC）、NPP 或一项功能指数栅格中的一个。</translation>
        </message>
        <message>
            <source>The baseline year ({baseline}) must not come after the year of the rasters ({year}).</source>
            <translation>基准年份（{baseline}）不能晚于栅格的年份（{year}）。</translation>
        </message>
        <message>
            <source>The trend tolerance must be a percentage of 0 or more.</source>
            <translation>趋势容差必须是不小于 0 的百分比。</translation>
        </message>
        <message>
            <source>The ledger snapshot '{path}' must be a GeoPackage (.gpkg).</source>
            <translation>台账快照“{path}”必须是 GeoPackage 文件（.gpkg）。</translation>
        </message>
        <message>
            <source>The ledger snapshot could not be written to '{path}' ({reason}).</source>
            <translation>无法将台账快照写入“{path}”（{reason}）。</translation>
        </message>
        <message>
            <source>'{category}' is not a land-cover category of the ledger. Use one of: {categories}.</source>
            <translation>“{category}”不是台账的土地覆被类别。请使用以下之一：{categories}。</translation>
        </message>
        <message>
            <source>The legend value '{value}' is not a whole number. Give the raster's class values in the first column.</source>
            <translation>图例值“{value}”不是整数。请在第一列填写栅格的类别值。</translation>
        </message>
        <message>
            <source>The legend lists the class value {value} twice.</source>
            <translation>图例中类别值 {value} 出现了两次。</translation>
        </message>
        <message>
            <source>The legend gives '{code}' for class {value}, which is not a human-activity code.</source>
            <translation>图例为类别 {value} 指定的“{code}”不是人类活动代码。</translation>
        </message>
        <message>
            <source>The legend needs at least one ecological class and one built-up, mining, farmland or bare class.</source>
            <translation>图例至少需要一个生态用地类别，以及一个建设用地、采矿用地、耕地或裸地类别。</translation>
        </message>
        <message>
            <source>The workspace table '{table}' already has a column '{column}' that the ledger needs to add. Rename or remove that column in the workspace, then open it again.</source>
            <translation>工作空间表“{table}”中已有台账需要新增的字段“{column}”。请在工作空间中重命名或删除该字段，然后重新打开。</translation>
        </message>
        <message>
            <source>The workspace '{name}' holds a ledger of schema version {found}, written by a newer Red Line Workbench; this plugin reads up to version {supported}. Update the plugin before opening this workspace.</source>
            <translation>工作空间“{name}”中的台账结构版本为 {found}，由较新版本的生态保护红线工作台写入；本插件最高支持版本 {supported}。请先更新插件再打开此工作空间。</translation>
        </message>
        <message>
            <source>The workspace '{name}' has ledger tables ({tables}) but no ledger_schema table, so their version is unknown. Rename those tables or restore the workspace from a backup, then open it again.</source>
            <translation>工作空间“{name}”含有台账表（{tables}），但没有 ledger_schema 表，无法确定其版本。请重命名这些表或从备份恢复工作空间，然后重新打开。</translation>
        </message>
        <message>
            <source>Counting land cover per red-line patch on {grid}.</source>
            <translation>正在 {grid} 上按红线图斑统计土地覆被。</translation>
        </message>
        <message>
            <source>The baseline year ({baseline}) must not come after the year of the land cover ({year}).</source>
            <translation>基准年份（{baseline}）不能晚于土地覆被的年份（{year}）。</translation>
        </message>
        <message>
            <source>The nature ledger has no rows for the baseline year {year}: the change from the baseline is left empty. Run this step on the baseline year's land cover first.</source>
            <translation>性质台账中没有基准年份 {year} 的记录，较基准年变化一栏留空。请先用基准年的土地覆被运行此步骤。</translation>
        </message>
        <message>
            <source>Patches</source>
            <translation>图斑数</translation>
        </message>
        <message>
            <source>Area (ha)</source>
            <translation>面积（公顷）</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>（未填写）</translation>
        </message>
        <message>
            <source>Damaged ecosystems by county</source>
            <translation>受损生态系统（按县）</translation>
        </message>
        <message>
            <source>County code</source>
            <translation>县级行政区代码</translation>
        </message>
        <message>
            <source>Damaged ecosystems by damage type</source>
            <translation>受损生态系统（按受损类型）</translation>
        </message>
        <message>
            <source>Damage type</source>
            <translation>受损类型</translation>
        </message>
        <message>
            <source>Damaged ecosystems by restoration status</source>
            <translation>受损生态系统（按修复状态）</translation>
        </message>
        <message>
            <source>Restoration status</source>
            <translation>修复状态</translation>
        </message>
        <message>
            <source>Human activities by type</source>
            <translation>人类活动（按类型）</translation>
        </message>
        <message>
            <source>Activity type</source>
            <translation>人类活动类型</translation>
        </message>
        <message>
            <source>Human activities by legal status</source>
            <translation>人类活动（按合法性）</translation>
        </message>
        <message>
            <source>Legal status</source>
            <translation>合法性</translation>
        </message>
        <message>
            <source>Ledger statistics</source>
            <translation>台账统计</translation>
        </message>
        <message>
            <source>'{value}' is not a ledger row identifier (uuid).</source>
            <translation>“{value}”不是台账记录标识（uuid）。</translation>
        </message>
        <message>
            <source>The ledger layer '{layer}' has no field '{field}'. Check the field mapping.</source>
            <translation>台账图层“{layer}”没有字段“{field}”。请检查字段对照。</translation>
        </message>
        <message>
            <source>{field} ({alias}) is required in the ledger layer '{layer}'. Fill it in and save again.</source>
            <translation>台账图层“{layer}”中 {field}（{alias}）为必填项。请填写后重新保存。</translation>
        </message>
        <message>
            <source>The value '{value}' of {field} ({alias}) in the ledger layer '{layer}' is not in its code list. Use one of: {codes}.</source>
            <translation>台账图层“{layer}”中 {field}（{alias}）的值“{value}”不在代码表中。请使用以下之一：{codes}。</translation>
        </message>
        <message>
            <source>{field} ({alias}) in the ledger layer '{layer}' holds at most {length} characters; '{value}' is longer.</source>
            <translation>台账图层“{layer}”中 {field}（{alias}）最多 {length} 个字符；“{value}”超出长度。</translation>
        </message>
        <message>
            <source>The photo '{path}' in {field} of the ledger layer '{layer}' must be a path relative to the workspace folder and inside it. Attach the photo again from the form.</source>
            <translation>台账图层“{layer}”中 {field} 的照片“{path}”必须是相对于工作空间文件夹且位于其中的路径。请在表单中重新添加照片。</translation>
        </message>
        <message>
            <source>The workspace '{path}' does not exist. Choose the province's workspace GeoPackage.</source>
            <translation>工作空间“{path}”不存在。请选择本省的工作空间 GeoPackage 文件。</translation>
        </message>
        <message>
            <source>The workspace '{path}' cannot be opened for writing ({reason}). Check that it is a GeoPackage and not read-only.</source>
            <translation>无法以写入方式打开工作空间“{path}”（{reason}）。请检查它是否为 GeoPackage 文件且不是只读。</translation>
        </message>
        <message>
            <source>The workspace '{path}' is not a GeoPackage.</source>
            <translation>工作空间“{path}”不是 GeoPackage 文件。</translation>
        </message>
        <message>
            <source>'{layer}' is not a ledger layer.</source>
            <translation>“{layer}”不是台账图层。</translation>
        </message>
        <message>
            <source>The ledger layer '{layer}' has no row {fid}.</source>
            <translation>台账图层“{layer}”中没有第 {fid} 条记录。</translation>
        </message>
        <message>
            <source>The ledger layer '{layer}' already has a current row {uuid}.</source>
            <translation>台账图层“{layer}”中已有现行记录 {uuid}。</translation>
        </message>
        <message>
            <source>The ledger layer '{layer}' has no current row {uuid}: it was deleted or never existed.</source>
            <translation>台账图层“{layer}”中没有现行记录 {uuid}：它已被删除或从未存在。</translation>
        </message>
        <message>
            <source>The red-line layer '{name}' holds the code {hxbm} twice. Give every patch its own HXBM first.</source>
            <translation>红线图层“{name}”中编码 {hxbm} 出现了两次。请先为每个图斑赋予唯一的 HXBM。</translation>
        </message>
        <message>
            <source>{count} features of the red-line layer '{name}' have no HXBM code or no geometry. Code the patches (Delineation ▸ Code patches) before syncing the area ledger.</source>
            <translation>红线图层“{name}”中有 {count} 个要素没有红线编码（HXBM）或没有几何。请先为图斑编码（划定 ▸ 图斑编码），再同步面积台账。</translation>
        </message>
        <message>
            <source>The area ledger has two current rows for the patch {hxbm}. Delete the wrong one in the ledger's form, then sync again.</source>
            <translation>面积台账中图斑 {hxbm} 有两条现行记录。请在台账表单中删除错误的一条，然后重新同步。</translation>
        </message>
        <message>
            <source>Checking '{name}'…</source>
            <translation>正在检查“{name}”…</translation>
        </message>
        <message>
            <source>{layer}: {message} {fix}</source>
            <translation>{layer}：{message} {fix}</translation>
        </message>
        <message>
            <source>Give the input one of the roles listed.</source>
            <translation>请为该输入指定所列角色之一。</translation>
        </message>
        <message>
            <source>Check the path, or open the file in QGIS to see whether GDAL can read it.</source>
            <translation>请检查路径，或在 QGIS 中打开该文件，确认 GDAL 能否读取。</translation>
        </message>
        <message>
            <source>The raster has no coordinate reference system.</source>
            <translation>该栅格没有坐标参考系。</translation>
        </message>
        <message>
            <source>Assign the CRS the data were made in (Raster ▸ Projections ▸ Assign Projection) and check again.</source>
            <translation>请为其指定数据制作时所用的坐标系（栅格 ▸ 投影 ▸ 指定投影）后重新检查。</translation>
        </message>
        <message>
            <source>The raster does not overlap the study area: {where}.</source>
            <translation>该栅格与研究区不重叠：{where}。</translation>
        </message>
        <message>
            <source>Check that it is the right file and that its declared CRS is the one the data are in.</source>
            <translation>请检查文件是否正确，以及所声明的坐标系是否与数据实际坐标系一致。</translation>
        </message>
        <message>
            <source>Use a raster that covers the whole province (with a margin), or mosaic the neighbouring tiles (Raster ▸ Miscellaneous ▸ Merge).</source>
            <translation>请使用覆盖全省（并留有余量）的栅格，或镶嵌相邻图幅（栅格 ▸ 杂项 ▸ 合并）。</translation>
        </message>
        <message>
            <source>Covers the study area.</source>
            <translation>覆盖研究区。</translation>
        </message>
        <message>
            <source>The raster has {count} band(s); band {band} does not exist.</source>
            <translation>该栅格有 {count} 个波段；波段 {band} 不存在。</translation>
        </message>
        <message>
            <source>Choose a band between 1 and {count}.</source>
            <translation>请选择 1 到 {count} 之间的波段。</translation>
        </message>
        <message>
            <source>A {role} raster needs {expected} bands (one per month, January first); this one has {count}.</source>
            <translation>{role}栅格需要 {expected} 个波段（每月一个，从一月开始）；该栅格有 {count} 个。</translation>
        </message>
        <message>
            <source>Stack the monthly rasters into one (Raster ▸ Miscellaneous ▸ Build Virtual Raster, 'Place each input file into a separate band').</source>
            <translation>请将各月栅格叠加为一个栅格（栅格 ▸ 杂项 ▸ 构建虚拟栅格，勾选“将每个输入文件放入单独的波段”）。</translation>
        </message>
        <message>
            <source>On the reference grid: read as it is.</source>
            <translation>位于参考格网上：按原样读取。</translation>
        </message>
        <message>
            <source>On the reference grid's lattice: read as a window, without resampling.</source>
            <translation>与参考格网像元对齐：按窗口读取，无需重采样。</translation>
        </message>
        <message>
            <source>CRS {crs}</source>
            <translation>坐标系 {crs}</translation>
        </message>
        <message>
            <source>cells {ratio:.3g}× the grid's</source>
            <translation>像元为格网像元的 {ratio:.3g} 倍</translation>
        </message>
        <message>
            <source>cells offset from the grid's</source>
            <translation>像元与格网错位</translation>
        </message>
        <message>
            <source>Not on the reference grid ({differences}): it will be resampled to the grid with '{method}'.</source>
            <translation>不在参考格网上（{differences}）：将以“{method}”方法重采样到格网。</translation>
        </message>
        <message>
            <source>Nothing to do if that suits the data; to control it, warp the raster to the grid first (Raster ▸ Projections ▸ Warp).</source>
            <translation>若该方法适合此数据则无需处理；如需自行控制，请先将栅格重投影到参考格网（栅格 ▸ 投影 ▸ 变形）。</translation>
        </message>
        <message>
            <source>Its cells are {ratio:.3g} times as large as the grid's: resampling adds no detail, so the results will show its coarse cells.</source>
            <translation>其像元是格网像元的 {ratio:.3g} 倍：重采样不会增加细节，结果中将显现其粗糙的像元。</translation>
        </message>
        <message>
            <source>Use finer data if there are any, or a coarser reference grid.</source>
            <translation>如有更精细的数据请改用之，或采用更粗的参考格网。</translation>
        </message>
        <message>
            <source> (from a sample of blocks)</source>
            <translation>（基于抽样数据块）</translation>
        </message>
        <message>
            <source>No valid cell over the study area{sample}: the raster is entirely nodata there.</source>
            <translation>研究区内没有有效像元{sample}：该栅格在研究区内全部为无数据。</translation>
        </message>
        <message>
            <source>Check its nodata value (Layer Properties ▸ Transparency) and that it holds data for this province.</source>
            <translation>请检查其无数据值（图层属性 ▸ 透明度），并确认其包含本省的数据。</translation>
        </message>
        <message>
            <source>No nodata value is declared, and {count:,} cells hold {fill:g}, a typical fill value: they would be used as data.</source>
            <translation>未声明无数据值，且有 {count:,} 个像元值为 {fill:g}（典型的填充值）：这些像元将被当作数据使用。</translation>
        </message>
        <message>
            <source>Declare the nodata value (gdal_edit.py -a_nodata {fill:g} file, or Layer Properties ▸ Transparency, then save a copy).</source>
            <translation>请声明无数据值（gdal_edit.py -a_nodata {fill:g} 文件，或在图层属性 ▸ 透明度中设置后另存副本）。</translation>
        </message>
        <message>
            <source>No nodata value declared; NaN cells are taken as nodata.</source>
            <translation>未声明无数据值；NaN 像元视为无数据。</translation>
        </message>
        <message>
            <source>No nodata value is declared: every cell counts as data, including any fill around the province.</source>
            <translation>未声明无数据值：所有像元都将作为数据参与计算，包括省界外的填充值。</translation>
        </message>
        <message>
            <source>If the raster has a fill value, declare it as nodata (gdal_edit.py -a_nodata VALUE file).</source>
            <translation>如果栅格有填充值，请将其声明为无数据值（gdal_edit.py -a_nodata 值 文件）。</translation>
        </message>
        <message>
            <source>Nodata is declared ({nodata}).</source>
            <translation>已声明无数据值（{nodata}）。</translation>
        </message>
        <message>
            <source>a mask</source>
            <translation>掩膜</translation>
        </message>
        <message>
            <source>{low:.6g} to {high:.6g}</source>
            <translation>{low:.6g} 至 {high:.6g}</translation>
        </message>
        <message>
            <source>Values {observed} {unit}{sample}, as expected.</source>
            <translation>数值 {observed} {unit}{sample}，符合预期。</translation>
        </message>
        <message>
            <source>{count:,} cells ({share:.2g} %) lie outside the possible range of {role} ({lo:g} to {hi:g}, {unit}); values are {observed}{sample}.</source>
            <translation>{count:,} 个像元（{share:.2g} %）超出{role}的可能取值范围（{lo:g} 至 {hi:g}，{unit}）；数值为 {observed}{sample}。</translation>
        </message>
        <message>
            <source>Set those cells to nodata or correct them (Raster Calculator), and check the unit and the nodata value.</source>
            <translation>请将这些像元设为无数据或加以纠正（栅格计算器），并检查单位和无数据值。</translation>
        </message>
        <message>
            <source>Values {observed} {unit}{sample} are unusual for {role} in a province ({lo:g} to {hi:g} expected).</source>
            <translation>数值 {observed} {unit}{sample} 对省域{role}而言不常见（预期 {lo:g} 至 {hi:g}）。</translation>
        </message>
        <message>
            <source>Check the unit and the nodata value with the data's provider.</source>
            <translation>请向数据提供方核实单位和无数据值。</translation>
        </message>
        <message>
            <source>Every valid cell holds {value:g}: a min–max rescaling of it is undefined.</source>
            <translation>所有有效像元的值均为 {value:g}：无法对其进行最小–最大值归一化。</translation>
        </message>
        <message>
            <source>Check that this is the intended raster; a constant factor does not distinguish any place.</source>
            <translation>请确认这是预期的栅格；常数因子无法区分任何地方。</translation>
        </message>
        <message>
            <source>R values {observed}{sample} look like SI units ({other}); in the US units of the sensitivity table they would be {converted}. R was NOT converted: it is scored as it is against the breaks 100 and 600, so far too many cells score 5 (extremely sensitive).</source>
            <translation>R 值 {observed}{sample} 看起来是国际单位（{other}）；换算为敏感性分级表所用的美制单位应为 {converted}。R 未做换算：将按原值与分级点 100 和 600 比较评分，因此会有过多像元评为 5（极敏感）。</translation>
        </message>
        <message>
            <source>Divide R by 17.02 first (Raster Calculator: R / 17.02) and run again, or multiply the R breaks of the factor table by 17.02.</source>
            <translation>请先将 R 除以 17.02（栅格计算器：R / 17.02）再重新运行，或将因子表中 R 的分级点乘以 17.02。</translation>
        </message>
        <message>
            <source>Values {observed}{sample} are implausible in {unit} but fit {other} ({converted} {unit}). They were NOT converted: a factor that is min–max rescaled is unaffected, but class breaks and formulas that use the values themselves will be wrong.</source>
            <translation>数值 {observed}{sample} 以 {unit} 计不合理，但符合 {other}（即 {converted} {unit}）。数值未做换算：经最小–最大值归一化的因子不受影响，但直接使用数值本身的分级界限和公式将会出错。</translation>
        </message>
        <message>
            <source>Convert to {unit} ({how}) with the Raster Calculator, or confirm the unit with the data's provider.</source>
            <translation>请用栅格计算器换算为 {unit}（{how}），或向数据提供方确认单位。</translation>
        </message>
        <message>
            <source>the codes of the table given with it</source>
            <translation>随附表格中的编码</translation>
        </message>
        <message>
            <source>the legend given</source>
            <translation>所给图例</translation>
        </message>
        <message>
            <source>The legend '{legend}' is neither a legend name ({names}) nor a list of codes.</source>
            <translation>图例“{legend}”既不是图例名称（{names}），也不是编码列表。</translation>
        </message>
        <message>
            <source>USDA texture classes 1–13 (HWSD), 14 gravel, 15 bedrock</source>
            <translation>USDA 土壤质地类 1–13（HWSD）、14 砾石、15 基岩</translation>
        </message>
        <message>
            <source>the classes in the raster's metadata</source>
            <translation>栅格元数据中记录的类别</translation>
        </message>
        <message>
            <source>importance grades 1–3</source>
            <translation>重要性等级 1–3</translation>
        </message>
        <message>
            <source>importance grades 1–4</source>
            <translation>重要性等级 1–4</translation>
        </message>
        <message>
            <source>sensitivity grades 1–3</source>
            <translation>敏感性等级 1–3</translation>
        </message>
        <message>
            <source>Give a legend name or codes separated by commas.</source>
            <translation>请给出图例名称，或用逗号分隔的编码。</translation>
        </message>
        <message>
            <source>A class raster must hold whole codes; this one holds fractions such as {value:g}{sample}.</source>
            <translation>分类栅格应只含整数编码；该栅格含有小数值，例如 {value:g}{sample}。</translation>
        </message>
        <message>
            <source>Use the original class raster, not a resampled (bilinear) copy.</source>
            <translation>请使用原始分类栅格，而不是经（双线性）重采样的副本。</translation>
        </message>
        <message>
            <source>Whole codes {codes}{sample}; no table was given to check them against.</source>
            <translation>整数编码 {codes}{sample}；未提供可供核对的表。</translation>
        </message>
        <message>
            <source>Codes {codes}{sample} all belong to {legend}.</source>
            <translation>编码 {codes}{sample} 均属于{legend}。</translation>
        </message>
        <message>
            <source>Codes {unknown} ({cells:,} cells{sample}) are not in {legend}.</source>
            <translation>编码 {unknown}（{cells:,} 个像元{sample}）不在{legend}中。</translation>
        </message>
        <message>
            <source>Reclassify those codes to the legend (Raster ▸ Reclassify by table), declare them nodata, or give the raster's own legend.</source>
            <translation>请将这些编码重分类到图例中（栅格 ▸ 按表重分类），或将其设为无数据，或提供该栅格自身的图例。</translation>
        </message>
        <message>
            <source>Preflight found {count} error(s) in the inputs:</source>
            <translation>预检在输入数据中发现 {count} 个错误：</translation>
        </message>
        <message>
            <source>• {layer}: {message} How to fix: {fix}</source>
            <translation>• {layer}：{message} 处理方法：{fix}</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>通过</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>Preflight of the inputs</source>
            <translation>输入数据预检</translation>
        </message>
        <message>
            <source>every cell read</source>
            <translation>逐像元读取</translation>
        </message>
        <message>
            <source>a sample of blocks read (quick check)</source>
            <translation>抽样读取部分数据块（快速检查）</translation>
        </message>
        <message>
            <source>{errors} error(s), {warnings} warning(s) in {inputs} input(s); {mode}.</source>
            <translation>{inputs} 个输入中有 {errors} 个错误、{warnings} 个警告；{mode}。</translation>
        </message>
        <message>
            <source>Reference grid: {grid}</source>
            <translation>参考格网：{grid}</translation>
        </message>
        <message>
            <source>Red Line Workbench {version}, {time}</source>
            <translation>生态保护红线工作台 {version}，{time}</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>图层</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>级别</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>检查结果</translation>
        </message>
        <message>
            <source>How to fix</source>
            <translation>修改方法</translation>
        </message>
        <message>
            <source>The raster '{name}' contains infinite values. Set them to nodata before grading.</source>
            <translation>栅格“{name}”含有无穷大值。请在分级前将其设为无数据（nodata）。</translation>
        </message>
        <message>
            <source>Importance grade (cumulative value rule)</source>
            <translation>重要性等级（累积服务值法）</translation>
        </message>
        <message>
            <source>All valid values of '{name}' are zero or negative (their sum is {total:g}): the cumulative rule has no breaks, so every cell is graded 1 and the thresholds are undefined. Check that this is the service raster you meant to grade.</source>
            <translation>“{name}”的所有有效值均为零或负数（总和为 {total:g}）：累积值法无法得到分级断点，因此所有像元均定为 1 级，分级阈值无定义。请检查这是否确实是要分级的服务功能栅格。</translation>
        </message>
        <message>
            <source>The raster '{name}' is rotated or not north-up and cannot serve as the reference grid. Warp it to a north-up grid first (Raster ▸ Projections ▸ Warp).</source>
            <translation>栅格“{name}”存在旋转或非正北朝上，不能作为参考格网。请先将其重投影为正北朝上的格网（栅格 ▸ 投影 ▸ 变形）。</translation>
        </message>
        <message>
            <source>The cell size must be greater than 0, got {size}.</source>
            <translation>像元大小必须大于 0，当前为 {size}。</translation>
        </message>
        <message>
            <source>The extent is empty; check the boundary layer.</source>
            <translation>范围为空，请检查边界图层。</translation>
        </message>
        <message>
            <source>The reference grid is in degrees, so a cell has no constant area. Build the grid in a projected CRS (the province's Gauss–Krüger zone or Albers).</source>
            <translation>参考格网以度为单位，像元面积不固定。请在投影坐标系（本省高斯–克吕格投影带或 Albers 投影）中建立格网。</translation>
        </message>
        <message>
            <source>{width} × {height} cells of {size:g}{units}, {crs}</source>
            <translation>{width} × {height} 个像元，像元大小 {size:g}{units}，{crs}</translation>
        </message>
        <message>
            <source>the raster lies at {raster}, the study area at {area}</source>
            <translation>栅格位于 {raster}，研究区位于 {area}</translation>
        </message>
        <message>
            <source>The raster '{name}' does not overlap the study area at all: {where}. Check that it is the right file and that its CRS is declared correctly.</source>
            <translation>栅格“{name}”与研究区完全不重叠：{where}。请检查文件是否正确、坐标系声明是否正确。</translation>
        </message>
        <message>
            <source>The raster '{name}' does not cover {area:,.1f} km² ({share:.1f} %) of the study area: {where}.</source>
            <translation>栅格“{name}”未覆盖研究区 {area:,.1f} km²（{share:.1f} %）：{where}。</translation>
        </message>
        <message>
            <source>{problem} Use a raster that covers the whole province, or mosaic it with the neighbouring tiles (Raster ▸ Miscellaneous ▸ Merge).</source>
            <translation>{problem}请使用覆盖全省的栅格，或与相邻图幅镶嵌（栅格 ▸ 杂项 ▸ 合并）。</translation>
        </message>
        <message>
            <source>The raster '{name}' has no coordinate reference system. Assign the CRS the data were made in (Raster ▸ Projections ▸ Assign Projection, or the layer's Properties ▸ Source) and run again.</source>
            <translation>栅格“{name}”没有坐标参考系。请为其指定数据制作时所用的坐标系（栅格 ▸ 投影 ▸ 指定投影，或图层属性 ▸ 源）后重新运行。</translation>
        </message>
        <message>
            <source>all around the edges</source>
            <translation>沿四周边缘</translation>
        </message>
        <message>
            <source>in the east</source>
            <translation>位于东部</translation>
        </message>
        <message>
            <source>in the north-east</source>
            <translation>位于东北部</translation>
        </message>
        <message>
            <source>in the north</source>
            <translation>位于北部</translation>
        </message>
        <message>
            <source>in the north-west</source>
            <translation>位于西北部</translation>
        </message>
        <message>
            <source>in the west</source>
            <translation>位于西部</translation>
        </message>
        <message>
            <source>in the south-west</source>
            <translation>位于西南部</translation>
        </message>
        <message>
            <source>in the south</source>
            <translation>位于南部</translation>
        </message>
        <message>
            <source>in the south-east</source>
            <translation>位于东南部</translation>
        </message>
        <message>
            <source>{direction} ({box})</source>
            <translation>{direction}（{box}）</translation>
        </message>
        <message>
            <source>{lon_min:.2f}–{lon_max:.2f}°E, {lat_min:.2f}–{lat_max:.2f}°N</source>
            <translation>东经 {lon_min:.2f}–{lon_max:.2f}°，北纬 {lat_min:.2f}–{lat_max:.2f}°</translation>
        </message>
        <message>
            <source>Give the reference grid: a template raster, or the province boundary and a cell size (in metres for a projected CRS).</source>
            <translation>请指定参考格网：一个模板栅格，或省界与像元大小（投影坐标系下以米为单位）。</translation>
        </message>
        <message>
            <source>The boundary '{name}' cannot be read ({reason}). Check that the file exists and is a vector layer.</source>
            <translation>无法读取边界“{name}”（{reason}）。请检查文件是否存在且为矢量图层。</translation>
        </message>
        <message>
            <source>The boundary '{name}' cannot be read. Check that the file exists and is a vector layer.</source>
            <translation>无法读取边界“{name}”。请检查文件是否存在且为矢量图层。</translation>
        </message>
        <message>
            <source>The boundary '{name}' has no coordinate reference system. Assign its CRS (Vector ▸ Data Management Tools ▸ Assign Projection) and run again.</source>
            <translation>边界“{name}”没有坐标参考系。请为其指定坐标系（矢量 ▸ 数据管理工具 ▸ 指定投影）后重新运行。</translation>
        </message>
        <message>
            <source>The boundary '{name}' holds no polygons. Choose the province or county polygon layer.</source>
            <translation>边界“{name}”中没有面要素。请选择省级或县级行政区面图层。</translation>
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
            <source>The county layer '{layer}' has no county code or name field (expected XZQDM and XZQMC). Rename its GB/T 2260 code field to XZQDM and its name field to XZQMC.</source>
            <translation>县级行政区图层“{layer}”中没有县级代码或名称字段（应为 XZQDM 和 XZQMC）。请将其 GB/T 2260 代码字段改名为 XZQDM，名称字段改名为 XZQMC。</translation>
        </message>
        <message>
            <source>The layout template '{path}' cannot be read ({reason}). Reinstall the plugin.</source>
            <translation>无法读取版式模板“{path}”（{reason}）。请重新安装插件。</translation>
        </message>
        <message>
            <source>The layout template '{path}' is not a valid QGIS layout. Reinstall the plugin.</source>
            <translation>版式模板“{path}”不是有效的 QGIS 版式。请重新安装插件。</translation>
        </message>
        <message>
            <source>The layout template '{layout}' has no item '{item}'. Restore the plugin's template.</source>
            <translation>版式模板“{layout}”中没有元素“{item}”。请恢复插件自带的模板。</translation>
        </message>
        <message>
            <source>The county layer '{layer}' has no county with the code(s) {codes} that the red-line patches carry. Use the county layer the patches were coded with.</source>
            <translation>县级行政区图层“{layer}”中没有红线图斑所带的县级代码 {codes}。请使用为图斑编码时所用的县级行政区图层。</translation>
        </message>
        <message>
            <source>Neither the boundary nor the county layer '{layer}' holds province {code}. Check the province code.</source>
            <translation>省界和县级行政区图层“{layer}”中都没有省份 {code}。请检查省级行政区代码。</translation>
        </message>
        <message>
            <source>The PDF '{path}' cannot be written. Check that the folder is writable.</source>
            <translation>无法写入 PDF“{path}”。请检查该文件夹是否可写。</translation>
        </message>
        <message>
            <source>The patch layer '{uri}' holds no red-line patch: there is nothing to map.</source>
            <translation>图斑图层“{uri}”中没有红线图斑，无法制图。</translation>
        </message>
        <message>
            <source>The county layer '{uri}' cannot be opened. Check the path and the layer name.</source>
            <translation>无法打开县级行政区图层“{uri}”。请检查路径和图层名。</translation>
        </message>
        <message>
            <source>The province boundary layer '{uri}' cannot be opened. Check the path and the layer name.</source>
            <translation>无法打开省界图层“{uri}”。请检查路径和图层名。</translation>
        </message>
        <message>
            <source>No Chinese font is installed: the report's Chinese text will not show. Install one (Debian: fonts-wqy-microhei).</source>
            <translation>未安装中文字体，报告中的中文将无法显示。请安装中文字体（Debian：fonts-wqy-microhei）。</translation>
        </message>
        <message>
            <source>The red-line patch layer '{uri}' cannot be opened. Choose the STBHHX layer of the workspace GeoPackage.</source>
            <translation>无法打开红线图斑图层“{uri}”。请选择工作空间 GeoPackage 中的 STBHHX 图层。</translation>
        </message>
        <message>
            <source>The patch layer '{layer}' lacks the field(s) {fields}. Run 'Code patches' (redline:code_patches) on it first.</source>
            <translation>图斑图层“{layer}”缺少字段 {fields}。请先对其运行“图斑编码”（redline:code_patches）。</translation>
        </message>
        <message>
            <source>The patch {code} of '{layer}' has no area (MJ) or county code (XZQDM). Run 'Code patches' again.</source>
            <translation>“{layer}”中的图斑 {code} 没有面积（MJ）或县级代码（XZQDM）。请重新运行“图斑编码”。</translation>
        </message>
        <message>
            <source>{start!r}… ({count} characters)</source>
            <translation>{start!r}…（共 {count} 个字符）</translation>
        </message>
        <message>
            <source>the triggers on {table} cannot be checked ({reason})</source>
            <translation>无法检查 {table} 上的触发器（{reason}）</translation>
        </message>
        <message>
            <source>a view {name}</source>
            <translation>视图 {name}</translation>
        </message>
        <message>
            <source>a virtual table {name} that is not a spatial index</source>
            <translation>非空间索引的虚拟表 {name}</translation>
        </message>
        <message>
            <source>a trigger {name} on {table}</source>
            <translation>{table} 上的触发器 {name}</translation>
        </message>
        <message>
            <source>a trigger {name} on {table} that runs {action} on {target}</source>
            <translation>{table} 上对 {target} 执行 {action} 的触发器 {name}</translation>
        </message>
        <message>
            <source>a trigger {name} on {table} that calls {function}()</source>
            <translation>{table} 上调用 {function}() 的触发器 {name}</translation>
        </message>
        <message>
            <source>Patch {code}: {field} has {characters} characters ({size} bytes in UTF-8), more than the shapefile's 254-byte field holds; STBHHX.shp keeps its first {kept} whole name(s), STBHHX.gpkg the full value.</source>
            <translation>图斑 {code}：{field} 有 {characters} 个字符（UTF-8 编码 {size} 字节），超出 shapefile 字段 254 字节的容量；STBHHX.shp 保留其前 {kept} 个完整名称，STBHHX.gpkg 保留完整值。</translation>
        </message>
        <message>
            <source>Patch {code}: {field} has {characters} characters ({size} bytes in UTF-8), more than the shapefile's 254-byte field holds; STBHHX.shp keeps its first {kept} character(s), STBHHX.gpkg the full value.</source>
            <translation>图斑 {code}：{field} 有 {characters} 个字符（UTF-8 编码 {size} 字节），超出 shapefile 字段 254 字节的容量；STBHHX.shp 保留其前 {kept} 个字符，STBHHX.gpkg 保留完整值。</translation>
        </message>
        <message>
            <source>Read the full value from STBHHX.gpkg; the shapefile is only a copy for tools that read nothing else.</source>
            <translation>请从 STBHHX.gpkg 读取完整值；shapefile 只是供只能读取 shapefile 的软件使用的副本。</translation>
        </message>
        <message>
            <source>border {first} / {second}</source>
            <translation>边界 {first} / {second}</translation>
        </message>
        <message>
            <source>Provinces {first} and {second} overlap: {message}</source>
            <translation>省份 {first} 与 {second} 重叠：{message}</translation>
        </message>
        <message>
            <source>Agree on the border with the neighbouring province; the province whose patch crosses it clips it.</source>
            <translation>与相邻省份协商边界；斑块越界的一方负责裁剪。</translation>
        </message>
        <message>
            <source>Patch {code} of {side} meets the border for {length:,.0f} m; {other} has no patch within {search:g} m.</source>
            <translation>{side} 的斑块 {code} 沿省界接边 {length:,.0f} 米；{other} 在 {search:g} 米范围内没有斑块。</translation>
        </message>
        <message>
            <source>Check the neighbour's assessment there; continue the red line across the border or record why not.</source>
            <translation>请核查相邻省份在该处的评价结果；跨界延续生态保护红线，或记录不延续的原因。</translation>
        </message>
        <message>
            <source>{first}/{second}: {code_a} and {code_b} differ by up to {offset:.2f} m ({count} vertices over {limit:g} m).</source>
            <translation>{first}/{second}：{code_a} 与 {code_b} 最大相差 {offset:.2f} 米（{count} 个节点超过 {limit:g} 米）。</translation>
        </message>
        <message>
            <source>Snap both patches to the agreed border line (Processing ‣ Snap geometries to layer) and recompute MJ.</source>
            <translation>将两侧斑块捕捉到商定的边界线（处理工具 ‣ 捕捉几何到图层），并重新计算 MJ。</translation>
        </message>
        <message>
            <source>The raster {name} ({path}) could not be written to the package ({reason}).</source>
            <translation>栅格 {name}（{path}）无法写入成果包（{reason}）。</translation>
        </message>
        <message>
            <source>graded raster supplied by the user</source>
            <translation>用户提供的分级栅格</translation>
        </message>
        <message>
            <source>The province boundary layer '{layer}' has no polygon with the code {code}. Choose the layer or its code field.</source>
            <translation>省界图层“{layer}”中没有代码为 {code} 的多边形。请选择正确的图层或其代码字段。</translation>
        </message>
        <message>
            <source>'{code}' is not a 6-digit province code ending in 0000 (e.g. 350000). Give the province's GB/T 2260 code.</source>
            <translation>“{code}”不是以 0000 结尾的 6 位省级代码（如 350000）。请填写本省的 GB/T 2260 代码。</translation>
        </message>
        <message>
            <source>The package date {problem}. Give today's date or an earlier one.</source>
            <translation>成果包日期{problem}。请填写今天或更早的日期。</translation>
        </message>
        <message>
            <source>The raster {name} ({path}) does not exist. Choose the graded raster.</source>
            <translation>栅格 {name}（{path}）不存在。请选择分级栅格。</translation>
        </message>
        <message>
            <source>Several graded rasters would be stored as raster/{names}.tif. Rename the files so that each name is unique.</source>
            <translation>多个分级栅格将被存为 raster/{names}.tif。请重命名文件，使每个名称唯一。</translation>
        </message>
        <message>
            <source>'{path}' has no layer {layer}. Choose the red-line patch layer (STBHHX).</source>
            <translation>“{path}”中没有图层 {layer}。请选择生态保护红线斑块图层（STBHHX）。</translation>
        </message>
        <message>
            <source>The patch layer '{layer}' is empty: delineate the red line first.</source>
            <translation>斑块图层“{layer}”为空：请先划定生态保护红线。</translation>
        </message>
        <message>
            <source>The red line breaks {count} error rule(s) of the standard; no package was written. QA report: {path}</source>
            <translation>生态保护红线违反了标准的 {count} 条错误规则；未写出成果包。质检报告：{path}</translation>
        </message>
        <message>
            <source>Raster {name} ({file}) names no classes; the guideline's class names were assumed.</source>
            <translation>栅格 {name}（{file}）未注明分级名称；已采用指南的分级名称。</translation>
        </message>
        <message>
            <source>Grade the raster with the plugin, which records its classes.</source>
            <translation>请用本插件对该栅格分级，插件会记录其分级类别。</translation>
        </message>
        <message>
            <source>the export writes these itself and checks the archive before publishing it</source>
            <translation>由导出功能自行写出，并在发布前检查压缩包</translation>
        </message>
        <message>
            <source>{province} ecological protection red line (生态保护红线), {date}</source>
            <translation>{province}生态保护红线（生态保护红线），{date}</translation>
        </message>
        <message>
            <source>The ecological protection red line of {province} ({code}): {count} patches, {area:.4f} km².</source>
            <translation>{province}（{code}）生态保护红线：{count} 个斑块，{area:.4f} 平方千米。</translation>
        </message>
        <message>
            <source>The package written for {name} failed its own integrity check: {problem}</source>
            <translation>为 {name} 写出的成果包未通过自身完整性检查：{problem}</translation>
        </message>
        <message>
            <source>Chinese field aliases of the submission standard</source>
            <translation>成果包标准的中文字段别名</translation>
        </message>
        <message>
            <source>manifest.json: '{key}' is missing or has the wrong type. Rebuild the package with the export.</source>
            <translation>manifest.json：“{key}”缺失或类型错误。请用导出功能重新生成成果包。</translation>
        </message>
        <message>
            <source>manifest.json: '{key}' is not a finite number. Rebuild the package with the export.</source>
            <translation>manifest.json：“{key}”不是有限数值。请用导出功能重新生成成果包。</translation>
        </message>
        <message>
            <source>manifest.json: '{key}' = {value:g} is outside its range (0 to {maximum:g}). Rebuild the package with the export.</source>
            <translation>manifest.json：“{key}” = {value:g} 超出取值范围（0 至 {maximum:g}）。请用导出功能重新生成成果包。</translation>
        </message>
        <message>
            <source>manifest.json: '{key}' is not a whole number between 0 and {maximum:,}. Rebuild the package with the export.</source>
            <translation>manifest.json：“{key}”不是 0 至 {maximum:,} 之间的整数。请用导出功能重新生成成果包。</translation>
        </message>
        <message>
            <source>manifest.json holds an integer of {digits} digits; no value of the standard is that large. Rebuild the package with the export.</source>
            <translation>manifest.json 含有一个 {digits} 位的整数；标准中没有任何值会这么大。请用导出功能重新生成成果包。</translation>
        </message>
        <message>
            <source>'{date}' is not a date (YYYY-MM-DD)</source>
            <translation>“{date}”不是日期（YYYY-MM-DD）</translation>
        </message>
        <message>
            <source>'{date}' is not a real calendar date</source>
            <translation>“{date}”不是真实存在的日期</translation>
        </message>
        <message>
            <source>'{date}' is in the future (today is {today})</source>
            <translation>“{date}”晚于今天（今天是 {today}）</translation>
        </message>
        <message>
            <source>'{time}' is not an ISO 8601 time</source>
            <translation>“{time}”不是 ISO 8601 时间</translation>
        </message>
        <message>
            <source>'{time}' is in the future</source>
            <translation>“{time}”晚于当前时间</translation>
        </message>
        <message>
            <source>manifest.json holds '{name}', which is not JSON. Rebuild the package with the export.</source>
            <translation>manifest.json 含有“{name}”，这不是合法的 JSON。请用导出功能重新生成成果包。</translation>
        </message>
        <message>
            <source>manifest.json is not valid UTF-8 JSON ({reason}). Rebuild the package with the export.</source>
            <translation>manifest.json 不是有效的 UTF-8 JSON（{reason}）。请用导出功能重新生成成果包。</translation>
        </message>
        <message>
            <source>manifest.json is not a JSON object. Rebuild the package with the export.</source>
            <translation>manifest.json 不是 JSON 对象。请用导出功能重新生成成果包。</translation>
        </message>
        <message>
            <source>The package follows standard version {found}; this validator reads version {expected}.</source>
            <translation>该成果包遵循标准版本 {found}；本校验工具读取版本 {expected}。</translation>
        </message>
        <message>
            <source>manifest.json: the province code '{code}' is not a 6-digit province code.</source>
            <translation>manifest.json：省级代码“{code}”不是 6 位省级代码。</translation>
        </message>
        <message>
            <source>manifest.json: the package date '{date}' is not YYYY-MM-DD.</source>
            <translation>manifest.json：成果包日期“{date}”不是 YYYY-MM-DD 格式。</translation>
        </message>
        <message>
            <source>manifest.json: the package date {problem}. Export the package again with today's or an earlier date.</source>
            <translation>manifest.json：成果包日期{problem}。请以今天或更早的日期重新导出成果包。</translation>
        </message>
        <message>
            <source>manifest.json: the creation time {problem}. Check the computer's clock and export again.</source>
            <translation>manifest.json：创建时间{problem}。请检查计算机时钟后重新导出。</translation>
        </message>
        <message>
            <source>manifest.json: the count of '{key}' is not a whole number.</source>
            <translation>manifest.json：“{key}”的数量不是整数。</translation>
        </message>
        <message>
            <source>manifest.json: files[{index}] is not an object.</source>
            <translation>manifest.json：files[{index}] 不是对象。</translation>
        </message>
        <message>
            <source>manifest.json: the checksum or size of '{path}' is malformed.</source>
            <translation>manifest.json：“{path}”的校验值或大小格式错误。</translation>
        </message>
        <message>
            <source>manifest.json: '{key}' is not an object.</source>
            <translation>manifest.json：“{key}”不是对象。</translation>
        </message>
        <message>
            <source>Submission standard version {version}</source>
            <translation>汇交标准第 {version} 版</translation>
        </message>
        <message>
            <source>Assessed, delineated and validated with {plugin} {version} following the submission standard version {standard}.</source>
            <translation>使用 {plugin} {version} 按汇交标准第 {standard} 版完成评价、划定与校验。</translation>
        </message>
        <message>
            <source>{newer} is newer.</source>
            <translation>{newer} 更新。</translation>
        </message>
        <message>
            <source>Choose a national GeoPackage or a PostGIS connection to merge into.</source>
            <translation>请选择要合并到的全国 GeoPackage 或 PostGIS 连接。</translation>
        </message>
        <message>
            <source>Give at least one province package to merge.</source>
            <translation>请至少提供一个省级成果包进行合并。</translation>
        </message>
        <message>
            <source>No province boundaries were given: the inside-province rule and gaps along borders were not checked.</source>
            <translation>未提供省界：未检查“斑块位于省界内”规则和沿省界的缺口。</translation>
        </message>
        <message>
            <source>Edge matching along shared borders…</source>
            <translation>沿共同省界进行接边检查……</translation>
        </message>
        <message>
            <source>Committing the run to the national store…</source>
            <translation>正在将本次运行提交到全国数据库…</translation>
        </message>
        <message>
            <source>{package} cannot be read ({reason}). Check the path and the file's permissions.</source>
            <translation>无法读取 {package}（{reason}）。请检查路径和文件权限。</translation>
        </message>
        <message>
            <source>{loaded} is already merged.</source>
            <translation>{loaded} 已合并。</translation>
        </message>
        <message>
            <source>{package} could not be validated ({kind}: {reason}); it was left out. Report this package to the plugin's maintainers.</source>
            <translation>无法校验 {package}（{kind}：{reason}）；已将其排除。请将该成果包报告给插件维护人员。</translation>
        </message>
        <message>
            <source>the province boundary layer has no polygon {code}</source>
            <translation>省界图层中没有多边形 {code}</translation>
        </message>
        <message>
            <source>Overlap</source>
            <translation>重叠</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>缺口</translation>
        </message>
        <message>
            <source>Vertex offset</source>
            <translation>节点偏移</translation>
        </message>
        <message>
            <source>Edge matching {first} {first_name} / {second} {second_name}</source>
            <translation>接边检查 {first} {first_name} / {second} {second_name}</translation>
        </message>
        <message>
            <source>Shared border {length:,.1f} km: {overlaps} overlap(s), {gaps} gap(s), {offsets} vertex offset(s).</source>
            <translation>共同边界 {length:,.1f} 千米：{overlaps} 处重叠，{gaps} 处缺口，{offsets} 处节点偏移。</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Patch code(s)</source>
            <translation>斑块编码</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Location (lon, lat)</source>
            <translation>位置（经度, 纬度）</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>地图</translation>
        </message>
        <message>
            <source>The two provinces match along their border.</source>
            <translation>两省沿共同边界接边一致。</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>已合并</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>已拒收</translation>
        </message>
        <message>
            <source>superseded by a newer package</source>
            <translation>已被更新的成果包取代</translation>
        </message>
        <message>
            <source>already merged (same sha256)</source>
            <translation>已合并（sha256 相同）</translation>
        </message>
        <message>
            <source>older than the merged package</source>
            <translation>早于已合并的成果包</translation>
        </message>
        <message>
            <source>failed while loading; the store is unchanged</source>
            <translation>入库时失败；数据库保持不变</translation>
        </message>
        <message>
            <source>Package</source>
            <translation>成果包</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>省份</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
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
            <source>Area (km²)</source>
            <translation>面积（平方千米）</translation>
        </message>
        <message>
            <source>QA report</source>
            <translation>质检报告</translation>
        </message>
        <message>
            <source>Border pair</source>
            <translation>相邻省份</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>检查结果</translation>
        </message>
        <message>
            <source>Dominant function</source>
            <translation>主导功能</translation>
        </message>
        <message>
            <source>No neighbouring provinces were compared.</source>
            <translation>未比较相邻省份。</translation>
        </message>
        <message>
            <source>Merged into {store}.</source>
            <translation>已合并到 {store}。</translation>
        </message>
        <message>
            <source>Packages</source>
            <translation>成果包</translation>
        </message>
        <message>
            <source>Edge matching</source>
            <translation>接边检查</translation>
        </message>
        <message>
            <source>National statistics</source>
            <translation>全国统计</translation>
        </message>
        <message>
            <source>National merge of the ecological protection red line</source>
            <translation>全国生态保护红线合并</translation>
        </message>
        <message>
            <source>'{code}' is not a province code.</source>
            <translation>“{code}”不是省级代码。</translation>
        </message>
        <message>
            <source>The national GeoPackage '{path}' could not be committed ({reason}); nothing of this run was kept.</source>
            <translation>无法提交全国 GeoPackage“{path}”（{reason}）；本次运行的内容均未保留。</translation>
        </message>
        <message>
            <source>'{path}' already has a layer {layer} that is not a national merge layer. Choose another output.</source>
            <translation>“{path}”中已有图层 {layer}，但它不是全国合并图层。请选择其他输出。</translation>
        </message>
        <message>
            <source>feature {fid}</source>
            <translation>要素 {fid}</translation>
        </message>
        <message>
            <source>'{name}' cannot be read as a vector dataset ({reason}). Check the file or export it again.</source>
            <translation>“{name}”无法作为矢量数据读取（{reason}）。请检查文件或重新导出。</translation>
        </message>
        <message>
            <source>'{name}' cannot be read as a vector dataset. Check the file or export it again.</source>
            <translation>“{name}”无法作为矢量数据读取。请检查文件或重新导出。</translation>
        </message>
        <message>
            <source>Writing to PostGIS needs psycopg2 (Debian: python3-psycopg2); install it or write a GeoPackage.</source>
            <translation>写入 PostGIS 需要 psycopg2（Debian：python3-psycopg2）；请安装它，或改为写出 GeoPackage。</translation>
        </message>
        <message>
            <source>QGIS has no PostgreSQL connection named '{name}'. Add it in the Browser panel or give a connection string.</source>
            <translation>QGIS 中没有名为“{name}”的 PostgreSQL 连接。请在浏览器面板中添加，或填写连接字符串。</translation>
        </message>
        <message>
            <source>'{name}' is not a plain schema name (letters, digits, underscores). Choose another schema.</source>
            <translation>“{name}”不是简单的模式名（字母、数字、下划线）。请选择其他模式。</translation>
        </message>
        <message>
            <source>Cannot connect to PostgreSQL ({reason}). Check the connection, the server and the password.</source>
            <translation>无法连接 PostgreSQL（{reason}）。请检查连接、服务器和密码。</translation>
        </message>
        <message>
            <source>The database has no PostGIS: ask its administrator to run CREATE EXTENSION postgis.</source>
            <translation>该数据库没有 PostGIS：请数据库管理员执行 CREATE EXTENSION postgis。</translation>
        </message>
        <message>
            <source>Cannot prepare the national tables in PostgreSQL ({reason}).</source>
            <translation>无法在 PostgreSQL 中准备全国数据表（{reason}）。</translation>
        </message>
        <message>
            <source>The national tables in PostgreSQL could not be committed ({reason}); nothing of this run was kept.</source>
            <translation>无法提交 PostgreSQL 中的全国数据表（{reason}）；本次运行的内容均未保留。</translation>
        </message>
        <message>
            <source>Loading {package} into PostgreSQL failed ({reason}); the database was left as it was.</source>
            <translation>将 {package} 载入 PostgreSQL 失败（{reason}）；数据库保持原样。</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>提示</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>通过</translation>
        </message>
        <message>
            <source>not applicable here</source>
            <translation>此处不适用</translation>
        </message>
        <message>
            <source>{count} finding(s)</source>
            <translation>{count} 条结果</translation>
        </message>
        <message>
            <source>not checked: {reason}</source>
            <translation>未检查：{reason}</translation>
        </message>
        <message>
            <source>Accepted: no error; {warnings} warning(s).</source>
            <translation>通过：无错误；{warnings} 条警告。</translation>
        </message>
        <message>
            <source>Refused: {errors} error(s), {warnings} warning(s).</source>
            <translation>拒收：{errors} 条错误，{warnings} 条警告。</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>检查对象</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Total area (km², ellipsoidal)</source>
            <translation>总面积（平方千米，椭球面）</translation>
        </message>
        <message>
            <source>Standard version</source>
            <translation>标准版本</translation>
        </message>
        <message>
            <source>Validator</source>
            <translation>校验工具</translation>
        </message>
        <message>
            <source>Red Line Workbench {version}</source>
            <translation>生态保护红线工作台 {version}</translation>
        </message>
        <message>
            <source>QA report of the ecological protection red line</source>
            <translation>生态保护红线质检报告</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>规则</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <source>What it checks</source>
            <translation>检查内容</translation>
        </message>
        <message>
            <source>No findings.</source>
            <translation>无检查结果。</translation>
        </message>
        <message>
            <source>The boundary layer '{name}' cannot be read. Check that the file exists and is a polygon layer.</source>
            <translation>无法读取边界图层“{name}”。请检查文件是否存在且为面图层。</translation>
        </message>
        <message>
            <source>Layer '{layer}' has no field '{field}'. Choose the field that holds the {what}.</source>
            <translation>图层“{layer}”没有字段“{field}”。请选择存放{what}的字段。</translation>
        </message>
        <message>
            <source>province code</source>
            <translation>省级代码</translation>
        </message>
        <message>
            <source>county code</source>
            <translation>县级代码</translation>
        </message>
        <message>
            <source>Layer '{layer}' has none of the code fields {fields}. Choose its code field.</source>
            <translation>图层“{layer}”没有以下任何代码字段：{fields}。请选择其代码字段。</translation>
        </message>
        <message>
            <source>name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Layer '{layer}' has no CRS and its coordinates are not degrees. Set its CRS (Layer Properties ‣ Source).</source>
            <translation>图层“{layer}”没有坐标参照系，且坐标不是经纬度。请设置其坐标参照系（图层属性 ‣ 源）。</translation>
        </message>
        <message>
            <source>Layer '{layer}' has no CRS; its degrees were read as CGCS2000 (EPSG:4490).</source>
            <translation>图层“{layer}”没有坐标参照系；其经纬度按 CGCS2000（EPSG:4490）读取。</translation>
        </message>
        <message>
            <source>Layer '{layer}' is in {crs}; it was reprojected to CGCS2000 (EPSG:4490).</source>
            <translation>图层“{layer}”的坐标参照系为 {crs}；已重投影到 CGCS2000（EPSG:4490）。</translation>
        </message>
        <message>
            <source>Layer '{layer}' holds no polygon with a code in '{field}'.</source>
            <translation>图层“{layer}”中没有在“{field}”中带代码的多边形。</translation>
        </message>
        <message>
            <source>The package is a readable zip archive</source>
            <translation>成果包是可读取的 zip 压缩包</translation>
        </message>
        <message>
            <source>manifest.json is present and well formed</source>
            <translation>manifest.json 存在且格式正确</translation>
        </message>
        <message>
            <source>No path leaves the package (no '..', absolute path or link)</source>
            <translation>没有路径离开成果包（无“..”、绝对路径或链接）</translation>
        </message>
        <message>
            <source>The unpacked size and the number of files are bounded</source>
            <translation>解压大小和文件数量受限</translation>
        </message>
        <message>
            <source>Every file named in the manifest, and every file the standard requires, exists</source>
            <translation>清单列出的每个文件以及标准要求的每个文件都存在</translation>
        </message>
        <message>
            <source>No file outside the manifest</source>
            <translation>没有清单之外的文件</translation>
        </message>
        <message>
            <source>Every file has the manifest's sha256 and size</source>
            <translation>每个文件的 sha256 和大小与清单一致</translation>
        </message>
        <message>
            <source>Layers as the standard lists them</source>
            <translation>图层符合标准</translation>
        </message>
        <message>
            <source>Fields, types and lengths as the standard lists them</source>
            <translation>字段、类型和长度符合标准</translation>
        </message>
        <message>
            <source>Every mandatory field is filled</source>
            <translation>必填字段均已填写</translation>
        </message>
        <message>
            <source>Codes come from their code lists</source>
            <translation>代码取自代码表</translation>
        </message>
        <message>
            <source>HXBM is well formed (XZQDM + HXLX + 4-digit sequence)</source>
            <translation>HXBM 格式正确（XZQDM + HXLX + 4 位顺序号）</translation>
        </message>
        <message>
            <source>HXBM and BSM are unique</source>
            <translation>HXBM 和 BSM 唯一</translation>
        </message>
        <message>
            <source>SJXZQDM is the first two digits of XZQDM and the package's province</source>
            <translation>SJXZQDM 为 XZQDM 的前两位且属于成果包所在省份</translation>
        </message>
        <message>
            <source>XZQDM is consistent with the patch's location</source>
            <translation>XZQDM 与斑块位置一致</translation>
        </message>
        <message>
            <source>BGYY is given with BGLX</source>
            <translation>填写 BGLX 时同时填写 BGYY</translation>
        </message>
        <message>
            <source>Geometries are valid (OGC), non-empty and polygonal</source>
            <translation>几何有效（OGC）、非空且为面</translation>
        </message>
        <message>
            <source>The layer is in CGCS2000 (EPSG:4490)</source>
            <translation>图层为 CGCS2000（EPSG:4490）</translation>
        </message>
        <message>
            <source>No two patches overlap by more than 1 m²</source>
            <translation>任意两个斑块的重叠不超过 1 平方米</translation>
        </message>
        <message>
            <source>Every patch lies inside the province boundary (tolerance 1 m)</source>
            <translation>每个斑块都位于省界内（容差 1 米）</translation>
        </message>
        <message>
            <source>MJ matches the ellipsoidal area to 0.01 % and MJ_GQ = MJ × 100</source>
            <translation>MJ 与椭球面积相差不超过 0.01%，且 MJ_GQ = MJ × 100</translation>
        </message>
        <message>
            <source>The manifest's totals equal the layer's sums</source>
            <translation>清单中的合计等于图层的汇总值</translation>
        </message>
        <message>
            <source>No patch is a crumb: every patch covers at least 100 m²</source>
            <translation>无碎屑图斑：每个图斑面积至少 100 平方米</translation>
        </message>
        <message>
            <source>Patches under the minimum area that touch no protected area</source>
            <translation>面积小于最小面积且不涉及保护地的斑块</translation>
        </message>
        <message>
            <source>Slivers (area / perimeter² very small)</source>
            <translation>细碎斑块（面积 / 周长² 很小）</translation>
        </message>
        <message>
            <source>Holes under the fill threshold</source>
            <translation>小于填充阈值的孔洞</translation>
        </message>
        <message>
            <source>Edge matching with the neighbouring province</source>
            <translation>与相邻省份的接边</translation>
        </message>
        <message>
            <source>HXMC reads place + dominant function + 生态保护红线</source>
            <translation>HXMC 为“地名 + 主导功能 + 生态保护红线”</translation>
        </message>
        <message>
            <source>Fields outside the standard</source>
            <translation>标准之外的字段</translation>
        </message>
        <message>
            <source>Layers outside the standard</source>
            <translation>标准之外的图层</translation>
        </message>
        <message>
            <source>Graded rasters carry their class names and style</source>
            <translation>分级栅格带有分级名称和样式</translation>
        </message>
        <message>
            <source>Values cut to fit the shapefile copy's 254-byte text fields</source>
            <translation>为适应 shapefile 副本 254 字节文本字段而截断的值</translation>
        </message>
        <message>
            <source>Layer {layer} is in {crs}, not CGCS2000 (EPSG:4490).</source>
            <translation>图层 {layer} 的坐标参照系为 {crs}，不是 CGCS2000（EPSG:4490）。</translation>
        </message>
        <message>
            <source>no CRS</source>
            <translation>无坐标参照系</translation>
        </message>
        <message>
            <source>Reproject the patches to EPSG:4490 (the wizard's delineation writes them so) and export again.</source>
            <translation>将斑块重投影到 EPSG:4490（向导的划定步骤即如此写出）后重新导出。</translation>
        </message>
        <message>
            <source>Layer {layer} has no field {field} ({alias}).</source>
            <translation>图层 {layer} 缺少字段 {field}（{alias}）。</translation>
        </message>
        <message>
            <source>Add the field {field} as {kind} and fill it as the standard says.</source>
            <translation>按 {kind} 类型添加字段 {field}，并按标准填写。</translation>
        </message>
        <message>
            <source>Field {field} of {layer} is {found}; the standard says {kind}.</source>
            <translation>图层 {layer} 的字段 {field} 为 {found}；标准要求 {kind}。</translation>
        </message>
        <message>
            <source>Recreate the field with the standard's type and copy the values across.</source>
            <translation>按标准类型重建该字段并复制原有值。</translation>
        </message>
        <message>
            <source>Field {field} of {layer} is declared {width} characters long; the standard allows {length}.</source>
            <translation>图层 {layer} 的字段 {field} 声明长度为 {width} 个字符；标准允许 {length} 个。</translation>
        </message>
        <message>
            <source>Recreate the field with the standard's length.</source>
            <translation>按标准长度重建该字段。</translation>
        </message>
        <message>
            <source>Layer {layer} has a field whose name is not a plain identifier: {name!r}.</source>
            <translation>图层 {layer} 有一个名称不是简单标识符的字段：{name!r}。</translation>
        </message>
        <message>
            <source>Remove the field: names must be letters, digits and underscores.</source>
            <translation>删除该字段：字段名只能由字母、数字和下划线组成。</translation>
        </message>
        <message>
            <source>Layer {layer} has the field {name}, which the standard does not define; it is not merged.</source>
            <translation>图层 {layer} 有标准未定义的字段 {name}；该字段不参与合并。</translation>
        </message>
        <message>
            <source>Remove the field if it is not needed.</source>
            <translation>如不需要，请删除该字段。</translation>
        </message>
        <message>
            <source>Patch {code}: mandatory field(s) {fields} empty.</source>
            <translation>斑块 {code}：必填字段 {fields} 为空。</translation>
        </message>
        <message>
            <source>Fill every mandatory field (M in the standard) and export again.</source>
            <translation>填写所有必填字段（标准中标为 M 的字段）后重新导出。</translation>
        </message>
        <message>
            <source>Patch {code}: {field} has {count} characters; at most {length} are allowed.</source>
            <translation>斑块 {code}：{field} 有 {count} 个字符；最多允许 {length} 个。</translation>
        </message>
        <message>
            <source>Shorten the value.</source>
            <translation>缩短该值。</translation>
        </message>
        <message>
            <source>Patch {code}: {field} = {value!r} is not in the code list {codes}.</source>
            <translation>斑块 {code}：{field} = {value!r} 不在代码表 {codes} 中。</translation>
        </message>
        <message>
            <source>Choose values from the code list (several separated by ';' where allowed).</source>
            <translation>从代码表中选择取值（允许多值时以“;”分隔）。</translation>
        </message>
        <message>
            <source>Patch {code}: {field} = {value!r} is not a date.</source>
            <translation>斑块 {code}：{field} = {value!r} 不是日期。</translation>
        </message>
        <message>
            <source>Store the date in a Date field.</source>
            <translation>将日期存入日期型字段。</translation>
        </message>
        <message>
            <source>Patch {code}: {field} = {value!r} is not a number.</source>
            <translation>斑块 {code}：{field} = {value!r} 不是数值。</translation>
        </message>
        <message>
            <source>Store numbers in a numeric field.</source>
            <translation>将数值存入数值型字段。</translation>
        </message>
        <message>
            <source>Patch {code}: BSM {bsm} is not greater than 0.</source>
            <translation>斑块 {code}：BSM {bsm} 不大于 0。</translation>
        </message>
        <message>
            <source>Number BSM 1, 2, 3, …</source>
            <translation>BSM 按 1、2、3……编号。</translation>
        </message>
        <message>
            <source>Patch {code}: YSDM {value!r} is not a 10-digit feature code.</source>
            <translation>斑块 {code}：YSDM {value!r} 不是 10 位要素代码。</translation>
        </message>
        <message>
            <source>Use the project's feature code, {default} for a land red-line patch.</source>
            <translation>使用项目的要素代码，陆域生态保护红线斑块为 {default}。</translation>
        </message>
        <message>
            <source>Patch {code}: XZQDM {value!r} is not a 6-digit GB/T 2260 county code.</source>
            <translation>斑块 {code}：XZQDM {value!r} 不是 6 位 GB/T 2260 县级代码。</translation>
        </message>
        <message>
            <source>Give the county's 6-digit code.</source>
            <translation>填写县级行政区的 6 位代码。</translation>
        </message>
        <message>
            <source>Patch {code}: HXBM {value!r} is not XZQDM (6) + HXLX (2) + a 4-digit sequence from 0001.</source>
            <translation>斑块 {code}：HXBM {value!r} 不符合 XZQDM（6 位）+ HXLX（2 位）+ 从 0001 起的 4 位顺序号。</translation>
        </message>
        <message>
            <source>Recode the patch with the delineation's coding step.</source>
            <translation>用划定步骤的编码功能为该斑块重新编码。</translation>
        </message>
        <message>
            <source>Patch {code}: HXBM begins with {prefix} but XZQDM is {county}.</source>
            <translation>斑块 {code}：HXBM 以 {prefix} 开头，但 XZQDM 为 {county}。</translation>
        </message>
        <message>
            <source>Recode the patch so that HXBM begins with its county code.</source>
            <translation>重新编码，使 HXBM 以其县级代码开头。</translation>
        </message>
        <message>
            <source>Patch {code}: HXBM carries type {found} but HXLX is {hxlx}.</source>
            <translation>斑块 {code}：HXBM 中的类型为 {found}，但 HXLX 为 {hxlx}。</translation>
        </message>
        <message>
            <source>Recode the patch so that HXBM carries its dominant function.</source>
            <translation>重新编码，使 HXBM 包含其主导功能。</translation>
        </message>
        <message>
            <source>Patch {code}: SJXZQDM {value} is not the first two digits of XZQDM {county}.</source>
            <translation>斑块 {code}：SJXZQDM {value} 不是 XZQDM {county} 的前两位。</translation>
        </message>
        <message>
            <source>Set SJXZQDM to the first two digits of XZQDM.</source>
            <translation>将 SJXZQDM 设为 XZQDM 的前两位。</translation>
        </message>
        <message>
            <source>Patch {code} belongs to province {value}, not to this package's province {province}.</source>
            <translation>斑块 {code} 属于省份 {value}，不属于本成果包的省份 {province}。</translation>
        </message>
        <message>
            <source>Remove patches of other provinces from the package.</source>
            <translation>从成果包中删除其他省份的斑块。</translation>
        </message>
        <message>
            <source>Patch {code}: BGLX is {value} but BGYY (the reason) is empty.</source>
            <translation>斑块 {code}：BGLX 为 {value}，但 BGYY（变更原因）为空。</translation>
        </message>
        <message>
            <source>Give the reason for the change in BGYY.</source>
            <translation>在 BGYY 中填写变更原因。</translation>
        </message>
        <message>
            <source>Patch {code}: HXMC {value!r} does not read place + {suffix}.</source>
            <translation>斑块 {code}：HXMC {value!r} 不符合“地名 + {suffix}”。</translation>
        </message>
        <message>
            <source>Name the patch after its place and dominant function.</source>
            <translation>按所在地名和主导功能为斑块命名。</translation>
        </message>
        <message>
            <source>{field} {value} is used by {count} patches.</source>
            <translation>{field} {value} 被 {count} 个斑块使用。</translation>
        </message>
        <message>
            <source>Give every patch its own {field}; codes are never reused.</source>
            <translation>每个斑块使用独立的 {field}；编码永不重复使用。</translation>
        </message>
        <message>
            <source>Patch {code} has no geometry.</source>
            <translation>斑块 {code} 没有几何。</translation>
        </message>
        <message>
            <source>Draw the patch again or delete it.</source>
            <translation>重新绘制该斑块或将其删除。</translation>
        </message>
        <message>
            <source>Patch {code} is a {kind}, not a polygon.</source>
            <translation>斑块 {code} 是 {kind}，不是面。</translation>
        </message>
        <message>
            <source>Keep only polygon parts (Vector ‣ Geometry Tools ‣ Multipart to Singleparts, then dissolve).</source>
            <translation>只保留面部分（矢量 ‣ 几何工具 ‣ 多部件转单部件，然后融合）。</translation>
        </message>
        <message>
            <source>Patch {code} is not a valid polygon: {reason}.</source>
            <translation>斑块 {code} 不是有效的面：{reason}。</translation>
        </message>
        <message>
            <source>Repair it (Processing ‣ Fix geometries, or the delineation's refine step) and check the result.</source>
            <translation>修复该斑块（处理工具 ‣ 修复几何，或划定的修整步骤）并检查结果。</translation>
        </message>
        <message>
            <source>Patch {code} has coordinates outside China's longitude and latitude.</source>
            <translation>斑块 {code} 的坐标超出中国的经纬度范围。</translation>
        </message>
        <message>
            <source>The layer says EPSG:4490 but holds other coordinates: set the layer's real CRS and reproject.</source>
            <translation>图层标注为 EPSG:4490，但坐标不符：请设置图层的实际坐标参照系并重投影。</translation>
        </message>
        <message>
            <source>Patches {first} and {second} overlap by {area:,.1f} m².</source>
            <translation>斑块 {first} 与 {second} 重叠 {area:,.1f} 平方米。</translation>
        </message>
        <message>
            <source>Remove the overlap from one of the two patches (Processing ‣ Difference) and recompute MJ.</source>
            <translation>从两个斑块之一中去除重叠部分（处理工具 ‣ 差异），并重新计算 MJ。</translation>
        </message>
        <message>
            <source>Patch {code} reaches {distance:,.1f} m outside province {province} ({area:,.1f} m² outside).</source>
            <translation>斑块 {code} 超出省份 {province} 边界 {distance:,.1f} 米（界外面积 {area:,.1f} 平方米）。</translation>
        </message>
        <message>
            <source>Clip the patch to the province boundary and recompute MJ.</source>
            <translation>按省界裁剪该斑块，并重新计算 MJ。</translation>
        </message>
        <message>
            <source>Patch {code}: XZQDM {county} is not a county of the county boundary layer.</source>
            <translation>斑块 {code}：XZQDM {county} 不是县界图层中的县级行政区。</translation>
        </message>
        <message>
            <source>Give the code of the county the patch lies in (GB/T 2260).</source>
            <translation>填写斑块所在县级行政区的代码（GB/T 2260）。</translation>
        </message>
        <message>
            <source>Patch {code}: only {share:.2%} of its area lies in county {county}; most lies in {best}.</source>
            <translation>斑块 {code}：仅 {share:.2%} 的面积位于县 {county}；大部分位于 {best}。</translation>
        </message>
        <message>
            <source>Split the patch along the county boundary (the delineation's county split) and recode the parts.</source>
            <translation>沿县界分割该斑块（划定步骤的按县分割），并为各部分重新编码。</translation>
        </message>
        <message>
            <source>MJ is {mj:.4f} km² but the geometry measures {area:.4f} km² ({off:+.3%}).</source>
            <translation>MJ 为 {mj:.4f} 平方千米，但几何面积为 {area:.4f} 平方千米（{off:+.3%}）。</translation>
        </message>
        <message>
            <source>MJ {mj!r} has more than 4 decimals.</source>
            <translation>MJ {mj!r} 的小数位超过 4 位。</translation>
        </message>
        <message>
            <source>MJ_GQ is {mj_gq:.2f} ha but MJ × 100 is {expected:.2f} ha.</source>
            <translation>MJ_GQ 为 {mj_gq:.2f} 公顷，但 MJ × 100 为 {expected:.2f} 公顷。</translation>
        </message>
        <message>
            <source>Patch {code}: {problems}</source>
            <translation>斑块 {code}：{problems}</translation>
        </message>
        <message>
            <source>Recompute MJ (ellipsoidal km², 4 decimals) and MJ_GQ (MJ × 100) from the geometry.</source>
            <translation>根据几何重新计算 MJ（椭球面积，平方千米，4 位小数）和 MJ_GQ（MJ × 100）。</translation>
        </message>
        <message>
            <source>Patch {code} covers {area:.1f} m², under the standard's {minimum:g} m²: it is a crumb, not a patch.</source>
            <translation>图斑 {code} 面积 {area:.1f} 平方米，小于标准规定的 {minimum:g} 平方米：它是碎屑，不是图斑。</translation>
        </message>
        <message>
            <source>Merge it into the neighbouring patch of the same county or delete it, then code the patches again.</source>
            <translation>请将其并入同一县级行政区内相邻的图斑或将其删除，然后重新为图斑编码。</translation>
        </message>
        <message>
            <source>Patch {code} measures {area:.4f} km², under the minimum of {minimum:g} km², and touches no protected area.</source>
            <translation>斑块 {code} 面积 {area:.4f} 平方千米，小于最小面积 {minimum:g} 平方千米，且不涉及保护地。</translation>
        </message>
        <message>
            <source>Merge it with a neighbour, drop it, or record the protected area it belongs to (ZRBHD).</source>
            <translation>将其与相邻斑块合并、删除，或记录其所属的保护地（ZRBHD）。</translation>
        </message>
        <message>
            <source>Patch {code} is a sliver: area / perimeter² = {value:.5f} (threshold {ratio:g}).</source>
            <translation>斑块 {code} 为细碎斑块：面积 / 周长² = {value:.5f}（阈值 {ratio:g}）。</translation>
        </message>
        <message>
            <source>Check whether it is a digitising artefact; merge it into its neighbour or remove it.</source>
            <translation>检查是否为数字化误差；将其并入相邻斑块或删除。</translation>
        </message>
        <message>
            <source>Patch {code} has a hole of {area:.4f} km², under the fill threshold of {threshold:g} km².</source>
            <translation>斑块 {code} 有一个 {area:.4f} 平方千米的孔洞，小于填充阈值 {threshold:g} 平方千米。</translation>
        </message>
        <message>
            <source>Fill the hole unless it is conflict land (the deduction layer says why it was cut).</source>
            <translation>除非是冲突用地（扣除图层记录了扣除原因），否则请填充该孔洞。</translation>
        </message>
        <message>
            <source>{source} counts {count} patches; layer {layer} holds {actual}.</source>
            <translation>{source} 记录 {count} 个斑块；图层 {layer} 实有 {actual} 个。</translation>
        </message>
        <message>
            <source>Export the package again: the manifest must describe the layer it ships.</source>
            <translation>请重新导出成果包：清单必须描述其所附的图层。</translation>
        </message>
        <message>
            <source>{source} gives a total of {total:.4f} km²; the MJ of layer {layer} sum to {actual:.4f} km².</source>
            <translation>{source} 给出的合计为 {total:.4f} 平方千米；图层 {layer} 的 MJ 合计为 {actual:.4f} 平方千米。</translation>
        </message>
        <message>
            <source>Ask the province for a new copy of the package; do not repair it by hand.</source>
            <translation>请省级单位重新提供成果包；不要手工修复。</translation>
        </message>
        <message>
            <source>an empty name or a NUL byte</source>
            <translation>空名称或 NUL 字节</translation>
        </message>
        <message>
            <source>a backslash</source>
            <translation>反斜杠</translation>
        </message>
        <message>
            <source>an absolute path</source>
            <translation>绝对路径</translation>
        </message>
        <message>
            <source>'..' or '.' in the path</source>
            <translation>路径中含有“..”或“.”</translation>
        </message>
        <message>
            <source>Package {package} holds {count} members; at most {limit} are accepted.</source>
            <translation>成果包 {package} 含 {count} 个成员；最多接受 {limit} 个。</translation>
        </message>
        <message>
            <source>A package holds a few dozen files: ask the province for the package the export wrote.</source>
            <translation>一个成果包只有几十个文件：请省级单位提供导出功能写出的成果包。</translation>
        </message>
        <message>
            <source>a link or special file</source>
            <translation>链接或特殊文件</translation>
        </message>
        <message>
            <source>a duplicate name</source>
            <translation>重复的名称</translation>
        </message>
        <message>
            <source>Package {package} has a member {name!r} with {reason}; nothing was unpacked.</source>
            <translation>成果包 {package} 的成员 {name!r} 含有{reason}；未解压任何文件。</translation>
        </message>
        <message>
            <source>Refuse the package and ask the province for the one the export wrote.</source>
            <translation>拒收该成果包，并请省级单位提供导出功能写出的成果包。</translation>
        </message>
        <message>
            <source>Package {package} has encrypted members.</source>
            <translation>成果包 {package} 含有加密成员。</translation>
        </message>
        <message>
            <source>Package {package} would unpack to {size:,} bytes; at most {limit:,} are accepted.</source>
            <translation>成果包 {package} 解压后将有 {size:,} 字节；最多接受 {limit:,} 字节。</translation>
        </message>
        <message>
            <source>Refuse the package (it may be a zip bomb) or raise the limit if the province's data really are this large.</source>
            <translation>拒收该成果包（可能是压缩炸弹）；如该省数据确实这么大，可提高限值。</translation>
        </message>
        <message>
            <source>{name} in {package} inflates from {packed:,} to {size:,} bytes, more than {ratio:g} times; nothing of it was unpacked.</source>
            <translation>{package} 中的 {name} 会从 {packed:,} 字节膨胀为 {size:,} 字节，超过 {ratio:g} 倍；未解压其任何内容。</translation>
        </message>
        <message>
            <source>Refuse the package: it is a zip bomb or not the export's. Ask the province for the package the export wrote.</source>
            <translation>拒收该成果包：它是压缩炸弹，或并非由导出功能生成。请省级单位提供导出功能写出的成果包。</translation>
        </message>
        <message>
            <source>{name} in {package} is larger than {limit:,} bytes.</source>
            <translation>{package} 中的 {name} 大于 {limit:,} 字节。</translation>
        </message>
        <message>
            <source>Member {name!r} would be written outside the unpacking folder.</source>
            <translation>成员 {name!r} 将被写到解压目录之外。</translation>
        </message>
        <message>
            <source>Refuse the package.</source>
            <translation>拒收该成果包。</translation>
        </message>
        <message>
            <source>{name} in {package} unpacks to more bytes than it declares.</source>
            <translation>{package} 中的 {name} 解压后的字节数超过其声明值。</translation>
        </message>
        <message>
            <source>Refuse the package (it may be a zip bomb).</source>
            <translation>拒收该成果包（可能是压缩炸弹）。</translation>
        </message>
        <message>
            <source>Package {package} is not a readable zip archive ({reason}); it may be truncated or corrupted.</source>
            <translation>成果包 {package} 不是可读取的 zip 压缩包（{reason}）；文件可能被截断或损坏。</translation>
        </message>
        <message>
            <source>Package {package} cannot be unpacked ({reason}); it may be truncated or corrupted.</source>
            <translation>成果包 {package} 无法解压（{reason}）；文件可能被截断或损坏。</translation>
        </message>
        <message>
            <source>Package {package} has no manifest.json.</source>
            <translation>成果包 {package} 没有 manifest.json。</translation>
        </message>
        <message>
            <source>Only packages written by the export (with manifest.json) are accepted.</source>
            <translation>只接受导出功能写出的成果包（含 manifest.json）。</translation>
        </message>
        <message>
            <source>Ask the province to export the package again.</source>
            <translation>请省级单位重新导出成果包。</translation>
        </message>
        <message>
            <source>manifest.json lists {name!r}, which has {reason}.</source>
            <translation>manifest.json 列出的 {name!r} 含有{reason}。</translation>
        </message>
        <message>
            <source>a reserved name</source>
            <translation>保留名称</translation>
        </message>
        <message>
            <source>{name} is in package {package} but not in its manifest; it was not unpacked.</source>
            <translation>{name} 位于成果包 {package} 中但不在其清单中；未解压。</translation>
        </message>
        <message>
            <source>A package holds only the files its manifest lists: ask the province for a clean export.</source>
            <translation>成果包只能包含其清单列出的文件：请省级单位重新导出干净的成果包。</translation>
        </message>
        <message>
            <source>manifest.json lists {name}, which is not in package {package}.</source>
            <translation>manifest.json 列出了 {name}，但成果包 {package} 中没有该文件。</translation>
        </message>
        <message>
            <source>Package {package} lacks {name}, which the standard requires.</source>
            <translation>成果包 {package} 缺少标准要求的 {name}。</translation>
        </message>
        <message>
            <source>Export the package with the plugin: it writes every file the standard lists.</source>
            <translation>请用本插件导出成果包：它会写出标准列出的所有文件。</translation>
        </message>
        <message>
            <source>Unpacking {package} needs {size:,} bytes; {folder} has {free:,} free.</source>
            <translation>解压 {package} 需要 {size:,} 字节；{folder} 仅有 {free:,} 字节可用。</translation>
        </message>
        <message>
            <source>Free disk space or choose another working folder.</source>
            <translation>请释放磁盘空间或选择其他工作目录。</translation>
        </message>
        <message>
            <source>{name} in {package}: sha256 {found}… ({size:,} bytes), manifest {expected}… ({listed:,}).</source>
            <translation>{package} 中的 {name}：sha256 {found}…（{size:,} 字节），清单为 {expected}…（{listed:,}）。</translation>
        </message>
        <message>
            <source>The file was changed after the export: ask the province for the package as exported.</source>
            <translation>该文件在导出后被修改过：请省级单位提供原始导出的成果包。</translation>
        </message>
        <message>
            <source>its DBF cannot be read ({reason})</source>
            <translation>其 DBF 无法读取（{reason}）</translation>
        </message>
        <message>
            <source>record {number}: HXBM {code!r} is not a patch of STBHHX.gpkg</source>
            <translation>第 {number} 条记录：HXBM {code!r} 不是 STBHHX.gpkg 中的图斑</translation>
        </message>
        <message>
            <source>patch {code}: {field} is not valid {encoding}</source>
            <translation>图斑 {code}：{field} 不是有效的 {encoding} 编码</translation>
        </message>
        <message>
            <source>patch {code}: {field} reads {found!r} in the shapefile but {expected!r} in STBHHX.gpkg</source>
            <translation>图斑 {code}：{field} 在 shapefile 中为 {found!r}，在 STBHHX.gpkg 中为 {expected!r}</translation>
        </message>
        <message>
            <source>and more</source>
            <translation>等等</translation>
        </message>
        <message>
            <source>… and {count} more errors.</source>
            <translation>……另有 {count} 条错误。</translation>
        </message>
        <message>
            <source>the layer is not in EPSG:4490, so nothing can be measured</source>
            <translation>图层不是 EPSG:4490，无法量算</translation>
        </message>
        <message>
            <source>no province boundary was given</source>
            <translation>未提供省界</translation>
        </message>
        <message>
            <source>no county boundary layer was given</source>
            <translation>未提供县界图层</translation>
        </message>
        <message>
            <source>edge matching needs the neighbouring provinces' packages (national merge)</source>
            <translation>接边检查需要相邻省份的成果包（全国合并）</translation>
        </message>
        <message>
            <source>Ask the province to export the package again; do not repair the GeoPackage by hand.</source>
            <translation>请省级单位重新导出成果包；不要手工修复 GeoPackage。</translation>
        </message>
        <message>
            <source>{name} cannot be opened as a database ({reason}).</source>
            <translation>{name} 无法作为数据库打开（{reason}）。</translation>
        </message>
        <message>
            <source>{name} is a corrupted database ({reason}).</source>
            <translation>{name} 是损坏的数据库（{reason}）。</translation>
        </message>
        <message>
            <source>{name} is an SQLite database but not a GeoPackage.</source>
            <translation>{name} 是 SQLite 数据库，但不是 GeoPackage。</translation>
        </message>
        <message>
            <source>{name} is not data only: it holds {objects}; nothing of it was read or merged.</source>
            <translation>{name} 不是纯数据文件：含有{objects}；未读取或合并其任何内容。</translation>
        </message>
        <message>
            <source>Refuse the package: a view or trigger runs when the file is opened or edited. Ask the province for the package the export wrote (it holds none).</source>
            <translation>拒收该成果包：打开或编辑该文件时会运行视图或触发器。请省级单位提供导出功能写出的成果包（其中不含视图或触发器）。</translation>
        </message>
        <message>
            <source>{name} is a corrupted or unreadable database ({reason}).</source>
            <translation>{name} 是损坏或无法读取的数据库（{reason}）。</translation>
        </message>
        <message>
            <source>{name} has no feature table {layer}.</source>
            <translation>{name} 中没有要素表 {layer}。</translation>
        </message>
        <message>
            <source>{name} declares layers that are not tables: {names}.</source>
            <translation>{name} 声明的图层不是数据表：{names}。</translation>
        </message>
        <message>
            <source>{name} holds a layer {layer} that the standard does not define; it is not merged.</source>
            <translation>{name} 中有标准未定义的图层 {layer}；该图层不参与合并。</translation>
        </message>
        <message>
            <source>{name} holds a layer named {layer}, which is not a plain name (letters, digits, underscores, at most 63); it is not read or merged.</source>
            <translation>{name} 中有名为 {layer} 的图层，该名称不是简单名称（字母、数字、下划线，最多 63 个字符）；未读取也未合并该图层。</translation>
        </message>
        <message>
            <source>Remove the layer from the workspace before the export, or ignore this warning if it is harmless.</source>
            <translation>请在导出前从工作空间中删除该图层；如该图层无害，可忽略此警告。</translation>
        </message>
        <message>
            <source>The package name {name} is not {{XZQDM6}}_STBHHX_{{YYYYMMDD}}.zip.</source>
            <translation>成果包名称 {name} 不符合 {{XZQDM6}}_STBHHX_{{YYYYMMDD}}.zip。</translation>
        </message>
        <message>
            <source>The package name {name} does not match its manifest (province {province}, date {date}).</source>
            <translation>成果包名称 {name} 与其清单不符（省份 {province}，日期 {date}）。</translation>
        </message>
        <message>
            <source>Keep the name the export gave the package.</source>
            <translation>请保留导出时生成的成果包名称。</translation>
        </message>
        <message>
            <source>its .cpg does not say UTF-8</source>
            <translation>其 .cpg 未注明 UTF-8</translation>
        </message>
        <message>
            <source>it holds {count} patches, STBHHX.gpkg {expected}</source>
            <translation>其中有 {count} 个斑块，STBHHX.gpkg 有 {expected} 个</translation>
        </message>
        <message>
            <source>The shapefile copy STBHHX.shp differs from the standard: {problems}.</source>
            <translation>shapefile 副本 STBHHX.shp 不符合标准：{problems}。</translation>
        </message>
        <message>
            <source>Export the package again: the shapefile is a copy of STBHHX for tools that read only shapefiles.</source>
            <translation>请重新导出成果包：shapefile 是 STBHHX 的副本，供只能读取 shapefile 的软件使用。</translation>
        </message>
        <message>
            <source>{name} is not a readable raster ({reason}).</source>
            <translation>{name} 不是可读取的栅格（{reason}）。</translation>
        </message>
        <message>
            <source>Export the package again.</source>
            <translation>请重新导出成果包。</translation>
        </message>
        <message>
            <source>it is not tiled</source>
            <translation>未分块存储</translation>
        </message>
        <message>
            <source>it does not name its classes</source>
            <translation>未注明分级名称</translation>
        </message>
        <message>
            <source>it has no .qml style</source>
            <translation>没有 .qml 样式</translation>
        </message>
        <message>
            <source>Raster {name}: {problems}.</source>
            <translation>栅格 {name}：{problems}。</translation>
        </message>
        <message>
            <source>Grade the raster with the plugin, which writes tiles, class names and a style.</source>
            <translation>请用本插件对该栅格分级，插件会写出分块、分级名称和样式。</translation>
        </message>
        <message>
            <source>The manifest gives the CRS {crs}; the standard's is EPSG:4490.</source>
            <translation>清单给出的坐标参照系为 {crs}；标准要求 EPSG:4490。</translation>
        </message>
        <message>
            <source>Reproject the patches to EPSG:4490 and export again.</source>
            <translation>将斑块重投影到 EPSG:4490 后重新导出。</translation>
        </message>
        <message>
            <source>the archive could not be trusted, so its layers were not read</source>
            <translation>压缩包不可信，未读取其中的图层</translation>
        </message>
        <message>
            <source>Layer {layer} is of type {kind}; the standard's is polygon / multipolygon.</source>
            <translation>图层 {layer} 的类型为 {kind}；标准要求面 / 多面。</translation>
        </message>
        <message>
            <source>Export the patches as polygons.</source>
            <translation>请将斑块导出为面。</translation>
        </message>
        <message>
            <source>manifest.json counts {count} rows in {table}; STBHHX.gpkg holds {actual}.</source>
            <translation>manifest.json 记录 {table} 有 {count} 行；STBHHX.gpkg 实有 {actual} 行。</translation>
        </message>
        <message>
            <source>Export the package again: the manifest must describe the layers it ships.</source>
            <translation>请重新导出成果包：清单必须描述其所附的各图层。</translation>
        </message>
        <message>
            <source>the export lists the values it cut for the shapefile copy in the package's QA report</source>
            <translation>导出时已在成果包的质检报告中列出为 shapefile 副本截断的值</translation>
        </message>
        <message>
            <source>add {offset:g}</source>
            <translation>加上 {offset:g}</translation>
        </message>
        <message>
            <source>multiply by {scale:g}</source>
            <translation>乘以 {scale:g}</translation>
        </message>
        <message>
            <source>Red Line Workbench</source>
            <translation>生态保护红线工作台</translation>
        </message>
        <message>
            <source>class code</source>
            <translation>类别代码</translation>
        </message>
        <message>
            <source>fraction</source>
            <translation>比例</translation>
        </message>
        <message>
            <source>0–1 fraction</source>
            <translation>0–1 比例</translation>
        </message>
        <message>
            <source>% (rise)</source>
            <translation>%（坡度百分比）</translation>
        </message>
        <message>
            <source>dimensionless</source>
            <translation>无量纲</translation>
        </message>
        <message>
            <source>index</source>
            <translation>指数</translation>
        </message>
        <message>
            <source>days per year</source>
            <translation>天/年</translation>
        </message>
        <message>
            <source>service value</source>
            <translation>服务功能值</translation>
        </message>
        <message>
            <source>grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>MODIS integers (×0.0001)</source>
            <translation>MODIS 整数（×0.0001）</translation>
        </message>
        <message>
            <source>US units (hundreds of ft·tonf·in·ac⁻¹·h⁻¹·a⁻¹)</source>
            <translation>美制单位（百 ft·tonf·in·ac⁻¹·h⁻¹·a⁻¹）</translation>
        </message>
        <message>
            <source>US units (short ton·ac·h·ac⁻¹·ft⁻¹·tonf⁻¹·in⁻¹)</source>
            <translation>美制单位（short ton·ac·h·ac⁻¹·ft⁻¹·tonf⁻¹·in⁻¹）</translation>
        </message>
        <message>
            <source>degrees = atan(percent / 100)</source>
            <translation>度 = atan(百分比 / 100)</translation>
        </message>
        <message>
            <source>divide by 17.02</source>
            <translation>除以 17.02</translation>
        </message>
        <message>
            <source>'{role}' is not an input role. Use one of: {roles}.</source>
            <translation>“{role}”不是输入角色。请使用以下之一：{roles}。</translation>
        </message>
        <message>
            <source>This workspace was saved by a newer Red Line Workbench (state version {version}). Update the plugin before opening it.</source>
            <translation>该工作空间由更新版本的生态保护红线工作台保存（状态版本 {version}）。请先升级插件再打开。</translation>
        </message>
        <message>
            <source>'{path}' exists but is not a GeoPackage. Choose another file name for the workspace.</source>
            <translation>“{path}”已存在但不是 GeoPackage。请为工作空间另选文件名。</translation>
        </message>
        <message>
            <source>The workspace must be a GeoPackage (.gpkg); '{path}' is not.</source>
            <translation>工作空间必须是 GeoPackage（.gpkg）文件；“{path}”不是。</translation>
        </message>
        <message>
            <source>The workspace '{path}' cannot be created. Check that the folder is writable.</source>
            <translation>无法创建工作空间“{path}”。请检查文件夹是否可写。</translation>
        </message>
        <message>
            <source>The workspace '{path}' cannot be opened for writing. Check that it exists and is not read-only.</source>
            <translation>无法以写入方式打开工作空间“{path}”。请检查文件是否存在、是否只读。</translation>
        </message>
        <message>
            <source>The workspace '{path}' is locked by another program. Close it there and retry.</source>
            <translation>工作空间“{path}”被其他程序锁定。请在该程序中关闭后重试。</translation>
        </message>
        <message>
            <source>The state could not be written to the workspace '{path}'.</source>
            <translation>无法将向导状态写入工作空间“{path}”。</translation>
        </message>
        <message>
            <source>the output '{name}' was deleted</source>
            <translation>输出“{name}”已被删除</translation>
        </message>
        <message>
            <source>Red Line Workbench / 生态保护红线</source>
            <translation>生态保护红线 / Red Line Workbench</translation>
        </message>
        <message>
            <source>Close the panel</source>
            <translation>关闭面板</translation>
        </message>
        <message>
            <source>Detach or dock the panel</source>
            <translation>浮动或停靠面板</translation>
        </message>
        <message>
            <source>Import a human-activity interpretation layer</source>
            <translation>导入人类活动解译图层</translation>
        </message>
        <message>
            <source>e.g. 2024年人类活动遥感监测</source>
            <translation>例如：2024年人类活动遥感监测</translation>
        </message>
        <message>
            <source>1  Interpretation layer</source>
            <translation>1  解译图层</translation>
        </message>
        <message>
            <source>Layer (polygons)</source>
            <translation>图层（面）</translation>
        </message>
        <message>
            <source>Activity type field</source>
            <translation>活动类型字段</translation>
        </message>
        <message>
            <source>Detection source</source>
            <translation>发现来源</translation>
        </message>
        <message>
            <source>Detection date</source>
            <translation>发现日期</translation>
        </message>
        <message>
            <source>Into the ledger of {name}</source>
            <translation>导入 {name} 的台账</translation>
        </message>
        <message>
            <source>Ledger field</source>
            <translation>台账字段</translation>
        </message>
        <message>
            <source>Source field</source>
            <translation>源字段</translation>
        </message>
        <message>
            <source>2  Ledger fields filled from the layer</source>
            <translation>2  由图层填写的台账字段</translation>
        </message>
        <message>
            <source>Red-line code, county and area come from the polygon itself; the statuses start as 待核实.</source>
            <translation>红线编码、所在县和面积由图斑本身得出；各状态初始为“待核实”。</translation>
        </message>
        <message>
            <source>Value in the layer</source>
            <translation>图层中的值</translation>
        </message>
        <message>
            <source>Polygons</source>
            <translation>图斑数</translation>
        </message>
        <message>
            <source>Activity code</source>
            <translation>人类活动代码</translation>
        </message>
        <message>
            <source>3  Activity codes for the type values</source>
            <translation>3  类型值对应的活动代码</translation>
        </message>
        <message>
            <source>4  Preview of the first rows</source>
            <translation>4  前几条记录预览</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>（不导入）</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <source>(choose a code)</source>
            <translation>（请选择代码）</translation>
        </message>
        <message>
            <source>(no code)</source>
            <translation>（无代码）</translation>
        </message>
        <message>
            <source>Choose the interpretation layer (a polygon layer of the project).</source>
            <translation>请选择解译图层（工程中的面图层）。</translation>
        </message>
        <message>
            <source>Choose the field that holds the activity type.</source>
            <translation>请选择存放活动类型的字段。</translation>
        </message>
        <message>
            <source>Give an activity code to every type value; still without one: {values}.</source>
            <translation>请为每个类型值指定活动代码；尚未指定的有：{values}。</translation>
        </message>
        <message>
            <source>'{value}' is not a valid value for {field}.</source>
            <translation>“{value}”不是{field}的有效取值。</translation>
        </message>
        <message>
            <source>Ledger conflicts from field packages</source>
            <translation>外业数据包产生的台账冲突</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Mine (office)</source>
            <translation>我的（内业）</translation>
        </message>
        <message>
            <source>Theirs (field)</source>
            <translation>外业的</translation>
        </message>
        <message>
            <source>Use the field's geometry</source>
            <translation>采用外业的几何图形</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>保留我的</translation>
        </message>
        <message>
            <source>Keep theirs</source>
            <translation>保留外业的</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>No open conflicts: every field package is merged.</source>
            <translation>没有待处理的冲突：所有外业数据包均已合并。</translation>
        </message>
        <message>
            <source>Changed in the office and in the field ({package}). Mine: {mine}. Theirs: {theirs}.</source>
            <translation>内业和外业（{package}）都修改了此记录。我的：{mine}；外业的：{theirs}。</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>已删除</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>已修改</translation>
        </message>
        <message>
            <source>Keep theirs (delete)</source>
            <translation>保留外业的（删除）</translation>
        </message>
        <message>
            <source>Keep mine (stays deleted)</source>
            <translation>保留我的（保持删除）</translation>
        </message>
        <message>
            <source>Save edited version</source>
            <translation>保存编辑结果</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>截至</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Import human-activity layer…</source>
            <translation>导入人类活动图层…</translation>
        </message>
        <message>
            <source>Add the polygons of an interpretation layer to the human activity ledger, with its fields and types mapped</source>
            <translation>将解译图层的图斑加入人类活动台账，并对应其字段和类型</translation>
        </message>
        <message>
            <source>Field conflicts…</source>
            <translation>外业冲突…</translation>
        </message>
        <message>
            <source>Rows changed both in the office and in a field package: compare them and keep mine, keep theirs or edit</source>
            <translation>内业和外业数据包都改过的记录：逐条对比，保留本地、保留外业或编辑后保存</translation>
        </message>
        <message>
            <source>County</source>
            <translation>县级行政区</translation>
        </message>
        <message>
            <source>All counties</source>
            <translation>全部县</translation>
        </message>
        <message>
            <source>Field conflicts ({count})…</source>
            <translation>外业冲突（{count}）…</translation>
        </message>
        <message>
            <source>{inserted} activities imported; {known} already in the ledger; {outside} outside the red line.</source>
            <translation>已导入 {inserted} 个人类活动；{known} 个已在台账中；{outside} 个位于红线外。</translation>
        </message>
        <message>
            <source>No chart: the Python package matplotlib is not installed in this QGIS (Debian/Ubuntu: python3-matplotlib; Windows: matplotlib in the OSGeo4W installer). The tables above work without it.</source>
            <translation>无法显示图表：此 QGIS 中未安装 Python 包 matplotlib（Debian/Ubuntu：python3-matplotlib；Windows：在 OSGeo4W 安装程序中选择 matplotlib）。上方的统计表不需要它也能使用。</translation>
        </message>
        <message>
            <source>Validating {name}</source>
            <translation>正在校验 {name}</translation>
        </message>
        <message>
            <source>Validate submission package</source>
            <translation>校验汇交成果包</translation>
        </message>
        <message>
            <source>Submission package (*.zip)</source>
            <translation>汇交成果包 (*.zip)</translation>
        </message>
        <message>
            <source>Province boundaries (optional)</source>
            <translation>省界（可选）</translation>
        </message>
        <message>
            <source>County boundaries (optional)</source>
            <translation>县界（可选）</translation>
        </message>
        <message>
            <source>Validate</source>
            <translation>校验</translation>
        </message>
        <message>
            <source>Open QA report</source>
            <translation>打开质检报告</translation>
        </message>
        <message>
            <source>Choose a package (.zip) first.</source>
            <translation>请先选择成果包（.zip）。</translation>
        </message>
        <message>
            <source>Validating {name}…</source>
            <translation>正在校验 {name}……</translation>
        </message>
        <message>
            <source>Validation was cancelled.</source>
            <translation>校验已取消。</translation>
        </message>
        <message>
            <source>Reference grid: {width} × {height} cells of {size:g} m ({cells:,} cells).</source>
            <translation>参考格网：{width} × {height} 个像元，像元 {size:g} 米（共 {cells:,} 个）。</translation>
        </message>
        <message>
            <source>The saved wizard state could not be read ({reason}); starting afresh.</source>
            <translation>无法读取已保存的向导状态（{reason}），将重新开始。</translation>
        </message>
        <message>
            <source>Another step or an input check is running; wait for it or cancel it first.</source>
            <translation>另一个步骤或输入检查正在运行；请等待或先取消。</translation>
        </message>
        <message>
            <source>Some results could not be added to the map: {paths}</source>
            <translation>部分结果无法加入地图：{paths}</translation>
        </message>
        <message>
            <source>'{step}' finished.</source>
            <translation>“{step}”已完成。</translation>
        </message>
        <message>
            <source>'{step}' was cancelled; nothing was written.</source>
            <translation>“{step}”已取消，未写入任何内容。</translation>
        </message>
        <message>
            <source>The reference grid could not be built: {error}</source>
            <translation>无法生成参考格网：{error}</translation>
        </message>
        <message>
            <source>No reference grid: {error}</source>
            <translation>无参考格网：{error}</translation>
        </message>
        <message>
            <source>Red line: reference grid</source>
            <translation>红线：参考格网</translation>
        </message>
        <message>
            <source>Building the reference grid…</source>
            <translation>正在生成参考格网…</translation>
        </message>
        <message>
            <source>Red line: check {role}</source>
            <translation>红线：检查{role}</translation>
        </message>
        <message>
            <source>The area table could not be made: {error}</source>
            <translation>无法生成面积表：{error}</translation>
        </message>
        <message>
            <source>Red line: area per grade</source>
            <translation>红线：各等级面积</translation>
        </message>
        <message>
            <source>'{step}' failed: {reason}.</source>
            <translation>“{step}”失败：{reason}。</translation>
        </message>
        <message>
            <source>the plugin met an unexpected error</source>
            <translation>插件遇到意外错误</translation>
        </message>
        <message>
            <source>Check the step's inputs and settings and run it again. If it fails again, send the details (the Details button, or QGIS's log panel) to the plugin's maintainers.</source>
            <translation>请检查该步骤的输入和设置后重新运行。如仍然失败，请将详细信息（“详细信息”按钮或 QGIS 日志面板中的内容）发送给插件维护人员。</translation>
        </message>
        <message>
            <source>Help: {step}</source>
            <translation>帮助：{step}</translation>
        </message>
        <message>
            <source>How this step works and where the method comes from</source>
            <translation>本步骤如何工作，方法出自何处</translation>
        </message>
        <message>
            <source>Close the help</source>
            <translation>关闭帮助</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>可选</translation>
        </message>
        <message>
            <source>The file for '{role}'</source>
            <translation>“{role}”的文件</translation>
        </message>
        <message>
            <source>The layer for '{role}'</source>
            <translation>“{role}”的图层</translation>
        </message>
        <message>
            <source>The band that holds the values</source>
            <translation>存放数值的波段</translation>
        </message>
        <message>
            <source>Not needed unless you have it.</source>
            <translation>如无此数据可不填。</translation>
        </message>
        <message>
            <source>Choose a layer.</source>
            <translation>请选择图层。</translation>
        </message>
        <message>
            <source>'{source}' cannot be opened any more (moved or deleted): choose the layer again.</source>
            <translation>无法再打开“{source}”（已被移动或删除）：请重新选择图层。</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>正在检查…</translation>
        </message>
        <message>
            <source>Not checked yet.</source>
            <translation>尚未检查。</translation>
        </message>
        <message>
            <source>Method of each function</source>
            <translation>各项功能的评价方法</translation>
        </message>
        <message>
            <source>How '{function}' is assessed</source>
            <translation>“{function}”的评价方法</translation>
        </message>
        <message>
            <source>Sensitivity types that apply</source>
            <translation>适用的敏感性类型</translation>
        </message>
        <message>
            <source>Assess '{type}' sensitivity in this province</source>
            <translation>在本省评价“{type}”敏感性</translation>
        </message>
        <message>
            <source>Input layers</source>
            <translation>输入图层</translation>
        </message>
        <message>
            <source>Check all inputs</source>
            <translation>检查全部输入</translation>
        </message>
        <message>
            <source>Run the preflight on every chosen input again (a quick, sampled check)</source>
            <translation>对已选的每项输入重新预检（快速抽样检查）</translation>
        </message>
        <message>
            <source>Inputs</source>
            <translation>输入数据</translation>
        </message>
        <message>
            <source>The ledger by county, type and status</source>
            <translation>按县、类型和状态统计的台账</translation>
        </message>
        <message>
            <source>Damage from land-cover change</source>
            <translation>由土地覆被变化识别受损生态系统</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>帮助</translation>
        </message>
        <message>
            <source>How this step works, in plain words, with the guideline's reference</source>
            <translation>用浅白的话说明本步骤的做法，并注明指南出处</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>运行</translation>
        </message>
        <message>
            <source>Run this step in the background; QGIS stays usable meanwhile</source>
            <translation>在后台运行本步骤；运行期间 QGIS 仍可使用</translation>
        </message>
        <message>
            <source>Stop the step; nothing half-written is kept and earlier results stay as they were</source>
            <translation>停止本步骤；不会留下写了一半的文件，之前的结果保持不变</translation>
        </message>
        <message>
            <source>Progress of the running step (also in QGIS's status bar)</source>
            <translation>正在运行步骤的进度（QGIS 状态栏中也有显示）</translation>
        </message>
        <message>
            <source>Messages of the last run</source>
            <translation>上次运行的消息</translation>
        </message>
        <message>
            <source>What the algorithms reported while they ran</source>
            <translation>算法运行时输出的信息</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详细信息</translation>
        </message>
        <message>
            <source>The technical details of the failure, to send to the plugin's maintainers</source>
            <translation>失败的技术细节，供发送给插件维护人员</translation>
        </message>
        <message>
            <source>Warning: </source>
            <translation>警告：</translation>
        </message>
        <message>
            <source>Error: </source>
            <translation>错误：</translation>
        </message>
        <message>
            <source>Advanced parameters</source>
            <translation>高级参数</translation>
        </message>
        <message>
            <source>Parameters most provinces leave at their defaults</source>
            <translation>多数省份保持默认值的参数</translation>
        </message>
        <message>
            <source>Parameter {name} of {algorithm}</source>
            <translation>{algorithm} 的参数 {name}</translation>
        </message>
        <message>
            <source>The province (GB/T 2260); it sets the province code and the default CRS</source>
            <translation>省份（GB/T 2260）；据此确定省级代码和默认坐标系</translation>
        </message>
        <message>
            <source>— choose the province —</source>
            <translation>— 选择省份 —</translation>
        </message>
        <message>
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage（*.gpkg）</translation>
        </message>
        <message>
            <source>Create or open the workspace GeoPackage</source>
            <translation>新建或打开工作空间 GeoPackage</translation>
        </message>
        <message>
            <source>One GeoPackage per province project: the red line, its ledger and the wizard's progress live in it</source>
            <translation>每个省级项目一个 GeoPackage：红线、台账和向导进度都保存在其中</translation>
        </message>
        <message>
            <source>Workspace GeoPackage (created if it does not exist)</source>
            <translation>工作空间 GeoPackage（不存在时自动新建）</translation>
        </message>
        <message>
            <source>Reference grid</source>
            <translation>参考格网</translation>
        </message>
        <message>
            <source>Central meridian: the Gauss–Krüger zone, or λ0 of the province Albers</source>
            <translation>中央经线：高斯-克吕格投影带，或全省 Albers 投影的 λ0</translation>
        </message>
        <message>
            <source>Province default</source>
            <translation>省份默认值</translation>
        </message>
        <message>
            <source>Use the province's default central meridian and CRS</source>
            <translation>使用该省默认的中央经线和坐标系</translation>
        </message>
        <message>
            <source>Central meridian</source>
            <translation>中央经线</translation>
        </message>
        <message>
            <source>CGCS2000 Gauss–Krüger zone or province Albers, as the submission standard says</source>
            <translation>按汇交标准使用 CGCS2000 高斯-克吕格投影带或全省 Albers 投影</translation>
        </message>
        <message>
            <source>Set when the province is chosen</source>
            <translation>选择省份后自动设置</translation>
        </message>
        <message>
            <source>Coordinate reference system of the grid</source>
            <translation>参考格网的坐标参考系</translation>
        </message>
        <message>
            <source>Cell size of every assessment raster, in metres (30 m is usual at province scale)</source>
            <translation>各评价栅格的像元大小，单位米（省级常用 30 米）</translation>
        </message>
        <message>
            <source>Cell size</source>
            <translation>像元大小</translation>
        </message>
        <message>
            <source>Boundaries</source>
            <translation>行政边界</translation>
        </message>
        <message>
            <source>The province boundary: the grid covers it and the red line stays inside it</source>
            <translation>省界：参考格网覆盖省界，红线不超出省界</translation>
        </message>
        <message>
            <source>Province boundary</source>
            <translation>省界</translation>
        </message>
        <message>
            <source>The field with the province code (350000 …); leave empty when the layer holds only the province</source>
            <translation>存放省级代码（如 350000）的字段；图层中只有本省时可留空</translation>
        </message>
        <message>
            <source>Province code field (optional)</source>
            <translation>省级代码字段（可选）</translation>
        </message>
        <message>
            <source>County polygons with their 6-digit GB/T 2260 codes: patches are split and coded by county</source>
            <translation>带 6 位 GB/T 2260 代码的县级行政区面：图斑按县切分和编码</translation>
        </message>
        <message>
            <source>Counties</source>
            <translation>县级行政区</translation>
        </message>
        <message>
            <source>The field with the county's 6-digit GB/T 2260 code (XZQDM)</source>
            <translation>存放县级 6 位 GB/T 2260 代码的字段（XZQDM）</translation>
        </message>
        <message>
            <source>The field with the county's name (XZQMC)</source>
            <translation>存放县级名称的字段（XZQMC）</translation>
        </message>
        <message>
            <source>County code and name fields</source>
            <translation>县级代码和名称字段</translation>
        </message>
        <message>
            <source>Boundaries taken from web maps (Amap, Baidu, Tencent) are in GCJ-02 or BD-09 coordinates, a few hundred metres off, and no file says so. Use surveyed CGCS2000 boundaries for the submission.</source>
            <translation>取自互联网地图（高德、百度、腾讯）的边界采用 GCJ-02 或 BD-09 坐标，偏移数百米，而文件本身不会注明。汇交成果请使用 CGCS2000 的实测边界。</translation>
        </message>
        <message>
            <source>The reference grid is built when the workspace, CRS, cell size and boundary are set.</source>
            <translation>设置好工作空间、坐标系、像元大小和省界后即自动生成参考格网。</translation>
        </message>
        <message>
            <source>Choose the province first.</source>
            <translation>请先选择省份。</translation>
        </message>
        <message>
            <source>one Gauss–Krüger zone</source>
            <translation>位于一个高斯-克吕格投影带内</translation>
        </message>
        <message>
            <source>several zones: province Albers</source>
            <translation>跨多个投影带：使用全省 Albers 投影</translation>
        </message>
        <message>
            <source>Code {code}; county codes start with {prefix}; {west:.1f}–{east:.1f}°E ({kind}).</source>
            <translation>代码 {code}；县级代码以 {prefix} 开头；东经 {west:.1f}–{east:.1f}°（{kind}）。</translation>
        </message>
        <message>
            <source>The reference grid needs a projected CRS (metres); a geographic CRS has no cell size in metres.</source>
            <translation>参考格网需要投影坐标系（米）；地理坐标系无法以米为单位设置像元大小。</translation>
        </message>
        <message>
            <source>Area of each grade in km², and the values at which the cumulative total reached 50 % and 80 %</source>
            <translation>各等级面积（平方千米），以及累积值达到 50% 和 80% 时的分级阈值</translation>
        </message>
        <message>
            <source>The area of each grade appears here after the step has run.</source>
            <translation>本步骤运行后在此显示各等级面积。</translation>
        </message>
        <message>
            <source>Counting the area of each grade…</source>
            <translation>正在统计各等级面积…</translation>
        </message>
        <message>
            <source>Area of each grade (km²); grades: {legend}.</source>
            <translation>各等级面积（平方千米）；等级：{legend}。</translation>
        </message>
        <message>
            <source>Cumulative thresholds (service value): {lines}</source>
            <translation>累积值阈值（服务功能值）：{lines}</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>打开文件夹</translation>
        </message>
        <message>
            <source>Show the package in the file manager</source>
            <translation>在文件管理器中显示汇交包</translation>
        </message>
        <message>
            <source>Open the quality report of the package in the browser</source>
            <translation>在浏览器中打开汇交包的质检报告</translation>
        </message>
        <message>
            <source>Package: {path}</source>
            <translation>汇交包：{path}</translation>
        </message>
        <message>
            <source>The package appears here after the export.</source>
            <translation>导出后在此显示汇交包。</translation>
        </message>
        <message>
            <source>The figures of the last run appear here.</source>
            <translation>在此显示上次运行的统计数字。</translation>
        </message>
        <message>
            <source>The last run returned no figures.</source>
            <translation>上次运行没有返回统计数字。</translation>
        </message>
        <message>
            <source>Red line code</source>
            <translation>红线编码</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>经度</translation>
        </message>
        <message>
            <source>Latitude</source>
            <translation>纬度</translation>
        </message>
        <message>
            <source>Red-line patches</source>
            <translation>红线图斑</translation>
        </message>
        <message>
            <source>Edit patches</source>
            <translation>编辑图斑</translation>
        </message>
        <message>
            <source>Switch the patch layer to edit mode; select a patch on the map to see its form</source>
            <translation>将图斑图层切换到编辑状态；在地图上选中图斑即可看到其表单</translation>
        </message>
        <message>
            <source>Save edits</source>
            <translation>保存编辑</translation>
        </message>
        <message>
            <source>Write the edits into the workspace; areas and codes are updated by Delineation ▸ Run</source>
            <translation>将编辑写入工作空间；面积和编码由“红线划定 ▸ 运行”更新</translation>
        </message>
        <message>
            <source>Selected patch</source>
            <translation>选中的图斑</translation>
        </message>
        <message>
            <source>The attribute form of the patch selected on the map</source>
            <translation>地图上选中图斑的属性表单</translation>
        </message>
        <message>
            <source>Select one patch on the map to edit its attributes here.</source>
            <translation>在地图上选中一个图斑，即可在此编辑其属性。</translation>
        </message>
        <message>
            <source>Findings of the check</source>
            <translation>检查发现的问题</translation>
        </message>
        <message>
            <source>Click a finding to zoom the map to it</source>
            <translation>点击一条问题，地图即缩放到该处</translation>
        </message>
        <message>
            <source>By county and function</source>
            <translation>按县和功能统计</translation>
        </message>
        <message>
            <source>Number and area (km²) of the patches in each county, by dominant function</source>
            <translation>各县按主导功能统计的图斑个数和面积（平方千米）</translation>
        </message>
        <message>
            <source>The patches appear here after Delineation has run.</source>
            <translation>红线划定运行后在此显示图斑。</translation>
        </message>
        <message>
            <source>{count} patches in {name}.</source>
            <translation>{name} 中有 {count} 个图斑。</translation>
        </message>
        <message>
            <source>Edit mode: changes are kept until you save them.</source>
            <translation>编辑状态：修改在保存前暂存。</translation>
        </message>
        <message>
            <source>The edits could not be saved: {errors}</source>
            <translation>无法保存编辑：{errors}</translation>
        </message>
        <message>
            <source>The attributes of the selected patch (aliases and value lists from the standard)</source>
            <translation>选中图斑的属性（字段别名和值域取自汇交标准）</translation>
        </message>
        <message>
            <source>Run the check to list what fails the submission standard.</source>
            <translation>运行检查，列出不符合汇交标准之处。</translation>
        </message>
        <message>
            <source>No findings: the patches pass every check that applies before export.</source>
            <translation>无问题：图斑通过了导出前的全部检查。</translation>
        </message>
        <message>
            <source>{total} findings; the first {shown} are listed (the layer has them all).</source>
            <translation>共 {total} 条问题；此处列出前 {shown} 条（图层中有全部问题）。</translation>
        </message>
        <message>
            <source>{total} findings. Click one to zoom to it.</source>
            <translation>共 {total} 条问题。点击一条即可缩放到该处。</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>Restore defaults</source>
            <translation>恢复默认值</translation>
        </message>
        <message>
            <source>Put every parameter of this step back to the algorithm's default</source>
            <translation>将本步骤的全部参数恢复为算法默认值</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Out of date</source>
            <translation>需更新</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>未开始</translation>
        </message>
        <message>
            <source>Not ready</source>
            <translation>未就绪</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>待完成</translation>
        </message>
        <message>
            <source>Unavailable</source>
            <translation>不可用</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>运行中</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>{status}: the results are up to date.</source>
            <translation>{status}：结果是最新的。</translation>
        </message>
        <message>
            <source>{status}: this step has not been run yet.</source>
            <translation>{status}：本步骤尚未运行。</translation>
        </message>
        <message>
            <source>and {count} more</source>
            <translation>另有 {count} 项</translation>
        </message>
        <message>
            <source>{status}: {reasons}.</source>
            <translation>{status}：{reasons}。</translation>
        </message>
        <message>
            <source>Out-of-date results: {outputs}. Run the step again.</source>
            <translation>需更新的结果：{outputs}。请重新运行本步骤。</translation>
        </message>
        <message>
            <source>This part of the plugin is not installed yet; the other steps work without it.</source>
            <translation>插件的这一部分尚未安装；其他步骤不受影响。</translation>
        </message>
        <message>
            <source>Running: the results appear when the step has finished.</source>
            <translation>运行中：步骤完成后显示结果。</translation>
        </message>
        <message>
            <source>{status}: {reason}.</source>
            <translation>{status}：{reason}。</translation>
        </message>
        <message>
            <source>Load a file from disk into the project and use it</source>
            <translation>从磁盘加载文件到项目中并使用</translation>
        </message>
        <message>
            <source>Choose a raster</source>
            <translation>选择栅格</translation>
        </message>
        <message>
            <source>Choose a vector layer</source>
            <translation>选择矢量图层</translation>
        </message>
        <message>
            <source>'{path}' could not be loaded as a layer. Check that it is a raster or vector file.</source>
            <translation>无法将“{path}”加载为图层。请检查它是否为栅格或矢量文件。</translation>
        </message>
        <message>
            <source>The steps of the job, in order; the dot says whether each is done</source>
            <translation>按顺序列出的工作步骤；圆点表示各步骤是否完成</translation>
        </message>
        <message>
            <source>◂ Back</source>
            <translation>◂ 上一步</translation>
        </message>
        <message>
            <source>The previous step</source>
            <translation>上一步</translation>
        </message>
        <message>
            <source>Next ▸</source>
            <translation>下一步 ▸</translation>
        </message>
        <message>
            <source>The next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>Resumed the work saved in {name}: {done} of {total} steps done.</source>
            <translation>已从 {name} 恢复上次的工作：已完成 {done}/{total} 个步骤。</translation>
        </message>
        <message>
            <source>Out of date: {steps}.</source>
            <translation>需更新：{steps}。</translation>
        </message>
        <message>
            <source>Every step is done.</source>
            <translation>所有步骤均已完成。</translation>
        </message>
        <message>
            <source>Next: {step}.</source>
            <translation>下一步：{step}。</translation>
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
            <source>Validate a submission package…</source>
            <translation>校验成果包…</translation>
        </message>
        <message>
            <source>Check a province's package against the submission standard</source>
            <translation>按成果提交标准校验省级成果包</translation>
        </message>
        <message>
            <source>Ecological function importance (NPP index method)</source>
            <translation>生态系统服务功能重要性（NPP 定量指标法）</translation>
        </message>
        <message>
            <source>The NPP quantitative index method of the 2017 guideline. Water conservation WR = NPPmean × Fsic × Fpre × (1 − Fslo); soil conservation Spro = NPPmean × (1 − K) × (1 − Fslo); windbreak and sand fixation Sws = NPPmean × K × Fq × D; biodiversity maintenance Sbio = NPPmean × Fpre × Ftem × (1 − Falt). NPPmean, Fpre, Ftem, Falt, Fslo, K, Fq and D are rescaled to 0–1 by min–max over the study area's valid cells; Fsic, already the 0–1 ladder heavy clay 1/13 … sand 13/13, is used as it is (change the ticks under 'Rescaled factors' to do otherwise). Every function whose factors are all given is computed, all in one pass over the factors; nodata of a factor stays nodata in the functions that use it. Make Fq, D, Fslo, Falt and Fsic with the sub-factor algorithms of this group. Optionally the same run grades every index by the cumulative value rule (exact breaks, default 50 % and 80 % of the total value) and writes the integrated importance: band 1 the highest grade over the functions, band 2 which functions reached it (1 water conservation, 2 soil conservation, 4 windbreak and sand fixation, 8 biodiversity, summed). Grading here gives the same breaks as 'Grade importance (cumulative value rule)' on each index, in fewer passes.</source>
            <translation>2017 年指南的 NPP 定量指标评估法。水源涵养 WR = NPPmean × Fsic × Fpre × (1 − Fslo)；水土保持 Spro = NPPmean × (1 − K) × (1 − Fslo)；防风固沙 Sws = NPPmean × K × Fq × D；生物多样性维护 Sbio = NPPmean × Fpre × Ftem × (1 − Falt)。NPPmean、Fpre、Ftem、Falt、Fslo、K、Fq 和 D 在研究区有效像元上按最小–最大法归一化到 0–1；Fsic 本身已是 0–1 的等级值（重黏土 1/13 … 砂土 13/13），按原值使用（如需改变，请调整“归一化因子”中的勾选）。凡因子齐全的功能都会计算，且只需一次读取各因子；某因子的无数据在用到它的功能中仍为无数据。Fq、D、Fslo、Falt 和 Fsic 可用本组的子因子算法生成。还可在同一次运行中按累积服务值法对各指数分级（精确分级断点，默认为总值的 50 % 和 80 %），并输出重要性综合等级：波段 1 为各功能中的最高等级，波段 2 为达到该等级的功能（1 水源涵养、2 水土保持、4 防风固沙、8 生物多样性维护，相加）。此处分级得到的断点与对各指数运行“重要性分级（累积服务值法）”完全相同，但读取次数更少。</translation>
        </message>
        <message>
            <source>NPPmean: multi-year mean net primary productivity</source>
            <translation>NPPmean：多年平均净初级生产力</translation>
        </message>
        <message>
            <source>Fsic: soil texture factor</source>
            <translation>Fsic：土壤质地因子</translation>
        </message>
        <message>
            <source>Fpre: mean annual precipitation</source>
            <translation>Fpre：多年平均降水量</translation>
        </message>
        <message>
            <source>Fslo: slope factor</source>
            <translation>Fslo：坡度因子</translation>
        </message>
        <message>
            <source>K: soil erodibility factor</source>
            <translation>K：土壤可蚀性因子</translation>
        </message>
        <message>
            <source>Fq: wind erosion climate factor</source>
            <translation>Fq：风蚀气候因子</translation>
        </message>
        <message>
            <source>D: terrain roughness factor (1/cos slope)</source>
            <translation>D：地表粗糙度因子（1/cos 坡度）</translation>
        </message>
        <message>
            <source>Ftem: mean annual temperature</source>
            <translation>Ftem：多年平均气温</translation>
        </message>
        <message>
            <source>Falt: elevation factor</source>
            <translation>Falt：海拔因子</translation>
        </message>
        <message>
            <source>Rescaled factors (min–max over the study area)</source>
            <translation>归一化因子（在研究区内按最小–最大法）</translation>
        </message>
        <message>
            <source>Water conservation index</source>
            <translation>水源涵养指数</translation>
        </message>
        <message>
            <source>Soil conservation index</source>
            <translation>水土保持指数</translation>
        </message>
        <message>
            <source>Windbreak and sand fixation index</source>
            <translation>防风固沙指数</translation>
        </message>
        <message>
            <source>Biodiversity maintenance index</source>
            <translation>生物多样性维护指数</translation>
        </message>
        <message>
            <source>Cumulative breaks (% of total value)</source>
            <translation>累积断点（占总值的百分比）</translation>
        </message>
        <message>
            <source>Water conservation importance grade</source>
            <translation>水源涵养重要性等级</translation>
        </message>
        <message>
            <source>Soil conservation importance grade</source>
            <translation>水土保持重要性等级</translation>
        </message>
        <message>
            <source>Windbreak and sand fixation importance grade</source>
            <translation>防风固沙重要性等级</translation>
        </message>
        <message>
            <source>Biodiversity maintenance importance grade</source>
            <translation>生物多样性维护重要性等级</translation>
        </message>
        <message>
            <source>Integrated importance grade</source>
            <translation>重要性综合等级</translation>
        </message>
        <message>
            <source>Factor ranges before rescaling (JSON)</source>
            <translation>归一化前的因子取值范围（JSON）</translation>
        </message>
        <message>
            <source>Break values of each function (JSON)</source>
            <translation>各功能的分级点（JSON）</translation>
        </message>
        <message>
            <source>{function}: not computed, it needs {missing}.</source>
            <translation>{function}：未计算，它需要 {missing}。</translation>
        </message>
        <message>
            <source>No importance function can be computed: give the factors of at least one function and set its output.</source>
            <translation>无法计算任何重要性功能：请至少给出一项功能的全部因子并设置其输出。</translation>
        </message>
        <message>
            <source>{factor}: {low:g} – {high:g}</source>
            <translation>{factor}：{low:g} – {high:g}</translation>
        </message>
        <message>
            <source>Wind erosion climate factor Fq</source>
            <translation>风蚀气候因子 Fq</translation>
        </message>
        <message>
            <source>Fq = 1/100 Σ ū³ (ETP − P)/ETP d over the 12 months, with ETP = 0.19 (20 + T)² (1 − r); a month with ETP ≤ P contributes 0. Wind is brought to 2 m by u₂ = u₁ (2/z₁)^(1/7), z₁ the anemometer height. For each variable give 12 single-band rasters in month order (January first) or one raster with 12 bands. Wind in m/s, temperature in °C, relative humidity in % (or a 0–1 fraction), precipitation in mm per month. All 48 rasters are read in one pass.</source>
            <translation>Fq = 1/100 Σ ū³ (ETP − P)/ETP d，对 12 个月求和，其中 ETP = 0.19 (20 + T)² (1 − r)；ETP ≤ P 的月份贡献为 0。风速按 u₂ = u₁ (2/z₁)^(1/7) 换算到 2 米高度，z₁ 为风速仪高度。每个变量可给出按月份顺序（1 月在前）的 12 个单波段栅格，或一个 12 波段栅格。风速单位 m/s，气温 °C，相对湿度 %（或 0–1 的小数），降水量为每月毫米数。48 个栅格只需一次读取。</translation>
        </message>
        <message>
            <source>Monthly mean wind speed (m/s), January to December</source>
            <translation>月平均风速（m/s），1 月至 12 月</translation>
        </message>
        <message>
            <source>Monthly mean temperature (°C), January to December</source>
            <translation>月平均气温（°C），1 月至 12 月</translation>
        </message>
        <message>
            <source>Monthly mean relative humidity, January to December</source>
            <translation>月平均相对湿度，1 月至 12 月</translation>
        </message>
        <message>
            <source>Monthly precipitation (mm), January to December</source>
            <translation>月降水量（毫米），1 月至 12 月</translation>
        </message>
        <message>
            <source>Relative humidity is given</source>
            <translation>相对湿度的表示方式</translation>
        </message>
        <message>
            <source>in percent</source>
            <translation>百分比</translation>
        </message>
        <message>
            <source>as a 0–1 fraction</source>
            <translation>0–1 的小数</translation>
        </message>
        <message>
            <source>Anemometer height z₁ (m)</source>
            <translation>风速仪高度 z₁（米）</translation>
        </message>
        <message>
            <source>Days per month d_i (January to December)</source>
            <translation>每月天数 d_i（1 月至 12 月）</translation>
        </message>
        <message>
            <source>{variable}: give 12 single-band rasters in month order, or one raster with 12 bands; {count} layer(s) were given.</source>
            <translation>{variable}：请按月份顺序给出 12 个单波段栅格，或一个 12 波段栅格；实际给出 {count} 个图层。</translation>
        </message>
        <message>
            <source>Wind speed</source>
            <translation>风速</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>气温</translation>
        </message>
        <message>
            <source>Relative humidity</source>
            <translation>相对湿度</translation>
        </message>
        <message>
            <source>Precipitation</source>
            <translation>降水量</translation>
        </message>
        <message>
            <source>Terrain factors D, Fslo, Falt</source>
            <translation>地形因子 D、Fslo、Falt</translation>
        </message>
        <message>
            <source>From a slope raster in degrees: D = 1/cos θ (terrain roughness, for windbreak and sand fixation) and Fslo, the slope rescaled to 0–1 over the study area's valid cells. From a DEM: Falt, the elevation rescaled to 0–1. Make the slope with Raster terrain analysis ▸ Slope (native:slope) or redline:slope, in degrees. Outputs whose input is missing are not written.</source>
            <translation>由以度为单位的坡度栅格计算：D = 1/cos θ（地表粗糙度，用于防风固沙）以及 Fslo，即在研究区有效像元上归一化到 0–1 的坡度。由 DEM 计算：Falt，即归一化到 0–1 的海拔。坡度可用“栅格地形分析 ▸ 坡度”（native:slope）或 redline:slope 生成，单位为度。缺少输入的输出不会写出。</translation>
        </message>
        <message>
            <source>Slope (degrees)</source>
            <translation>坡度（度）</translation>
        </message>
        <message>
            <source>Elevation (DEM)</source>
            <translation>高程（DEM）</translation>
        </message>
        <message>
            <source>D (1/cos slope)</source>
            <translation>D（1/cos 坡度）</translation>
        </message>
        <message>
            <source>Fslo (rescaled slope)</source>
            <translation>Fslo（归一化坡度）</translation>
        </message>
        <message>
            <source>Falt (rescaled elevation)</source>
            <translation>Falt（归一化海拔）</translation>
        </message>
        <message>
            <source>Give a slope raster (for D and Fslo) or a DEM (for Falt), and at least one output.</source>
            <translation>请给出坡度栅格（用于 D 和 Fslo）或 DEM（用于 Falt），并至少设置一个输出。</translation>
        </message>
        <message>
            <source>The texture rank table must have 3 columns (code, class, rank); it has {n} cells.</source>
            <translation>质地等级表必须有 3 列（代码、类别、等级值）；当前有 {n} 个单元格。</translation>
        </message>
        <message>
            <source>Row {row} of the texture rank table: the code must be an integer and the rank a number such as 7/13.</source>
            <translation>质地等级表第 {row} 行：代码必须是整数，等级值必须是数字，例如 7/13。</translation>
        </message>
        <message>
            <source>Soil texture factor Fsic</source>
            <translation>土壤质地因子 Fsic</translation>
        </message>
        <message>
            <source>Fsic from a soil texture class raster: each class code is replaced by its rank. The default table is the 13 USDA texture classes of the Harmonized World Soil Database (code 1 heavy clay … 13 sand) ranked 1/13 … 13/13; edit it to match the coding of your soil map. Codes without a row become nodata and are listed in the log. The raster is resampled with the majority (mode) rule when it is not on the reference grid.</source>
            <translation>由土壤质地类别栅格计算 Fsic：每个类别代码替换为其等级值。默认表为世界土壤数据库（HWSD）的 13 个 USDA 质地类别（代码 1 重黏土 … 13 砂土），等级为 1/13 … 13/13；请按您的土壤图编码修改。表中没有的代码变为无数据，并在日志中列出。栅格不在参考格网上时按众数（mode）规则重采样。</translation>
        </message>
        <message>
            <source>Soil texture classes</source>
            <translation>土壤质地类别</translation>
        </message>
        <message>
            <source>Rank of each texture class</source>
            <translation>各质地类别的等级值</translation>
        </message>
        <message>
            <source>Texture class</source>
            <translation>质地类别</translation>
        </message>
        <message>
            <source>Rank (0–1)</source>
            <translation>等级值（0–1）</translation>
        </message>
        <message>
            <source>Texture code {code} has no rank: {cells} cells set to nodata. Add a row for it.</source>
            <translation>质地代码 {code} 没有等级值：{cells} 个像元设为无数据。请为其添加一行。</translation>
        </message>
        <message>
            <source>Ecological sensitivity</source>
            <translation>生态环境敏感性</translation>
        </message>
        <message>
            <source>Soil erosion ⁴√(R·K·LS·C), land desertification ⁴√(I·W·K·C), rocky desertification ³√(D·P·C) and salinization ⁴√(I·M·D·K). Each factor is scored by its table (1 generally sensitive, 3 sensitive, 5 extremely sensitive). Each break is written with the sign of its table, which says where a value on it goes: ≤ or ≥ puts it in the outer class (FVC ≤0.2;≥0.6: exactly 0.6 → 1, exactly 0.2 → 5), &lt; or &gt; in the middle class (R &lt;100;&gt;600: exactly 100 and 600 → 3); a bare number opens the class above. Values are compared in the raster's own precision (a float32 0.6 is 0.6). The composite is the geometric mean of the factors given for the type: a factor not given is left out, not set to 1. Composites are graded ≤ 2.0 → 1, 2.0–4.0 → 2, &gt; 4.0 → 3 (a composite equal to a break takes the lower grade). A type is assessed when at least one of its own factors is given (FVC and texture alone do not make a type). The integrated raster holds the highest grade over the types in band 1 and, in band 2, which types reached it (1 soil erosion, 2 land desertification, 4 rocky desertification, 8 salinization, summed). The legacy scheme uses 1/3/5/7/9 scores and five grades; its tables replace any table left at the 2017 default. Texture codes: USDA classes of HWSD (1 heavy clay … 13 sand), 14 gravel, 15 bedrock. The default R breaks (100 and 600) are read in the US customary units of the Wischmeier monthly formula used with these tables; an R in MJ·mm/(hm²·h·a) is 17.02 times larger: divide it by 17.02 or multiply the R breaks by 17.02.</source>
            <translation>水土流失 ⁴√(R·K·LS·C)，土地沙化 ⁴√(I·W·K·C)，石漠化 ³√(D·P·C)，盐渍化 ⁴√(I·M·D·K)。每个因子按其分级表评分（1 一般敏感、3 敏感、5 极敏感）。每个分级点都带有其分级表中的符号，表明恰等于该值时的归属：≤ 或 ≥ 归入外侧等级（FVC ≤0.2;≥0.6：恰为 0.6 → 1，恰为 0.2 → 5），&lt; 或 &gt; 归入中间等级（R &lt;100;&gt;600：恰为 100 和 600 → 3）；不带符号的数字归入较高一级。数值按栅格自身的精度比较（float32 的 0.6 即为 0.6）。综合值为该类型所给因子的几何平均：未给出的因子不参与计算，而不是按 1 计。综合值分级：≤ 2.0 → 1，2.0–4.0 → 2，&gt; 4.0 → 3（恰好等于分级点的综合值归入较低一级）。某类型至少给出一个其自身的因子时才进行评价（仅有植被覆盖度和质地不构成一个类型）。综合栅格的波段 1 为各类型中的最高等级，波段 2 为达到该等级的类型（1 水土流失、2 土地沙化、4 石漠化、8 盐渍化，相加）。旧版方案采用 1/3/5/7/9 评分和五个等级；仍为 2017 默认值的表会被旧版表替换。质地代码：HWSD 的 USDA 类别（1 重黏土 … 13 砂土），14 砾石，15 基岩。默认的 R 分级点（100 和 600）按与这些表配套使用的 Wischmeier 月降水公式的美制单位理解；以 MJ·mm/(hm²·h·a) 计的 R 值是其 17.02 倍：请将 R 除以 17.02，或将 R 的分级点乘以 17.02。</translation>
        </message>
        <message>
            <source>Sensitivity types</source>
            <translation>敏感性类型</translation>
        </message>
        <message>
            <source>R: rainfall erosivity (in the units of the R breaks; see the help)</source>
            <translation>R：降雨侵蚀力（单位与 R 分级点一致；见帮助）</translation>
        </message>
        <message>
            <source>LS: relief amplitude (m)</source>
            <translation>LS：地形起伏度（米）</translation>
        </message>
        <message>
            <source>C: fractional vegetation cover (0–1)</source>
            <translation>C：植被覆盖度（0–1）</translation>
        </message>
        <message>
            <source>K: soil texture classes</source>
            <translation>K：土壤质地类别</translation>
        </message>
        <message>
            <source>I: aridity index</source>
            <translation>I：干燥度指数</translation>
        </message>
        <message>
            <source>W: days of wind ≥ 6 m/s per year</source>
            <translation>W：起沙风天数（≥ 6 m/s，天/年）</translation>
        </message>
        <message>
            <source>D: carbonate rock outcrop (%)</source>
            <translation>D：碳酸盐岩出露面积百分比（%）</translation>
        </message>
        <message>
            <source>P: slope (degrees)</source>
            <translation>P：坡度（度）</translation>
        </message>
        <message>
            <source>I: evaporation / precipitation</source>
            <translation>I：蒸发量/降水量</translation>
        </message>
        <message>
            <source>M: groundwater mineralization (g/L)</source>
            <translation>M：地下水矿化度（g/L）</translation>
        </message>
        <message>
            <source>D: groundwater depth (m)</source>
            <translation>D：地下水埋深（米）</translation>
        </message>
        <message>
            <source>Scoring scheme</source>
            <translation>评分方案</translation>
        </message>
        <message>
            <source>Factor breaks and scores</source>
            <translation>因子分级点与评分</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Factor</source>
            <translation>因子</translation>
        </message>
        <message>
            <source>Breaks (≤ ≥: outer class; &lt; &gt;: middle class)</source>
            <translation>分级点（≤ ≥：归入外侧等级；&lt; &gt;：归入中间等级）</translation>
        </message>
        <message>
            <source>Scores</source>
            <translation>评分</translation>
        </message>
        <message>
            <source>Texture class scores</source>
            <translation>质地类别评分</translation>
        </message>
        <message>
            <source>Composite breaks (a composite equal to a break takes the lower grade)</source>
            <translation>综合值分级点（恰好等于分级点的综合值归入较低一级）</translation>
        </message>
        <message>
            <source>{type} sensitivity grade</source>
            <translation>{type} 敏感性等级</translation>
        </message>
        <message>
            <source>{type} sensitivity composite</source>
            <translation>{type} 敏感性综合值</translation>
        </message>
        <message>
            <source>Integrated ecological sensitivity grade</source>
            <translation>生态环境敏感性综合等级</translation>
        </message>
        <message>
            <source>Cells per grade (JSON)</source>
            <translation>各等级像元数（JSON）</translation>
        </message>
        <message>
            <source>Give the factor rasters of at least one sensitivity type.</source>
            <translation>请至少给出一种敏感性类型的因子栅格。</translation>
        </message>
        <message>
            <source>{type}: not assessed, none of its own factors was given.</source>
            <translation>{type}：未评价，没有给出其自身的任何因子。</translation>
        </message>
        <message>
            <source>No sensitivity type can be assessed: each type needs at least one of its own factors (rainfall erosivity or relief for soil erosion; aridity or wind days for land desertification; carbonate outcrop or slope for rocky desertification; evaporation ratio, mineralization or groundwater depth for salinization).</source>
            <translation>无法评价任何敏感性类型：每种类型至少需要一个其自身的因子（水土流失：降雨侵蚀力或地形起伏度；土地沙化：干燥度指数或起沙风天数；石漠化：碳酸盐岩出露面积或坡度；盐渍化：蒸发量/降水量、地下水矿化度或地下水埋深）。</translation>
        </message>
        <message>
            <source>{type}: left out {factors}.</source>
            <translation>{type}：未参与计算的因子 {factors}。</translation>
        </message>
        <message>
            <source>Texture code {code} has no score for {type}: {cells} cells set to nodata. Add a row for it.</source>
            <translation>质地代码 {code} 没有{type}的评分：{cells} 个像元设为无数据。请为其添加一行。</translation>
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
            <source>Reference grid (template raster, e.g. the DEM on the project grid)</source>
            <translation>参考格网（模板栅格，如位于项目格网上的 DEM）</translation>
        </message>
        <message>
            <source>Reference grid (template raster; default: the grid of the first input)</source>
            <translation>参考格网（模板栅格；默认取第一个输入的格网）</translation>
        </message>
        <message>
            <source>Give a reference grid raster: no input raster fixes the grid.</source>
            <translation>请给出参考格网栅格：没有可确定格网的输入栅格。</translation>
        </message>
        <message>
            <source>Study area (province boundary; cells outside it are left out and written as nodata)</source>
            <translation>研究区（省界；其外的栅格单元不参与计算，写为无数据）</translation>
        </message>
        <message>
            <source>Candidate areas (extremely important ∪ extremely sensitive)</source>
            <translation>候选区（极重要 ∪ 极敏感）</translation>
        </message>
        <message>
            <source>The cells of the top importance grade and of the top sensitivity grade, clipped to the province boundary, as polygons (methods.md §4.1–4.3). Optionally a 3×3 majority filter, and a sieve, clean the raster first: regions smaller than the given area (1 ha unless you change it; as many cells as cover it, so a 1 km grid is not sieved) are dropped and holes smaller than it filled. The rasters are read strip by strip, never whole. Each patch keeps which functions or types made it (area per HXLX code), from the second band of an integrated grade raster or from the function you name for a single-function grade.</source>
            <translation>将重要性最高级和敏感性最高级的像元按省界裁剪后转为面（methods.md §4.1–4.3）。可先用 3×3 众数滤波和筛滤清理栅格：去除小于给定面积的区域、填充小于该面积的孔洞（默认 1 公顷，换算为覆盖该面积所需的最少像元数，因此 1 km 栅格不被筛滤）。栅格按条带读取，从不整体载入。每个图斑记录形成它的功能或类型（各主导功能代码的面积），来自集成分级栅格的第二波段，或来自您为单一功能分级栅格指定的功能。</translation>
        </message>
        <message>
            <source>Importance grade (integrated)</source>
            <translation>重要性分级（集成）</translation>
        </message>
        <message>
            <source>Function of a single-function importance grade (HXLX: {codes})</source>
            <translation>单一功能重要性分级的功能（主导功能代码：{codes}）</translation>
        </message>
        <message>
            <source>Sensitivity grade (integrated)</source>
            <translation>敏感性分级（集成）</translation>
        </message>
        <message>
            <source>Type of a single-type sensitivity grade (HXLX: {codes})</source>
            <translation>单一类型敏感性分级的类型（主导功能代码：{codes}）</translation>
        </message>
        <message>
            <source>3×3 majority filter first</source>
            <translation>先做 3×3 众数滤波</translation>
        </message>
        <message>
            <source>Sieve: smallest region kept (ha; 0 = off)</source>
            <translation>筛滤：保留的最小区域（公顷；0 = 不筛滤）</translation>
        </message>
        <message>
            <source>Candidate patches</source>
            <translation>候选图斑</translation>
        </message>
        <message>
            <source>Candidate area (km²)</source>
            <translation>候选区面积（km²）</translation>
        </message>
        <message>
            <source>Give the importance grade, the sensitivity grade, or both.</source>
            <translation>请提供重要性分级、敏感性分级或两者。</translation>
        </message>
        <message>
            <source>{patches} candidate patches, {area:,.2f} km²; the sieve dropped {dropped} regions and filled {filled} holes.</source>
            <translation>候选图斑 {patches} 个，{area:,.2f} km²；筛滤删除 {dropped} 个区域，填充 {filled} 个孔洞。</translation>
        </message>
        <message>
            <source>Merge protected areas</source>
            <translation>合并自然保护地</translation>
        </message>
        <message>
            <source>Unites the candidate patches with the qualifying zones of protected areas (methods.md §4.3). The table decides which zones qualify: a row names a category (found in the type field, or in the layer's name), the zones (parts of the zone field's value separated by ';', or * for all) and whether they are included; the first matching row decides. By default: national parks, nature reserves, forest parks' ecological conservation zones, scenic areas' core scenic zones, geoparks' geological heritage zones, world natural heritage, wetland parks' conservation zones, drinking-water first-level zones and aquatic germplasm reserves' core zones. Every patch records the protected areas it touches (ZRBHD) and its basis (PDYJ); the qualifying zones are written with a CORE flag for the conflict step.</source>
            <translation>将候选图斑与符合条件的自然保护地分区合并（methods.md §4.3）。由规则表决定哪些分区纳入：每行给出类型（在类型字段或图层名称中查找）、分区（分区字段值的片段，以“;”分隔，* 表示全部）以及是否纳入；以第一条匹配的规则为准。默认包括：国家公园、自然保护区、森林公园的生态保育区、风景名胜区的核心景区、地质公园的地质遗迹保护区、世界自然遗产、湿地公园的保育区、饮用水水源一级保护区和水产种质资源保护区的核心区。每个图斑记录其涉及的保护地（ZRBHD）和划定依据（PDYJ）；符合条件的分区连同 CORE 标记一并输出，供冲突扣除步骤使用。</translation>
        </message>
        <message>
            <source>Protected-area layers (one feature per zone)</source>
            <translation>自然保护地图层（每个分区一个要素）</translation>
        </message>
        <message>
            <source>Name field (empty: BHDMC, MC, NAME …)</source>
            <translation>名称字段（留空：BHDMC、MC、NAME …）</translation>
        </message>
        <message>
            <source>Type field (empty: BHDLX, LX, TYPE …; else the layer name)</source>
            <translation>类型字段（留空：BHDLX、LX、TYPE …；否则用图层名称）</translation>
        </message>
        <message>
            <source>Zone field (empty: GNFQ, FQ, ZONE …)</source>
            <translation>分区字段（留空：GNFQ、FQ、ZONE …）</translation>
        </message>
        <message>
            <source>Qualifying zones</source>
            <translation>纳入红线的分区</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Zones (; separated, * = all)</source>
            <translation>分区（以 ; 分隔，* = 全部）</translation>
        </message>
        <message>
            <source>Include (yes/no)</source>
            <translation>是否纳入（yes/no）</translation>
        </message>
        <message>
            <source>Patches with protected areas</source>
            <translation>合并保护地后的图斑</translation>
        </message>
        <message>
            <source>Qualifying protected zones</source>
            <translation>符合条件的保护地分区</translation>
        </message>
        <message>
            <source>Patches holding a qualifying zone</source>
            <translation>包含符合条件分区的图斑</translation>
        </message>
        <message>
            <source>{patches} patches, {protected} holding one of {zones} qualifying zones; {area:,.2f} km² of protected land added.</source>
            <translation>图斑 {patches} 个，其中 {protected} 个包含 {zones} 个符合条件分区中的分区；新增保护地面积 {area:,.2f} km²。</translation>
        </message>
        <message>
            <source>Remove conflicts</source>
            <translation>扣除冲突</translation>
        </message>
        <message>
            <source>Subtracts the urban development boundary, permanent basic farmland, legal construction land, villages, mining rights and any other conflict layer from the patches (methods.md §4.4), in that order. Conflicts inside protected core zones are not removed (give the qualifying zones of the previous step: features with CORE = 1 count, or every feature of a layer without that field). Every removed piece goes to the deduction layer with its reason, source layer and source features.</source>
            <translation>依次从图斑中扣除城镇开发边界、永久基本农田、合法建设用地、村庄、矿业权及其他冲突图层（methods.md §4.4）。自然保护地核心区内的冲突不扣除（请提供上一步输出的符合条件分区：CORE = 1 的要素计入；若图层无该字段则全部要素计入）。每个被扣除的部分连同扣除原因、来源图层和来源要素写入扣除图层。</translation>
        </message>
        <message>
            <source>Urban development boundary</source>
            <translation>城镇开发边界</translation>
        </message>
        <message>
            <source>Permanent basic farmland</source>
            <translation>永久基本农田</translation>
        </message>
        <message>
            <source>Legal construction land</source>
            <translation>合法建设用地</translation>
        </message>
        <message>
            <source>Villages</source>
            <translation>村庄</translation>
        </message>
        <message>
            <source>Mining rights</source>
            <translation>矿业权</translation>
        </message>
        <message>
            <source>Other conflict layers</source>
            <translation>其他冲突图层</translation>
        </message>
        <message>
            <source>Protected core zones (conflicts kept)</source>
            <translation>自然保护地核心区（冲突保留）</translation>
        </message>
        <message>
            <source>Patches without conflicts</source>
            <translation>扣除冲突后的图斑</translation>
        </message>
        <message>
            <source>Deductions</source>
            <translation>扣除图斑</translation>
        </message>
        <message>
            <source>Area removed (km²)</source>
            <translation>扣除面积（km²）</translation>
        </message>
        <message>
            <source>{reason}: {area:,.4f} km² removed</source>
            <translation>{reason}：扣除 {area:,.4f} km²</translation>
        </message>
        <message>
            <source>{area:,.4f} km² of conflict land kept because it lies in protected cores.</source>
            <translation>{area:,.4f} km² 冲突用地位于自然保护地核心区内，予以保留。</translation>
        </message>
        <message>
            <source>Refine boundaries</source>
            <translation>边界优化</translation>
        </message>
        <message>
            <source>Refines the patches as methods.md §4.5 says, logging every change: patches closer than the aggregation distance are joined across the gap unless a barrier (roads, construction land) or conflict land lies in it; holes under the threshold are filled except where they are conflict land; patches under the minimum area are dropped unless they touch a protected area; outlines are smoothed so that no edge moves more than the tolerance (the Hausdorff distance); optionally vertices are snapped to authoritative boundaries. The change log lists what was added, removed or moved, why, and the area.</source>
            <translation>按 methods.md §4.5 优化图斑，并记录每处变化：间距小于聚合距离的图斑跨越间隙合并，除非间隙中有阻隔（道路、建设用地）或冲突用地；小于阈值的孔洞予以填充，但冲突用地部分除外；小于最小面积的图斑予以删除，除非其涉及自然保护地；边界经平滑处理，任何边的移动都不超过容差（豪斯多夫距离）；可选将顶点捕捉到权威边界。变化记录列出新增、删除或移动的内容、原因和面积。</translation>
        </message>
        <message>
            <source>Aggregation distance (m; 0 = off)</source>
            <translation>聚合距离（米；0 = 不聚合）</translation>
        </message>
        <message>
            <source>Barriers to aggregation (roads, construction land)</source>
            <translation>聚合阻隔（道路、建设用地）</translation>
        </message>
        <message>
            <source>Width of line barriers (m)</source>
            <translation>线状阻隔宽度（米）</translation>
        </message>
        <message>
            <source>Conflict land (e.g. the deductions): never filled or bridged</source>
            <translation>冲突用地（如扣除图斑）：不填充、不跨越</translation>
        </message>
        <message>
            <source>Fill holes smaller than (km²; 0 = off)</source>
            <translation>填充小于此面积的孔洞（km²；0 = 不填充）</translation>
        </message>
        <message>
            <source>Minimum patch area (km²; 0 = off)</source>
            <translation>图斑最小面积（km²；0 = 不限制）</translation>
        </message>
        <message>
            <source>Protected areas (small patches touching them stay)</source>
            <translation>自然保护地（与之相接的小图斑保留）</translation>
        </message>
        <message>
            <source>Smoothing tolerance (m; 0 = off)</source>
            <translation>平滑容差（米；0 = 不平滑）</translation>
        </message>
        <message>
            <source>Authoritative boundaries to snap to (rivers, ridges, parcels)</source>
            <translation>捕捉的权威边界（河流、山脊、地块）</translation>
        </message>
        <message>
            <source>Snapping tolerance (m)</source>
            <translation>捕捉容差（米）</translation>
        </message>
        <message>
            <source>Refined patches</source>
            <translation>优化后的图斑</translation>
        </message>
        <message>
            <source>Change log</source>
            <translation>变化记录</translation>
        </message>
        <message>
            <source>Largest move (m)</source>
            <translation>最大移动距离（米）</translation>
        </message>
        <message>
            <source>{patches} patches; {added} additions ({added_km2:,.4f} km²), {removed} patches removed ({removed_km2:,.4f} km²), {moved} outlines moved (at most {shift:.2f} m); {kept} kept their outline.</source>
            <translation>图斑 {patches} 个；新增 {added} 处（{added_km2:,.4f} km²），删除图斑 {removed} 个（{removed_km2:,.4f} km²），边界移动 {moved} 处（最大 {shift:.2f} 米）；{kept} 个保持原边界。</translation>
        </message>
        <message>
            <source>Split by county and code patches</source>
            <translation>按县分割并编码图斑</translation>
        </message>
        <message>
            <source>Splits the patches by county (GB/T 2260), measures them on the CGCS2000 ellipsoid (MJ in km², MJ_GQ in hectares), gives each its dominant function (HXLX: the function that made most of its area), secondary functions (CYGN), name (county + function + 生态保护红线) and code (HXBM: county + type + sequence), and writes layer STBHHX of the standard into the workspace GeoPackage. Codes are stable: a patch that overlaps an old one by more than half of both their areas, in the same county and function, keeps its code (and BSM, date and the fields filled in by hand); other old codes are retired to redline_retired_codes and never given again.</source>
            <translation>按县级行政区（GB/T 2260）分割图斑，在 CGCS2000 椭球面上计算面积（MJ 单位为 km²，MJ_GQ 单位为公顷），确定主导功能（HXLX：形成其大部分面积的功能）、次要功能（CYGN）、名称（县名 + 功能 + 生态保护红线）和编码（HXBM：县级代码 + 类型 + 顺序号），并将标准的 STBHHX 图层写入工作空间 GeoPackage。编码保持稳定：与旧图斑的重叠面积同时超过两者各自面积一半、且县级行政区和主导功能相同的图斑沿用原编码（以及标识码、划定时间和人工填写的字段）；其余旧编码注销并记入 redline_retired_codes，永不重复使用。</translation>
        </message>
        <message>
            <source>Counties (GB/T 2260)</source>
            <translation>县级行政区（GB/T 2260）</translation>
        </message>
        <message>
            <source>County code field</source>
            <translation>县级代码字段</translation>
        </message>
        <message>
            <source>County name field</source>
            <translation>县级行政区名称字段</translation>
        </message>
        <message>
            <source>Date of delineation (HDSJ; empty = today)</source>
            <translation>划定时间（HDSJ；留空 = 今天）</translation>
        </message>
        <message>
            <source>Feature code (YSDM)</source>
            <translation>要素代码（YSDM）</translation>
        </message>
        <message>
            <source>Smallest share of a secondary function (0–1)</source>
            <translation>次要功能的最小面积占比（0–1）</translation>
        </message>
        <message>
            <source>Red-line patches (workspace GeoPackage, STBHHX)</source>
            <translation>红线图斑（工作空间 GeoPackage，STBHHX）</translation>
        </message>
        <message>
            <source>Codes kept</source>
            <translation>沿用的编码</translation>
        </message>
        <message>
            <source>New codes</source>
            <translation>新编码</translation>
        </message>
        <message>
            <source>Codes retired</source>
            <translation>注销的编码</translation>
        </message>
        <message>
            <source>Total area (km²)</source>
            <translation>总面积（km²）</translation>
        </message>
        <message>
            <source>{patches} patches, {area:,.4f} km²: {kept} codes kept, {new} new, {retired} retired; {split} patches crossed a county line.</source>
            <translation>图斑 {patches} 个，{area:,.4f} km²：沿用编码 {kept} 个，新编码 {new} 个，注销 {retired} 个；{split} 个图斑跨越县界。</translation>
        </message>
        <message>
            <source>{area:,.4f} km² lay outside every county and was left out; check the county layer.</source>
            <translation>{area:,.4f} km² 位于所有县级行政区之外，未纳入；请检查县级行政区图层。</translation>
        </message>
        <message>
            <source>Check patches</source>
            <translation>检查图斑</translation>
        </message>
        <message>
            <source>Checks the red-line patches against the standard's rules that apply before export, with the same rule functions the package validator uses: fields and codes well formed, HXBM unique, geometries valid, no overlaps over 1 m², inside the province (1 m tolerance), in their county, MJ current to 0.01 %; and the warnings (small patches outside protected areas, slivers, small holes). Each finding is a feature with its rule, severity, codes, message and how to fix it, placed where the problem is, to click through.</source>
            <translation>按标准中导出前适用的规则检查红线图斑，所用规则函数与成果包校验相同：字段和代码格式正确、红线编码唯一、几何有效、重叠不超过 1 m²、位于省界内（容差 1 米）、位于所属县内、面积与几何相符（0.01%）；以及警告项（不涉及保护地的小图斑、狭长碎片、小孔洞）。每条检查结果为一个要素，包含规则、严重程度、编码、说明和修改方法，位于问题所在位置，便于逐条查看。</translation>
        </message>
        <message>
            <source>Red-line patches (STBHHX)</source>
            <translation>红线图斑（STBHHX）</translation>
        </message>
        <message>
            <source>Minimum patch area (km²)</source>
            <translation>图斑最小面积（km²）</translation>
        </message>
        <message>
            <source>Hole fill threshold (km²)</source>
            <translation>孔洞填充阈值（km²）</translation>
        </message>
        <message>
            <source>Choose the county code field of '{name}'.</source>
            <translation>请选择“{name}”的县级行政区代码字段。</translation>
        </message>
        <message>
            <source>{errors} errors and {warnings} warnings.</source>
            <translation>{errors} 个错误，{warnings} 个警告。</translation>
        </message>
        <message>
            <source>Grade importance (cumulative value rule)</source>
            <translation>重要性分级（累积服务值法）</translation>
        </message>
        <message>
            <source>Grades an ecological service raster as the 2017 guideline says: cells are ranked from the highest value down and their values accumulated; the values at which the running total reaches 50 % and 80 % of the province's total are the breaks. Value ≥ first break: 3 extremely important; between the breaks: 2 important; below: 1 generally important. Ties at a break go up; cells ≤ 0 count as 0 and are grade 1; nodata stays nodata. The breaks are exact (identical to a full sort) and the raster is read block by block, never whole. Give 50,75,90 for four classes. With a study area (the province boundary), only the cells inside it enter the total and the breaks; the others are nodata.</source>
            <translation>按 2017 年《指南》对生态系统服务栅格分级：将像元按服务值从高到低排序并累加，累加值达到全省总值 50% 和 80% 时对应的像元值即为分级断点。服务值 ≥ 第一断点为 3 极重要；介于两断点之间为 2 重要；低于第二断点为 1 一般重要。等于断点的像元归入较高等级；≤ 0 的像元按 0 计入总值并定为 1 级；无数据仍为无数据。断点精确（与完整排序结果完全一致），栅格按块读取，从不整体载入内存。输入 50,75,90 可得四级分级。若给出研究区（省界），只有研究区内的像元参与总值和断点的计算，其余像元为无数据。</translation>
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
            <source>Integrate grades (highest grade)</source>
            <translation>等级集成（取最高等级）</translation>
        </message>
        <message>
            <source>The integrated importance (or sensitivity) of the guideline: each cell takes the highest grade of the graded rasters. Band 1 is that grade; band 2 is the sum of the bits of the inputs that reached it (ties keep all of them), with each bit's function named in the band's metadata. The function of an input comes from its own metadata (as the assessment algorithms write it), else from the list given here, else from its layer name. Inputs on other grids are read on the grid of the first input (or the reference grid) with nearest neighbour. A cell is graded where any input has a grade, unless 'require every input' is ticked; with a study area (the province boundary), cells outside it are nodata. One pass over the data.</source>
            <translation>按指南进行重要性（或敏感性）集成：每个像元取各分级栅格中的最高等级。波段 1 为该等级；波段 2 为达到该等级的各输入的位之和（并列时全部保留），各位对应的功能记录在该波段的元数据中。输入的功能取自其自身元数据（评价算法会写入），否则取自此处给出的列表，再否则取自图层名称。位于其他格网上的输入以最邻近法读取到第一个输入（或参考格网）的格网上。除非勾选“要求所有输入”，只要有任一输入有等级，该像元即参与分级；若给出研究区（省界），研究区外的像元为无数据。只需读取一遍数据。</translation>
        </message>
        <message>
            <source>Graded rasters</source>
            <translation>分级栅格</translation>
        </message>
        <message>
            <source>Classes</source>
            <translation>分级类别</translation>
        </message>
        <message>
            <source>As recorded in the inputs</source>
            <translation>按输入中记录的类别</translation>
        </message>
        <message>
            <source>Importance, 3 classes</source>
            <translation>重要性，三级</translation>
        </message>
        <message>
            <source>Importance, 4 classes</source>
            <translation>重要性，四级</translation>
        </message>
        <message>
            <source>Sensitivity, 3 classes</source>
            <translation>敏感性，三级</translation>
        </message>
        <message>
            <source>Function of each input, in order (e.g. water_conservation,soil_conservation; empty: from the inputs)</source>
            <translation>各输入依次对应的功能（例如 water_conservation,soil_conservation；留空：取自输入）</translation>
        </message>
        <message>
            <source>Require every input (nodata where any is missing)</source>
            <translation>要求所有输入（任一缺失处为无数据）</translation>
        </message>
        <message>
            <source>Integrated grade</source>
            <translation>综合等级</translation>
        </message>
        <message>
            <source>Bit of each function (JSON)</source>
            <translation>各功能对应的位（JSON）</translation>
        </message>
        <message>
            <source>Choose the graded rasters to integrate.</source>
            <translation>请选择要集成的分级栅格。</translation>
        </message>
        <message>
            <source>{functions} function(s) are named for {layers} input(s): name one per input, in order, or none.</source>
            <translation>为 {layers} 个输入给出了 {functions} 个功能：请按顺序为每个输入给出一个功能，或全部留空。</translation>
        </message>
        <message>
            <source>{function}: gave the highest grade on {cells:,} cells</source>
            <translation>{function}：在 {cells:,} 个像元上给出最高等级</translation>
        </message>
        <message>
            <source>Workspace GeoPackage</source>
            <translation>工作空间 GeoPackage</translation>
        </message>
        <message>
            <source>Choose the {label}.</source>
            <translation>请选择{label}。</translation>
        </message>
        <message>
            <source>The layer '{name}' could not be read ({reason}).</source>
            <translation>无法读取图层“{name}”（{reason}）。</translation>
        </message>
        <message>
            <source>red-line layer</source>
            <translation>红线图层</translation>
        </message>
        <message>
            <source>Red-line patches (STBHHX); default: the workspace's</source>
            <translation>红线图斑（STBHHX）；默认使用工作空间中的</translation>
        </message>
        <message>
            <source>Land-cover legend</source>
            <translation>土地覆被图例</translation>
        </message>
        <message>
            <source>Custom legend (value, category, activity code); categories: {categories}</source>
            <translation>自定义图例（值，类别，人类活动代码）；类别：{categories}</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>Baseline year (empty: the earliest year in the ledger)</source>
            <translation>基准年份（留空：台账中最早的年份）</translation>
        </message>
        <message>
            <source>Create or update the ledger in a workspace</source>
            <translation>在工作空间中创建或升级台账</translation>
        </message>
        <message>
            <source>Creates the six ledger layers (area, nature, human activity, damaged ecosystems, function, management) in the workspace GeoPackage, or brings an older workspace's ledger up to the current schema in one transaction. A workspace written by a newer plugin is refused.</source>
            <translation>在工作空间 GeoPackage 中创建六个台账图层（面积、性质、人类活动、受损生态系统、功能、管理），或在一个事务中将旧工作空间的台账升级到当前结构。由较新版本插件写入的工作空间将被拒绝。</translation>
        </message>
        <message>
            <source>Schema version found</source>
            <translation>原有结构版本</translation>
        </message>
        <message>
            <source>Schema version now</source>
            <translation>当前结构版本</translation>
        </message>
        <message>
            <source>The ledger went from schema version {old} to {new}.</source>
            <translation>台账结构已由版本 {old} 升级到 {new}。</translation>
        </message>
        <message>
            <source>Ledger as it stood on a date</source>
            <translation>某日的台账状态</translation>
        </message>
        <message>
            <source>Rebuilds every ledger layer as it stood at the given moment from the ledger's versioned rows (a date means the end of that day, China Standard Time) and writes it to a new GeoPackage, without history.</source>
            <translation>根据台账的版本记录重建各台账图层在指定时刻的状态（日期指该日结束时，北京时间），写入新的 GeoPackage，不含历史记录。</translation>
        </message>
        <message>
            <source>Ledger snapshot</source>
            <translation>台账快照</translation>
        </message>
        <message>
            <source>Rows per layer</source>
            <translation>各图层记录数</translation>
        </message>
        <message>
            <source>Ledger at {at}: {counts}</source>
            <translation>{at} 的台账：{counts}</translation>
        </message>
        <message>
            <source>Detect damaged ecosystems from land-cover change</source>
            <translation>根据土地覆被变化识别受损生态系统</translation>
        </message>
        <message>
            <source>Compares a baseline and a current land-cover raster inside the red line, block by block. Every patch of cells that went from ecological land (forest, shrub, grassland, wetland, water, desert, glacier) to built-up, mining, farmland or bare land and covers at least the minimum area becomes a proposed row in the damaged ecosystem ledger, with a human-activity row where the new land use is one, all with status 待核实 (to be verified). Given FVC or NPP rasters, the loss of the patch's mean against the baseline grades the degree. The legend maps the rasters' class values to the ledger's categories (CLCD, GlobeLand30 and 三调 first-level classes built in; or a table of value, category, activity code). Running again on the same inputs proposes nothing new.</source>
            <translation>分块比较红线内的基准年与现状年土地覆被栅格。由生态用地（森林、灌丛、草地、湿地、水体、荒漠、冰川）变为建设用地、采矿用地、耕地或裸地、且面积不小于最小面积的图斑，将作为受损生态系统台账的建议记录；新用地属于人类活动的，同时生成人类活动记录，状态均为“待核实”。提供植被覆盖度（FVC）或 NPP 栅格时，按图斑均值相对基准的损失划分受损程度。图例将栅格类别值对应到台账类别（内置 CLCD、GlobeLand30 和三调一级类；也可填写“值、类别、人类活动代码”对照表）。对相同输入再次运行不会产生新记录。</translation>
        </message>
        <message>
            <source>Baseline land cover</source>
            <translation>基准年土地覆被</translation>
        </message>
        <message>
            <source>Baseline year</source>
            <translation>基准年份</translation>
        </message>
        <message>
            <source>Current land cover</source>
            <translation>现状年土地覆被</translation>
        </message>
        <message>
            <source>Current year</source>
            <translation>现状年份</translation>
        </message>
        <message>
            <source>Baseline FVC (optional)</source>
            <translation>基准年植被覆盖度（可选）</translation>
        </message>
        <message>
            <source>Current FVC (optional)</source>
            <translation>现状年植被覆盖度（可选）</translation>
        </message>
        <message>
            <source>Baseline NPP (optional)</source>
            <translation>基准年 NPP（可选）</translation>
        </message>
        <message>
            <source>Current NPP (optional)</source>
            <translation>现状年 NPP（可选）</translation>
        </message>
        <message>
            <source>Minimum area (ha)</source>
            <translation>最小面积（公顷）</translation>
        </message>
        <message>
            <source>Degree breaks: loss (%) between slight/moderate and moderate/severe</source>
            <translation>受损程度阈值：轻度/中度、中度/重度之间的损失百分比</translation>
        </message>
        <message>
            <source>Proposed damage rows</source>
            <translation>建议的受损记录数</translation>
        </message>
        <message>
            <source>Proposed activity rows</source>
            <translation>建议的人类活动记录数</translation>
        </message>
        <message>
            <source>Patches already in the ledger</source>
            <translation>台账中已有的图斑数</translation>
        </message>
        <message>
            <source>Patches below the minimum area</source>
            <translation>小于最小面积的图斑数</translation>
        </message>
        <message>
            <source>Give the degree breaks as two percentages separated by a comma, such as 10,30.</source>
            <translation>请以逗号分隔的两个百分比给出受损程度阈值，例如 10,30。</translation>
        </message>
        <message>
            <source>{damage} damage and {activity} activity rows proposed (status 待核实); {known} already in the ledger; {small} below the minimum area.</source>
            <translation>已建议 {damage} 条受损记录和 {activity} 条人类活动记录（状态“待核实”）；{known} 个已在台账中；{small} 个小于最小面积。</translation>
        </message>
        <message>
            <source>Adds the polygons of an interpretation layer to the human activity ledger, status 待核实. The type field's values are mapped to the ledger's activity codes (values that already are codes need no mapping); other ledger fields can be filled from source fields. Each polygon goes to the red-line patch it overlaps most; polygons outside the red line are skipped. Importing the same layer again adds nothing.</source>
            <translation>将解译图层的图斑加入人类活动台账，状态为“待核实”。类型字段的取值按对照表转换为台账的人类活动代码（本身已是代码的无需对照）；其他台账字段可由源字段填写。每个图斑归入与其重叠面积最大的红线图斑；红线外的图斑将被跳过。再次导入同一图层不会新增记录。</translation>
        </message>
        <message>
            <source>Interpretation layer</source>
            <translation>解译图层</translation>
        </message>
        <message>
            <source>Type field</source>
            <translation>类型字段</translation>
        </message>
        <message>
            <source>Type mapping (source value, activity code)</source>
            <translation>类型对照（源值，人类活动代码）</translation>
        </message>
        <message>
            <source>Source value</source>
            <translation>源值</translation>
        </message>
        <message>
            <source>Field mapping (ledger field, source field)</source>
            <translation>字段对照（台账字段，源字段）</translation>
        </message>
        <message>
            <source>Imported activities</source>
            <translation>已导入的人类活动数</translation>
        </message>
        <message>
            <source>Already in the ledger</source>
            <translation>台账中已有</translation>
        </message>
        <message>
            <source>Outside the red line</source>
            <translation>位于红线外</translation>
        </message>
        <message>
            <source>interpretation layer</source>
            <translation>解译图层</translation>
        </message>
        <message>
            <source>Export a field package</source>
            <translation>导出外业数据包</translation>
        </message>
        <message>
            <source>Writes one self-contained GeoPackage for the chosen counties: the red-line patches, the current ledger rows, the offline basemap layers given (clipped to the counties), the ledger forms and styles as the layers' default styles, and an export stamp. It opens in QGIS desktop or QField; edits come back with 'Import a field package'.</source>
            <translation>为所选县生成一个自包含的 GeoPackage：红线图斑、现行台账记录、指定的离线底图（按县范围裁剪）、作为图层默认样式的台账表单和样式，以及导出标记。可在 QGIS 桌面版或 QField 中打开；外业编辑通过“导入外业数据包”合并回来。</translation>
        </message>
        <message>
            <source>County codes (comma-separated)</source>
            <translation>县级代码（以逗号分隔）</translation>
        </message>
        <message>
            <source>Offline basemap layers</source>
            <translation>离线底图图层</translation>
        </message>
        <message>
            <source>Field package</source>
            <translation>外业数据包</translation>
        </message>
        <message>
            <source>Package identifier</source>
            <translation>数据包标识</translation>
        </message>
        <message>
            <source>Ledger rows exported</source>
            <translation>导出的台账记录数</translation>
        </message>
        <message>
            <source>Field package for {counties}: {patches} red-line patches, {rows} ledger rows, {maps} basemaps.</source>
            <translation>{counties} 的外业数据包：{patches} 个红线图斑，{rows} 条台账记录，{maps} 个底图。</translation>
        </message>
        <message>
            <source>Import a field package</source>
            <translation>导入外业数据包</translation>
        </message>
        <message>
            <source>Merges the edits of a field package back into the workspace ledger by uuid, as new versions. A row changed both in the office and in the field since the export is a conflict: both versions are kept and listed for a person to resolve (keep mine, keep theirs, or edit) in the ledger's conflict dialog. Importing the same package twice changes nothing.</source>
            <translation>按 uuid 将外业数据包中的编辑作为新版本合并回工作空间台账。导出后内业和外业都修改过的记录视为冲突：两个版本都会保留并列出，由人工在台账冲突对话框中处理（保留我的、保留外业的或编辑）。重复导入同一数据包不会产生任何变化。</translation>
        </message>
        <message>
            <source>Rows added</source>
            <translation>新增记录数</translation>
        </message>
        <message>
            <source>Rows updated</source>
            <translation>更新记录数</translation>
        </message>
        <message>
            <source>Rows deleted</source>
            <translation>删除记录数</translation>
        </message>
        <message>
            <source>Conflicts to resolve</source>
            <translation>待处理冲突数</translation>
        </message>
        <message>
            <source>Rows unchanged</source>
            <translation>未变化记录数</translation>
        </message>
        <message>
            <source>{inserted} added, {updated} updated, {closed} deleted, {conflicts} conflicts, {already} already imported.</source>
            <translation>新增 {inserted}，更新 {updated}，删除 {closed}，冲突 {conflicts}，已导入过 {already}。</translation>
        </message>
        <message>
            <source>{count} rows were changed both in the office and in the field: resolve them in the ledger's conflict dialog.</source>
            <translation>有 {count} 条记录在内业和外业都被修改：请在台账冲突对话框中处理。</translation>
        </message>
        <message>
            <source>Export the ledger as tables (XLSX or CSV)</source>
            <translation>将台账导出为表格（XLSX 或 CSV）</translation>
        </message>
        <message>
            <source>Writes the ledger for the reporting chain with Chinese headers and code labels: an XLSX workbook with one sheet per layer, or one CSV per layer (UTF-8 with BOM) named after the output file. Optionally as it stood on a date, and with every version.</source>
            <translation>以中文表头和代码名称导出台账供上报使用：一个 XLSX 工作簿（每个图层一个工作表），或每个图层一个 CSV 文件（UTF-8 带 BOM，按输出文件名命名）。可选择导出某日的状态，以及包含全部历史版本。</translation>
        </message>
        <message>
            <source>As it stood on (empty: now)</source>
            <translation>截至（留空：当前）</translation>
        </message>
        <message>
            <source>Include every version</source>
            <translation>包含全部历史版本</translation>
        </message>
        <message>
            <source>Ledger tables</source>
            <translation>台账表格</translation>
        </message>
        <message>
            <source>Files written</source>
            <translation>已写入的文件</translation>
        </message>
        <message>
            <source>Ledger statistics and charts</source>
            <translation>台账统计与图表</translation>
        </message>
        <message>
            <source>Counts and areas of damaged ecosystems by county, damage type and restoration status, and of human activities by type and legal status: one CSV table (UTF-8 with BOM) and one PNG chart each, for the report, and an interactive page (statistics.html) with all the charts.</source>
            <translation>按县、受损类型和修复状态统计受损生态系统，按类型和合法性统计人类活动的图斑数与面积：每项输出一个 CSV 表（UTF-8 带 BOM）和一个 PNG 图表供报告使用，另输出一个包含全部图表的交互式网页（statistics.html）。</translation>
        </message>
        <message>
            <source>Only these counties (comma-separated, empty: all)</source>
            <translation>仅统计这些县（以逗号分隔，留空：全部）</translation>
        </message>
        <message>
            <source>Statistics folder</source>
            <translation>统计结果文件夹</translation>
        </message>
        <message>
            <source>matplotlib is not installed in QGIS's Python: the tables are written, the PNG charts are not.</source>
            <translation>QGIS 的 Python 中未安装 matplotlib：已写出统计表，但未生成 PNG 图表。</translation>
        </message>
        <message>
            <source>{count} statistics files written to {folder}.</source>
            <translation>已将 {count} 个统计文件写入 {folder}。</translation>
        </message>
        <message>
            <source>Update the area ledger from the red-line patches</source>
            <translation>根据红线图斑更新面积台账</translation>
        </message>
        <message>
            <source>Compares the red-line patch layer with the area ledger by red-line code (HXBM): a new patch is recorded as 划入 (added), a patch whose boundary or area changed as 调整 (adjusted), a patch no longer in the layer as 划出 (removed); unchanged patches are left alone. The first time, on an empty area ledger, every patch is recorded as the baseline. Each change is a new version of the patch's row, so the ledger keeps the red line's history. The reason and approval number come from the patch's BGYY and PZWH fields when filled, else from the parameters. Running it again on the same layer changes nothing.</source>
            <translation>按红线编码（HXBM）比对红线图斑图层与面积台账：新图斑记为“划入”，边界或面积变化的图斑记为“调整”，图层中已不存在的图斑记为“划出”；未变化的图斑不作处理。首次运行时面积台账为空，所有图斑记为基线。每次变更都是该图斑记录的一个新版本，台账因此保留红线的全部历史。变更原因和批准文号优先取图斑的 BGYY、PZWH 字段，为空时取参数值。对同一图层再次运行不会产生任何变化。</translation>
        </message>
        <message>
            <source>Date of change (empty: today)</source>
            <translation>变更日期（留空：今天）</translation>
        </message>
        <message>
            <source>Reason for change</source>
            <translation>变更原因</translation>
        </message>
        <message>
            <source>Approval number</source>
            <translation>批准文号</translation>
        </message>
        <message>
            <source>Patches recorded as the baseline</source>
            <translation>记为基线的图斑</translation>
        </message>
        <message>
            <source>Patches added</source>
            <translation>划入的图斑</translation>
        </message>
        <message>
            <source>Patches adjusted</source>
            <translation>调整的图斑</translation>
        </message>
        <message>
            <source>Patches removed</source>
            <translation>划出的图斑</translation>
        </message>
        <message>
            <source>Patches unchanged</source>
            <translation>未变化的图斑</translation>
        </message>
        <message>
            <source>Area ledger: {baseline} baseline, {added} added, {adjusted} adjusted, {removed} removed, {same} unchanged.</source>
            <translation>面积台账：基线 {baseline} 个，划入 {added} 个，调整 {adjusted} 个，划出 {removed} 个，未变化 {same} 个。</translation>
        </message>
        <message>
            <source>Rows closed</source>
            <translation>已关闭的记录</translation>
        </message>
        <message>
            <source>Baseline year used</source>
            <translation>采用的基准年份</translation>
        </message>
        <message>
            <source>Nature ledger from land cover</source>
            <translation>由土地覆被生成性质台账</translation>
        </message>
        <message>
            <source>Counts, block by block, the area of each land-cover class inside each red-line patch for one year and writes it to the nature ledger (patch × class × year, in hectares), with the change from the baseline year. The legend maps the raster's values to the ledger's classes (forest, grassland, water, built-up…; values it does not list count as 其他), so years mapped with different legends compare class by class. A class that was in the baseline but is gone is written with 0 ha. Run it on the baseline year first. Running it again on the same raster changes nothing.</source>
            <translation>分块统计某一年份每个红线图斑内各土地覆被类型的面积，写入性质台账（图斑 × 类型 × 年份，单位公顷），并给出较基准年的变化。图例将栅格值对应到台账的类型（森林、草地、水体、建设用地……；图例未列出的值计为“其他”），因此不同图例制作的年份可以逐类比较。基准年有而现已消失的类型以 0 公顷写入。请先用基准年运行。对同一栅格再次运行不会产生任何变化。</translation>
        </message>
        <message>
            <source>Land cover</source>
            <translation>土地覆被</translation>
        </message>
        <message>
            <source>Year of the land cover</source>
            <translation>土地覆被年份</translation>
        </message>
        <message>
            <source>Red-line patches counted</source>
            <translation>统计的红线图斑数</translation>
        </message>
        <message>
            <source>Nature ledger {year} (baseline {baseline}): {patches} patches; {inserted} rows added, {updated} updated, {closed} closed, {same} unchanged.</source>
            <translation>{year} 年性质台账（基准年 {baseline}）：{patches} 个图斑；新增 {inserted} 条记录，更新 {updated} 条，关闭 {closed} 条，未变化 {same} 条。</translation>
        </message>
        <message>
            <source>Function ledger from FVC, NPP and the function indices</source>
            <translation>由植被覆盖度、NPP 和功能指数生成功能台账</translation>
        </message>
        <message>
            <source>Averages, block by block, each raster given (FVC, NPP, water conservation, biodiversity maintenance, soil conservation, windbreak and sand fixation) over the red line of each county for one year and writes the means to the function ledger (county × year), with the trend against the baseline year: 下降 (falling) when any indicator fell by more than the tolerance, else 上升 (rising) when any rose by more, else 稳定 (stable). Indicators not given keep the values the ledger already has for that year. Running it again on the same rasters changes nothing.</source>
            <translation>分块计算某一年份各县红线范围内所给栅格（植被覆盖度、NPP、水源涵养、生物多样性维护、水土保持、防风固沙）的均值，写入功能台账（县 × 年份），并给出较基准年的趋势：任一指标下降超过容差为“下降”，否则任一指标上升超过容差为“上升”，其余为“稳定”。未提供的指标保留台账中该年份已有的值。对同一栅格再次运行不会产生任何变化。</translation>
        </message>
        <message>
            <source>Year of the rasters</source>
            <translation>栅格年份</translation>
        </message>
        <message>
            <source>FVC (optional)</source>
            <translation>植被覆盖度 FVC（可选）</translation>
        </message>
        <message>
            <source>NPP (optional)</source>
            <translation>NPP（可选）</translation>
        </message>
        <message>
            <source>Water conservation index (optional)</source>
            <translation>水源涵养指数（可选）</translation>
        </message>
        <message>
            <source>Biodiversity maintenance index (optional)</source>
            <translation>生物多样性维护指数（可选）</translation>
        </message>
        <message>
            <source>Soil conservation index (optional)</source>
            <translation>水土保持指数（可选）</translation>
        </message>
        <message>
            <source>Windbreak and sand fixation index (optional)</source>
            <translation>防风固沙指数（可选）</translation>
        </message>
        <message>
            <source>Trend tolerance (%): changes within it count as stable</source>
            <translation>趋势容差（%）：在此范围内的变化视为稳定</translation>
        </message>
        <message>
            <source>Function ledger {year} (baseline {baseline}): {counties} counties; {inserted} rows added, {updated} updated.</source>
            <translation>{year} 年功能台账（基准年 {baseline}）：{counties} 个县；新增 {inserted} 条记录，更新 {updated} 条。</translation>
        </message>
        <message>
            <source>Extra or changed codes</source>
            <translation>新增或修改的代码</translation>
        </message>
        <message>
            <source>Soil types</source>
            <translation>土壤类型</translation>
        </message>
        <message>
            <source>Soil property table (CSV)</source>
            <translation>土壤属性表（CSV）</translation>
        </message>
        <message>
            <source>Rescale sand, silt and clay to 100 %</source>
            <translation>将砂粒、粉粒和黏粒换算为合计 100 %</translation>
        </message>
        <message>
            <source>Rainfall erosivity R (daily rainfall, half-month model)</source>
            <translation>降雨侵蚀力 R（日降雨量半月模型）</translation>
        </message>
        <message>
            <source>R of RUSLE from daily station precipitation by the half-month model of the 2017 guideline: on erosive days (≥ 12 mm) each day adds α·P^1.7265, α = 0.3937 in the warm season (May–September) and 0.3101 otherwise; the 24 half-month sums are averaged over the years and added up (MJ·mm·hm⁻²·h⁻¹·a⁻¹). The station R values are then interpolated onto the reference grid by inverse distance. The CSV is either long (station id, lon, lat, date, mm; coordinates may come from a sites file) or wide (a DATETIME column and one column per station, as SEIMS pcp_daily.csv, with a sites file giving StationID, Lon, Lat). Every station needs a value for every day of the years used: a gap is an error naming the station and the dates (limit the years to those complete). Duplicate records or stations and stations far outside the grid are errors too. An R raster from elsewhere can go straight into the RUSLE algorithm instead.</source>
            <translation>按 2017 年指南的半月模型由站点日降水量计算 RUSLE 的 R 因子：侵蚀性降雨日（≥ 12 mm）每日计 α·P^1.7265，暖季（5–9 月）α = 0.3937，其余月份 0.3101；24 个半月的累计值按年平均后相加（MJ·mm·hm⁻²·h⁻¹·a⁻¹）。各站 R 值再用反距离权重插值到参考格网。CSV 可以是长表（站号、经度、纬度、日期、mm；坐标也可来自站点文件），也可以是宽表（一列 DATETIME，每站一列，如 SEIMS 的 pcp_daily.csv，并由站点文件给出 StationID、Lon、Lat）。所用年份内每个站点每天都必须有值：缺测会报错并指出站点和日期（可把年份限定在完整的年份）。重复记录、重复站点以及远在格网外的站点同样报错。也可以把其他来源的 R 栅格直接用于 RUSLE 算法。</translation>
        </message>
        <message>
            <source>Daily precipitation (CSV)</source>
            <translation>日降水量（CSV）</translation>
        </message>
        <message>
            <source>Station sites (CSV: station id, lon, lat)</source>
            <translation>站点信息（CSV：站号、经度、纬度）</translation>
        </message>
        <message>
            <source>First year (empty: from the data)</source>
            <translation>起始年份（留空：按数据）</translation>
        </message>
        <message>
            <source>Last year (empty: from the data)</source>
            <translation>终止年份（留空：按数据）</translation>
        </message>
        <message>
            <source>Minimum number of years</source>
            <translation>最少年数</translation>
        </message>
        <message>
            <source>Erosive day threshold (mm)</source>
            <translation>侵蚀性降雨日阈值（mm）</translation>
        </message>
        <message>
            <source>α in the warm season</source>
            <translation>暖季 α</translation>
        </message>
        <message>
            <source>α in the cold season</source>
            <translation>冷季 α</translation>
        </message>
        <message>
            <source>Exponent β</source>
            <translation>指数 β</translation>
        </message>
        <message>
            <source>Warm season months</source>
            <translation>暖季月份</translation>
        </message>
        <message>
            <source>Inverse distance power</source>
            <translation>反距离权重幂次</translation>
        </message>
        <message>
            <source>Nearest stations used (0: all)</source>
            <translation>使用的最近站点数（0：全部）</translation>
        </message>
        <message>
            <source>Station margin outside the grid (km)</source>
            <translation>格网外站点边距（km）</translation>
        </message>
        <message>
            <source>Station R table</source>
            <translation>站点 R 值表</translation>
        </message>
        <message>
            <source>Stations used</source>
            <translation>使用的站点数</translation>
        </message>
        <message>
            <source>Station {station} {name}: R = {r:.1f} over {first}–{last} ({days} erosive days)</source>
            <translation>站点 {station} {name}：{first}–{last} 年 R = {r:.1f}（侵蚀性降雨 {days} 天）</translation>
        </message>
        <message>
            <source>Soil erodibility K (EPIC)</source>
            <translation>土壤可蚀性 K（EPIC）</translation>
        </message>
        <message>
            <source>K of RUSLE by the EPIC equation (Williams) from sand, silt, clay and organic carbon (%), converted to Chinese SI units by K = (−0.01383 + 0.51575·K_EPIC)·0.1317 (t·hm²·h·hm⁻²·MJ⁻¹·mm⁻¹). Give either a soil-type raster with its property table (code, sand, silt, clay, organic carbon or organic matter; a SEIMS/SWAT soil lookup works as it is, its first layer being the topsoil), or four rasters. A soil code in the raster that the table lacks is an error naming the code. Sand, silt and clay are rescaled to sum to 100 % by default, since survey tables give them with gravel apart.</source>
            <translation>按 EPIC 公式（Williams）由砂粒、粉粒、黏粒和有机碳（%）计算 RUSLE 的 K 因子，并按 K = (−0.01383 + 0.51575·K_EPIC)·0.1317 换算为中国国际制单位（t·hm²·h·hm⁻²·MJ⁻¹·mm⁻¹）。可以给出土壤类型栅格及其属性表（代码、砂粒、粉粒、黏粒、有机碳或有机质；SEIMS/SWAT 土壤查找表可直接使用，取第一层为表土），也可以给出四个栅格。栅格中有而属性表中没有的土壤代码会报错并指出该代码。默认把砂粒、粉粒和黏粒重新换算为合计 100 %，因为调查表中的这三者不含砾石。</translation>
        </message>
        <message>
            <source>Sand (%)</source>
            <translation>砂粒（%）</translation>
        </message>
        <message>
            <source>Silt (%)</source>
            <translation>粉粒（%）</translation>
        </message>
        <message>
            <source>Clay (%)</source>
            <translation>黏粒（%）</translation>
        </message>
        <message>
            <source>Organic carbon or organic matter (%)</source>
            <translation>有机碳或有机质（%）</translation>
        </message>
        <message>
            <source>The organic raster holds</source>
            <translation>有机碳/有机质栅格中的是</translation>
        </message>
        <message>
            <source>organic carbon</source>
            <translation>有机碳</translation>
        </message>
        <message>
            <source>organic matter</source>
            <translation>有机质</translation>
        </message>
        <message>
            <source>Conversion K = (a + b·K_EPIC)·c: a, b, c</source>
            <translation>换算式 K = (a + b·K_EPIC)·c：a, b, c</translation>
        </message>
        <message>
            <source>Conversion</source>
            <translation>换算系数</translation>
        </message>
        <message>
            <source>Soil {code}: K = {k:.5f}</source>
            <translation>土壤 {code}：K = {k:.5f}</translation>
        </message>
        <message>
            <source>Give either a soil-type raster with its property table, or the sand, silt, clay and organic rasters.</source>
            <translation>请给出土壤类型栅格及其属性表，或者砂粒、粉粒、黏粒和有机碳（或有机质）栅格。</translation>
        </message>
        <message>
            <source>DEM</source>
            <translation>DEM</translation>
        </message>
        <message>
            <source>Slope in degrees by Horn's 3×3 method (as gdaldem and QGIS compute it), on the reference grid, block by block. Cells next to nodata or the raster's edge extrapolate the missing neighbour instead of becoming nodata. The grid must be in metres.</source>
            <translation>按 Horn 3×3 方法（与 gdaldem 和 QGIS 相同）在参考格网上逐块计算坡度（度）。与无数据或栅格边缘相邻的像元会外推缺失的邻元，而不会变成无数据。格网必须以米为单位。</translation>
        </message>
        <message>
            <source>Aspect (degrees from north)</source>
            <translation>坡向（自正北的度数）</translation>
        </message>
        <message>
            <source>The direction each slope faces, in degrees clockwise from north (0–360), by Horn's method; flat cells are −1.</source>
            <translation>按 Horn 方法计算每个坡面的朝向，自正北顺时针的度数（0–360）；平地为 −1。</translation>
        </message>
        <message>
            <source>Aspect</source>
            <translation>坡向</translation>
        </message>
        <message>
            <source>Relief (elevation range within a window)</source>
            <translation>地形起伏度（窗口内高程差）</translation>
        </message>
        <message>
            <source>Relief (地形起伏度): the highest minus the lowest elevation in a square window around each cell, in metres. The window is the odd number of cells closest to the area asked for (1 km² by default, 33×33 cells at 30 m); the area used is written into the metadata. A window of fewer than 3×3 cells (1 km² on a 1 km grid) would make every relief 0: it is grown to 3×3 cells, with a warning that names the cell size the area needs.</source>
            <translation>地形起伏度：每个像元周围方形窗口内最高与最低高程之差（米）。窗口取与所需面积最接近的奇数像元数（默认 1 km²，30 m 分辨率时为 33×33 像元）；实际使用的面积写入元数据。小于 3×3 像元的窗口（如 1 km 格网上的 1 km²）会使所有起伏度均为 0：此时窗口会扩大到 3×3 像元，并给出警告，指出该面积所需的像元大小。</translation>
        </message>
        <message>
            <source>Window area (km²)</source>
            <translation>窗口面积（km²）</translation>
        </message>
        <message>
            <source>Relief</source>
            <translation>地形起伏度</translation>
        </message>
        <message>
            <source>Slope length and steepness LS (RUSLE)</source>
            <translation>坡长坡度因子 LS（RUSLE）</translation>
        </message>
        <message>
            <source>LS = (λ/22.13)^m · S from the DEM. λ is the cumulative slope length (Hickey): D8 flow to the steepest lower neighbour, lengths accumulated downhill along the longest path, restarted where the slope angle falls below 0.5 (slopes under 5 %) or 0.7 of the cell above, and capped (300 m by default). Pits are not filled. m is 0.2/0.3/0.4/0.5 for slopes ≤ 1°, ≤ 3°, ≤ 5°, &gt; 5°; S = 10.8 sin θ + 0.03 below 5°, 16.8 sin θ − 0.5 below 10°, 21.91 sin θ − 0.96 above. The raster is processed block by block with a halo of ceil(cap/cell) + 2 cells, which gives exactly the result of the whole raster at once. Computed by the plugin's own code (GDAL and QGIS have no cumulative slope length); the slope is Horn's, as gdaldem's.</source>
            <translation>由 DEM 计算 LS = (λ/22.13)^m · S。λ 为累积坡长（Hickey 方法）：按 D8 流向流向最陡的较低邻元，沿最长路径向下坡累加坡长，在坡度角降到上方像元坡度的 0.5（坡度小于 5 % 时）或 0.7 以下处重新开始累计，并截断于上限（默认 300 m）。不填洼。坡度 ≤ 1°、≤ 3°、≤ 5°、&gt; 5° 时 m 分别为 0.2/0.3/0.4/0.5；S 在坡度小于 5° 时为 10.8 sin θ + 0.03，小于 10° 时为 16.8 sin θ − 0.5，其余为 21.91 sin θ − 0.96。栅格按块处理，每块带 ceil(上限/像元) + 2 个像元的缓冲边，结果与整幅栅格一次计算完全相同。由本插件自有代码计算（GDAL 和 QGIS 没有累积坡长工具）；坡度采用与 gdaldem 相同的 Horn 方法。</translation>
        </message>
        <message>
            <source>Slope length cap (m)</source>
            <translation>坡长上限（m）</translation>
        </message>
        <message>
            <source>Slope cutoff below the break</source>
            <translation>分界以下的坡度截断系数</translation>
        </message>
        <message>
            <source>Slope cutoff above the break</source>
            <translation>分界以上的坡度截断系数</translation>
        </message>
        <message>
            <source>Cutoff break (slope %)</source>
            <translation>截断分界（坡度 %）</translation>
        </message>
        <message>
            <source>Up to slope (°)</source>
            <translation>坡度上限（°）</translation>
        </message>
        <message>
            <source>m</source>
            <translation>m</translation>
        </message>
        <message>
            <source>Below slope (°)</source>
            <translation>坡度小于（°）</translation>
        </message>
        <message>
            <source>LS factor</source>
            <translation>LS 因子</translation>
        </message>
        <message>
            <source>Slope length λ</source>
            <translation>坡长 λ</translation>
        </message>
        <message>
            <source>Vegetation cover FVC (dimidiate pixel model)</source>
            <translation>植被覆盖度 FVC（像元二分模型）</translation>
        </message>
        <message>
            <source>Fractional vegetation cover FVC = (NDVI − NDVI_soil)/(NDVI_veg − NDVI_soil), clipped to 0–1. NDVI_soil and NDVI_veg are the 5 % and 95 % cumulative percentiles of the valid NDVI cells by default: computed exactly (equal to a full sort) in two passes over the raster, never holding it in memory. Give both values to use them instead.</source>
            <translation>植被覆盖度 FVC = (NDVI − NDVI_soil)/(NDVI_veg − NDVI_soil)，截断到 0–1。默认 NDVI_soil 和 NDVI_veg 取有效 NDVI 像元的 5 % 和 95 % 累积百分位数：两遍扫描栅格精确求得（与完全排序的结果相同），从不把整幅栅格读入内存。给出这两个值则直接使用。</translation>
        </message>
        <message>
            <source>NDVI</source>
            <translation>NDVI</translation>
        </message>
        <message>
            <source>Bare-soil percentile (%)</source>
            <translation>裸土百分位数（%）</translation>
        </message>
        <message>
            <source>Full-vegetation percentile (%)</source>
            <translation>全植被百分位数（%）</translation>
        </message>
        <message>
            <source>NDVI of bare soil (empty: the percentile)</source>
            <translation>裸土 NDVI（留空：取百分位数）</translation>
        </message>
        <message>
            <source>NDVI of full vegetation (empty: the percentile)</source>
            <translation>全植被 NDVI（留空：取百分位数）</translation>
        </message>
        <message>
            <source>Vegetation cover FVC</source>
            <translation>植被覆盖度 FVC</translation>
        </message>
        <message>
            <source>NDVI of bare soil used</source>
            <translation>采用的裸土 NDVI</translation>
        </message>
        <message>
            <source>NDVI of full vegetation used</source>
            <translation>采用的全植被 NDVI</translation>
        </message>
        <message>
            <source>NDVI_soil = {soil}, NDVI_veg = {veg}</source>
            <translation>NDVI_soil = {soil}，NDVI_veg = {veg}</translation>
        </message>
        <message>
            <source>C of RUSLE from land cover and vegetation cover by the guideline's table: forest, shrub, grass and orchards by FVC class (&lt;10, 10–30, 30–50, 50–70, 70–90, &gt;90 %), paddy, wetland and water 0, built-up 0.01, dry farmland 0.221 − 0.595·log10(FVC); bare land 1. A class includes its lower break and 90 % itself is in 70–90: the class breaks say so with their signs (≥10 opens the class above at 10; &gt;90 keeps 90 in the class below). FVC is compared in the raster's own precision (a float32 0.7 is 70 %). The land-cover codes are mapped to these classes by the legend chosen (三调, CLCD, GlobeLand30 or the SEIMS sample legend); rows in 'Extra or changed codes' add codes or override the legend. A code with no class is an error naming it, never C = 0. FVC is a fraction 0–1.</source>
            <translation>按指南的表由土地覆被和植被覆盖度计算 RUSLE 的 C 因子：林地、灌木林地、草地和园地按植被覆盖度等级（&lt;10、10–30、30–50、50–70、70–90、&gt;90 %）取值，水田、湿地和水域为 0，建设用地 0.01，旱地 0.221 − 0.595·log10(FVC)；裸地为 1。每个等级包含其下限，而 90 % 本身属于 70–90：分级界限用符号表明这一点（≥10 表示从 10 起归入较高一级；&gt;90 表示 90 留在较低一级）。植被覆盖度按栅格自身的精度比较（float32 的 0.7 即为 70 %）。土地覆被代码按所选图例（三调、CLCD、GlobeLand30 或 SEIMS 样例图例）对应到这些类别；“新增或修改的代码”中的行可增加代码或覆盖图例。没有类别的代码会报错并指出该代码，绝不取 C = 0。FVC 为 0–1 的比例。</translation>
        </message>
        <message>
            <source>Vegetation cover FVC (0–1)</source>
            <translation>植被覆盖度 FVC（0–1）</translation>
        </message>
        <message>
            <source>C table class</source>
            <translation>C 值表类别</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>FVC class breaks (%; ≥ opens the class above at the break, &gt; keeps it in the class below)</source>
            <translation>植被覆盖度分级界限（%；≥ 表示恰等于界限的值归入较高一级，&gt; 表示其留在较低一级）</translation>
        </message>
        <message>
            <source>C factor</source>
            <translation>C 因子</translation>
        </message>
        <message>
            <source>FVC class breaks</source>
            <translation>植被覆盖度分级界限</translation>
        </message>
        <message>
            <source>Soil conservation (RUSLE)</source>
            <translation>土壤保持（RUSLE）</translation>
        </message>
        <message>
            <source>Soil conservation of the 2017 model method: Ac = R·K·LS·(1 − C·P) in t·hm⁻²·a⁻¹, the erosion the cover prevents; also potential erosion R·K·LS and actual erosion R·K·LS·C·P when asked. P is 1 unless a raster is given. Grade Ac with 'Grade importance (cumulative value rule)'.</source>
            <translation>2017 年模型法的土壤保持量：Ac = R·K·LS·(1 − C·P)，单位 t·hm⁻²·a⁻¹，即植被覆盖所减少的侵蚀量；需要时同时输出潜在侵蚀量 R·K·LS 和实际侵蚀量 R·K·LS·C·P。未给栅格时 P 取 1。请用“重要性分级（累积值法）”对 Ac 分级。</translation>
        </message>
        <message>
            <source>Slope length and steepness LS</source>
            <translation>坡长坡度因子 LS</translation>
        </message>
        <message>
            <source>Cover and management C</source>
            <translation>植被覆盖与管理因子 C</translation>
        </message>
        <message>
            <source>Support practice P (empty: 1)</source>
            <translation>水土保持措施因子 P（留空：1）</translation>
        </message>
        <message>
            <source>Soil conservation Ac</source>
            <translation>土壤保持量 Ac</translation>
        </message>
        <message>
            <source>Potential erosion</source>
            <translation>潜在侵蚀量</translation>
        </message>
        <message>
            <source>Actual erosion</source>
            <translation>实际侵蚀量</translation>
        </message>
        <message>
            <source>Water conservation (water balance)</source>
            <translation>水源涵养（水量平衡）</translation>
        </message>
        <message>
            <source>Water conservation of the 2017 model method: TQ = (P − R − ET)·A with surface runoff R = P·α, α the runoff coefficient of the ecosystem type (the guideline's table, editable). A negative balance is 0, never its absolute value. P and ET are annual means in mm. Writes m³ per cell (the service raster to grade) and, when asked, the depth in mm. Land-cover codes are mapped to ecosystem types by the legend chosen plus the extra rows; codes mapped to 'excluded' (farmland, built-up, bare land) are not assessed and stay nodata; a code with no mapping is an error naming it.</source>
            <translation>2017 年模型法的水源涵养量：TQ = (P − R − ET)·A，地表径流 R = P·α，α 为生态系统类型的径流系数（指南的表，可编辑）。水量平衡为负时取 0，绝不取绝对值。P 和 ET 为以 mm 计的多年平均年值。输出每像元的立方米数（用于分级的服务栅格），需要时同时输出以 mm 计的深度。土地覆被代码按所选图例及新增行对应到生态系统类型；对应为“excluded”的代码（耕地、建设用地、裸地）不参与评价，保持无数据；没有对应关系的代码会报错并指出该代码。</translation>
        </message>
        <message>
            <source>Annual precipitation P (mm)</source>
            <translation>年降水量 P（mm）</translation>
        </message>
        <message>
            <source>Annual evapotranspiration ET (mm)</source>
            <translation>年蒸散发量 ET（mm）</translation>
        </message>
        <message>
            <source>Ecosystem or land cover</source>
            <translation>生态系统或土地覆被</translation>
        </message>
        <message>
            <source>Ecosystem type</source>
            <translation>生态系统类型</translation>
        </message>
        <message>
            <source>α (%)</source>
            <translation>α（%）</translation>
        </message>
        <message>
            <source>Water conservation (m³ per cell)</source>
            <translation>水源涵养量（每像元立方米）</translation>
        </message>
        <message>
            <source>Water conservation (mm)</source>
            <translation>水源涵养量（mm）</translation>
        </message>
        <message>
            <source>Sand fixation (RWEQ)</source>
            <translation>防风固沙（RWEQ）</translation>
        </message>
        <message>
            <source>Sand fixation of the 2017 model method: SR = S_Lpot − S_L, S_L = (2z/s²)·Q_max·e^(−(z/s)²), Q_max = 109.8·(WF·EF·SCF·K′·C), s = 150.71·(WF·EF·SCF·K′·C)^−0.3711, z = 50 m; the potential form drops C. WF, the weather factor (kg/m), is an input raster. EF = (29.09 + 0.31 sa + 0.17 si + 0.33 sa/cl − 2.59 OM − 0.95 CaCO3)/100 and SCF = 1/(1 + 0.0066 cl² + 0.021 OM²) from soil rasters or a soil-type raster with its table; K′ = e^(1.86 Kr − 2.41 Kr^0.934 − 0.127 Crr), at most 1, with Kr = 0.2·ΔH²/L (ΔH the relief in metres within a window of L metres of the DEM) or from a Kr raster; C = e^(−0.0483·SC), SC = 100·FVC. Output in t·hm⁻² (1 kg·m⁻² = 10 t·hm⁻²) or kg·m⁻².</source>
            <translation>2017 年模型法的防风固沙量：SR = S_Lpot − S_L，S_L = (2z/s²)·Q_max·e^(−(z/s)²)，Q_max = 109.8·(WF·EF·SCF·K′·C)，s = 150.71·(WF·EF·SCF·K′·C)^−0.3711，z = 50 m；潜在形式不含 C。气候因子 WF（kg/m）为输入栅格。EF = (29.09 + 0.31 sa + 0.17 si + 0.33 sa/cl − 2.59 OM − 0.95 CaCO3)/100，SCF = 1/(1 + 0.0066 cl² + 0.021 OM²)，由土壤栅格或土壤类型栅格及其属性表计算；K′ = e^(1.86 Kr − 2.41 Kr^0.934 − 0.127 Crr)，不超过 1，其中 Kr = 0.2·ΔH²/L（ΔH 为 DEM 上 L 米窗口内以米计的起伏度），或取自 Kr 栅格；C = e^(−0.0483·SC)，SC = 100·FVC。输出单位为 t·hm⁻²（1 kg·m⁻² = 10 t·hm⁻²）或 kg·m⁻²。</translation>
        </message>
        <message>
            <source>Weather factor WF (kg/m)</source>
            <translation>气候因子 WF（kg/m）</translation>
        </message>
        <message>
            <source>DEM (for terrain roughness)</source>
            <translation>DEM（用于地表糙度）</translation>
        </message>
        <message>
            <source>Terrain roughness Kr, instead of the DEM</source>
            <translation>地表糙度 Kr（代替 DEM）</translation>
        </message>
        <message>
            <source>Organic matter (%)</source>
            <translation>有机质（%）</translation>
        </message>
        <message>
            <source>CaCO3 (%)</source>
            <translation>碳酸钙（%）</translation>
        </message>
        <message>
            <source>Output unit</source>
            <translation>输出单位</translation>
        </message>
        <message>
            <source>CaCO3 where none is given (%)</source>
            <translation>未给出时的碳酸钙含量（%）</translation>
        </message>
        <message>
            <source>Roughness window (cells)</source>
            <translation>糙度窗口（像元）</translation>
        </message>
        <message>
            <source>Random roughness Crr (cm)</source>
            <translation>随机糙度 Crr（cm）</translation>
        </message>
        <message>
            <source>Downwind distance z (m)</source>
            <translation>下风向距离 z（m）</translation>
        </message>
        <message>
            <source>Q_max coefficient</source>
            <translation>Q_max 系数</translation>
        </message>
        <message>
            <source>s coefficient</source>
            <translation>s 系数</translation>
        </message>
        <message>
            <source>s exponent</source>
            <translation>s 指数</translation>
        </message>
        <message>
            <source>EF coefficients (a, sand, silt, sand/clay, OM, CaCO3, divisor)</source>
            <translation>EF 系数（常数项、砂粒、粉粒、砂粒/黏粒、有机质、碳酸钙、除数）</translation>
        </message>
        <message>
            <source>SCF coefficients (clay², OM²)</source>
            <translation>SCF 系数（黏粒²、有机质²）</translation>
        </message>
        <message>
            <source>K′ coefficients (Kr, Kr^c factor, c, Crr)</source>
            <translation>K′ 系数（Kr、Kr^c 的系数、c、Crr）</translation>
        </message>
        <message>
            <source>Kr coefficient (Kr = a·ΔH²/L)</source>
            <translation>Kr 系数（Kr = a·ΔH²/L）</translation>
        </message>
        <message>
            <source>C coefficient (C = e^(a·SC))</source>
            <translation>C 系数（C = e^(a·SC)）</translation>
        </message>
        <message>
            <source>Sand fixation SR</source>
            <translation>防风固沙量 SR</translation>
        </message>
        <message>
            <source>Potential wind erosion</source>
            <translation>潜在风蚀量</translation>
        </message>
        <message>
            <source>Actual wind erosion</source>
            <translation>实际风蚀量</translation>
        </message>
        <message>
            <source>Give either a soil-type raster with its property table, or the sand, silt, clay and organic matter rasters.</source>
            <translation>请给出土壤类型栅格及其属性表，或者砂粒、粉粒、黏粒和有机质栅格。</translation>
        </message>
        <message>
            <source>EF coefficients</source>
            <translation>EF 系数</translation>
        </message>
        <message>
            <source>SCF coefficients</source>
            <translation>SCF 系数</translation>
        </message>
        <message>
            <source>K′ coefficients</source>
            <translation>K′ 系数</translation>
        </message>
        <message>
            <source>Check the inputs (preflight)</source>
            <translation>检查输入数据（预检）</translation>
        </message>
        <message>
            <source>Checks every input raster before an assessment: that it can be read, has a CRS, covers the study area, declares its nodata, holds values in the range its role allows (NPP ≥ 0, slope 0–90°, FVC 0–1, land-cover codes in the legend…) and in a plausible unit (annual precipitation of 23 878 is 0.1 mm), and whether it will be resampled to the reference grid. Each finding says how to fix it. Give the inputs in the table (raster, role, band, legend) or as layers whose names tell their role (npp, pre, tem, dem, slope…; each band of a multi-band raster by its description). Roles: {roles}. The algorithm fails on any error unless 'report only' is ticked; the HTML and JSON reports are written either way.</source>
            <translation>在评价前检查每个输入栅格：能否读取、是否有坐标系、是否覆盖研究区、是否声明无数据值、数值是否在其角色允许的范围内（NPP ≥ 0、坡度 0–90°、植被覆盖度 0–1、土地覆被编码在图例中……）、单位是否合理（年降水量 23 878 应为 0.1 mm 单位），以及是否将被重采样到参考格网。每条检查结果都给出处理方法。可在表格中给出输入（栅格、角色、波段、图例），也可给出以名称表明角色的图层（npp、pre、tem、dem、slope……；多波段栅格按各波段描述识别）。角色：{roles}。除非勾选“仅报告”，发现任何错误时算法都会失败；HTML 与 JSON 报告在任何情况下都会写出。</translation>
        </message>
        <message>
            <source>Inputs: raster (path or layer name), role, band (empty: the role's), legend (land cover)</source>
            <translation>输入：栅格（路径或图层名）、角色、波段（留空：按角色默认）、图例（土地覆被）</translation>
        </message>
        <message>
            <source>Raster</source>
            <translation>栅格</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>图例</translation>
        </message>
        <message>
            <source>Input layers (role told from the name)</source>
            <translation>输入图层（根据名称识别角色）</translation>
        </message>
        <message>
            <source>Reference grid (template raster)</source>
            <translation>参考格网（模板栅格）</translation>
        </message>
        <message>
            <source>Study area (province boundary)</source>
            <translation>研究区（省界）</translation>
        </message>
        <message>
            <source>Cell size of the grid built from the boundary</source>
            <translation>由边界建立格网的像元大小</translation>
        </message>
        <message>
            <source>CRS of the grid built from the boundary (default: the standard's)</source>
            <translation>由边界建立格网所用的坐标系（默认：标准规定的坐标系）</translation>
        </message>
        <message>
            <source>Read every cell (off: a quick sample of blocks)</source>
            <translation>逐像元读取（关闭：快速抽样部分数据块）</translation>
        </message>
        <message>
            <source>Report only (do not fail on errors)</source>
            <translation>仅报告（发现错误时不失败）</translation>
        </message>
        <message>
            <source>Preflight report (HTML)</source>
            <translation>预检报告（HTML）</translation>
        </message>
        <message>
            <source>HTML files (*.html)</source>
            <translation>HTML 文件 (*.html)</translation>
        </message>
        <message>
            <source>Preflight findings (JSON)</source>
            <translation>预检结果（JSON）</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON 文件 (*.json)</translation>
        </message>
        <message>
            <source>No input to check: fill the table of inputs or choose input layers.</source>
            <translation>没有需要检查的输入：请填写输入表或选择输入图层。</translation>
        </message>
        <message>
            <source>Report: {path}</source>
            <translation>报告：{path}</translation>
        </message>
        <message>
            <source>The band '{band}' of '{raster}' is not a number.</source>
            <translation>“{raster}”的波段“{band}”不是数字。</translation>
        </message>
        <message>
            <source>Its role cannot be told from its name or its band descriptions.</source>
            <translation>无法根据其名称或波段描述识别其角色。</translation>
        </message>
        <message>
            <source>Give it a row in the table of inputs with its role (one of {roles}).</source>
            <translation>请在输入表中为其添加一行并指定角色（{roles} 之一）。</translation>
        </message>
        <message>
            <source>Warn about patches smaller than (km², unless in a protected area)</source>
            <translation>提示小于此面积的斑块（平方千米，保护地除外）</translation>
        </message>
        <message>
            <source>Warn about holes smaller than (km²)</source>
            <translation>提示小于此面积的孔洞（平方千米）</translation>
        </message>
        <message>
            <source>Warn about slivers with area / perimeter² below</source>
            <translation>提示面积 / 周长² 小于此值的细碎斑块</translation>
        </message>
        <message>
            <source>Export submission package</source>
            <translation>导出汇交成果包</translation>
        </message>
        <message>
            <source>Validates the red line against the submission standard (errors stop the export and are listed with their patch codes and locations; warnings go into the QA report), then writes {XZQDM6}_STBHHX_{YYYYMMDD}.zip: STBHHX.gpkg with the ledger layers and their history, the shapefile copy, the graded rasters as cloud-optimised GeoTIFF with styles, the PDF map report, statistics, the QA report, metadata.xml and manifest.json with the sha256 of every file. The package is built aside and renamed: a failure or a cancel leaves none. Only manifest.json carries the clock time; every other file is the same, byte for byte, for the same inputs and package date.</source>
            <translation>按汇交标准校验生态保护红线（错误会中止导出，并列出斑块编码和位置；警告写入质检报告），然后写出 {XZQDM6}_STBHHX_{YYYYMMDD}.zip：含台账图层及其历史表的 STBHHX.gpkg、shapefile 副本、带样式的云优化 GeoTIFF 分级栅格、PDF 地图报告、统计表、质检报告、metadata.xml，以及记录每个文件 sha256 的 manifest.json。成果包先在旁边生成再重命名：失败或取消时不留下任何成果包。只有 manifest.json 记录时钟时间；输入和成果包日期相同时，其他文件逐字节相同。</translation>
        </message>
        <message>
            <source>Province code (XZQDM6, e.g. 350000)</source>
            <translation>省级代码（XZQDM6，如 350000）</translation>
        </message>
        <message>
            <source>Province name</source>
            <translation>省份名称</translation>
        </message>
        <message>
            <source>Province code field</source>
            <translation>省级代码字段</translation>
        </message>
        <message>
            <source>County boundaries</source>
            <translation>县界</translation>
        </message>
        <message>
            <source>Integrated importance grade (ZYX)</source>
            <translation>综合重要性分级（ZYX）</translation>
        </message>
        <message>
            <source>Integrated sensitivity grade (MGX)</source>
            <translation>综合敏感性分级（MGX）</translation>
        </message>
        <message>
            <source>Graded rasters per function and type</source>
            <translation>各功能和类型的分级栅格</translation>
        </message>
        <message>
            <source>Contact organisation</source>
            <translation>联系单位</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Contact e-mail</source>
            <translation>联系邮箱</translation>
        </message>
        <message>
            <source>Contact telephone</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <source>Package date (default today)</source>
            <translation>成果包日期（默认今天）</translation>
        </message>
        <message>
            <source>Abstract for metadata.xml</source>
            <translation>metadata.xml 的摘要</translation>
        </message>
        <message>
            <source>Package folder</source>
            <translation>成果包目录</translation>
        </message>
        <message>
            <source>Submission package</source>
            <translation>成果汇交包</translation>
        </message>
        <message>
            <source>Package written: {path}</source>
            <translation>已写出成果包：{path}</translation>
        </message>
        <message>
            <source>Checks any submission package against the standard, as the national office will: the archive (no path leaving the package, no link, bounded size, only the files in the manifest, every sha256), the layers, fields and codes, geometry validity, overlaps, MJ, the manifest's totals and the warnings. Nothing inside the package is executed. With province boundaries, patches must lie inside their province; with county boundaries, XZQDM must match the location. Writes the QA report (HTML) with every finding, its patch code, location and how to fix it.</source>
            <translation>像国家级单位那样按标准检查任意汇交成果包：压缩包（无路径离开成果包、无链接、大小受限、只含清单中的文件、每个 sha256）、图层、字段和代码、几何有效性、重叠、MJ、清单合计以及各项警告。成果包中的任何内容都不会被执行。提供省界时，斑块必须位于其省界内；提供县界时，XZQDM 必须与位置一致。写出包含每条结果、其斑块编码、位置和修改方法的质检报告（HTML）。</translation>
        </message>
        <message>
            <source>Submission package (.zip)</source>
            <translation>汇交成果包（.zip）</translation>
        </message>
        <message>
            <source>Largest accepted unpacked size (GB)</source>
            <translation>可接受的最大解压大小（GB）</translation>
        </message>
        <message>
            <source>Package accepted</source>
            <translation>成果包通过</translation>
        </message>
        <message>
            <source>The package {path} does not exist. Choose a .zip package.</source>
            <translation>成果包 {path} 不存在。请选择 .zip 成果包。</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>通过</translation>
        </message>
        <message>
            <source>{package}: {verdict}, {errors} error(s), {warnings} warning(s).</source>
            <translation>{package}：{verdict}，{errors} 条错误，{warnings} 条警告。</translation>
        </message>
        <message>
            <source>Merge province packages into the national red line</source>
            <translation>将省级成果包合并为全国生态保护红线</translation>
        </message>
        <message>
            <source>Validates every package (a failing or hostile one is reported and left out whole), keeps the newest package of each province, edge-matches shared province borders (overlaps, gaps, vertex offsets within the search distance, with a report and map snippets per border pair) and loads the patches with their source package and sha256 into a national GeoPackage, or into PostGIS when a connection is given. The whole run is one transaction: a failure, a cancel or a crash leaves the store as it was before the run, and running it again completes it; a newer package replaces the province's rows. National statistics by province and function are written to the store and as CSV.</source>
            <translation>校验每个成果包（不合格或恶意的成果包会被报告并整体排除），保留每个省份最新的成果包，对共同省界进行接边检查（搜索距离内的重叠、缺口和节点偏移，每对相邻省份生成报告和地图截图），并将图斑连同来源成果包及其 sha256 载入全国 GeoPackage，或在给定连接时载入 PostGIS。整个运行是一个事务：失败、取消或崩溃都会使数据库保持运行前的状态，再次运行即可完成；更新的成果包会替换该省的记录。按省份和功能的全国统计写入数据库并输出为 CSV。</translation>
        </message>
        <message>
            <source>Province packages (.zip)</source>
            <translation>省级成果包（.zip）</translation>
        </message>
        <message>
            <source>…or a folder of packages</source>
            <translation>……或成果包所在目录</translation>
        </message>
        <message>
            <source>Province boundaries (for borders and the inside rule)</source>
            <translation>省界（用于接边和界内检查）</translation>
        </message>
        <message>
            <source>Edge search distance (m)</source>
            <translation>接边搜索距离（米）</translation>
        </message>
        <message>
            <source>Report vertex offsets above (m)</source>
            <translation>报告大于此值的节点偏移（米）</translation>
        </message>
        <message>
            <source>PostGIS connection (instead of the GeoPackage)</source>
            <translation>PostGIS 连接（代替 GeoPackage）</translation>
        </message>
        <message>
            <source>…or a PostgreSQL connection string</source>
            <translation>……或 PostgreSQL 连接字符串</translation>
        </message>
        <message>
            <source>PostgreSQL schema</source>
            <translation>PostgreSQL 模式</translation>
        </message>
        <message>
            <source>National GeoPackage</source>
            <translation>全国 GeoPackage</translation>
        </message>
        <message>
            <source>Merge and edge-match reports</source>
            <translation>合并与接边报告</translation>
        </message>
        <message>
            <source>Merge report (index.html)</source>
            <translation>合并报告（index.html）</translation>
        </message>
        <message>
            <source>Packages merged</source>
            <translation>已合并的成果包</translation>
        </message>
        <message>
            <source>Packages refused</source>
            <translation>已拒收的成果包</translation>
        </message>
        <message>
            <source>Edge-matching findings</source>
            <translation>接边检查结果</translation>
        </message>
        <message>
            <source>The package folder '{folder}' does not exist. Choose the folder that holds the .zip packages.</source>
            <translation>成果包目录“{folder}”不存在。请选择存放 .zip 成果包的目录。</translation>
        </message>
        <message>
            <source>No package to merge: choose package files or a folder that holds them.</source>
            <translation>没有可合并的成果包：请选择成果包文件或其所在目录。</translation>
        </message>
        <message>
            <source>every raster step</source>
            <translation>所有栅格处理步骤</translation>
        </message>
        <message>
            <source>every raster and vector step</source>
            <translation>所有栅格和矢量处理步骤</translation>
        </message>
        <message>
            <source>delineation, coding, checks, submission and the national merge</source>
            <translation>红线划定、编码、检查、成果汇交和全国合并</translation>
        </message>
        <message>
            <source>the charts of the ledger statistics (the tables still work)</source>
            <translation>台账统计图表（统计表仍可使用）</translation>
        </message>
        <message>
            <source>the interactive chart page of the ledger statistics (the PNG charts still work)</source>
            <translation>台账统计的交互式图表页面（PNG 图表仍可使用）</translation>
        </message>
        <message>
            <source>the national merge into PostGIS (the GeoPackage merge still works)</source>
            <translation>向 PostGIS 的全国合并（合并到 GeoPackage 仍可使用）</translation>
        </message>
        <message>
            <source>not installed</source>
            <translation>未安装</translation>
        </message>
        <message>
            <source>version {found} is older than {needed}</source>
            <translation>版本 {found} 低于所需的 {needed}</translation>
        </message>
        <message>
            <source>Run the OSGeo4W Setup (Advanced Install) and add the package '{package}'.</source>
            <translation>请运行 OSGeo4W 安装程序（高级安装）并添加软件包“{package}”。</translation>
        </message>
        <message>
            <source>In the QGIS Python console run: import pip; pip.main(['install', '{package}'])</source>
            <translation>在 QGIS Python 控制台中运行：import pip; pip.main(['install', '{package}'])</translation>
        </message>
        <message>
            <source>Install it with: sudo apt install {package}</source>
            <translation>安装方法：sudo apt install {package}</translation>
        </message>
        <message>
            <source>required</source>
            <translation>必需</translation>
        </message>
        <message>
            <source>{module} ({kind}) is not usable: {reason}. Without it: {purpose}. {hint}</source>
            <translation>{module}（{kind}）不可用：{reason}。缺少它将无法使用：{purpose}。{hint}</translation>
        </message>
        <message>
            <source>No finding.</source>
            <translation>无问题。</translation>
        </message>
        <message>
            <source>The algorithm {id} is not installed.</source>
            <translation>算法 {id} 未安装。</translation>
        </message>
        <message>
            <source>'{title}' failed: the QGIS log has the details.</source>
            <translation>“{title}”失败：详情见 QGIS 日志。</translation>
        </message>
        <message>
            <source>Step {n} of {total}: {title}</source>
            <translation>第 {n}/{total} 步：{title}</translation>
        </message>
        <message>
            <source>the algorithm {id} is not installed yet</source>
            <translation>算法 {id} 尚未安装</translation>
        </message>
        <message>
            <source>the algorithm {id} has no parameter {name}</source>
            <translation>算法 {id} 没有参数 {name}</translation>
        </message>
        <message>
            <source>The algorithm {id} is not installed yet.</source>
            <translation>算法 {id} 尚未安装。</translation>
        </message>
        <message>
            <source>province</source>
            <translation>省份</translation>
        </message>
        <message>
            <source>workspace</source>
            <translation>工作空间</translation>
        </message>
        <message>
            <source>coordinate reference system</source>
            <translation>坐标参考系</translation>
        </message>
        <message>
            <source>cell size</source>
            <translation>像元大小</translation>
        </message>
        <message>
            <source>province boundary layer</source>
            <translation>省界图层</translation>
        </message>
        <message>
            <source>county layer</source>
            <translation>县级行政区图层</translation>
        </message>
        <message>
            <source>county code field</source>
            <translation>县级代码字段</translation>
        </message>
        <message>
            <source>county name field</source>
            <translation>县级名称字段</translation>
        </message>
        <message>
            <source>reference grid</source>
            <translation>参考格网</translation>
        </message>
        <message>
            <source>Choose the {what} on the Project page first.</source>
            <translation>请先在“项目”页选择{what}。</translation>
        </message>
        <message>
            <source>Build the reference grid on the Project page first.</source>
            <translation>请先在“项目”页生成参考格网。</translation>
        </message>
        <message>
            <source>Choose a layer for every input on the Inputs page first (missing: {role}).</source>
            <translation>请先在“输入数据”页为每项输入选择图层（缺少：{role}）。</translation>
        </message>
        <message>
            <source>Run the step '{step}' first: this step uses its results.</source>
            <translation>请先运行步骤“{step}”：本步骤要用到它的结果。</translation>
        </message>
        <message>
            <source>Create or open the workspace GeoPackage on the Project page first.</source>
            <translation>请先在“项目”页新建或打开工作空间 GeoPackage。</translation>
        </message>
        <message>
            <source>The algorithm {id} has no parameter {name}.</source>
            <translation>算法 {id} 没有参数 {name}。</translation>
        </message>
        <message>
            <source>Nothing to run with the methods chosen: pick at least one on the Inputs page.</source>
            <translation>按所选方法没有可运行的内容：请在“输入数据”页至少选择一项。</translation>
        </message>
        <message>
            <source>The algorithm of '{call}' gave no output '{name}'; the step cannot be completed.</source>
            <translation>“{call}”的算法没有给出输出“{name}”，本步骤无法完成。</translation>
        </message>
        <message>
            <source>The result '{path}' cannot be read.</source>
            <translation>无法读取结果“{path}”。</translation>
        </message>
        <message>
            <source>The result '{path}' has no layer '{table}'.</source>
            <translation>结果“{path}”中没有图层“{table}”。</translation>
        </message>
        <message>
            <source>The workspace '{path}' cannot be opened for writing.</source>
            <translation>无法以写入方式打开工作空间“{path}”。</translation>
        </message>
        <message>
            <source>The results could not be written to the workspace '{path}'.</source>
            <translation>无法将结果写入工作空间“{path}”。</translation>
        </message>
        <message>
            <source>choose the province</source>
            <translation>选择省份</translation>
        </message>
        <message>
            <source>create or open the workspace GeoPackage</source>
            <translation>新建或打开工作空间 GeoPackage</translation>
        </message>
        <message>
            <source>choose the coordinate reference system</source>
            <translation>选择坐标参考系</translation>
        </message>
        <message>
            <source>give the cell size of the reference grid</source>
            <translation>填写参考格网的像元大小</translation>
        </message>
        <message>
            <source>choose the province boundary layer</source>
            <translation>选择省界图层</translation>
        </message>
        <message>
            <source>choose the county layer</source>
            <translation>选择县级行政区图层</translation>
        </message>
        <message>
            <source>choose the fields of the county code and name</source>
            <translation>选择县级代码和名称字段</translation>
        </message>
        <message>
            <source>wait for the reference grid to be built</source>
            <translation>等待参考格网生成</translation>
        </message>
        <message>
            <source>the input layer '{name}' changed</source>
            <translation>输入图层“{name}”已改变</translation>
        </message>
        <message>
            <source>the project setting '{name}' changed</source>
            <translation>项目设置“{name}”已改变</translation>
        </message>
        <message>
            <source>the result '{output}' of '{step}' changed (run again or edited)</source>
            <translation>“{step}”的结果“{output}”已改变（重新运行或被编辑）</translation>
        </message>
        <message>
            <source>the parameter {name} changed</source>
            <translation>参数 {name} 已改变</translation>
        </message>
        <message>
            <source>the methods chosen changed ({call})</source>
            <translation>所选方法已改变（{call}）</translation>
        </message>
        <message>
            <source>the earlier step '{step}' is not up to date</source>
            <translation>前面的步骤“{step}”不是最新</translation>
        </message>
        <message>
            <source>the plugin's fixed settings for this step changed ({key})</source>
            <translation>插件对本步骤的固定设置已改变（{key}）</translation>
        </message>
        <message>
            <source>complete the page '{step}' first</source>
            <translation>请先完成“{step}”页</translation>
        </message>
        <message>
            <source>choose a layer for '{role}'</source>
            <translation>为“{role}”选择图层</translation>
        </message>
        <message>
            <source>fix the input '{role}' (preflight found an error)</source>
            <translation>修正输入“{role}”（预检发现错误）</translation>
        </message>
        <message>
            <source>choose at least one function or sensitivity type</source>
            <translation>至少选择一项生态功能或一种敏感性类型</translation>
        </message>
        <message>
            <source>NPP quantitative index</source>
            <translation>NPP 定量指标法</translation>
        </message>
        <message>
            <source>NPP × factors, each rescaled 0–1 (guideline §1.1); needs few inputs</source>
            <translation>NPP × 各因子（均归一化到 0–1，指南 §1.1）；所需数据少</translation>
        </message>
        <message>
            <source>Model method (2017)</source>
            <translation>模型评估法（2017）</translation>
        </message>
        <message>
            <source>Water balance, RUSLE or RWEQ from climate, soil, DEM and land cover</source>
            <translation>水量平衡、RUSLE 或 RWEQ 模型，使用气象、土壤、DEM 和土地覆被数据</translation>
        </message>
        <message>
            <source>My own service raster</source>
            <translation>自备服务功能栅格</translation>
        </message>
        <message>
            <source>A service raster computed elsewhere (InVEST, CASA); it is graded</source>
            <translation>在其他软件中计算的服务功能栅格（InVEST、CASA）；此处只分级</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>不评价</translation>
        </message>
        <message>
            <source>This function is not assessed in this province</source>
            <translation>本省不评价该项功能</translation>
        </message>
        <message>
            <source>{title}, in {unit}; preflight checks its range and unit</source>
            <translation>{title}，单位 {unit}；预检会检查其取值范围和单位</translation>
        </message>
        <message>
            <source>Land cover, baseline year</source>
            <translation>土地覆被（基准年）</translation>
        </message>
        <message>
            <source>Land cover, current year</source>
            <translation>土地覆被（现状年）</translation>
        </message>
        <message>
            <source>FVC, baseline year</source>
            <translation>植被覆盖度（基准年）</translation>
        </message>
        <message>
            <source>FVC, current year</source>
            <translation>植被覆盖度（现状年）</translation>
        </message>
        <message>
            <source>NPP, baseline year</source>
            <translation>NPP（基准年）</translation>
        </message>
        <message>
            <source>NPP, current year</source>
            <translation>NPP（现状年）</translation>
        </message>
        <message>
            <source>For the ledger: damage is found where land cover changed, graded by the loss of FVC or NPP</source>
            <translation>用于台账：在土地覆被发生变化处识别受损生态系统，并按植被覆盖度或 NPP 的下降分级</translation>
        </message>
        <message>
            <source>Optional: delineation adds or takes out these areas (methods.md §4)</source>
            <translation>可选：红线划定时将并入或扣除这些区域（methods.md §4）</translation>
        </message>
        <message>
            <source>Protected areas (nature reserves, parks)</source>
            <translation>自然保护地（自然保护区、国家公园、自然公园）</translation>
        </message>
        <message>
            <source>polygons</source>
            <translation>面要素</translation>
        </message>
        <message>
            <source>Give either the soil types with their property table, or the sand, silt and clay rasters</source>
            <translation>请提供土壤类型及其属性表，或砂粒、粉粒、黏粒含量栅格</translation>
        </message>
        <message>
            <source>Daily precipitation at stations (CSV)</source>
            <translation>站点逐日降水量（CSV）</translation>
        </message>
        <message>
            <source>station id, date, mm</source>
            <translation>站号、日期、毫米</translation>
        </message>
        <message>
            <source>Station sites (CSV)</source>
            <translation>站点位置（CSV）</translation>
        </message>
        <message>
            <source>lon, lat</source>
            <translation>经度、纬度</translation>
        </message>
        <message>
            <source>station id, lon, lat</source>
            <translation>站号、经度、纬度</translation>
        </message>
        <message>
            <source>RWEQ weather factor WF</source>
            <translation>RWEQ 气候因子 WF</translation>
        </message>
        <message>
            <source>The weather factor of RWEQ</source>
            <translation>RWEQ 模型的气候因子</translation>
        </message>
        <message>
            <source>Service raster: {function}</source>
            <translation>服务功能栅格：{function}</translation>
        </message>
        <message>
            <source>A service raster computed elsewhere, graded by the cumulative value rule</source>
            <translation>在其他软件中计算的服务功能栅格，按累积值法分级</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Choose the province, the workspace GeoPackage that keeps everything, the reference grid and the boundaries.</source>
            <translation>选择省份、保存全部成果的工作空间 GeoPackage、参考格网和行政边界。</translation>
        </message>
        <message>
            <source>Choose how each function is assessed, which sensitivity types apply, and the input layers they need.</source>
            <translation>选择各项功能的评价方法、适用的敏感性类型，以及它们需要的输入图层。</translation>
        </message>
        <message>
            <source>Importance</source>
            <translation>重要性评价</translation>
        </message>
        <message>
            <source>Assess the importance of each ecological function and grade it by the cumulative value rule: the cells holding the top 50 % of the province's total value are extremely important.</source>
            <translation>评价各项生态系统服务功能的重要性，并按累积值法分级：累积服务值占全省总值前 50% 的像元为极重要。</translation>
        </message>
        <message>
            <source>Sensitivity</source>
            <translation>敏感性评价</translation>
        </message>
        <message>
            <source>Assess ecological sensitivity: each factor is scored 1, 3 or 5, the scores are combined by their geometric mean and graded into generally sensitive, sensitive and extremely sensitive.</source>
            <translation>评价生态环境敏感性：各因子赋值 1、3、5，取几何平均后分为一般敏感、敏感和极敏感。</translation>
        </message>
        <message>
            <source>Turn extremely important and extremely sensitive land into red-line patches: add protected areas, take out conflicts, refine the boundaries, split by county and code every patch.</source>
            <translation>将极重要区和极敏感区转为红线图斑：并入自然保护地，扣除冲突用地，优化边界，按县切分并为每个图斑编码。</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>审查</translation>
        </message>
        <message>
            <source>Check the red-line patches against the submission standard, go through every finding on the map and edit the patches in their form.</source>
            <translation>按汇交标准检查红线图斑，在地图上逐条查看问题，并在属性表单中编辑图斑。</translation>
        </message>
        <message>
            <source>Keep the red line's ledger: find damaged ecosystems from land-cover change and record human activities, county by county.</source>
            <translation>建立红线台账：根据土地覆被变化识别受损生态系统，按县记录人类活动。</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Validate the red line against the submission standard and write the province's submission package.</source>
            <translation>按汇交标准检查红线，并生成全省成果汇交包。</translation>
        </message>
        <message>
            <source>Candidate areas</source>
            <translation>候选区</translation>
        </message>
        <message>
            <source>Deductions (conflicts taken out)</source>
            <translation>扣除区（已扣除的冲突用地）</translation>
        </message>
        <message>
            <source>Change log of the refinement</source>
            <translation>边界优化变更记录</translation>
        </message>
        <message>
            <source>{function}: service value</source>
            <translation>{function}：服务功能值</translation>
        </message>
        <message>
            <source>'{title}' cannot start: no result {name}.</source>
            <translation>“{title}”无法开始：缺少结果 {name}。</translation>
        </message>
        <message>
            <source>Red line: {step} ({n}/{total}) {title}</source>
            <translation>红线：{step}（{n}/{total}）{title}</translation>
        </message>
    </context>
</TS>
