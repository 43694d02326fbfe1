print("store-probe")
