"""Falconry centre bird weight and flying display agent: the first design.

Every morning the keepers weigh each bird on a Bluetooth perch scale in the mews;
the scale sends the weight to the keeper tablet, where the keeper also types notes
on appetite, behaviour, moult and health. The tablet app posts both to the centre's
bird management web app, a small service on one cloud VM with its own database.
Once the weights are in, an LLM agent runs: through its tools it reads each bird's
weight history and target flying-weight range, fetches today's forecast (wind,
rain, temperature) from a weather API, and writes a draft display line-up with a
suggested flying weight and a fly / don't-fly call for every bird. The agent's
model is a hosted LLM called over HTTPS. The duty keeper reviews the draft on the
tablet and confirms or changes it; only the confirmed line-up is published to the
"flying today" page of the centre's public website. The head falconer sets each
bird's target weight range in the app. Keepers sign in with their own accounts;
the database uses the cloud provider's encryption at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Falconry centre bird weight and flying display agent",
    profile=tg.RiskProfile.LOW,
    description="Suggests daily flying weights and the display line-up from morning "
    "weights, weather and keeper notes; keepers confirm on a tablet.",
)

# ---------------------------------------------------------------- data assets
weights = tg.Data(
    "Morning weights",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Each bird's weight in grams, taken before feeding.",
)
keeper_notes = tg.Data(
    "Keeper notes",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Free-text notes on appetite, behaviour, moult and health.",
)
bird_records = tg.Data(
    "Bird records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Species, weight history, target flying-weight range, notes, vet history.",
)
target_ranges = tg.Data(
    "Target flying-weight ranges",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weather_request = tg.Data("Weather request", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
forecast = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
agent_task = tg.Data("Daily line-up task", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System prompt, the task, tool results (weights, notes, forecast).",
)
llm_reply = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
history_query = tg.Data(
    "Bird history lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
history_result = tg.Data(
    "Bird history result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
weather_call = tg.Data("Weather tool call", kind="tool-call", sensitivity=tg.Sensitivity.PUBLIC)
weather_result = tg.Data(
    "Weather tool result", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC
)
draft_lineup = tg.Data(
    "Draft display line-up",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Suggested flying weight and fly / don't-fly for each bird, per display.",
)
confirmed_lineup = tg.Data(
    "Confirmed display line-up",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
timetable = tg.Data("Flying today timetable", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Centre site", trust=tg.Trust.INTERNAL):
    # Keepers weigh the birds, write notes and confirm the line-up.
    keeper = tm.add(tg.Actor("Keeper", role="keeper"))
    # The head falconer owns each bird's target flying-weight range.
    head_falconer = tm.add(tg.Actor("Head falconer", role="head falconer", privileged=True))
    # Digital perch scale in the mews; pushes each reading to the paired tablet.
    scale = tm.add(tg.Device("Perch scale", fleet=False))
    # Shared tablets in the mews room running the keepers' app.
    tablet = tm.add(tg.Device("Keeper tablet", description="Two shared Android tablets."))

with tm.boundary("Centre cloud VM", trust=tg.Trust.INTERNAL):
    # The bird management web app: the tablets' back end and the keepers' sign-in.
    app = tm.add(
        tg.Service(
            "Bird management app",
            description="Web app and API for weights, notes, target ranges and line-ups.",
            controls={c.Authentication(method="individual keeper accounts, e-mail and password")},
        )
    )
    # Everything the centre knows about each bird.
    bird_db = tm.add(
        tg.DataStore(
            "Bird records database",
            stores={bird_records, weights, keeper_notes, target_ranges},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Today's displays: the agent's draft and the keeper-confirmed line-up.
    schedule = tm.add(tg.DataStore("Display schedule", stores={draft_lineup, confirmed_lineup}))
    # The LLM agent that drafts the flying weights and the line-up each morning.
    agent = tm.add(
        tg.Agent(
            "Flying weight agent",
            autonomy=tg.Autonomy.ASSISTIVE,
            description="Runs once after the morning weigh-in; only drafts, never publishes.",
            controls={c.HumanInTheLoop(approver="the duty keeper, on the tablet")},
        )
    )
    # Tool: reads a bird's weight history, target range and recent notes.
    history_tool = tm.add(tg.Tool("Bird history tool", capabilities={"read"}))
    # Tool: fetches today's forecast for the centre's location.
    weather_tool = tm.add(tg.Tool("Weather tool", capabilities={"read", "network-egress"}))
    # Tool: writes the draft line-up into the display schedule.
    lineup_tool = tm.add(tg.Tool("Line-up draft tool", capabilities={"write"}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model behind the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial weather API with an API key on the centre's account.
    weather_api = tm.add(tg.ExternalService("Weather API", provides="data-provider"))

with tm.boundary("Website hosting", trust=tg.Trust.INTERNAL):
    # The centre's public website with the "flying today" page.
    website = tm.add(tg.Service("Public website"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Visitors checking which birds fly at which display.
    visitor = tm.add(tg.Actor("Visitor", role="member of the public"))

# ---------------------------------------------------------------- flows
# Morning weigh-in and notes.
tm.flow(scale, tablet, weights, protocol="bluetooth", label="weight reading")
tm.flow(keeper, tablet, keeper_notes, confirmed_lineup)
tm.flow(tablet, app, weights, keeper_notes, confirmed_lineup, protocol="https")
tm.flow(app, tablet, bird_records, draft_lineup, protocol="https")
tm.flow(tablet, keeper, bird_records, draft_lineup)
tm.flow(head_falconer, app, target_ranges, protocol="https")

tm.flow(app, bird_db, weights, keeper_notes, target_ranges)
tm.flow(bird_db, app, bird_records)
tm.flow(app, schedule, confirmed_lineup, label="keeper confirms")
tm.flow(schedule, app, draft_lineup)

# The agent's run.
tm.flow(app, agent, agent_task, label="start after weigh-in")
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")
tm.flow(agent, history_tool, history_query, protocol="local")
tm.flow(history_tool, bird_db, history_query)
tm.flow(bird_db, history_tool, bird_records)
tm.flow(history_tool, agent, history_result, protocol="local")
tm.flow(agent, weather_tool, weather_call, protocol="local")
tm.flow(weather_tool, weather_api, weather_request, protocol="https")
tm.flow(weather_api, weather_tool, forecast, protocol="https")
tm.flow(weather_tool, agent, weather_result, protocol="local")
tm.flow(agent, lineup_tool, draft_lineup, protocol="local")
tm.flow(lineup_tool, schedule, draft_lineup)

# Publishing the confirmed line-up.
tm.flow(app, website, timetable, protocol="https", label="publish confirmed line-up")
tm.flow(website, visitor, timetable, protocol="https")
