"""Gas and power news sentiment: the first design, before any security review.

The energy trading desk wants a running read of market sentiment for gas hubs and
power markets. An ingestion pipeline pulls articles from our licensed news wire and
polls public market commentary (RSS feeds, analyst blogs, operator notices) every
few minutes, cleans and de-duplicates them into an article store that keeps each
item's source and link. A sentiment scoring service sends batches to a hosted LLM
with scoring instructions the quant team maintains in a reviewed repository, and
writes a score per market and horizon, with the model's rationale, to a signal
store. A signal API feeds the traders' dashboard, where scores sit beside exchange
prices; traders decide and execute trades themselves, nothing trades automatically.
A nightly backtest compares signals with price moves for the quant analyst.
Controls in this design: TLS on external links, vault-held API keys, schema checks
on LLM output, SSO with MFA and desk-only roles on the signal API and dashboard.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Energy trading desk news sentiment",
    profile=tg.RiskProfile.HIGH,
    description="An LLM scores news and commentary sentiment for gas and power markets "
    "and feeds the signals to traders' dashboards.",
)

# ---------------------------------------------------------------- data assets
wire_articles = tg.Data(
    "Licensed news wire articles",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Energy market news under a redistribution-restricted licence.",
)
commentary = tg.Data(
    "Public market commentary",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="RSS items, analyst blog posts and system operator notices.",
)
articles = tg.Data(
    "Normalised articles",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Cleaned text with source, link and publication time.",
)
instructions = tg.Data(
    "Sentiment scoring instructions",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, market taxonomy (hubs, power zones, horizons) and score scale.",
)
prompt = tg.Data("Sentiment scoring prompt", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
llm_scores = tg.Data(
    "LLM sentiment response",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="JSON with a score per market and horizon and a short rationale.",
)
signals = tg.Data(
    "Sentiment signals",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Time series of scores with rationale and links to the source articles.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
prices = tg.Data(
    "Exchange market prices",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Gas and power futures and spot prices under the exchange data licence.",
)
view_request = tg.Data(
    "Dashboard signal request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Markets, horizons and time range a trader picks.",
)
backtest_report = tg.Data(
    "Signal backtest report",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Freely published commentary that moves sentiment before the wires report it.
    public_feeds = tm.add(
        tg.DataSource(
            "Public market commentary feeds",
            origin=tg.Origin.PUBLIC_WEB,
            provides={commentary},
        )
    )

with tm.boundary("News vendor", trust=tg.Trust.PARTNER):
    # Licensed real-time energy news wire.
    news_wire = tm.add(tg.ExternalService("News wire API", provides="data-provider"))

with tm.boundary("Exchange data vendor", trust=tg.Trust.PARTNER):
    # Prices shown beside the signals and used to backtest them.
    exchange_feed = tm.add(
        tg.DataSource("Exchange market data feed", origin=tg.Origin.PARTNER, provides={prices})
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # Hosted model that reads each batch of articles and scores the sentiment.
    llm = tm.add(
        tg.LLM(
            "Hosted sentiment LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            description="General-purpose chat model on the provider's enterprise API.",
        )
    )

with tm.boundary("Trading analytics platform", trust=tg.Trust.INTERNAL):
    # Pulls, cleans and de-duplicates incoming news.
    ingestion = tm.add(
        tg.Pipeline(
            "News ingestion pipeline",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
            description="Open-source feed and HTML parsers; polls every five minutes.",
            controls={c.SecretsManagement(note="news wire API key in the vault")},
        )
    )
    # Holds the articles the scores are computed from, with their provenance.
    article_store = tm.add(
        tg.DataStore(
            "Article store",
            stores={articles},
            controls={c.ProvenanceTracking(note="source, URL and fetch time kept per article")},
        )
    )
    # Versioned prompt and taxonomy the scoring service loads.
    config_repo = tm.add(
        tg.DataStore(
            "Scoring configuration repository",
            stores={instructions},
            controls={c.ConfigValidation(note="changes merged by pull request with a reviewer")},
        )
    )
    # Batches articles, calls the LLM and turns its answers into signals.
    scorer = tm.add(
        tg.Service(
            "Sentiment scoring service",
            controls={
                c.SecretsManagement(note="LLM API key in the vault"),
                c.OutputFiltering(
                    note="answers must parse to the score schema; out-of-range scores dropped"
                ),
            },
        )
    )
    # Time series of all signals, for the dashboard and the backtest.
    signal_store = tm.add(tg.DataStore("Signal store", stores={signals}))
    # Local copy of exchange prices.
    price_store = tm.add(tg.DataStore("Price history store", stores={prices}))
    # Serves signals and prices to the dashboard.
    signal_api = tm.add(
        tg.Endpoint(
            "Signal API",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={c.Authentication(method="corporate SSO (OIDC) with MFA"), c.RBAC()},
        )
    )
    # Web dashboard on the trading floor showing scores, rationale, sources and prices.
    dashboard = tm.add(
        tg.Service(
            "Trader sentiment dashboard",
            controls={c.Authentication(method="corporate SSO (OIDC) with MFA")},
        )
    )
    # Compares each day's signals with the following price moves.
    backtest = tm.add(tg.Service("Nightly signal backtest job"))

with tm.boundary("Trading floor", trust=tg.Trust.INTERNAL):
    # Acts on the signals alongside their own analysis.
    trader = tm.add(tg.Actor("Gas and power trader", role="trader"))
    # Owns the scoring instructions and watches signal quality.
    quant = tm.add(tg.Actor("Quant analyst", role="quant analyst", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(news_wire, ingestion, wire_articles, protocol="https")
tm.flow(public_feeds, ingestion, commentary, protocol="https", label="polled every five minutes")
tm.flow(ingestion, article_store, articles)

tm.flow(quant, config_repo, instructions, protocol="https", label="pull request")
tm.flow(article_store, scorer, articles)
tm.flow(config_repo, scorer, instructions, label="loaded at each run")
tm.flow(scorer, llm, prompt, protocol="https")
tm.flow(llm, scorer, llm_scores, protocol="https")
tm.flow(scorer, signal_store, signals)

tm.flow(exchange_feed, price_store, prices, protocol="https")
tm.flow(signal_store, signal_api, signals)
tm.flow(price_store, signal_api, prices)
tm.flow(dashboard, signal_api, view_request, protocol="https")
tm.flow(signal_api, dashboard, signals, prices, protocol="https")
tm.flow(trader, dashboard, view_request, protocol="https")
tm.flow(dashboard, trader, signals, prices, protocol="https")

tm.flow(signal_store, backtest, signals, label="nightly batch")
tm.flow(price_store, backtest, prices, label="nightly batch")
tm.flow(backtest, quant, backtest_report, protocol="https")
