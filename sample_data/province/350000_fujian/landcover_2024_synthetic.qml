<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22" styleCategories="AllStyleCategories">
  <pipe>
    <rasterrenderer type="paletted" band="1" opacity="1" alphaBand="-1" nodataColor="">
      <rasterTransparency/>
      <colorPalette>
        <paletteEntry value="9" color="#26a69a" alpha="255" label="湿地 Wetland"/>
        <paletteEntry value="8" color="#d32f2f" alpha="255" label="不透水面 Impervious"/>
        <paletteEntry value="7" color="#d7ccc8" alpha="255" label="裸地 Barren"/>
        <paletteEntry value="6" color="#e0f2f1" alpha="255" label="冰川/积雪 Snow/ice"/>
        <paletteEntry value="5" color="#4a90d9" alpha="255" label="水体 Water"/>
        <paletteEntry value="4" color="#c5e1a5" alpha="255" label="草地 Grassland"/>
        <paletteEntry value="3" color="#8bc34a" alpha="255" label="灌丛 Shrub"/>
        <paletteEntry value="2" color="#2e7d32" alpha="255" label="森林 Forest"/>
        <paletteEntry value="1" color="#f2e47a" alpha="255" label="耕地 Cropland"/>
      </colorPalette>
    </rasterrenderer>
    <brightnesscontrast brightness="0" contrast="0" gamma="1"/>
    <huesaturation saturation="0" colorizeOn="0" grayscaleMode="0"/>
    <rasterresampler maxOversampling="2"/>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
