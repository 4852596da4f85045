"""Vertical farm nutrient agent: the first design, before any security review.

Our indoor vertical farm grows leafy greens in stacked hydroponic racks. Crop
sensors (EC, pH, water temperature, humidity, light) feed the farm controller,
and an edge gateway on the farm's OT network forwards readings to a time-series
database in our cloud. Once a day an LLM agent reads the readings and the notes
growers type into the farm web app, asks a hosted LLM to draft new nutrient and
lighting recipes, and saves them as drafts. A head grower reviews each draft in
the web app (company SSO, approver role) and approves or rejects it; only
approved recipes are pushed by the agent's push tool, through the edge gateway,
to the farm controller, which runs the dosing pumps and LED arrays. The
controller keeps its vendor-configured EC/pH dosing cut-offs. Data is encrypted
at rest with the cloud provider's keys; the gateway's link to the cloud uses TLS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Vertical farm nutrient agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent drafting nutrient and lighting recipes for a hydroponic "
    "vertical farm; head growers approve before recipes reach the farm controller.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Crop sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
notes = tg.Data(
    "Grower notes",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Free-text observations: tip burn, wilting, pest sightings, harvest quality.",
)
recipes = tg.Data(
    "Nutrient and lighting recipes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Current and past recipes per crop and rack: EC/pH targets, dosing "
    "ratios, photoperiod and light intensity. Our growing know-how.",
)
draft = tg.Data(
    "Draft recipe",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
approval = tg.Data("Recipe approval decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Recipe drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, recent readings, grower notes and current recipes.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
sensor_query = tg.Data("Sensor query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
push_call = tg.Data(
    "Recipe push request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
push_result = tg.Data("Push result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
setpoints = tg.Data(
    "Controller setpoints",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
actuation = tg.Data(
    "Pump and light commands",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Head growers review drafts from their laptops and phones, on site or at home.
    head_grower = tm.add(tg.Actor("Head grower", role="head grower", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose hosted model; we do not train or host our own.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor chat-completions API, called with our API key.",
        )
    )

with tm.boundary("Farm cloud", trust=tg.Trust.INTERNAL):
    # The one web app for the farm: growers write notes, head growers approve recipes.
    web_app = tm.add(
        tg.Endpoint(
            "Farm web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="OIDC via company Google Workspace SSO"),
                c.RBAC(note="only the head-grower role can approve or reject a draft"),
                c.AuditLogging(retention_days=365, note="who approved which recipe, when"),
            },
        )
    )
    # Drafts recipes once a day; cannot push a recipe that has not been approved.
    agent = tm.add(
        tg.Agent(
            "Nutrient recipe agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.HumanInTheLoop(approver="a head grower, in the farm web app")},
        )
    )
    # Lets the agent read recent sensor history for a rack or crop.
    sensor_tool = tm.add(tg.Tool("Sensor query tool", capabilities={"read"}))
    # Sends an approved recipe to the farm through the edge gateway.
    push_tool = tm.add(tg.Tool("Recipe push tool", capabilities={"write"}))
    # Time-series history of every sensor on every rack.
    sensor_db = tm.add(
        tg.DataStore(
            "Sensor time-series DB",
            stores={readings},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Recipes, drafts, approvals and grower notes.
    recipe_db = tm.add(
        tg.DataStore(
            "Recipe and notes DB",
            stores={recipes, draft, approval, notes},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Farm site network", trust=tg.Trust.INTERNAL):
    # Growers type notes on shared tablets on the farm Wi-Fi.
    grower = tm.add(tg.Actor("Grower", role="grower"))

    with tm.boundary("Farm OT network", trust=tg.Trust.RESTRICTED):
        # Bridges the OT network to the cloud: uploads readings, relays recipes.
        gateway = tm.add(tg.Service("Edge gateway"))
        # Vendor fertigation and climate controller: turns recipes into pump and light control.
        controller = tm.add(
            tg.Service(
                "Farm controller",
                controls={
                    c.SafetyLimits(
                        limits="vendor-configured EC and pH cut-offs stop dosing outside range"
                    )
                },
            )
        )
        # Peristaltic pumps dosing nutrient A/B concentrates and pH up/down acid and base.
        pumps = tm.add(tg.Device("Nutrient dosing pumps"))
        # Dimmable LED arrays above each rack level.
        leds = tm.add(tg.Device("LED light arrays"))
        # EC, pH, temperature, humidity and PAR sensors in each rack's reservoir and canopy.
        sensors = tm.add(tg.Device("Crop sensors"))

# ---------------------------------------------------------------- flows
# sensing
tm.flow(sensors, controller, readings, label="wired sensor inputs")
tm.flow(controller, gateway, readings, protocol="modbus", label="polled readings")
tm.flow(
    gateway,
    sensor_db,
    readings,
    protocol="tls",
    label="MQTT telemetry",
    controls={c.Authentication(method="per-gateway API key")},
)

# grower notes
tm.flow(grower, web_app, notes, protocol="https")
tm.flow(web_app, recipe_db, notes)

# drafting
tm.flow(agent, sensor_tool, sensor_query)
tm.flow(sensor_tool, sensor_db, sensor_query)
tm.flow(sensor_db, sensor_tool, readings)
tm.flow(sensor_tool, agent, readings)
tm.flow(recipe_db, agent, notes, recipes, approval, label="notes, current recipes, approvals")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, recipe_db, draft, label="save draft")

# approval
tm.flow(recipe_db, web_app, draft, recipes)
tm.flow(web_app, head_grower, draft, recipes, protocol="https")
tm.flow(head_grower, web_app, approval, protocol="https")
tm.flow(web_app, recipe_db, approval)

# pushing an approved recipe to the farm
tm.flow(agent, push_tool, push_call)
tm.flow(push_tool, gateway, recipes, protocol="tls", label="approved recipe")
tm.flow(gateway, push_tool, push_result, protocol="tls")
tm.flow(push_tool, agent, push_result)
tm.flow(gateway, controller, setpoints, protocol="modbus", label="write setpoints")
tm.flow(controller, pumps, actuation, label="dosing pump outputs")
tm.flow(controller, leds, actuation, label="LED dimming channels")
