<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22" styleCategories="AllStyleCategories">
  <pipe>
    <rasterrenderer type="paletted" band="1" opacity="1" alphaBand="-1" nodataColor="">
      <rasterTransparency/>
      <colorPalette>
        <paletteEntry value="13" color="#fffde7" alpha="255" label="砂土 Sand"/>
        <paletteEntry value="12" color="#fff59d" alpha="255" label="壤砂土 Loamy sand"/>
        <paletteEntry value="11" color="#ffe082" alpha="255" label="砂壤土 Sandy loam"/>
        <paletteEntry value="10" color="#ffcc80" alpha="255" label="砂黏壤土 Sandy clay loam"/>
        <paletteEntry value="9" color="#ffb74d" alpha="255" label="壤土 Loam"/>
        <paletteEntry value="8" color="#ff8a65" alpha="255" label="砂黏土 Sandy clay"/>
        <paletteEntry value="7" color="#d7ccc8" alpha="255" label="粉壤土 Silt loam"/>
        <paletteEntry value="6" color="#bcaaa4" alpha="255" label="粉土 Silt"/>
        <paletteEntry value="5" color="#a1887f" alpha="255" label="黏壤土 Clay loam"/>
        <paletteEntry value="4" color="#8d6e63" alpha="255" label="粉黏壤土 Silty clay loam"/>
        <paletteEntry value="3" color="#795548" alpha="255" label="黏土 Clay"/>
        <paletteEntry value="2" color="#6d4c41" alpha="255" label="粉黏土 Silty clay"/>
        <paletteEntry value="1" color="#5d4037" alpha="255" label="重黏土 Heavy clay"/>
      </colorPalette>
    </rasterrenderer>
    <brightnesscontrast brightness="0" contrast="0" gamma="1"/>
    <huesaturation saturation="0" colorizeOn="0" grayscaleMode="0"/>
    <rasterresampler maxOversampling="2"/>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
