"""Amateur theatre lighting cue suggestion: the first design, before any security review.

A volunteer-run amateur theatre company wants help building lighting cue stacks.
The director uploads the script and writes scene notes in a small cloud-hosted cue
planning web app (e-mail and password sign-in); the app sends the script, the notes
and the venue's rig patch to a hosted LLM, which suggests a cue stack per scene.
The lighting designer reviews, edits and approves each stack in the app; only an
approved stack can be downloaded. At the venue, the booth laptop fetches the
approved stack over HTTPS and loads it into the lighting desk over OSC on the venue
network. The desk drives the fixtures over sACN and also fires the flying and pyro
controllers from cue triggers. The fly controller enforces hoist speed and travel
limits, and pyro fires only while the licensed pyro operator holds the arming key.
Scripts sit in the app's encrypted cloud storage; the venue network is flat and
its show protocols are unauthenticated.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Theatre lighting cue suggestion LLM",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Hosted LLM suggests lighting cue stacks from the script and director's notes; "
        "approved stacks are loaded into the venue lighting desk, which also triggers "
        "flying and pyro."
    ),
)

# ---------------------------------------------------------------- data assets
script = tg.Data(
    "Production script",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed script text; the licence forbids redistribution.",
)
notes = tg.Data("Director's scene notes", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
rig_patch = tg.Data(
    "Venue rig patch",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Fixture list, DMX addresses and which cue numbers fire fly and pyro.",
)
prompt = tg.Data("Cue suggestion prompt", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
suggestion = tg.Data(
    "Suggested cue stack", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
approval = tg.Data("Cue stack approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
approved = tg.Data(
    "Approved cue stack file",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
accounts = tg.Data(
    "Member accounts",
    kind="credentials",
    sensitivity=tg.Sensitivity.PII,
    description="Volunteers' names, e-mail addresses and password hashes.",
)
desk_load = tg.Data(
    "Desk cue load",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
go = tg.Data("Go commands", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
levels = tg.Data("Lighting levels", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
fly_trigger = tg.Data(
    "Fly cue triggers",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
pyro_trigger = tg.Data(
    "Pyro cue triggers",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
arming = tg.Data("Pyro arming", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Works from home in the evenings; uploads the script and writes scene notes.
    director = tm.add(tg.Actor("Director", role="volunteer director"))
    # Volunteer lighting designer who reviews and approves every suggested stack.
    designer = tm.add(tg.Actor("Lighting designer", role="volunteer lighting designer"))

with tm.boundary("Company cloud account", trust=tg.Trust.INTERNAL):
    # Small web app on a hosting platform: uploads, prompting, review and download.
    web_app = tm.add(
        tg.Service(
            "Cue planning web app",
            internet_facing=True,
            controls=[
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.HumanInTheLoop(
                    approver="the lighting designer",
                    note="each suggested cue stack must be approved before it can be downloaded",
                ),
                tg.controls.OutputFiltering(
                    note="LLM output parsed into the cue-list format; rows naming unpatched fixtures dropped"
                ),
            ],
        )
    )
    # Scripts, notes and the rig patch for each production.
    production_store = tm.add(
        tg.DataStore(
            "Production files",
            stores={script, notes, rig_patch},
            controls=[tg.controls.EncryptionAtRest(key_management="hosting provider managed keys")],
        )
    )
    # Suggested and approved cue stacks, with who approved them.
    cue_store = tm.add(tg.DataStore("Cue stack store", stores={suggestion, approved, approval}))
    # Volunteer sign-in records for the web app.
    account_store = tm.add(tg.DataStore("Member account store", stores={accounts}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that drafts the cue stacks.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Venue network", trust=tg.Trust.INTERNAL):
    # Company laptop in the control booth; bridges the cloud app and the desk.
    laptop = tm.add(tg.Device("Booth laptop", fleet=False))
    # Runs the board during the show, pressing GO on each cue.
    board_op = tm.add(tg.Actor("Board operator", role="volunteer board operator"))
    # Lighting console holding the show file; also sends fly and pyro triggers.
    desk = tm.add(tg.Device("Lighting desk", fleet=False))
    # Dimmers, LED fixtures and movers on the rig.
    fixtures = tm.add(tg.Device("Stage lighting fixtures", fleet=True))
    # Motorised hoists for flown scenery.
    fly = tm.add(
        tg.Device(
            "Flying system controller",
            fleet=False,
            controls=[
                tg.controls.SafetyLimits(
                    limits="controller enforces hoist speed, travel and load limits; e-stop at the fly rail"
                )
            ],
        )
    )
    # Firing system for the show's pyrotechnic effects.
    pyro = tm.add(
        tg.Device(
            "Pyro firing controller",
            fleet=False,
            controls=[
                tg.controls.SafetyLimits(
                    limits="fires only while the pyro operator holds the arming key and dead-man switch"
                )
            ],
        )
    )
    # Licensed volunteer who arms pyro with line of sight to the stage.
    pyro_op = tm.add(tg.Actor("Pyro operator", role="licensed pyrotechnician"))

# ---------------------------------------------------------------- flows
tm.flow(director, web_app, script, notes, protocol="https")
tm.flow(web_app, director, suggestion, protocol="https")
tm.flow(designer, web_app, approval, rig_patch, protocol="https")
tm.flow(web_app, designer, suggestion, protocol="https")
tm.flow(account_store, web_app, accounts, label="sign-in check")
tm.flow(web_app, account_store, accounts)

tm.flow(web_app, production_store, script, notes, rig_patch)
tm.flow(production_store, web_app, script, notes, rig_patch)
tm.flow(web_app, llm, prompt, protocol="https")
tm.flow(llm, web_app, suggestion, protocol="https")
tm.flow(web_app, cue_store, suggestion, approval, approved)
tm.flow(cue_store, web_app, suggestion, approved)

tm.flow(laptop, web_app, approval, protocol="https", label="download request")
tm.flow(web_app, laptop, approved, protocol="https")
tm.flow(laptop, desk, desk_load, protocol="osc")
tm.flow(desk, laptop, desk_load, protocol="osc", label="load confirmation")

tm.flow(board_op, desk, go, label="on the panel")
tm.flow(desk, fixtures, levels, protocol="sacn")
tm.flow(desk, fly, fly_trigger, protocol="msc")
tm.flow(desk, pyro, pyro_trigger, protocol="msc")
tm.flow(pyro_op, pyro, arming, label="arming key on the panel")
