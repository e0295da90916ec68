<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis styleCategories="AllStyleCategories" simplifyAlgorithm="0" symbologyReferenceScale="-1" hasScaleBasedVisibilityFlag="0" maxScale="0" simplifyLocal="1" minScale="100000000" version="3.22.16-Białowieża" simplifyDrawingTol="1" simplifyMaxScale="1" readOnly="0" simplifyDrawingHints="1" labelsEnabled="0">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal fixedDuration="0" endField="" accumulate="0" mode="0" enabled="0" startField="" limitMode="0" endExpression="" startExpression="" durationUnit="min" durationField="">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 attr="HXLX" symbollevels="0" referencescale="-1" forceraster="0" type="categorizedSymbol" enableorderby="0">
    <categories>
      <category value="01" symbol="0" render="true" label="水源涵养 Water conservation"/>
      <category value="02" symbol="1" render="true" label="生物多样性维护 Biodiversity maintenance"/>
      <category value="03" symbol="2" render="true" label="水土保持 Soil conservation"/>
      <category value="04" symbol="3" render="true" label="防风固沙 Windbreak and sand fixation"/>
      <category value="05" symbol="4" render="true" label="海岸生态稳定 Coastal ecological stability"/>
      <category value="11" symbol="5" render="true" label="水土流失 Soil erosion"/>
      <category value="12" symbol="6" render="true" label="土地沙化 Land desertification"/>
      <category value="13" symbol="7" render="true" label="石漠化 Rocky desertification"/>
      <category value="14" symbol="8" render="true" label="盐渍化 Salinization"/>
      <category value="21" symbol="9" render="true" label="保护地 Protected area"/>
      <category value="99" symbol="10" render="true" label="其他 Other"/>
    </categories>
    <symbols>
      <symbol alpha="1" force_rhr="0" type="fill" name="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" locked="0" enabled="1" pass="0">
          <Option type="Map">
            <Option value="3x:0,0,1,0.05,1,0.25" type="QString" name="border_width_map_unit_scale"/>
            <Option value="79,159,214,255" type="QString" name="color"/>
            <Option value="round" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="200,16,46,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="60" type="QString" name="outline_width"/>
            <Option value="MapUnit" type="QString" name="outline_width_unit"/>
            <Option value="solid" type="QString" name="style"/>
          </Option>
          <prop v="3x:0,0,1,0.05,1,0.25" k="border_width_map_unit_scale"/>
          <prop v="79,159,214,255" k="color"/>
          <prop v="round" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="200,16,46,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="60" k="outline_width"/>
          <prop v="MapUnit" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" force_rhr="0" type="fill" name="1" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" locked="0" enabled="1" pass="0">
          <Option type="Map">
            <Option value="3x:0,0,1,0.05,1,0.25" type="QString" name="border_width_map_unit_scale"/>
            <Option value="58,155,74,255" type="QString" name="color"/>
            <Option value="round" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="200,16,46,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="60" type="QString" name="outline_width"/>
            <Option value="MapUnit" type="QString" name="outline_width_unit"/>
            <Option value="solid" type="QString" name="style"/>
          </Option>
          <prop v="3x:0,0,1,0.05,1,0.25" k="border_width_map_unit_scale"/>
          <prop v="58,155,74,255" k="color"/>
          <prop v="round" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="200,16,46,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="60" k="outline_width"/>
          <prop v="MapUnit" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" force_rhr="0" type="fill" name="10" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" locked="0" enabled="1" pass="0">
          <Option type="Map">
            <Option value="3x:0,0,1,0.05,1,0.25" type="QString" name="border_width_map_unit_scale"/>
            <Option value="201,201,201,255" type="QString" name="color"/>
            <Option value="round" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="200,16,46,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="60" type="QString" name="outline_width"/>
            <Option value="MapUnit" type="QString" name="outline_width_unit"/>
            <Option value="solid" type="QString" name="style"/>
          </Option>
          <prop v="3x:0,0,1,0.05,1,0.25" k="border_width_map_unit_scale"/>
          <prop v="201,201,201,255" k="color"/>
          <prop v="round" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="200,16,46,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="60" k="outline_width"/>
          <prop v="MapUnit" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" force_rhr="0" type="fill" name="2" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" locked="0" enabled="1" pass="0">
          <Option type="Map">
            <Option value="3x:0,0,1,0.05,1,0.25" type="QString" name="border_width_map_unit_scale"/>
            <Option value="199,163,90,255" type="QString" name="color"/>
            <Option value="round" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="200,16,46,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="60" type="QString" name="outline_width"/>
            <Option value="MapUnit" type="QString" name="outline_width_unit"/>
            <Option value="solid" type="QString" name="style"/>
          </Option>
          <prop v="3x:0,0,1,0.05,1,0.25" k="border_width_map_unit_scale"/>
          <prop v="199,163,90,255" k="color"/>
          <prop v="round" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="200,16,46,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="60" k="outline_width"/>
          <prop v="MapUnit" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" force_rhr="0" type="fill" name="3" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" locked="0" enabled="1" pass="0">
          <Option type="Map">
            <Option value="3x:0,0,1,0.05,1,0.25" type="QString" name="border_width_map_unit_scale"/>
            <Option value="232,195,106,255" type="QString" name="color"/>
            <Option value="round" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="200,16,46,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="60" type="QString" name="outline_width"/>
            <Option value="MapUnit" type="QString" name="outline_width_unit"/>
            <Option value="solid" type="QString" name="style"/>
          </Option>
          <prop v="3x:0,0,1,0.05,1,0.25" k="border_width_map_unit_scale"/>
          <prop v="232,195,106,255" k="color"/>
          <prop v="round" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="200,16,46,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="60" k="outline_width"/>
          <prop v="MapUnit" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" force_rhr="0" type="fill" name="4" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" locked="0" enabled="1" pass="0">
          <Option type="Map">
            <Option value="3x:0,0,1,0.05,1,0.25" type="QString" name="border_width_map_unit_scale"/>
            <Option value="95,195,192,255" type="QString" name="color"/>
            <Option value="round" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="200,16,46,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="60" type="QString" name="outline_width"/>
            <Option value="MapUnit" type="QString" name="outline_width_unit"/>
            <Option value="solid" type="QString" name="style"/>
          </Option>
          <prop v="3x:0,0,1,0.05,1,0.25" k="border_width_map_unit_scale"/>
          <prop v="95,195,192,255" k="color"/>
          <prop v="round" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="200,16,46,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="60" k="outline_width"/>
          <prop v="MapUnit" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" force_rhr="0" type="fill" name="5" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" locked="0" enabled="1" pass="0">
          <Option type="Map">
            <Option value="3x:0,0,1,0.05,1,0.25" type="QString" name="border_width_map_unit_scale"/>
            <Option value="181,101,29,255" type="QString" name="color"/>
            <Option value="round" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="200,16,46,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="60" type="QString" name="outline_width"/>
            <Option value="MapUnit" type="QString" name="outline_width_unit"/>
            <Option value="solid" type="QString" name="style"/>
          </Option>
          <prop v="3x:0,0,1,0.05,1,0.25" k="border_width_map_unit_scale"/>
          <prop v="181,101,29,255" k="color"/>
          <prop v="round" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="200,16,46,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="60" k="outline_width"/>
          <prop v="MapUnit" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" force_rhr="0" type="fill" name="6" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" locked="0" enabled="1" pass="0">
          <Option type="Map">
            <Option value="3x:0,0,1,0.05,1,0.25" type="QString" name="border_width_map_unit_scale"/>
            <Option value="217,164,65,255" type="QString" name="color"/>
            <Option value="round" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="200,16,46,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="60" type="QString" name="outline_width"/>
            <Option value="MapUnit" type="QString" name="outline_width_unit"/>
            <Option value="solid" type="QString" name="style"/>
          </Option>
          <prop v="3x:0,0,1,0.05,1,0.25" k="border_width_map_unit_scale"/>
          <prop v="217,164,65,255" k="color"/>
          <prop v="round" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="200,16,46,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="60" k="outline_width"/>
          <prop v="MapUnit" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" force_rhr="0" type="fill" name="7" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" locked="0" enabled="1" pass="0">
          <Option type="Map">
            <Option value="3x:0,0,1,0.05,1,0.25" type="QString" name="border_width_map_unit_scale"/>
            <Option value="156,123,184,255" type="QString" name="color"/>
            <Option value="round" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="200,16,46,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="60" type="QString" name="outline_width"/>
            <Option value="MapUnit" type="QString" name="outline_width_unit"/>
            <Option value="solid" type="QString" name="style"/>
          </Option>
          <prop v="3x:0,0,1,0.05,1,0.25" k="border_width_map_unit_scale"/>
          <prop v="156,123,184,255" k="color"/>
          <prop v="round" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="200,16,46,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="60" k="outline_width"/>
          <prop v="MapUnit" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" force_rhr="0" type="fill" name="8" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" locked="0" enabled="1" pass="0">
          <Option type="Map">
            <Option value="3x:0,0,1,0.05,1,0.25" type="QString" name="border_width_map_unit_scale"/>
            <Option value="154,164,171,255" type="QString" name="color"/>
            <Option value="round" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="200,16,46,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="60" type="QString" name="outline_width"/>
            <Option value="MapUnit" type="QString" name="outline_width_unit"/>
            <Option value="solid" type="QString" name="style"/>
          </Option>
          <prop v="3x:0,0,1,0.05,1,0.25" k="border_width_map_unit_scale"/>
          <prop v="154,164,171,255" k="color"/>
          <prop v="round" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="200,16,46,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="60" k="outline_width"/>
          <prop v="MapUnit" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" force_rhr="0" type="fill" name="9" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" locked="0" enabled="1" pass="0">
          <Option type="Map">
            <Option value="3x:0,0,1,0.05,1,0.25" type="QString" name="border_width_map_unit_scale"/>
            <Option value="122,168,111,255" type="QString" name="color"/>
            <Option value="round" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="200,16,46,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="60" type="QString" name="outline_width"/>
            <Option value="MapUnit" type="QString" name="outline_width_unit"/>
            <Option value="solid" type="QString" name="style"/>
          </Option>
          <prop v="3x:0,0,1,0.05,1,0.25" k="border_width_map_unit_scale"/>
          <prop v="122,168,111,255" k="color"/>
          <prop v="round" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="200,16,46,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="60" k="outline_width"/>
          <prop v="MapUnit" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <rotation/>
    <sizescale/>
  </renderer-v2>
  <customproperties>
    <Option/>
  </customproperties>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <geometryOptions removeDuplicateNodes="0" geometryPrecision="0">
    <activeChecks type="StringList">
      <Option value="" type="QString"/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend showLabelLegend="0" type="default-vector"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field configurationFlags="None" name="BSM">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="YSDM">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="HXBM">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="HXMC">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="HXLX">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option value="01" type="QString" name="01 水源涵养"/>
              </Option>
              <Option type="Map">
                <Option value="02" type="QString" name="02 生物多样性维护"/>
              </Option>
              <Option type="Map">
                <Option value="03" type="QString" name="03 水土保持"/>
              </Option>
              <Option type="Map">
                <Option value="04" type="QString" name="04 防风固沙"/>
              </Option>
              <Option type="Map">
                <Option value="05" type="QString" name="05 海岸生态稳定"/>
              </Option>
              <Option type="Map">
                <Option value="11" type="QString" name="11 水土流失"/>
              </Option>
              <Option type="Map">
                <Option value="12" type="QString" name="12 土地沙化"/>
              </Option>
              <Option type="Map">
                <Option value="13" type="QString" name="13 石漠化"/>
              </Option>
              <Option type="Map">
                <Option value="14" type="QString" name="14 盐渍化"/>
              </Option>
              <Option type="Map">
                <Option value="21" type="QString" name="21 保护地"/>
              </Option>
              <Option type="Map">
                <Option value="99" type="QString" name="99 其他"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="CYGN">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="PDYJ">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option value="极重要" type="QString" name="极重要"/>
              </Option>
              <Option type="Map">
                <Option value="极敏感" type="QString" name="极敏感"/>
              </Option>
              <Option type="Map">
                <Option value="保护地" type="QString" name="保护地"/>
              </Option>
              <Option type="Map">
                <Option value="其他" type="QString" name="其他"/>
              </Option>
              <Option type="Map">
                <Option value="极重要;极敏感" type="QString" name="极重要；极敏感"/>
              </Option>
              <Option type="Map">
                <Option value="极重要;保护地" type="QString" name="极重要；保护地"/>
              </Option>
              <Option type="Map">
                <Option value="极重要;其他" type="QString" name="极重要；其他"/>
              </Option>
              <Option type="Map">
                <Option value="极敏感;保护地" type="QString" name="极敏感；保护地"/>
              </Option>
              <Option type="Map">
                <Option value="极敏感;其他" type="QString" name="极敏感；其他"/>
              </Option>
              <Option type="Map">
                <Option value="保护地;其他" type="QString" name="保护地；其他"/>
              </Option>
              <Option type="Map">
                <Option value="极重要;极敏感;保护地" type="QString" name="极重要；极敏感；保护地"/>
              </Option>
              <Option type="Map">
                <Option value="极重要;极敏感;其他" type="QString" name="极重要；极敏感；其他"/>
              </Option>
              <Option type="Map">
                <Option value="极重要;保护地;其他" type="QString" name="极重要；保护地；其他"/>
              </Option>
              <Option type="Map">
                <Option value="极敏感;保护地;其他" type="QString" name="极敏感；保护地；其他"/>
              </Option>
              <Option type="Map">
                <Option value="极重要;极敏感;保护地;其他" type="QString" name="极重要；极敏感；保护地；其他"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="XZQDM">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="XZQMC">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="SJXZQDM">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="MJ">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="MJ_GQ">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="ZRBHD">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="STXTLX">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option value="森林" type="QString" name="森林"/>
              </Option>
              <Option type="Map">
                <Option value="灌丛" type="QString" name="灌丛"/>
              </Option>
              <Option type="Map">
                <Option value="草地" type="QString" name="草地"/>
              </Option>
              <Option type="Map">
                <Option value="湿地" type="QString" name="湿地"/>
              </Option>
              <Option type="Map">
                <Option value="农田" type="QString" name="农田"/>
              </Option>
              <Option type="Map">
                <Option value="荒漠" type="QString" name="荒漠"/>
              </Option>
              <Option type="Map">
                <Option value="冰川/积雪" type="QString" name="冰川/积雪"/>
              </Option>
              <Option type="Map">
                <Option value="其他" type="QString" name="其他"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="HDSJ">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="BGLX">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option value="01" type="QString" name="01 划入"/>
              </Option>
              <Option type="Map">
                <Option value="02" type="QString" name="02 划出"/>
              </Option>
              <Option type="Map">
                <Option value="03" type="QString" name="03 调整"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="BGYY">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="PZWH">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="BZ">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias index="0" name="标识码 Identifier" field="BSM"/>
    <alias index="1" name="要素代码 Feature code" field="YSDM"/>
    <alias index="2" name="红线编码 Red line code" field="HXBM"/>
    <alias index="3" name="红线名称 Red line name" field="HXMC"/>
    <alias index="4" name="主导功能 Dominant function" field="HXLX"/>
    <alias index="5" name="次要功能 Secondary functions" field="CYGN"/>
    <alias index="6" name="划定依据 Basis of delineation" field="PDYJ"/>
    <alias index="7" name="县级行政区代码 County code" field="XZQDM"/>
    <alias index="8" name="行政区名称 County name" field="XZQMC"/>
    <alias index="9" name="省级代码 Province code" field="SJXZQDM"/>
    <alias index="10" name="面积(km²) Area (km²)" field="MJ"/>
    <alias index="11" name="面积(公顷) Area (ha)" field="MJ_GQ"/>
    <alias index="12" name="涉及保护地 Protected areas touched" field="ZRBHD"/>
    <alias index="13" name="主要生态系统类型 Main ecosystem type" field="STXTLX"/>
    <alias index="14" name="划定时间 Date of delineation" field="HDSJ"/>
    <alias index="15" name="变更类型 Change type" field="BGLX"/>
    <alias index="16" name="变更原因 Reason for change" field="BGYY"/>
    <alias index="17" name="批准文号 Approval number" field="PZWH"/>
    <alias index="18" name="备注 Remarks" field="BZ"/>
  </aliases>
  <defaults>
    <default expression="" applyOnUpdate="0" field="BSM"/>
    <default expression="'2090010100'" applyOnUpdate="0" field="YSDM"/>
    <default expression="" applyOnUpdate="0" field="HXBM"/>
    <default expression="" applyOnUpdate="0" field="HXMC"/>
    <default expression="'99'" applyOnUpdate="0" field="HXLX"/>
    <default expression="" applyOnUpdate="0" field="CYGN"/>
    <default expression="'其他'" applyOnUpdate="0" field="PDYJ"/>
    <default expression="" applyOnUpdate="0" field="XZQDM"/>
    <default expression="" applyOnUpdate="0" field="XZQMC"/>
    <default expression="" applyOnUpdate="0" field="SJXZQDM"/>
    <default expression="" applyOnUpdate="0" field="MJ"/>
    <default expression="" applyOnUpdate="0" field="MJ_GQ"/>
    <default expression="" applyOnUpdate="0" field="ZRBHD"/>
    <default expression="" applyOnUpdate="0" field="STXTLX"/>
    <default expression="now()" applyOnUpdate="0" field="HDSJ"/>
    <default expression="" applyOnUpdate="0" field="BGLX"/>
    <default expression="" applyOnUpdate="0" field="BGYY"/>
    <default expression="" applyOnUpdate="0" field="PZWH"/>
    <default expression="" applyOnUpdate="0" field="BZ"/>
  </defaults>
  <constraints>
    <constraint exp_strength="0" unique_strength="0" notnull_strength="2" field="BSM" constraints="1"/>
    <constraint exp_strength="2" unique_strength="0" notnull_strength="2" field="YSDM" constraints="5"/>
    <constraint exp_strength="2" unique_strength="0" notnull_strength="2" field="HXBM" constraints="5"/>
    <constraint exp_strength="0" unique_strength="0" notnull_strength="2" field="HXMC" constraints="1"/>
    <constraint exp_strength="0" unique_strength="0" notnull_strength="1" field="HXLX" constraints="1"/>
    <constraint exp_strength="2" unique_strength="0" notnull_strength="0" field="CYGN" constraints="4"/>
    <constraint exp_strength="0" unique_strength="0" notnull_strength="1" field="PDYJ" constraints="1"/>
    <constraint exp_strength="2" unique_strength="0" notnull_strength="2" field="XZQDM" constraints="5"/>
    <constraint exp_strength="0" unique_strength="0" notnull_strength="2" field="XZQMC" constraints="1"/>
    <constraint exp_strength="2" unique_strength="0" notnull_strength="2" field="SJXZQDM" constraints="5"/>
    <constraint exp_strength="0" unique_strength="0" notnull_strength="2" field="MJ" constraints="1"/>
    <constraint exp_strength="0" unique_strength="0" notnull_strength="2" field="MJ_GQ" constraints="1"/>
    <constraint exp_strength="0" unique_strength="0" notnull_strength="0" field="ZRBHD" constraints="0"/>
    <constraint exp_strength="0" unique_strength="0" notnull_strength="0" field="STXTLX" constraints="0"/>
    <constraint exp_strength="0" unique_strength="0" notnull_strength="2" field="HDSJ" constraints="1"/>
    <constraint exp_strength="0" unique_strength="0" notnull_strength="0" field="BGLX" constraints="0"/>
    <constraint exp_strength="2" unique_strength="0" notnull_strength="0" field="BGYY" constraints="4"/>
    <constraint exp_strength="0" unique_strength="0" notnull_strength="0" field="PZWH" constraints="0"/>
    <constraint exp_strength="0" unique_strength="0" notnull_strength="0" field="BZ" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" exp="" field="BSM"/>
    <constraint desc="YSDM: 2090010100 for a land red-line patch" exp="regexp_match(\&quot;YSDM\&quot;, '^\\d{10}$')" field="YSDM"/>
    <constraint desc="HXBM: XZQDM(6) + HXLX(2) + 4-digit sequence; unique" exp="regexp_match(\&quot;HXBM\&quot;, '^\\d{12}$')" field="HXBM"/>
    <constraint desc="" exp="" field="HXMC"/>
    <constraint desc="" exp="" field="HXLX"/>
    <constraint desc="CYGN: HXLX codes separated by ';'" exp="&quot;CYGN&quot; IS NULL OR &quot;CYGN&quot; = '' OR regexp_match(&quot;CYGN&quot;, '^(01|02|03|04|05|11|12|13|14|21|99)(;(01|02|03|04|05|11|12|13|14|21|99))*$')" field="CYGN"/>
    <constraint desc="" exp="" field="PDYJ"/>
    <constraint desc="XZQDM: GB/T 2260; the patch lies in that county" exp="regexp_match(\&quot;XZQDM\&quot;, '^\\d{6}$')" field="XZQDM"/>
    <constraint desc="" exp="" field="XZQMC"/>
    <constraint desc="SJXZQDM: first two digits of XZQDM" exp="&quot;SJXZQDM&quot; = left(&quot;XZQDM&quot;, 2)" field="SJXZQDM"/>
    <constraint desc="" exp="" field="MJ"/>
    <constraint desc="" exp="" field="MJ_GQ"/>
    <constraint desc="" exp="" field="ZRBHD"/>
    <constraint desc="" exp="" field="STXTLX"/>
    <constraint desc="" exp="" field="HDSJ"/>
    <constraint desc="" exp="" field="BGLX"/>
    <constraint desc="BGYY: required with BGLX" exp="&quot;BGLX&quot; IS NULL OR &quot;BGLX&quot; = '' OR length(&quot;BGYY&quot;) > 0" field="BGYY"/>
    <constraint desc="" exp="" field="PZWH"/>
    <constraint desc="" exp="" field="BZ"/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig actionWidgetStyle="dropDown" sortOrder="0" sortExpression="">
    <columns/>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles/>
    <fieldstyles/>
  </conditionalstyles>
  <storedexpressions/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable>
    <field editable="1" name="BGLX"/>
    <field editable="1" name="BGYY"/>
    <field editable="0" name="BSM"/>
    <field editable="1" name="BZ"/>
    <field editable="1" name="CYGN"/>
    <field editable="1" name="HDSJ"/>
    <field editable="0" name="HXBM"/>
    <field editable="1" name="HXLX"/>
    <field editable="1" name="HXMC"/>
    <field editable="0" name="MJ"/>
    <field editable="0" name="MJ_GQ"/>
    <field editable="1" name="PDYJ"/>
    <field editable="1" name="PZWH"/>
    <field editable="0" name="SJXZQDM"/>
    <field editable="1" name="STXTLX"/>
    <field editable="1" name="XZQDM"/>
    <field editable="1" name="XZQMC"/>
    <field editable="1" name="YSDM"/>
    <field editable="1" name="ZRBHD"/>
  </editable>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression></previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>2</layerGeometryType>
</qgis>
