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
            <source>The raster '{name}' contains infinite values. Set them to nodata before grading.</source>
            <translation>The raster '{name}' contains infinite values. Set them to nodata before grading.</translation>
        </message>
        <message>
            <source>The raster '{name}' has no valid cells (all nodata). Check its nodata value and extent.</source>
            <translation>The raster '{name}' has no valid cells (all nodata). Check its nodata value and extent.</translation>
        </message>
        <message>
            <source>Importance grade (cumulative value rule)</source>
            <translation>Importance grade (cumulative value rule)</translation>
        </message>
        <message>
            <source>Cancelled by the user; nothing was written.</source>
            <translation>Cancelled by the user; nothing was written.</translation>
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
            <source>Red Line Workbench / 生态保护红线</source>
            <translation>Red Line Workbench / 生态保护红线</translation>
        </message>
        <message>
            <source>Ecological protection red line workbench</source>
            <translation>Ecological protection red line workbench</translation>
        </message>
        <message>
            <source>Assess ecological importance and sensitivity, delineate the red line, keep its ledger and export the standard submission package. Every step is also in the Processing Toolbox under Red Line Workbench.</source>
            <translation>Assess ecological importance and sensitivity, delineate the red line, keep its ledger and export the standard submission package. Every step is also in the Processing Toolbox under Red Line Workbench.</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Version {version}</translation>
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
            <source>Red Line Workbench</source>
            <translation>Red Line Workbench</translation>
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
            <source>Grade importance (cumulative value rule)</source>
            <translation>Grade importance (cumulative value rule)</translation>
        </message>
        <message>
            <source>Grades an ecological service raster as the 2017 guideline says: cells are ranked from the highest value down and their values accumulated; the values at which the running total reaches 50 % and 80 % of the province's total are the breaks. Value ≥ first break: 3 extremely important; between the breaks: 2 important; below: 1 generally important. Ties at a break go up; cells ≤ 0 count as 0 and are grade 1; nodata stays nodata. The breaks are exact (identical to a full sort) and the raster is read block by block, never whole. Give 50,75,90 for four classes.</source>
            <translation>Grades an ecological service raster as the 2017 guideline says: cells are ranked from the highest value down and their values accumulated; the values at which the running total reaches 50 % and 80 % of the province's total are the breaks. Value ≥ first break: 3 extremely important; between the breaks: 2 important; below: 1 generally important. Ties at a break go up; cells ≤ 0 count as 0 and are grade 1; nodata stays nodata. The breaks are exact (identical to a full sort) and the raster is read block by block, never whole. Give 50,75,90 for four classes.</translation>
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
            <source>Cumulative breaks (% of total value)</source>
            <translation>Cumulative breaks (% of total value)</translation>
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
            <source>Red Line Workbench {version}</source>
            <translation>Red Line Workbench {version}</translation>
        </message>
    </context>
</TS>
