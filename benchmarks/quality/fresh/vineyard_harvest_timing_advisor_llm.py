"""Vineyard harvest timing advisor: the first design, before any security review.

A wine cooperative gives its 120 member growers a phone app. Growers sign in with
e-mail and password, enter grape sample results (sugar, acidity) per block and
upload photos of the bunches. An in-house model predicts the best harvest date for
each block from the sample history and a commercial weather forecast; a hosted LLM
(a vendor's model API) explains the advice in plain words and answers growers'
follow-up questions. Advice for premium blocks waits for the cooperative's
winemaker to review it before the grower sees it. Growers book their delivery slot
at the winery's reception in the same app, and reception staff manage the calendar.
Everything runs in the cooperative's cloud tenant; staff use it from the winery
office. Controls in this design: app sign-in, HTTPS everywhere, role-based access
for staff, the cloud provider's disk encryption and the winemaker's review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Vineyard harvest timing advisor",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Harvest date advice per vineyard block for cooperative growers, "
    "explained by a hosted LLM, with harvest bookings at the winery reception.",
)

# ---------------------------------------------------------------- data assets
grower_account = tg.Data(
    "Grower account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, phone, e-mail and the blocks each member farms.",
)
samples = tg.Data(
    "Grape sample results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Sugar (Brix), acidity and pH per block and sampling date.",
)
photos = tg.Data("Bunch photos", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
forecast = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
history = tg.Data(
    "Sample and harvest history",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Past seasons' samples, harvest dates and must analyses per block.",
)
block_features = tg.Data(
    "Block ripeness features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
predicted_date = tg.Data(
    "Predicted harvest window", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
question = tg.Data("Grower question", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
llm_prompt = tg.Data(
    "Advice explanation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the block's samples, forecast, predicted window and the question.",
)
llm_answer = tg.Data(
    "LLM explanation", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
advice = tg.Data("Harvest advice", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
review = tg.Data("Winemaker advice review", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
booking = tg.Data(
    "Harvest booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Delivery slot at the winery reception, block, expected tonnage, grower contact.",
)
weights = tg.Data(
    "Harvest model artifact", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
llm_key = tg.Data("Model API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The 120 member growers, on their own phones in the vineyards.
    grower = tm.add(tg.Actor("Member grower", role="member"))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial forecast API for the cooperative's area (temperature, rain, humidity).
    weather = tm.add(tg.ExternalService("Weather forecast API", provides="data-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API; writes the explanations.
    llm = tm.add(
        tg.LLM(
            "Hosted advice LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Explains the predicted harvest window and answers growers' questions.",
        )
    )

with tm.boundary("Cooperative cloud tenant", trust=tg.Trust.INTERNAL):
    # The app's backend API: growers, the winemaker and reception all go through it.
    app_api = tm.add(
        tg.Endpoint(
            "Advisor app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="grower, winemaker and reception roles"),
            },
        )
    )
    # Builds the advice: features, the harvest model, then the LLM explanation.
    advice_svc = tm.add(
        tg.Service(
            "Advice service",
            description="Holds premium-block advice until the winemaker has reviewed it.",
            controls={
                c.HumanInTheLoop(approver="cooperative winemaker", note="premium blocks only"),
                c.SecretsManagement(note="LLM API key in the cloud secret manager"),
            },
        )
    )
    # In-house gradient-boosted model predicting the harvest window per block.
    harvest_model = tm.add(
        tg.Model(
            "Harvest timing model",
            task=tg.Task.REGRESSOR,
            description="Predicts days to target ripeness from sample trends and the forecast.",
        )
    )
    # Grower accounts, blocks, sample results, photos and issued advice.
    advisor_db = tm.add(
        tg.DataStore(
            "Advisor database",
            stores={grower_account, samples, photos, advice, review},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The reception's delivery calendar for the harvest.
    booking_db = tm.add(tg.DataStore("Harvest booking calendar", stores={booking}))
    # Past seasons' samples and harvest outcomes, the model's training set.
    history_set = tm.add(tg.Dataset("Sample history dataset", stores={history}))
    # Retrains the harvest model before each season.
    training = tm.add(tg.Pipeline("Pre-season retraining", stage=tg.Stage.TRAINING))

with tm.boundary("Winery office", trust=tg.Trust.INTERNAL):
    # Reviews advice for premium blocks before it is released.
    winemaker = tm.add(tg.Actor("Winemaker", role="winemaker", privileged=True))
    # Manages delivery slots at the winery's reception.
    reception = tm.add(tg.Actor("Reception staff", role="reception"))

# ---------------------------------------------------------------- flows
tm.flow(grower, app_api, samples, photos, protocol="https", label="sample upload")
tm.flow(grower, app_api, question, protocol="https")
tm.flow(app_api, grower, advice, protocol="https")
tm.flow(grower, app_api, booking, protocol="https", label="books delivery slot")
tm.flow(app_api, grower, booking, protocol="https", label="booking confirmation")

tm.flow(app_api, advisor_db, samples, photos, grower_account)
tm.flow(advisor_db, app_api, advice, grower_account)
tm.flow(app_api, advice_svc, question)
tm.flow(advisor_db, advice_svc, samples)
tm.flow(weather, advice_svc, forecast, protocol="https")
tm.flow(advice_svc, harvest_model, block_features)
tm.flow(harvest_model, advice_svc, predicted_date)
tm.flow(advice_svc, llm, llm_prompt, llm_key, protocol="https")
tm.flow(llm, advice_svc, llm_answer, protocol="https")
tm.flow(advice_svc, advisor_db, advice)

tm.flow(
    app_api, winemaker, advice, photos, samples, protocol="https", label="premium advice to review"
)
tm.flow(winemaker, app_api, review, protocol="https")
tm.flow(app_api, advisor_db, review)

tm.flow(app_api, booking_db, booking)
tm.flow(booking_db, app_api, booking)
tm.flow(app_api, reception, booking, protocol="https", label="day's deliveries")
tm.flow(reception, app_api, booking, protocol="https", label="moves or confirms slots")

tm.flow(advisor_db, history_set, history, label="end-of-season export")
tm.flow(history_set, training, history)
tm.flow(training, harvest_model, weights, label="deploy new model")
