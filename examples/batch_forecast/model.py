"""A weekly demand forecast: low risk, a model, nothing exposed.

An internal feature job reads sales history from the ERP system; a weekly training
job fits a regression model and stores it (pickled) in a model store; a batch job
scores every store's demand and writes the forecasts to a table that planners read
in a dashboard behind single sign-on. Nothing is reachable from the internet, no
outside data or model is used, and a wrong forecast costs some overstock. The profile
is `RiskProfile.LOW`; apart from SSO on the dashboard, nothing else is declared.

    threatgraph analyze examples/batch_forecast/model.py
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Weekly demand forecast",
    profile=tg.RiskProfile.LOW,
    description="Next month's demand per store, for the planning team.",
)

sales = tg.Data("Sales history", sensitivity=tg.Sensitivity.INTERNAL, kind=tg.DataKind.RECORDS)
features = tg.Data(
    "Demand features", sensitivity=tg.Sensitivity.INTERNAL, kind=tg.DataKind.FEATURES
)
weights = tg.Data(
    "Forecast model file", sensitivity=tg.Sensitivity.INTERNAL, format=tg.Serialization.PICKLE
)
forecasts = tg.Data(
    "Store forecasts", sensitivity=tg.Sensitivity.INTERNAL, kind=tg.DataKind.MODEL_OUTPUT
)
query = tg.Data("Dashboard query", sensitivity=tg.Sensitivity.INTERNAL)

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    planner = tm.add(tg.Actor("Planner", role="demand planner"))
    erp = tm.add(tg.DataSource("ERP system", origin=tg.Origin.INTERNAL, provides={sales}))
    prep = tm.add(tg.Pipeline("Feature job", stage=tg.Stage.PREPROCESSING))
    train = tm.add(tg.Pipeline("Weekly training", stage=tg.Stage.TRAINING))
    store = tm.add(tg.ModelRegistry("Model store", stores={weights}))
    model = tm.add(tg.Model("Demand model", task=tg.Task.REGRESSOR))
    table = tm.add(tg.DataStore("Forecast table", stores={forecasts}))
    dashboard = tm.add(tg.Service("Planning dashboard", controls={c.Authentication(method="SSO")}))

tm.flow(erp, prep, sales, label="nightly extract")
tm.flow(prep, train, features)
tm.flow(train, store, weights)
tm.flow(store, model, weights, label="load for the weekly batch")
tm.flow(prep, model, features, label="score every store")
tm.flow(model, table, forecasts)
tm.flow(table, dashboard, forecasts)
tm.flow(planner, dashboard, query, protocol="https")
tm.flow(dashboard, planner, forecasts, protocol="https")
