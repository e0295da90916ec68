"""The 2017 guideline's model method (methods.md §1.2): RUSLE soil conservation, water-balance water
conservation and RWEQ sand fixation, with the factors they need from station, soil, terrain and cover data.

`tables` holds every constant and table as data (`table_rows` shows them as Processing matrices);
`erosivity`, `erodibility`, `terrain`, `cover` and `services` hold the formulas (numpy, tested against
hand computations); `factor_runs` and `service_runs` run them on the project grid through the
blockwise raster engine (`neighbourhood` adds the halo that terrain needs).
"""
