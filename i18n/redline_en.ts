<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>RedLine</name>
        <message>
            <source>The breaks '{breaks}' are not valid: give increasing percentages separated by commas, such as 50,80.</source>
            <translation>The breaks '{breaks}' are not valid: give increasing percentages separated by commas, such as 50,80.</translation>
        </message>
        <message>
            <source>{function} needs {factors}</source>
            <translation>{function} needs {factors}</translation>
        </message>
        <message>
            <source>No importance function can be computed from the factors given ({missing}). Add the missing factor rasters.</source>
            <translation>No importance function can be computed from the factors given ({missing}). Add the missing factor rasters.</translation>
        </message>
        <message>
            <source>The {function} index has no valid cell: its factor rasters have no valid cell in common. Check their extents and nodata.</source>
            <translation>The {function} index has no valid cell: its factor rasters have no valid cell in common. Check their extents and nodata.</translation>
        </message>
        <message>
            <source>{zh} importance grade (cumulative value rule)</source>
            <translation>{zh} importance grade (cumulative value rule)</translation>
        </message>
        <message>
            <source>Integrated ecological function importance (highest grade over functions)</source>
            <translation>Integrated ecological function importance (highest grade over functions)</translation>
        </message>
        <message>
            <source>Functions that reach the highest grade (bit sum)</source>
            <translation>Functions that reach the highest grade (bit sum)</translation>
        </message>
        <message>
            <source>The factor raster '{name}' contains infinite values. Set them to nodata and run again.</source>
            <translation>The factor raster '{name}' contains infinite values. Set them to nodata and run again.</translation>
        </message>
        <message>
            <source>The factor raster '{name}' has the same value ({value:g}) on every valid cell of the study area, so min–max scaling is undefined. Check the layer, or leave this factor out of the rescaled factors.</source>
            <translation>The factor raster '{name}' has the same value ({value:g}) on every valid cell of the study area, so min–max scaling is undefined. Check the layer, or leave this factor out of the rescaled factors.</translation>
        </message>
        <message>
            <source>The factor raster '{name}' ({factor}) is used as it is and must lie between 0 and 1, but its values run from {low:g} to {high:g}. Make it with 'Soil texture factor Fsic' (a texture class raster becomes its rank k/13), or tick it in the rescaled factors.</source>
            <translation>The factor raster '{name}' ({factor}) is used as it is and must lie between 0 and 1, but its values run from {low:g} to {high:g}. Make it with 'Soil texture factor Fsic' (a texture class raster becomes its rank k/13), or tick it in the rescaled factors.</translation>
        </message>
        <message>
            <source>The factor raster '{name}' enters the index as (1 − {factor}) and must lie between 0 and 1, but its values run from {low:g} to {high:g}. Rescale it (tick it in the rescaled factors) or supply a 0–1 factor.</source>
            <translation>The factor raster '{name}' enters the index as (1 − {factor}) and must lie between 0 and 1, but its values run from {low:g} to {high:g}. Rescale it (tick it in the rescaled factors) or supply a 0–1 factor.</translation>
        </message>
        <message>
            <source>{zh} importance index (NPP method)</source>
            <translation>{zh} importance index (NPP method)</translation>
        </message>
        <message>
            <source>Fq needs 12 monthly {variable} rasters (January to December); {count} were given.</source>
            <translation>Fq needs 12 monthly {variable} rasters (January to December); {count} were given.</translation>
        </message>
        <message>
            <source>Give 12 positive numbers of days per month, January to December.</source>
            <translation>Give 12 positive numbers of days per month, January to December.</translation>
        </message>
        <message>
            <source>The anemometer height must be greater than 0 m.</source>
            <translation>The anemometer height must be greater than 0 m.</translation>
        </message>
        <message>
            <source>Fq wind erosion climate factor</source>
            <translation>Fq wind erosion climate factor</translation>
        </message>
        <message>
            <source>wind speed</source>
            <translation>wind speed</translation>
        </message>
        <message>
            <source>temperature</source>
            <translation>temperature</translation>
        </message>
        <message>
            <source>relative humidity</source>
            <translation>relative humidity</translation>
        </message>
        <message>
            <source>precipitation</source>
            <translation>precipitation</translation>
        </message>
        <message>
            <source>The raster '{name}' has values from {low:g} to {high:g}, outside the range its role allows ({allowed}). Check its units (humidity in % or as a fraction, rainfall in mm) and nodata value.</source>
            <translation>The raster '{name}' has values from {low:g} to {high:g}, outside the range its role allows ({allowed}). Check its units (humidity in % or as a fraction, rainfall in mm) and nodata value.</translation>
        </message>
        <message>
            <source>Choose at least one terrain factor to write (D, Fslo or Falt).</source>
            <translation>Choose at least one terrain factor to write (D, Fslo or Falt).</translation>
        </message>
        <message>
            <source>D and Fslo need a slope raster in degrees (make it with Raster terrain analysis ▸ Slope).</source>
            <translation>D and Fslo need a slope raster in degrees (make it with Raster terrain analysis ▸ Slope).</translation>
        </message>
        <message>
            <source>Falt needs an elevation raster (DEM).</source>
            <translation>Falt needs an elevation raster (DEM).</translation>
        </message>
        <message>
            <source>The slope raster '{name}' has values from {low:g} to {high:g}; slope in degrees lies in 0–90 (below 90 for D = 1/cos θ). Is it in percent? Make it again with the output in degrees.</source>
            <translation>The slope raster '{name}' has values from {low:g} to {high:g}; slope in degrees lies in 0–90 (below 90 for D = 1/cos θ). Is it in percent? Make it again with the output in degrees.</translation>
        </message>
        <message>
            <source>The raster '{name}' has the same value ({value:g}) on every valid cell, so it cannot be rescaled to 0–1. Check the layer and its extent.</source>
            <translation>The raster '{name}' has the same value ({value:g}) on every valid cell, so it cannot be rescaled to 0–1. Check the layer and its extent.</translation>
        </message>
        <message>
            <source>D terrain roughness factor (1/cos slope)</source>
            <translation>D terrain roughness factor (1/cos slope)</translation>
        </message>
        <message>
            <source>Fslo slope factor (rescaled 0–1)</source>
            <translation>Fslo slope factor (rescaled 0–1)</translation>
        </message>
        <message>
            <source>Falt elevation factor (rescaled 0–1)</source>
            <translation>Falt elevation factor (rescaled 0–1)</translation>
        </message>
        <message>
            <source>The texture rank table is empty: give one row per class code.</source>
            <translation>The texture rank table is empty: give one row per class code.</translation>
        </message>
        <message>
            <source>Fsic soil texture factor</source>
            <translation>Fsic soil texture factor</translation>
        </message>
        <message>
            <source>Give at least one graded raster to integrate.</source>
            <translation>Give at least one graded raster to integrate.</translation>
        </message>
        <message>
            <source>At most {count} graded rasters can be integrated at once.</source>
            <translation>At most {count} graded rasters can be integrated at once.</translation>
        </message>
        <message>
            <source>Integrated grade (highest over the inputs)</source>
            <translation>Integrated grade (highest over the inputs)</translation>
        </message>
        <message>
            <source>Inputs that gave the grade (bit sum: {bits})</source>
            <translation>Inputs that gave the grade (bit sum: {bits})</translation>
        </message>
        <message>
            <source>The graded rasters use different classes ({names}): integrate importance and sensitivity, or 3 and 4 classes, separately.</source>
            <translation>The graded rasters use different classes ({names}): integrate importance and sensitivity, or 3 and 4 classes, separately.</translation>
        </message>
        <message>
            <source>None of the graded rasters records its classes. Choose the class scheme (importance or sensitivity) in the parameters.</source>
            <translation>None of the graded rasters records its classes. Choose the class scheme (importance or sensitivity) in the parameters.</translation>
        </message>
        <message>
            <source>At most {count} functions can be told apart in the integrated raster.</source>
            <translation>At most {count} functions can be told apart in the integrated raster.</translation>
        </message>
        <message>
            <source>The raster '{name}' holds {value}, which is not a grade of {classes}. Is it a graded raster, and graded with the same classes as the others?</source>
            <translation>The raster '{name}' holds {value}, which is not a grade of {classes}. Is it a graded raster, and graded with the same classes as the others?</translation>
        </message>
        <message>
            <source>NDVI of full vegetation ({veg}) must be above NDVI of bare soil ({soil}). The NDVI raster may be constant or mostly nodata; check it or give both values.</source>
            <translation>NDVI of full vegetation ({veg}) must be above NDVI of bare soil ({soil}). The NDVI raster may be constant or mostly nodata; check it or give both values.</translation>
        </message>
        <message>
            <source>The land-cover mapping names class(es) {classes} that the C table does not have: {known}.</source>
            <translation>The land-cover mapping names class(es) {classes} that the C table does not have: {known}.</translation>
        </message>
        <message>
            <source>The C table row '{cls}' has {count} values; it needs one per FVC class ({columns}).</source>
            <translation>The C table row '{cls}' has {count} values; it needs one per FVC class ({columns}).</translation>
        </message>
        <message>
            <source>land-cover mapping</source>
            <translation>land-cover mapping</translation>
        </message>
        <message>
            <source>The soil table '{name}' has '{value}' in column {column} for soil {code}; give a number in %.</source>
            <translation>The soil table '{name}' has '{value}' in column {column} for soil {code}; give a number in %.</translation>
        </message>
        <message>
            <source>the soil code</source>
            <translation>the soil code</translation>
        </message>
        <message>
            <source>sand (%)</source>
            <translation>sand (%)</translation>
        </message>
        <message>
            <source>silt (%)</source>
            <translation>silt (%)</translation>
        </message>
        <message>
            <source>clay (%)</source>
            <translation>clay (%)</translation>
        </message>
        <message>
            <source>The soil table '{name}' has neither organic carbon ({carbon}) nor organic matter ({matter}) in %.</source>
            <translation>The soil table '{name}' has neither organic carbon ({carbon}) nor organic matter ({matter}) in %.</translation>
        </message>
        <message>
            <source>The soil table '{name}' has the soil code '{code}', which is not a whole number.</source>
            <translation>The soil table '{name}' has the soil code '{code}', which is not a whole number.</translation>
        </message>
        <message>
            <source>The soil table '{name}' lists soil code {code} twice. Keep one row per code.</source>
            <translation>The soil table '{name}' lists soil code {code} twice. Keep one row per code.</translation>
        </message>
        <message>
            <source>The soil table '{name}' has no soil rows.</source>
            <translation>The soil table '{name}' has no soil rows.</translation>
        </message>
        <message>
            <source>{where}: '{text}' is not a date. Write dates as YYYY-MM-DD (or YYYY/MM/DD, YYYYMMDD).</source>
            <translation>{where}: '{text}' is not a date. Write dates as YYYY-MM-DD (or YYYY/MM/DD, YYYYMMDD).</translation>
        </message>
        <message>
            <source>{where}: the coordinate '{text}' is not a number.</source>
            <translation>{where}: the coordinate '{text}' is not a number.</translation>
        </message>
        <message>
            <source>the station id</source>
            <translation>the station id</translation>
        </message>
        <message>
            <source>the longitude</source>
            <translation>the longitude</translation>
        </message>
        <message>
            <source>the latitude</source>
            <translation>the latitude</translation>
        </message>
        <message>
            <source>{name}, line {line}</source>
            <translation>{name}, line {line}</translation>
        </message>
        <message>
            <source>The sites file '{name}' lists station {station} twice. Keep one row per station.</source>
            <translation>The sites file '{name}' lists station {station} twice. Keep one row per station.</translation>
        </message>
        <message>
            <source>the date</source>
            <translation>the date</translation>
        </message>
        <message>
            <source>{where}: station {station} has no coordinates. Add lon and lat columns, or give a sites file that lists it.</source>
            <translation>{where}: station {station} has no coordinates. Add lon and lat columns, or give a sites file that lists it.</translation>
        </message>
        <message>
            <source>{where}: station {station} appears at two places ({lon1}, {lat1}) and ({lon2}, {lat2}). A station id must name one station; fix the coordinates or the id.</source>
            <translation>{where}: station {station} appears at two places ({lon1}, {lat1}) and ({lon2}, {lat2}). A station id must name one station; fix the coordinates or the id.</translation>
        </message>
        <message>
            <source>{where}: station {station} has a second record for {day}. Keep one value per station and day.</source>
            <translation>{where}: station {station} has a second record for {day}. Keep one value per station and day.</translation>
        </message>
        <message>
            <source>The precipitation file '{name}' has neither a station and a precipitation column (long layout) nor one column per station (wide layout).</source>
            <translation>The precipitation file '{name}' has neither a station and a precipitation column (long layout) nor one column per station (wide layout).</translation>
        </message>
        <message>
            <source>The precipitation file '{name}' has no records.</source>
            <translation>The precipitation file '{name}' has no records.</translation>
        </message>
        <message>
            <source>Stations {first} and {second} stand at the same place ({lon}, {lat}). Remove the duplicate station or correct its coordinates.</source>
            <translation>Stations {first} and {second} stand at the same place ({lon}, {lat}). Remove the duplicate station or correct its coordinates.</translation>
        </message>
        <message>
            <source> and {count} more gaps</source>
            <translation> and {count} more gaps</translation>
        </message>
        <message>
            <source>Station {station} has no precipitation for {days} day(s) of {first}–{last}: {spans}. Fill the gaps from a neighbouring station, or limit the period to complete years with the first and last year parameters.</source>
            <translation>Station {station} has no precipitation for {days} day(s) of {first}–{last}: {spans}. Fill the gaps from a neighbouring station, or limit the period to complete years with the first and last year parameters.</translation>
        </message>
        <message>
            <source>Station {station} has {count} complete year(s) ({first}–{last}); at least {minimum} are needed for a multi-year mean. Add years of data, or lower the minimum number of years knowingly.</source>
            <translation>Station {station} has {count} complete year(s) ({first}–{last}); at least {minimum} are needed for a multi-year mean. Add years of data, or lower the minimum number of years knowingly.</translation>
        </message>
        <message>
            <source>Station {station} has coordinates ({lon}, {lat}), which are not longitude and latitude. Give degrees (projected metres or swapped columns are the usual cause).</source>
            <translation>Station {station} has coordinates ({lon}, {lat}), which are not longitude and latitude. Give degrees (projected metres or swapped columns are the usual cause).</translation>
        </message>
        <message>
            <source>Rainfall erosivity R</source>
            <translation>Rainfall erosivity R</translation>
        </message>
        <message>
            <source>Station {station} ({lon}, {lat}) lies {distance:.0f} km outside the grid, beyond the {margin:g} km that neighbouring stations may lie. Check its coordinates (lon and lat swapped?), remove it, or raise the station margin.</source>
            <translation>Station {station} ({lon}, {lat}) lies {distance:.0f} km outside the grid, beyond the {margin:g} km that neighbouring stations may lie. Check its coordinates (lon and lat swapped?), remove it, or raise the station margin.</translation>
        </message>
        <message>
            <source>Soil erodibility K</source>
            <translation>Soil erodibility K</translation>
        </message>
        <message>
            <source>soil table '{name}'</source>
            <translation>soil table '{name}'</translation>
        </message>
        <message>
            <source>Slope, aspect and relief</source>
            <translation>Slope, aspect and relief</translation>
        </message>
        <message>
            <source>A relief window of {area:g} km² is {requested}×{requested} cell(s) of {cell:g} m: with no neighbours every relief would be 0. It was grown to {cells}×{cells} cells ({used:g} km²). A {area:g} km² window needs cells of at most {needed:.0f} m (3 across its side): use a finer DEM and grid, or a larger window.</source>
            <translation>A relief window of {area:g} km² is {requested}×{requested} cell(s) of {cell:g} m: with no neighbours every relief would be 0. It was grown to {cells}×{cells} cells ({used:g} km²). A {area:g} km² window needs cells of at most {needed:.0f} m (3 across its side): use a finer DEM and grid, or a larger window.</translation>
        </message>
        <message>
            <source>Slope</source>
            <translation>Slope</translation>
        </message>
        <message>
            <source>Aspect (degrees clockwise from north, -1 flat)</source>
            <translation>Aspect (degrees clockwise from north, -1 flat)</translation>
        </message>
        <message>
            <source>Relief (highest minus lowest elevation in the window)</source>
            <translation>Relief (highest minus lowest elevation in the window)</translation>
        </message>
        <message>
            <source>The LS factor</source>
            <translation>The LS factor</translation>
        </message>
        <message>
            <source>Slope length and steepness factor LS</source>
            <translation>Slope length and steepness factor LS</translation>
        </message>
        <message>
            <source>Slope length λ (capped)</source>
            <translation>Slope length λ (capped)</translation>
        </message>
        <message>
            <source>The NDVI percentiles must satisfy 0 ≤ soil &lt; vegetation ≤ 100, got {low} and {high}.</source>
            <translation>The NDVI percentiles must satisfy 0 ≤ soil &lt; vegetation ≤ 100, got {low} and {high}.</translation>
        </message>
        <message>
            <source>The raster '{name}' has no valid cells (all nodata). Check its nodata value and extent.</source>
            <translation>The raster '{name}' has no valid cells (all nodata). Check its nodata value and extent.</translation>
        </message>
        <message>
            <source>Fractional vegetation cover FVC</source>
            <translation>Fractional vegetation cover FVC</translation>
        </message>
        <message>
            <source>The vegetation cover raster '{name}' has values from {low:g} to {high:g}; it must be a fraction between 0 and 1. Divide a percentage by 100.</source>
            <translation>The vegetation cover raster '{name}' has values from {low:g} to {high:g}; it must be a fraction between 0 and 1. Divide a percentage by 100.</translation>
        </message>
        <message>
            <source>Cover and management factor C</source>
            <translation>Cover and management factor C</translation>
        </message>
        <message>
            <source>The class raster '{layer}' holds fractional values ({values}), so it was resampled as if it were continuous. Use nearest-neighbour or majority resampling for class rasters.</source>
            <translation>The class raster '{layer}' holds fractional values ({values}), so it was resampled as if it were continuous. Use nearest-neighbour or majority resampling for class rasters.</translation>
        </message>
        <message>
            <source> and {count} more</source>
            <translation> and {count} more</translation>
        </message>
        <message>
            <source>The raster '{layer}' has code(s) {codes} that the {table} does not list. Add them to the table (or map them to a class) and run again; they are never taken as 0.</source>
            <translation>The raster '{layer}' has code(s) {codes} that the {table} does not list. Add them to the table (or map them to a class) and run again; they are never taken as 0.</translation>
        </message>
        <message>
            <source>{what} needs a reference grid in metres, but the grid is in degrees. Build the project grid in the province's Gauss–Krüger zone or Albers (the DEM is then reprojected to it).</source>
            <translation>{what} needs a reference grid in metres, but the grid is in degrees. Build the project grid in the province's Gauss–Krüger zone or Albers (the DEM is then reprojected to it).</translation>
        </message>
        <message>
            <source>Soil conservation Ac (RUSLE)</source>
            <translation>Soil conservation Ac (RUSLE)</translation>
        </message>
        <message>
            <source>Potential soil erosion R·K·LS</source>
            <translation>Potential soil erosion R·K·LS</translation>
        </message>
        <message>
            <source>Actual soil erosion R·K·LS·C·P</source>
            <translation>Actual soil erosion R·K·LS·C·P</translation>
        </message>
        <message>
            <source>The ecosystem mapping names type(s) {types} that the runoff coefficient table does not have: {known}.</source>
            <translation>The ecosystem mapping names type(s) {types} that the runoff coefficient table does not have: {known}.</translation>
        </message>
        <message>
            <source>ecosystem mapping</source>
            <translation>ecosystem mapping</translation>
        </message>
        <message>
            <source>Water conservation TQ (water balance)</source>
            <translation>Water conservation TQ (water balance)</translation>
        </message>
        <message>
            <source>Water conservation depth (water balance)</source>
            <translation>Water conservation depth (water balance)</translation>
        </message>
        <message>
            <source>Give either a DEM (for terrain roughness) or a roughness Kr raster, not both and not neither.</source>
            <translation>Give either a DEM (for terrain roughness) or a roughness Kr raster, not both and not neither.</translation>
        </message>
        <message>
            <source>Terrain roughness</source>
            <translation>Terrain roughness</translation>
        </message>
        <message>
            <source>A roughness window of {requested} cell(s) has no neighbours: ΔH, and so Kr, would be 0 everywhere. It was grown to {cells}×{cells} cells ({length:g} m across on this grid of {cell:g} m cells).</source>
            <translation>A roughness window of {requested} cell(s) has no neighbours: ΔH, and so Kr, would be 0 everywhere. It was grown to {cells}×{cells} cells ({length:g} m across on this grid of {cell:g} m cells).</translation>
        </message>
        <message>
            <source>Sand fixation SR (RWEQ)</source>
            <translation>Sand fixation SR (RWEQ)</translation>
        </message>
        <message>
            <source>Potential wind erosion S_Lpot (RWEQ)</source>
            <translation>Potential wind erosion S_Lpot (RWEQ)</translation>
        </message>
        <message>
            <source>Actual wind erosion S_L (RWEQ)</source>
            <translation>Actual wind erosion S_L (RWEQ)</translation>
        </message>
        <message>
            <source>The table '{what}' has {count} cells, not a whole number of rows of {width}.</source>
            <translation>The table '{what}' has {count} cells, not a whole number of rows of {width}.</translation>
        </message>
        <message>
            <source>Row {row} of the table '{what}' has '{text}' where a number belongs.</source>
            <translation>Row {row} of the table '{what}' has '{text}' where a number belongs.</translation>
        </message>
        <message>
            <source>Row {row} of the table '{what}': the code '{text}' is not a whole number.</source>
            <translation>Row {row} of the table '{what}': the code '{text}' is not a whole number.</translation>
        </message>
        <message>
            <source>C by land cover and FVC class</source>
            <translation>C by land cover and FVC class</translation>
        </message>
        <message>
            <source>Row {row} of the table '{what}': C values lie between 0 and 1.</source>
            <translation>Row {row} of the table '{what}': C values lie between 0 and 1.</translation>
        </message>
        <message>
            <source>Row {row} of the table '{what}' names no class for code {code}.</source>
            <translation>Row {row} of the table '{what}' names no class for code {code}.</translation>
        </message>
        <message>
            <source>Runoff coefficient by ecosystem (%)</source>
            <translation>Runoff coefficient by ecosystem (%)</translation>
        </message>
        <message>
            <source>'{excluded}' is reserved for codes that are not assessed; give the type another name.</source>
            <translation>'{excluded}' is reserved for codes that are not assessed; give the type another name.</translation>
        </message>
        <message>
            <source>Row {row} of the table '{what}': a runoff coefficient lies between 0 and 100 %.</source>
            <translation>Row {row} of the table '{what}': a runoff coefficient lies between 0 and 100 %.</translation>
        </message>
        <message>
            <source>Slope length exponent m by slope</source>
            <translation>Slope length exponent m by slope</translation>
        </message>
        <message>
            <source>Slope steepness S = a·sin θ + b by slope</source>
            <translation>Slope steepness S = a·sin θ + b by slope</translation>
        </message>
        <message>
            <source>The table '{what}' needs increasing upper slope bounds in degrees, the last one 90.</source>
            <translation>The table '{what}' needs increasing upper slope bounds in degrees, the last one 90.</translation>
        </message>
        <message>
            <source>'{what}' needs {count} numbers separated by commas, got '{text}'.</source>
            <translation>'{what}' needs {count} numbers separated by commas, got '{text}'.</translation>
        </message>
        <message>
            <source>'{what}' needs {count} increasing breaks separated by commas, each with the sign that says where a value on it goes (≥10: 10 opens the class above; &gt;90: 90 stays in the class below), got '{text}'.</source>
            <translation>'{what}' needs {count} increasing breaks separated by commas, each with the sign that says where a value on it goes (≥10: 10 opens the class above; &gt;90: 90 stays in the class below), got '{text}'.</translation>
        </message>
        <message>
            <source>The warm season '{text}' is not a list of months 1–12 such as 5-9.</source>
            <translation>The warm season '{text}' is not a list of months 1–12 such as 5-9.</translation>
        </message>
        <message>
            <source>The table '{name}' cannot be read ({reason}). Check that the file exists.</source>
            <translation>The table '{name}' cannot be read ({reason}). Check that the file exists.</translation>
        </message>
        <message>
            <source>The table '{name}' is neither UTF-8 nor GBK text. Save it as UTF-8 CSV.</source>
            <translation>The table '{name}' is neither UTF-8 nor GBK text. Save it as UTF-8 CSV.</translation>
        </message>
        <message>
            <source>The table '{name}' has no header and no rows.</source>
            <translation>The table '{name}' has no header and no rows.</translation>
        </message>
        <message>
            <source>The table '{name}' has no column for {what}. Name one of its columns {aliases}; it has {header}.</source>
            <translation>The table '{name}' has no column for {what}. Name one of its columns {aliases}; it has {header}.</translation>
        </message>
        <message>
            <source>Choose at least one sensitivity type to assess.</source>
            <translation>Choose at least one sensitivity type to assess.</translation>
        </message>
        <message>
            <source>{type} sensitivity needs at least one of its factors ({factors}); none was given.</source>
            <translation>{type} sensitivity needs at least one of its factors ({factors}); none was given.</translation>
        </message>
        <message>
            <source>The texture table has no scores for {type}.</source>
            <translation>The texture table has no scores for {type}.</translation>
        </message>
        <message>
            <source>The factor table has no row for {type} / {factor}. Add one.</source>
            <translation>The factor table has no row for {type} / {factor}. Add one.</translation>
        </message>
        <message>
            <source>Choose at least one sensitivity output to write.</source>
            <translation>Choose at least one sensitivity output to write.</translation>
        </message>
        <message>
            <source>{zh} sensitivity composite (geometric mean of factor scores)</source>
            <translation>{zh} sensitivity composite (geometric mean of factor scores)</translation>
        </message>
        <message>
            <source>{zh} sensitivity grade</source>
            <translation>{zh} sensitivity grade</translation>
        </message>
        <message>
            <source>Integrated ecological sensitivity grade (highest over types)</source>
            <translation>Integrated ecological sensitivity grade (highest over types)</translation>
        </message>
        <message>
            <source>Types that reach the highest grade (bit sum)</source>
            <translation>Types that reach the highest grade (bit sum)</translation>
        </message>
        <message>
            <source>The factor table must have 4 columns (type, factor, breaks, scores); it has {n} cells.</source>
            <translation>The factor table must have 4 columns (type, factor, breaks, scores); it has {n} cells.</translation>
        </message>
        <message>
            <source>Row {row} of the factor table: '{type}' / '{factor}' is not a threshold factor of a sensitivity type. Valid types: {types}.</source>
            <translation>Row {row} of the factor table: '{type}' / '{factor}' is not a threshold factor of a sensitivity type. Valid types: {types}.</translation>
        </message>
        <message>
            <source>Row {row} of the factor table: breaks and scores must be numbers separated by ';', each break with the sign its table writes (≤ ≥ &lt; &gt;), e.g. ≤0.2;≥0.6.</source>
            <translation>Row {row} of the factor table: breaks and scores must be numbers separated by ';', each break with the sign its table writes (≤ ≥ &lt; &gt;), e.g. ≤0.2;≥0.6.</translation>
        </message>
        <message>
            <source>Row {row} of the factor table ({type} / {factor}): give increasing breaks and one positive score more than there are breaks, e.g. breaks &lt;100;&gt;600 and scores 1;3;5.</source>
            <translation>Row {row} of the factor table ({type} / {factor}): give increasing breaks and one positive score more than there are breaks, e.g. breaks &lt;100;&gt;600 and scores 1;3;5.</translation>
        </message>
        <message>
            <source>The texture table must have {width} columns (code, class and one score per type); it has {n} cells.</source>
            <translation>The texture table must have {width} columns (code, class and one score per type); it has {n} cells.</translation>
        </message>
        <message>
            <source>Row {row} of the texture table: the code and the scores must be numbers.</source>
            <translation>Row {row} of the texture table: the code and the scores must be numbers.</translation>
        </message>
        <message>
            <source>Row {row} of the texture table: scores must be positive.</source>
            <translation>Row {row} of the texture table: scores must be positive.</translation>
        </message>
        <message>
            <source>The composite breaks '{text}' are not valid: give increasing numbers separated by commas, such as 2.0,4.0.</source>
            <translation>The composite breaks '{text}' are not valid: give increasing numbers separated by commas, such as 2.0,4.0.</translation>
        </message>
        <message>
            <source>Unknown sensitivity scheme '{key}'.</source>
            <translation>Unknown sensitivity scheme '{key}'.</translation>
        </message>
        <message>
            <source>Give at least one graded raster (importance or sensitivity).</source>
            <translation>Give at least one graded raster (importance or sensitivity).</translation>
        </message>
        <message>
            <source>The sieve must be 0 (off) or an area in hectares, got {n}.</source>
            <translation>The sieve must be 0 (off) or an area in hectares, got {n}.</translation>
        </message>
        <message>
            <source>The graded raster '{name}' is in degrees; cells have no constant area there. Grade on the project's projected grid (Gauss–Krüger zone or province Albers).</source>
            <translation>The graded raster '{name}' is in degrees; cells have no constant area there. Grade on the project's projected grid (Gauss–Krüger zone or province Albers).</translation>
        </message>
        <message>
            <source>province boundary</source>
            <translation>province boundary</translation>
        </message>
        <message>
            <source>The boundary '{name}' holds no polygons. Choose the province polygon layer.</source>
            <translation>The boundary '{name}' holds no polygons. Choose the province polygon layer.</translation>
        </message>
        <message>
            <source>The county layer '{name}' has the code {code!r} in field {field}, not a 6-digit GB/T 2260 code. Choose the field that holds the county codes.</source>
            <translation>The county layer '{name}' has the code {code!r} in field {field}, not a 6-digit GB/T 2260 code. Choose the field that holds the county codes.</translation>
        </message>
        <message>
            <source>The county layer '{name}' holds no polygons.</source>
            <translation>The county layer '{name}' holds no polygons.</translation>
        </message>
        <message>
            <source>County {county} has used all 9999 codes of type {type}; the standard's HXBM has no room for more.</source>
            <translation>County {county} has used all 9999 codes of type {type}; the standard's HXBM has no room for more.</translation>
        </message>
        <message>
            <source>The coded patches go into the workspace GeoPackage (with the retired codes beside them); '{path}' is not one.</source>
            <translation>The coded patches go into the workspace GeoPackage (with the retired codes beside them); '{path}' is not one.</translation>
        </message>
        <message>
            <source>the patch was removed</source>
            <translation>the patch was removed</translation>
        </message>
        <message>
            <source>the patch was split or merged; no part holds more than half of it</source>
            <translation>the patch was split or merged; no part holds more than half of it</translation>
        </message>
        <message>
            <source>the patch now lies in county {county}</source>
            <translation>the patch now lies in county {county}</translation>
        </message>
        <message>
            <source>the patch's dominant function is now {hxlx}</source>
            <translation>the patch's dominant function is now {hxlx}</translation>
        </message>
        <message>
            <source>the patch changed by more than half</source>
            <translation>the patch changed by more than half</translation>
        </message>
        <message>
            <source>protected cores</source>
            <translation>protected cores</translation>
        </message>
        <message>
            <source>The graded raster '{name}' does not say which function or type it grades (no band of bits, no 'type' in its metadata). Give its function (HXLX code) in the parameters.</source>
            <translation>The graded raster '{name}' does not say which function or type it grades (no band of bits, no 'type' in its metadata). Give its function (HXLX code) in the parameters.</translation>
        </message>
        <message>
            <source>'{code}' is not an HXLX code. Use one of {codes}.</source>
            <translation>'{code}' is not an HXLX code. Use one of {codes}.</translation>
        </message>
        <message>
            <source>The graded raster '{name}' names a function '{key}' that has no HXLX code. Known: {known}.</source>
            <translation>The graded raster '{name}' names a function '{key}' that has no HXLX code. Known: {known}.</translation>
        </message>
        <message>
            <source>{field}: {rule}</source>
            <translation>{field}: {rule}</translation>
        </message>
        <message>
            <source>{field}: HXLX codes separated by ';'</source>
            <translation>{field}: HXLX codes separated by ';'</translation>
        </message>
        <message>
            <source>deleted or recoded while editing</source>
            <translation>deleted or recoded while editing</translation>
        </message>
        <message>
            <source>The protected-zone table needs three columns: category, zones, include.</source>
            <translation>The protected-zone table needs three columns: category, zones, include.</translation>
        </message>
        <message>
            <source>No protected-area zone qualifies under the rule table; check the type and zone fields and the table.</source>
            <translation>No protected-area zone qualifies under the rule table; check the type and zone fields and the table.</translation>
        </message>
        <message>
            <source>aggregation: {n} patches joined across gaps under {d:g} m</source>
            <translation>aggregation: {n} patches joined across gaps under {d:g} m</translation>
        </message>
        <message>
            <source>holes under {a:g} km² filled</source>
            <translation>holes under {a:g} km² filled</translation>
        </message>
        <message>
            <source>under the minimum area of {a:g} km² and touching no protected area</source>
            <translation>under the minimum area of {a:g} km² and touching no protected area</translation>
        </message>
        <message>
            <source>smoothed within {t:g} m</source>
            <translation>smoothed within {t:g} m</translation>
        </message>
        <message>
            <source>snapped to {layers} within {t:g} m</source>
            <translation>snapped to {layers} within {t:g} m</translation>
        </message>
        <message>
            <source>{reason} (input patch {pid})</source>
            <translation>{reason} (input patch {pid})</translation>
        </message>
        <message>
            <source>Cannot write '{path}': choose a GeoPackage (.gpkg) or a shapefile (.shp) as the output.</source>
            <translation>Cannot write '{path}': choose a GeoPackage (.gpkg) or a shapefile (.shp) as the output.</translation>
        </message>
        <message>
            <source>The GeoPackage '{path}' cannot be opened for writing ({reason}). Close other programs using it.</source>
            <translation>The GeoPackage '{path}' cannot be opened for writing ({reason}). Close other programs using it.</translation>
        </message>
        <message>
            <source>The layer '{name}' has no coordinate reference system. Set it (Layer Properties ▸ Source) and run again.</source>
            <translation>The layer '{name}' has no coordinate reference system. Set it (Layer Properties ▸ Source) and run again.</translation>
        </message>
        <message>
            <source>The layer '{name}' has no field '{field}'. Choose an existing field (fields: {fields}).</source>
            <translation>The layer '{name}' has no field '{field}'. Choose an existing field (fields: {fields}).</translation>
        </message>
        <message>
            <source>Cancelled by the user; nothing was written.</source>
            <translation>Cancelled by the user; nothing was written.</translation>
        </message>
        <message>
            <source>The red-line layer '{name}' has no HXBM field.</source>
            <translation>The red-line layer '{name}' has no HXBM field.</translation>
        </message>
        <message>
            <source>'{code}' in the type mapping is not a human-activity code.</source>
            <translation>'{code}' in the type mapping is not a human-activity code.</translation>
        </message>
        <message>
            <source>'{field}' cannot be filled from the source layer: it is not an editable activity field.</source>
            <translation>'{field}' cannot be filled from the source layer: it is not an editable activity field.</translation>
        </message>
        <message>
            <source>The layer '{name}' has no field '{field}'. Choose one of: {fields}.</source>
            <translation>The layer '{name}' has no field '{field}'. Choose one of: {fields}.</translation>
        </message>
        <message>
            <source>The layer '{name}' has no CRS. Assign one before importing it.</source>
            <translation>The layer '{name}' has no CRS. Assign one before importing it.</translation>
        </message>
        <message>
            <source>The layer '{name}' has type values without an activity code: {values}. Map them in the type mapping.</source>
            <translation>The layer '{name}' has type values without an activity code: {values}. Map them in the type mapping.</translation>
        </message>
        <message>
            <source>There is no conflict {id} in this workspace.</source>
            <translation>There is no conflict {id} in this workspace.</translation>
        </message>
        <message>
            <source>The conflict on {uuid} was already resolved ({resolution}).</source>
            <translation>The conflict on {uuid} was already resolved ({resolution}).</translation>
        </message>
        <message>
            <source>Give the edited values to resolve the conflict on {uuid}.</source>
            <translation>Give the edited values to resolve the conflict on {uuid}.</translation>
        </message>
        <message>
            <source>The layer '{name}' cannot be read ({reason}). Check that the file exists.</source>
            <translation>The layer '{name}' cannot be read ({reason}). Check that the file exists.</translation>
        </message>
        <message>
            <source>The layer '{name}' was not found in '{path}'.</source>
            <translation>The layer '{name}' was not found in '{path}'.</translation>
        </message>
        <message>
            <source>Legend values must lie between 0 and 1048575.</source>
            <translation>Legend values must lie between 0 and 1048575.</translation>
        </message>
        <message>
            <source>The legend has too many distinct target classes (at most 99).</source>
            <translation>The legend has too many distinct target classes (at most 99).</translation>
        </message>
        <message>
            <source>The land-cover raster '{name}' does not overlap the red line. Check both layers' CRS and extent.</source>
            <translation>The land-cover raster '{name}' does not overlap the red line. Check both layers' CRS and extent.</translation>
        </message>
        <message>
            <source>The red-line layer '{name}' has no HXBM field. Use the red-line patch layer (STBHHX) of the workspace.</source>
            <translation>The red-line layer '{name}' has no HXBM field. Use the red-line patch layer (STBHHX) of the workspace.</translation>
        </message>
        <message>
            <source>The red-line layer '{name}' has no CRS. Assign EPSG:4490 to it first.</source>
            <translation>The red-line layer '{name}' has no CRS. Assign EPSG:4490 to it first.</translation>
        </message>
        <message>
            <source>The red-line layer '{name}' has no patches with an HXBM code.</source>
            <translation>The red-line layer '{name}' has no patches with an HXBM code.</translation>
        </message>
        <message>
            <source>The red-line layer '{name}' has more than {limit} patches.</source>
            <translation>The red-line layer '{name}' has more than {limit} patches.</translation>
        </message>
        <message>
            <source>The current year ({current}) must come after the baseline year ({baseline}).</source>
            <translation>The current year ({current}) must come after the baseline year ({baseline}).</translation>
        </message>
        <message>
            <source>The degree breaks must be increasing percentages above 0, such as 10 and 30.</source>
            <translation>The degree breaks must be increasing percentages above 0, such as 10 and 30.</translation>
        </message>
        <message>
            <source>Comparing land cover on {grid}.</source>
            <translation>Comparing land cover on {grid}.</translation>
        </message>
        <message>
            <source>No cell inside the red line changed from ecological land to built-up, mining, farmland or bare land.</source>
            <translation>No cell inside the red line changed from ecological land to built-up, mining, farmland or bare land.</translation>
        </message>
        <message>
            <source>The red-line patch {hxbm} already has 9999 damage codes; no SSBM is left.</source>
            <translation>The red-line patch {hxbm} already has 9999 damage codes; no SSBM is left.</translation>
        </message>
        <message>
            <source>Choose at least one county for the field package.</source>
            <translation>Choose at least one county for the field package.</translation>
        </message>
        <message>
            <source>'{code}' is not a 6-digit county code (GB/T 2260).</source>
            <translation>'{code}' is not a 6-digit county code (GB/T 2260).</translation>
        </message>
        <message>
            <source>The field package '{path}' must be a GeoPackage (.gpkg).</source>
            <translation>The field package '{path}' must be a GeoPackage (.gpkg).</translation>
        </message>
        <message>
            <source>The red-line layer has no patches in the counties {counties}. Check the county codes.</source>
            <translation>The red-line layer has no patches in the counties {counties}. Check the county codes.</translation>
        </message>
        <message>
            <source>The red-line layer '{name}' cannot be read ({reason}). Give the STBHHX layer of the workspace.</source>
            <translation>The red-line layer '{name}' cannot be read ({reason}). Give the STBHHX layer of the workspace.</translation>
        </message>
        <message>
            <source>The workspace has no red-line layer '{layer}'. Run the delineation first or give the red-line layer.</source>
            <translation>The workspace has no red-line layer '{layer}'. Run the delineation first or give the red-line layer.</translation>
        </message>
        <message>
            <source>The red-line layer '{name}' has no XZQDM (county code) field. Give the STBHHX layer of the workspace.</source>
            <translation>The red-line layer '{name}' has no XZQDM (county code) field. Give the STBHHX layer of the workspace.</translation>
        </message>
        <message>
            <source>The basemap '{name}' cannot be read ({reason}). Check that the file exists.</source>
            <translation>The basemap '{name}' cannot be read ({reason}). Check that the file exists.</translation>
        </message>
        <message>
            <source>The basemap '{name}' has no CRS. Assign one before packing it.</source>
            <translation>The basemap '{name}' has no CRS. Assign one before packing it.</translation>
        </message>
        <message>
            <source>The basemap '{name}' does not cover the chosen counties.</source>
            <translation>The basemap '{name}' does not cover the chosen counties.</translation>
        </message>
        <message>
            <source>Red Line Workbench field form and style</source>
            <translation>Red Line Workbench field form and style</translation>
        </message>
        <message>
            <source>The style of '{layer}' could not be stored in the field package ({reason}).</source>
            <translation>The style of '{layer}' could not be stored in the field package ({reason}).</translation>
        </message>
        <message>
            <source>'{name}' is not a Red Line Workbench field package (it has no export stamp).</source>
            <translation>'{name}' is not a Red Line Workbench field package (it has no export stamp).</translation>
        </message>
        <message>
            <source>a row for county {county}, which the package was not exported for ({counties})</source>
            <translation>a row for county {county}, which the package was not exported for ({counties})</translation>
        </message>
        <message>
            <source>the same uuid appears {count} times with different content (copy {number} of {count})</source>
            <translation>the same uuid appears {count} times with different content (copy {number} of {count})</translation>
        </message>
        <message>
            <source>The field package '{name}' cannot be opened ({reason}).</source>
            <translation>The field package '{name}' cannot be opened ({reason}).</translation>
        </message>
        <message>
            <source>The field package '{name}' was made by a newer Red Line Workbench (ledger schema {version}). Update the plugin.</source>
            <translation>The field package '{name}' was made by a newer Red Line Workbench (ledger schema {version}). Update the plugin.</translation>
        </message>
        <message>
            <source>The field package '{name}' was exported from another workspace. Import it into the workspace it came from.</source>
            <translation>The field package '{name}' was exported from another workspace. Import it into the workspace it came from.</translation>
        </message>
        <message>
            <source>Images (*.jpg *.jpeg *.png *.heic)</source>
            <translation>Images (*.jpg *.jpeg *.png *.heic)</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>{field} is required</source>
            <translation>{field} is required</translation>
        </message>
        <message>
            <source>{field} is required when the row records a change</source>
            <translation>{field} is required when the row records a change</translation>
        </message>
        <message>
            <source>The photo must lie in the workspace folder</source>
            <translation>The photo must lie in the workspace folder</translation>
        </message>
        <message>
            <source>The layer '{name}' is not a ledger layer.</source>
            <translation>The layer '{name}' is not a ledger layer.</translation>
        </message>
        <message>
            <source>The ledger layer '{layer}' cannot be opened from '{path}'. Open the workspace once with the plugin to create it.</source>
            <translation>The ledger layer '{layer}' cannot be opened from '{path}'. Open the workspace once with the plugin to create it.</translation>
        </message>
        <message>
            <source>Averaging the function indicators per county over the red line on {grid}.</source>
            <translation>Averaging the function indicators per county over the red line on {grid}.</translation>
        </message>
        <message>
            <source>Give at least one of the rasters FVC, NPP or a function index.</source>
            <translation>Give at least one of the rasters FVC, NPP or a function index.</translation>
        </message>
        <message>
            <source>The baseline year ({baseline}) must not come after the year of the rasters ({year}).</source>
            <translation>The baseline year ({baseline}) must not come after the year of the rasters ({year}).</translation>
        </message>
        <message>
            <source>The trend tolerance must be a percentage of 0 or more.</source>
            <translation>The trend tolerance must be a percentage of 0 or more.</translation>
        </message>
        <message>
            <source>The ledger snapshot '{path}' must be a GeoPackage (.gpkg).</source>
            <translation>The ledger snapshot '{path}' must be a GeoPackage (.gpkg).</translation>
        </message>
        <message>
            <source>The ledger snapshot could not be written to '{path}' ({reason}).</source>
            <translation>The ledger snapshot could not be written to '{path}' ({reason}).</translation>
        </message>
        <message>
            <source>'{category}' is not a land-cover category of the ledger. Use one of: {categories}.</source>
            <translation>'{category}' is not a land-cover category of the ledger. Use one of: {categories}.</translation>
        </message>
        <message>
            <source>The legend value '{value}' is not a whole number. Give the raster's class values in the first column.</source>
            <translation>The legend value '{value}' is not a whole number. Give the raster's class values in the first column.</translation>
        </message>
        <message>
            <source>The legend lists the class value {value} twice.</source>
            <translation>The legend lists the class value {value} twice.</translation>
        </message>
        <message>
            <source>The legend gives '{code}' for class {value}, which is not a human-activity code.</source>
            <translation>The legend gives '{code}' for class {value}, which is not a human-activity code.</translation>
        </message>
        <message>
            <source>The legend needs at least one ecological class and one built-up, mining, farmland or bare class.</source>
            <translation>The legend needs at least one ecological class and one built-up, mining, farmland or bare class.</translation>
        </message>
        <message>
            <source>The workspace table '{table}' already has a column '{column}' that the ledger needs to add. Rename or remove that column in the workspace, then open it again.</source>
            <translation>The workspace table '{table}' already has a column '{column}' that the ledger needs to add. Rename or remove that column in the workspace, then open it again.</translation>
        </message>
        <message>
            <source>The workspace '{name}' holds a ledger of schema version {found}, written by a newer Red Line Workbench; this plugin reads up to version {supported}. Update the plugin before opening this workspace.</source>
            <translation>The workspace '{name}' holds a ledger of schema version {found}, written by a newer Red Line Workbench; this plugin reads up to version {supported}. Update the plugin before opening this workspace.</translation>
        </message>
        <message>
            <source>The workspace '{name}' has ledger tables ({tables}) but no ledger_schema table, so their version is unknown. Rename those tables or restore the workspace from a backup, then open it again.</source>
            <translation>The workspace '{name}' has ledger tables ({tables}) but no ledger_schema table, so their version is unknown. Rename those tables or restore the workspace from a backup, then open it again.</translation>
        </message>
        <message>
            <source>Counting land cover per red-line patch on {grid}.</source>
            <translation>Counting land cover per red-line patch on {grid}.</translation>
        </message>
        <message>
            <source>The baseline year ({baseline}) must not come after the year of the land cover ({year}).</source>
            <translation>The baseline year ({baseline}) must not come after the year of the land cover ({year}).</translation>
        </message>
        <message>
            <source>The nature ledger has no rows for the baseline year {year}: the change from the baseline is left empty. Run this step on the baseline year's land cover first.</source>
            <translation>The nature ledger has no rows for the baseline year {year}: the change from the baseline is left empty. Run this step on the baseline year's land cover first.</translation>
        </message>
        <message>
            <source>Patches</source>
            <translation>Patches</translation>
        </message>
        <message>
            <source>Area (ha)</source>
            <translation>Area (ha)</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(not set)</translation>
        </message>
        <message>
            <source>Damaged ecosystems by county</source>
            <translation>Damaged ecosystems by county</translation>
        </message>
        <message>
            <source>County code</source>
            <translation>County code</translation>
        </message>
        <message>
            <source>Damaged ecosystems by damage type</source>
            <translation>Damaged ecosystems by damage type</translation>
        </message>
        <message>
            <source>Damage type</source>
            <translation>Damage type</translation>
        </message>
        <message>
            <source>Damaged ecosystems by restoration status</source>
            <translation>Damaged ecosystems by restoration status</translation>
        </message>
        <message>
            <source>Restoration status</source>
            <translation>Restoration status</translation>
        </message>
        <message>
            <source>Human activities by type</source>
            <translation>Human activities by type</translation>
        </message>
        <message>
            <source>Activity type</source>
            <translation>Activity type</translation>
        </message>
        <message>
            <source>Human activities by legal status</source>
            <translation>Human activities by legal status</translation>
        </message>
        <message>
            <source>Legal status</source>
            <translation>Legal status</translation>
        </message>
        <message>
            <source>Ledger statistics</source>
            <translation>Ledger statistics</translation>
        </message>
        <message>
            <source>'{value}' is not a ledger row identifier (uuid).</source>
            <translation>'{value}' is not a ledger row identifier (uuid).</translation>
        </message>
        <message>
            <source>The ledger layer '{layer}' has no field '{field}'. Check the field mapping.</source>
            <translation>The ledger layer '{layer}' has no field '{field}'. Check the field mapping.</translation>
        </message>
        <message>
            <source>{field} ({alias}) is required in the ledger layer '{layer}'. Fill it in and save again.</source>
            <translation>{field} ({alias}) is required in the ledger layer '{layer}'. Fill it in and save again.</translation>
        </message>
        <message>
            <source>The value '{value}' of {field} ({alias}) in the ledger layer '{layer}' is not in its code list. Use one of: {codes}.</source>
            <translation>The value '{value}' of {field} ({alias}) in the ledger layer '{layer}' is not in its code list. Use one of: {codes}.</translation>
        </message>
        <message>
            <source>{field} ({alias}) in the ledger layer '{layer}' holds at most {length} characters; '{value}' is longer.</source>
            <translation>{field} ({alias}) in the ledger layer '{layer}' holds at most {length} characters; '{value}' is longer.</translation>
        </message>
        <message>
            <source>The photo '{path}' in {field} of the ledger layer '{layer}' must be a path relative to the workspace folder and inside it. Attach the photo again from the form.</source>
            <translation>The photo '{path}' in {field} of the ledger layer '{layer}' must be a path relative to the workspace folder and inside it. Attach the photo again from the form.</translation>
        </message>
        <message>
            <source>The workspace '{path}' does not exist. Choose the province's workspace GeoPackage.</source>
            <translation>The workspace '{path}' does not exist. Choose the province's workspace GeoPackage.</translation>
        </message>
        <message>
            <source>The workspace '{path}' cannot be opened for writing ({reason}). Check that it is a GeoPackage and not read-only.</source>
            <translation>The workspace '{path}' cannot be opened for writing ({reason}). Check that it is a GeoPackage and not read-only.</translation>
        </message>
        <message>
            <source>The workspace '{path}' is not a GeoPackage.</source>
            <translation>The workspace '{path}' is not a GeoPackage.</translation>
        </message>
        <message>
            <source>'{layer}' is not a ledger layer.</source>
            <translation>'{layer}' is not a ledger layer.</translation>
        </message>
        <message>
            <source>The ledger layer '{layer}' has no row {fid}.</source>
            <translation>The ledger layer '{layer}' has no row {fid}.</translation>
        </message>
        <message>
            <source>The ledger layer '{layer}' already has a current row {uuid}.</source>
            <translation>The ledger layer '{layer}' already has a current row {uuid}.</translation>
        </message>
        <message>
            <source>The ledger layer '{layer}' has no current row {uuid}: it was deleted or never existed.</source>
            <translation>The ledger layer '{layer}' has no current row {uuid}: it was deleted or never existed.</translation>
        </message>
        <message>
            <source>The red-line layer '{name}' holds the code {hxbm} twice. Give every patch its own HXBM first.</source>
            <translation>The red-line layer '{name}' holds the code {hxbm} twice. Give every patch its own HXBM first.</translation>
        </message>
        <message>
            <source>{count} features of the red-line layer '{name}' have no HXBM code or no geometry. Code the patches (Delineation ▸ Code patches) before syncing the area ledger.</source>
            <translation>{count} features of the red-line layer '{name}' have no HXBM code or no geometry. Code the patches (Delineation ▸ Code patches) before syncing the area ledger.</translation>
        </message>
        <message>
            <source>The area ledger has two current rows for the patch {hxbm}. Delete the wrong one in the ledger's form, then sync again.</source>
            <translation>The area ledger has two current rows for the patch {hxbm}. Delete the wrong one in the ledger's form, then sync again.</translation>
        </message>
        <message>
            <source>Checking '{name}'…</source>
            <translation>Checking '{name}'…</translation>
        </message>
        <message>
            <source>{layer}: {message} {fix}</source>
            <translation>{layer}: {message} {fix}</translation>
        </message>
        <message>
            <source>Give the input one of the roles listed.</source>
            <translation>Give the input one of the roles listed.</translation>
        </message>
        <message>
            <source>Check the path, or open the file in QGIS to see whether GDAL can read it.</source>
            <translation>Check the path, or open the file in QGIS to see whether GDAL can read it.</translation>
        </message>
        <message>
            <source>The raster has no coordinate reference system.</source>
            <translation>The raster has no coordinate reference system.</translation>
        </message>
        <message>
            <source>Assign the CRS the data were made in (Raster ▸ Projections ▸ Assign Projection) and check again.</source>
            <translation>Assign the CRS the data were made in (Raster ▸ Projections ▸ Assign Projection) and check again.</translation>
        </message>
        <message>
            <source>The raster does not overlap the study area: {where}.</source>
            <translation>The raster does not overlap the study area: {where}.</translation>
        </message>
        <message>
            <source>Check that it is the right file and that its declared CRS is the one the data are in.</source>
            <translation>Check that it is the right file and that its declared CRS is the one the data are in.</translation>
        </message>
        <message>
            <source>Use a raster that covers the whole province (with a margin), or mosaic the neighbouring tiles (Raster ▸ Miscellaneous ▸ Merge).</source>
            <translation>Use a raster that covers the whole province (with a margin), or mosaic the neighbouring tiles (Raster ▸ Miscellaneous ▸ Merge).</translation>
        </message>
        <message>
            <source>Covers the study area.</source>
            <translation>Covers the study area.</translation>
        </message>
        <message>
            <source>The raster has {count} band(s); band {band} does not exist.</source>
            <translation>The raster has {count} band(s); band {band} does not exist.</translation>
        </message>
        <message>
            <source>Choose a band between 1 and {count}.</source>
            <translation>Choose a band between 1 and {count}.</translation>
        </message>
        <message>
            <source>A {role} raster needs {expected} bands (one per month, January first); this one has {count}.</source>
            <translation>A {role} raster needs {expected} bands (one per month, January first); this one has {count}.</translation>
        </message>
        <message>
            <source>Stack the monthly rasters into one (Raster ▸ Miscellaneous ▸ Build Virtual Raster, 'Place each input file into a separate band').</source>
            <translation>Stack the monthly rasters into one (Raster ▸ Miscellaneous ▸ Build Virtual Raster, 'Place each input file into a separate band').</translation>
        </message>
        <message>
            <source>On the reference grid: read as it is.</source>
            <translation>On the reference grid: read as it is.</translation>
        </message>
        <message>
            <source>On the reference grid's lattice: read as a window, without resampling.</source>
            <translation>On the reference grid's lattice: read as a window, without resampling.</translation>
        </message>
        <message>
            <source>CRS {crs}</source>
            <translation>CRS {crs}</translation>
        </message>
        <message>
            <source>cells {ratio:.3g}× the grid's</source>
            <translation>cells {ratio:.3g}× the grid's</translation>
        </message>
        <message>
            <source>cells offset from the grid's</source>
            <translation>cells offset from the grid's</translation>
        </message>
        <message>
            <source>Not on the reference grid ({differences}): it will be resampled to the grid with '{method}'.</source>
            <translation>Not on the reference grid ({differences}): it will be resampled to the grid with '{method}'.</translation>
        </message>
        <message>
            <source>Nothing to do if that suits the data; to control it, warp the raster to the grid first (Raster ▸ Projections ▸ Warp).</source>
            <translation>Nothing to do if that suits the data; to control it, warp the raster to the grid first (Raster ▸ Projections ▸ Warp).</translation>
        </message>
        <message>
            <source>Its cells are {ratio:.3g} times as large as the grid's: resampling adds no detail, so the results will show its coarse cells.</source>
            <translation>Its cells are {ratio:.3g} times as large as the grid's: resampling adds no detail, so the results will show its coarse cells.</translation>
        </message>
        <message>
            <source>Use finer data if there are any, or a coarser reference grid.</source>
            <translation>Use finer data if there are any, or a coarser reference grid.</translation>
        </message>
        <message>
            <source> (from a sample of blocks)</source>
            <translation> (from a sample of blocks)</translation>
        </message>
        <message>
            <source>No valid cell over the study area{sample}: the raster is entirely nodata there.</source>
            <translation>No valid cell over the study area{sample}: the raster is entirely nodata there.</translation>
        </message>
        <message>
            <source>Check its nodata value (Layer Properties ▸ Transparency) and that it holds data for this province.</source>
            <translation>Check its nodata value (Layer Properties ▸ Transparency) and that it holds data for this province.</translation>
        </message>
        <message>
            <source>No nodata value is declared, and {count:,} cells hold {fill:g}, a typical fill value: they would be used as data.</source>
            <translation>No nodata value is declared, and {count:,} cells hold {fill:g}, a typical fill value: they would be used as data.</translation>
        </message>
        <message>
            <source>Declare the nodata value (gdal_edit.py -a_nodata {fill:g} file, or Layer Properties ▸ Transparency, then save a copy).</source>
            <translation>Declare the nodata value (gdal_edit.py -a_nodata {fill:g} file, or Layer Properties ▸ Transparency, then save a copy).</translation>
        </message>
        <message>
            <source>No nodata value declared; NaN cells are taken as nodata.</source>
            <translation>No nodata value declared; NaN cells are taken as nodata.</translation>
        </message>
        <message>
            <source>No nodata value is declared: every cell counts as data, including any fill around the province.</source>
            <translation>No nodata value is declared: every cell counts as data, including any fill around the province.</translation>
        </message>
        <message>
            <source>If the raster has a fill value, declare it as nodata (gdal_edit.py -a_nodata VALUE file).</source>
            <translation>If the raster has a fill value, declare it as nodata (gdal_edit.py -a_nodata VALUE file).</translation>
        </message>
        <message>
            <source>Nodata is declared ({nodata}).</source>
            <translation>Nodata is declared ({nodata}).</translation>
        </message>
        <message>
            <source>a mask</source>
            <translation>a mask</translation>
        </message>
        <message>
            <source>{low:.6g} to {high:.6g}</source>
            <translation>{low:.6g} to {high:.6g}</translation>
        </message>
        <message>
            <source>Values {observed} {unit}{sample}, as expected.</source>
            <translation>Values {observed} {unit}{sample}, as expected.</translation>
        </message>
        <message>
            <source>{count:,} cells ({share:.2g} %) lie outside the possible range of {role} ({lo:g} to {hi:g}, {unit}); values are {observed}{sample}.</source>
            <translation>{count:,} cells ({share:.2g} %) lie outside the possible range of {role} ({lo:g} to {hi:g}, {unit}); values are {observed}{sample}.</translation>
        </message>
        <message>
            <source>Set those cells to nodata or correct them (Raster Calculator), and check the unit and the nodata value.</source>
            <translation>Set those cells to nodata or correct them (Raster Calculator), and check the unit and the nodata value.</translation>
        </message>
        <message>
            <source>Values {observed} {unit}{sample} are unusual for {role} in a province ({lo:g} to {hi:g} expected).</source>
            <translation>Values {observed} {unit}{sample} are unusual for {role} in a province ({lo:g} to {hi:g} expected).</translation>
        </message>
        <message>
            <source>Check the unit and the nodata value with the data's provider.</source>
            <translation>Check the unit and the nodata value with the data's provider.</translation>
        </message>
        <message>
            <source>Every valid cell holds {value:g}: a min–max rescaling of it is undefined.</source>
            <translation>Every valid cell holds {value:g}: a min–max rescaling of it is undefined.</translation>
        </message>
        <message>
            <source>Check that this is the intended raster; a constant factor does not distinguish any place.</source>
            <translation>Check that this is the intended raster; a constant factor does not distinguish any place.</translation>
        </message>
        <message>
            <source>R values {observed}{sample} look like SI units ({other}); in the US units of the sensitivity table they would be {converted}. R was NOT converted: it is scored as it is against the breaks 100 and 600, so far too many cells score 5 (extremely sensitive).</source>
            <translation>R values {observed}{sample} look like SI units ({other}); in the US units of the sensitivity table they would be {converted}. R was NOT converted: it is scored as it is against the breaks 100 and 600, so far too many cells score 5 (extremely sensitive).</translation>
        </message>
        <message>
            <source>Divide R by 17.02 first (Raster Calculator: R / 17.02) and run again, or multiply the R breaks of the factor table by 17.02.</source>
            <translation>Divide R by 17.02 first (Raster Calculator: R / 17.02) and run again, or multiply the R breaks of the factor table by 17.02.</translation>
        </message>
        <message>
            <source>Values {observed}{sample} are implausible in {unit} but fit {other} ({converted} {unit}). They were NOT converted: a factor that is min–max rescaled is unaffected, but class breaks and formulas that use the values themselves will be wrong.</source>
            <translation>Values {observed}{sample} are implausible in {unit} but fit {other} ({converted} {unit}). They were NOT converted: a factor that is min–max rescaled is unaffected, but class breaks and formulas that use the values themselves will be wrong.</translation>
        </message>
        <message>
            <source>Convert to {unit} ({how}) with the Raster Calculator, or confirm the unit with the data's provider.</source>
            <translation>Convert to {unit} ({how}) with the Raster Calculator, or confirm the unit with the data's provider.</translation>
        </message>
        <message>
            <source>the codes of the table given with it</source>
            <translation>the codes of the table given with it</translation>
        </message>
        <message>
            <source>the legend given</source>
            <translation>the legend given</translation>
        </message>
        <message>
            <source>The legend '{legend}' is neither a legend name ({names}) nor a list of codes.</source>
            <translation>The legend '{legend}' is neither a legend name ({names}) nor a list of codes.</translation>
        </message>
        <message>
            <source>USDA texture classes 1–13 (HWSD), 14 gravel, 15 bedrock</source>
            <translation>USDA texture classes 1–13 (HWSD), 14 gravel, 15 bedrock</translation>
        </message>
        <message>
            <source>the classes in the raster's metadata</source>
            <translation>the classes in the raster's metadata</translation>
        </message>
        <message>
            <source>importance grades 1–3</source>
            <translation>importance grades 1–3</translation>
        </message>
        <message>
            <source>importance grades 1–4</source>
            <translation>importance grades 1–4</translation>
        </message>
        <message>
            <source>sensitivity grades 1–3</source>
            <translation>sensitivity grades 1–3</translation>
        </message>
        <message>
            <source>Give a legend name or codes separated by commas.</source>
            <translation>Give a legend name or codes separated by commas.</translation>
        </message>
        <message>
            <source>A class raster must hold whole codes; this one holds fractions such as {value:g}{sample}.</source>
            <translation>A class raster must hold whole codes; this one holds fractions such as {value:g}{sample}.</translation>
        </message>
        <message>
            <source>Use the original class raster, not a resampled (bilinear) copy.</source>
            <translation>Use the original class raster, not a resampled (bilinear) copy.</translation>
        </message>
        <message>
            <source>Whole codes {codes}{sample}; no table was given to check them against.</source>
            <translation>Whole codes {codes}{sample}; no table was given to check them against.</translation>
        </message>
        <message>
            <source>Codes {codes}{sample} all belong to {legend}.</source>
            <translation>Codes {codes}{sample} all belong to {legend}.</translation>
        </message>
        <message>
            <source>Codes {unknown} ({cells:,} cells{sample}) are not in {legend}.</source>
            <translation>Codes {unknown} ({cells:,} cells{sample}) are not in {legend}.</translation>
        </message>
        <message>
            <source>Reclassify those codes to the legend (Raster ▸ Reclassify by table), declare them nodata, or give the raster's own legend.</source>
            <translation>Reclassify those codes to the legend (Raster ▸ Reclassify by table), declare them nodata, or give the raster's own legend.</translation>
        </message>
        <message>
            <source>Preflight found {count} error(s) in the inputs:</source>
            <translation>Preflight found {count} error(s) in the inputs:</translation>
        </message>
        <message>
            <source>• {layer}: {message} How to fix: {fix}</source>
            <translation>• {layer}: {message} How to fix: {fix}</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warning</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Preflight of the inputs</source>
            <translation>Preflight of the inputs</translation>
        </message>
        <message>
            <source>every cell read</source>
            <translation>every cell read</translation>
        </message>
        <message>
            <source>a sample of blocks read (quick check)</source>
            <translation>a sample of blocks read (quick check)</translation>
        </message>
        <message>
            <source>{errors} error(s), {warnings} warning(s) in {inputs} input(s); {mode}.</source>
            <translation>{errors} error(s), {warnings} warning(s) in {inputs} input(s); {mode}.</translation>
        </message>
        <message>
            <source>Reference grid: {grid}</source>
            <translation>Reference grid: {grid}</translation>
        </message>
        <message>
            <source>Red Line Workbench {version}, {time}</source>
            <translation>Red Line Workbench {version}, {time}</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Layer</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Finding</translation>
        </message>
        <message>
            <source>How to fix</source>
            <translation>How to fix</translation>
        </message>
        <message>
            <source>The raster '{name}' contains infinite values. Set them to nodata before grading.</source>
            <translation>The raster '{name}' contains infinite values. Set them to nodata before grading.</translation>
        </message>
        <message>
            <source>Importance grade (cumulative value rule)</source>
            <translation>Importance grade (cumulative value rule)</translation>
        </message>
        <message>
            <source>All valid values of '{name}' are zero or negative (their sum is {total:g}): the cumulative rule has no breaks, so every cell is graded 1 and the thresholds are undefined. Check that this is the service raster you meant to grade.</source>
            <translation>All valid values of '{name}' are zero or negative (their sum is {total:g}): the cumulative rule has no breaks, so every cell is graded 1 and the thresholds are undefined. Check that this is the service raster you meant to grade.</translation>
        </message>
        <message>
            <source>The raster '{name}' is rotated or not north-up and cannot serve as the reference grid. Warp it to a north-up grid first (Raster ▸ Projections ▸ Warp).</source>
            <translation>The raster '{name}' is rotated or not north-up and cannot serve as the reference grid. Warp it to a north-up grid first (Raster ▸ Projections ▸ Warp).</translation>
        </message>
        <message>
            <source>The cell size must be greater than 0, got {size}.</source>
            <translation>The cell size must be greater than 0, got {size}.</translation>
        </message>
        <message>
            <source>The extent is empty; check the boundary layer.</source>
            <translation>The extent is empty; check the boundary layer.</translation>
        </message>
        <message>
            <source>The reference grid is in degrees, so a cell has no constant area. Build the grid in a projected CRS (the province's Gauss–Krüger zone or Albers).</source>
            <translation>The reference grid is in degrees, so a cell has no constant area. Build the grid in a projected CRS (the province's Gauss–Krüger zone or Albers).</translation>
        </message>
        <message>
            <source>{width} × {height} cells of {size:g}{units}, {crs}</source>
            <translation>{width} × {height} cells of {size:g}{units}, {crs}</translation>
        </message>
        <message>
            <source>the raster lies at {raster}, the study area at {area}</source>
            <translation>the raster lies at {raster}, the study area at {area}</translation>
        </message>
        <message>
            <source>The raster '{name}' does not overlap the study area at all: {where}. Check that it is the right file and that its CRS is declared correctly.</source>
            <translation>The raster '{name}' does not overlap the study area at all: {where}. Check that it is the right file and that its CRS is declared correctly.</translation>
        </message>
        <message>
            <source>The raster '{name}' does not cover {area:,.1f} km² ({share:.1f} %) of the study area: {where}.</source>
            <translation>The raster '{name}' does not cover {area:,.1f} km² ({share:.1f} %) of the study area: {where}.</translation>
        </message>
        <message>
            <source>{problem} Use a raster that covers the whole province, or mosaic it with the neighbouring tiles (Raster ▸ Miscellaneous ▸ Merge).</source>
            <translation>{problem} Use a raster that covers the whole province, or mosaic it with the neighbouring tiles (Raster ▸ Miscellaneous ▸ Merge).</translation>
        </message>
        <message>
            <source>The raster '{name}' has no coordinate reference system. Assign the CRS the data were made in (Raster ▸ Projections ▸ Assign Projection, or the layer's Properties ▸ Source) and run again.</source>
            <translation>The raster '{name}' has no coordinate reference system. Assign the CRS the data were made in (Raster ▸ Projections ▸ Assign Projection, or the layer's Properties ▸ Source) and run again.</translation>
        </message>
        <message>
            <source>all around the edges</source>
            <translation>all around the edges</translation>
        </message>
        <message>
            <source>in the east</source>
            <translation>in the east</translation>
        </message>
        <message>
            <source>in the north-east</source>
            <translation>in the north-east</translation>
        </message>
        <message>
            <source>in the north</source>
            <translation>in the north</translation>
        </message>
        <message>
            <source>in the north-west</source>
            <translation>in the north-west</translation>
        </message>
        <message>
            <source>in the west</source>
            <translation>in the west</translation>
        </message>
        <message>
            <source>in the south-west</source>
            <translation>in the south-west</translation>
        </message>
        <message>
            <source>in the south</source>
            <translation>in the south</translation>
        </message>
        <message>
            <source>in the south-east</source>
            <translation>in the south-east</translation>
        </message>
        <message>
            <source>{direction} ({box})</source>
            <translation>{direction} ({box})</translation>
        </message>
        <message>
            <source>{lon_min:.2f}–{lon_max:.2f}°E, {lat_min:.2f}–{lat_max:.2f}°N</source>
            <translation>{lon_min:.2f}–{lon_max:.2f}°E, {lat_min:.2f}–{lat_max:.2f}°N</translation>
        </message>
        <message>
            <source>Give the reference grid: a template raster, or the province boundary and a cell size (in metres for a projected CRS).</source>
            <translation>Give the reference grid: a template raster, or the province boundary and a cell size (in metres for a projected CRS).</translation>
        </message>
        <message>
            <source>The boundary '{name}' cannot be read ({reason}). Check that the file exists and is a vector layer.</source>
            <translation>The boundary '{name}' cannot be read ({reason}). Check that the file exists and is a vector layer.</translation>
        </message>
        <message>
            <source>The boundary '{name}' cannot be read. Check that the file exists and is a vector layer.</source>
            <translation>The boundary '{name}' cannot be read. Check that the file exists and is a vector layer.</translation>
        </message>
        <message>
            <source>The boundary '{name}' has no coordinate reference system. Assign its CRS (Vector ▸ Data Management Tools ▸ Assign Projection) and run again.</source>
            <translation>The boundary '{name}' has no coordinate reference system. Assign its CRS (Vector ▸ Data Management Tools ▸ Assign Projection) and run again.</translation>
        </message>
        <message>
            <source>The boundary '{name}' holds no polygons. Choose the province or county polygon layer.</source>
            <translation>The boundary '{name}' holds no polygons. Choose the province or county polygon layer.</translation>
        </message>
        <message>
            <source>The raster '{name}' cannot be read ({reason}). Check that the file exists and is a raster GDAL can open.</source>
            <translation>The raster '{name}' cannot be read ({reason}). Check that the file exists and is a raster GDAL can open.</translation>
        </message>
        <message>
            <source>The raster '{name}' cannot be read. Check that the file exists and is a raster GDAL can open.</source>
            <translation>The raster '{name}' cannot be read. Check that the file exists and is a raster GDAL can open.</translation>
        </message>
        <message>
            <source>The raster '{name}' has {count} band(s); band {index} does not exist. Choose a band between 1 and {count}.</source>
            <translation>The raster '{name}' has {count} band(s); band {index} does not exist. Choose a band between 1 and {count}.</translation>
        </message>
        <message>
            <source>The county layer '{layer}' has no county code or name field (expected XZQDM and XZQMC). Rename its GB/T 2260 code field to XZQDM and its name field to XZQMC.</source>
            <translation>The county layer '{layer}' has no county code or name field (expected XZQDM and XZQMC). Rename its GB/T 2260 code field to XZQDM and its name field to XZQMC.</translation>
        </message>
        <message>
            <source>The layout template '{path}' cannot be read ({reason}). Reinstall the plugin.</source>
            <translation>The layout template '{path}' cannot be read ({reason}). Reinstall the plugin.</translation>
        </message>
        <message>
            <source>The layout template '{path}' is not a valid QGIS layout. Reinstall the plugin.</source>
            <translation>The layout template '{path}' is not a valid QGIS layout. Reinstall the plugin.</translation>
        </message>
        <message>
            <source>The layout template '{layout}' has no item '{item}'. Restore the plugin's template.</source>
            <translation>The layout template '{layout}' has no item '{item}'. Restore the plugin's template.</translation>
        </message>
        <message>
            <source>The county layer '{layer}' has no county with the code(s) {codes} that the red-line patches carry. Use the county layer the patches were coded with.</source>
            <translation>The county layer '{layer}' has no county with the code(s) {codes} that the red-line patches carry. Use the county layer the patches were coded with.</translation>
        </message>
        <message>
            <source>Neither the boundary nor the county layer '{layer}' holds province {code}. Check the province code.</source>
            <translation>Neither the boundary nor the county layer '{layer}' holds province {code}. Check the province code.</translation>
        </message>
        <message>
            <source>The PDF '{path}' cannot be written. Check that the folder is writable.</source>
            <translation>The PDF '{path}' cannot be written. Check that the folder is writable.</translation>
        </message>
        <message>
            <source>The patch layer '{uri}' holds no red-line patch: there is nothing to map.</source>
            <translation>The patch layer '{uri}' holds no red-line patch: there is nothing to map.</translation>
        </message>
        <message>
            <source>The county layer '{uri}' cannot be opened. Check the path and the layer name.</source>
            <translation>The county layer '{uri}' cannot be opened. Check the path and the layer name.</translation>
        </message>
        <message>
            <source>The province boundary layer '{uri}' cannot be opened. Check the path and the layer name.</source>
            <translation>The province boundary layer '{uri}' cannot be opened. Check the path and the layer name.</translation>
        </message>
        <message>
            <source>No Chinese font is installed: the report's Chinese text will not show. Install one (Debian: fonts-wqy-microhei).</source>
            <translation>No Chinese font is installed: the report's Chinese text will not show. Install one (Debian: fonts-wqy-microhei).</translation>
        </message>
        <message>
            <source>The red-line patch layer '{uri}' cannot be opened. Choose the STBHHX layer of the workspace GeoPackage.</source>
            <translation>The red-line patch layer '{uri}' cannot be opened. Choose the STBHHX layer of the workspace GeoPackage.</translation>
        </message>
        <message>
            <source>The patch layer '{layer}' lacks the field(s) {fields}. Run 'Code patches' (redline:code_patches) on it first.</source>
            <translation>The patch layer '{layer}' lacks the field(s) {fields}. Run 'Code patches' (redline:code_patches) on it first.</translation>
        </message>
        <message>
            <source>The patch {code} of '{layer}' has no area (MJ) or county code (XZQDM). Run 'Code patches' again.</source>
            <translation>The patch {code} of '{layer}' has no area (MJ) or county code (XZQDM). Run 'Code patches' again.</translation>
        </message>
        <message>
            <source>{start!r}… ({count} characters)</source>
            <translation>{start!r}… ({count} characters)</translation>
        </message>
        <message>
            <source>the triggers on {table} cannot be checked ({reason})</source>
            <translation>the triggers on {table} cannot be checked ({reason})</translation>
        </message>
        <message>
            <source>a view {name}</source>
            <translation>a view {name}</translation>
        </message>
        <message>
            <source>a virtual table {name} that is not a spatial index</source>
            <translation>a virtual table {name} that is not a spatial index</translation>
        </message>
        <message>
            <source>a trigger {name} on {table}</source>
            <translation>a trigger {name} on {table}</translation>
        </message>
        <message>
            <source>a trigger {name} on {table} that runs {action} on {target}</source>
            <translation>a trigger {name} on {table} that runs {action} on {target}</translation>
        </message>
        <message>
            <source>a trigger {name} on {table} that calls {function}()</source>
            <translation>a trigger {name} on {table} that calls {function}()</translation>
        </message>
        <message>
            <source>Patch {code}: {field} has {characters} characters ({size} bytes in UTF-8), more than the shapefile's 254-byte field holds; STBHHX.shp keeps its first {kept} whole name(s), STBHHX.gpkg the full value.</source>
            <translation>Patch {code}: {field} has {characters} characters ({size} bytes in UTF-8), more than the shapefile's 254-byte field holds; STBHHX.shp keeps its first {kept} whole name(s), STBHHX.gpkg the full value.</translation>
        </message>
        <message>
            <source>Patch {code}: {field} has {characters} characters ({size} bytes in UTF-8), more than the shapefile's 254-byte field holds; STBHHX.shp keeps its first {kept} character(s), STBHHX.gpkg the full value.</source>
            <translation>Patch {code}: {field} has {characters} characters ({size} bytes in UTF-8), more than the shapefile's 254-byte field holds; STBHHX.shp keeps its first {kept} character(s), STBHHX.gpkg the full value.</translation>
        </message>
        <message>
            <source>Read the full value from STBHHX.gpkg; the shapefile is only a copy for tools that read nothing else.</source>
            <translation>Read the full value from STBHHX.gpkg; the shapefile is only a copy for tools that read nothing else.</translation>
        </message>
        <message>
            <source>border {first} / {second}</source>
            <translation>border {first} / {second}</translation>
        </message>
        <message>
            <source>Provinces {first} and {second} overlap: {message}</source>
            <translation>Provinces {first} and {second} overlap: {message}</translation>
        </message>
        <message>
            <source>Agree on the border with the neighbouring province; the province whose patch crosses it clips it.</source>
            <translation>Agree on the border with the neighbouring province; the province whose patch crosses it clips it.</translation>
        </message>
        <message>
            <source>Patch {code} of {side} meets the border for {length:,.0f} m; {other} has no patch within {search:g} m.</source>
            <translation>Patch {code} of {side} meets the border for {length:,.0f} m; {other} has no patch within {search:g} m.</translation>
        </message>
        <message>
            <source>Check the neighbour's assessment there; continue the red line across the border or record why not.</source>
            <translation>Check the neighbour's assessment there; continue the red line across the border or record why not.</translation>
        </message>
        <message>
            <source>{first}/{second}: {code_a} and {code_b} differ by up to {offset:.2f} m ({count} vertices over {limit:g} m).</source>
            <translation>{first}/{second}: {code_a} and {code_b} differ by up to {offset:.2f} m ({count} vertices over {limit:g} m).</translation>
        </message>
        <message>
            <source>Snap both patches to the agreed border line (Processing ‣ Snap geometries to layer) and recompute MJ.</source>
            <translation>Snap both patches to the agreed border line (Processing ‣ Snap geometries to layer) and recompute MJ.</translation>
        </message>
        <message>
            <source>The raster {name} ({path}) could not be written to the package ({reason}).</source>
            <translation>The raster {name} ({path}) could not be written to the package ({reason}).</translation>
        </message>
        <message>
            <source>graded raster supplied by the user</source>
            <translation>graded raster supplied by the user</translation>
        </message>
        <message>
            <source>The province boundary layer '{layer}' has no polygon with the code {code}. Choose the layer or its code field.</source>
            <translation>The province boundary layer '{layer}' has no polygon with the code {code}. Choose the layer or its code field.</translation>
        </message>
        <message>
            <source>'{code}' is not a 6-digit province code ending in 0000 (e.g. 350000). Give the province's GB/T 2260 code.</source>
            <translation>'{code}' is not a 6-digit province code ending in 0000 (e.g. 350000). Give the province's GB/T 2260 code.</translation>
        </message>
        <message>
            <source>The package date {problem}. Give today's date or an earlier one.</source>
            <translation>The package date {problem}. Give today's date or an earlier one.</translation>
        </message>
        <message>
            <source>The raster {name} ({path}) does not exist. Choose the graded raster.</source>
            <translation>The raster {name} ({path}) does not exist. Choose the graded raster.</translation>
        </message>
        <message>
            <source>Several graded rasters would be stored as raster/{names}.tif. Rename the files so that each name is unique.</source>
            <translation>Several graded rasters would be stored as raster/{names}.tif. Rename the files so that each name is unique.</translation>
        </message>
        <message>
            <source>'{path}' has no layer {layer}. Choose the red-line patch layer (STBHHX).</source>
            <translation>'{path}' has no layer {layer}. Choose the red-line patch layer (STBHHX).</translation>
        </message>
        <message>
            <source>The patch layer '{layer}' is empty: delineate the red line first.</source>
            <translation>The patch layer '{layer}' is empty: delineate the red line first.</translation>
        </message>
        <message>
            <source>The red line breaks {count} error rule(s) of the standard; no package was written. QA report: {path}</source>
            <translation>The red line breaks {count} error rule(s) of the standard; no package was written. QA report: {path}</translation>
        </message>
        <message>
            <source>Raster {name} ({file}) names no classes; the guideline's class names were assumed.</source>
            <translation>Raster {name} ({file}) names no classes; the guideline's class names were assumed.</translation>
        </message>
        <message>
            <source>Grade the raster with the plugin, which records its classes.</source>
            <translation>Grade the raster with the plugin, which records its classes.</translation>
        </message>
        <message>
            <source>the export writes these itself and checks the archive before publishing it</source>
            <translation>the export writes these itself and checks the archive before publishing it</translation>
        </message>
        <message>
            <source>{province} ecological protection red line (生态保护红线), {date}</source>
            <translation>{province} ecological protection red line (生态保护红线), {date}</translation>
        </message>
        <message>
            <source>The ecological protection red line of {province} ({code}): {count} patches, {area:.4f} km².</source>
            <translation>The ecological protection red line of {province} ({code}): {count} patches, {area:.4f} km².</translation>
        </message>
        <message>
            <source>The package written for {name} failed its own integrity check: {problem}</source>
            <translation>The package written for {name} failed its own integrity check: {problem}</translation>
        </message>
        <message>
            <source>Chinese field aliases of the submission standard</source>
            <translation>Chinese field aliases of the submission standard</translation>
        </message>
        <message>
            <source>manifest.json: '{key}' is missing or has the wrong type. Rebuild the package with the export.</source>
            <translation>manifest.json: '{key}' is missing or has the wrong type. Rebuild the package with the export.</translation>
        </message>
        <message>
            <source>manifest.json: '{key}' is not a finite number. Rebuild the package with the export.</source>
            <translation>manifest.json: '{key}' is not a finite number. Rebuild the package with the export.</translation>
        </message>
        <message>
            <source>manifest.json: '{key}' = {value:g} is outside its range (0 to {maximum:g}). Rebuild the package with the export.</source>
            <translation>manifest.json: '{key}' = {value:g} is outside its range (0 to {maximum:g}). Rebuild the package with the export.</translation>
        </message>
        <message>
            <source>manifest.json: '{key}' is not a whole number between 0 and {maximum:,}. Rebuild the package with the export.</source>
            <translation>manifest.json: '{key}' is not a whole number between 0 and {maximum:,}. Rebuild the package with the export.</translation>
        </message>
        <message>
            <source>manifest.json holds an integer of {digits} digits; no value of the standard is that large. Rebuild the package with the export.</source>
            <translation>manifest.json holds an integer of {digits} digits; no value of the standard is that large. Rebuild the package with the export.</translation>
        </message>
        <message>
            <source>'{date}' is not a date (YYYY-MM-DD)</source>
            <translation>'{date}' is not a date (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>'{date}' is not a real calendar date</source>
            <translation>'{date}' is not a real calendar date</translation>
        </message>
        <message>
            <source>'{date}' is in the future (today is {today})</source>
            <translation>'{date}' is in the future (today is {today})</translation>
        </message>
        <message>
            <source>'{time}' is not an ISO 8601 time</source>
            <translation>'{time}' is not an ISO 8601 time</translation>
        </message>
        <message>
            <source>'{time}' is in the future</source>
            <translation>'{time}' is in the future</translation>
        </message>
        <message>
            <source>manifest.json holds '{name}', which is not JSON. Rebuild the package with the export.</source>
            <translation>manifest.json holds '{name}', which is not JSON. Rebuild the package with the export.</translation>
        </message>
        <message>
            <source>manifest.json is not valid UTF-8 JSON ({reason}). Rebuild the package with the export.</source>
            <translation>manifest.json is not valid UTF-8 JSON ({reason}). Rebuild the package with the export.</translation>
        </message>
        <message>
            <source>manifest.json is not a JSON object. Rebuild the package with the export.</source>
            <translation>manifest.json is not a JSON object. Rebuild the package with the export.</translation>
        </message>
        <message>
            <source>The package follows standard version {found}; this validator reads version {expected}.</source>
            <translation>The package follows standard version {found}; this validator reads version {expected}.</translation>
        </message>
        <message>
            <source>manifest.json: the province code '{code}' is not a 6-digit province code.</source>
            <translation>manifest.json: the province code '{code}' is not a 6-digit province code.</translation>
        </message>
        <message>
            <source>manifest.json: the package date '{date}' is not YYYY-MM-DD.</source>
            <translation>manifest.json: the package date '{date}' is not YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>manifest.json: the package date {problem}. Export the package again with today's or an earlier date.</source>
            <translation>manifest.json: the package date {problem}. Export the package again with today's or an earlier date.</translation>
        </message>
        <message>
            <source>manifest.json: the creation time {problem}. Check the computer's clock and export again.</source>
            <translation>manifest.json: the creation time {problem}. Check the computer's clock and export again.</translation>
        </message>
        <message>
            <source>manifest.json: the count of '{key}' is not a whole number.</source>
            <translation>manifest.json: the count of '{key}' is not a whole number.</translation>
        </message>
        <message>
            <source>manifest.json: files[{index}] is not an object.</source>
            <translation>manifest.json: files[{index}] is not an object.</translation>
        </message>
        <message>
            <source>manifest.json: the checksum or size of '{path}' is malformed.</source>
            <translation>manifest.json: the checksum or size of '{path}' is malformed.</translation>
        </message>
        <message>
            <source>manifest.json: '{key}' is not an object.</source>
            <translation>manifest.json: '{key}' is not an object.</translation>
        </message>
        <message>
            <source>Submission standard version {version}</source>
            <translation>Submission standard version {version}</translation>
        </message>
        <message>
            <source>Assessed, delineated and validated with {plugin} {version} following the submission standard version {standard}.</source>
            <translation>Assessed, delineated and validated with {plugin} {version} following the submission standard version {standard}.</translation>
        </message>
        <message>
            <source>{newer} is newer.</source>
            <translation>{newer} is newer.</translation>
        </message>
        <message>
            <source>Choose a national GeoPackage or a PostGIS connection to merge into.</source>
            <translation>Choose a national GeoPackage or a PostGIS connection to merge into.</translation>
        </message>
        <message>
            <source>Give at least one province package to merge.</source>
            <translation>Give at least one province package to merge.</translation>
        </message>
        <message>
            <source>No province boundaries were given: the inside-province rule and gaps along borders were not checked.</source>
            <translation>No province boundaries were given: the inside-province rule and gaps along borders were not checked.</translation>
        </message>
        <message>
            <source>Edge matching along shared borders…</source>
            <translation>Edge matching along shared borders…</translation>
        </message>
        <message>
            <source>Committing the run to the national store…</source>
            <translation>Committing the run to the national store…</translation>
        </message>
        <message>
            <source>{package} cannot be read ({reason}). Check the path and the file's permissions.</source>
            <translation>{package} cannot be read ({reason}). Check the path and the file's permissions.</translation>
        </message>
        <message>
            <source>{loaded} is already merged.</source>
            <translation>{loaded} is already merged.</translation>
        </message>
        <message>
            <source>{package} could not be validated ({kind}: {reason}); it was left out. Report this package to the plugin's maintainers.</source>
            <translation>{package} could not be validated ({kind}: {reason}); it was left out. Report this package to the plugin's maintainers.</translation>
        </message>
        <message>
            <source>the province boundary layer has no polygon {code}</source>
            <translation>the province boundary layer has no polygon {code}</translation>
        </message>
        <message>
            <source>Overlap</source>
            <translation>Overlap</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Gap</translation>
        </message>
        <message>
            <source>Vertex offset</source>
            <translation>Vertex offset</translation>
        </message>
        <message>
            <source>Edge matching {first} {first_name} / {second} {second_name}</source>
            <translation>Edge matching {first} {first_name} / {second} {second_name}</translation>
        </message>
        <message>
            <source>Shared border {length:,.1f} km: {overlaps} overlap(s), {gaps} gap(s), {offsets} vertex offset(s).</source>
            <translation>Shared border {length:,.1f} km: {overlaps} overlap(s), {gaps} gap(s), {offsets} vertex offset(s).</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Patch code(s)</source>
            <translation>Patch code(s)</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Location (lon, lat)</source>
            <translation>Location (lon, lat)</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Map</translation>
        </message>
        <message>
            <source>The two provinces match along their border.</source>
            <translation>The two provinces match along their border.</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>merged</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>refused</translation>
        </message>
        <message>
            <source>superseded by a newer package</source>
            <translation>superseded by a newer package</translation>
        </message>
        <message>
            <source>already merged (same sha256)</source>
            <translation>already merged (same sha256)</translation>
        </message>
        <message>
            <source>older than the merged package</source>
            <translation>older than the merged package</translation>
        </message>
        <message>
            <source>failed while loading; the store is unchanged</source>
            <translation>failed while loading; the store is unchanged</translation>
        </message>
        <message>
            <source>Package</source>
            <translation>Package</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Errors</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Warnings</translation>
        </message>
        <message>
            <source>Area (km²)</source>
            <translation>Area (km²)</translation>
        </message>
        <message>
            <source>QA report</source>
            <translation>QA report</translation>
        </message>
        <message>
            <source>Border pair</source>
            <translation>Border pair</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Findings</translation>
        </message>
        <message>
            <source>Dominant function</source>
            <translation>Dominant function</translation>
        </message>
        <message>
            <source>No neighbouring provinces were compared.</source>
            <translation>No neighbouring provinces were compared.</translation>
        </message>
        <message>
            <source>Merged into {store}.</source>
            <translation>Merged into {store}.</translation>
        </message>
        <message>
            <source>Packages</source>
            <translation>Packages</translation>
        </message>
        <message>
            <source>Edge matching</source>
            <translation>Edge matching</translation>
        </message>
        <message>
            <source>National statistics</source>
            <translation>National statistics</translation>
        </message>
        <message>
            <source>National merge of the ecological protection red line</source>
            <translation>National merge of the ecological protection red line</translation>
        </message>
        <message>
            <source>'{code}' is not a province code.</source>
            <translation>'{code}' is not a province code.</translation>
        </message>
        <message>
            <source>The national GeoPackage '{path}' could not be committed ({reason}); nothing of this run was kept.</source>
            <translation>The national GeoPackage '{path}' could not be committed ({reason}); nothing of this run was kept.</translation>
        </message>
        <message>
            <source>'{path}' already has a layer {layer} that is not a national merge layer. Choose another output.</source>
            <translation>'{path}' already has a layer {layer} that is not a national merge layer. Choose another output.</translation>
        </message>
        <message>
            <source>feature {fid}</source>
            <translation>feature {fid}</translation>
        </message>
        <message>
            <source>'{name}' cannot be read as a vector dataset ({reason}). Check the file or export it again.</source>
            <translation>'{name}' cannot be read as a vector dataset ({reason}). Check the file or export it again.</translation>
        </message>
        <message>
            <source>'{name}' cannot be read as a vector dataset. Check the file or export it again.</source>
            <translation>'{name}' cannot be read as a vector dataset. Check the file or export it again.</translation>
        </message>
        <message>
            <source>Writing to PostGIS needs psycopg2 (Debian: python3-psycopg2); install it or write a GeoPackage.</source>
            <translation>Writing to PostGIS needs psycopg2 (Debian: python3-psycopg2); install it or write a GeoPackage.</translation>
        </message>
        <message>
            <source>QGIS has no PostgreSQL connection named '{name}'. Add it in the Browser panel or give a connection string.</source>
            <translation>QGIS has no PostgreSQL connection named '{name}'. Add it in the Browser panel or give a connection string.</translation>
        </message>
        <message>
            <source>'{name}' is not a plain schema name (letters, digits, underscores). Choose another schema.</source>
            <translation>'{name}' is not a plain schema name (letters, digits, underscores). Choose another schema.</translation>
        </message>
        <message>
            <source>Cannot connect to PostgreSQL ({reason}). Check the connection, the server and the password.</source>
            <translation>Cannot connect to PostgreSQL ({reason}). Check the connection, the server and the password.</translation>
        </message>
        <message>
            <source>The database has no PostGIS: ask its administrator to run CREATE EXTENSION postgis.</source>
            <translation>The database has no PostGIS: ask its administrator to run CREATE EXTENSION postgis.</translation>
        </message>
        <message>
            <source>Cannot prepare the national tables in PostgreSQL ({reason}).</source>
            <translation>Cannot prepare the national tables in PostgreSQL ({reason}).</translation>
        </message>
        <message>
            <source>The national tables in PostgreSQL could not be committed ({reason}); nothing of this run was kept.</source>
            <translation>The national tables in PostgreSQL could not be committed ({reason}); nothing of this run was kept.</translation>
        </message>
        <message>
            <source>Loading {package} into PostgreSQL failed ({reason}); the database was left as it was.</source>
            <translation>Loading {package} into PostgreSQL failed ({reason}); the database was left as it was.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>passed</translation>
        </message>
        <message>
            <source>not applicable here</source>
            <translation>not applicable here</translation>
        </message>
        <message>
            <source>{count} finding(s)</source>
            <translation>{count} finding(s)</translation>
        </message>
        <message>
            <source>not checked: {reason}</source>
            <translation>not checked: {reason}</translation>
        </message>
        <message>
            <source>Accepted: no error; {warnings} warning(s).</source>
            <translation>Accepted: no error; {warnings} warning(s).</translation>
        </message>
        <message>
            <source>Refused: {errors} error(s), {warnings} warning(s).</source>
            <translation>Refused: {errors} error(s), {warnings} warning(s).</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Total area (km², ellipsoidal)</source>
            <translation>Total area (km², ellipsoidal)</translation>
        </message>
        <message>
            <source>Standard version</source>
            <translation>Standard version</translation>
        </message>
        <message>
            <source>Validator</source>
            <translation>Validator</translation>
        </message>
        <message>
            <source>Red Line Workbench {version}</source>
            <translation>Red Line Workbench {version}</translation>
        </message>
        <message>
            <source>QA report of the ecological protection red line</source>
            <translation>QA report of the ecological protection red line</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Rules</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>What it checks</source>
            <translation>What it checks</translation>
        </message>
        <message>
            <source>No findings.</source>
            <translation>No findings.</translation>
        </message>
        <message>
            <source>The boundary layer '{name}' cannot be read. Check that the file exists and is a polygon layer.</source>
            <translation>The boundary layer '{name}' cannot be read. Check that the file exists and is a polygon layer.</translation>
        </message>
        <message>
            <source>Layer '{layer}' has no field '{field}'. Choose the field that holds the {what}.</source>
            <translation>Layer '{layer}' has no field '{field}'. Choose the field that holds the {what}.</translation>
        </message>
        <message>
            <source>province code</source>
            <translation>province code</translation>
        </message>
        <message>
            <source>county code</source>
            <translation>county code</translation>
        </message>
        <message>
            <source>Layer '{layer}' has none of the code fields {fields}. Choose its code field.</source>
            <translation>Layer '{layer}' has none of the code fields {fields}. Choose its code field.</translation>
        </message>
        <message>
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <source>Layer '{layer}' has no CRS and its coordinates are not degrees. Set its CRS (Layer Properties ‣ Source).</source>
            <translation>Layer '{layer}' has no CRS and its coordinates are not degrees. Set its CRS (Layer Properties ‣ Source).</translation>
        </message>
        <message>
            <source>Layer '{layer}' has no CRS; its degrees were read as CGCS2000 (EPSG:4490).</source>
            <translation>Layer '{layer}' has no CRS; its degrees were read as CGCS2000 (EPSG:4490).</translation>
        </message>
        <message>
            <source>Layer '{layer}' is in {crs}; it was reprojected to CGCS2000 (EPSG:4490).</source>
            <translation>Layer '{layer}' is in {crs}; it was reprojected to CGCS2000 (EPSG:4490).</translation>
        </message>
        <message>
            <source>Layer '{layer}' holds no polygon with a code in '{field}'.</source>
            <translation>Layer '{layer}' holds no polygon with a code in '{field}'.</translation>
        </message>
        <message>
            <source>The package is a readable zip archive</source>
            <translation>The package is a readable zip archive</translation>
        </message>
        <message>
            <source>manifest.json is present and well formed</source>
            <translation>manifest.json is present and well formed</translation>
        </message>
        <message>
            <source>No path leaves the package (no '..', absolute path or link)</source>
            <translation>No path leaves the package (no '..', absolute path or link)</translation>
        </message>
        <message>
            <source>The unpacked size and the number of files are bounded</source>
            <translation>The unpacked size and the number of files are bounded</translation>
        </message>
        <message>
            <source>Every file named in the manifest, and every file the standard requires, exists</source>
            <translation>Every file named in the manifest, and every file the standard requires, exists</translation>
        </message>
        <message>
            <source>No file outside the manifest</source>
            <translation>No file outside the manifest</translation>
        </message>
        <message>
            <source>Every file has the manifest's sha256 and size</source>
            <translation>Every file has the manifest's sha256 and size</translation>
        </message>
        <message>
            <source>Layers as the standard lists them</source>
            <translation>Layers as the standard lists them</translation>
        </message>
        <message>
            <source>Fields, types and lengths as the standard lists them</source>
            <translation>Fields, types and lengths as the standard lists them</translation>
        </message>
        <message>
            <source>Every mandatory field is filled</source>
            <translation>Every mandatory field is filled</translation>
        </message>
        <message>
            <source>Codes come from their code lists</source>
            <translation>Codes come from their code lists</translation>
        </message>
        <message>
            <source>HXBM is well formed (XZQDM + HXLX + 4-digit sequence)</source>
            <translation>HXBM is well formed (XZQDM + HXLX + 4-digit sequence)</translation>
        </message>
        <message>
            <source>HXBM and BSM are unique</source>
            <translation>HXBM and BSM are unique</translation>
        </message>
        <message>
            <source>SJXZQDM is the first two digits of XZQDM and the package's province</source>
            <translation>SJXZQDM is the first two digits of XZQDM and the package's province</translation>
        </message>
        <message>
            <source>XZQDM is consistent with the patch's location</source>
            <translation>XZQDM is consistent with the patch's location</translation>
        </message>
        <message>
            <source>BGYY is given with BGLX</source>
            <translation>BGYY is given with BGLX</translation>
        </message>
        <message>
            <source>Geometries are valid (OGC), non-empty and polygonal</source>
            <translation>Geometries are valid (OGC), non-empty and polygonal</translation>
        </message>
        <message>
            <source>The layer is in CGCS2000 (EPSG:4490)</source>
            <translation>The layer is in CGCS2000 (EPSG:4490)</translation>
        </message>
        <message>
            <source>No two patches overlap by more than 1 m²</source>
            <translation>No two patches overlap by more than 1 m²</translation>
        </message>
        <message>
            <source>Every patch lies inside the province boundary (tolerance 1 m)</source>
            <translation>Every patch lies inside the province boundary (tolerance 1 m)</translation>
        </message>
        <message>
            <source>MJ matches the ellipsoidal area to 0.01 % and MJ_GQ = MJ × 100</source>
            <translation>MJ matches the ellipsoidal area to 0.01 % and MJ_GQ = MJ × 100</translation>
        </message>
        <message>
            <source>The manifest's totals equal the layer's sums</source>
            <translation>The manifest's totals equal the layer's sums</translation>
        </message>
        <message>
            <source>No patch is a crumb: every patch covers at least 100 m²</source>
            <translation>No patch is a crumb: every patch covers at least 100 m²</translation>
        </message>
        <message>
            <source>Patches under the minimum area that touch no protected area</source>
            <translation>Patches under the minimum area that touch no protected area</translation>
        </message>
        <message>
            <source>Slivers (area / perimeter² very small)</source>
            <translation>Slivers (area / perimeter² very small)</translation>
        </message>
        <message>
            <source>Holes under the fill threshold</source>
            <translation>Holes under the fill threshold</translation>
        </message>
        <message>
            <source>Edge matching with the neighbouring province</source>
            <translation>Edge matching with the neighbouring province</translation>
        </message>
        <message>
            <source>HXMC reads place + dominant function + 生态保护红线</source>
            <translation>HXMC reads place + dominant function + 生态保护红线</translation>
        </message>
        <message>
            <source>Fields outside the standard</source>
            <translation>Fields outside the standard</translation>
        </message>
        <message>
            <source>Layers outside the standard</source>
            <translation>Layers outside the standard</translation>
        </message>
        <message>
            <source>Graded rasters carry their class names and style</source>
            <translation>Graded rasters carry their class names and style</translation>
        </message>
        <message>
            <source>Values cut to fit the shapefile copy's 254-byte text fields</source>
            <translation>Values cut to fit the shapefile copy's 254-byte text fields</translation>
        </message>
        <message>
            <source>Layer {layer} is in {crs}, not CGCS2000 (EPSG:4490).</source>
            <translation>Layer {layer} is in {crs}, not CGCS2000 (EPSG:4490).</translation>
        </message>
        <message>
            <source>no CRS</source>
            <translation>no CRS</translation>
        </message>
        <message>
            <source>Reproject the patches to EPSG:4490 (the wizard's delineation writes them so) and export again.</source>
            <translation>Reproject the patches to EPSG:4490 (the wizard's delineation writes them so) and export again.</translation>
        </message>
        <message>
            <source>Layer {layer} has no field {field} ({alias}).</source>
            <translation>Layer {layer} has no field {field} ({alias}).</translation>
        </message>
        <message>
            <source>Add the field {field} as {kind} and fill it as the standard says.</source>
            <translation>Add the field {field} as {kind} and fill it as the standard says.</translation>
        </message>
        <message>
            <source>Field {field} of {layer} is {found}; the standard says {kind}.</source>
            <translation>Field {field} of {layer} is {found}; the standard says {kind}.</translation>
        </message>
        <message>
            <source>Recreate the field with the standard's type and copy the values across.</source>
            <translation>Recreate the field with the standard's type and copy the values across.</translation>
        </message>
        <message>
            <source>Field {field} of {layer} is declared {width} characters long; the standard allows {length}.</source>
            <translation>Field {field} of {layer} is declared {width} characters long; the standard allows {length}.</translation>
        </message>
        <message>
            <source>Recreate the field with the standard's length.</source>
            <translation>Recreate the field with the standard's length.</translation>
        </message>
        <message>
            <source>Layer {layer} has a field whose name is not a plain identifier: {name!r}.</source>
            <translation>Layer {layer} has a field whose name is not a plain identifier: {name!r}.</translation>
        </message>
        <message>
            <source>Remove the field: names must be letters, digits and underscores.</source>
            <translation>Remove the field: names must be letters, digits and underscores.</translation>
        </message>
        <message>
            <source>Layer {layer} has the field {name}, which the standard does not define; it is not merged.</source>
            <translation>Layer {layer} has the field {name}, which the standard does not define; it is not merged.</translation>
        </message>
        <message>
            <source>Remove the field if it is not needed.</source>
            <translation>Remove the field if it is not needed.</translation>
        </message>
        <message>
            <source>Patch {code}: mandatory field(s) {fields} empty.</source>
            <translation>Patch {code}: mandatory field(s) {fields} empty.</translation>
        </message>
        <message>
            <source>Fill every mandatory field (M in the standard) and export again.</source>
            <translation>Fill every mandatory field (M in the standard) and export again.</translation>
        </message>
        <message>
            <source>Patch {code}: {field} has {count} characters; at most {length} are allowed.</source>
            <translation>Patch {code}: {field} has {count} characters; at most {length} are allowed.</translation>
        </message>
        <message>
            <source>Shorten the value.</source>
            <translation>Shorten the value.</translation>
        </message>
        <message>
            <source>Patch {code}: {field} = {value!r} is not in the code list {codes}.</source>
            <translation>Patch {code}: {field} = {value!r} is not in the code list {codes}.</translation>
        </message>
        <message>
            <source>Choose values from the code list (several separated by ';' where allowed).</source>
            <translation>Choose values from the code list (several separated by ';' where allowed).</translation>
        </message>
        <message>
            <source>Patch {code}: {field} = {value!r} is not a date.</source>
            <translation>Patch {code}: {field} = {value!r} is not a date.</translation>
        </message>
        <message>
            <source>Store the date in a Date field.</source>
            <translation>Store the date in a Date field.</translation>
        </message>
        <message>
            <source>Patch {code}: {field} = {value!r} is not a number.</source>
            <translation>Patch {code}: {field} = {value!r} is not a number.</translation>
        </message>
        <message>
            <source>Store numbers in a numeric field.</source>
            <translation>Store numbers in a numeric field.</translation>
        </message>
        <message>
            <source>Patch {code}: BSM {bsm} is not greater than 0.</source>
            <translation>Patch {code}: BSM {bsm} is not greater than 0.</translation>
        </message>
        <message>
            <source>Number BSM 1, 2, 3, …</source>
            <translation>Number BSM 1, 2, 3, …</translation>
        </message>
        <message>
            <source>Patch {code}: YSDM {value!r} is not a 10-digit feature code.</source>
            <translation>Patch {code}: YSDM {value!r} is not a 10-digit feature code.</translation>
        </message>
        <message>
            <source>Use the project's feature code, {default} for a land red-line patch.</source>
            <translation>Use the project's feature code, {default} for a land red-line patch.</translation>
        </message>
        <message>
            <source>Patch {code}: XZQDM {value!r} is not a 6-digit GB/T 2260 county code.</source>
            <translation>Patch {code}: XZQDM {value!r} is not a 6-digit GB/T 2260 county code.</translation>
        </message>
        <message>
            <source>Give the county's 6-digit code.</source>
            <translation>Give the county's 6-digit code.</translation>
        </message>
        <message>
            <source>Patch {code}: HXBM {value!r} is not XZQDM (6) + HXLX (2) + a 4-digit sequence from 0001.</source>
            <translation>Patch {code}: HXBM {value!r} is not XZQDM (6) + HXLX (2) + a 4-digit sequence from 0001.</translation>
        </message>
        <message>
            <source>Recode the patch with the delineation's coding step.</source>
            <translation>Recode the patch with the delineation's coding step.</translation>
        </message>
        <message>
            <source>Patch {code}: HXBM begins with {prefix} but XZQDM is {county}.</source>
            <translation>Patch {code}: HXBM begins with {prefix} but XZQDM is {county}.</translation>
        </message>
        <message>
            <source>Recode the patch so that HXBM begins with its county code.</source>
            <translation>Recode the patch so that HXBM begins with its county code.</translation>
        </message>
        <message>
            <source>Patch {code}: HXBM carries type {found} but HXLX is {hxlx}.</source>
            <translation>Patch {code}: HXBM carries type {found} but HXLX is {hxlx}.</translation>
        </message>
        <message>
            <source>Recode the patch so that HXBM carries its dominant function.</source>
            <translation>Recode the patch so that HXBM carries its dominant function.</translation>
        </message>
        <message>
            <source>Patch {code}: SJXZQDM {value} is not the first two digits of XZQDM {county}.</source>
            <translation>Patch {code}: SJXZQDM {value} is not the first two digits of XZQDM {county}.</translation>
        </message>
        <message>
            <source>Set SJXZQDM to the first two digits of XZQDM.</source>
            <translation>Set SJXZQDM to the first two digits of XZQDM.</translation>
        </message>
        <message>
            <source>Patch {code} belongs to province {value}, not to this package's province {province}.</source>
            <translation>Patch {code} belongs to province {value}, not to this package's province {province}.</translation>
        </message>
        <message>
            <source>Remove patches of other provinces from the package.</source>
            <translation>Remove patches of other provinces from the package.</translation>
        </message>
        <message>
            <source>Patch {code}: BGLX is {value} but BGYY (the reason) is empty.</source>
            <translation>Patch {code}: BGLX is {value} but BGYY (the reason) is empty.</translation>
        </message>
        <message>
            <source>Give the reason for the change in BGYY.</source>
            <translation>Give the reason for the change in BGYY.</translation>
        </message>
        <message>
            <source>Patch {code}: HXMC {value!r} does not read place + {suffix}.</source>
            <translation>Patch {code}: HXMC {value!r} does not read place + {suffix}.</translation>
        </message>
        <message>
            <source>Name the patch after its place and dominant function.</source>
            <translation>Name the patch after its place and dominant function.</translation>
        </message>
        <message>
            <source>{field} {value} is used by {count} patches.</source>
            <translation>{field} {value} is used by {count} patches.</translation>
        </message>
        <message>
            <source>Give every patch its own {field}; codes are never reused.</source>
            <translation>Give every patch its own {field}; codes are never reused.</translation>
        </message>
        <message>
            <source>Patch {code} has no geometry.</source>
            <translation>Patch {code} has no geometry.</translation>
        </message>
        <message>
            <source>Draw the patch again or delete it.</source>
            <translation>Draw the patch again or delete it.</translation>
        </message>
        <message>
            <source>Patch {code} is a {kind}, not a polygon.</source>
            <translation>Patch {code} is a {kind}, not a polygon.</translation>
        </message>
        <message>
            <source>Keep only polygon parts (Vector ‣ Geometry Tools ‣ Multipart to Singleparts, then dissolve).</source>
            <translation>Keep only polygon parts (Vector ‣ Geometry Tools ‣ Multipart to Singleparts, then dissolve).</translation>
        </message>
        <message>
            <source>Patch {code} is not a valid polygon: {reason}.</source>
            <translation>Patch {code} is not a valid polygon: {reason}.</translation>
        </message>
        <message>
            <source>Repair it (Processing ‣ Fix geometries, or the delineation's refine step) and check the result.</source>
            <translation>Repair it (Processing ‣ Fix geometries, or the delineation's refine step) and check the result.</translation>
        </message>
        <message>
            <source>Patch {code} has coordinates outside China's longitude and latitude.</source>
            <translation>Patch {code} has coordinates outside China's longitude and latitude.</translation>
        </message>
        <message>
            <source>The layer says EPSG:4490 but holds other coordinates: set the layer's real CRS and reproject.</source>
            <translation>The layer says EPSG:4490 but holds other coordinates: set the layer's real CRS and reproject.</translation>
        </message>
        <message>
            <source>Patches {first} and {second} overlap by {area:,.1f} m².</source>
            <translation>Patches {first} and {second} overlap by {area:,.1f} m².</translation>
        </message>
        <message>
            <source>Remove the overlap from one of the two patches (Processing ‣ Difference) and recompute MJ.</source>
            <translation>Remove the overlap from one of the two patches (Processing ‣ Difference) and recompute MJ.</translation>
        </message>
        <message>
            <source>Patch {code} reaches {distance:,.1f} m outside province {province} ({area:,.1f} m² outside).</source>
            <translation>Patch {code} reaches {distance:,.1f} m outside province {province} ({area:,.1f} m² outside).</translation>
        </message>
        <message>
            <source>Clip the patch to the province boundary and recompute MJ.</source>
            <translation>Clip the patch to the province boundary and recompute MJ.</translation>
        </message>
        <message>
            <source>Patch {code}: XZQDM {county} is not a county of the county boundary layer.</source>
            <translation>Patch {code}: XZQDM {county} is not a county of the county boundary layer.</translation>
        </message>
        <message>
            <source>Give the code of the county the patch lies in (GB/T 2260).</source>
            <translation>Give the code of the county the patch lies in (GB/T 2260).</translation>
        </message>
        <message>
            <source>Patch {code}: only {share:.2%} of its area lies in county {county}; most lies in {best}.</source>
            <translation>Patch {code}: only {share:.2%} of its area lies in county {county}; most lies in {best}.</translation>
        </message>
        <message>
            <source>Split the patch along the county boundary (the delineation's county split) and recode the parts.</source>
            <translation>Split the patch along the county boundary (the delineation's county split) and recode the parts.</translation>
        </message>
        <message>
            <source>MJ is {mj:.4f} km² but the geometry measures {area:.4f} km² ({off:+.3%}).</source>
            <translation>MJ is {mj:.4f} km² but the geometry measures {area:.4f} km² ({off:+.3%}).</translation>
        </message>
        <message>
            <source>MJ {mj!r} has more than 4 decimals.</source>
            <translation>MJ {mj!r} has more than 4 decimals.</translation>
        </message>
        <message>
            <source>MJ_GQ is {mj_gq:.2f} ha but MJ × 100 is {expected:.2f} ha.</source>
            <translation>MJ_GQ is {mj_gq:.2f} ha but MJ × 100 is {expected:.2f} ha.</translation>
        </message>
        <message>
            <source>Patch {code}: {problems}</source>
            <translation>Patch {code}: {problems}</translation>
        </message>
        <message>
            <source>Recompute MJ (ellipsoidal km², 4 decimals) and MJ_GQ (MJ × 100) from the geometry.</source>
            <translation>Recompute MJ (ellipsoidal km², 4 decimals) and MJ_GQ (MJ × 100) from the geometry.</translation>
        </message>
        <message>
            <source>Patch {code} covers {area:.1f} m², under the standard's {minimum:g} m²: it is a crumb, not a patch.</source>
            <translation>Patch {code} covers {area:.1f} m², under the standard's {minimum:g} m²: it is a crumb, not a patch.</translation>
        </message>
        <message>
            <source>Merge it into the neighbouring patch of the same county or delete it, then code the patches again.</source>
            <translation>Merge it into the neighbouring patch of the same county or delete it, then code the patches again.</translation>
        </message>
        <message>
            <source>Patch {code} measures {area:.4f} km², under the minimum of {minimum:g} km², and touches no protected area.</source>
            <translation>Patch {code} measures {area:.4f} km², under the minimum of {minimum:g} km², and touches no protected area.</translation>
        </message>
        <message>
            <source>Merge it with a neighbour, drop it, or record the protected area it belongs to (ZRBHD).</source>
            <translation>Merge it with a neighbour, drop it, or record the protected area it belongs to (ZRBHD).</translation>
        </message>
        <message>
            <source>Patch {code} is a sliver: area / perimeter² = {value:.5f} (threshold {ratio:g}).</source>
            <translation>Patch {code} is a sliver: area / perimeter² = {value:.5f} (threshold {ratio:g}).</translation>
        </message>
        <message>
            <source>Check whether it is a digitising artefact; merge it into its neighbour or remove it.</source>
            <translation>Check whether it is a digitising artefact; merge it into its neighbour or remove it.</translation>
        </message>
        <message>
            <source>Patch {code} has a hole of {area:.4f} km², under the fill threshold of {threshold:g} km².</source>
            <translation>Patch {code} has a hole of {area:.4f} km², under the fill threshold of {threshold:g} km².</translation>
        </message>
        <message>
            <source>Fill the hole unless it is conflict land (the deduction layer says why it was cut).</source>
            <translation>Fill the hole unless it is conflict land (the deduction layer says why it was cut).</translation>
        </message>
        <message>
            <source>{source} counts {count} patches; layer {layer} holds {actual}.</source>
            <translation>{source} counts {count} patches; layer {layer} holds {actual}.</translation>
        </message>
        <message>
            <source>Export the package again: the manifest must describe the layer it ships.</source>
            <translation>Export the package again: the manifest must describe the layer it ships.</translation>
        </message>
        <message>
            <source>{source} gives a total of {total:.4f} km²; the MJ of layer {layer} sum to {actual:.4f} km².</source>
            <translation>{source} gives a total of {total:.4f} km²; the MJ of layer {layer} sum to {actual:.4f} km².</translation>
        </message>
        <message>
            <source>Ask the province for a new copy of the package; do not repair it by hand.</source>
            <translation>Ask the province for a new copy of the package; do not repair it by hand.</translation>
        </message>
        <message>
            <source>an empty name or a NUL byte</source>
            <translation>an empty name or a NUL byte</translation>
        </message>
        <message>
            <source>a backslash</source>
            <translation>a backslash</translation>
        </message>
        <message>
            <source>an absolute path</source>
            <translation>an absolute path</translation>
        </message>
        <message>
            <source>'..' or '.' in the path</source>
            <translation>'..' or '.' in the path</translation>
        </message>
        <message>
            <source>Package {package} holds {count} members; at most {limit} are accepted.</source>
            <translation>Package {package} holds {count} members; at most {limit} are accepted.</translation>
        </message>
        <message>
            <source>A package holds a few dozen files: ask the province for the package the export wrote.</source>
            <translation>A package holds a few dozen files: ask the province for the package the export wrote.</translation>
        </message>
        <message>
            <source>a link or special file</source>
            <translation>a link or special file</translation>
        </message>
        <message>
            <source>a duplicate name</source>
            <translation>a duplicate name</translation>
        </message>
        <message>
            <source>Package {package} has a member {name!r} with {reason}; nothing was unpacked.</source>
            <translation>Package {package} has a member {name!r} with {reason}; nothing was unpacked.</translation>
        </message>
        <message>
            <source>Refuse the package and ask the province for the one the export wrote.</source>
            <translation>Refuse the package and ask the province for the one the export wrote.</translation>
        </message>
        <message>
            <source>Package {package} has encrypted members.</source>
            <translation>Package {package} has encrypted members.</translation>
        </message>
        <message>
            <source>Package {package} would unpack to {size:,} bytes; at most {limit:,} are accepted.</source>
            <translation>Package {package} would unpack to {size:,} bytes; at most {limit:,} are accepted.</translation>
        </message>
        <message>
            <source>Refuse the package (it may be a zip bomb) or raise the limit if the province's data really are this large.</source>
            <translation>Refuse the package (it may be a zip bomb) or raise the limit if the province's data really are this large.</translation>
        </message>
        <message>
            <source>{name} in {package} inflates from {packed:,} to {size:,} bytes, more than {ratio:g} times; nothing of it was unpacked.</source>
            <translation>{name} in {package} inflates from {packed:,} to {size:,} bytes, more than {ratio:g} times; nothing of it was unpacked.</translation>
        </message>
        <message>
            <source>Refuse the package: it is a zip bomb or not the export's. Ask the province for the package the export wrote.</source>
            <translation>Refuse the package: it is a zip bomb or not the export's. Ask the province for the package the export wrote.</translation>
        </message>
        <message>
            <source>{name} in {package} is larger than {limit:,} bytes.</source>
            <translation>{name} in {package} is larger than {limit:,} bytes.</translation>
        </message>
        <message>
            <source>Member {name!r} would be written outside the unpacking folder.</source>
            <translation>Member {name!r} would be written outside the unpacking folder.</translation>
        </message>
        <message>
            <source>Refuse the package.</source>
            <translation>Refuse the package.</translation>
        </message>
        <message>
            <source>{name} in {package} unpacks to more bytes than it declares.</source>
            <translation>{name} in {package} unpacks to more bytes than it declares.</translation>
        </message>
        <message>
            <source>Refuse the package (it may be a zip bomb).</source>
            <translation>Refuse the package (it may be a zip bomb).</translation>
        </message>
        <message>
            <source>Package {package} is not a readable zip archive ({reason}); it may be truncated or corrupted.</source>
            <translation>Package {package} is not a readable zip archive ({reason}); it may be truncated or corrupted.</translation>
        </message>
        <message>
            <source>Package {package} cannot be unpacked ({reason}); it may be truncated or corrupted.</source>
            <translation>Package {package} cannot be unpacked ({reason}); it may be truncated or corrupted.</translation>
        </message>
        <message>
            <source>Package {package} has no manifest.json.</source>
            <translation>Package {package} has no manifest.json.</translation>
        </message>
        <message>
            <source>Only packages written by the export (with manifest.json) are accepted.</source>
            <translation>Only packages written by the export (with manifest.json) are accepted.</translation>
        </message>
        <message>
            <source>Ask the province to export the package again.</source>
            <translation>Ask the province to export the package again.</translation>
        </message>
        <message>
            <source>manifest.json lists {name!r}, which has {reason}.</source>
            <translation>manifest.json lists {name!r}, which has {reason}.</translation>
        </message>
        <message>
            <source>a reserved name</source>
            <translation>a reserved name</translation>
        </message>
        <message>
            <source>{name} is in package {package} but not in its manifest; it was not unpacked.</source>
            <translation>{name} is in package {package} but not in its manifest; it was not unpacked.</translation>
        </message>
        <message>
            <source>A package holds only the files its manifest lists: ask the province for a clean export.</source>
            <translation>A package holds only the files its manifest lists: ask the province for a clean export.</translation>
        </message>
        <message>
            <source>manifest.json lists {name}, which is not in package {package}.</source>
            <translation>manifest.json lists {name}, which is not in package {package}.</translation>
        </message>
        <message>
            <source>Package {package} lacks {name}, which the standard requires.</source>
            <translation>Package {package} lacks {name}, which the standard requires.</translation>
        </message>
        <message>
            <source>Export the package with the plugin: it writes every file the standard lists.</source>
            <translation>Export the package with the plugin: it writes every file the standard lists.</translation>
        </message>
        <message>
            <source>Unpacking {package} needs {size:,} bytes; {folder} has {free:,} free.</source>
            <translation>Unpacking {package} needs {size:,} bytes; {folder} has {free:,} free.</translation>
        </message>
        <message>
            <source>Free disk space or choose another working folder.</source>
            <translation>Free disk space or choose another working folder.</translation>
        </message>
        <message>
            <source>{name} in {package}: sha256 {found}… ({size:,} bytes), manifest {expected}… ({listed:,}).</source>
            <translation>{name} in {package}: sha256 {found}… ({size:,} bytes), manifest {expected}… ({listed:,}).</translation>
        </message>
        <message>
            <source>The file was changed after the export: ask the province for the package as exported.</source>
            <translation>The file was changed after the export: ask the province for the package as exported.</translation>
        </message>
        <message>
            <source>its DBF cannot be read ({reason})</source>
            <translation>its DBF cannot be read ({reason})</translation>
        </message>
        <message>
            <source>record {number}: HXBM {code!r} is not a patch of STBHHX.gpkg</source>
            <translation>record {number}: HXBM {code!r} is not a patch of STBHHX.gpkg</translation>
        </message>
        <message>
            <source>patch {code}: {field} is not valid {encoding}</source>
            <translation>patch {code}: {field} is not valid {encoding}</translation>
        </message>
        <message>
            <source>patch {code}: {field} reads {found!r} in the shapefile but {expected!r} in STBHHX.gpkg</source>
            <translation>patch {code}: {field} reads {found!r} in the shapefile but {expected!r} in STBHHX.gpkg</translation>
        </message>
        <message>
            <source>and more</source>
            <translation>and more</translation>
        </message>
        <message>
            <source>… and {count} more errors.</source>
            <translation>… and {count} more errors.</translation>
        </message>
        <message>
            <source>the layer is not in EPSG:4490, so nothing can be measured</source>
            <translation>the layer is not in EPSG:4490, so nothing can be measured</translation>
        </message>
        <message>
            <source>no province boundary was given</source>
            <translation>no province boundary was given</translation>
        </message>
        <message>
            <source>no county boundary layer was given</source>
            <translation>no county boundary layer was given</translation>
        </message>
        <message>
            <source>edge matching needs the neighbouring provinces' packages (national merge)</source>
            <translation>edge matching needs the neighbouring provinces' packages (national merge)</translation>
        </message>
        <message>
            <source>Ask the province to export the package again; do not repair the GeoPackage by hand.</source>
            <translation>Ask the province to export the package again; do not repair the GeoPackage by hand.</translation>
        </message>
        <message>
            <source>{name} cannot be opened as a database ({reason}).</source>
            <translation>{name} cannot be opened as a database ({reason}).</translation>
        </message>
        <message>
            <source>{name} is a corrupted database ({reason}).</source>
            <translation>{name} is a corrupted database ({reason}).</translation>
        </message>
        <message>
            <source>{name} is an SQLite database but not a GeoPackage.</source>
            <translation>{name} is an SQLite database but not a GeoPackage.</translation>
        </message>
        <message>
            <source>{name} is not data only: it holds {objects}; nothing of it was read or merged.</source>
            <translation>{name} is not data only: it holds {objects}; nothing of it was read or merged.</translation>
        </message>
        <message>
            <source>Refuse the package: a view or trigger runs when the file is opened or edited. Ask the province for the package the export wrote (it holds none).</source>
            <translation>Refuse the package: a view or trigger runs when the file is opened or edited. Ask the province for the package the export wrote (it holds none).</translation>
        </message>
        <message>
            <source>{name} is a corrupted or unreadable database ({reason}).</source>
            <translation>{name} is a corrupted or unreadable database ({reason}).</translation>
        </message>
        <message>
            <source>{name} has no feature table {layer}.</source>
            <translation>{name} has no feature table {layer}.</translation>
        </message>
        <message>
            <source>{name} declares layers that are not tables: {names}.</source>
            <translation>{name} declares layers that are not tables: {names}.</translation>
        </message>
        <message>
            <source>{name} holds a layer {layer} that the standard does not define; it is not merged.</source>
            <translation>{name} holds a layer {layer} that the standard does not define; it is not merged.</translation>
        </message>
        <message>
            <source>{name} holds a layer named {layer}, which is not a plain name (letters, digits, underscores, at most 63); it is not read or merged.</source>
            <translation>{name} holds a layer named {layer}, which is not a plain name (letters, digits, underscores, at most 63); it is not read or merged.</translation>
        </message>
        <message>
            <source>Remove the layer from the workspace before the export, or ignore this warning if it is harmless.</source>
            <translation>Remove the layer from the workspace before the export, or ignore this warning if it is harmless.</translation>
        </message>
        <message>
            <source>The package name {name} is not {{XZQDM6}}_STBHHX_{{YYYYMMDD}}.zip.</source>
            <translation>The package name {name} is not {{XZQDM6}}_STBHHX_{{YYYYMMDD}}.zip.</translation>
        </message>
        <message>
            <source>The package name {name} does not match its manifest (province {province}, date {date}).</source>
            <translation>The package name {name} does not match its manifest (province {province}, date {date}).</translation>
        </message>
        <message>
            <source>Keep the name the export gave the package.</source>
            <translation>Keep the name the export gave the package.</translation>
        </message>
        <message>
            <source>its .cpg does not say UTF-8</source>
            <translation>its .cpg does not say UTF-8</translation>
        </message>
        <message>
            <source>it holds {count} patches, STBHHX.gpkg {expected}</source>
            <translation>it holds {count} patches, STBHHX.gpkg {expected}</translation>
        </message>
        <message>
            <source>The shapefile copy STBHHX.shp differs from the standard: {problems}.</source>
            <translation>The shapefile copy STBHHX.shp differs from the standard: {problems}.</translation>
        </message>
        <message>
            <source>Export the package again: the shapefile is a copy of STBHHX for tools that read only shapefiles.</source>
            <translation>Export the package again: the shapefile is a copy of STBHHX for tools that read only shapefiles.</translation>
        </message>
        <message>
            <source>{name} is not a readable raster ({reason}).</source>
            <translation>{name} is not a readable raster ({reason}).</translation>
        </message>
        <message>
            <source>Export the package again.</source>
            <translation>Export the package again.</translation>
        </message>
        <message>
            <source>it is not tiled</source>
            <translation>it is not tiled</translation>
        </message>
        <message>
            <source>it does not name its classes</source>
            <translation>it does not name its classes</translation>
        </message>
        <message>
            <source>it has no .qml style</source>
            <translation>it has no .qml style</translation>
        </message>
        <message>
            <source>Raster {name}: {problems}.</source>
            <translation>Raster {name}: {problems}.</translation>
        </message>
        <message>
            <source>Grade the raster with the plugin, which writes tiles, class names and a style.</source>
            <translation>Grade the raster with the plugin, which writes tiles, class names and a style.</translation>
        </message>
        <message>
            <source>The manifest gives the CRS {crs}; the standard's is EPSG:4490.</source>
            <translation>The manifest gives the CRS {crs}; the standard's is EPSG:4490.</translation>
        </message>
        <message>
            <source>Reproject the patches to EPSG:4490 and export again.</source>
            <translation>Reproject the patches to EPSG:4490 and export again.</translation>
        </message>
        <message>
            <source>the archive could not be trusted, so its layers were not read</source>
            <translation>the archive could not be trusted, so its layers were not read</translation>
        </message>
        <message>
            <source>Layer {layer} is of type {kind}; the standard's is polygon / multipolygon.</source>
            <translation>Layer {layer} is of type {kind}; the standard's is polygon / multipolygon.</translation>
        </message>
        <message>
            <source>Export the patches as polygons.</source>
            <translation>Export the patches as polygons.</translation>
        </message>
        <message>
            <source>manifest.json counts {count} rows in {table}; STBHHX.gpkg holds {actual}.</source>
            <translation>manifest.json counts {count} rows in {table}; STBHHX.gpkg holds {actual}.</translation>
        </message>
        <message>
            <source>Export the package again: the manifest must describe the layers it ships.</source>
            <translation>Export the package again: the manifest must describe the layers it ships.</translation>
        </message>
        <message>
            <source>the export lists the values it cut for the shapefile copy in the package's QA report</source>
            <translation>the export lists the values it cut for the shapefile copy in the package's QA report</translation>
        </message>
        <message>
            <source>add {offset:g}</source>
            <translation>add {offset:g}</translation>
        </message>
        <message>
            <source>multiply by {scale:g}</source>
            <translation>multiply by {scale:g}</translation>
        </message>
        <message>
            <source>Red Line Workbench</source>
            <translation>Red Line Workbench</translation>
        </message>
        <message>
            <source>class code</source>
            <translation>class code</translation>
        </message>
        <message>
            <source>fraction</source>
            <translation>fraction</translation>
        </message>
        <message>
            <source>0–1 fraction</source>
            <translation>0–1 fraction</translation>
        </message>
        <message>
            <source>% (rise)</source>
            <translation>% (rise)</translation>
        </message>
        <message>
            <source>dimensionless</source>
            <translation>dimensionless</translation>
        </message>
        <message>
            <source>index</source>
            <translation>index</translation>
        </message>
        <message>
            <source>days per year</source>
            <translation>days per year</translation>
        </message>
        <message>
            <source>service value</source>
            <translation>service value</translation>
        </message>
        <message>
            <source>grade</source>
            <translation>grade</translation>
        </message>
        <message>
            <source>MODIS integers (×0.0001)</source>
            <translation>MODIS integers (×0.0001)</translation>
        </message>
        <message>
            <source>US units (hundreds of ft·tonf·in·ac⁻¹·h⁻¹·a⁻¹)</source>
            <translation>US units (hundreds of ft·tonf·in·ac⁻¹·h⁻¹·a⁻¹)</translation>
        </message>
        <message>
            <source>US units (short ton·ac·h·ac⁻¹·ft⁻¹·tonf⁻¹·in⁻¹)</source>
            <translation>US units (short ton·ac·h·ac⁻¹·ft⁻¹·tonf⁻¹·in⁻¹)</translation>
        </message>
        <message>
            <source>degrees = atan(percent / 100)</source>
            <translation>degrees = atan(percent / 100)</translation>
        </message>
        <message>
            <source>divide by 17.02</source>
            <translation>divide by 17.02</translation>
        </message>
        <message>
            <source>'{role}' is not an input role. Use one of: {roles}.</source>
            <translation>'{role}' is not an input role. Use one of: {roles}.</translation>
        </message>
        <message>
            <source>This workspace was saved by a newer Red Line Workbench (state version {version}). Update the plugin before opening it.</source>
            <translation>This workspace was saved by a newer Red Line Workbench (state version {version}). Update the plugin before opening it.</translation>
        </message>
        <message>
            <source>'{path}' exists but is not a GeoPackage. Choose another file name for the workspace.</source>
            <translation>'{path}' exists but is not a GeoPackage. Choose another file name for the workspace.</translation>
        </message>
        <message>
            <source>The workspace must be a GeoPackage (.gpkg); '{path}' is not.</source>
            <translation>The workspace must be a GeoPackage (.gpkg); '{path}' is not.</translation>
        </message>
        <message>
            <source>The workspace '{path}' cannot be created. Check that the folder is writable.</source>
            <translation>The workspace '{path}' cannot be created. Check that the folder is writable.</translation>
        </message>
        <message>
            <source>The workspace '{path}' cannot be opened for writing. Check that it exists and is not read-only.</source>
            <translation>The workspace '{path}' cannot be opened for writing. Check that it exists and is not read-only.</translation>
        </message>
        <message>
            <source>The workspace '{path}' is locked by another program. Close it there and retry.</source>
            <translation>The workspace '{path}' is locked by another program. Close it there and retry.</translation>
        </message>
        <message>
            <source>The state could not be written to the workspace '{path}'.</source>
            <translation>The state could not be written to the workspace '{path}'.</translation>
        </message>
        <message>
            <source>the output '{name}' was deleted</source>
            <translation>the output '{name}' was deleted</translation>
        </message>
        <message>
            <source>Red Line Workbench / 生态保护红线</source>
            <translation>Red Line Workbench / 生态保护红线</translation>
        </message>
        <message>
            <source>Close the panel</source>
            <translation>Close the panel</translation>
        </message>
        <message>
            <source>Detach or dock the panel</source>
            <translation>Detach or dock the panel</translation>
        </message>
        <message>
            <source>Import a human-activity interpretation layer</source>
            <translation>Import a human-activity interpretation layer</translation>
        </message>
        <message>
            <source>e.g. 2024年人类活动遥感监测</source>
            <translation>e.g. 2024年人类活动遥感监测</translation>
        </message>
        <message>
            <source>1  Interpretation layer</source>
            <translation>1  Interpretation layer</translation>
        </message>
        <message>
            <source>Layer (polygons)</source>
            <translation>Layer (polygons)</translation>
        </message>
        <message>
            <source>Activity type field</source>
            <translation>Activity type field</translation>
        </message>
        <message>
            <source>Detection source</source>
            <translation>Detection source</translation>
        </message>
        <message>
            <source>Detection date</source>
            <translation>Detection date</translation>
        </message>
        <message>
            <source>Into the ledger of {name}</source>
            <translation>Into the ledger of {name}</translation>
        </message>
        <message>
            <source>Ledger field</source>
            <translation>Ledger field</translation>
        </message>
        <message>
            <source>Source field</source>
            <translation>Source field</translation>
        </message>
        <message>
            <source>2  Ledger fields filled from the layer</source>
            <translation>2  Ledger fields filled from the layer</translation>
        </message>
        <message>
            <source>Red-line code, county and area come from the polygon itself; the statuses start as 待核实.</source>
            <translation>Red-line code, county and area come from the polygon itself; the statuses start as 待核实.</translation>
        </message>
        <message>
            <source>Value in the layer</source>
            <translation>Value in the layer</translation>
        </message>
        <message>
            <source>Polygons</source>
            <translation>Polygons</translation>
        </message>
        <message>
            <source>Activity code</source>
            <translation>Activity code</translation>
        </message>
        <message>
            <source>3  Activity codes for the type values</source>
            <translation>3  Activity codes for the type values</translation>
        </message>
        <message>
            <source>4  Preview of the first rows</source>
            <translation>4  Preview of the first rows</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(not imported)</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>(choose a code)</source>
            <translation>(choose a code)</translation>
        </message>
        <message>
            <source>(no code)</source>
            <translation>(no code)</translation>
        </message>
        <message>
            <source>Choose the interpretation layer (a polygon layer of the project).</source>
            <translation>Choose the interpretation layer (a polygon layer of the project).</translation>
        </message>
        <message>
            <source>Choose the field that holds the activity type.</source>
            <translation>Choose the field that holds the activity type.</translation>
        </message>
        <message>
            <source>Give an activity code to every type value; still without one: {values}.</source>
            <translation>Give an activity code to every type value; still without one: {values}.</translation>
        </message>
        <message>
            <source>'{value}' is not a valid value for {field}.</source>
            <translation>'{value}' is not a valid value for {field}.</translation>
        </message>
        <message>
            <source>Ledger conflicts from field packages</source>
            <translation>Ledger conflicts from field packages</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Mine (office)</source>
            <translation>Mine (office)</translation>
        </message>
        <message>
            <source>Theirs (field)</source>
            <translation>Theirs (field)</translation>
        </message>
        <message>
            <source>Use the field's geometry</source>
            <translation>Use the field's geometry</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Keep mine</translation>
        </message>
        <message>
            <source>Keep theirs</source>
            <translation>Keep theirs</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>No open conflicts: every field package is merged.</source>
            <translation>No open conflicts: every field package is merged.</translation>
        </message>
        <message>
            <source>Changed in the office and in the field ({package}). Mine: {mine}. Theirs: {theirs}.</source>
            <translation>Changed in the office and in the field ({package}). Mine: {mine}. Theirs: {theirs}.</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>deleted</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>edited</translation>
        </message>
        <message>
            <source>Keep theirs (delete)</source>
            <translation>Keep theirs (delete)</translation>
        </message>
        <message>
            <source>Keep mine (stays deleted)</source>
            <translation>Keep mine (stays deleted)</translation>
        </message>
        <message>
            <source>Save edited version</source>
            <translation>Save edited version</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>As of</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Import human-activity layer…</source>
            <translation>Import human-activity layer…</translation>
        </message>
        <message>
            <source>Add the polygons of an interpretation layer to the human activity ledger, with its fields and types mapped</source>
            <translation>Add the polygons of an interpretation layer to the human activity ledger, with its fields and types mapped</translation>
        </message>
        <message>
            <source>Field conflicts…</source>
            <translation>Field conflicts…</translation>
        </message>
        <message>
            <source>Rows changed both in the office and in a field package: compare them and keep mine, keep theirs or edit</source>
            <translation>Rows changed both in the office and in a field package: compare them and keep mine, keep theirs or edit</translation>
        </message>
        <message>
            <source>County</source>
            <translation>County</translation>
        </message>
        <message>
            <source>All counties</source>
            <translation>All counties</translation>
        </message>
        <message>
            <source>Field conflicts ({count})…</source>
            <translation>Field conflicts ({count})…</translation>
        </message>
        <message>
            <source>{inserted} activities imported; {known} already in the ledger; {outside} outside the red line.</source>
            <translation>{inserted} activities imported; {known} already in the ledger; {outside} outside the red line.</translation>
        </message>
        <message>
            <source>No chart: the Python package matplotlib is not installed in this QGIS (Debian/Ubuntu: python3-matplotlib; Windows: matplotlib in the OSGeo4W installer). The tables above work without it.</source>
            <translation>No chart: the Python package matplotlib is not installed in this QGIS (Debian/Ubuntu: python3-matplotlib; Windows: matplotlib in the OSGeo4W installer). The tables above work without it.</translation>
        </message>
        <message>
            <source>Validating {name}</source>
            <translation>Validating {name}</translation>
        </message>
        <message>
            <source>Validate submission package</source>
            <translation>Validate submission package</translation>
        </message>
        <message>
            <source>Submission package (*.zip)</source>
            <translation>Submission package (*.zip)</translation>
        </message>
        <message>
            <source>Province boundaries (optional)</source>
            <translation>Province boundaries (optional)</translation>
        </message>
        <message>
            <source>County boundaries (optional)</source>
            <translation>County boundaries (optional)</translation>
        </message>
        <message>
            <source>Validate</source>
            <translation>Validate</translation>
        </message>
        <message>
            <source>Open QA report</source>
            <translation>Open QA report</translation>
        </message>
        <message>
            <source>Choose a package (.zip) first.</source>
            <translation>Choose a package (.zip) first.</translation>
        </message>
        <message>
            <source>Validating {name}…</source>
            <translation>Validating {name}…</translation>
        </message>
        <message>
            <source>Validation was cancelled.</source>
            <translation>Validation was cancelled.</translation>
        </message>
        <message>
            <source>Reference grid: {width} × {height} cells of {size:g} m ({cells:,} cells).</source>
            <translation>Reference grid: {width} × {height} cells of {size:g} m ({cells:,} cells).</translation>
        </message>
        <message>
            <source>The saved wizard state could not be read ({reason}); starting afresh.</source>
            <translation>The saved wizard state could not be read ({reason}); starting afresh.</translation>
        </message>
        <message>
            <source>Another step or an input check is running; wait for it or cancel it first.</source>
            <translation>Another step or an input check is running; wait for it or cancel it first.</translation>
        </message>
        <message>
            <source>Some results could not be added to the map: {paths}</source>
            <translation>Some results could not be added to the map: {paths}</translation>
        </message>
        <message>
            <source>'{step}' finished.</source>
            <translation>'{step}' finished.</translation>
        </message>
        <message>
            <source>'{step}' was cancelled; nothing was written.</source>
            <translation>'{step}' was cancelled; nothing was written.</translation>
        </message>
        <message>
            <source>The reference grid could not be built: {error}</source>
            <translation>The reference grid could not be built: {error}</translation>
        </message>
        <message>
            <source>No reference grid: {error}</source>
            <translation>No reference grid: {error}</translation>
        </message>
        <message>
            <source>Red line: reference grid</source>
            <translation>Red line: reference grid</translation>
        </message>
        <message>
            <source>Building the reference grid…</source>
            <translation>Building the reference grid…</translation>
        </message>
        <message>
            <source>Red line: check {role}</source>
            <translation>Red line: check {role}</translation>
        </message>
        <message>
            <source>The area table could not be made: {error}</source>
            <translation>The area table could not be made: {error}</translation>
        </message>
        <message>
            <source>Red line: area per grade</source>
            <translation>Red line: area per grade</translation>
        </message>
        <message>
            <source>'{step}' failed: {reason}.</source>
            <translation>'{step}' failed: {reason}.</translation>
        </message>
        <message>
            <source>the plugin met an unexpected error</source>
            <translation>the plugin met an unexpected error</translation>
        </message>
        <message>
            <source>Check the step's inputs and settings and run it again. If it fails again, send the details (the Details button, or QGIS's log panel) to the plugin's maintainers.</source>
            <translation>Check the step's inputs and settings and run it again. If it fails again, send the details (the Details button, or QGIS's log panel) to the plugin's maintainers.</translation>
        </message>
        <message>
            <source>Help: {step}</source>
            <translation>Help: {step}</translation>
        </message>
        <message>
            <source>How this step works and where the method comes from</source>
            <translation>How this step works and where the method comes from</translation>
        </message>
        <message>
            <source>Close the help</source>
            <translation>Close the help</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>The file for '{role}'</source>
            <translation>The file for '{role}'</translation>
        </message>
        <message>
            <source>The layer for '{role}'</source>
            <translation>The layer for '{role}'</translation>
        </message>
        <message>
            <source>The band that holds the values</source>
            <translation>The band that holds the values</translation>
        </message>
        <message>
            <source>Not needed unless you have it.</source>
            <translation>Not needed unless you have it.</translation>
        </message>
        <message>
            <source>Choose a layer.</source>
            <translation>Choose a layer.</translation>
        </message>
        <message>
            <source>'{source}' cannot be opened any more (moved or deleted): choose the layer again.</source>
            <translation>'{source}' cannot be opened any more (moved or deleted): choose the layer again.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <source>Not checked yet.</source>
            <translation>Not checked yet.</translation>
        </message>
        <message>
            <source>Method of each function</source>
            <translation>Method of each function</translation>
        </message>
        <message>
            <source>How '{function}' is assessed</source>
            <translation>How '{function}' is assessed</translation>
        </message>
        <message>
            <source>Sensitivity types that apply</source>
            <translation>Sensitivity types that apply</translation>
        </message>
        <message>
            <source>Assess '{type}' sensitivity in this province</source>
            <translation>Assess '{type}' sensitivity in this province</translation>
        </message>
        <message>
            <source>Input layers</source>
            <translation>Input layers</translation>
        </message>
        <message>
            <source>Check all inputs</source>
            <translation>Check all inputs</translation>
        </message>
        <message>
            <source>Run the preflight on every chosen input again (a quick, sampled check)</source>
            <translation>Run the preflight on every chosen input again (a quick, sampled check)</translation>
        </message>
        <message>
            <source>Inputs</source>
            <translation>Inputs</translation>
        </message>
        <message>
            <source>The ledger by county, type and status</source>
            <translation>The ledger by county, type and status</translation>
        </message>
        <message>
            <source>Damage from land-cover change</source>
            <translation>Damage from land-cover change</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Help</translation>
        </message>
        <message>
            <source>How this step works, in plain words, with the guideline's reference</source>
            <translation>How this step works, in plain words, with the guideline's reference</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Run</translation>
        </message>
        <message>
            <source>Run this step in the background; QGIS stays usable meanwhile</source>
            <translation>Run this step in the background; QGIS stays usable meanwhile</translation>
        </message>
        <message>
            <source>Stop the step; nothing half-written is kept and earlier results stay as they were</source>
            <translation>Stop the step; nothing half-written is kept and earlier results stay as they were</translation>
        </message>
        <message>
            <source>Progress of the running step (also in QGIS's status bar)</source>
            <translation>Progress of the running step (also in QGIS's status bar)</translation>
        </message>
        <message>
            <source>Messages of the last run</source>
            <translation>Messages of the last run</translation>
        </message>
        <message>
            <source>What the algorithms reported while they ran</source>
            <translation>What the algorithms reported while they ran</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>The technical details of the failure, to send to the plugin's maintainers</source>
            <translation>The technical details of the failure, to send to the plugin's maintainers</translation>
        </message>
        <message>
            <source>Warning: </source>
            <translation>Warning: </translation>
        </message>
        <message>
            <source>Error: </source>
            <translation>Error: </translation>
        </message>
        <message>
            <source>Advanced parameters</source>
            <translation>Advanced parameters</translation>
        </message>
        <message>
            <source>Parameters most provinces leave at their defaults</source>
            <translation>Parameters most provinces leave at their defaults</translation>
        </message>
        <message>
            <source>Parameter {name} of {algorithm}</source>
            <translation>Parameter {name} of {algorithm}</translation>
        </message>
        <message>
            <source>The province (GB/T 2260); it sets the province code and the default CRS</source>
            <translation>The province (GB/T 2260); it sets the province code and the default CRS</translation>
        </message>
        <message>
            <source>— choose the province —</source>
            <translation>— choose the province —</translation>
        </message>
        <message>
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <source>Create or open the workspace GeoPackage</source>
            <translation>Create or open the workspace GeoPackage</translation>
        </message>
        <message>
            <source>One GeoPackage per province project: the red line, its ledger and the wizard's progress live in it</source>
            <translation>One GeoPackage per province project: the red line, its ledger and the wizard's progress live in it</translation>
        </message>
        <message>
            <source>Workspace GeoPackage (created if it does not exist)</source>
            <translation>Workspace GeoPackage (created if it does not exist)</translation>
        </message>
        <message>
            <source>Reference grid</source>
            <translation>Reference grid</translation>
        </message>
        <message>
            <source>Central meridian: the Gauss–Krüger zone, or λ0 of the province Albers</source>
            <translation>Central meridian: the Gauss–Krüger zone, or λ0 of the province Albers</translation>
        </message>
        <message>
            <source>Province default</source>
            <translation>Province default</translation>
        </message>
        <message>
            <source>Use the province's default central meridian and CRS</source>
            <translation>Use the province's default central meridian and CRS</translation>
        </message>
        <message>
            <source>Central meridian</source>
            <translation>Central meridian</translation>
        </message>
        <message>
            <source>CGCS2000 Gauss–Krüger zone or province Albers, as the submission standard says</source>
            <translation>CGCS2000 Gauss–Krüger zone or province Albers, as the submission standard says</translation>
        </message>
        <message>
            <source>Set when the province is chosen</source>
            <translation>Set when the province is chosen</translation>
        </message>
        <message>
            <source>Coordinate reference system of the grid</source>
            <translation>Coordinate reference system of the grid</translation>
        </message>
        <message>
            <source>Cell size of every assessment raster, in metres (30 m is usual at province scale)</source>
            <translation>Cell size of every assessment raster, in metres (30 m is usual at province scale)</translation>
        </message>
        <message>
            <source>Cell size</source>
            <translation>Cell size</translation>
        </message>
        <message>
            <source>Boundaries</source>
            <translation>Boundaries</translation>
        </message>
        <message>
            <source>The province boundary: the grid covers it and the red line stays inside it</source>
            <translation>The province boundary: the grid covers it and the red line stays inside it</translation>
        </message>
        <message>
            <source>Province boundary</source>
            <translation>Province boundary</translation>
        </message>
        <message>
            <source>The field with the province code (350000 …); leave empty when the layer holds only the province</source>
            <translation>The field with the province code (350000 …); leave empty when the layer holds only the province</translation>
        </message>
        <message>
            <source>Province code field (optional)</source>
            <translation>Province code field (optional)</translation>
        </message>
        <message>
            <source>County polygons with their 6-digit GB/T 2260 codes: patches are split and coded by county</source>
            <translation>County polygons with their 6-digit GB/T 2260 codes: patches are split and coded by county</translation>
        </message>
        <message>
            <source>Counties</source>
            <translation>Counties</translation>
        </message>
        <message>
            <source>The field with the county's 6-digit GB/T 2260 code (XZQDM)</source>
            <translation>The field with the county's 6-digit GB/T 2260 code (XZQDM)</translation>
        </message>
        <message>
            <source>The field with the county's name (XZQMC)</source>
            <translation>The field with the county's name (XZQMC)</translation>
        </message>
        <message>
            <source>County code and name fields</source>
            <translation>County code and name fields</translation>
        </message>
        <message>
            <source>Boundaries taken from web maps (Amap, Baidu, Tencent) are in GCJ-02 or BD-09 coordinates, a few hundred metres off, and no file says so. Use surveyed CGCS2000 boundaries for the submission.</source>
            <translation>Boundaries taken from web maps (Amap, Baidu, Tencent) are in GCJ-02 or BD-09 coordinates, a few hundred metres off, and no file says so. Use surveyed CGCS2000 boundaries for the submission.</translation>
        </message>
        <message>
            <source>The reference grid is built when the workspace, CRS, cell size and boundary are set.</source>
            <translation>The reference grid is built when the workspace, CRS, cell size and boundary are set.</translation>
        </message>
        <message>
            <source>Choose the province first.</source>
            <translation>Choose the province first.</translation>
        </message>
        <message>
            <source>one Gauss–Krüger zone</source>
            <translation>one Gauss–Krüger zone</translation>
        </message>
        <message>
            <source>several zones: province Albers</source>
            <translation>several zones: province Albers</translation>
        </message>
        <message>
            <source>Code {code}; county codes start with {prefix}; {west:.1f}–{east:.1f}°E ({kind}).</source>
            <translation>Code {code}; county codes start with {prefix}; {west:.1f}–{east:.1f}°E ({kind}).</translation>
        </message>
        <message>
            <source>The reference grid needs a projected CRS (metres); a geographic CRS has no cell size in metres.</source>
            <translation>The reference grid needs a projected CRS (metres); a geographic CRS has no cell size in metres.</translation>
        </message>
        <message>
            <source>Area of each grade in km², and the values at which the cumulative total reached 50 % and 80 %</source>
            <translation>Area of each grade in km², and the values at which the cumulative total reached 50 % and 80 %</translation>
        </message>
        <message>
            <source>The area of each grade appears here after the step has run.</source>
            <translation>The area of each grade appears here after the step has run.</translation>
        </message>
        <message>
            <source>Counting the area of each grade…</source>
            <translation>Counting the area of each grade…</translation>
        </message>
        <message>
            <source>Area of each grade (km²); grades: {legend}.</source>
            <translation>Area of each grade (km²); grades: {legend}.</translation>
        </message>
        <message>
            <source>Cumulative thresholds (service value): {lines}</source>
            <translation>Cumulative thresholds (service value): {lines}</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <source>Show the package in the file manager</source>
            <translation>Show the package in the file manager</translation>
        </message>
        <message>
            <source>Open the quality report of the package in the browser</source>
            <translation>Open the quality report of the package in the browser</translation>
        </message>
        <message>
            <source>Package: {path}</source>
            <translation>Package: {path}</translation>
        </message>
        <message>
            <source>The package appears here after the export.</source>
            <translation>The package appears here after the export.</translation>
        </message>
        <message>
            <source>The figures of the last run appear here.</source>
            <translation>The figures of the last run appear here.</translation>
        </message>
        <message>
            <source>The last run returned no figures.</source>
            <translation>The last run returned no figures.</translation>
        </message>
        <message>
            <source>Red line code</source>
            <translation>Red line code</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>Longitude</translation>
        </message>
        <message>
            <source>Latitude</source>
            <translation>Latitude</translation>
        </message>
        <message>
            <source>Red-line patches</source>
            <translation>Red-line patches</translation>
        </message>
        <message>
            <source>Edit patches</source>
            <translation>Edit patches</translation>
        </message>
        <message>
            <source>Switch the patch layer to edit mode; select a patch on the map to see its form</source>
            <translation>Switch the patch layer to edit mode; select a patch on the map to see its form</translation>
        </message>
        <message>
            <source>Save edits</source>
            <translation>Save edits</translation>
        </message>
        <message>
            <source>Write the edits into the workspace; areas and codes are updated by Delineation ▸ Run</source>
            <translation>Write the edits into the workspace; areas and codes are updated by Delineation ▸ Run</translation>
        </message>
        <message>
            <source>Selected patch</source>
            <translation>Selected patch</translation>
        </message>
        <message>
            <source>The attribute form of the patch selected on the map</source>
            <translation>The attribute form of the patch selected on the map</translation>
        </message>
        <message>
            <source>Select one patch on the map to edit its attributes here.</source>
            <translation>Select one patch on the map to edit its attributes here.</translation>
        </message>
        <message>
            <source>Findings of the check</source>
            <translation>Findings of the check</translation>
        </message>
        <message>
            <source>Click a finding to zoom the map to it</source>
            <translation>Click a finding to zoom the map to it</translation>
        </message>
        <message>
            <source>By county and function</source>
            <translation>By county and function</translation>
        </message>
        <message>
            <source>Number and area (km²) of the patches in each county, by dominant function</source>
            <translation>Number and area (km²) of the patches in each county, by dominant function</translation>
        </message>
        <message>
            <source>The patches appear here after Delineation has run.</source>
            <translation>The patches appear here after Delineation has run.</translation>
        </message>
        <message>
            <source>{count} patches in {name}.</source>
            <translation>{count} patches in {name}.</translation>
        </message>
        <message>
            <source>Edit mode: changes are kept until you save them.</source>
            <translation>Edit mode: changes are kept until you save them.</translation>
        </message>
        <message>
            <source>The edits could not be saved: {errors}</source>
            <translation>The edits could not be saved: {errors}</translation>
        </message>
        <message>
            <source>The attributes of the selected patch (aliases and value lists from the standard)</source>
            <translation>The attributes of the selected patch (aliases and value lists from the standard)</translation>
        </message>
        <message>
            <source>Run the check to list what fails the submission standard.</source>
            <translation>Run the check to list what fails the submission standard.</translation>
        </message>
        <message>
            <source>No findings: the patches pass every check that applies before export.</source>
            <translation>No findings: the patches pass every check that applies before export.</translation>
        </message>
        <message>
            <source>{total} findings; the first {shown} are listed (the layer has them all).</source>
            <translation>{total} findings; the first {shown} are listed (the layer has them all).</translation>
        </message>
        <message>
            <source>{total} findings. Click one to zoom to it.</source>
            <translation>{total} findings. Click one to zoom to it.</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Results</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameters</translation>
        </message>
        <message>
            <source>Restore defaults</source>
            <translation>Restore defaults</translation>
        </message>
        <message>
            <source>Put every parameter of this step back to the algorithm's default</source>
            <translation>Put every parameter of this step back to the algorithm's default</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Out of date</source>
            <translation>Out of date</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Not started</translation>
        </message>
        <message>
            <source>Not ready</source>
            <translation>Not ready</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>To do</translation>
        </message>
        <message>
            <source>Unavailable</source>
            <translation>Unavailable</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Running</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>{status}: the results are up to date.</source>
            <translation>{status}: the results are up to date.</translation>
        </message>
        <message>
            <source>{status}: this step has not been run yet.</source>
            <translation>{status}: this step has not been run yet.</translation>
        </message>
        <message>
            <source>and {count} more</source>
            <translation>and {count} more</translation>
        </message>
        <message>
            <source>{status}: {reasons}.</source>
            <translation>{status}: {reasons}.</translation>
        </message>
        <message>
            <source>Out-of-date results: {outputs}. Run the step again.</source>
            <translation>Out-of-date results: {outputs}. Run the step again.</translation>
        </message>
        <message>
            <source>This part of the plugin is not installed yet; the other steps work without it.</source>
            <translation>This part of the plugin is not installed yet; the other steps work without it.</translation>
        </message>
        <message>
            <source>Running: the results appear when the step has finished.</source>
            <translation>Running: the results appear when the step has finished.</translation>
        </message>
        <message>
            <source>{status}: {reason}.</source>
            <translation>{status}: {reason}.</translation>
        </message>
        <message>
            <source>Load a file from disk into the project and use it</source>
            <translation>Load a file from disk into the project and use it</translation>
        </message>
        <message>
            <source>Choose a raster</source>
            <translation>Choose a raster</translation>
        </message>
        <message>
            <source>Choose a vector layer</source>
            <translation>Choose a vector layer</translation>
        </message>
        <message>
            <source>'{path}' could not be loaded as a layer. Check that it is a raster or vector file.</source>
            <translation>'{path}' could not be loaded as a layer. Check that it is a raster or vector file.</translation>
        </message>
        <message>
            <source>The steps of the job, in order; the dot says whether each is done</source>
            <translation>The steps of the job, in order; the dot says whether each is done</translation>
        </message>
        <message>
            <source>◂ Back</source>
            <translation>◂ Back</translation>
        </message>
        <message>
            <source>The previous step</source>
            <translation>The previous step</translation>
        </message>
        <message>
            <source>Next ▸</source>
            <translation>Next ▸</translation>
        </message>
        <message>
            <source>The next step</source>
            <translation>The next step</translation>
        </message>
        <message>
            <source>Resumed the work saved in {name}: {done} of {total} steps done.</source>
            <translation>Resumed the work saved in {name}: {done} of {total} steps done.</translation>
        </message>
        <message>
            <source>Out of date: {steps}.</source>
            <translation>Out of date: {steps}.</translation>
        </message>
        <message>
            <source>Every step is done.</source>
            <translation>Every step is done.</translation>
        </message>
        <message>
            <source>Next: {step}.</source>
            <translation>Next: {step}.</translation>
        </message>
        <message>
            <source>Open Red Line Workbench</source>
            <translation>Open Red Line Workbench</translation>
        </message>
        <message>
            <source>Show the guided red-line workflow</source>
            <translation>Show the guided red-line workflow</translation>
        </message>
        <message>
            <source>Validate a submission package…</source>
            <translation>Validate a submission package…</translation>
        </message>
        <message>
            <source>Check a province's package against the submission standard</source>
            <translation>Check a province's package against the submission standard</translation>
        </message>
        <message>
            <source>Ecological function importance (NPP index method)</source>
            <translation>Ecological function importance (NPP index method)</translation>
        </message>
        <message>
            <source>The NPP quantitative index method of the 2017 guideline. Water conservation WR = NPPmean × Fsic × Fpre × (1 − Fslo); soil conservation Spro = NPPmean × (1 − K) × (1 − Fslo); windbreak and sand fixation Sws = NPPmean × K × Fq × D; biodiversity maintenance Sbio = NPPmean × Fpre × Ftem × (1 − Falt). NPPmean, Fpre, Ftem, Falt, Fslo, K, Fq and D are rescaled to 0–1 by min–max over the study area's valid cells; Fsic, already the 0–1 ladder heavy clay 1/13 … sand 13/13, is used as it is (change the ticks under 'Rescaled factors' to do otherwise). Every function whose factors are all given is computed, all in one pass over the factors; nodata of a factor stays nodata in the functions that use it. Make Fq, D, Fslo, Falt and Fsic with the sub-factor algorithms of this group. Optionally the same run grades every index by the cumulative value rule (exact breaks, default 50 % and 80 % of the total value) and writes the integrated importance: band 1 the highest grade over the functions, band 2 which functions reached it (1 water conservation, 2 soil conservation, 4 windbreak and sand fixation, 8 biodiversity, summed). Grading here gives the same breaks as 'Grade importance (cumulative value rule)' on each index, in fewer passes.</source>
            <translation>The NPP quantitative index method of the 2017 guideline. Water conservation WR = NPPmean × Fsic × Fpre × (1 − Fslo); soil conservation Spro = NPPmean × (1 − K) × (1 − Fslo); windbreak and sand fixation Sws = NPPmean × K × Fq × D; biodiversity maintenance Sbio = NPPmean × Fpre × Ftem × (1 − Falt). NPPmean, Fpre, Ftem, Falt, Fslo, K, Fq and D are rescaled to 0–1 by min–max over the study area's valid cells; Fsic, already the 0–1 ladder heavy clay 1/13 … sand 13/13, is used as it is (change the ticks under 'Rescaled factors' to do otherwise). Every function whose factors are all given is computed, all in one pass over the factors; nodata of a factor stays nodata in the functions that use it. Make Fq, D, Fslo, Falt and Fsic with the sub-factor algorithms of this group. Optionally the same run grades every index by the cumulative value rule (exact breaks, default 50 % and 80 % of the total value) and writes the integrated importance: band 1 the highest grade over the functions, band 2 which functions reached it (1 water conservation, 2 soil conservation, 4 windbreak and sand fixation, 8 biodiversity, summed). Grading here gives the same breaks as 'Grade importance (cumulative value rule)' on each index, in fewer passes.</translation>
        </message>
        <message>
            <source>NPPmean: multi-year mean net primary productivity</source>
            <translation>NPPmean: multi-year mean net primary productivity</translation>
        </message>
        <message>
            <source>Fsic: soil texture factor</source>
            <translation>Fsic: soil texture factor</translation>
        </message>
        <message>
            <source>Fpre: mean annual precipitation</source>
            <translation>Fpre: mean annual precipitation</translation>
        </message>
        <message>
            <source>Fslo: slope factor</source>
            <translation>Fslo: slope factor</translation>
        </message>
        <message>
            <source>K: soil erodibility factor</source>
            <translation>K: soil erodibility factor</translation>
        </message>
        <message>
            <source>Fq: wind erosion climate factor</source>
            <translation>Fq: wind erosion climate factor</translation>
        </message>
        <message>
            <source>D: terrain roughness factor (1/cos slope)</source>
            <translation>D: terrain roughness factor (1/cos slope)</translation>
        </message>
        <message>
            <source>Ftem: mean annual temperature</source>
            <translation>Ftem: mean annual temperature</translation>
        </message>
        <message>
            <source>Falt: elevation factor</source>
            <translation>Falt: elevation factor</translation>
        </message>
        <message>
            <source>Rescaled factors (min–max over the study area)</source>
            <translation>Rescaled factors (min–max over the study area)</translation>
        </message>
        <message>
            <source>Water conservation index</source>
            <translation>Water conservation index</translation>
        </message>
        <message>
            <source>Soil conservation index</source>
            <translation>Soil conservation index</translation>
        </message>
        <message>
            <source>Windbreak and sand fixation index</source>
            <translation>Windbreak and sand fixation index</translation>
        </message>
        <message>
            <source>Biodiversity maintenance index</source>
            <translation>Biodiversity maintenance index</translation>
        </message>
        <message>
            <source>Cumulative breaks (% of total value)</source>
            <translation>Cumulative breaks (% of total value)</translation>
        </message>
        <message>
            <source>Water conservation importance grade</source>
            <translation>Water conservation importance grade</translation>
        </message>
        <message>
            <source>Soil conservation importance grade</source>
            <translation>Soil conservation importance grade</translation>
        </message>
        <message>
            <source>Windbreak and sand fixation importance grade</source>
            <translation>Windbreak and sand fixation importance grade</translation>
        </message>
        <message>
            <source>Biodiversity maintenance importance grade</source>
            <translation>Biodiversity maintenance importance grade</translation>
        </message>
        <message>
            <source>Integrated importance grade</source>
            <translation>Integrated importance grade</translation>
        </message>
        <message>
            <source>Factor ranges before rescaling (JSON)</source>
            <translation>Factor ranges before rescaling (JSON)</translation>
        </message>
        <message>
            <source>Break values of each function (JSON)</source>
            <translation>Break values of each function (JSON)</translation>
        </message>
        <message>
            <source>{function}: not computed, it needs {missing}.</source>
            <translation>{function}: not computed, it needs {missing}.</translation>
        </message>
        <message>
            <source>No importance function can be computed: give the factors of at least one function and set its output.</source>
            <translation>No importance function can be computed: give the factors of at least one function and set its output.</translation>
        </message>
        <message>
            <source>{factor}: {low:g} – {high:g}</source>
            <translation>{factor}: {low:g} – {high:g}</translation>
        </message>
        <message>
            <source>Wind erosion climate factor Fq</source>
            <translation>Wind erosion climate factor Fq</translation>
        </message>
        <message>
            <source>Fq = 1/100 Σ ū³ (ETP − P)/ETP d over the 12 months, with ETP = 0.19 (20 + T)² (1 − r); a month with ETP ≤ P contributes 0. Wind is brought to 2 m by u₂ = u₁ (2/z₁)^(1/7), z₁ the anemometer height. For each variable give 12 single-band rasters in month order (January first) or one raster with 12 bands. Wind in m/s, temperature in °C, relative humidity in % (or a 0–1 fraction), precipitation in mm per month. All 48 rasters are read in one pass.</source>
            <translation>Fq = 1/100 Σ ū³ (ETP − P)/ETP d over the 12 months, with ETP = 0.19 (20 + T)² (1 − r); a month with ETP ≤ P contributes 0. Wind is brought to 2 m by u₂ = u₁ (2/z₁)^(1/7), z₁ the anemometer height. For each variable give 12 single-band rasters in month order (January first) or one raster with 12 bands. Wind in m/s, temperature in °C, relative humidity in % (or a 0–1 fraction), precipitation in mm per month. All 48 rasters are read in one pass.</translation>
        </message>
        <message>
            <source>Monthly mean wind speed (m/s), January to December</source>
            <translation>Monthly mean wind speed (m/s), January to December</translation>
        </message>
        <message>
            <source>Monthly mean temperature (°C), January to December</source>
            <translation>Monthly mean temperature (°C), January to December</translation>
        </message>
        <message>
            <source>Monthly mean relative humidity, January to December</source>
            <translation>Monthly mean relative humidity, January to December</translation>
        </message>
        <message>
            <source>Monthly precipitation (mm), January to December</source>
            <translation>Monthly precipitation (mm), January to December</translation>
        </message>
        <message>
            <source>Relative humidity is given</source>
            <translation>Relative humidity is given</translation>
        </message>
        <message>
            <source>in percent</source>
            <translation>in percent</translation>
        </message>
        <message>
            <source>as a 0–1 fraction</source>
            <translation>as a 0–1 fraction</translation>
        </message>
        <message>
            <source>Anemometer height z₁ (m)</source>
            <translation>Anemometer height z₁ (m)</translation>
        </message>
        <message>
            <source>Days per month d_i (January to December)</source>
            <translation>Days per month d_i (January to December)</translation>
        </message>
        <message>
            <source>{variable}: give 12 single-band rasters in month order, or one raster with 12 bands; {count} layer(s) were given.</source>
            <translation>{variable}: give 12 single-band rasters in month order, or one raster with 12 bands; {count} layer(s) were given.</translation>
        </message>
        <message>
            <source>Wind speed</source>
            <translation>Wind speed</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>Temperature</translation>
        </message>
        <message>
            <source>Relative humidity</source>
            <translation>Relative humidity</translation>
        </message>
        <message>
            <source>Precipitation</source>
            <translation>Precipitation</translation>
        </message>
        <message>
            <source>Terrain factors D, Fslo, Falt</source>
            <translation>Terrain factors D, Fslo, Falt</translation>
        </message>
        <message>
            <source>From a slope raster in degrees: D = 1/cos θ (terrain roughness, for windbreak and sand fixation) and Fslo, the slope rescaled to 0–1 over the study area's valid cells. From a DEM: Falt, the elevation rescaled to 0–1. Make the slope with Raster terrain analysis ▸ Slope (native:slope) or redline:slope, in degrees. Outputs whose input is missing are not written.</source>
            <translation>From a slope raster in degrees: D = 1/cos θ (terrain roughness, for windbreak and sand fixation) and Fslo, the slope rescaled to 0–1 over the study area's valid cells. From a DEM: Falt, the elevation rescaled to 0–1. Make the slope with Raster terrain analysis ▸ Slope (native:slope) or redline:slope, in degrees. Outputs whose input is missing are not written.</translation>
        </message>
        <message>
            <source>Slope (degrees)</source>
            <translation>Slope (degrees)</translation>
        </message>
        <message>
            <source>Elevation (DEM)</source>
            <translation>Elevation (DEM)</translation>
        </message>
        <message>
            <source>D (1/cos slope)</source>
            <translation>D (1/cos slope)</translation>
        </message>
        <message>
            <source>Fslo (rescaled slope)</source>
            <translation>Fslo (rescaled slope)</translation>
        </message>
        <message>
            <source>Falt (rescaled elevation)</source>
            <translation>Falt (rescaled elevation)</translation>
        </message>
        <message>
            <source>Give a slope raster (for D and Fslo) or a DEM (for Falt), and at least one output.</source>
            <translation>Give a slope raster (for D and Fslo) or a DEM (for Falt), and at least one output.</translation>
        </message>
        <message>
            <source>The texture rank table must have 3 columns (code, class, rank); it has {n} cells.</source>
            <translation>The texture rank table must have 3 columns (code, class, rank); it has {n} cells.</translation>
        </message>
        <message>
            <source>Row {row} of the texture rank table: the code must be an integer and the rank a number such as 7/13.</source>
            <translation>Row {row} of the texture rank table: the code must be an integer and the rank a number such as 7/13.</translation>
        </message>
        <message>
            <source>Soil texture factor Fsic</source>
            <translation>Soil texture factor Fsic</translation>
        </message>
        <message>
            <source>Fsic from a soil texture class raster: each class code is replaced by its rank. The default table is the 13 USDA texture classes of the Harmonized World Soil Database (code 1 heavy clay … 13 sand) ranked 1/13 … 13/13; edit it to match the coding of your soil map. Codes without a row become nodata and are listed in the log. The raster is resampled with the majority (mode) rule when it is not on the reference grid.</source>
            <translation>Fsic from a soil texture class raster: each class code is replaced by its rank. The default table is the 13 USDA texture classes of the Harmonized World Soil Database (code 1 heavy clay … 13 sand) ranked 1/13 … 13/13; edit it to match the coding of your soil map. Codes without a row become nodata and are listed in the log. The raster is resampled with the majority (mode) rule when it is not on the reference grid.</translation>
        </message>
        <message>
            <source>Soil texture classes</source>
            <translation>Soil texture classes</translation>
        </message>
        <message>
            <source>Rank of each texture class</source>
            <translation>Rank of each texture class</translation>
        </message>
        <message>
            <source>Texture class</source>
            <translation>Texture class</translation>
        </message>
        <message>
            <source>Rank (0–1)</source>
            <translation>Rank (0–1)</translation>
        </message>
        <message>
            <source>Texture code {code} has no rank: {cells} cells set to nodata. Add a row for it.</source>
            <translation>Texture code {code} has no rank: {cells} cells set to nodata. Add a row for it.</translation>
        </message>
        <message>
            <source>Ecological sensitivity</source>
            <translation>Ecological sensitivity</translation>
        </message>
        <message>
            <source>Soil erosion ⁴√(R·K·LS·C), land desertification ⁴√(I·W·K·C), rocky desertification ³√(D·P·C) and salinization ⁴√(I·M·D·K). Each factor is scored by its table (1 generally sensitive, 3 sensitive, 5 extremely sensitive). Each break is written with the sign of its table, which says where a value on it goes: ≤ or ≥ puts it in the outer class (FVC ≤0.2;≥0.6: exactly 0.6 → 1, exactly 0.2 → 5), &lt; or &gt; in the middle class (R &lt;100;&gt;600: exactly 100 and 600 → 3); a bare number opens the class above. Values are compared in the raster's own precision (a float32 0.6 is 0.6). The composite is the geometric mean of the factors given for the type: a factor not given is left out, not set to 1. Composites are graded ≤ 2.0 → 1, 2.0–4.0 → 2, &gt; 4.0 → 3 (a composite equal to a break takes the lower grade). A type is assessed when at least one of its own factors is given (FVC and texture alone do not make a type). The integrated raster holds the highest grade over the types in band 1 and, in band 2, which types reached it (1 soil erosion, 2 land desertification, 4 rocky desertification, 8 salinization, summed). The legacy scheme uses 1/3/5/7/9 scores and five grades; its tables replace any table left at the 2017 default. Texture codes: USDA classes of HWSD (1 heavy clay … 13 sand), 14 gravel, 15 bedrock. The default R breaks (100 and 600) are read in the US customary units of the Wischmeier monthly formula used with these tables; an R in MJ·mm/(hm²·h·a) is 17.02 times larger: divide it by 17.02 or multiply the R breaks by 17.02.</source>
            <translation>Soil erosion ⁴√(R·K·LS·C), land desertification ⁴√(I·W·K·C), rocky desertification ³√(D·P·C) and salinization ⁴√(I·M·D·K). Each factor is scored by its table (1 generally sensitive, 3 sensitive, 5 extremely sensitive). Each break is written with the sign of its table, which says where a value on it goes: ≤ or ≥ puts it in the outer class (FVC ≤0.2;≥0.6: exactly 0.6 → 1, exactly 0.2 → 5), &lt; or &gt; in the middle class (R &lt;100;&gt;600: exactly 100 and 600 → 3); a bare number opens the class above. Values are compared in the raster's own precision (a float32 0.6 is 0.6). The composite is the geometric mean of the factors given for the type: a factor not given is left out, not set to 1. Composites are graded ≤ 2.0 → 1, 2.0–4.0 → 2, &gt; 4.0 → 3 (a composite equal to a break takes the lower grade). A type is assessed when at least one of its own factors is given (FVC and texture alone do not make a type). The integrated raster holds the highest grade over the types in band 1 and, in band 2, which types reached it (1 soil erosion, 2 land desertification, 4 rocky desertification, 8 salinization, summed). The legacy scheme uses 1/3/5/7/9 scores and five grades; its tables replace any table left at the 2017 default. Texture codes: USDA classes of HWSD (1 heavy clay … 13 sand), 14 gravel, 15 bedrock. The default R breaks (100 and 600) are read in the US customary units of the Wischmeier monthly formula used with these tables; an R in MJ·mm/(hm²·h·a) is 17.02 times larger: divide it by 17.02 or multiply the R breaks by 17.02.</translation>
        </message>
        <message>
            <source>Sensitivity types</source>
            <translation>Sensitivity types</translation>
        </message>
        <message>
            <source>R: rainfall erosivity (in the units of the R breaks; see the help)</source>
            <translation>R: rainfall erosivity (in the units of the R breaks; see the help)</translation>
        </message>
        <message>
            <source>LS: relief amplitude (m)</source>
            <translation>LS: relief amplitude (m)</translation>
        </message>
        <message>
            <source>C: fractional vegetation cover (0–1)</source>
            <translation>C: fractional vegetation cover (0–1)</translation>
        </message>
        <message>
            <source>K: soil texture classes</source>
            <translation>K: soil texture classes</translation>
        </message>
        <message>
            <source>I: aridity index</source>
            <translation>I: aridity index</translation>
        </message>
        <message>
            <source>W: days of wind ≥ 6 m/s per year</source>
            <translation>W: days of wind ≥ 6 m/s per year</translation>
        </message>
        <message>
            <source>D: carbonate rock outcrop (%)</source>
            <translation>D: carbonate rock outcrop (%)</translation>
        </message>
        <message>
            <source>P: slope (degrees)</source>
            <translation>P: slope (degrees)</translation>
        </message>
        <message>
            <source>I: evaporation / precipitation</source>
            <translation>I: evaporation / precipitation</translation>
        </message>
        <message>
            <source>M: groundwater mineralization (g/L)</source>
            <translation>M: groundwater mineralization (g/L)</translation>
        </message>
        <message>
            <source>D: groundwater depth (m)</source>
            <translation>D: groundwater depth (m)</translation>
        </message>
        <message>
            <source>Scoring scheme</source>
            <translation>Scoring scheme</translation>
        </message>
        <message>
            <source>Factor breaks and scores</source>
            <translation>Factor breaks and scores</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Factor</source>
            <translation>Factor</translation>
        </message>
        <message>
            <source>Breaks (≤ ≥: outer class; &lt; &gt;: middle class)</source>
            <translation>Breaks (≤ ≥: outer class; &lt; &gt;: middle class)</translation>
        </message>
        <message>
            <source>Scores</source>
            <translation>Scores</translation>
        </message>
        <message>
            <source>Texture class scores</source>
            <translation>Texture class scores</translation>
        </message>
        <message>
            <source>Composite breaks (a composite equal to a break takes the lower grade)</source>
            <translation>Composite breaks (a composite equal to a break takes the lower grade)</translation>
        </message>
        <message>
            <source>{type} sensitivity grade</source>
            <translation>{type} sensitivity grade</translation>
        </message>
        <message>
            <source>{type} sensitivity composite</source>
            <translation>{type} sensitivity composite</translation>
        </message>
        <message>
            <source>Integrated ecological sensitivity grade</source>
            <translation>Integrated ecological sensitivity grade</translation>
        </message>
        <message>
            <source>Cells per grade (JSON)</source>
            <translation>Cells per grade (JSON)</translation>
        </message>
        <message>
            <source>Give the factor rasters of at least one sensitivity type.</source>
            <translation>Give the factor rasters of at least one sensitivity type.</translation>
        </message>
        <message>
            <source>{type}: not assessed, none of its own factors was given.</source>
            <translation>{type}: not assessed, none of its own factors was given.</translation>
        </message>
        <message>
            <source>No sensitivity type can be assessed: each type needs at least one of its own factors (rainfall erosivity or relief for soil erosion; aridity or wind days for land desertification; carbonate outcrop or slope for rocky desertification; evaporation ratio, mineralization or groundwater depth for salinization).</source>
            <translation>No sensitivity type can be assessed: each type needs at least one of its own factors (rainfall erosivity or relief for soil erosion; aridity or wind days for land desertification; carbonate outcrop or slope for rocky desertification; evaporation ratio, mineralization or groundwater depth for salinization).</translation>
        </message>
        <message>
            <source>{type}: left out {factors}.</source>
            <translation>{type}: left out {factors}.</translation>
        </message>
        <message>
            <source>Texture code {code} has no score for {type}: {cells} cells set to nodata. Add a row for it.</source>
            <translation>Texture code {code} has no score for {type}: {cells} cells set to nodata. Add a row for it.</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <source>Delineation</source>
            <translation>Delineation</translation>
        </message>
        <message>
            <source>Ledger</source>
            <translation>Ledger</translation>
        </message>
        <message>
            <source>Submission</source>
            <translation>Submission</translation>
        </message>
        <message>
            <source>National merge</source>
            <translation>National merge</translation>
        </message>
        <message>
            <source>Reference grid (template raster, e.g. the DEM on the project grid)</source>
            <translation>Reference grid (template raster, e.g. the DEM on the project grid)</translation>
        </message>
        <message>
            <source>Reference grid (template raster; default: the grid of the first input)</source>
            <translation>Reference grid (template raster; default: the grid of the first input)</translation>
        </message>
        <message>
            <source>Give a reference grid raster: no input raster fixes the grid.</source>
            <translation>Give a reference grid raster: no input raster fixes the grid.</translation>
        </message>
        <message>
            <source>Study area (province boundary; cells outside it are left out and written as nodata)</source>
            <translation>Study area (province boundary; cells outside it are left out and written as nodata)</translation>
        </message>
        <message>
            <source>Candidate areas (extremely important ∪ extremely sensitive)</source>
            <translation>Candidate areas (extremely important ∪ extremely sensitive)</translation>
        </message>
        <message>
            <source>The cells of the top importance grade and of the top sensitivity grade, clipped to the province boundary, as polygons (methods.md §4.1–4.3). Optionally a 3×3 majority filter, and a sieve, clean the raster first: regions smaller than the given area (1 ha unless you change it; as many cells as cover it, so a 1 km grid is not sieved) are dropped and holes smaller than it filled. The rasters are read strip by strip, never whole. Each patch keeps which functions or types made it (area per HXLX code), from the second band of an integrated grade raster or from the function you name for a single-function grade.</source>
            <translation>The cells of the top importance grade and of the top sensitivity grade, clipped to the province boundary, as polygons (methods.md §4.1–4.3). Optionally a 3×3 majority filter, and a sieve, clean the raster first: regions smaller than the given area (1 ha unless you change it; as many cells as cover it, so a 1 km grid is not sieved) are dropped and holes smaller than it filled. The rasters are read strip by strip, never whole. Each patch keeps which functions or types made it (area per HXLX code), from the second band of an integrated grade raster or from the function you name for a single-function grade.</translation>
        </message>
        <message>
            <source>Importance grade (integrated)</source>
            <translation>Importance grade (integrated)</translation>
        </message>
        <message>
            <source>Function of a single-function importance grade (HXLX: {codes})</source>
            <translation>Function of a single-function importance grade (HXLX: {codes})</translation>
        </message>
        <message>
            <source>Sensitivity grade (integrated)</source>
            <translation>Sensitivity grade (integrated)</translation>
        </message>
        <message>
            <source>Type of a single-type sensitivity grade (HXLX: {codes})</source>
            <translation>Type of a single-type sensitivity grade (HXLX: {codes})</translation>
        </message>
        <message>
            <source>3×3 majority filter first</source>
            <translation>3×3 majority filter first</translation>
        </message>
        <message>
            <source>Sieve: smallest region kept (ha; 0 = off)</source>
            <translation>Sieve: smallest region kept (ha; 0 = off)</translation>
        </message>
        <message>
            <source>Candidate patches</source>
            <translation>Candidate patches</translation>
        </message>
        <message>
            <source>Candidate area (km²)</source>
            <translation>Candidate area (km²)</translation>
        </message>
        <message>
            <source>Give the importance grade, the sensitivity grade, or both.</source>
            <translation>Give the importance grade, the sensitivity grade, or both.</translation>
        </message>
        <message>
            <source>{patches} candidate patches, {area:,.2f} km²; the sieve dropped {dropped} regions and filled {filled} holes.</source>
            <translation>{patches} candidate patches, {area:,.2f} km²; the sieve dropped {dropped} regions and filled {filled} holes.</translation>
        </message>
        <message>
            <source>Merge protected areas</source>
            <translation>Merge protected areas</translation>
        </message>
        <message>
            <source>Unites the candidate patches with the qualifying zones of protected areas (methods.md §4.3). The table decides which zones qualify: a row names a category (found in the type field, or in the layer's name), the zones (parts of the zone field's value separated by ';', or * for all) and whether they are included; the first matching row decides. By default: national parks, nature reserves, forest parks' ecological conservation zones, scenic areas' core scenic zones, geoparks' geological heritage zones, world natural heritage, wetland parks' conservation zones, drinking-water first-level zones and aquatic germplasm reserves' core zones. Every patch records the protected areas it touches (ZRBHD) and its basis (PDYJ); the qualifying zones are written with a CORE flag for the conflict step.</source>
            <translation>Unites the candidate patches with the qualifying zones of protected areas (methods.md §4.3). The table decides which zones qualify: a row names a category (found in the type field, or in the layer's name), the zones (parts of the zone field's value separated by ';', or * for all) and whether they are included; the first matching row decides. By default: national parks, nature reserves, forest parks' ecological conservation zones, scenic areas' core scenic zones, geoparks' geological heritage zones, world natural heritage, wetland parks' conservation zones, drinking-water first-level zones and aquatic germplasm reserves' core zones. Every patch records the protected areas it touches (ZRBHD) and its basis (PDYJ); the qualifying zones are written with a CORE flag for the conflict step.</translation>
        </message>
        <message>
            <source>Protected-area layers (one feature per zone)</source>
            <translation>Protected-area layers (one feature per zone)</translation>
        </message>
        <message>
            <source>Name field (empty: BHDMC, MC, NAME …)</source>
            <translation>Name field (empty: BHDMC, MC, NAME …)</translation>
        </message>
        <message>
            <source>Type field (empty: BHDLX, LX, TYPE …; else the layer name)</source>
            <translation>Type field (empty: BHDLX, LX, TYPE …; else the layer name)</translation>
        </message>
        <message>
            <source>Zone field (empty: GNFQ, FQ, ZONE …)</source>
            <translation>Zone field (empty: GNFQ, FQ, ZONE …)</translation>
        </message>
        <message>
            <source>Qualifying zones</source>
            <translation>Qualifying zones</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Zones (; separated, * = all)</source>
            <translation>Zones (; separated, * = all)</translation>
        </message>
        <message>
            <source>Include (yes/no)</source>
            <translation>Include (yes/no)</translation>
        </message>
        <message>
            <source>Patches with protected areas</source>
            <translation>Patches with protected areas</translation>
        </message>
        <message>
            <source>Qualifying protected zones</source>
            <translation>Qualifying protected zones</translation>
        </message>
        <message>
            <source>Patches holding a qualifying zone</source>
            <translation>Patches holding a qualifying zone</translation>
        </message>
        <message>
            <source>{patches} patches, {protected} holding one of {zones} qualifying zones; {area:,.2f} km² of protected land added.</source>
            <translation>{patches} patches, {protected} holding one of {zones} qualifying zones; {area:,.2f} km² of protected land added.</translation>
        </message>
        <message>
            <source>Remove conflicts</source>
            <translation>Remove conflicts</translation>
        </message>
        <message>
            <source>Subtracts the urban development boundary, permanent basic farmland, legal construction land, villages, mining rights and any other conflict layer from the patches (methods.md §4.4), in that order. Conflicts inside protected core zones are not removed (give the qualifying zones of the previous step: features with CORE = 1 count, or every feature of a layer without that field). Every removed piece goes to the deduction layer with its reason, source layer and source features.</source>
            <translation>Subtracts the urban development boundary, permanent basic farmland, legal construction land, villages, mining rights and any other conflict layer from the patches (methods.md §4.4), in that order. Conflicts inside protected core zones are not removed (give the qualifying zones of the previous step: features with CORE = 1 count, or every feature of a layer without that field). Every removed piece goes to the deduction layer with its reason, source layer and source features.</translation>
        </message>
        <message>
            <source>Urban development boundary</source>
            <translation>Urban development boundary</translation>
        </message>
        <message>
            <source>Permanent basic farmland</source>
            <translation>Permanent basic farmland</translation>
        </message>
        <message>
            <source>Legal construction land</source>
            <translation>Legal construction land</translation>
        </message>
        <message>
            <source>Villages</source>
            <translation>Villages</translation>
        </message>
        <message>
            <source>Mining rights</source>
            <translation>Mining rights</translation>
        </message>
        <message>
            <source>Other conflict layers</source>
            <translation>Other conflict layers</translation>
        </message>
        <message>
            <source>Protected core zones (conflicts kept)</source>
            <translation>Protected core zones (conflicts kept)</translation>
        </message>
        <message>
            <source>Patches without conflicts</source>
            <translation>Patches without conflicts</translation>
        </message>
        <message>
            <source>Deductions</source>
            <translation>Deductions</translation>
        </message>
        <message>
            <source>Area removed (km²)</source>
            <translation>Area removed (km²)</translation>
        </message>
        <message>
            <source>{reason}: {area:,.4f} km² removed</source>
            <translation>{reason}: {area:,.4f} km² removed</translation>
        </message>
        <message>
            <source>{area:,.4f} km² of conflict land kept because it lies in protected cores.</source>
            <translation>{area:,.4f} km² of conflict land kept because it lies in protected cores.</translation>
        </message>
        <message>
            <source>Refine boundaries</source>
            <translation>Refine boundaries</translation>
        </message>
        <message>
            <source>Refines the patches as methods.md §4.5 says, logging every change: patches closer than the aggregation distance are joined across the gap unless a barrier (roads, construction land) or conflict land lies in it; holes under the threshold are filled except where they are conflict land; patches under the minimum area are dropped unless they touch a protected area; outlines are smoothed so that no edge moves more than the tolerance (the Hausdorff distance); optionally vertices are snapped to authoritative boundaries. The change log lists what was added, removed or moved, why, and the area.</source>
            <translation>Refines the patches as methods.md §4.5 says, logging every change: patches closer than the aggregation distance are joined across the gap unless a barrier (roads, construction land) or conflict land lies in it; holes under the threshold are filled except where they are conflict land; patches under the minimum area are dropped unless they touch a protected area; outlines are smoothed so that no edge moves more than the tolerance (the Hausdorff distance); optionally vertices are snapped to authoritative boundaries. The change log lists what was added, removed or moved, why, and the area.</translation>
        </message>
        <message>
            <source>Aggregation distance (m; 0 = off)</source>
            <translation>Aggregation distance (m; 0 = off)</translation>
        </message>
        <message>
            <source>Barriers to aggregation (roads, construction land)</source>
            <translation>Barriers to aggregation (roads, construction land)</translation>
        </message>
        <message>
            <source>Width of line barriers (m)</source>
            <translation>Width of line barriers (m)</translation>
        </message>
        <message>
            <source>Conflict land (e.g. the deductions): never filled or bridged</source>
            <translation>Conflict land (e.g. the deductions): never filled or bridged</translation>
        </message>
        <message>
            <source>Fill holes smaller than (km²; 0 = off)</source>
            <translation>Fill holes smaller than (km²; 0 = off)</translation>
        </message>
        <message>
            <source>Minimum patch area (km²; 0 = off)</source>
            <translation>Minimum patch area (km²; 0 = off)</translation>
        </message>
        <message>
            <source>Protected areas (small patches touching them stay)</source>
            <translation>Protected areas (small patches touching them stay)</translation>
        </message>
        <message>
            <source>Smoothing tolerance (m; 0 = off)</source>
            <translation>Smoothing tolerance (m; 0 = off)</translation>
        </message>
        <message>
            <source>Authoritative boundaries to snap to (rivers, ridges, parcels)</source>
            <translation>Authoritative boundaries to snap to (rivers, ridges, parcels)</translation>
        </message>
        <message>
            <source>Snapping tolerance (m)</source>
            <translation>Snapping tolerance (m)</translation>
        </message>
        <message>
            <source>Refined patches</source>
            <translation>Refined patches</translation>
        </message>
        <message>
            <source>Change log</source>
            <translation>Change log</translation>
        </message>
        <message>
            <source>Largest move (m)</source>
            <translation>Largest move (m)</translation>
        </message>
        <message>
            <source>{patches} patches; {added} additions ({added_km2:,.4f} km²), {removed} patches removed ({removed_km2:,.4f} km²), {moved} outlines moved (at most {shift:.2f} m); {kept} kept their outline.</source>
            <translation>{patches} patches; {added} additions ({added_km2:,.4f} km²), {removed} patches removed ({removed_km2:,.4f} km²), {moved} outlines moved (at most {shift:.2f} m); {kept} kept their outline.</translation>
        </message>
        <message>
            <source>Split by county and code patches</source>
            <translation>Split by county and code patches</translation>
        </message>
        <message>
            <source>Splits the patches by county (GB/T 2260), measures them on the CGCS2000 ellipsoid (MJ in km², MJ_GQ in hectares), gives each its dominant function (HXLX: the function that made most of its area), secondary functions (CYGN), name (county + function + 生态保护红线) and code (HXBM: county + type + sequence), and writes layer STBHHX of the standard into the workspace GeoPackage. Codes are stable: a patch that overlaps an old one by more than half of both their areas, in the same county and function, keeps its code (and BSM, date and the fields filled in by hand); other old codes are retired to redline_retired_codes and never given again.</source>
            <translation>Splits the patches by county (GB/T 2260), measures them on the CGCS2000 ellipsoid (MJ in km², MJ_GQ in hectares), gives each its dominant function (HXLX: the function that made most of its area), secondary functions (CYGN), name (county + function + 生态保护红线) and code (HXBM: county + type + sequence), and writes layer STBHHX of the standard into the workspace GeoPackage. Codes are stable: a patch that overlaps an old one by more than half of both their areas, in the same county and function, keeps its code (and BSM, date and the fields filled in by hand); other old codes are retired to redline_retired_codes and never given again.</translation>
        </message>
        <message>
            <source>Counties (GB/T 2260)</source>
            <translation>Counties (GB/T 2260)</translation>
        </message>
        <message>
            <source>County code field</source>
            <translation>County code field</translation>
        </message>
        <message>
            <source>County name field</source>
            <translation>County name field</translation>
        </message>
        <message>
            <source>Date of delineation (HDSJ; empty = today)</source>
            <translation>Date of delineation (HDSJ; empty = today)</translation>
        </message>
        <message>
            <source>Feature code (YSDM)</source>
            <translation>Feature code (YSDM)</translation>
        </message>
        <message>
            <source>Smallest share of a secondary function (0–1)</source>
            <translation>Smallest share of a secondary function (0–1)</translation>
        </message>
        <message>
            <source>Red-line patches (workspace GeoPackage, STBHHX)</source>
            <translation>Red-line patches (workspace GeoPackage, STBHHX)</translation>
        </message>
        <message>
            <source>Codes kept</source>
            <translation>Codes kept</translation>
        </message>
        <message>
            <source>New codes</source>
            <translation>New codes</translation>
        </message>
        <message>
            <source>Codes retired</source>
            <translation>Codes retired</translation>
        </message>
        <message>
            <source>Total area (km²)</source>
            <translation>Total area (km²)</translation>
        </message>
        <message>
            <source>{patches} patches, {area:,.4f} km²: {kept} codes kept, {new} new, {retired} retired; {split} patches crossed a county line.</source>
            <translation>{patches} patches, {area:,.4f} km²: {kept} codes kept, {new} new, {retired} retired; {split} patches crossed a county line.</translation>
        </message>
        <message>
            <source>{area:,.4f} km² lay outside every county and was left out; check the county layer.</source>
            <translation>{area:,.4f} km² lay outside every county and was left out; check the county layer.</translation>
        </message>
        <message>
            <source>Check patches</source>
            <translation>Check patches</translation>
        </message>
        <message>
            <source>Checks the red-line patches against the standard's rules that apply before export, with the same rule functions the package validator uses: fields and codes well formed, HXBM unique, geometries valid, no overlaps over 1 m², inside the province (1 m tolerance), in their county, MJ current to 0.01 %; and the warnings (small patches outside protected areas, slivers, small holes). Each finding is a feature with its rule, severity, codes, message and how to fix it, placed where the problem is, to click through.</source>
            <translation>Checks the red-line patches against the standard's rules that apply before export, with the same rule functions the package validator uses: fields and codes well formed, HXBM unique, geometries valid, no overlaps over 1 m², inside the province (1 m tolerance), in their county, MJ current to 0.01 %; and the warnings (small patches outside protected areas, slivers, small holes). Each finding is a feature with its rule, severity, codes, message and how to fix it, placed where the problem is, to click through.</translation>
        </message>
        <message>
            <source>Red-line patches (STBHHX)</source>
            <translation>Red-line patches (STBHHX)</translation>
        </message>
        <message>
            <source>Minimum patch area (km²)</source>
            <translation>Minimum patch area (km²)</translation>
        </message>
        <message>
            <source>Hole fill threshold (km²)</source>
            <translation>Hole fill threshold (km²)</translation>
        </message>
        <message>
            <source>Choose the county code field of '{name}'.</source>
            <translation>Choose the county code field of '{name}'.</translation>
        </message>
        <message>
            <source>{errors} errors and {warnings} warnings.</source>
            <translation>{errors} errors and {warnings} warnings.</translation>
        </message>
        <message>
            <source>Grade importance (cumulative value rule)</source>
            <translation>Grade importance (cumulative value rule)</translation>
        </message>
        <message>
            <source>Grades an ecological service raster as the 2017 guideline says: cells are ranked from the highest value down and their values accumulated; the values at which the running total reaches 50 % and 80 % of the province's total are the breaks. Value ≥ first break: 3 extremely important; between the breaks: 2 important; below: 1 generally important. Ties at a break go up; cells ≤ 0 count as 0 and are grade 1; nodata stays nodata. The breaks are exact (identical to a full sort) and the raster is read block by block, never whole. Give 50,75,90 for four classes. With a study area (the province boundary), only the cells inside it enter the total and the breaks; the others are nodata.</source>
            <translation>Grades an ecological service raster as the 2017 guideline says: cells are ranked from the highest value down and their values accumulated; the values at which the running total reaches 50 % and 80 % of the province's total are the breaks. Value ≥ first break: 3 extremely important; between the breaks: 2 important; below: 1 generally important. Ties at a break go up; cells ≤ 0 count as 0 and are grade 1; nodata stays nodata. The breaks are exact (identical to a full sort) and the raster is read block by block, never whole. Give 50,75,90 for four classes. With a study area (the province boundary), only the cells inside it enter the total and the breaks; the others are nodata.</translation>
        </message>
        <message>
            <source>Service raster</source>
            <translation>Service raster</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>Band</translation>
        </message>
        <message>
            <source>Importance grade</source>
            <translation>Importance grade</translation>
        </message>
        <message>
            <source>Break values (JSON)</source>
            <translation>Break values (JSON)</translation>
        </message>
        <message>
            <source>Valid cells</source>
            <translation>Valid cells</translation>
        </message>
        <message>
            <source>Break at {percent:g} % of the total value: {value}</source>
            <translation>Break at {percent:g} % of the total value: {value}</translation>
        </message>
        <message>
            <source>Integrate grades (highest grade)</source>
            <translation>Integrate grades (highest grade)</translation>
        </message>
        <message>
            <source>The integrated importance (or sensitivity) of the guideline: each cell takes the highest grade of the graded rasters. Band 1 is that grade; band 2 is the sum of the bits of the inputs that reached it (ties keep all of them), with each bit's function named in the band's metadata. The function of an input comes from its own metadata (as the assessment algorithms write it), else from the list given here, else from its layer name. Inputs on other grids are read on the grid of the first input (or the reference grid) with nearest neighbour. A cell is graded where any input has a grade, unless 'require every input' is ticked; with a study area (the province boundary), cells outside it are nodata. One pass over the data.</source>
            <translation>The integrated importance (or sensitivity) of the guideline: each cell takes the highest grade of the graded rasters. Band 1 is that grade; band 2 is the sum of the bits of the inputs that reached it (ties keep all of them), with each bit's function named in the band's metadata. The function of an input comes from its own metadata (as the assessment algorithms write it), else from the list given here, else from its layer name. Inputs on other grids are read on the grid of the first input (or the reference grid) with nearest neighbour. A cell is graded where any input has a grade, unless 'require every input' is ticked; with a study area (the province boundary), cells outside it are nodata. One pass over the data.</translation>
        </message>
        <message>
            <source>Graded rasters</source>
            <translation>Graded rasters</translation>
        </message>
        <message>
            <source>Classes</source>
            <translation>Classes</translation>
        </message>
        <message>
            <source>As recorded in the inputs</source>
            <translation>As recorded in the inputs</translation>
        </message>
        <message>
            <source>Importance, 3 classes</source>
            <translation>Importance, 3 classes</translation>
        </message>
        <message>
            <source>Importance, 4 classes</source>
            <translation>Importance, 4 classes</translation>
        </message>
        <message>
            <source>Sensitivity, 3 classes</source>
            <translation>Sensitivity, 3 classes</translation>
        </message>
        <message>
            <source>Function of each input, in order (e.g. water_conservation,soil_conservation; empty: from the inputs)</source>
            <translation>Function of each input, in order (e.g. water_conservation,soil_conservation; empty: from the inputs)</translation>
        </message>
        <message>
            <source>Require every input (nodata where any is missing)</source>
            <translation>Require every input (nodata where any is missing)</translation>
        </message>
        <message>
            <source>Integrated grade</source>
            <translation>Integrated grade</translation>
        </message>
        <message>
            <source>Bit of each function (JSON)</source>
            <translation>Bit of each function (JSON)</translation>
        </message>
        <message>
            <source>Choose the graded rasters to integrate.</source>
            <translation>Choose the graded rasters to integrate.</translation>
        </message>
        <message>
            <source>{functions} function(s) are named for {layers} input(s): name one per input, in order, or none.</source>
            <translation>{functions} function(s) are named for {layers} input(s): name one per input, in order, or none.</translation>
        </message>
        <message>
            <source>{function}: gave the highest grade on {cells:,} cells</source>
            <translation>{function}: gave the highest grade on {cells:,} cells</translation>
        </message>
        <message>
            <source>Workspace GeoPackage</source>
            <translation>Workspace GeoPackage</translation>
        </message>
        <message>
            <source>Choose the {label}.</source>
            <translation>Choose the {label}.</translation>
        </message>
        <message>
            <source>The layer '{name}' could not be read ({reason}).</source>
            <translation>The layer '{name}' could not be read ({reason}).</translation>
        </message>
        <message>
            <source>red-line layer</source>
            <translation>red-line layer</translation>
        </message>
        <message>
            <source>Red-line patches (STBHHX); default: the workspace's</source>
            <translation>Red-line patches (STBHHX); default: the workspace's</translation>
        </message>
        <message>
            <source>Land-cover legend</source>
            <translation>Land-cover legend</translation>
        </message>
        <message>
            <source>Custom legend (value, category, activity code); categories: {categories}</source>
            <translation>Custom legend (value, category, activity code); categories: {categories}</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Baseline year (empty: the earliest year in the ledger)</source>
            <translation>Baseline year (empty: the earliest year in the ledger)</translation>
        </message>
        <message>
            <source>Create or update the ledger in a workspace</source>
            <translation>Create or update the ledger in a workspace</translation>
        </message>
        <message>
            <source>Creates the six ledger layers (area, nature, human activity, damaged ecosystems, function, management) in the workspace GeoPackage, or brings an older workspace's ledger up to the current schema in one transaction. A workspace written by a newer plugin is refused.</source>
            <translation>Creates the six ledger layers (area, nature, human activity, damaged ecosystems, function, management) in the workspace GeoPackage, or brings an older workspace's ledger up to the current schema in one transaction. A workspace written by a newer plugin is refused.</translation>
        </message>
        <message>
            <source>Schema version found</source>
            <translation>Schema version found</translation>
        </message>
        <message>
            <source>Schema version now</source>
            <translation>Schema version now</translation>
        </message>
        <message>
            <source>The ledger went from schema version {old} to {new}.</source>
            <translation>The ledger went from schema version {old} to {new}.</translation>
        </message>
        <message>
            <source>Ledger as it stood on a date</source>
            <translation>Ledger as it stood on a date</translation>
        </message>
        <message>
            <source>Rebuilds every ledger layer as it stood at the given moment from the ledger's versioned rows (a date means the end of that day, China Standard Time) and writes it to a new GeoPackage, without history.</source>
            <translation>Rebuilds every ledger layer as it stood at the given moment from the ledger's versioned rows (a date means the end of that day, China Standard Time) and writes it to a new GeoPackage, without history.</translation>
        </message>
        <message>
            <source>Ledger snapshot</source>
            <translation>Ledger snapshot</translation>
        </message>
        <message>
            <source>Rows per layer</source>
            <translation>Rows per layer</translation>
        </message>
        <message>
            <source>Ledger at {at}: {counts}</source>
            <translation>Ledger at {at}: {counts}</translation>
        </message>
        <message>
            <source>Detect damaged ecosystems from land-cover change</source>
            <translation>Detect damaged ecosystems from land-cover change</translation>
        </message>
        <message>
            <source>Compares a baseline and a current land-cover raster inside the red line, block by block. Every patch of cells that went from ecological land (forest, shrub, grassland, wetland, water, desert, glacier) to built-up, mining, farmland or bare land and covers at least the minimum area becomes a proposed row in the damaged ecosystem ledger, with a human-activity row where the new land use is one, all with status 待核实 (to be verified). Given FVC or NPP rasters, the loss of the patch's mean against the baseline grades the degree. The legend maps the rasters' class values to the ledger's categories (CLCD, GlobeLand30 and 三调 first-level classes built in; or a table of value, category, activity code). Running again on the same inputs proposes nothing new.</source>
            <translation>Compares a baseline and a current land-cover raster inside the red line, block by block. Every patch of cells that went from ecological land (forest, shrub, grassland, wetland, water, desert, glacier) to built-up, mining, farmland or bare land and covers at least the minimum area becomes a proposed row in the damaged ecosystem ledger, with a human-activity row where the new land use is one, all with status 待核实 (to be verified). Given FVC or NPP rasters, the loss of the patch's mean against the baseline grades the degree. The legend maps the rasters' class values to the ledger's categories (CLCD, GlobeLand30 and 三调 first-level classes built in; or a table of value, category, activity code). Running again on the same inputs proposes nothing new.</translation>
        </message>
        <message>
            <source>Baseline land cover</source>
            <translation>Baseline land cover</translation>
        </message>
        <message>
            <source>Baseline year</source>
            <translation>Baseline year</translation>
        </message>
        <message>
            <source>Current land cover</source>
            <translation>Current land cover</translation>
        </message>
        <message>
            <source>Current year</source>
            <translation>Current year</translation>
        </message>
        <message>
            <source>Baseline FVC (optional)</source>
            <translation>Baseline FVC (optional)</translation>
        </message>
        <message>
            <source>Current FVC (optional)</source>
            <translation>Current FVC (optional)</translation>
        </message>
        <message>
            <source>Baseline NPP (optional)</source>
            <translation>Baseline NPP (optional)</translation>
        </message>
        <message>
            <source>Current NPP (optional)</source>
            <translation>Current NPP (optional)</translation>
        </message>
        <message>
            <source>Minimum area (ha)</source>
            <translation>Minimum area (ha)</translation>
        </message>
        <message>
            <source>Degree breaks: loss (%) between slight/moderate and moderate/severe</source>
            <translation>Degree breaks: loss (%) between slight/moderate and moderate/severe</translation>
        </message>
        <message>
            <source>Proposed damage rows</source>
            <translation>Proposed damage rows</translation>
        </message>
        <message>
            <source>Proposed activity rows</source>
            <translation>Proposed activity rows</translation>
        </message>
        <message>
            <source>Patches already in the ledger</source>
            <translation>Patches already in the ledger</translation>
        </message>
        <message>
            <source>Patches below the minimum area</source>
            <translation>Patches below the minimum area</translation>
        </message>
        <message>
            <source>Give the degree breaks as two percentages separated by a comma, such as 10,30.</source>
            <translation>Give the degree breaks as two percentages separated by a comma, such as 10,30.</translation>
        </message>
        <message>
            <source>{damage} damage and {activity} activity rows proposed (status 待核实); {known} already in the ledger; {small} below the minimum area.</source>
            <translation>{damage} damage and {activity} activity rows proposed (status 待核实); {known} already in the ledger; {small} below the minimum area.</translation>
        </message>
        <message>
            <source>Adds the polygons of an interpretation layer to the human activity ledger, status 待核实. The type field's values are mapped to the ledger's activity codes (values that already are codes need no mapping); other ledger fields can be filled from source fields. Each polygon goes to the red-line patch it overlaps most; polygons outside the red line are skipped. Importing the same layer again adds nothing.</source>
            <translation>Adds the polygons of an interpretation layer to the human activity ledger, status 待核实. The type field's values are mapped to the ledger's activity codes (values that already are codes need no mapping); other ledger fields can be filled from source fields. Each polygon goes to the red-line patch it overlaps most; polygons outside the red line are skipped. Importing the same layer again adds nothing.</translation>
        </message>
        <message>
            <source>Interpretation layer</source>
            <translation>Interpretation layer</translation>
        </message>
        <message>
            <source>Type field</source>
            <translation>Type field</translation>
        </message>
        <message>
            <source>Type mapping (source value, activity code)</source>
            <translation>Type mapping (source value, activity code)</translation>
        </message>
        <message>
            <source>Source value</source>
            <translation>Source value</translation>
        </message>
        <message>
            <source>Field mapping (ledger field, source field)</source>
            <translation>Field mapping (ledger field, source field)</translation>
        </message>
        <message>
            <source>Imported activities</source>
            <translation>Imported activities</translation>
        </message>
        <message>
            <source>Already in the ledger</source>
            <translation>Already in the ledger</translation>
        </message>
        <message>
            <source>Outside the red line</source>
            <translation>Outside the red line</translation>
        </message>
        <message>
            <source>interpretation layer</source>
            <translation>interpretation layer</translation>
        </message>
        <message>
            <source>Export a field package</source>
            <translation>Export a field package</translation>
        </message>
        <message>
            <source>Writes one self-contained GeoPackage for the chosen counties: the red-line patches, the current ledger rows, the offline basemap layers given (clipped to the counties), the ledger forms and styles as the layers' default styles, and an export stamp. It opens in QGIS desktop or QField; edits come back with 'Import a field package'.</source>
            <translation>Writes one self-contained GeoPackage for the chosen counties: the red-line patches, the current ledger rows, the offline basemap layers given (clipped to the counties), the ledger forms and styles as the layers' default styles, and an export stamp. It opens in QGIS desktop or QField; edits come back with 'Import a field package'.</translation>
        </message>
        <message>
            <source>County codes (comma-separated)</source>
            <translation>County codes (comma-separated)</translation>
        </message>
        <message>
            <source>Offline basemap layers</source>
            <translation>Offline basemap layers</translation>
        </message>
        <message>
            <source>Field package</source>
            <translation>Field package</translation>
        </message>
        <message>
            <source>Package identifier</source>
            <translation>Package identifier</translation>
        </message>
        <message>
            <source>Ledger rows exported</source>
            <translation>Ledger rows exported</translation>
        </message>
        <message>
            <source>Field package for {counties}: {patches} red-line patches, {rows} ledger rows, {maps} basemaps.</source>
            <translation>Field package for {counties}: {patches} red-line patches, {rows} ledger rows, {maps} basemaps.</translation>
        </message>
        <message>
            <source>Import a field package</source>
            <translation>Import a field package</translation>
        </message>
        <message>
            <source>Merges the edits of a field package back into the workspace ledger by uuid, as new versions. A row changed both in the office and in the field since the export is a conflict: both versions are kept and listed for a person to resolve (keep mine, keep theirs, or edit) in the ledger's conflict dialog. Importing the same package twice changes nothing.</source>
            <translation>Merges the edits of a field package back into the workspace ledger by uuid, as new versions. A row changed both in the office and in the field since the export is a conflict: both versions are kept and listed for a person to resolve (keep mine, keep theirs, or edit) in the ledger's conflict dialog. Importing the same package twice changes nothing.</translation>
        </message>
        <message>
            <source>Rows added</source>
            <translation>Rows added</translation>
        </message>
        <message>
            <source>Rows updated</source>
            <translation>Rows updated</translation>
        </message>
        <message>
            <source>Rows deleted</source>
            <translation>Rows deleted</translation>
        </message>
        <message>
            <source>Conflicts to resolve</source>
            <translation>Conflicts to resolve</translation>
        </message>
        <message>
            <source>Rows unchanged</source>
            <translation>Rows unchanged</translation>
        </message>
        <message>
            <source>{inserted} added, {updated} updated, {closed} deleted, {conflicts} conflicts, {already} already imported.</source>
            <translation>{inserted} added, {updated} updated, {closed} deleted, {conflicts} conflicts, {already} already imported.</translation>
        </message>
        <message>
            <source>{count} rows were changed both in the office and in the field: resolve them in the ledger's conflict dialog.</source>
            <translation>{count} rows were changed both in the office and in the field: resolve them in the ledger's conflict dialog.</translation>
        </message>
        <message>
            <source>Export the ledger as tables (XLSX or CSV)</source>
            <translation>Export the ledger as tables (XLSX or CSV)</translation>
        </message>
        <message>
            <source>Writes the ledger for the reporting chain with Chinese headers and code labels: an XLSX workbook with one sheet per layer, or one CSV per layer (UTF-8 with BOM) named after the output file. Optionally as it stood on a date, and with every version.</source>
            <translation>Writes the ledger for the reporting chain with Chinese headers and code labels: an XLSX workbook with one sheet per layer, or one CSV per layer (UTF-8 with BOM) named after the output file. Optionally as it stood on a date, and with every version.</translation>
        </message>
        <message>
            <source>As it stood on (empty: now)</source>
            <translation>As it stood on (empty: now)</translation>
        </message>
        <message>
            <source>Include every version</source>
            <translation>Include every version</translation>
        </message>
        <message>
            <source>Ledger tables</source>
            <translation>Ledger tables</translation>
        </message>
        <message>
            <source>Files written</source>
            <translation>Files written</translation>
        </message>
        <message>
            <source>Ledger statistics and charts</source>
            <translation>Ledger statistics and charts</translation>
        </message>
        <message>
            <source>Counts and areas of damaged ecosystems by county, damage type and restoration status, and of human activities by type and legal status: one CSV table (UTF-8 with BOM) and one PNG chart each, for the report, and an interactive page (statistics.html) with all the charts.</source>
            <translation>Counts and areas of damaged ecosystems by county, damage type and restoration status, and of human activities by type and legal status: one CSV table (UTF-8 with BOM) and one PNG chart each, for the report, and an interactive page (statistics.html) with all the charts.</translation>
        </message>
        <message>
            <source>Only these counties (comma-separated, empty: all)</source>
            <translation>Only these counties (comma-separated, empty: all)</translation>
        </message>
        <message>
            <source>Statistics folder</source>
            <translation>Statistics folder</translation>
        </message>
        <message>
            <source>matplotlib is not installed in QGIS's Python: the tables are written, the PNG charts are not.</source>
            <translation>matplotlib is not installed in QGIS's Python: the tables are written, the PNG charts are not.</translation>
        </message>
        <message>
            <source>{count} statistics files written to {folder}.</source>
            <translation>{count} statistics files written to {folder}.</translation>
        </message>
        <message>
            <source>Update the area ledger from the red-line patches</source>
            <translation>Update the area ledger from the red-line patches</translation>
        </message>
        <message>
            <source>Compares the red-line patch layer with the area ledger by red-line code (HXBM): a new patch is recorded as 划入 (added), a patch whose boundary or area changed as 调整 (adjusted), a patch no longer in the layer as 划出 (removed); unchanged patches are left alone. The first time, on an empty area ledger, every patch is recorded as the baseline. Each change is a new version of the patch's row, so the ledger keeps the red line's history. The reason and approval number come from the patch's BGYY and PZWH fields when filled, else from the parameters. Running it again on the same layer changes nothing.</source>
            <translation>Compares the red-line patch layer with the area ledger by red-line code (HXBM): a new patch is recorded as 划入 (added), a patch whose boundary or area changed as 调整 (adjusted), a patch no longer in the layer as 划出 (removed); unchanged patches are left alone. The first time, on an empty area ledger, every patch is recorded as the baseline. Each change is a new version of the patch's row, so the ledger keeps the red line's history. The reason and approval number come from the patch's BGYY and PZWH fields when filled, else from the parameters. Running it again on the same layer changes nothing.</translation>
        </message>
        <message>
            <source>Date of change (empty: today)</source>
            <translation>Date of change (empty: today)</translation>
        </message>
        <message>
            <source>Reason for change</source>
            <translation>Reason for change</translation>
        </message>
        <message>
            <source>Approval number</source>
            <translation>Approval number</translation>
        </message>
        <message>
            <source>Patches recorded as the baseline</source>
            <translation>Patches recorded as the baseline</translation>
        </message>
        <message>
            <source>Patches added</source>
            <translation>Patches added</translation>
        </message>
        <message>
            <source>Patches adjusted</source>
            <translation>Patches adjusted</translation>
        </message>
        <message>
            <source>Patches removed</source>
            <translation>Patches removed</translation>
        </message>
        <message>
            <source>Patches unchanged</source>
            <translation>Patches unchanged</translation>
        </message>
        <message>
            <source>Area ledger: {baseline} baseline, {added} added, {adjusted} adjusted, {removed} removed, {same} unchanged.</source>
            <translation>Area ledger: {baseline} baseline, {added} added, {adjusted} adjusted, {removed} removed, {same} unchanged.</translation>
        </message>
        <message>
            <source>Rows closed</source>
            <translation>Rows closed</translation>
        </message>
        <message>
            <source>Baseline year used</source>
            <translation>Baseline year used</translation>
        </message>
        <message>
            <source>Nature ledger from land cover</source>
            <translation>Nature ledger from land cover</translation>
        </message>
        <message>
            <source>Counts, block by block, the area of each land-cover class inside each red-line patch for one year and writes it to the nature ledger (patch × class × year, in hectares), with the change from the baseline year. The legend maps the raster's values to the ledger's classes (forest, grassland, water, built-up…; values it does not list count as 其他), so years mapped with different legends compare class by class. A class that was in the baseline but is gone is written with 0 ha. Run it on the baseline year first. Running it again on the same raster changes nothing.</source>
            <translation>Counts, block by block, the area of each land-cover class inside each red-line patch for one year and writes it to the nature ledger (patch × class × year, in hectares), with the change from the baseline year. The legend maps the raster's values to the ledger's classes (forest, grassland, water, built-up…; values it does not list count as 其他), so years mapped with different legends compare class by class. A class that was in the baseline but is gone is written with 0 ha. Run it on the baseline year first. Running it again on the same raster changes nothing.</translation>
        </message>
        <message>
            <source>Land cover</source>
            <translation>Land cover</translation>
        </message>
        <message>
            <source>Year of the land cover</source>
            <translation>Year of the land cover</translation>
        </message>
        <message>
            <source>Red-line patches counted</source>
            <translation>Red-line patches counted</translation>
        </message>
        <message>
            <source>Nature ledger {year} (baseline {baseline}): {patches} patches; {inserted} rows added, {updated} updated, {closed} closed, {same} unchanged.</source>
            <translation>Nature ledger {year} (baseline {baseline}): {patches} patches; {inserted} rows added, {updated} updated, {closed} closed, {same} unchanged.</translation>
        </message>
        <message>
            <source>Function ledger from FVC, NPP and the function indices</source>
            <translation>Function ledger from FVC, NPP and the function indices</translation>
        </message>
        <message>
            <source>Averages, block by block, each raster given (FVC, NPP, water conservation, biodiversity maintenance, soil conservation, windbreak and sand fixation) over the red line of each county for one year and writes the means to the function ledger (county × year), with the trend against the baseline year: 下降 (falling) when any indicator fell by more than the tolerance, else 上升 (rising) when any rose by more, else 稳定 (stable). Indicators not given keep the values the ledger already has for that year. Running it again on the same rasters changes nothing.</source>
            <translation>Averages, block by block, each raster given (FVC, NPP, water conservation, biodiversity maintenance, soil conservation, windbreak and sand fixation) over the red line of each county for one year and writes the means to the function ledger (county × year), with the trend against the baseline year: 下降 (falling) when any indicator fell by more than the tolerance, else 上升 (rising) when any rose by more, else 稳定 (stable). Indicators not given keep the values the ledger already has for that year. Running it again on the same rasters changes nothing.</translation>
        </message>
        <message>
            <source>Year of the rasters</source>
            <translation>Year of the rasters</translation>
        </message>
        <message>
            <source>FVC (optional)</source>
            <translation>FVC (optional)</translation>
        </message>
        <message>
            <source>NPP (optional)</source>
            <translation>NPP (optional)</translation>
        </message>
        <message>
            <source>Water conservation index (optional)</source>
            <translation>Water conservation index (optional)</translation>
        </message>
        <message>
            <source>Biodiversity maintenance index (optional)</source>
            <translation>Biodiversity maintenance index (optional)</translation>
        </message>
        <message>
            <source>Soil conservation index (optional)</source>
            <translation>Soil conservation index (optional)</translation>
        </message>
        <message>
            <source>Windbreak and sand fixation index (optional)</source>
            <translation>Windbreak and sand fixation index (optional)</translation>
        </message>
        <message>
            <source>Trend tolerance (%): changes within it count as stable</source>
            <translation>Trend tolerance (%): changes within it count as stable</translation>
        </message>
        <message>
            <source>Function ledger {year} (baseline {baseline}): {counties} counties; {inserted} rows added, {updated} updated.</source>
            <translation>Function ledger {year} (baseline {baseline}): {counties} counties; {inserted} rows added, {updated} updated.</translation>
        </message>
        <message>
            <source>Extra or changed codes</source>
            <translation>Extra or changed codes</translation>
        </message>
        <message>
            <source>Soil types</source>
            <translation>Soil types</translation>
        </message>
        <message>
            <source>Soil property table (CSV)</source>
            <translation>Soil property table (CSV)</translation>
        </message>
        <message>
            <source>Rescale sand, silt and clay to 100 %</source>
            <translation>Rescale sand, silt and clay to 100 %</translation>
        </message>
        <message>
            <source>Rainfall erosivity R (daily rainfall, half-month model)</source>
            <translation>Rainfall erosivity R (daily rainfall, half-month model)</translation>
        </message>
        <message>
            <source>R of RUSLE from daily station precipitation by the half-month model of the 2017 guideline: on erosive days (≥ 12 mm) each day adds α·P^1.7265, α = 0.3937 in the warm season (May–September) and 0.3101 otherwise; the 24 half-month sums are averaged over the years and added up (MJ·mm·hm⁻²·h⁻¹·a⁻¹). The station R values are then interpolated onto the reference grid by inverse distance. The CSV is either long (station id, lon, lat, date, mm; coordinates may come from a sites file) or wide (a DATETIME column and one column per station, as SEIMS pcp_daily.csv, with a sites file giving StationID, Lon, Lat). Every station needs a value for every day of the years used: a gap is an error naming the station and the dates (limit the years to those complete). Duplicate records or stations and stations far outside the grid are errors too. An R raster from elsewhere can go straight into the RUSLE algorithm instead.</source>
            <translation>R of RUSLE from daily station precipitation by the half-month model of the 2017 guideline: on erosive days (≥ 12 mm) each day adds α·P^1.7265, α = 0.3937 in the warm season (May–September) and 0.3101 otherwise; the 24 half-month sums are averaged over the years and added up (MJ·mm·hm⁻²·h⁻¹·a⁻¹). The station R values are then interpolated onto the reference grid by inverse distance. The CSV is either long (station id, lon, lat, date, mm; coordinates may come from a sites file) or wide (a DATETIME column and one column per station, as SEIMS pcp_daily.csv, with a sites file giving StationID, Lon, Lat). Every station needs a value for every day of the years used: a gap is an error naming the station and the dates (limit the years to those complete). Duplicate records or stations and stations far outside the grid are errors too. An R raster from elsewhere can go straight into the RUSLE algorithm instead.</translation>
        </message>
        <message>
            <source>Daily precipitation (CSV)</source>
            <translation>Daily precipitation (CSV)</translation>
        </message>
        <message>
            <source>Station sites (CSV: station id, lon, lat)</source>
            <translation>Station sites (CSV: station id, lon, lat)</translation>
        </message>
        <message>
            <source>First year (empty: from the data)</source>
            <translation>First year (empty: from the data)</translation>
        </message>
        <message>
            <source>Last year (empty: from the data)</source>
            <translation>Last year (empty: from the data)</translation>
        </message>
        <message>
            <source>Minimum number of years</source>
            <translation>Minimum number of years</translation>
        </message>
        <message>
            <source>Erosive day threshold (mm)</source>
            <translation>Erosive day threshold (mm)</translation>
        </message>
        <message>
            <source>α in the warm season</source>
            <translation>α in the warm season</translation>
        </message>
        <message>
            <source>α in the cold season</source>
            <translation>α in the cold season</translation>
        </message>
        <message>
            <source>Exponent β</source>
            <translation>Exponent β</translation>
        </message>
        <message>
            <source>Warm season months</source>
            <translation>Warm season months</translation>
        </message>
        <message>
            <source>Inverse distance power</source>
            <translation>Inverse distance power</translation>
        </message>
        <message>
            <source>Nearest stations used (0: all)</source>
            <translation>Nearest stations used (0: all)</translation>
        </message>
        <message>
            <source>Station margin outside the grid (km)</source>
            <translation>Station margin outside the grid (km)</translation>
        </message>
        <message>
            <source>Station R table</source>
            <translation>Station R table</translation>
        </message>
        <message>
            <source>Stations used</source>
            <translation>Stations used</translation>
        </message>
        <message>
            <source>Station {station} {name}: R = {r:.1f} over {first}–{last} ({days} erosive days)</source>
            <translation>Station {station} {name}: R = {r:.1f} over {first}–{last} ({days} erosive days)</translation>
        </message>
        <message>
            <source>Soil erodibility K (EPIC)</source>
            <translation>Soil erodibility K (EPIC)</translation>
        </message>
        <message>
            <source>K of RUSLE by the EPIC equation (Williams) from sand, silt, clay and organic carbon (%), converted to Chinese SI units by K = (−0.01383 + 0.51575·K_EPIC)·0.1317 (t·hm²·h·hm⁻²·MJ⁻¹·mm⁻¹). Give either a soil-type raster with its property table (code, sand, silt, clay, organic carbon or organic matter; a SEIMS/SWAT soil lookup works as it is, its first layer being the topsoil), or four rasters. A soil code in the raster that the table lacks is an error naming the code. Sand, silt and clay are rescaled to sum to 100 % by default, since survey tables give them with gravel apart.</source>
            <translation>K of RUSLE by the EPIC equation (Williams) from sand, silt, clay and organic carbon (%), converted to Chinese SI units by K = (−0.01383 + 0.51575·K_EPIC)·0.1317 (t·hm²·h·hm⁻²·MJ⁻¹·mm⁻¹). Give either a soil-type raster with its property table (code, sand, silt, clay, organic carbon or organic matter; a SEIMS/SWAT soil lookup works as it is, its first layer being the topsoil), or four rasters. A soil code in the raster that the table lacks is an error naming the code. Sand, silt and clay are rescaled to sum to 100 % by default, since survey tables give them with gravel apart.</translation>
        </message>
        <message>
            <source>Sand (%)</source>
            <translation>Sand (%)</translation>
        </message>
        <message>
            <source>Silt (%)</source>
            <translation>Silt (%)</translation>
        </message>
        <message>
            <source>Clay (%)</source>
            <translation>Clay (%)</translation>
        </message>
        <message>
            <source>Organic carbon or organic matter (%)</source>
            <translation>Organic carbon or organic matter (%)</translation>
        </message>
        <message>
            <source>The organic raster holds</source>
            <translation>The organic raster holds</translation>
        </message>
        <message>
            <source>organic carbon</source>
            <translation>organic carbon</translation>
        </message>
        <message>
            <source>organic matter</source>
            <translation>organic matter</translation>
        </message>
        <message>
            <source>Conversion K = (a + b·K_EPIC)·c: a, b, c</source>
            <translation>Conversion K = (a + b·K_EPIC)·c: a, b, c</translation>
        </message>
        <message>
            <source>Conversion</source>
            <translation>Conversion</translation>
        </message>
        <message>
            <source>Soil {code}: K = {k:.5f}</source>
            <translation>Soil {code}: K = {k:.5f}</translation>
        </message>
        <message>
            <source>Give either a soil-type raster with its property table, or the sand, silt, clay and organic rasters.</source>
            <translation>Give either a soil-type raster with its property table, or the sand, silt, clay and organic rasters.</translation>
        </message>
        <message>
            <source>DEM</source>
            <translation>DEM</translation>
        </message>
        <message>
            <source>Slope in degrees by Horn's 3×3 method (as gdaldem and QGIS compute it), on the reference grid, block by block. Cells next to nodata or the raster's edge extrapolate the missing neighbour instead of becoming nodata. The grid must be in metres.</source>
            <translation>Slope in degrees by Horn's 3×3 method (as gdaldem and QGIS compute it), on the reference grid, block by block. Cells next to nodata or the raster's edge extrapolate the missing neighbour instead of becoming nodata. The grid must be in metres.</translation>
        </message>
        <message>
            <source>Aspect (degrees from north)</source>
            <translation>Aspect (degrees from north)</translation>
        </message>
        <message>
            <source>The direction each slope faces, in degrees clockwise from north (0–360), by Horn's method; flat cells are −1.</source>
            <translation>The direction each slope faces, in degrees clockwise from north (0–360), by Horn's method; flat cells are −1.</translation>
        </message>
        <message>
            <source>Aspect</source>
            <translation>Aspect</translation>
        </message>
        <message>
            <source>Relief (elevation range within a window)</source>
            <translation>Relief (elevation range within a window)</translation>
        </message>
        <message>
            <source>Relief (地形起伏度): the highest minus the lowest elevation in a square window around each cell, in metres. The window is the odd number of cells closest to the area asked for (1 km² by default, 33×33 cells at 30 m); the area used is written into the metadata. A window of fewer than 3×3 cells (1 km² on a 1 km grid) would make every relief 0: it is grown to 3×3 cells, with a warning that names the cell size the area needs.</source>
            <translation>Relief (地形起伏度): the highest minus the lowest elevation in a square window around each cell, in metres. The window is the odd number of cells closest to the area asked for (1 km² by default, 33×33 cells at 30 m); the area used is written into the metadata. A window of fewer than 3×3 cells (1 km² on a 1 km grid) would make every relief 0: it is grown to 3×3 cells, with a warning that names the cell size the area needs.</translation>
        </message>
        <message>
            <source>Window area (km²)</source>
            <translation>Window area (km²)</translation>
        </message>
        <message>
            <source>Relief</source>
            <translation>Relief</translation>
        </message>
        <message>
            <source>Slope length and steepness LS (RUSLE)</source>
            <translation>Slope length and steepness LS (RUSLE)</translation>
        </message>
        <message>
            <source>LS = (λ/22.13)^m · S from the DEM. λ is the cumulative slope length (Hickey): D8 flow to the steepest lower neighbour, lengths accumulated downhill along the longest path, restarted where the slope angle falls below 0.5 (slopes under 5 %) or 0.7 of the cell above, and capped (300 m by default). Pits are not filled. m is 0.2/0.3/0.4/0.5 for slopes ≤ 1°, ≤ 3°, ≤ 5°, &gt; 5°; S = 10.8 sin θ + 0.03 below 5°, 16.8 sin θ − 0.5 below 10°, 21.91 sin θ − 0.96 above. The raster is processed block by block with a halo of ceil(cap/cell) + 2 cells, which gives exactly the result of the whole raster at once. Computed by the plugin's own code (GDAL and QGIS have no cumulative slope length); the slope is Horn's, as gdaldem's.</source>
            <translation>LS = (λ/22.13)^m · S from the DEM. λ is the cumulative slope length (Hickey): D8 flow to the steepest lower neighbour, lengths accumulated downhill along the longest path, restarted where the slope angle falls below 0.5 (slopes under 5 %) or 0.7 of the cell above, and capped (300 m by default). Pits are not filled. m is 0.2/0.3/0.4/0.5 for slopes ≤ 1°, ≤ 3°, ≤ 5°, &gt; 5°; S = 10.8 sin θ + 0.03 below 5°, 16.8 sin θ − 0.5 below 10°, 21.91 sin θ − 0.96 above. The raster is processed block by block with a halo of ceil(cap/cell) + 2 cells, which gives exactly the result of the whole raster at once. Computed by the plugin's own code (GDAL and QGIS have no cumulative slope length); the slope is Horn's, as gdaldem's.</translation>
        </message>
        <message>
            <source>Slope length cap (m)</source>
            <translation>Slope length cap (m)</translation>
        </message>
        <message>
            <source>Slope cutoff below the break</source>
            <translation>Slope cutoff below the break</translation>
        </message>
        <message>
            <source>Slope cutoff above the break</source>
            <translation>Slope cutoff above the break</translation>
        </message>
        <message>
            <source>Cutoff break (slope %)</source>
            <translation>Cutoff break (slope %)</translation>
        </message>
        <message>
            <source>Up to slope (°)</source>
            <translation>Up to slope (°)</translation>
        </message>
        <message>
            <source>m</source>
            <translation>m</translation>
        </message>
        <message>
            <source>Below slope (°)</source>
            <translation>Below slope (°)</translation>
        </message>
        <message>
            <source>LS factor</source>
            <translation>LS factor</translation>
        </message>
        <message>
            <source>Slope length λ</source>
            <translation>Slope length λ</translation>
        </message>
        <message>
            <source>Vegetation cover FVC (dimidiate pixel model)</source>
            <translation>Vegetation cover FVC (dimidiate pixel model)</translation>
        </message>
        <message>
            <source>Fractional vegetation cover FVC = (NDVI − NDVI_soil)/(NDVI_veg − NDVI_soil), clipped to 0–1. NDVI_soil and NDVI_veg are the 5 % and 95 % cumulative percentiles of the valid NDVI cells by default: computed exactly (equal to a full sort) in two passes over the raster, never holding it in memory. Give both values to use them instead.</source>
            <translation>Fractional vegetation cover FVC = (NDVI − NDVI_soil)/(NDVI_veg − NDVI_soil), clipped to 0–1. NDVI_soil and NDVI_veg are the 5 % and 95 % cumulative percentiles of the valid NDVI cells by default: computed exactly (equal to a full sort) in two passes over the raster, never holding it in memory. Give both values to use them instead.</translation>
        </message>
        <message>
            <source>NDVI</source>
            <translation>NDVI</translation>
        </message>
        <message>
            <source>Bare-soil percentile (%)</source>
            <translation>Bare-soil percentile (%)</translation>
        </message>
        <message>
            <source>Full-vegetation percentile (%)</source>
            <translation>Full-vegetation percentile (%)</translation>
        </message>
        <message>
            <source>NDVI of bare soil (empty: the percentile)</source>
            <translation>NDVI of bare soil (empty: the percentile)</translation>
        </message>
        <message>
            <source>NDVI of full vegetation (empty: the percentile)</source>
            <translation>NDVI of full vegetation (empty: the percentile)</translation>
        </message>
        <message>
            <source>Vegetation cover FVC</source>
            <translation>Vegetation cover FVC</translation>
        </message>
        <message>
            <source>NDVI of bare soil used</source>
            <translation>NDVI of bare soil used</translation>
        </message>
        <message>
            <source>NDVI of full vegetation used</source>
            <translation>NDVI of full vegetation used</translation>
        </message>
        <message>
            <source>NDVI_soil = {soil}, NDVI_veg = {veg}</source>
            <translation>NDVI_soil = {soil}, NDVI_veg = {veg}</translation>
        </message>
        <message>
            <source>C of RUSLE from land cover and vegetation cover by the guideline's table: forest, shrub, grass and orchards by FVC class (&lt;10, 10–30, 30–50, 50–70, 70–90, &gt;90 %), paddy, wetland and water 0, built-up 0.01, dry farmland 0.221 − 0.595·log10(FVC); bare land 1. A class includes its lower break and 90 % itself is in 70–90: the class breaks say so with their signs (≥10 opens the class above at 10; &gt;90 keeps 90 in the class below). FVC is compared in the raster's own precision (a float32 0.7 is 70 %). The land-cover codes are mapped to these classes by the legend chosen (三调, CLCD, GlobeLand30 or the SEIMS sample legend); rows in 'Extra or changed codes' add codes or override the legend. A code with no class is an error naming it, never C = 0. FVC is a fraction 0–1.</source>
            <translation>C of RUSLE from land cover and vegetation cover by the guideline's table: forest, shrub, grass and orchards by FVC class (&lt;10, 10–30, 30–50, 50–70, 70–90, &gt;90 %), paddy, wetland and water 0, built-up 0.01, dry farmland 0.221 − 0.595·log10(FVC); bare land 1. A class includes its lower break and 90 % itself is in 70–90: the class breaks say so with their signs (≥10 opens the class above at 10; &gt;90 keeps 90 in the class below). FVC is compared in the raster's own precision (a float32 0.7 is 70 %). The land-cover codes are mapped to these classes by the legend chosen (三调, CLCD, GlobeLand30 or the SEIMS sample legend); rows in 'Extra or changed codes' add codes or override the legend. A code with no class is an error naming it, never C = 0. FVC is a fraction 0–1.</translation>
        </message>
        <message>
            <source>Vegetation cover FVC (0–1)</source>
            <translation>Vegetation cover FVC (0–1)</translation>
        </message>
        <message>
            <source>C table class</source>
            <translation>C table class</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>FVC class breaks (%; ≥ opens the class above at the break, &gt; keeps it in the class below)</source>
            <translation>FVC class breaks (%; ≥ opens the class above at the break, &gt; keeps it in the class below)</translation>
        </message>
        <message>
            <source>C factor</source>
            <translation>C factor</translation>
        </message>
        <message>
            <source>FVC class breaks</source>
            <translation>FVC class breaks</translation>
        </message>
        <message>
            <source>Soil conservation (RUSLE)</source>
            <translation>Soil conservation (RUSLE)</translation>
        </message>
        <message>
            <source>Soil conservation of the 2017 model method: Ac = R·K·LS·(1 − C·P) in t·hm⁻²·a⁻¹, the erosion the cover prevents; also potential erosion R·K·LS and actual erosion R·K·LS·C·P when asked. P is 1 unless a raster is given. Grade Ac with 'Grade importance (cumulative value rule)'.</source>
            <translation>Soil conservation of the 2017 model method: Ac = R·K·LS·(1 − C·P) in t·hm⁻²·a⁻¹, the erosion the cover prevents; also potential erosion R·K·LS and actual erosion R·K·LS·C·P when asked. P is 1 unless a raster is given. Grade Ac with 'Grade importance (cumulative value rule)'.</translation>
        </message>
        <message>
            <source>Slope length and steepness LS</source>
            <translation>Slope length and steepness LS</translation>
        </message>
        <message>
            <source>Cover and management C</source>
            <translation>Cover and management C</translation>
        </message>
        <message>
            <source>Support practice P (empty: 1)</source>
            <translation>Support practice P (empty: 1)</translation>
        </message>
        <message>
            <source>Soil conservation Ac</source>
            <translation>Soil conservation Ac</translation>
        </message>
        <message>
            <source>Potential erosion</source>
            <translation>Potential erosion</translation>
        </message>
        <message>
            <source>Actual erosion</source>
            <translation>Actual erosion</translation>
        </message>
        <message>
            <source>Water conservation (water balance)</source>
            <translation>Water conservation (water balance)</translation>
        </message>
        <message>
            <source>Water conservation of the 2017 model method: TQ = (P − R − ET)·A with surface runoff R = P·α, α the runoff coefficient of the ecosystem type (the guideline's table, editable). A negative balance is 0, never its absolute value. P and ET are annual means in mm. Writes m³ per cell (the service raster to grade) and, when asked, the depth in mm. Land-cover codes are mapped to ecosystem types by the legend chosen plus the extra rows; codes mapped to 'excluded' (farmland, built-up, bare land) are not assessed and stay nodata; a code with no mapping is an error naming it.</source>
            <translation>Water conservation of the 2017 model method: TQ = (P − R − ET)·A with surface runoff R = P·α, α the runoff coefficient of the ecosystem type (the guideline's table, editable). A negative balance is 0, never its absolute value. P and ET are annual means in mm. Writes m³ per cell (the service raster to grade) and, when asked, the depth in mm. Land-cover codes are mapped to ecosystem types by the legend chosen plus the extra rows; codes mapped to 'excluded' (farmland, built-up, bare land) are not assessed and stay nodata; a code with no mapping is an error naming it.</translation>
        </message>
        <message>
            <source>Annual precipitation P (mm)</source>
            <translation>Annual precipitation P (mm)</translation>
        </message>
        <message>
            <source>Annual evapotranspiration ET (mm)</source>
            <translation>Annual evapotranspiration ET (mm)</translation>
        </message>
        <message>
            <source>Ecosystem or land cover</source>
            <translation>Ecosystem or land cover</translation>
        </message>
        <message>
            <source>Ecosystem type</source>
            <translation>Ecosystem type</translation>
        </message>
        <message>
            <source>α (%)</source>
            <translation>α (%)</translation>
        </message>
        <message>
            <source>Water conservation (m³ per cell)</source>
            <translation>Water conservation (m³ per cell)</translation>
        </message>
        <message>
            <source>Water conservation (mm)</source>
            <translation>Water conservation (mm)</translation>
        </message>
        <message>
            <source>Sand fixation (RWEQ)</source>
            <translation>Sand fixation (RWEQ)</translation>
        </message>
        <message>
            <source>Sand fixation of the 2017 model method: SR = S_Lpot − S_L, S_L = (2z/s²)·Q_max·e^(−(z/s)²), Q_max = 109.8·(WF·EF·SCF·K′·C), s = 150.71·(WF·EF·SCF·K′·C)^−0.3711, z = 50 m; the potential form drops C. WF, the weather factor (kg/m), is an input raster. EF = (29.09 + 0.31 sa + 0.17 si + 0.33 sa/cl − 2.59 OM − 0.95 CaCO3)/100 and SCF = 1/(1 + 0.0066 cl² + 0.021 OM²) from soil rasters or a soil-type raster with its table; K′ = e^(1.86 Kr − 2.41 Kr^0.934 − 0.127 Crr), at most 1, with Kr = 0.2·ΔH²/L (ΔH the relief in metres within a window of L metres of the DEM) or from a Kr raster; C = e^(−0.0483·SC), SC = 100·FVC. Output in t·hm⁻² (1 kg·m⁻² = 10 t·hm⁻²) or kg·m⁻².</source>
            <translation>Sand fixation of the 2017 model method: SR = S_Lpot − S_L, S_L = (2z/s²)·Q_max·e^(−(z/s)²), Q_max = 109.8·(WF·EF·SCF·K′·C), s = 150.71·(WF·EF·SCF·K′·C)^−0.3711, z = 50 m; the potential form drops C. WF, the weather factor (kg/m), is an input raster. EF = (29.09 + 0.31 sa + 0.17 si + 0.33 sa/cl − 2.59 OM − 0.95 CaCO3)/100 and SCF = 1/(1 + 0.0066 cl² + 0.021 OM²) from soil rasters or a soil-type raster with its table; K′ = e^(1.86 Kr − 2.41 Kr^0.934 − 0.127 Crr), at most 1, with Kr = 0.2·ΔH²/L (ΔH the relief in metres within a window of L metres of the DEM) or from a Kr raster; C = e^(−0.0483·SC), SC = 100·FVC. Output in t·hm⁻² (1 kg·m⁻² = 10 t·hm⁻²) or kg·m⁻².</translation>
        </message>
        <message>
            <source>Weather factor WF (kg/m)</source>
            <translation>Weather factor WF (kg/m)</translation>
        </message>
        <message>
            <source>DEM (for terrain roughness)</source>
            <translation>DEM (for terrain roughness)</translation>
        </message>
        <message>
            <source>Terrain roughness Kr, instead of the DEM</source>
            <translation>Terrain roughness Kr, instead of the DEM</translation>
        </message>
        <message>
            <source>Organic matter (%)</source>
            <translation>Organic matter (%)</translation>
        </message>
        <message>
            <source>CaCO3 (%)</source>
            <translation>CaCO3 (%)</translation>
        </message>
        <message>
            <source>Output unit</source>
            <translation>Output unit</translation>
        </message>
        <message>
            <source>CaCO3 where none is given (%)</source>
            <translation>CaCO3 where none is given (%)</translation>
        </message>
        <message>
            <source>Roughness window (cells)</source>
            <translation>Roughness window (cells)</translation>
        </message>
        <message>
            <source>Random roughness Crr (cm)</source>
            <translation>Random roughness Crr (cm)</translation>
        </message>
        <message>
            <source>Downwind distance z (m)</source>
            <translation>Downwind distance z (m)</translation>
        </message>
        <message>
            <source>Q_max coefficient</source>
            <translation>Q_max coefficient</translation>
        </message>
        <message>
            <source>s coefficient</source>
            <translation>s coefficient</translation>
        </message>
        <message>
            <source>s exponent</source>
            <translation>s exponent</translation>
        </message>
        <message>
            <source>EF coefficients (a, sand, silt, sand/clay, OM, CaCO3, divisor)</source>
            <translation>EF coefficients (a, sand, silt, sand/clay, OM, CaCO3, divisor)</translation>
        </message>
        <message>
            <source>SCF coefficients (clay², OM²)</source>
            <translation>SCF coefficients (clay², OM²)</translation>
        </message>
        <message>
            <source>K′ coefficients (Kr, Kr^c factor, c, Crr)</source>
            <translation>K′ coefficients (Kr, Kr^c factor, c, Crr)</translation>
        </message>
        <message>
            <source>Kr coefficient (Kr = a·ΔH²/L)</source>
            <translation>Kr coefficient (Kr = a·ΔH²/L)</translation>
        </message>
        <message>
            <source>C coefficient (C = e^(a·SC))</source>
            <translation>C coefficient (C = e^(a·SC))</translation>
        </message>
        <message>
            <source>Sand fixation SR</source>
            <translation>Sand fixation SR</translation>
        </message>
        <message>
            <source>Potential wind erosion</source>
            <translation>Potential wind erosion</translation>
        </message>
        <message>
            <source>Actual wind erosion</source>
            <translation>Actual wind erosion</translation>
        </message>
        <message>
            <source>Give either a soil-type raster with its property table, or the sand, silt, clay and organic matter rasters.</source>
            <translation>Give either a soil-type raster with its property table, or the sand, silt, clay and organic matter rasters.</translation>
        </message>
        <message>
            <source>EF coefficients</source>
            <translation>EF coefficients</translation>
        </message>
        <message>
            <source>SCF coefficients</source>
            <translation>SCF coefficients</translation>
        </message>
        <message>
            <source>K′ coefficients</source>
            <translation>K′ coefficients</translation>
        </message>
        <message>
            <source>Check the inputs (preflight)</source>
            <translation>Check the inputs (preflight)</translation>
        </message>
        <message>
            <source>Checks every input raster before an assessment: that it can be read, has a CRS, covers the study area, declares its nodata, holds values in the range its role allows (NPP ≥ 0, slope 0–90°, FVC 0–1, land-cover codes in the legend…) and in a plausible unit (annual precipitation of 23 878 is 0.1 mm), and whether it will be resampled to the reference grid. Each finding says how to fix it. Give the inputs in the table (raster, role, band, legend) or as layers whose names tell their role (npp, pre, tem, dem, slope…; each band of a multi-band raster by its description). Roles: {roles}. The algorithm fails on any error unless 'report only' is ticked; the HTML and JSON reports are written either way.</source>
            <translation>Checks every input raster before an assessment: that it can be read, has a CRS, covers the study area, declares its nodata, holds values in the range its role allows (NPP ≥ 0, slope 0–90°, FVC 0–1, land-cover codes in the legend…) and in a plausible unit (annual precipitation of 23 878 is 0.1 mm), and whether it will be resampled to the reference grid. Each finding says how to fix it. Give the inputs in the table (raster, role, band, legend) or as layers whose names tell their role (npp, pre, tem, dem, slope…; each band of a multi-band raster by its description). Roles: {roles}. The algorithm fails on any error unless 'report only' is ticked; the HTML and JSON reports are written either way.</translation>
        </message>
        <message>
            <source>Inputs: raster (path or layer name), role, band (empty: the role's), legend (land cover)</source>
            <translation>Inputs: raster (path or layer name), role, band (empty: the role's), legend (land cover)</translation>
        </message>
        <message>
            <source>Raster</source>
            <translation>Raster</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Legend</translation>
        </message>
        <message>
            <source>Input layers (role told from the name)</source>
            <translation>Input layers (role told from the name)</translation>
        </message>
        <message>
            <source>Reference grid (template raster)</source>
            <translation>Reference grid (template raster)</translation>
        </message>
        <message>
            <source>Study area (province boundary)</source>
            <translation>Study area (province boundary)</translation>
        </message>
        <message>
            <source>Cell size of the grid built from the boundary</source>
            <translation>Cell size of the grid built from the boundary</translation>
        </message>
        <message>
            <source>CRS of the grid built from the boundary (default: the standard's)</source>
            <translation>CRS of the grid built from the boundary (default: the standard's)</translation>
        </message>
        <message>
            <source>Read every cell (off: a quick sample of blocks)</source>
            <translation>Read every cell (off: a quick sample of blocks)</translation>
        </message>
        <message>
            <source>Report only (do not fail on errors)</source>
            <translation>Report only (do not fail on errors)</translation>
        </message>
        <message>
            <source>Preflight report (HTML)</source>
            <translation>Preflight report (HTML)</translation>
        </message>
        <message>
            <source>HTML files (*.html)</source>
            <translation>HTML files (*.html)</translation>
        </message>
        <message>
            <source>Preflight findings (JSON)</source>
            <translation>Preflight findings (JSON)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON files (*.json)</translation>
        </message>
        <message>
            <source>No input to check: fill the table of inputs or choose input layers.</source>
            <translation>No input to check: fill the table of inputs or choose input layers.</translation>
        </message>
        <message>
            <source>Report: {path}</source>
            <translation>Report: {path}</translation>
        </message>
        <message>
            <source>The band '{band}' of '{raster}' is not a number.</source>
            <translation>The band '{band}' of '{raster}' is not a number.</translation>
        </message>
        <message>
            <source>Its role cannot be told from its name or its band descriptions.</source>
            <translation>Its role cannot be told from its name or its band descriptions.</translation>
        </message>
        <message>
            <source>Give it a row in the table of inputs with its role (one of {roles}).</source>
            <translation>Give it a row in the table of inputs with its role (one of {roles}).</translation>
        </message>
        <message>
            <source>Warn about patches smaller than (km², unless in a protected area)</source>
            <translation>Warn about patches smaller than (km², unless in a protected area)</translation>
        </message>
        <message>
            <source>Warn about holes smaller than (km²)</source>
            <translation>Warn about holes smaller than (km²)</translation>
        </message>
        <message>
            <source>Warn about slivers with area / perimeter² below</source>
            <translation>Warn about slivers with area / perimeter² below</translation>
        </message>
        <message>
            <source>Export submission package</source>
            <translation>Export submission package</translation>
        </message>
        <message>
            <source>Validates the red line against the submission standard (errors stop the export and are listed with their patch codes and locations; warnings go into the QA report), then writes {XZQDM6}_STBHHX_{YYYYMMDD}.zip: STBHHX.gpkg with the ledger layers and their history, the shapefile copy, the graded rasters as cloud-optimised GeoTIFF with styles, the PDF map report, statistics, the QA report, metadata.xml and manifest.json with the sha256 of every file. The package is built aside and renamed: a failure or a cancel leaves none. Only manifest.json carries the clock time; every other file is the same, byte for byte, for the same inputs and package date.</source>
            <translation>Validates the red line against the submission standard (errors stop the export and are listed with their patch codes and locations; warnings go into the QA report), then writes {XZQDM6}_STBHHX_{YYYYMMDD}.zip: STBHHX.gpkg with the ledger layers and their history, the shapefile copy, the graded rasters as cloud-optimised GeoTIFF with styles, the PDF map report, statistics, the QA report, metadata.xml and manifest.json with the sha256 of every file. The package is built aside and renamed: a failure or a cancel leaves none. Only manifest.json carries the clock time; every other file is the same, byte for byte, for the same inputs and package date.</translation>
        </message>
        <message>
            <source>Province code (XZQDM6, e.g. 350000)</source>
            <translation>Province code (XZQDM6, e.g. 350000)</translation>
        </message>
        <message>
            <source>Province name</source>
            <translation>Province name</translation>
        </message>
        <message>
            <source>Province code field</source>
            <translation>Province code field</translation>
        </message>
        <message>
            <source>County boundaries</source>
            <translation>County boundaries</translation>
        </message>
        <message>
            <source>Integrated importance grade (ZYX)</source>
            <translation>Integrated importance grade (ZYX)</translation>
        </message>
        <message>
            <source>Integrated sensitivity grade (MGX)</source>
            <translation>Integrated sensitivity grade (MGX)</translation>
        </message>
        <message>
            <source>Graded rasters per function and type</source>
            <translation>Graded rasters per function and type</translation>
        </message>
        <message>
            <source>Contact organisation</source>
            <translation>Contact organisation</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <source>Contact e-mail</source>
            <translation>Contact e-mail</translation>
        </message>
        <message>
            <source>Contact telephone</source>
            <translation>Contact telephone</translation>
        </message>
        <message>
            <source>Package date (default today)</source>
            <translation>Package date (default today)</translation>
        </message>
        <message>
            <source>Abstract for metadata.xml</source>
            <translation>Abstract for metadata.xml</translation>
        </message>
        <message>
            <source>Package folder</source>
            <translation>Package folder</translation>
        </message>
        <message>
            <source>Submission package</source>
            <translation>Submission package</translation>
        </message>
        <message>
            <source>Package written: {path}</source>
            <translation>Package written: {path}</translation>
        </message>
        <message>
            <source>Checks any submission package against the standard, as the national office will: the archive (no path leaving the package, no link, bounded size, only the files in the manifest, every sha256), the layers, fields and codes, geometry validity, overlaps, MJ, the manifest's totals and the warnings. Nothing inside the package is executed. With province boundaries, patches must lie inside their province; with county boundaries, XZQDM must match the location. Writes the QA report (HTML) with every finding, its patch code, location and how to fix it.</source>
            <translation>Checks any submission package against the standard, as the national office will: the archive (no path leaving the package, no link, bounded size, only the files in the manifest, every sha256), the layers, fields and codes, geometry validity, overlaps, MJ, the manifest's totals and the warnings. Nothing inside the package is executed. With province boundaries, patches must lie inside their province; with county boundaries, XZQDM must match the location. Writes the QA report (HTML) with every finding, its patch code, location and how to fix it.</translation>
        </message>
        <message>
            <source>Submission package (.zip)</source>
            <translation>Submission package (.zip)</translation>
        </message>
        <message>
            <source>Largest accepted unpacked size (GB)</source>
            <translation>Largest accepted unpacked size (GB)</translation>
        </message>
        <message>
            <source>Package accepted</source>
            <translation>Package accepted</translation>
        </message>
        <message>
            <source>The package {path} does not exist. Choose a .zip package.</source>
            <translation>The package {path} does not exist. Choose a .zip package.</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>accepted</translation>
        </message>
        <message>
            <source>{package}: {verdict}, {errors} error(s), {warnings} warning(s).</source>
            <translation>{package}: {verdict}, {errors} error(s), {warnings} warning(s).</translation>
        </message>
        <message>
            <source>Merge province packages into the national red line</source>
            <translation>Merge province packages into the national red line</translation>
        </message>
        <message>
            <source>Validates every package (a failing or hostile one is reported and left out whole), keeps the newest package of each province, edge-matches shared province borders (overlaps, gaps, vertex offsets within the search distance, with a report and map snippets per border pair) and loads the patches with their source package and sha256 into a national GeoPackage, or into PostGIS when a connection is given. The whole run is one transaction: a failure, a cancel or a crash leaves the store as it was before the run, and running it again completes it; a newer package replaces the province's rows. National statistics by province and function are written to the store and as CSV.</source>
            <translation>Validates every package (a failing or hostile one is reported and left out whole), keeps the newest package of each province, edge-matches shared province borders (overlaps, gaps, vertex offsets within the search distance, with a report and map snippets per border pair) and loads the patches with their source package and sha256 into a national GeoPackage, or into PostGIS when a connection is given. The whole run is one transaction: a failure, a cancel or a crash leaves the store as it was before the run, and running it again completes it; a newer package replaces the province's rows. National statistics by province and function are written to the store and as CSV.</translation>
        </message>
        <message>
            <source>Province packages (.zip)</source>
            <translation>Province packages (.zip)</translation>
        </message>
        <message>
            <source>…or a folder of packages</source>
            <translation>…or a folder of packages</translation>
        </message>
        <message>
            <source>Province boundaries (for borders and the inside rule)</source>
            <translation>Province boundaries (for borders and the inside rule)</translation>
        </message>
        <message>
            <source>Edge search distance (m)</source>
            <translation>Edge search distance (m)</translation>
        </message>
        <message>
            <source>Report vertex offsets above (m)</source>
            <translation>Report vertex offsets above (m)</translation>
        </message>
        <message>
            <source>PostGIS connection (instead of the GeoPackage)</source>
            <translation>PostGIS connection (instead of the GeoPackage)</translation>
        </message>
        <message>
            <source>…or a PostgreSQL connection string</source>
            <translation>…or a PostgreSQL connection string</translation>
        </message>
        <message>
            <source>PostgreSQL schema</source>
            <translation>PostgreSQL schema</translation>
        </message>
        <message>
            <source>National GeoPackage</source>
            <translation>National GeoPackage</translation>
        </message>
        <message>
            <source>Merge and edge-match reports</source>
            <translation>Merge and edge-match reports</translation>
        </message>
        <message>
            <source>Merge report (index.html)</source>
            <translation>Merge report (index.html)</translation>
        </message>
        <message>
            <source>Packages merged</source>
            <translation>Packages merged</translation>
        </message>
        <message>
            <source>Packages refused</source>
            <translation>Packages refused</translation>
        </message>
        <message>
            <source>Edge-matching findings</source>
            <translation>Edge-matching findings</translation>
        </message>
        <message>
            <source>The package folder '{folder}' does not exist. Choose the folder that holds the .zip packages.</source>
            <translation>The package folder '{folder}' does not exist. Choose the folder that holds the .zip packages.</translation>
        </message>
        <message>
            <source>No package to merge: choose package files or a folder that holds them.</source>
            <translation>No package to merge: choose package files or a folder that holds them.</translation>
        </message>
        <message>
            <source>every raster step</source>
            <translation>every raster step</translation>
        </message>
        <message>
            <source>every raster and vector step</source>
            <translation>every raster and vector step</translation>
        </message>
        <message>
            <source>delineation, coding, checks, submission and the national merge</source>
            <translation>delineation, coding, checks, submission and the national merge</translation>
        </message>
        <message>
            <source>the charts of the ledger statistics (the tables still work)</source>
            <translation>the charts of the ledger statistics (the tables still work)</translation>
        </message>
        <message>
            <source>the interactive chart page of the ledger statistics (the PNG charts still work)</source>
            <translation>the interactive chart page of the ledger statistics (the PNG charts still work)</translation>
        </message>
        <message>
            <source>the national merge into PostGIS (the GeoPackage merge still works)</source>
            <translation>the national merge into PostGIS (the GeoPackage merge still works)</translation>
        </message>
        <message>
            <source>not installed</source>
            <translation>not installed</translation>
        </message>
        <message>
            <source>version {found} is older than {needed}</source>
            <translation>version {found} is older than {needed}</translation>
        </message>
        <message>
            <source>Run the OSGeo4W Setup (Advanced Install) and add the package '{package}'.</source>
            <translation>Run the OSGeo4W Setup (Advanced Install) and add the package '{package}'.</translation>
        </message>
        <message>
            <source>In the QGIS Python console run: import pip; pip.main(['install', '{package}'])</source>
            <translation>In the QGIS Python console run: import pip; pip.main(['install', '{package}'])</translation>
        </message>
        <message>
            <source>Install it with: sudo apt install {package}</source>
            <translation>Install it with: sudo apt install {package}</translation>
        </message>
        <message>
            <source>required</source>
            <translation>required</translation>
        </message>
        <message>
            <source>{module} ({kind}) is not usable: {reason}. Without it: {purpose}. {hint}</source>
            <translation>{module} ({kind}) is not usable: {reason}. Without it: {purpose}. {hint}</translation>
        </message>
        <message>
            <source>No finding.</source>
            <translation>No finding.</translation>
        </message>
        <message>
            <source>The algorithm {id} is not installed.</source>
            <translation>The algorithm {id} is not installed.</translation>
        </message>
        <message>
            <source>'{title}' failed: the QGIS log has the details.</source>
            <translation>'{title}' failed: the QGIS log has the details.</translation>
        </message>
        <message>
            <source>Step {n} of {total}: {title}</source>
            <translation>Step {n} of {total}: {title}</translation>
        </message>
        <message>
            <source>the algorithm {id} is not installed yet</source>
            <translation>the algorithm {id} is not installed yet</translation>
        </message>
        <message>
            <source>the algorithm {id} has no parameter {name}</source>
            <translation>the algorithm {id} has no parameter {name}</translation>
        </message>
        <message>
            <source>The algorithm {id} is not installed yet.</source>
            <translation>The algorithm {id} is not installed yet.</translation>
        </message>
        <message>
            <source>province</source>
            <translation>province</translation>
        </message>
        <message>
            <source>workspace</source>
            <translation>workspace</translation>
        </message>
        <message>
            <source>coordinate reference system</source>
            <translation>coordinate reference system</translation>
        </message>
        <message>
            <source>cell size</source>
            <translation>cell size</translation>
        </message>
        <message>
            <source>province boundary layer</source>
            <translation>province boundary layer</translation>
        </message>
        <message>
            <source>county layer</source>
            <translation>county layer</translation>
        </message>
        <message>
            <source>county code field</source>
            <translation>county code field</translation>
        </message>
        <message>
            <source>county name field</source>
            <translation>county name field</translation>
        </message>
        <message>
            <source>reference grid</source>
            <translation>reference grid</translation>
        </message>
        <message>
            <source>Choose the {what} on the Project page first.</source>
            <translation>Choose the {what} on the Project page first.</translation>
        </message>
        <message>
            <source>Build the reference grid on the Project page first.</source>
            <translation>Build the reference grid on the Project page first.</translation>
        </message>
        <message>
            <source>Choose a layer for every input on the Inputs page first (missing: {role}).</source>
            <translation>Choose a layer for every input on the Inputs page first (missing: {role}).</translation>
        </message>
        <message>
            <source>Run the step '{step}' first: this step uses its results.</source>
            <translation>Run the step '{step}' first: this step uses its results.</translation>
        </message>
        <message>
            <source>Create or open the workspace GeoPackage on the Project page first.</source>
            <translation>Create or open the workspace GeoPackage on the Project page first.</translation>
        </message>
        <message>
            <source>The algorithm {id} has no parameter {name}.</source>
            <translation>The algorithm {id} has no parameter {name}.</translation>
        </message>
        <message>
            <source>Nothing to run with the methods chosen: pick at least one on the Inputs page.</source>
            <translation>Nothing to run with the methods chosen: pick at least one on the Inputs page.</translation>
        </message>
        <message>
            <source>The algorithm of '{call}' gave no output '{name}'; the step cannot be completed.</source>
            <translation>The algorithm of '{call}' gave no output '{name}'; the step cannot be completed.</translation>
        </message>
        <message>
            <source>The result '{path}' cannot be read.</source>
            <translation>The result '{path}' cannot be read.</translation>
        </message>
        <message>
            <source>The result '{path}' has no layer '{table}'.</source>
            <translation>The result '{path}' has no layer '{table}'.</translation>
        </message>
        <message>
            <source>The workspace '{path}' cannot be opened for writing.</source>
            <translation>The workspace '{path}' cannot be opened for writing.</translation>
        </message>
        <message>
            <source>The results could not be written to the workspace '{path}'.</source>
            <translation>The results could not be written to the workspace '{path}'.</translation>
        </message>
        <message>
            <source>choose the province</source>
            <translation>choose the province</translation>
        </message>
        <message>
            <source>create or open the workspace GeoPackage</source>
            <translation>create or open the workspace GeoPackage</translation>
        </message>
        <message>
            <source>choose the coordinate reference system</source>
            <translation>choose the coordinate reference system</translation>
        </message>
        <message>
            <source>give the cell size of the reference grid</source>
            <translation>give the cell size of the reference grid</translation>
        </message>
        <message>
            <source>choose the province boundary layer</source>
            <translation>choose the province boundary layer</translation>
        </message>
        <message>
            <source>choose the county layer</source>
            <translation>choose the county layer</translation>
        </message>
        <message>
            <source>choose the fields of the county code and name</source>
            <translation>choose the fields of the county code and name</translation>
        </message>
        <message>
            <source>wait for the reference grid to be built</source>
            <translation>wait for the reference grid to be built</translation>
        </message>
        <message>
            <source>the input layer '{name}' changed</source>
            <translation>the input layer '{name}' changed</translation>
        </message>
        <message>
            <source>the project setting '{name}' changed</source>
            <translation>the project setting '{name}' changed</translation>
        </message>
        <message>
            <source>the result '{output}' of '{step}' changed (run again or edited)</source>
            <translation>the result '{output}' of '{step}' changed (run again or edited)</translation>
        </message>
        <message>
            <source>the parameter {name} changed</source>
            <translation>the parameter {name} changed</translation>
        </message>
        <message>
            <source>the methods chosen changed ({call})</source>
            <translation>the methods chosen changed ({call})</translation>
        </message>
        <message>
            <source>the earlier step '{step}' is not up to date</source>
            <translation>the earlier step '{step}' is not up to date</translation>
        </message>
        <message>
            <source>the plugin's fixed settings for this step changed ({key})</source>
            <translation>the plugin's fixed settings for this step changed ({key})</translation>
        </message>
        <message>
            <source>complete the page '{step}' first</source>
            <translation>complete the page '{step}' first</translation>
        </message>
        <message>
            <source>choose a layer for '{role}'</source>
            <translation>choose a layer for '{role}'</translation>
        </message>
        <message>
            <source>fix the input '{role}' (preflight found an error)</source>
            <translation>fix the input '{role}' (preflight found an error)</translation>
        </message>
        <message>
            <source>choose at least one function or sensitivity type</source>
            <translation>choose at least one function or sensitivity type</translation>
        </message>
        <message>
            <source>NPP quantitative index</source>
            <translation>NPP quantitative index</translation>
        </message>
        <message>
            <source>NPP × factors, each rescaled 0–1 (guideline §1.1); needs few inputs</source>
            <translation>NPP × factors, each rescaled 0–1 (guideline §1.1); needs few inputs</translation>
        </message>
        <message>
            <source>Model method (2017)</source>
            <translation>Model method (2017)</translation>
        </message>
        <message>
            <source>Water balance, RUSLE or RWEQ from climate, soil, DEM and land cover</source>
            <translation>Water balance, RUSLE or RWEQ from climate, soil, DEM and land cover</translation>
        </message>
        <message>
            <source>My own service raster</source>
            <translation>My own service raster</translation>
        </message>
        <message>
            <source>A service raster computed elsewhere (InVEST, CASA); it is graded</source>
            <translation>A service raster computed elsewhere (InVEST, CASA); it is graded</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Not assessed</translation>
        </message>
        <message>
            <source>This function is not assessed in this province</source>
            <translation>This function is not assessed in this province</translation>
        </message>
        <message>
            <source>{title}, in {unit}; preflight checks its range and unit</source>
            <translation>{title}, in {unit}; preflight checks its range and unit</translation>
        </message>
        <message>
            <source>Land cover, baseline year</source>
            <translation>Land cover, baseline year</translation>
        </message>
        <message>
            <source>Land cover, current year</source>
            <translation>Land cover, current year</translation>
        </message>
        <message>
            <source>FVC, baseline year</source>
            <translation>FVC, baseline year</translation>
        </message>
        <message>
            <source>FVC, current year</source>
            <translation>FVC, current year</translation>
        </message>
        <message>
            <source>NPP, baseline year</source>
            <translation>NPP, baseline year</translation>
        </message>
        <message>
            <source>NPP, current year</source>
            <translation>NPP, current year</translation>
        </message>
        <message>
            <source>For the ledger: damage is found where land cover changed, graded by the loss of FVC or NPP</source>
            <translation>For the ledger: damage is found where land cover changed, graded by the loss of FVC or NPP</translation>
        </message>
        <message>
            <source>Optional: delineation adds or takes out these areas (methods.md §4)</source>
            <translation>Optional: delineation adds or takes out these areas (methods.md §4)</translation>
        </message>
        <message>
            <source>Protected areas (nature reserves, parks)</source>
            <translation>Protected areas (nature reserves, parks)</translation>
        </message>
        <message>
            <source>polygons</source>
            <translation>polygons</translation>
        </message>
        <message>
            <source>Give either the soil types with their property table, or the sand, silt and clay rasters</source>
            <translation>Give either the soil types with their property table, or the sand, silt and clay rasters</translation>
        </message>
        <message>
            <source>Daily precipitation at stations (CSV)</source>
            <translation>Daily precipitation at stations (CSV)</translation>
        </message>
        <message>
            <source>station id, date, mm</source>
            <translation>station id, date, mm</translation>
        </message>
        <message>
            <source>Station sites (CSV)</source>
            <translation>Station sites (CSV)</translation>
        </message>
        <message>
            <source>lon, lat</source>
            <translation>lon, lat</translation>
        </message>
        <message>
            <source>station id, lon, lat</source>
            <translation>station id, lon, lat</translation>
        </message>
        <message>
            <source>RWEQ weather factor WF</source>
            <translation>RWEQ weather factor WF</translation>
        </message>
        <message>
            <source>The weather factor of RWEQ</source>
            <translation>The weather factor of RWEQ</translation>
        </message>
        <message>
            <source>Service raster: {function}</source>
            <translation>Service raster: {function}</translation>
        </message>
        <message>
            <source>A service raster computed elsewhere, graded by the cumulative value rule</source>
            <translation>A service raster computed elsewhere, graded by the cumulative value rule</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>Choose the province, the workspace GeoPackage that keeps everything, the reference grid and the boundaries.</source>
            <translation>Choose the province, the workspace GeoPackage that keeps everything, the reference grid and the boundaries.</translation>
        </message>
        <message>
            <source>Choose how each function is assessed, which sensitivity types apply, and the input layers they need.</source>
            <translation>Choose how each function is assessed, which sensitivity types apply, and the input layers they need.</translation>
        </message>
        <message>
            <source>Importance</source>
            <translation>Importance</translation>
        </message>
        <message>
            <source>Assess the importance of each ecological function and grade it by the cumulative value rule: the cells holding the top 50 % of the province's total value are extremely important.</source>
            <translation>Assess the importance of each ecological function and grade it by the cumulative value rule: the cells holding the top 50 % of the province's total value are extremely important.</translation>
        </message>
        <message>
            <source>Sensitivity</source>
            <translation>Sensitivity</translation>
        </message>
        <message>
            <source>Assess ecological sensitivity: each factor is scored 1, 3 or 5, the scores are combined by their geometric mean and graded into generally sensitive, sensitive and extremely sensitive.</source>
            <translation>Assess ecological sensitivity: each factor is scored 1, 3 or 5, the scores are combined by their geometric mean and graded into generally sensitive, sensitive and extremely sensitive.</translation>
        </message>
        <message>
            <source>Turn extremely important and extremely sensitive land into red-line patches: add protected areas, take out conflicts, refine the boundaries, split by county and code every patch.</source>
            <translation>Turn extremely important and extremely sensitive land into red-line patches: add protected areas, take out conflicts, refine the boundaries, split by county and code every patch.</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Check the red-line patches against the submission standard, go through every finding on the map and edit the patches in their form.</source>
            <translation>Check the red-line patches against the submission standard, go through every finding on the map and edit the patches in their form.</translation>
        </message>
        <message>
            <source>Keep the red line's ledger: find damaged ecosystems from land-cover change and record human activities, county by county.</source>
            <translation>Keep the red line's ledger: find damaged ecosystems from land-cover change and record human activities, county by county.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Validate the red line against the submission standard and write the province's submission package.</source>
            <translation>Validate the red line against the submission standard and write the province's submission package.</translation>
        </message>
        <message>
            <source>Candidate areas</source>
            <translation>Candidate areas</translation>
        </message>
        <message>
            <source>Deductions (conflicts taken out)</source>
            <translation>Deductions (conflicts taken out)</translation>
        </message>
        <message>
            <source>Change log of the refinement</source>
            <translation>Change log of the refinement</translation>
        </message>
        <message>
            <source>{function}: service value</source>
            <translation>{function}: service value</translation>
        </message>
        <message>
            <source>'{title}' cannot start: no result {name}.</source>
            <translation>'{title}' cannot start: no result {name}.</translation>
        </message>
        <message>
            <source>Red line: {step} ({n}/{total}) {title}</source>
            <translation>Red line: {step} ({n}/{total}) {title}</translation>
        </message>
    </context>
</TS>
